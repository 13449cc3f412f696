"""PART_OF precision rules of session 30 (round 98): a party committee or a bare government (政府) read
only out of its departments' names is no node, so nothing sits in it. Every sentence is written for the
test: none comes from the seeds, the development set or the corpus."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_party_committee_read_only_from_its_department_hosts_nothing() -> None:
    graph = document(
        "第一条 县级党委组织部门会同县级人民政府农业农村部门负责驻村干部的日常管理和考核。\n"
        "第二条 县级人民政府应当保障驻村工作经费。\n",
        "某省驻村帮扶工作办法",
    )
    assert not {(s, t) for s, t in edges(graph, "PART_OF") if s == "县级党委组织部门"}
    assert ("县级人民政府农业农村部门", "县级人民政府") in edges(graph, "PART_OF")


def test_acting_party_committee_keeps_its_department() -> None:
    graph = document(
        "第一条 县委负责全县驻村帮扶工作的统一领导。\n第二条 县委组织部负责驻村干部的选派和管理。\n",
        "某县驻村帮扶工作办法",
    )
    assert ("县委组织部", "县委") in edges(graph, "PART_OF")


def test_bare_government_read_from_its_departments_hosts_nothing() -> None:
    graph = document(
        "第一条 市、县（市、区）人民政府应当加强湿地保护工作的领导。\n第二条 政府有关部门应当做好湿地保护宣传工作。\n",
        "丽水市湿地保护条例",
    )
    assert ("政府有关部门", "政府") not in edges(graph, "PART_OF")
