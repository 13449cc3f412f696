"""Holder rules of session 26 (round o, r74): the body a clause sets up (设立X) bears the clause after
it also where the set-up clause prints X's alias (设立X（以下简称Y），…) and where the next clause opens
with 在Z领导下 (the body works under Z); a bare X set up by bodies of several levels (市、县相应设立X)
is the X of each level where the document names that level's X. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, short

_TITLE = "某省山洪灾害防御条例"


def test_the_body_set_up_with_an_alias_bears_the_next_clause() -> None:
    body = "第一条 省人民政府设立省山洪防御指挥部（以下简称省指挥部），负责全省山洪灾害的防御工作。\n"
    graph = document(body, _TITLE)
    holders = {h for d in graph.duties if "负责全省山洪灾害" in d.text for h in d.holders}
    assert holders, [(d.text, d.holders) for d in graph.duties]
    assert "省人民政府" not in {short(h) for h in holders}, holders


def test_a_clause_opening_with_leadership_belongs_to_the_body_set_up() -> None:
    body = "第一条 市人民政府设立市山洪防御指挥部，在市人民政府领导下，统一指挥全市山洪灾害防御工作。\n"
    assert holders_of_duty(document(body, _TITLE), "统一指挥全市") == {"市山洪防御指挥部"}


def test_a_body_set_up_at_several_levels_is_each_levels_own() -> None:
    body = (
        "第一条 市人民政府和县人民政府应当相应设立山洪防御办公室，在本级人民政府领导下承担山洪防御的日常工作。\n"
        "第二条 市山洪防御办公室和县山洪防御办公室应当每年汇总山洪灾害隐患点。\n"
    )
    assert holders_of_duty(document(body, _TITLE), "承担山洪防御") == {"市山洪防御办公室", "县山洪防御办公室"}
