"""Round 106 (city protection regulations of sites in a county-level city): a proper 市 printed with a
body in a city's regulation is a county-level city inside it (its government and its departments county
bodies keyed by the place, apart from the city's own government), unless the text prints it as a
neighbour or partner; an item of an object list (建立以下制度：) that opens with the object's bare title
and goes on with sentences of its own is read past its title. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, organ_named

_TITLE = "某州市甲山古城保护条例"


def test_a_county_level_city_government_is_a_county_body_of_its_own() -> None:
    graph = document(
        "第四条 某州市人民政府应当加强对古城保护工作的领导。"
        "第五条 乙川市人民政府负责古城的日常保护管理，所需经费列入本级财政预算。",
        _TITLE,
    )
    own, county = organ_named(graph, "某州市人民政府"), organ_named(graph, "乙川市人民政府")
    assert own.id != county.id
    assert (own.level, county.level) == ("municipal", "county")


def test_a_county_level_city_department_printed_without_its_government_is_county() -> None:
    graph = document(
        "第四条 乙川市文物行政部门主管古城的保护管理工作。乙川市人民政府负责组织编制保护规划。",
        _TITLE,
    )
    assert organ_named(graph, "乙川市文物行政部门").level == "county"


def test_a_partner_city_stays_at_the_city_level() -> None:
    graph = document(
        "第四条 某州市人民政府应当与丙阳市人民政府建立古城保护协作机制。"
        "第五条 市文物行政部门会同丙阳市文物行政部门开展联合巡查。",
        _TITLE,
    )
    assert organ_named(graph, "丙阳市文物行政部门").level == "municipal"


def test_an_object_list_item_with_a_title_keeps_the_sentences_after_it() -> None:
    graph = document(
        "第九条 古城的保护管理建立以下制度：\n"
        "（一）古城巡查制度。市文物行政部门组织实施，每季度发布巡查报告。\n"
        "（二）古城险情处置机制。发生险情时，古城管理机构应当立即采取抢救措施，并向市人民政府报告。\n",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织实施") == {"市文物行政部门"}
    assert ("古城管理机构", "市人民政府") in edges(graph, "REPORTS_TO")
    assert not any("巡查制度" in text for text in duty_texts(graph))


def test_an_object_list_item_without_a_title_stays_an_object() -> None:
    graph = document(
        "第九条 市文物行政部门应当对下列事项进行检查：\n"
        "（一）古城管理机构落实保护措施的情况；\n（二）保护经费的使用情况。\n",
        _TITLE,
    )
    assert not any("落实保护措施" in text for text in duty_texts(graph))
