"""Organ rules from the session-14 dev misses: a bare 党委和政府 after a collective of the same class
in one article is that collective. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named


def test_bare_pair_after_a_collective_takes_its_scope() -> None:
    graph = document(
        "第一条 各级党委和政府应当把防灾减灾摆上重要议事日程。党委和政府主要负责人是本地区防灾减灾第一责任人。\n"
        "第二条 省人民政府应当统筹全省防灾减灾规划。\n",
        "某省防灾减灾责任制规定",
    )
    role = organ_named(graph, "各级党委和政府主要负责人")
    assert role.collective
    assert "各级党委和政府" in names(graph)
    assert holder_names(graph, 1) == {"各级党委和政府", "各级党委和政府主要负责人"}


def test_bare_pair_without_a_collective_keeps_its_reading() -> None:
    # no collective before it in the article: the bare role is not moved into a 各级 set
    graph = document("第一条 党委和政府主要负责人对本地区防灾减灾负总责。\n", "某省防灾减灾责任制规定")
    assert not any(name.startswith("各级") for name in names(graph))
