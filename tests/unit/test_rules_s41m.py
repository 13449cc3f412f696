"""Round 130 (sanction recall): 由Y依法处理/依法处置 after a 的-condition sanctions the condition's printed body only
where its offence follows it (X及其工作人员有下列行为之一的 / X不配合…的); the same words after an offence of
nobody in particular, or after a complaint, give no edge. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某某县湖泊保护条例"


def test_an_offence_of_a_printed_body_dealt_with_by_a_named_body_is_an_edge() -> None:
    graph = document(
        "第二条 县人民政府水行政主管部门负责湖泊保护工作。"
        "\n第三十条 县人民政府水行政主管部门及其工作人员有下列行为之一的，由县人民政府依法处置：\n"
        "（一）未按照规定编制湖泊保护规划的；\n（二）其他玩忽职守的行为。",
        _TITLE,
    )
    assert ("县人民政府", "县人民政府水行政主管部门") in edges(graph, "SUPERVISES")


def test_a_later_reporter_between_the_condition_and_the_named_body() -> None:
    graph = document(
        "第二条 乡镇人民政府负责本行政区域内的湖泊巡查。"
        "\n第三十一条 乡镇人民政府不履行巡查职责的，县人民政府可以向其上级机关通报，由上级机关依法处理。",
        _TITLE,
    )
    assert ("上级机关", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_an_offence_of_nobody_in_particular_gives_no_edge() -> None:
    graph = document(
        "第二条 湖泊管理单位应当开展巡查。"
        "\n第三十二条 湖泊管理单位应当对破坏湖泊的行为予以劝阻，劝阻无效的，"
        "应当向有关执法机关报告，由有关执法机关依法处置。",
        _TITLE,
    )
    assert not any(source == "有关执法机关" for source, _ in edges(graph, "SUPERVISES"))


def test_a_complaint_is_no_offence() -> None:
    graph = document(
        "第二条 村民委员会负责湖泊日常保洁。"
        "\n第三十三条 村民监督小组和村民对村民委员会的答复不满意的，可以向乡镇人民政府反映，由乡镇人民政府依法处理。",
        _TITLE,
    )
    assert not edges(graph, "SUPERVISES")


def test_the_reporter_named_after_the_condition_holds_its_own_act() -> None:
    graph = document(
        "第二条 乡镇人民政府负责本行政区域内的湖泊巡查。"
        "\n第三十一条 乡镇人民政府不履行巡查职责的，县人民政府可以向其上级机关通报，由上级机关依法处理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "可以向其上级机关通报") == {"县人民政府"}
    assert ("上级机关", "乡镇人民政府") in edges(graph, "SUPERVISES")
    assert ("县人民政府", "乡镇人民政府") not in edges(graph, "SUPERVISES")
