"""Round 113 (street genre: the district's departments as one collective): 区人民政府有关部门 printed under the
district government beside 区人民政府职能部门 / 工作部门 is that one collective, so are 区人民政府相关职能部门 and a
工作部门 beside the 职能 set; a 有关部门 printed after the bare level word (区有关部门) or a county's 有关部门 stays a
set of its own. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, organ_id

_TITLE = "某市街道办事处工作规定"


def test_the_district_governments_related_departments_are_its_functional_departments() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。"
        "第三条 街道办事处可以向区人民政府有关部门提出意见。"
        "第四条 街道办事处应当协助区人民政府及其有关部门做好社区服务。",
        _TITLE,
    )
    assert organ_id(graph, "区人民政府有关部门") == organ_id(graph, "区人民政府职能部门")
    assert organ_id(graph, "区人民政府及其有关部门") == organ_id(graph, "区人民政府职能部门")


def test_the_district_governments_relevant_functional_departments_are_the_same_set() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。第三条 区人民政府相关职能部门应当及时办理转交的事项。",
        _TITLE,
    )
    assert organ_id(graph, "区人民政府相关职能部门") == organ_id(graph, "区人民政府职能部门")


def test_working_departments_beside_functional_departments_are_one_set() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。"
        "第三条 区人民政府工作部门应当及时办理街道办事处反映的事项。",
        _TITLE,
    )
    assert organ_id(graph, "区人民政府工作部门") == organ_id(graph, "区人民政府职能部门")


def test_a_related_set_printed_after_the_bare_level_word_stays_apart() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。第三条 区有关部门应当配合街道办事处做好社区服务。",
        _TITLE,
    )
    assert organ_id(graph, "区有关部门") != organ_id(graph, "区人民政府职能部门")


def test_a_countys_related_departments_stay_apart_from_its_working_departments() -> None:
    graph = document(
        "第二条 县（市、区）人民政府工作部门应当支持乡镇人民政府开展工作。"
        "第三条 县（市、区）人民政府及其有关部门和乡镇人民政府应当做好农村道路养护。",
        "某省乡镇人民政府工作规定",
    )
    assert organ_id(graph, "县（市、区）人民政府及其有关部门") != organ_id(graph, "县（市、区）人民政府工作部门")


def test_the_levels_printed_with_ji_are_the_levels_set() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。第三条 区级部门应当及时办理街道办事处反映的事项。",
        _TITLE,
    )
    assert organ_id(graph, "区级部门") == organ_id(graph, "区人民政府职能部门")


def test_a_levels_related_functional_departments_are_that_levels_set() -> None:
    graph = document(
        "第二条 市、区人民政府职能部门应当支持街道办事处开展工作。"
        "第三条 市、区有关职能部门未按照规定处置案件的，由上级主管部门责令改正。",
        _TITLE,
    )
    assert organ_id(graph, "区有关职能部门") == organ_id(graph, "区人民政府职能部门")


def test_bare_functional_departments_are_the_districts_set() -> None:
    graph = document(
        "第二条 区人民政府职能部门应当支持街道办事处开展工作。"
        "第三条 街道办事处发现的问题属于职能部门职责的，应当及时移交。",
        _TITLE,
    )
    assert organ_id(graph, "职能部门") == organ_id(graph, "区人民政府职能部门")


def test_bare_working_departments_beside_a_pairs_departments_stay_apart() -> None:
    graph = document(
        "第二条 区委、区政府工作部门应当履行安全生产职责。第三条 区委各工作部门应当督促工作部门落实安全生产责任。",
        "某区党政领导干部安全生产责任制实施细则",
    )
    assert organ_id(graph, "工作部门") != organ_id(graph, "区委、区政府工作部门")
