"""Round 136 (one annotated organ made into two loader organs): a fixed name printed with and without 的, or
with its bodies joined by 和 and by 、, is one organ. Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names

_TITLE = "某某市古树名木保护条例"


def test_a_name_printed_with_and_without_de_is_one_organ() -> None:
    graph = document(
        "第五条 受委托的组织负责古树名木的日常养护。\n"
        "第九条 受委托组织应当建立养护档案。\n"
        "第十条 受委托组织发现古树名木长势衰弱的，应当及时报告。",
        _TITLE,
    )
    found = names(graph)
    assert "受委托组织" in found
    assert "受委托的组织" not in found


def test_bodies_joined_by_he_or_by_the_list_comma_are_one_organ() -> None:
    graph = document(
        "第五条 居民委员会、村民委员会协助做好古树名木的巡查工作。\n"
        "第九条 居民委员会、村民委员会发现损害古树名木行为的，应当及时报告。\n"
        "第十条 居民委员会和村民委员会应当宣传古树名木保护知识。",
        _TITLE,
    )
    found = names(graph)
    assert "居民委员会、村民委员会" in found
    assert "居民委员会和村民委员会" not in found
