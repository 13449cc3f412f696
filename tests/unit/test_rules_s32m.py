"""Round 103 (the township pair across documents): a set word before the fixed pair (相关街道办事处、乡镇人民政府,
有关乡镇人民政府、街道办事处) keeps the one pair; a role printed over one half (乡镇长, 街道办事处主任,
乡镇主要负责人) sits in that half where the document prints the half on its own as an actor, in the pair where
it prints only the pair; 本级Y after a violator list spanning levels (市、县X…的，由本级人民政府…) is each
level's own Y, and sanctions that level's X only. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市市容环境卫生管理条例"


def test_a_set_word_before_the_pair_keeps_the_one_pair() -> None:
    graph = document(
        "第五条 相关街道办事处、乡镇人民政府应当组织清扫保洁。\n"
        "第六条 有关乡镇人民政府、街道办事处负责垃圾分类的宣传。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织清扫保洁") == {"街道办事处、乡镇人民政府"}
    assert "乡镇人民政府" not in names(graph)


def test_a_role_over_a_half_acting_alone_sits_in_that_half() -> None:
    graph = document(
        "第五条 街道办事处、乡镇人民政府负责本辖区市容管理。\n"
        "第六条 乡镇人民政府应当设置公共厕所。街道办事处应当组织背街小巷整治。\n"
        "第七条 街道办事处主任、乡镇长对本辖区市容管理工作负总责。\n"
        "第八条 区城市管理部门应当约谈乡镇主要负责人。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("街道办事处主任", "街道办事处") in part_of
    assert ("乡镇长", "乡镇人民政府") in part_of
    assert {target for source, target in part_of if source.endswith("主要负责人")} == {"乡镇人民政府"}
    assert ("乡镇长", "街道办事处、乡镇人民政府") not in part_of


def test_a_role_over_a_half_sits_in_the_pair_where_only_the_pair_acts() -> None:
    graph = document(
        "第五条 街道办事处、乡镇人民政府负责本辖区市容管理。\n"
        "第六条 街道办事处主任、乡镇长对本辖区市容管理工作负总责。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("街道办事处主任", "街道办事处、乡镇人民政府") in part_of
    assert ("乡镇长", "街道办事处、乡镇人民政府") in part_of


def test_a_role_over_both_township_words_sits_in_the_pair() -> None:
    graph = document(
        "第五条 乡镇人民政府、街道办事处负责本辖区市容管理。\n"
        "第六条 乡镇人民政府应当设置公共厕所。街道办事处应当组织背街小巷整治。\n"
        "第七条 乡镇、街道领导班子成员对分管领域的市容工作负领导责任。",
        _TITLE,
    )
    members = {target for source, target in edges(graph, "PART_OF") if source.endswith("领导班子成员")}
    assert members == {"乡镇人民政府、街道办事处"}


def test_a_same_level_agent_after_a_level_list_sanctions_its_own_level_only() -> None:
    graph = document(
        "第三条 市人民政府、县人民政府负责本行政区域的市容管理。\n"
        "第二十条 市、县城市管理部门未按规定履行巡查职责的，由本级人民政府责令改正，予以通报批评。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市城市管理部门") in supervises
    assert ("县人民政府", "县城市管理部门") in supervises
    assert ("市人民政府", "县城市管理部门") not in supervises
    assert ("县人民政府", "市城市管理部门") not in supervises


def test_a_set_spanning_levels_still_sanctions_every_listed_body() -> None:
    graph = document(
        "第三条 县级以上人民政府负责本行政区域的市容管理。\n"
        "第二十条 城市管理、住房城乡建设等部门未按规定履行职责的，由本级人民政府责令改正。",
        _TITLE,
    )
    sources = {source for source, _ in edges(graph, "SUPERVISES")}
    targets = {target for _, target in edges(graph, "SUPERVISES")}
    assert len(sources) == 1
    assert len(targets) == 2
