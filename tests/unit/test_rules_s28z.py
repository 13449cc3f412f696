"""The village pair of round 96: 村党组织和村民委员会 is read as its two organs where the document also
prints a half alone (驻村工作组协助村党组织和村民委员会: ASSISTS to each); it stays one node where no half
stands alone, or where the document names the pair as one body (村“两委”). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_LONE_HALF = (
    "第一条 为了做好农村饮水管护，制定本办法。\n"
    "第二条 驻村工作队应当协助村党组织和村民委员会做好饮水工程管护。\n"
    "第三条 村民委员会应当组织村民定期清洗蓄水池。"
)


def test_a_pair_with_a_lone_half_is_read_as_its_two_organs() -> None:
    graph = document(_LONE_HALF, "某县农村饮水管护办法")
    assert "村党组织和村民委员会" not in names(graph)
    assert {("驻村工作队", "村党组织"), ("驻村工作队", "村民委员会")} <= edges(graph, "ASSISTS")
    assert holders_of_duty(graph, "定期清洗蓄水池") == {"村民委员会"}


def test_a_pair_with_no_lone_half_stays_one_node() -> None:
    body = "第一条 为了做好农村饮水管护，制定本办法。\n第二条 驻村工作队应当协助村党组织和村民委员会做好饮水工程管护。"
    graph = document(body, "某县农村饮水管护办法")
    assert "村党组织和村民委员会" in names(graph)


def test_a_pair_the_document_names_as_two_committees_stays_one_node() -> None:
    body = _LONE_HALF + "\n第四条 村“两委”应当每季度公开饮水工程管护情况。"
    graph = document(body, "某县农村饮水管护办法")
    assert "村党组织和村民委员会" in names(graph)
