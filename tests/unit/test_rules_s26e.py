"""Round 72 (s26e): one part of a joint body printed alone sits in the joint body (PART_OF, explicit)."""

from __future__ import annotations

from tests.unit.rules_support import document

_JOINT = "第一条 乡镇人民政府、街道办事处应当组织开展日常巡护。\n第二条 乡镇人民政府应当定期清理灌溉渠道。"


def _part_of(body: str) -> set[tuple[str, str, int, bool]]:
    graph = document(body, "某县农田灌溉管理办法")
    return {(r.source, r.target, r.article, r.implicit) for r in graph.relations if r.type == "PART_OF"}


def test_part_printed_alone_sits_in_joint_body() -> None:
    # 乡镇人民政府 alone (art. 2) where 乡镇人民政府、街道办事处 acts (art. 1): explicit, at its first duty
    assert _part_of(_JOINT) == {("t/乡镇人民政府", "t/乡镇人民政府、街道办事处", 2, False)}


def test_both_parts_printed_alone_give_no_joint_body() -> None:
    # each half acts on its own: the joint phrase only lists them, no edge
    assert _part_of(_JOINT + "\n第三条 街道办事处应当做好灌溉用水宣传工作。") == set()


def test_joint_name_must_be_printed() -> None:
    # 乡、镇人民政府和街道办事处 is no printed joint 镇人民政府、街道办事处
    body = "第一条 乡、镇人民政府和街道办事处应当组织开展日常巡护。\n第二条 街道办事处应当定期清理灌溉渠道。"
    assert not any(target.endswith("、街道办事处") for _, target, _, _ in _part_of(body))


def test_part_only_in_a_level_chain_gets_no_edge() -> None:
    # 县人民政府和乡镇人民政府: the township part printed only after the county names the level's government
    body = "第一条 乡镇人民政府、街道办事处应当组织开展日常巡护。\n第二条 县人民政府和乡镇人民政府应当保障巡护经费。"
    assert _part_of(body) == set()
