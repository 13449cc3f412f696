"""Organ rules of round 47: 受 before a body it takes an act from (受X机关委托/监督) is a verb, and verbs that
take a unit as their object (记载, 核实, 垫付, 推行) open no name.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import surfaces


def test_shou_before_a_body_is_a_verb() -> None:
    # the body whose commission or oversight is taken is named without 受
    assert surfaces("护林协会受林业主管部门监督，巡护队受乡镇综合执法机构委托开展巡查。") == [
        "护林协会",
        "林业主管部门",
        "乡镇综合执法机构",
    ]


def test_a_body_named_by_what_it_undergoes_keeps_shou() -> None:
    # 受质询机关, 受理机关: the body is named by what it undergoes or handles
    assert surfaces("受质询机关应当在十日内答复。") == ["受质询机关"]
    assert surfaces("受理机关应当在五日内登记。") == ["受理机关"]


def test_verbs_that_take_a_unit_open_no_name() -> None:
    found = surfaces(
        "档案室应当记载供热单位的检修记录，核实养护机构的人员名册，先行垫付承揽单位的押金，推行养护单位挂牌制度。"
    )
    assert "供热单位" in found
    assert "养护机构" in found
    assert "承揽单位" in found
    assert "养护单位" in found
    assert not [s for s in found if s.startswith(("记载", "核实", "垫付", "推行", "先行"))]
