"""Round s40l (norms read as duties): the share a group of members must make up of a body (X代表应当占…组成人员的
三分之二以上 / …应当占有一定比例), the least number of members (代表人数不少于二十人), a session's quorum in one piece
(X有过半数的组成人员到会方可举行) and a result that carries 一定权重 are norms on the body or the weight, no act of
anyone. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某某村民委员会组织法实施办法"


def test_a_quota_on_the_members_is_no_duty() -> None:
    graph = document(
        "第十条 居民代表会议由居民委员会成员和居民代表组成，居民代表应当占居民代表会议组成人员的四分之三以上，"
        "妇女居民代表应当占居民代表会议组成人员的三分之一以上。"
        "第十一条 街道办事处应当指导居民代表会议的工作。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("应当占" in text for text in texts)
    assert "街道办事处应当指导居民代表会议的工作" in texts


def test_a_share_of_some_members_is_no_duty() -> None:
    graph = document("第十条 督导组成员中，具有基层工作经历的人员应当占有一定比例。", _TITLE)
    assert not any("一定比例" in text for text in duty_texts(graph))


def test_the_least_number_of_members_is_no_duty() -> None:
    graph = document(
        "第十条 户数不足三百户的村，村民代表人数不少于二十人；户数在三百户以上的村，村民代表人数不少于三十人。",
        _TITLE,
    )
    assert not any("人数不少于" in text for text in duty_texts(graph))


def test_a_quorum_in_one_piece_is_no_duty() -> None:
    graph = document(
        "第十条 村民议事会由村民委员会成员和村民代表组成，村民代表应当占村民议事会组成人员的三分之二以上。"
        "村民议事会有过半数的组成人员到会方可举行。",
        _TITLE,
    )
    assert not any("方可举行" in text for text in duty_texts(graph))


def test_a_weight_a_result_carries_is_no_duty() -> None:
    graph = document(
        "第十三条 区人民政府对街道办事处进行年度考核，街道党工委的评价意见应当占一定权重。"
        "区人民政府组织对街道办事处进行考核。考核结果在区人民政府年度绩效考核中占一定权重。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("权重" in text for text in texts)
    assert "区人民政府对街道办事处进行年度考核" in texts


def test_a_bare_inclusion_piece_is_no_duty() -> None:
    graph = document(
        "第十四条 县级人民政府应当编制村庄整治规划，包括道路硬化、污水收集、垃圾清运等专项规划。"
        "村庄整治经费，包括财政补助资金、社会捐赠资金等资金。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(text.startswith("包括") for text in texts)
    assert "县级人民政府应当编制村庄整治规划" in texts


def test_a_noun_of_contents_or_persons_listing_its_members_is_no_duty() -> None:
    graph = document(
        "第十五条 乡镇人民政府应当每年组织村民委员会成员培训，培训内容包括政策法规、财务管理和矛盾调解等。"
        "第十六条 村务监督委员会的负责人包括主任和副主任。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("包括" in text for text in texts)
    assert any(text.startswith("乡镇人民政府应当每年组织") for text in texts)


def test_the_candidates_named_before_who_puts_them_up_are_no_duty() -> None:
    graph = document(
        "第二十条 村务监督委员会成员候选人，由村民选举委员会组织村民会议选举产生。"
        "村民小组推荐候选人，由村民选举委员会审核。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "村务监督委员会成员候选人" not in texts
    assert "村民小组推荐候选人" in texts
