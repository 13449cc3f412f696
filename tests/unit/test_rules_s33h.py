"""Round 106 (直辖市 responsibility-system rules): a listed department that is the commission the document
names (市、区人民政府发展改革…等部门 beside 市发展改革委, where the level names its bureaus), and the oversight a
subject accepts from an organ the pronoun 其 points back to (对口落实Y部署的任务，并接受其业务指导), read as
接受Y的业务指导. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某市农村供水工作责任制实施办法"


def test_accepting_the_guidance_of_the_organ_named_before_runs_from_that_organ() -> None:
    graph = document(
        "第三条 区水务、卫生健康等区级有关部门，应当执行市级有关部门制定的供水规划，并接受其业务指导。",
        _TITLE,
    )
    guides = edges(graph, "GUIDES")
    assert ("市级有关部门", "区水务部门") in guides
    assert ("市级有关部门", "区卫生健康部门") in guides
    assert ("区水务部门", "市级有关部门") not in guides


def test_accepting_the_oversight_of_the_body_answered_to_gives_a_supervision() -> None:
    graph = document("第四条 区供水管理机构对区人民政府负责，并接受其监督和检查。", _TITLE)
    assert ("区人民政府", "区供水管理机构") in edges(graph, "SUPERVISES")
    # session 38 gate: 对X负责 is no README trigger
    assert ("区供水管理机构", "区人民政府") not in edges(graph, "REPORTS_TO")


def test_accepting_what_is_no_oversight_from_the_pronoun_gives_no_edge() -> None:
    graph = document("第五条 区水务部门应当向区人民政府报送年度计划，接受其他部门的意见。", _TITLE)
    assert not edges(graph, "SUPERVISES")
    assert not edges(graph, "GUIDES")


_RULES = "某市扬尘污染防治责任制规定"


def test_a_listed_department_is_the_commission_named_where_the_level_names_its_bureaus() -> None:
    graph = document(
        "第三条 市、区人民政府发展改革、财政、水务等部门，对本行业的扬尘污染防治工作承担监管责任。"
        "第四条 市发展改革委负责统筹协调。市财政局负责经费保障。",
        _RULES,
    )
    assert "市人民政府发展改革部门" not in names(graph)
    assert "市发展改革委" in names(graph)
    assert ("区人民政府发展改革部门", "区人民政府") in edges(graph, "PART_OF")


def test_a_commission_stays_apart_where_the_level_names_no_bureau_of_its_list() -> None:
    graph = document(
        "第三条 市、区人民政府发展改革、水务等部门，对本行业的扬尘污染防治工作承担监管责任。"
        "第四条 市发展改革委负责统筹协调。",
        _RULES,
    )
    assert {"市人民政府发展改革部门", "市发展改革委"} <= names(graph)
