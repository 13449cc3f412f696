"""Round 104 (地方 roles with no 各级): a role of the local pair printed with no level word (地方党委和政府主要负责人,
地方党委和政府领导班子其他成员) in a document speaking of the pair at every level is that pair's collective role
(explicit PART_OF the spanning pair), not the role of the document's own 省委、省政府; and such a role after
该地方 as the object of an oversight verb is that collective role, an edge. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某省党政领导干部森林防火工作责任制规定"
_SPANNING = "第三条 地方各级党委和政府对本地区森林防火工作负总责。\n"


def test_a_local_pair_role_is_the_spanning_pairs_collective_role() -> None:
    graph = document(
        _SPANNING + "第五条 地方党委和政府主要负责人应当每年听取森林防火工作汇报。"
        "地方党委和政府领导班子其他成员应当督促分管部门落实森林防火措施。",
        _TITLE,
    )
    assert holders_of_duty(graph, "森林防火工作汇报") == {"地方各级党委和政府主要负责人"}
    assert holders_of_duty(graph, "森林防火措施") == {"地方各级党委和政府领导班子其他成员"}
    part_of = edges(graph, "PART_OF")
    assert ("地方各级党委和政府主要负责人", "地方各级党委和政府") in part_of
    assert ("地方各级党委和政府领导班子其他成员", "地方各级党委和政府") in part_of
    assert "省委、省政府主要负责人" not in names(graph)


def test_a_local_pair_role_with_no_spanning_pair_stays_the_documents_own() -> None:
    graph = document(
        "第三条 省委、省政府对全省森林防火工作负总责。\n第五条 地方党委和政府主要负责人应当每年听取森林防火工作汇报。",
        _TITLE,
    )
    assert "地方各级党委和政府主要负责人" not in names(graph)
    assert not any(target.startswith("地方各级") for _, target in edges(graph, "PART_OF"))


def test_a_scoped_pair_role_after_a_pointing_place_is_the_object_of_the_interview() -> None:
    graph = document(
        _SPANNING + "第九条 对森林火灾多发的地方，由上一级森林防火指挥部约谈该地方党委和政府主要负责人。",
        _TITLE,
    )
    assert ("上一级森林防火指挥部", "地方各级党委和政府主要负责人") in edges(graph, "SUPERVISES")


def test_a_government_role_of_no_level_after_a_pointing_place_still_gives_no_edge() -> None:
    graph = document(
        "第三条 省人民政府对全省森林防火工作负总责。\n"
        "第九条 对森林火灾多发的地区，由上一级人民政府约谈该地区人民政府主要负责人。",
        _TITLE,
    )
    assert not any(target.endswith("主要负责人") for _, target in edges(graph, "SUPERVISES"))
