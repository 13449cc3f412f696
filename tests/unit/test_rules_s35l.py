"""Round 113 (residents' / villagers' committee genre, second round): the escalation part of a sanction
sentence (X…的，由Y予以纠正；必要时，由Z责令改正) acts on the same offenders; the departments printed as a
bare 职能部门 after a government and 及其, or after the comma and 其 of a sentence the governments open, are
those governments' own; the principles an organ's work stands on (X工作应当坚持…) are framework; guidance
inside a manner phrase (通过…分类指导…等方式，帮助X) reaches X. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short

_TITLE = "某某社区委员会工作办法"


def test_an_escalation_part_sanctions_the_offenders_of_the_sentence() -> None:
    graph = document(
        "第九条 社区委员会未履行本办法规定义务的，由社区会议予以纠正；必要时，由镇人民政府责令改正。",
        _TITLE,
    )
    assert ("镇人民政府", "社区委员会") in edges(graph, "SUPERVISES")
    assert {short(item.organ) for item in graph.liabilities} == {"社区委员会"}


def test_bare_functional_departments_after_jiqi_belong_to_each_listed_government() -> None:
    graph = document("第六条 市和县人民政府及其职能部门应当支持社区委员会开展服务。", _TITLE)
    assert edges(graph, "PART_OF") >= {("市人民政府职能部门", "市人民政府"), ("县人民政府职能部门", "县人民政府")}


def test_qi_after_the_comma_names_the_departments_of_the_sentence_subject() -> None:
    graph = document(
        "第六条 市和县人民政府对社区委员会的建设给予指导，其职能部门应当为社区委员会提供便利。",
        _TITLE,
    )
    holders = {short(h) for d in graph.duties if "提供便利" in d.text for h in d.holders}
    assert holders == {"市人民政府职能部门", "县人民政府职能部门"}
    assert ("县人民政府职能部门", "县人民政府") in edges(graph, "PART_OF")


def test_qi_after_an_object_that_opens_no_sentence_is_left_alone() -> None:
    graph = document("第六条 社区委员会应当听取居民意见，其职能部门应当配合。", _TITLE)
    assert not edges(graph, "PART_OF")


def test_the_principles_an_organs_work_stands_on_hold_no_duty() -> None:
    graph = document(
        "第四条 社区委员会工作应当坚持依法自治、社会参与，服务居民，形成治理合力。"
        "第五条 社区委员会应当建立接待居民的工作制度。",
        _TITLE,
    )
    assert [d.article for d in graph.duties] == [5]


def test_guidance_inside_a_manner_phrase_reaches_the_organ_helped_after_it() -> None:
    graph = document(
        "第九条 县民政部门、镇人民政府应当通过加强分类指导、开展业务培训等方式，帮助社区委员会提高服务能力。",
        _TITLE,
    )
    assert edges(graph, "GUIDES") == {("县民政部门", "社区委员会"), ("镇人民政府", "社区委员会")}


def test_a_manner_phrase_without_guidance_gives_no_edge() -> None:
    graph = document("第九条 镇人民政府应当通过开展业务培训等方式，帮助社区委员会提高服务能力。", _TITLE)
    assert not edges(graph, "GUIDES")
