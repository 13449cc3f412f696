"""Subject lists of round 97: a qualifier (各类, 各, 全市) after a list joiner opens the next member as it
opens the first, so the list keeps every holder after it.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty


def test_a_kind_word_after_the_list_comma_keeps_the_members_after_it() -> None:
    graph = document("第一条 乡镇人民政府、各类开发区管委会和村民委员会应当做好沟渠清淤工作。", "某市沟渠管理办法")
    assert holders_of_duty(graph, "沟渠清淤") == {"乡镇人民政府", "开发区管委会", "村民委员会"}


def test_each_word_after_the_list_comma_keeps_the_member_after_it() -> None:
    graph = document("第一条 各级人民政府、各类企业事业单位应当做好雨水收集工作。", "某省雨水利用办法")
    assert holders_of_duty(graph, "雨水收集") == {"各级人民政府", "企业事业单位"}


def test_an_each_word_after_the_joiner_keeps_the_member_after_it() -> None:
    graph = document("第一条 区防汛指挥部办公室、各成员单位应当建立值守制度。", "某区防汛值守办法")
    assert holders_of_duty(graph, "值守制度") == {"区防汛指挥部办公室", "成员单位"}


def test_stacked_qualifiers_after_the_joiner_keep_the_member_after_them() -> None:
    graph = document("第一条 区防汛指挥部办公室和全区各成员单位应当建立值守制度。", "某区防汛值守办法")
    assert holders_of_duty(graph, "值守制度") == {"区防汛指挥部办公室", "成员单位"}
