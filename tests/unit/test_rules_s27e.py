"""A regulated unit named by what it does may print its kind of business between 的 and its head
(加工蜂蜜的小作坊经营者应当…, 储存烟花的仓储企业应当…): the whole phrase holds the clause's duty. A set word
(的有关单位) or a list (的A和B单位) after 的 is left to the other rules, as before.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, surfaces

TITLE = "某某市蜂产品安全条例"


def test_a_kind_of_business_after_de_names_the_actor() -> None:
    graph = document("第五条 加工蜂蜜的小作坊经营者应当建立进货查验记录。", TITLE)
    assert holder_names(graph, 5) == {"加工蜂蜜的小作坊经营者"}


def test_a_kind_of_unit_after_de_names_the_actor() -> None:
    graph = document("第六条 储存烟花的仓储企业应当配备消防器材。", TITLE)
    assert holder_names(graph, 6) == {"储存烟花的仓储企业"}


def test_a_bare_operator_after_de_names_the_actor() -> None:
    assert surfaces("养蜂场地的运营者应当设置警示标志。", "municipal") == ["养蜂场地的运营者"]


def test_a_set_word_after_de_is_left_as_before() -> None:
    assert "收购蜂蜜的有关单位" not in surfaces("收购蜂蜜的有关单位应当登记来源。", "municipal")


def test_a_list_after_de_is_left_as_before() -> None:
    assert "蜂蜜的收购和加工单位" not in surfaces("蜂蜜的收购和加工单位应当登记来源。", "municipal")
