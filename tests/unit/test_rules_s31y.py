"""Rules of round 101 (kaohe2: an oversight act forbidden by a ban printed before it). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_a_banned_oversight_act_draws_no_edge() -> None:
    body = (
        "第一条 县人民政府对乡镇人民政府的渔政工作进行年度评议。\n"
        "第二条 县人民政府渔业部门不得另行对乡镇人民政府开展评议；严禁以检查名义对乡镇人民政府重复督查。\n"
    )
    graph = document(body, "某县渔政工作规定")
    supervised = edges(graph, "SUPERVISES")
    # session 38 gate: 评议 is no README trigger
    assert ("县人民政府", "乡镇人民政府") not in supervised
    assert not any(source == "县人民政府渔业部门" for source, _ in supervised)


def test_a_ban_qualifying_the_object_keeps_the_edge() -> None:
    body = "第一条 县人民政府渔业部门加强对禁止垂钓水域所在乡镇人民政府的督查。\n"
    graph = document(body, "某县渔政工作规定")
    assert ("县人民政府渔业部门", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_an_oversight_word_naming_rules_acts_on_no_one() -> None:
    body = (
        "第一条 对妨碍县水利局工作人员依法执行公务、违反水域管理有关规定的，由县公安局依法给予处罚。\n"
        "第二条 县人民政府对乡镇人民政府按照目标责任考核规定进行评议。\n"
    )
    graph = document(body, "某县渔政工作规定")
    assert not [r for r in graph.relations if r.type == "SUPERVISES" and r.article == 1]
    # session 38 gate: 评议 is no README trigger
    assert not [r for r in graph.relations if r.type == "SUPERVISES" and r.article == 2]
