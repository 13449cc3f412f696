"""Round 112 (duty holders across all documents): a leader named 第一责任人 keeps the clauses of its own
sentence while the body heads the sentences after it; a staff headcount (从业人员三百人以上的) qualifies the
unit that is the subject, it is no actor, and a second member qualified the same way joins the subject. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某工作责任制规定"


def test_a_leader_named_first_responsible_keeps_the_clauses_of_its_sentence() -> None:
    graph = document(
        "第五条 县级人民政府对本行政区域的节水工作负主体责任。县级人民政府主要负责人是本行政区域节水工作第一责任人，"
        "对重大节水事项亲自部署、亲自督办。",
        _TITLE,
    )
    assert holders_of_duty(graph, "亲自部署") == {"县级人民政府主要负责人"}


def test_the_body_heads_the_sentence_after_a_leader_named_first_responsible() -> None:
    graph = document(
        "第五条 县级人民政府对本行政区域的节水工作负主体责任，县级人民政府主要负责人为第一责任人。"
        "负责制定节水规划，组织落实节水措施。",
        _TITLE,
    )
    assert holders_of_duty(graph, "制定节水规划") == {"县级人民政府"}


def test_a_staff_headcount_is_no_actor() -> None:
    graph = document(
        "第九条 从业人员二百人以上的危险化学品生产经营单位和从业人员五百人以上的建筑施工单位，"
        "应当配备专职安全管理人员。",
        _TITLE,
    )
    assert holders_of_duty(graph, "配备专职安全管理人员") == {"危险化学品生产经营单位", "建筑施工单位"}


def test_a_staff_headcount_in_its_own_piece_leaves_the_unit_holding() -> None:
    graph = document(
        "第十条 建筑施工单位从业人员一千人以上的，应当设置安全生产管理机构。",
        _TITLE,
    )
    assert holders_of_duty(graph, "设置安全生产管理机构") == {"建筑施工单位"}


def test_an_exception_piece_before_a_qualified_subject_leaves_it_the_subject() -> None:
    graph = document(
        "第十一条 除国家另有规定外，矿山行业的生产经营单位，从业人员一百人以下的，至少配备一名专职安全管理人员。",
        _TITLE,
    )
    assert holders_of_duty(graph, "至少配备一名") == {"生产经营单位"}
