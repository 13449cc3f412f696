"""Round 116 (the national organic laws' vocabulary): a level list with 的 before the body it shares
(市、县的人民政府, 不设区的市、市辖区的人民政府), the county tier 不设区的市、市辖区 as two governments, the
departments of a level list printed with 的 (市、县人民政府的有关部门), 它的Y after a list of governments as a
body of each, and X或者它的Y as one more object of an assistance verb. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

_TITLE = "某某社区服务条例"


def test_a_level_list_with_de_names_each_levels_government() -> None:
    graph = document("第三条 市、县的人民政府应当对乡、镇人民政府的社区服务工作进行监督。", _TITLE)
    assert {"市人民政府", "县人民政府"} <= names(graph)
    assert holder_names(graph, 3) == {"市人民政府", "县人民政府"}
    assert ("县人民政府", "乡、镇人民政府") in edges(graph, "SUPERVISES")


def test_a_provincial_list_with_de_names_its_standing_committee() -> None:
    graph = document("第三条 省、自治区、直辖市的人民代表大会常务委员会应当根据本条例制定社区服务标准。", _TITLE)
    organ = next(o for o in graph.organs if o.name.endswith("人民代表大会常务委员会"))
    assert organ.level == "provincial"
    assert "省、自治区、直辖市的人民代表大会常务委员会" in organ.aliases


def test_a_fixed_name_holding_de_stays_whole() -> None:
    graph = document("第三条 乡、民族乡、镇的人民政府应当做好社区服务工作。", _TITLE)
    assert "乡、民族乡、镇的人民政府" in names(graph)


def test_the_county_tier_with_de_is_two_governments_owning_their_field_office() -> None:
    graph = document(
        "第四条 不设区的市、市辖区的人民政府或者它的派出机关应当对社区服务站的服务工作给予指导。"
        "社区服务站协助不设区的市、市辖区的人民政府或者它的派出机关做好养老服务工作。",
        _TITLE,
    )
    governments = {"不设区的市人民政府", "市辖区人民政府"}
    assert governments <= names(graph)
    for name in governments:
        assert ("派出机关", name) in edges(graph, "PART_OF")
        assert (name, "社区服务站") in edges(graph, "GUIDES")
        assert ("社区服务站", name) in edges(graph, "ASSISTS")
    assert ("社区服务站", "派出机关") in edges(graph, "ASSISTS")


def test_a_level_lists_departments_printed_with_de_are_each_levels() -> None:
    graph = document("第五条 市、县人民政府的有关部门可以对社区服务站进行业务指导。", _TITLE)
    assert {"市人民政府有关部门", "县人民政府有关部门"} <= names(graph)
    assert ("县人民政府有关部门", "县人民政府") in edges(graph, "PART_OF")
    assert ("市人民政府有关部门", "社区服务站") in edges(graph, "GUIDES")


def test_an_owned_body_after_or_is_one_more_assisted_party() -> None:
    graph = document("第六条 社区服务站应当协助区人民政府或者其派出机关开展人口普查工作。", _TITLE)
    assert ("社区服务站", "派出机关") in edges(graph, "ASSISTS")
    assert ("社区服务站", "区人民政府") in edges(graph, "ASSISTS")


def test_a_filing_with_an_owned_body_goes_to_both() -> None:
    graph = document("第七条 服务公约由居民会议讨论通过，报区人民政府或者它的派出机关备案。", _TITLE)
    assert ("居民会议", "区人民政府") in edges(graph, "REPORTS_TO")
    assert ("居民会议", "派出机关") in edges(graph, "REPORTS_TO")


def test_a_report_to_a_relative_bodys_own_body_names_no_bare_node() -> None:
    graph = document("第八条 各服务单位应当向上一级民政部门或者其服务指导机构报告服务情况。", _TITLE)
    assert not any(target == "服务指导机构" for _, target in edges(graph, "REPORTS_TO"))


def test_guidance_under_a_body_or_its_own_body_comes_from_both() -> None:
    graph = document("第九条 社区服务站在区人民政府或者它的派出机关的指导下开展工作。", _TITLE)
    assert ("区人民政府", "社区服务站") in edges(graph, "GUIDES")
    assert ("派出机关", "社区服务站") in edges(graph, "GUIDES")


def test_a_governments_seat_is_a_place() -> None:
    graph = document(
        "第十条 区人民政府对社区服务站的工作给予指导。社区服务站应当协助人民政府做好公共卫生工作。"
        "第十一条 本条例适用于乡、镇人民政府所在地设立的社区服务站。",
        _TITLE,
    )
    assert not any(name.startswith("乡、镇") for name in names(graph))


def test_the_parks_and_forestry_function_is_one_department() -> None:
    graph = document("第十二条 发展改革、园林和林业等部门应当按照各自职责做好绿地保护工作。", _TITLE)
    assert "园林和林业部门" in names(graph)
    assert not {"园林部门", "林业部门"} & names(graph)
