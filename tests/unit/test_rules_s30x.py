"""Round 98 (role recall, second round): the street's party working committee and office printed with a
list comma (街道党工委、街道办事处), alone or before the township's pair, are one party-and-government body,
so the leaders printed after the list are one role of it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某区街道安全生产责任制实施办法"


def test_the_leaders_of_the_street_list_are_one_role_of_the_pair() -> None:
    graph = document("第一条 街道党工委、街道办事处领导班子成员应当督促分管单位落实防火措施。", _TITLE)
    assert holder_names(graph, 1) == {"街道党工委、街道办事处领导班子成员"}
    assert ("街道党工委、街道办事处领导班子成员", "街道党工委、街道办事处") in edges(graph, "PART_OF")


def test_the_street_pair_before_the_township_pair_is_one_body() -> None:
    graph = document("第一条 街道党工委、街道办事处和乡党委、乡人民政府负责辖区内的防火检查。", _TITLE)
    assert holder_names(graph, 1) == {"街道党工委、街道办事处和乡党委、乡人民政府"}
