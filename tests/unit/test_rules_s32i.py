"""Round 103 (street and township rules, second pass): how a district government's oversight of its
street offices and a street office's ties to the district and the committees read. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某市街道工作条例"


def test_an_assessment_run_of_the_named_offices_oversees_them() -> None:
    graph = document("第二条 县人民政府每年统一进行乡镇人民政府工作考核，考核结果向社会公布。", _TITLE)
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_an_assessment_system_set_up_for_the_named_offices_oversees_them() -> None:
    graph = document("第二条 区人民政府应当建立健全街道办事处履职考核和奖励制度。", _TITLE)
    assert ("区人民政府", "街道办事处") in edges(graph, "SUPERVISES")


def test_a_supervision_system_for_a_regulated_trade_is_no_assessment() -> None:
    graph = document("第二条 区市场监督管理部门应当建立健全检验检测机构监督管理制度。", _TITLE)
    assert not any(target == "检验检测机构" for _, target in edges(graph, "SUPERVISES"))


def test_the_evaluation_result_is_sent_on_by_the_evaluating_office() -> None:
    graph = document(
        "第二条 乡镇人民政府每年对县人民政府有关部门派驻人员的工作情况组织评议。"
        "评议结果应当书面告知县人民政府有关部门，并报县人民政府备案。",
        _TITLE,
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "并报县人民政府备案") == {"乡镇人民政府"}


def test_a_body_named_after_the_condition_imposes_an_interview() -> None:
    graph = document(
        "第二条 乡镇人民政府对职责清单事项落实不力的，县人民政府可以约谈乡镇人民政府主要负责人，"
        "责令限期整改；逾期不整改的，予以通报批评。",
        _TITLE,
    )
    assert ("县人民政府", "乡镇人民政府主要负责人") in edges(graph, "SUPERVISES")
    assert "县人民政府" in holders_of_duty(graph, "县人民政府可以约谈乡镇人民政府主要负责人")
