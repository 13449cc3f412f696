"""Organ rules of session 18 (round a): a verb that takes a body or its staff as its object (配齐配强, 指令,
阻挠, 提倡, 签订, 召集, 聘任, 领取, 进入) ends a stem, so it never opens an organ's name; 聘任单位 and
召集部门 still name the body that acts.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_a_verb_taking_staff_as_its_object_is_no_part_of_their_name() -> None:
    assert surfaces("各乡镇要配齐配强专职巡查执法人员。", "municipal") == ["各乡镇", "专职巡查执法人员"]
    assert surfaces("施工单位不得指令从业人员违章作业。")[-1] == "从业人员"
    assert surfaces("任何人不得阻挠水政执法人员检查。") == ["水政执法人员"]


def test_a_verb_taking_a_body_as_its_object_is_no_part_of_its_name() -> None:
    assert surfaces("县水利局签订部门目标责任书。") == ["县水利局"]
    assert surfaces("提倡村民委员会组织志愿服务。") == ["村民委员会"]
    assert surfaces("由市交通运输主管部门召集有关部门研究。", "municipal") == ["市交通运输主管部门", "有关部门"]


def test_the_body_named_by_the_act_keeps_its_name() -> None:
    assert surfaces("聘任单位应当为受聘人员提供工作条件。") == ["聘任单位"]
    assert surfaces("召集部门应当提前通知会议议题。") == ["召集部门"]
