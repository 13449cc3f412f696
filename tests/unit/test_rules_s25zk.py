"""Lists broken by 及其 and by ownership adjectives (round 70). A body listed after another body's
owned role (X部门及其负责人和Y人民政府) opens as after X itself; an ownership list before a shared head
(国有、集体企业) names one unit per ownership, and run on into 和事业单位 it merges into 企业事业单位.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces


def test_a_body_after_an_owned_role_is_read() -> None:
    text = "县人民政府将护林任务纳入对本级人民政府有关部门及其负责人和乡镇人民政府及其负责人的考核。"
    assert surfaces(text, "county")[-1] == "乡镇人民政府"
    graph = document("第一条 " + text, "某县护林办法")
    assert {"乡镇人民政府", "乡镇人民政府负责人"} <= names(graph)


def test_a_bare_level_body_after_an_owned_role_is_read() -> None:
    text = "县人民政府将护林任务纳入对有关部门及其主要负责人和下级人民政府的考核。"
    assert surfaces(text, "county")[-1] == "下级人民政府"


def test_an_ownership_list_names_one_unit_per_ownership() -> None:
    graph = document("第一条 国有、集体企业应当定期检查消防设施。", "某市消防办法")
    assert holders_of_duty(graph, "定期检查消防设施") == {"国有企业", "集体企业"}


def test_an_ownership_subset_of_enterprises_and_institutions_merges() -> None:
    graph = document("第一条 国有、集体企业及其控股企业和事业单位应当公示年度预算。", "某市公开办法")
    assert holders_of_duty(graph, "公示年度预算") == {"企业事业单位"}
