"""Holder rules (s25za), each on a sentence written for this file (not from the seeds, the dev documents
or the corpus): a described phrase ending in an actor head and defined by a name the lexicon knows
(从事…的单位(以下简称…单位)应当…) is that actor, the holder of its clause; before 的 (…的单位(以下简称…)的
安全管理，适用本办法) it scopes the text and holds nothing."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某县山林巡护管理办法") -> DocumentGraph:
    return document(body, title)


def test_a_described_actor_defined_by_a_known_name_holds_its_clause() -> None:
    graph = _doc("第一条 在巡护区内从事木材收购的单位（以下简称生产经营单位）应当登记收购台账。\n")
    assert holders_of_duty(graph, "登记收购台账") == {"生产经营单位"}, duty_texts(graph)


def test_a_described_actor_before_de_holds_nothing() -> None:
    graph = _doc("第一条 在巡护区内从事木材收购的单位（以下简称生产经营单位）的安全管理，适用本办法。\n")
    assert not duty_texts(graph), duty_texts(graph)
