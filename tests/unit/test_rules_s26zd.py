"""Organs, round 88: a commission's head glued to the verb after it (市卫健委会同Y is 委 + 会同, not the
short name 委会; 管委会同意 keeps its head), and a list item 水利 (read as 水行政主管部门) is the 市水利局
the document names."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_id, surfaces

TITLE = "某市城乡供水保障责任制规定"


def test_commission_before_joint_verb_keeps_its_head() -> None:
    assert surfaces("由市卫健委会同市财政局制定补助办法。", "municipal") == ["市卫健委", "市财政局"]


def test_committee_before_consent_keeps_its_head() -> None:
    assert surfaces("报经开发区管委会同意后实施。", "municipal")[-1].endswith("开发区管委会")
    assert surfaces("市安委会会同有关部门开展督查。", "municipal")[0] == "市安委会"


def test_commission_joint_duty_has_no_stray_organ() -> None:
    body = "第五条 市卫健委会同市财政局制定水质检测补助办法。\n第六条 市卫健委负责饮用水卫生监督。\n"
    graph = document(body, TITLE)
    assert "市卫健委会" not in names(graph)
    assert "市卫健委" in names(graph)


def test_water_list_item_is_the_named_water_bureau() -> None:
    body = (
        "第五条 市、县人民政府财政、水利等部门应当按照各自职责做好供水保障工作。\n"
        "第六条 市水利局负责农村供水工程建设。\n"
    )
    graph = document(body, TITLE)
    assert organ_id(graph, "市水行政主管部门") == organ_id(graph, "市水利局")
    assert "县人民政府水行政主管部门" in names(graph)  # the county names no bureau: its own department
