"""Round 41: the items of a penalty scale opened by 有下列行为之一的，由Y按照下列规定处罚： are penalties of Y
(each a duty, segmented at ；), also when they order (责令) or ask a government to order (报请X责令)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_BODY = (
    "第九条 违反本条例规定，有下列行为之一的，由县环保部门按照下列规定处罚：\n"
    "（一）在库区内焚烧秸秆的，处五百元以下的罚款。\n"
    "（二）在库区内修建码头的，报请同级人民政府责令限期拆除；逾期不拆除的，可以代为拆除。\n"
    "（三）在库区内清洗车辆的，责令限期改正，处一千元以下的罚款。\n"
)


def test_ordering_item_is_a_duty_of_the_scale_authority() -> None:
    graph = document(_BODY, "某县水库保护条例", "法律责任")
    texts = duty_texts(graph)
    assert any(t.startswith("（二）") and t.endswith("报请同级人民政府责令限期拆除") for t in texts)
    assert "县环保部门" in holders_of_duty(graph, "修建码头")


def test_ordering_item_reports_to_the_government_asked() -> None:
    graph = document(_BODY, "某县水库保护条例", "法律责任")
    assert any(source == "县环保部门" and "人民政府" in target for source, target in edges(graph, "REPORTS_TO"))


def test_ordering_item_and_its_tail_split_at_semicolon() -> None:
    texts = duty_texts(document(_BODY, "某县水库保护条例", "法律责任"))
    assert "逾期不拆除的，可以代为拆除" in texts
    assert any(t.startswith("（三）") and t.endswith("处一千元以下的罚款") for t in texts)
