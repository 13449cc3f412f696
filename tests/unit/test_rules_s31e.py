"""Rules of round 100 from the central 督导办法 genre (a short form printed after 国务院, a function name
holding 和, 组建 before the team it forms). Every sentence is written for the test: none comes from the
seeds, the development set or the corpus."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holder_names, names, organ_id, short, surfaces


def _doc(body: str, title: str = "湿地保护督查办法") -> DocumentGraph:
    return document(body, title, chapter="总则")


def test_short_office_name_after_state_council_is_the_office() -> None:
    graph = _doc(
        "第一条 国务院湿地保护委员会办公室（以下简称国务院湿保办）负责督查的日常工作。\n"
        "第二条 国务院湿保办应当每年拟订督查计划。\n"
    )
    assert holder_names(graph, 2) == {short(organ_id(graph, "国务院湿保办"))}
    assert organ_id(graph, "国务院湿保办") == organ_id(graph, "国务院湿地保护委员会办公室")
    assert "国务院" not in names(graph)


def test_short_office_name_needs_its_prefix() -> None:
    assert surfaces("湿保办应当拟订计划", "central") == []


def test_grain_and_reserves_is_one_function() -> None:
    found = surfaces("县级以上地方人民政府水利、粮食和储备等部门按照职责配合督查", "central")
    assert not any(s.endswith("粮食") for s in found)
    assert surfaces("交通运输部、国家粮食和物资储备局等部门应当配合", "central")[1] == "国家粮食和物资储备局"


def test_forming_verb_ends_the_body_before_the_team() -> None:
    graph = _doc("第一条 水利部应当会同国务院有关部门组建督查组，开展专项督查。\n", "河湖管理督查办法")
    assert not any("组建" in name for name in names(graph))


def test_districted_city_level_word_opens_a_level_list() -> None:
    graph = _doc("第一条 设区的市级、县级人民政府湿地保护委员会对本级有关部门开展督查。\n")
    assert holder_names(graph, 1) == {"设区的市级人民政府湿地保护委员会", "县级人民政府湿地保护委员会"}


def test_assisted_party_is_no_object_of_the_opened_oversight() -> None:
    graph = _doc(
        "第一条 水利部、自然资源部等部门按照职责分工对本系统湿地保护工作开展行业督查，"
        "并协助国务院湿保办开展综合督查。\n"
    )
    assert edges(graph, "ASSISTS") == {("水利部", "国务院湿保办"), ("自然资源部", "国务院湿保办")}
    assert not edges(graph, "SUPERVISES")
