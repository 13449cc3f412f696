"""Relation rules of session 13 (round d): a body that sets up a committee, headquarters or office
(X设立Y, X建立健全Y, X设立的Y) is that body's own part (PART_OF, explicit), placed where it is set up;
and a piece that sets up such a body (根据工作需要设立…委员会) is a clause of its own, not a qualifier
merged into the next one. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names


def _doc(body: str, title: str = "某省林木养护条例") -> DocumentGraph:
    return document(body, title)


def test_committee_set_up_by_a_body_is_part_of_it() -> None:
    graph = _doc(
        "第一条 省林业委员会根据养护需要设立苗木、病虫、防火等林木专业委员会，"
        "林木专业委员会负责研究本领域的养护工作，定期向省林业委员会报告工作情况。\n"
    )
    assert ("林木专业委员会", "省林业委员会") in edges(graph, "PART_OF")
    # the setting-up piece is a clause of its own: the committee, not the setter, bears what follows
    assert "林木专业委员会" in holder_names(graph, 1)


def test_committee_built_by_a_pair_is_part_of_it_when_its_office_acts() -> None:
    graph = _doc(
        "第一条 县级以上地方各级党委和政府应当建立健全林木养护委员会。"
        "林木养护委员会办公室设在本级林业主管部门，定期向林木养护委员会报告工作。\n"
    )
    part_of = {(s, t) for s, t in edges(graph, "PART_OF")}
    assert ("林木养护委员会", "县级以上地方各级党委和政府") in part_of


def test_headquarters_set_up_is_placed_where_it_is_set_up() -> None:
    graph = _doc(
        "第一条 国务院设立全国林木病害防治指挥部，负责全国林木病害防治的统一指挥。\n"
        "第二条 全国林木病害防治指挥部应当组织开展病害普查。\n",
        "林木病害防治条例",
    )
    relation = next(r for r in graph.relations if r.type == "PART_OF" and r.source.endswith("/全国林木病害防治指挥部"))
    assert relation.target.endswith("/国务院") and not relation.implicit
    assert relation.article == 1


def test_setting_up_a_thing_is_no_part_and_no_clause_break() -> None:
    graph = _doc("第一条 省林业委员会应当在林区显著位置设立养护公示牌，标明养护责任人姓名等内容。\n")
    assert not [r for r in graph.relations if r.type == "PART_OF" and "公示牌" in r.source]
    # 在…设立公示牌 stays a manner piece of the clause after it: one duty
    assert len([d for d in graph.duties if d.article == 1]) == 1
