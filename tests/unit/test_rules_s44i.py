"""Round 138 (ASSISTS among co-subjects): 相互配合 / 互相协作 printed after a list of holders with no partner named
by 与 is a manner of their joint duty, not an edge between them (dev majority: hn-yfzw, sh-jisheng, bj-zongzhi,
sd-jiufen, xz-hhz and gw-senlin draw no mutual pairs; gd-aizi and gw-health draw every ordered pair). A partner
named by 与 or after 配合 still gets its edge. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus).

A later 会同 in a subjectless clause of the same sentence names the partners of its own clause: the partners an
earlier 会同 joined to the subject stop sharing there (X会同A建立…，定期…；会同B，加强…)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty

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


def test_a_later_huitong_replaces_the_partners_of_an_earlier_one() -> None:
    body = (
        "第十三条 县水务局会同县财政局、县农业农村局编制灌区建设规划，定期通报规划实施情况；"
        "会同县公安局，加强对水事违法行为的查处。"
    )
    graph = document(body, "某县灌区管理办法")
    assert holders_of_duty(graph, "定期通报") == {"县水务局", "县财政局", "县农业农村局"}
    assert holders_of_duty(graph, "会同县公安局") == {"县水务局", "县公安局"}
