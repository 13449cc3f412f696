"""Round 79 (organ precision): a verb printed before a body (召开X会议, 罢免X, 统筹X队伍, 征用X的物资,
审核X编制的…, 跟踪X交办事项) or the 办 of 交办/承办 is no part of the body's name. Sentences written for these
rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_verb_before_a_body_opens_no_name() -> None:
    assert "居民代表会议" in surfaces("社区居民委员会应当每季度召开居民代表会议一次。", "municipal")
    assert "罢免社区居民委员会" not in surfaces("经五分之一以上选民联名，可以提出罢免社区居民委员会成员的要求。")
    assert "森林消防队伍" in surfaces("县应急管理局统筹森林消防队伍和物资储备。", "county")
    assert "征用单位" not in surfaces("县人民政府可以依法征用单位和个人的车辆。", "county")
    assert "施工单位" in surfaces("监理单位应当审核施工单位编制的进度计划。", "county")


def test_matter_handed_to_a_body_ends_its_name() -> None:
    assert surfaces("市林长制办公室应当跟踪市级林长交办事项的办理情况。", "municipal") == ["市林长制办公室", "市级林长"]
    assert "区人民政府" in surfaces("确需由区人民政府承办的临时任务，应当报批。", "municipal")


def test_body_named_by_the_act_keeps_the_word() -> None:
    assert "承办单位" in surfaces("承办单位应当在十日内答复。", "municipal")
    assert "交办单位" in surfaces("交办单位应当跟踪落实。", "municipal")
    assert "审核机构" in surfaces("审核机构应当出具意见。", "municipal")
