"""Round 132 (SUPERVISES): a run of 对 pairs whose second organ carries a scope word (A对所辖B，B对C开展考核)
is still a run of pairs, each first organ overseeing its own second. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市森林防火工作规定"


def test_a_scope_word_after_pair_joint_keeps_the_pair() -> None:
    graph = document(
        "第九条 市人民政府对所辖县人民政府，县人民政府对乡镇人民政府开展森林防火年度考核。\n"
        "第十条 乡镇人民政府应当组织巡山护林。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府") in found
    assert ("县人民政府", "乡镇人民政府") in found
    assert ("市人民政府", "乡镇人民政府") not in found


def test_a_plain_pair_run_is_unchanged() -> None:
    graph = document(
        "第九条 市人民政府对县人民政府，县人民政府对乡镇人民政府开展森林防火年度考核。\n"
        "第十条 乡镇人民政府应当组织巡山护林。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府") in found
    assert ("市人民政府", "乡镇人民政府") not in found
