"""Field offices of round 100: a government's departments' field office printed compact (区人民政府职能部门
派出机构) is a body inside the departments' collective, named by its own words as the set-up form
(职能部门设在街道的派出机构) names it; a field office listed right after one (…派出机构、派驻机构) sits
in the same departments, not in the government. A clause that only says what a body is (X是Y的派出机关)
is no duty; X是…的责任主体 stays one.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, names

_TITLE = "某市镇街治理办法"


def test_a_compact_field_office_sits_in_the_departments() -> None:
    body = (
        "第一条 镇人民政府对县人民政府职能部门派出机构的履职情况进行评议。\n"
        "第二条 派出机构应当服从镇人民政府的统一调度，按时报告工作情况。"
    )
    graph = document(body, _TITLE)
    assert ("派出机构", "县人民政府职能部门") in edges(graph, "PART_OF")
    assert not any(target == "县人民政府" and "派出" in source for source, target in edges(graph, "PART_OF"))
    assert "县人民政府职能部门派出" not in " ".join(names(graph))


def test_a_field_office_listed_after_one_shares_its_departments() -> None:
    body = (
        "第一条 县人民政府工作部门设在镇的派出机构、派驻机构，应当接受镇人民政府的统筹协调，配合开展联合检查。\n"
        "第二条 镇人民政府对县人民政府工作部门派出机构、派驻机构的工作进行考核。"
    )
    part_of = edges(document(body, _TITLE), "PART_OF")
    assert ("派出机构", "县人民政府工作部门") in part_of
    assert ("派驻机构", "县人民政府工作部门") in part_of
    assert ("派驻机构", "县人民政府") not in part_of


def test_the_field_office_of_a_department_list_is_named_by_its_own_words() -> None:
    body = (
        "第一条 县人民政府交通运输、水利等部门的派驻机构，应当接受镇人民政府的统筹协调。\n"
        "第二条 派驻机构应当每半年向镇人民政府书面报告履职情况。"
    )
    graph = document(body, _TITLE)
    assert "派驻机构" in names(graph)
    assert not any("等部门" in name for name in names(graph))
    assert not any(source == "派驻机构" and "水利" in target for source, target in edges(graph, "PART_OF"))


def test_a_status_clause_is_no_duty() -> None:
    body = (
        "第一条 片区工作站是镇人民政府的派出机关，在镇人民政府领导下，负责片区内的巡查走访。\n"
        "第二条 镇人民政府是本镇巡查工作的责任主体。"
    )
    texts = duty_texts(document(body, _TITLE))
    assert not any(text.endswith("派出机关") for text in texts)
    assert any("巡查走访" in text for text in texts)
    assert any(text.endswith("责任主体") for text in texts)
