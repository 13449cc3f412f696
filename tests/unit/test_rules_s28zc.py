"""Round 96 (paired assistance): the partner of 东西部协作/对口支援 named by its role in the pairing
(东部对口帮扶城市, 对口支援省市) is an organ when an assisting act (配合) opens its list, and the holder
assists it; a paired province's cities and counties before 深化/做好 are kept whole.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_named

_TITLE = "某省乡村振兴促进条例"


def test_the_paired_cities_after_an_assisting_act_are_assisted() -> None:
    graph = document("第一条 省农业农村厅应当配合东部对口帮扶城市做好产业协作项目的落地。", _TITLE)
    assert ("省农业农村厅", "东部对口帮扶城市") in edges(graph, "ASSISTS")
    assert organ_named(graph, "东部对口帮扶城市").level == "municipal"


def test_the_supporting_provinces_after_an_assisting_act_are_assisted() -> None:
    graph = document("第一条 县人民政府应当配合对口支援省市做好援建学校的建设管理。", _TITLE)
    assert ("县人民政府", "对口支援省市") in edges(graph, "ASSISTS")
    assert organ_named(graph, "对口支援省市").level == "provincial"


def test_paired_cities_and_counties_before_deepening_are_one_partner() -> None:
    graph = document("第一条 市人民政府应当与江苏省结对市、县（区）深化劳务协作。", _TITLE)
    assert ("市人民政府", "江苏省结对市、县（区）") in edges(graph, "ASSISTS")
    assert "江苏省结对市" not in names(graph)


def test_an_assisting_act_alone_makes_no_partner_of_a_plain_word() -> None:
    graph = document("第一条 县人民政府应当配合有关工作做好档案移交。", _TITLE)
    assert not edges(graph, "ASSISTS")
