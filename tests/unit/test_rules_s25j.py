"""Round 53 (s25j): a body printed right before 由 is the object of the agent's act."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names


def test_body_right_before_agent_is_no_holder() -> None:
    # 居民会议由居民委员会召集: the committee convenes the meeting; the meeting holds nothing here
    graph = document("第一条 居民会议由居民委员会召集。", "某市社区议事办法")
    assert holder_names(graph, 1) == {"居民委员会"}


def test_body_before_agent_keeps_later_pieces() -> None:
    # 居民会议由居民委员会召集，讨论决定…: the sentence goes on with the meeting's own act
    graph = document("第一条 居民会议由居民委员会召集，讨论决定本居住地区的重要事项。", "某市社区议事办法")
    assert "居民会议" in holder_names(graph, 1)
