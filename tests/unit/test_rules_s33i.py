"""Round 106 (organ naming across documents): a unit kind opening a clause after an open list of examples
(A、B等媒体, A、B等的经营单位, A等B的管理机构) keeps its kind as its name and the whole printed phrase as one of
its printed forms; a body word printed after a name read without it (政协组织, 驻军单位) is one more printed
form. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named

_TITLE = "某某市山林防火条例"


def test_an_open_list_before_a_unit_kind_is_one_of_its_printed_forms() -> None:
    graph = document("第五条 电台、电视台、报纸和网站等媒体，应当开展山林防火公益宣传。", _TITLE)
    assert holders_of_duty(graph, "公益宣传") == {"媒体"}
    assert "电台、电视台、报纸和网站等媒体" in organ_named(graph, "媒体").aliases


def test_an_open_list_of_things_before_de_and_the_unit_kind() -> None:
    graph = document("第六条 输电线路、燃气管道以及索道等的经营单位，应当在其防火责任区内落实防火措施。", _TITLE)
    assert holders_of_duty(graph, "落实防火措施") == {"经营单位"}
    assert "输电线路、燃气管道以及索道等的经营单位" in organ_named(graph, "经营单位").aliases


def test_one_example_and_a_summing_noun_before_the_body() -> None:
    graph = document("第七条 某某森林公园等自然保护地的管理机构，应当组织巡护。", _TITLE)
    assert "某某森林公园等自然保护地的管理机构" in organ_named(graph, "管理机构").aliases


def test_a_list_led_by_a_verb_is_an_object_and_gives_no_printed_form() -> None:
    graph = document(
        "第八条 报纸、网站等媒体应当宣传防火知识。市人民政府应当利用电台、电视台等媒体发布火险信息。", _TITLE
    )
    aliases = organ_named(graph, "媒体").aliases
    assert "报纸、网站等媒体" in aliases
    assert not any(alias.startswith("利用") for alias in aliases)


def test_a_list_of_departments_keeps_its_departments() -> None:
    graph = document("第九条 林业、应急管理等部门应当按照职责做好防火工作。", _TITLE)
    assert holders_of_duty(graph, "做好防火工作") == {"林业部门", "应急管理部门"}


def test_a_body_word_printed_after_the_name_is_one_of_its_printed_forms() -> None:
    graph = document("第十条 政协组织可以通过视察等方式监督山林防火工作。驻军单位应当做好营区防火工作。", _TITLE)
    assert "政协组织" in organ_named(graph, "政协").aliases
    assert "驻军单位" in organ_named(graph, "驻军").aliases
    assert holders_of_duty(graph, "营区防火") == {"驻军"}


def test_a_collective_keeps_its_name_with_the_tail_as_an_alias() -> None:
    graph = document("第十一条 各级政协组织应当对山林防火工作开展民主监督。", _TITLE)
    assert "各级政协组织" in organ_named(graph, "各级政协").aliases
