"""Development-zone rules (s29x), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a zone printed with its alternatives in a bracket opens the management body's
name (开发区(园区)管理机构 is one organ, not a bare 管理机构); a zone's committee is a county-level agency
of the city, set up by authorisation and sitting in no level's body."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty, organ_named


def _doc(body: str, title: str = "青岩市园区消防安全管理办法") -> DocumentGraph:
    return document(body, title)


def test_a_bracketed_zone_opens_its_management_body() -> None:
    graph = _doc("第一条 开发区（园区）管理机构应当组织园区内企业开展消防演练，督促企业落实防火措施。\n")
    assert holders_of_duty(graph, "消防演练") == {"开发区（园区）管理机构"}


def test_a_bracketed_zone_list_after_other_holders() -> None:
    graph = _doc("第一条 乡镇人民政府、街道办事处、开发区（工业园区、物流园区）管委会应当建立防火巡查制度。\n")
    assert "开发区（工业园区、物流园区）管委会" in holders_of_duty(graph, "防火巡查")


def test_every_kind_of_zone_is_no_part_of_the_name() -> None:
    graph = _doc("第一条 各类开发区（工业园区、物流园区）管委会应当建立防火巡查制度。\n")
    assert holders_of_duty(graph, "防火巡查") == {"开发区（工业园区、物流园区）管委会"}


def test_a_bracket_of_no_zone_is_left_alone() -> None:
    graph = _doc("第一条 水库（河流）管理机构应当建立防火巡查制度。\n")
    assert not any(o.name.startswith("水库") for o in graph.organs), [o.name for o in graph.organs]


def test_a_zone_committee_is_a_county_agency_in_no_level_body() -> None:
    graph = _doc(
        "第一条 县（市、区）人民政府和青岩高新技术产业开发区管理委员会负责本辖区内的消防安全工作。\n"
        "第二条 青岩高新技术产业开发区管理委员会应当配备专职消防人员。\n"
    )
    committee = organ_named(graph, "青岩高新技术产业开发区管理委员会")
    assert (committee.level, committee.kind) == ("county", "agency")
    assert not [e for e in edges(graph, "PART_OF") if e[0] == "青岩高新技术产业开发区管理委员会"]


def test_a_city_commission_with_no_zone_keeps_its_level() -> None:
    graph = _doc("第一条 市城市管理委员会应当统筹园区消防安全工作。\n")
    commission = organ_named(graph, "市城市管理委员会")
    assert commission.level == "municipal", commission
