"""Organ rules of session 22 (round l, organs on new documents): 区(市) is a county level word (the
districts and county-level cities of a city: 市、区(市)人民政府), and a bracketed name right after an
item of a function list (交通(海事), 城市管理(综合行政执法)) is part of that item, not a stop of the list.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def _ascii(found: set[str]) -> set[str]:
    """Names with ASCII brackets: a name keeps the brackets its first printing had."""
    return {n.replace("（", "(").replace("）", ")") for n in found}


def test_qu_shi_is_a_county_level_word() -> None:
    graph = document(
        "第一条 市、区（市）人民政府应当将古桥保护经费列入财政预算。\n\n"
        "第二条 市、区（市）文物、住房城乡建设主管部门应当定期巡查古桥。",
        "某市古桥保护条例",
    )
    assert _ascii(holder_names(graph, 1)) == {"市人民政府", "区(市)人民政府"}
    assert _ascii(holder_names(graph, 2)) == {
        "市文物主管部门",
        "区(市)文物主管部门",
        "市住房城乡建设主管部门",
        "区(市)住房城乡建设主管部门",
    }


def test_bracketed_name_stays_inside_a_list_item() -> None:
    graph = document(
        "第一条 市、县（区）文物、交通（港航）、城市管理（综合执法）等部门按照各自职责做好古桥保护工作。",
        "某市古桥保护条例",
    )
    assert {
        "市文物部门",
        "县(区)文物部门",
        "市交通(港航)部门",
        "县(区)交通(港航)部门",
        "市城市管理(综合执法)部门",
        "县(区)城市管理(综合执法)部门",
    } <= _ascii(names(graph))


def test_bracket_with_a_list_inside_is_no_item_name() -> None:
    # 县(市、区): a bracket holding a list is a level word's qualifier, read as before
    graph = document("第一条 市、县（市、区）财政、审计等部门应当保障古桥保护经费。", "某市古桥保护条例")
    assert _ascii(holder_names(graph, 1)) == {"市财政部门", "县(市、区)财政部门", "市审计部门", "县(市、区)审计部门"}
