"""Round 138 (ASSISTS among co-subjects): 相互配合 / 互相协作 printed after a list of holders with no partner named
by 与 is a manner of their joint duty, not an edge between them (dev majority: hn-yfzw, sh-jisheng, bj-zongzhi,
sd-jiufen, xz-hhz and gw-senlin draw no mutual pairs; gd-aizi and gw-health draw every ordered pair). A partner
named by 与 or after 配合 still gets its edge. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市养老服务条例"


def test_co_subjects_that_cooperate_with_each_other_draw_no_edge() -> None:
    graph = document("第九条 市民政、卫生健康和医疗保障等部门应当相互配合，做好医养结合工作。", _TITLE)
    assert not edges(graph, "ASSISTS")


def test_co_subjects_that_work_together_by_hu_xiang_draw_no_edge() -> None:
    graph = document("第十条 区人民政府和街道办事处应当互相协作，推进社区养老服务设施建设。", _TITLE)
    assert not edges(graph, "ASSISTS")


def test_a_partner_named_by_yu_still_is_helped() -> None:
    graph = document("第十一条 市民政部门应当与市卫生健康部门相互配合，做好老年人健康管理工作。", _TITLE)
    assert ("市民政部门", "市卫生健康部门") in edges(graph, "ASSISTS")


def test_a_body_named_after_peihe_still_is_helped() -> None:
    graph = document("第十二条 养老机构应当配合市民政部门做好安全检查工作。", _TITLE)
    assert edges(graph, "ASSISTS") == {("养老机构", "市民政部门")}
