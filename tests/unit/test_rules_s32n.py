"""Round 103 (bare roles that stand for every level): in a party-and-government 责任制 rule a role of a bare
half (党委主要负责人, 政府主要负责人) printed after 各级党委和政府 (地方各级…) is that half's collective role,
in the spanning pair, not the role of the document's own 市委/市政府; and a collective role of the pair's
second half under its set word (各级政府主要负责人) sits in the pair. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市党政领导干部防汛抗旱工作责任制规定"


def test_a_bare_half_role_after_a_spanning_pair_is_that_pairs_collective_role() -> None:
    graph = document(
        "第四条 地方各级党委和政府对本地区防汛抗旱工作负总责。党委主要负责人应当每年研究部署防汛抗旱工作。"
        "政府主要负责人应当组织编制防汛抗旱应急预案。",
        _TITLE,
    )
    assert holders_of_duty(graph, "研究部署防汛抗旱") == {"地方各级党委主要负责人"}
    assert holders_of_duty(graph, "应急预案") == {"地方各级政府主要负责人"}
    part_of = edges(graph, "PART_OF")
    assert ("地方各级党委主要负责人", "地方各级党委和政府") in part_of
    assert ("地方各级政府主要负责人", "地方各级党委和政府") in part_of
    assert "市委主要负责人" not in names(graph) and "市政府主要负责人" not in names(graph)


def test_a_bare_half_role_with_no_spanning_pair_stays_the_documents_own() -> None:
    graph = document(
        "第四条 市委、市政府对全市防汛抗旱工作负总责。政府主要负责人应当组织编制防汛抗旱应急预案。",
        _TITLE,
    )
    assert "各级政府主要负责人" not in names(graph)
    assert not any(target.startswith("各级") for _, target in edges(graph, "PART_OF"))


def test_the_second_halfs_collective_role_sits_in_the_spanning_pair() -> None:
    graph = document(
        "第三条 各级党委和政府对本地区防汛抗旱工作负总责。\n"
        "第五条 各级政府主要负责人应当组织开展汛前检查，及时消除隐患。",
        _TITLE,
    )
    assert holders_of_duty(graph, "汛前检查") == {"各级政府主要负责人"}
    assert ("各级政府主要负责人", "各级党委和政府") in edges(graph, "PART_OF")


_SPANNING = "第三条 各级党委和政府对本地区防汛抗旱工作负总责。各级党委和政府主要负责人是第一责任人。\n"


def test_a_bare_pair_role_opening_an_article_is_the_spanning_pairs_role() -> None:
    graph = document(
        _SPANNING + "第六条 党委和政府领导班子其他成员应当按照一岗双责要求，督促分管部门落实防汛抗旱工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "落实防汛抗旱") == {"各级党委和政府领导班子其他成员"}
    assert ("各级党委和政府领导班子其他成员", "各级党委和政府") in edges(graph, "PART_OF")


def test_a_bare_pair_role_after_a_levels_body_is_that_levels() -> None:
    graph = document(
        _SPANNING + "第九条 对防汛工作不力的县（市、区），由市防汛抗旱指挥部约谈其党委和政府主要负责人。",
        _TITLE,
    )
    assert ("市防汛抗旱指挥部", "各级党委和政府主要负责人") not in edges(graph, "SUPERVISES")


def test_a_bare_pair_role_in_a_document_with_no_spanning_pair_stays_its_own() -> None:
    graph = document(
        "第三条 市委、市政府对全市防汛抗旱工作负总责。\n"
        "第六条 党委和政府领导班子其他成员应当按照一岗双责要求，督促分管部门落实防汛抗旱工作。",
        _TITLE,
    )
    assert "各级党委和政府领导班子其他成员" not in names(graph)
