"""Round 104 (street and township rules, third pass): a subjectless numbered item under a lead takes the
lead's holder back, not the body named inside the item before. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某某市乡镇人民政府工作条例"


def test_a_subjectless_item_takes_the_leads_holder_back() -> None:
    graph = document(
        "第九条 乡镇人民政府对于群众反映的问题，按照下列方式处理：\n"
        "（一）对于需要多方处理的问题，应当召集有关部门处理，有关部门应当及时答复；\n"
        "（二）对于无法处理的问题，应当向县人民政府报告。\n"
        "乡镇人民政府应当将处理结果告知群众。",
        _TITLE,
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert ("有关部门", "县人民政府") not in edges(graph, "REPORTS_TO")
    assert holders_of_duty(graph, "有关部门应当及时答复") == {"有关部门"}


def test_an_item_naming_its_own_subject_keeps_it() -> None:
    graph = document(
        "第十条 县人民政府按照下列分工组织实施：\n"
        "（一）乡镇人民政府应当向县人民政府报告辖区情况；\n"
        "（二）县民政部门应当向县人民政府报告救助情况。",
        _TITLE,
    )
    assert ("乡镇人民政府", "县人民政府") in edges(graph, "REPORTS_TO")
    assert ("县民政部门", "县人民政府") in edges(graph, "REPORTS_TO")


def test_a_regime_statement_is_no_duty() -> None:
    graph = document(
        "第十一条 县农业农村、自然资源等部门设在乡镇的派出机构，实行以县人民政府有关部门管理为主、"
        "乡镇人民政府配合管理的管理体制。\n"
        "派出机构应当做好农业技术推广工作。",
        _TITLE,
    )
    assert not any("体制" in text for text in duty_texts(graph))
    assert not any(text.startswith("县农业农村") for text in duty_texts(graph))
    assert holders_of_duty(graph, "农业技术推广") == {"派出机构"}


def test_building_a_regime_stays_a_duty() -> None:
    graph = document("第十二条 县人民政府应当健全乡镇财政管理体制。", _TITLE)
    assert holders_of_duty(graph, "健全乡镇财政管理体制") == {"县人民政府"}


def test_a_topic_of_organs_before_its_subject_and_modal_is_one_duty() -> None:
    graph = document(
        "第十三条 派出机构负责人的任免、调整，县人民政府有关部门应当事先征求乡镇人民政府的意见。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert texts == ["派出机构负责人的任免、调整，县人民政府有关部门应当事先征求乡镇人民政府的意见"]
    assert holders_of_duty(graph, "任免") == {"县人民政府有关部门"}


def test_an_acting_piece_before_another_subject_stays_apart() -> None:
    graph = document(
        "第十四条 县民政部门负责村级组织的日常指导，乡镇人民政府应当为其提供保障。",
        _TITLE,
    )
    assert holders_of_duty(graph, "日常指导") == {"县民政部门"}
    assert holders_of_duty(graph, "提供保障") == {"乡镇人民政府"}


def test_the_acts_before_a_charged_oversight_keep_both_edges() -> None:
    graph = document("第十五条 县人民政府负责本行政区域内乡镇人民政府的设立、指导和管理。", _TITLE)
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "GUIDES")
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_guiding_and_relying_on_a_committee_guides_it() -> None:
    graph = document("第十六条 乡镇人民政府应当指导和依靠村民委员会，调解邻里纠纷。", _TITLE)
    assert ("乡镇人民政府", "村民委员会") in edges(graph, "GUIDES")


def test_the_area_before_a_body_is_no_part_of_its_name() -> None:
    graph = document("第十七条 县公安机关应当配合本区域内乡镇人民政府开展综合执法。", _TITLE)
    assert ("县公安机关", "乡镇人民政府") in edges(graph, "ASSISTS")
