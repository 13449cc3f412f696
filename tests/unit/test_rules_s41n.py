"""Round 130 (admonitory talks and their back-references): the rectification report of the bodies an
earlier 约谈 named (被约谈单位应当…提交整改报告) that prints no receiver goes to whoever held the talk, as
an implicit edge. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holders_of_duty, names, short

_TITLE = "某某市节约用水责任制规定"


def _reports(graph: DocumentGraph) -> dict[tuple[str, str], bool]:
    return {(short(r.source), short(r.target)): r.implicit for r in graph.relations if r.type == "REPORTS_TO"}


def test_an_unaddressed_rectification_report_goes_to_the_interviewer() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。被约谈单位应当在二十日内提交整改报告。",
        _TITLE,
    )
    assert _reports(graph).get(("区人民政府", "市水务局")) is True


def test_a_printed_receiver_keeps_its_own_edge_only() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。"
        "被约谈单位应当在二十日内向市人民政府报告整改情况。",
        _TITLE,
    )
    reports = _reports(graph)
    assert reports.get(("区人民政府", "市人民政府")) is False
    assert ("区人民政府", "市水务局") not in reports


def test_a_plan_that_is_no_report_draws_no_edge() -> None:
    graph = document(
        "第二十条 节水目标未完成的，由市水务局约谈区人民政府主要负责人。被约谈单位应当在二十日内制定整改方案。",
        _TITLE,
    )
    assert ("区人民政府", "市水务局") not in _reports(graph)


_RIVER = "某某县河长制规定"


def test_an_order_issued_after_a_finding_oversees_the_bodies_found() -> None:
    graph = document(
        "第十条 县河长制办公室发现有关部门或者乡级河长未履行巡河职责的，可以发出督办函。",
        _RIVER,
    )
    supervises = {(short(r.source), short(r.target)): r.modes for r in graph.relations if r.type == "SUPERVISES"}
    assert supervises.get(("县河长制办公室", "有关部门")) == ["督办"]
    assert ("县河长制办公室", "乡级河长") in supervises


def test_the_unit_an_order_was_issued_to_reports_its_result_to_the_issuer() -> None:
    graph = document(
        "第十条 县河长制办公室发现有关部门或者乡级河长未履行巡河职责的，可以发出督办函；"
        "被督办单位应当在十日内办结，并书面报告办理结果。",
        _RIVER,
    )
    assert holders_of_duty(graph, "十日内办结") == {"有关部门", "乡级河长"}
    reports = _reports(graph)
    assert reports.get(("有关部门", "县河长制办公室")) is False
    assert reports.get(("乡级河长", "县河长制办公室")) is False
    assert "被督办单位" not in names(graph)


def test_the_handler_and_the_issuer_named_by_the_order_are_read_back() -> None:
    graph = document(
        "第十条 县河长制办公室可以向乡镇人民政府或者县有关部门签发督办单，"
        "承办单位应当按期办结，并将办理结果报送督办机关。",
        _RIVER,
    )
    assert holders_of_duty(graph, "按期办结") == {"乡镇人民政府", "县有关部门"}
    assert ("乡镇人民政府", "县河长制办公室") in _reports(graph)
    assert not {"承办单位", "督办机关"} & names(graph)


def test_a_handler_with_no_order_addressed_stays_a_node() -> None:
    graph = document(
        "第十条 县级河长可以就乡级河长责任区域内的突出问题签发督办单。承办单位应当按期办结。",
        _RIVER,
    )
    assert holders_of_duty(graph, "按期办结") == {"承办单位"}
