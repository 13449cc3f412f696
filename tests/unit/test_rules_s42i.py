"""Round 133 (organ lists named by function words): a function printed between a government and 和 before
a level-prefixed function list (市人民政府甲和市、县人民政府乙、丙等部门) is that government's department
with the list's head, and the level list after 和 opens a body's name of its own. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某某市河道保洁管理办法"


def test_a_stray_function_before_a_level_list_is_the_governments_department() -> None:
    graph = document(
        "第二条 市人民政府水务和市、县人民政府交通运输、财政等部门按照各自职责做好河道保洁工作。",
        _TITLE,
    )
    holders = holder_names(graph, 2)
    assert "市人民政府水务部门" in holders
    assert {"市人民政府交通运输部门", "县人民政府交通运输部门", "县人民政府财政部门"} <= holders
    assert "市人民政府" not in holders


def test_a_government_with_its_own_clause_before_he_is_no_department() -> None:
    graph = document(
        "第二条 市人民政府应当加强领导和市、县人民政府交通运输、财政等部门按照各自职责做好河道保洁工作。",
        _TITLE,
    )
    assert "市人民政府应当加强领导部门" not in holder_names(graph, 2)


def test_each_function_before_a_duty_opened_by_yifa_dui_is_a_department() -> None:
    graph = document(
        "第二条 本市交通、海事、渔业等依法对涉及水上通行的事项负有许可、检查等监督管理职责的部门，应当加强协作。",
        "某某市水上交通管理办法",
    )
    assert {"交通部门", "海事部门", "渔业部门"} <= holder_names(graph, 2)


def test_each_function_before_a_participating_head_is_a_department() -> None:
    graph = document(
        "第二条 卫生健康、教育、体育等参与部门和单位应当按照各自职责，做好全民健身服务工作。",
        "某某市全民健身管理办法",
    )
    assert {"卫生健康部门", "教育部门", "体育部门"} <= holder_names(graph, 2)
