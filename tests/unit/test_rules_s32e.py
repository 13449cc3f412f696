"""Round 103 (party-and-government 责任制 rules of a province or a 直辖市): the field leader of a body printed
with no level at a clause's opening (政府分管X工作的负责人协助主要负责人…) is a collective role of the one
spanning 各级党委和政府, assisting that body's head at every level; and the cadre a sanction sentence fronts
with 对 (对…的X，采取…方式问责；涉嫌违纪违法的，由Y给予处分) is the one Y sanctions. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某省党政领导干部消防安全责任制实施办法"

_LEVELS = (
    "第三条 各级党委和政府对本地区消防安全工作负总责。\n"
    "第四条 各级政府主要负责人对本地区消防安全工作全面负责，定期研究消防安全工作。\n"
)


def test_a_levelless_government_field_leader_is_a_collective_role() -> None:
    graph = document(_LEVELS + "第五条 政府分管消防安全工作的负责人协助主要负责人统筹推进本地区消防安全工作。", _TITLE)
    assert "政府分管消防安全工作的负责人" in names(graph)
    assert holders_of_duty(graph, "统筹推进") == {"政府分管消防安全工作的负责人"}
    assert ("政府分管消防安全工作的负责人", "各级党委和政府") in edges(graph, "PART_OF")
    assert ("政府分管消防安全工作的负责人", "各级政府主要负责人") in edges(graph, "ASSISTS")


def test_a_levelled_government_field_leader_stays_its_government_role() -> None:
    graph = document(_LEVELS + "第五条 省政府分管消防安全工作的负责人协助省长抓好全省消防安全工作。", _TITLE)
    assert "政府分管消防安全工作的负责人" not in names(graph)
    assert ("政府分管消防安全工作的负责人", "各级党委和政府") not in edges(graph, "PART_OF")


def test_the_cadre_fronted_by_dui_is_sanctioned_by_the_later_part() -> None:
    graph = document(
        "第二条 本办法所称党政领导干部，是指县委、县政府及其工作部门的领导班子成员。党政领导干部应当履行消防职责。\n"
        "第九条 对履行消防安全职责不力的党政领导干部，可以采取通报、诫勉等方式问责；涉嫌违纪违法的，"
        "由任免机关或者监察机关依法给予处分；涉嫌犯罪的，移送司法机关依法处理。",
        _TITLE,
    )
    assert {("任免机关", "党政领导干部"), ("监察机关", "党政领导干部")} <= edges(graph, "SUPERVISES")
