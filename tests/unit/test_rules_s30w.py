"""Round 98 (autonomous-region texts, second round): the 兵团's division-cities (师市合一: 兵团第N师X市) and its
farm-regiments (团场) are bodies beside a region's own chain; organs after a referring verb (对涉及X的问题)
are no object of the oversight verb.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named

_TITLE = "某自治区草原保护责任制实施办法"


def test_a_division_city_is_a_municipal_partner() -> None:
    graph = document("第一条 行署应当加强与兵团第八师石河子市的协作，共同做好草原防火工作。", _TITLE)
    assert organ_named(graph, "兵团第八师石河子市").level == "municipal"
    assert any(target == "兵团第八师石河子市" for _, target in edges(graph, "ASSISTS"))


def test_a_division_city_printed_without_the_corps_holds_its_duty() -> None:
    graph = document("第一条 第六师五家渠市应当配合县（市）开展草原执法检查。", _TITLE)
    assert holder_names(graph, 1) == {"第六师五家渠市"}


def test_a_farm_regiment_is_a_county_body() -> None:
    graph = document("第一条 团场应当配合县（市）做好草原巡护。", _TITLE)
    assert holder_names(graph, 1) == {"团场"}
    assert organ_named(graph, "团场").level == "county"
    assert not any(source == "团场" for source, _ in edges(graph, "PART_OF"))


def test_an_organ_the_matters_only_concern_is_not_overseen() -> None:
    graph = document("第一条 县林长对涉及乡镇人民政府的事项应当及时通报县林长制办公室。", "某县林长制实施办法")
    assert "县林长" in names(graph)
    assert ("县林长", "乡镇人民政府") not in edges(graph, "SUPERVISES")
