"""A role on a bare body (街道主要负责人) names an organ the table holds.

Before the table is frozen, a bare 街道 would resolve to the township body the table held *at that
point* (街道办事处, gov); a later article names the township's 党委和人民政府 (pg), to which the frozen
table points a bare township. Extraction then keyed the role on that pg body, an organ never added,
and ``validate_against`` refused the graph ("duty … names unknown holder …"). Bare keys now wait for
``OrganTable.finalise``."""

from __future__ import annotations

from tests.unit.rules_support import document, short


def test_role_on_bare_body_names_an_organ_of_the_table() -> None:
    graph = document(
        "第一条 街道办事处负责本辖区的安全生产工作。\n"
        "第二条 街道主要负责人应当组织落实安全生产责任。\n"
        "第三条 乡镇党委和人民政府应当加强安全生产工作的领导。\n",
        "某市安全生产责任制规定",
    )
    organ_ids = {o.id for o in graph.organs}
    holders = {h for d in graph.duties for h in d.holders}
    assert holders <= organ_ids
    article_two = {short(h) for d in graph.duties if d.article == 2 for h in d.holders}
    assert article_two, "the role holds the duty of article 2"
