"""Round 138 (organs): a level's counterpart departments (区级对口部门, 县人民政府相应部门) are that level's
department set, named with the set word the sentence gives the upper set. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces

_TITLE = "某某市河道保洁条例"


def test_counterpart_departments_after_a_level_word_are_its_related_set() -> None:
    graph = document(
        "第五条 县级有关部门应当按照职责做好河道保洁工作。\n"
        "第六条 市有关部门应当加强对县级对口部门河道保洁工作的业务指导。",
        _TITLE,
    )
    assert "县级对口部门" not in names(graph)
    assert ("市有关部门", "县级有关部门") in edges(graph, "GUIDES")


def test_corresponding_departments_take_the_upper_set_word() -> None:
    found = surfaces("市人民政府所属部门应当指导县人民政府相应部门开展河道保洁。", "municipal")
    assert "县人民政府所属部门" in found


def test_corresponding_without_a_level_word_names_no_body() -> None:
    found = surfaces("区人民政府应当设立相应机构，由相应部门负责河道保洁。", "municipal")
    assert not any("相应" in surface or "有关部门" in surface for surface in found)


def test_an_actor_joined_to_a_unit_by_he_is_two_subjects() -> None:
    found = surfaces("维修费用由房屋业主和维修单位协商确定。", "municipal")
    assert "房屋业主" in found and "维修单位" in found
    assert "房屋业主和维修单位" not in found


def test_a_joint_subject_before_a_modal_splits_too() -> None:
    found = surfaces("游船经营者和码头管理单位应当配备救生设备。", "municipal")
    assert "游船经营者" in found and "码头管理单位" in found


def test_a_function_joined_by_he_stays_one_department() -> None:
    found = surfaces("市住房和城乡建设部门应当加强监督。", "municipal")
    assert "市住房和城乡建设部门" in found


def test_an_open_list_of_kinds_is_not_split() -> None:
    found = surfaces("商场、医院和养老机构等单位应当落实消防责任。", "municipal")
    assert "医院" not in found
