"""Round 103 (street and township rules): the field offices of a government's departments printed after
the departments with 及其 (区人民政府工作部门及其派出机构) or 的 (工作部门的派出机构) are one body inside those
departments, as the compact form (工作部门派出机构) is. Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, short

_TITLE = "某市街道工作条例"


def test_the_offices_after_jiqi_sit_in_the_departments() -> None:
    graph = document(
        "第二条 街道办事处负责联络辖区单位。第三条 区人民政府职能部门及其派出机构应当配合街道办事处开展社区服务。",
        _TITLE,
    )
    assert holders_of_duty(graph, "配合街道办事处") == {"区人民政府职能部门", "派出机构"}
    part_of = {(short(r.source), short(r.target), r.article) for r in graph.relations if r.type == "PART_OF"}
    assert ("派出机构", "区人民政府职能部门", 3) in part_of


def test_the_genitive_and_the_jiqi_office_are_one_body() -> None:
    graph = document(
        "第二条 区人民政府工作部门及其派出机构应当支持街道办事处工作。"
        "第三条 区人民政府工作部门的派出机构应当接受街道办事处的统一协调。",
        _TITLE,
    )
    offices = [o for o in graph.organs if "派出机构" in o.name or "派出机构" in o.aliases]
    assert len(offices) == 1
    assert ("派出机构", "区人民政府工作部门") in edges(graph, "PART_OF")


def test_the_offices_of_a_named_unit_are_no_field_offices() -> None:
    graph = document("第二条 区人民政府有关部门及其派出机构应当配合街道办事处工作。", _TITLE)
    assert ("派出机构", "区人民政府有关部门") not in edges(graph, "PART_OF")


def test_a_deputy_assisting_the_post_of_a_named_body_is_that_bodys() -> None:
    graph = document("第二条 街道办事处主任主持全面工作；副主任协助主任工作，负责分管领域事务。", _TITLE)
    assert ("街道办事处副主任", "街道办事处") in edges(graph, "PART_OF")
    assert ("街道办事处副主任", "街道办事处主任") in edges(graph, "ASSISTS")


def test_a_deputy_with_no_named_post_before_is_no_role() -> None:
    graph = document("第二条 街道办事处应当统筹辖区工作；副主任协助主任工作。", _TITLE)
    assert not any(r.type == "PART_OF" and "副主任" in r.source for r in graph.relations)
