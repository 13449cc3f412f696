"""Round 115 (missing RESPONSIBLE_FOR where the holder is found): a scope article's later paragraph that
names the body fixing the text's bounds (具体范围由X划定) holds that body's duty while its other paragraphs
stay scope, and a definition sentence ending on such a piece keeps the piece. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某市青溪保护条例"


def test_a_scope_article_keeps_the_body_that_fixes_the_bounds() -> None:
    graph = document(
        "第二条 本条例适用于青溪的保护和管理。\n\n青溪保护区的具体范围，由市人民政府根据防洪规划确定并向社会公布。",
        _TITLE,
    )
    assert holders_of_duty(graph, "具体范围") == {"市人民政府"}


def test_a_scope_article_list_compiled_by_a_department_is_its_duty() -> None:
    graph = document(
        "第二条 本条例适用于本市行政区域内青溪的保护。\n\n青溪支流名录由市水行政主管部门会同市生态环境主管部门编制。",
        _TITLE,
    )
    assert "市水行政主管部门" in holders_of_duty(graph, "支流名录")


def test_the_other_paragraphs_of_a_scope_article_stay_scope() -> None:
    graph = document(
        "第二条 本条例适用于青溪的保护。\n\n青溪新区管理委员会参照本条例关于区人民政府的规定履行职责。"
        "\n\n本条例中有关区人民政府的规定，由新区管理委员会按照市人民政府确定的权限执行。",
        _TITLE,
    )
    assert duty_texts(graph) == []


def test_a_definition_ending_on_the_bounds_keeps_that_piece() -> None:
    graph = document(
        "第三条 本条例所称青溪湿地，是指青溪两岸的天然湿地，具体范围由区人民政府划定，并向社会公布。",
        _TITLE,
    )
    assert holders_of_duty(graph, "具体范围") == {"区人民政府"}
    assert not any("是指" in text for text in duty_texts(graph))


def test_a_definition_with_an_attributive_fixing_verb_stays_a_definition() -> None:
    graph = document(
        "第三条 本条例所称青溪保护区，是指由区人民政府划定的区域。\n\n第四条 区人民政府应当保护青溪。",
        _TITLE,
    )
    assert not any("是指" in text or "划定的区域" in text for text in duty_texts(graph))


def test_an_interpretation_joined_to_the_effective_date_is_a_duty() -> None:
    graph = document("第九条 本办法由县青溪保护中心负责解释，自印发之日起施行。", "某县青溪保护工作办法")
    assert holders_of_duty(graph, "负责解释") == {"县青溪保护中心"}
    assert not any("施行" in text for text in duty_texts(graph))


def test_an_effective_date_alone_stays_no_duty() -> None:
    graph = document("第九条 本办法自印发之日起施行。", "某县青溪保护工作办法")
    assert duty_texts(graph) == []


_WATER = "某市青溪水源保护条例"
_WATER_BODIES = "第九条 市生态环境主管部门和县（区）生态环境主管部门负责青溪水源保护。\n\n"


def test_either_agent_with_a_place_before_the_second_holds_the_sanction() -> None:
    graph = document(
        _WATER_BODIES + "第十条 违反本条例规定的，由市生态环境主管部门或者青溪水源所在地县（区）生态环境主管部门"
        "责令改正，处一千元罚款。",
        _WATER,
    )
    assert holders_of_duty(graph, "责令改正") == {"市生态环境主管部门", "县（区）生态环境主管部门"}


def test_a_subject_pair_with_a_place_before_the_second_holds_the_duty() -> None:
    graph = document(
        _WATER_BODIES + "第十条 市生态环境主管部门或者青溪水源所在地县（区）生态环境主管部门应当定期巡查。",
        _WATER,
    )
    assert holders_of_duty(graph, "定期巡查") == {"市生态环境主管部门", "县（区）生态环境主管部门"}
