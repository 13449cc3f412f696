"""Organ rules of session 16 (round d): a place named by where it lies (沿海, 沿线, 流域内…) before a level
phrase qualifies the bodies of that level, a set of its own that keeps the place in its name, and the
place before a level list qualifies every body of the list.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named


def test_area_before_a_collective_keeps_the_area_in_the_name() -> None:
    graph = document(
        "第一条 沿湖县级以上地方人民政府应当统筹湖泊岸线保护。\n第二条 县级以上地方人民政府应当加强湿地监测。\n",
        "某省某湖岸线保护条例",
    )
    organ = organ_named(graph, "沿湖县级以上地方人民政府")
    assert organ.level == "provincial"
    assert holder_names(graph, 1) == {"沿湖县级以上地方人民政府"}
    assert holder_names(graph, 2) == {"县级以上地方人民政府"}  # the plain collective stays apart


def test_area_before_a_level_word_gives_that_level() -> None:
    graph = document(
        "第一条 沿江乡镇人民政府应当组织堤防巡查。\n第二条 流域内各县级人民政府应当落实水质监测。\n",
        "某市某江堤防管理条例",
    )
    assert organ_named(graph, "沿江乡镇人民政府").level == "township"
    assert organ_named(graph, "流域内各县级人民政府").level == "county"


def test_area_word_without_a_level_phrase_opens_no_area() -> None:
    graph = document("第一条 沿线交通管理部门应当保障通行。\n", "某市某路养护条例")
    assert all(not name.startswith("沿线") or name == "沿线交通管理部门" for name in holder_names(graph, 1))


def test_area_before_a_level_list_qualifies_every_item() -> None:
    graph = document("第一条 沿岸设区的市、县（市、区）人民政府应当划定岸线保护范围。\n", "某省某河岸线保护条例")
    assert holder_names(graph, 1) == {"沿岸设区的市人民政府", "沿岸县(市、区)人民政府"}
    assert organ_named(graph, "沿岸设区的市人民政府").level == "municipal"


def test_a_body_handed_a_paper_opens_after_the_verb() -> None:
    # 送交/交付/收到 take the body as their object: the paper before them names no organ, and the
    # sentence whose subject is only that paper holds no duty
    graph = document(
        "第一条 决定草案由主任会议交付常务委员会全体会议表决。\n"
        "第二条 审查报告送交市人民代表大会有关专门委员会研究。\n"
        "第三条 区人民检察院收到区人民法院的通知后，应当及时处理。\n",
        "某市人大常委会议事规则",
    )
    names = {organ.name for organ in graph.organs}
    assert not any(name.startswith(("决定草案", "审查报告", "主任会议交付")) for name in names)
    assert holder_names(graph, 2) == set()
    assert holder_names(graph, 3) == {"区人民检察院"}


def test_owners_committee_is_a_social_body() -> None:
    # 业主委员会/业主大会 are the owners' own bodies (物业 rules): regulated actors, no state committee
    graph = document(
        "第一条 业主委员会应当执行业主大会的决定。\n"
        "第二条 县人民政府住房城乡建设部门应当指导业主大会和业主委员会的工作。\n",
        "某县物业管理办法",
    )
    committee = organ_named(graph, "业主委员会")
    assert (committee.level, committee.kind) == ("social", "enterprise_society")
    assert not [r for r in graph.relations if r.type in ("SUPERVISES", "GUIDES")]  # no oversight edge to them
