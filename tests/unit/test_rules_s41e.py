"""Round 129 (organs of the weakest documents): organs printed only as the agents of a relative clause on a
thing (X、Y已经批准公布的保护对象，直接列入名录 / X批准的方案，是…的依据) bear no duty there; where the clause
still charges them with their product (X管理的湖泊，由其负责…, X确定的单位应当…) the usual reading stands.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, names

_TITLE = "某市名城保护条例"


def test_organs_approving_a_thing_bear_no_duty_of_it() -> None:
    graph = document(
        "第十条 国务院、省人民政府已经批准公布的历史街区，直接列入本市保护名录。市人民政府应当建立保护档案。",
        _TITLE,
    )
    assert "国务院" not in names(graph)
    assert not any("历史街区" in text or "直接列入" in text for text in duty_texts(graph))
    assert any("建立保护档案" in text for text in duty_texts(graph))


def test_an_approved_plan_as_a_basis_names_no_holder() -> None:
    graph = document("第十一条 省人民政府批准的供水调度方案，是本市供水调度的依据。", _TITLE)
    assert "省人民政府" not in names(graph)


def test_a_charged_product_keeps_its_maker() -> None:
    graph = document("第十二条 县人民政府管理的水库，由其负责建立巡查制度。", _TITLE)
    assert "县人民政府" in names(graph)


def test_a_designated_organ_after_the_modifier_is_left_to_the_usual_reading() -> None:
    graph = document("第十三条 市人民政府确定的重点单位应当建立防火制度。", _TITLE)
    assert any("建立防火制度" in text for text in duty_texts(graph))
