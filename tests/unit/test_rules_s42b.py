"""Round 132 (SUPERVISES): a run of 对 pairs whose second organ carries a scope word (A对所辖B，B对C开展考核)
is still a run of pairs, each first organ overseeing its own second; X实行A和B共同管理 gives A and B the duty
and a SUPERVISES edge to X. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

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


def test_shared_management_after_shixing_gives_the_managers_the_duty_and_the_edges() -> None:
    graph = document(
        "第九条 护林员实行县林业主管部门和乡镇人民政府共同管理。\n第十条 护林员应当按照规定巡山。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("县林业主管部门", "护林员") in found
    assert ("乡镇人民政府", "护林员") in found
    assert holder_names(graph, 9) == {"县林业主管部门", "乡镇人民政府"}


def test_shixing_without_a_sharing_word_is_left_alone() -> None:
    graph = document(
        "第九条 县林业主管部门实行护林员持证上岗制度。\n第十条 护林员应当按照规定巡山。",
        _TITLE,
    )
    assert ("县林业主管部门", "护林员") not in edges(graph, "SUPERVISES")
