"""Round 127 (missing and misnamed departments): a list of functional departments printed after a
basin-prefixed government (甲河流域县级以上地方人民政府林业、农业等部门) answers to the basin form as its
single-name twins do. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document

_TITLE = "某某河流域保护条例"


def test_list_departments_after_a_basin_government_keep_the_basin_form() -> None:
    graph = document(
        "第三条 甲河流域县级以上地方人民政府应当加强甲河保护。"
        "第四条 甲河流域县级以上地方人民政府水行政主管部门负责本行政区域内的甲河管理。"
        "第五条 甲河流域县级以上地方人民政府林业、农业等部门应当按照各自职责做好甲河保护工作。",
        _TITLE,
    )
    forms = {organ.name: {organ.name, *organ.aliases} for organ in graph.organs}
    forestry = [names for name, names in forms.items() if name.endswith("林业部门")]
    assert forestry and "甲河流域县级以上地方人民政府林业部门" in forestry[0]
    farming = [names for name, names in forms.items() if name.endswith("农业部门")]
    assert farming and "甲河流域县级以上地方人民政府农业部门" in farming[0]


def test_no_basin_form_without_a_basin_government() -> None:
    graph = document(
        "第三条 县级以上地方人民政府应当加强甲河保护。"
        "第四条 县级以上地方人民政府林业、农业等部门应当按照各自职责做好甲河保护工作。",
        _TITLE,
    )
    assert not any("流域" in alias for organ in graph.organs for alias in organ.aliases)


def test_the_first_item_of_a_list_sharing_its_head_keeps_the_headed_form() -> None:
    graph = document("第三条 建设工程勘察、设计单位应当遵守规划条件，不得承揽违法建筑的项目。", "某某规定")
    forms = [{organ.name, *organ.aliases} for organ in graph.organs if organ.name.endswith("勘察单位")]
    assert forms and "建设工程勘察单位" in forms[0]
