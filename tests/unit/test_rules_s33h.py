"""Round 106 (直辖市 responsibility-system rules): the oversight a subject accepts from an organ the pronoun
其 points back to (对口落实Y部署的任务，并接受其业务指导), read as 接受Y的业务指导. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

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
    assert ("区供水管理机构", "区人民政府") in edges(graph, "REPORTS_TO")


def test_accepting_what_is_no_oversight_from_the_pronoun_gives_no_edge() -> None:
    graph = document("第五条 区水务部门应当向区人民政府报送年度计划，接受其他部门的意见。", _TITLE)
    assert not edges(graph, "SUPERVISES")
    assert not edges(graph, "GUIDES")
