"""Relation rules of session 21 (round g): a central government named only as the author of a rule
(按照国务院规定的职责, 国务院关于…的规定) is no body its departments sit in (no PART_OF to it).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_a_government_cited_as_rule_author_is_no_body() -> None:
    body = "第一条 国务院农业主管部门按照国务院规定的职责，负责全国种子质量的监督管理工作。\n"
    graph = document(body, "种子质量管理条例")
    assert not any(target == "国务院" for _, target in edges(graph, "PART_OF"))


def test_a_government_printed_as_a_body_keeps_its_departments() -> None:
    body = "第一条 国务院统一领导全国种子工作。国务院农业主管部门负责全国种子质量的监督管理工作。\n"
    graph = document(body, "种子质量管理条例")
    assert ("国务院农业主管部门", "国务院") in edges(graph, "PART_OF")
