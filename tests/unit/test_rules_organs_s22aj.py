"""Organs r41: a stem never opens with an act or a term word (产生, 更换, 列席, 新一届 …); the name opens
after it, and a real qualifier (高危, 小区) stays part of the name."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_act_before_a_listed_name_is_cut() -> None:
    found = surfaces("业主大会选举产生新一届业主委员会,并及时更换业主委员会委员。")
    assert found == ["业主大会", "业主委员会", "业主委员会"]


def test_act_before_a_generic_body_is_cut_and_level_kept() -> None:
    assert surfaces("他们可以列席县人民代表大会会议。") == ["县人民代表大会"]


def test_real_qualifier_is_kept() -> None:
    assert surfaces("高危生产经营单位应当配备专职人员。")[0] == "高危生产经营单位"
    assert surfaces("督促小区业主委员会公开账目。") == ["小区业主委员会"]


def test_act_with_only_a_head_after_it_is_a_name() -> None:
    assert surfaces("处置费用由产生单位承担。") == ["产生单位"]
