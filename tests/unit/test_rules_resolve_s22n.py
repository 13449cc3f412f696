"""Resolution rules of round 35 (splits): which printed forms of one function's department are one
organ. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_id

_TITLE = "某某省景区安全管理条例"  # a local document: 县级以上 spans its levels


def test_local_department_is_the_county_up_set() -> None:
    graph = document(
        "第一条 县级以上人民政府文化旅游主管部门负责本行政区域内的景区安全监督管理工作。\n"
        "第二条 景区发生险情的，当地文化旅游主管部门应当及时组织处置。\n"
        "第三条 当地人民政府文化旅游主管部门应当每年开展一次安全检查。\n",
        _TITLE,
    )
    spanning = organ_id(graph, "县级以上人民政府文化旅游主管部门")
    assert organ_id(graph, "当地文化旅游主管部门") == spanning
    assert organ_id(graph, "当地人民政府文化旅游主管部门") == spanning


def test_local_department_with_no_local_set_keeps_its_name() -> None:
    graph = document("第一条 景区发生险情的，当地文化旅游主管部门应当及时组织处置。\n", _TITLE)
    assert "当地文化旅游主管部门" in names(graph)


def test_local_unnamed_departments_stay_a_set_apart() -> None:
    graph = document(
        "第一条 县级以上人民政府有关部门应当按照职责做好景区安全工作。\n"
        "第二条 当地人民政府有关部门应当配合景区做好游客疏导工作。\n",
        _TITLE,
    )
    assert organ_id(graph, "当地人民政府有关部门") != organ_id(graph, "县级以上人民政府有关部门")


def test_bare_department_before_the_county_up_set_is_that_set() -> None:
    graph = document(
        "第一条 文化旅游主管部门负责景区安全的监督管理。\n"
        "第二条 县级以上人民政府文化旅游主管部门应当编制景区安全规划。\n",
        _TITLE,
    )
    assert organ_id(graph, "文化旅游主管部门") == organ_id(graph, "县级以上人民政府文化旅游主管部门")


def test_bare_department_after_one_level_and_before_the_set_stays_apart() -> None:
    graph = document(
        "第一条 市文化旅游主管部门负责全市景区安全的统筹工作。\n"
        "第二条 文化旅游主管部门应当公布景区名录。\n"
        "第三条 县级以上人民政府文化旅游主管部门应当编制景区安全规划。\n",
        _TITLE,
    )
    assert organ_id(graph, "文化旅游主管部门") != organ_id(graph, "县级以上人民政府文化旅游主管部门")


def test_bare_department_before_an_all_levels_set_stays_apart() -> None:
    graph = document(
        "第一条 文化旅游主管部门负责景区安全的监督管理。\n第二条 各级人民政府文化旅游主管部门应当编制景区安全规划。\n",
        _TITLE,
    )
    assert organ_id(graph, "文化旅游主管部门") != organ_id(graph, "各级人民政府文化旅游主管部门")
