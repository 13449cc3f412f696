"""Round 103 (city river and protection regulations of the plainer 2015-2017 style): a department's
管理处 printed with its level as a body of its own, placed in its owner by X为Y所属的管理机构; a level's
set of departments printed with no body (市有关部门按照下列分工…：) leading its numbered items as a
collective does. Each rule on a sentence written for this file (not from the seeds, the dev documents
or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某某市清水河保护条例"


def test_a_management_office_with_its_level_is_a_body() -> None:
    assert "市清水河管理处" in surfaces("市清水河管理处负责河道日常巡查。", "municipal")


def test_a_law_word_with_management_office_is_no_body() -> None:
    found = surfaces("违反治安管理的，由公安机关依照《中华人民共和国治安管理处罚法》处罚。", "municipal")
    assert not any("管理处" in surface for surface in found)


def test_a_management_office_owned_by_a_department_sits_in_it() -> None:
    graph = document(
        "第五条 市清水河管理处为市水务主管部门所属的管理机构，具体负责河道日常巡查和工程维护。",
        _TITLE,
    )
    assert ("市清水河管理处", "市水务主管部门") in edges(graph, "PART_OF")
    assert holders_of_duty(graph, "日常巡查") == {"市清水河管理处"}


def test_a_level_set_of_departments_leads_its_numbered_items() -> None:
    graph = document(
        "第六条 市有关部门按照下列分工做好清水河保护工作：\n"
        "（一）生态环境主管部门负责水污染防治的监督管理；\n"
        "（二）林业主管部门负责沿河防护林的保护管理。\n"
        "财政、审计等部门在各自职责范围内做好相关工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "沿河防护林") == {"市林业主管部门"}
    assert holders_of_duty(graph, "各自职责范围") == {"市财政部门", "市审计部门"}
    assert "林业主管部门" not in names(graph)


def _found(text: str) -> list[tuple[str, str]]:
    from loaders.organs import find_mentions

    return [(m.display or m.surface, m.level or "") for m in find_mentions(text, "municipal")]


def test_a_preposition_opens_a_list_of_named_districts_and_is_no_part_of_the_first() -> None:
    names_found = [name for name, _ in _found("绿地的日常养护，由东湖区、西山区人民政府按照分工负责。")]
    assert names_found == ["东湖区人民政府", "西山区人民政府"]


def test_an_area_word_before_the_village_pair_keeps_it_one_body() -> None:
    assert _found("沿江村民委员会、居民委员会协助做好河道保洁。") == [("沿江村民委员会、居民委员会", "village")]


def test_an_area_word_does_not_reach_a_body_of_another_head() -> None:
    found = _found("沿江县(市、区)人民政府、市属开发区管理委员会负责河岸整治。")
    assert found == [("沿江县(市、区)人民政府", "county"), ("市属开发区管理委员会", "county")]


def test_an_area_word_still_spans_a_level_list() -> None:
    found = _found("沿海设区的市、县(市、区)人民政府负责海岸整治。")
    assert [name for name, _ in found] == ["沿海设区的市人民政府", "沿海县(市、区)人民政府"]


def test_an_item_holder_acting_on_a_dui_phrase_holds_its_item() -> None:
    graph = document(
        "第七条 市有关部门按照下列分工做好清水河保护工作：\n"
        "（一）生态环境主管部门对清水河水污染防治实施统一监督管理；\n"
        "（二）林业主管部门负责沿河防护林的保护管理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统一监督管理") == {"市生态环境主管部门"}


def test_an_item_naming_a_state_of_things_holds_no_duty_of_its_body() -> None:
    graph = document(
        "第八条 市人民政府对下列事项进行督查：\n"
        "（一）区人民政府对清水河保护规划的落实情况；\n"
        "（二）区人民政府对排污口整治的推进情况。",
        _TITLE,
    )
    assert not any(holder.endswith("区人民政府") for d in graph.duties for holder in d.holders)


def test_a_bare_deputy_role_after_a_possessive_head_role_is_each_bodys() -> None:
    graph = document(
        "第九条 东湖区人民政府、西山区人民政府对本辖区内湖泊保护工作负总责，其主要负责人是第一责任人，"
        "分管负责人是直接责任人。",
        _TITLE,
    )
    assert holders_of_duty(graph, "是直接责任人") == {"东湖区人民政府分管负责人", "西山区人民政府分管负责人"}
    assert "分管负责人" not in names(graph)
