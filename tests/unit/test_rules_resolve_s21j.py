"""Role rules of session 22 (round j): a weak role word right after a body and 的 (X的负责人) is that body's
role, as X的主要负责人 is. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市档案管理条例"


def test_the_leader_after_a_body_and_de_is_its_role() -> None:
    body = "第一条 档案保管单位的负责人对本单位档案的安全负责。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "对本单位档案的安全负责") == {"档案保管单位负责人"}
    assert ("档案保管单位负责人", "档案保管单位") in edges(graph, "PART_OF")


def test_the_leader_of_a_government_after_de() -> None:
    body = "第一条 区人民政府的负责人应当每年听取档案工作汇报。\n"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "每年听取档案工作汇报") == {"区人民政府负责人"}


def test_staff_after_de_is_no_leader() -> None:
    # 负责人员 are staff, not the body's leader
    body = "第一条 档案馆的负责人员应当定期检查库房。\n"
    graph = document(body, _TITLE)
    assert "档案馆负责人" not in names(graph)
