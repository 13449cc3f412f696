"""Round 47 (relative targets): an organ id handed out once the table is frozen stays, even where a
later relative target (本级人民政府 of a document-wide set) adds an organ after the holder's name grew."""

from __future__ import annotations

from tests.unit.rules_support import document


def test_holder_id_survives_a_late_relative_set() -> None:
    # 同级消防机构 is a holder (第一条) before 县应急办's 同级消防机构 names it 县消防机构 (第二条);
    # 有关单位's 本级人民政府 (第三条) then adds the relative set: the holder must still be an organ
    graph = document(
        "第一条 市应急工作由市人民政府领导。县应急工作由县人民政府和同级消防机构领导。\n"
        "第二条 县应急办应当拟定应急预案，经本级人民政府和同级消防机构审核后公布。\n"
        "第三条 有关部门接到险情报告后，应当立即报告本级人民政府。",
        "某市应急管理条例",
    )
    organ_ids = {organ.id for organ in graph.organs}
    holders = {holder for duty in graph.duties for holder in duty.holders}
    assert holders <= organ_ids
    assert any("消防机构" in organ.name for organ in graph.organs)
