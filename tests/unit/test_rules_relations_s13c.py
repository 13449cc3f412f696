"""Relation rules from documents written in the seeds' genre with other vocabulary (session 13, third
pass): 督导 reads as 督促指导 (one SUPERVISES and one GUIDES edge), 督察 and 督办 (挂牌督办) are oversight
verbs, 对X进行通报 censures X while 通报X only informs it and 通报表扬 praises; and an institutional
PART_OF (implicit) is given only to a body of one level: not to a collective spanning levels
(县级以上公安机关), a nationwide category (有权机关) or a functional department printed without a
level (林业主管部门). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges


def _doc(body: str, title: str = "某省湿地保护责任制规定") -> DocumentGraph:
    return document(body, title)


def test_dudao_gives_oversight_and_guidance() -> None:
    graph = _doc("第一条 省林业主管部门应当督导市人民政府和省有关部门落实湿地保护责任。\n")
    for rel_type in ("SUPERVISES", "GUIDES"):
        assert ("省林业主管部门", "市人民政府") in edges(graph, rel_type)
        assert ("省林业主管部门", "省有关部门") in edges(graph, rel_type)
    modes = {m for r in graph.relations if r.type == "SUPERVISES" for m in r.modes}
    assert "督导" in modes


def test_fronted_dudao_gives_both_edges() -> None:
    graph = _doc("第一条 市人民政府应当对县人民政府湿地保护工作进行督导。\n")
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")
    assert ("市人民政府", "县人民政府") in edges(graph, "GUIDES")


def test_ducha_and_dueban_are_oversight() -> None:
    graph = _doc(
        "第一条 省人民政府对市人民政府湿地保护情况开展督察。\n第二条 市人民政府对问题突出的县人民政府实施挂牌督办。\n"
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("省人民政府", "市人民政府") in supervises
    assert ("市人民政府", "县人民政府") in supervises


def test_censure_of_a_fronted_body_is_oversight() -> None:
    graph = _doc("第一条 省林业主管部门对湿地保护不力的市人民政府进行通报。\n")
    assert ("省林业主管部门", "市人民政府") in edges(graph, "SUPERVISES")


def test_informing_a_body_is_no_oversight() -> None:
    graph = _doc("第一条 省林业主管部门应当将检查结果通报省人民政府组织部门。\n")
    assert not edges(graph, "SUPERVISES")


def test_praise_is_no_oversight() -> None:
    graph = _doc("第一条 省人民政府对湿地保护成效显著的市人民政府予以通报表扬。\n")
    assert not edges(graph, "SUPERVISES")


def test_institutional_part_of_only_for_a_body_of_one_level() -> None:
    graph = _doc(
        "第一条 省委、省政府统筹全省湿地保护工作。\n"
        "第二条 县级以上公安机关应当配合做好湿地执法工作。\n"
        "第三条 林业主管部门应当编制湿地保护规划。\n"
        "第四条 省财政厅应当保障湿地保护经费。\n"
        "第五条 有权机关应当依法处理破坏湿地的行为。\n"
    )
    part_of = edges(graph, "PART_OF")
    assert ("省财政厅", "省委、省政府") in part_of  # a 厅 of one level: implicit membership
    assert ("县级以上公安机关", "省委、省政府") not in part_of  # spans levels
    assert ("林业主管部门", "省委、省政府") not in part_of  # no level printed: every level's
    assert ("有权机关", "省委、省政府") not in part_of  # a nationwide category
