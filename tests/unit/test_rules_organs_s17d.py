"""Organ and PART_OF rules of session 17 (round d), found on two documents written blind in the seeds'
genre: the 总/副总 tier of a chief's post names a post of its own (省副总林长 beside 省总林长 and 省级林长);
a leader role printed with no body after a role of a collective pair (各级党委和政府主要负责人…；分管负责人…)
is that collective's role; a title naming no place takes the place of the body issuing it on the dated
preamble line; a body named by its short form still contains its office by name (市X委 ⊂ 市X委员会办公室);
a committee with an office or a member set of its own sits in no level pair by implicit membership.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.pipeline import parse_text
from tests.unit.rules_support import document, edges, names


def test_the_tier_of_a_chief_names_a_post_of_its_own() -> None:
    graph = document(
        "第一条 省总路长由省长担任，省副总路长由分管副省长担任，省级路长由其他副省长担任。\n"
        "第二条 省副总路长协助省总路长开展工作。省级路长负责督促市级路长履行职责。\n",
        "某省路长制办法",
    )
    assert {"省总路长", "省副总路长", "省级路长"} <= names(graph)
    assert ("省副总路长", "省总路长") in edges(graph, "ASSISTS")
    assert ("省级路长", "市级路长") in edges(graph, "SUPERVISES")


def test_a_bodiless_leader_role_after_a_collective_pairs_role_is_the_collectives() -> None:
    graph = document(
        "第一条 市党委和政府统筹推进湿地保护工作。各级党委和政府主要负责人是湿地保护第一责任人；"
        "分管负责人协助主要负责人做好湿地保护工作；领导班子其他成员在分管领域内落实保护要求。\n",
        "某市湿地保护办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("各级党委和政府主要负责人", "各级党委和政府") in part_of
    bodies = {target for source, target in part_of if source.endswith(("分管负责人", "领导班子其他成员"))}
    assert bodies == {"各级党委和政府"}


def test_a_bodiless_leader_role_keeps_the_articles_body_without_a_collective() -> None:
    graph = document(
        "第一条 县人民政府主要负责人对本地区湿地保护负总责；分管负责人协助做好相关工作。\n", "某县湿地办法"
    )
    assert all("各级" not in target for _, target in edges(graph, "PART_OF"))


def test_a_title_without_a_place_takes_the_issuing_bodys_place() -> None:
    text = (
        "# 关于压实河道保洁责任的意见\n\n2021年3月 中共某某市委办公厅、某某市人民政府办公厅印发\n\n"
        "<!-- INFO END -->\n\n一、总体要求\n\n市委、市政府对全市河道保洁工作负总责，督促区县党委和政府落实责任。\n"
    )
    assert parse_text(text, "t").document.level == "municipal"


def test_a_short_named_committee_contains_its_office_by_its_full_name() -> None:
    graph = document(
        "第一条 市河道保洁委员会（以下简称市河保委）负责统筹全市河道保洁工作，督促各成员单位履行职责。"
        "市河保委成员单位按照职责分工做好相关工作。\n"
        "第二条 市河道保洁委员会办公室设在市水务局，负责市河保委日常工作。\n"
        "第三条 市委、市政府对全市河道保洁工作负总责。市水务局负责河道日常巡查。\n",
        "某某市河道保洁办法",
    )
    part_of = edges(graph, "PART_OF")
    office = next(s for s, _ in part_of if s in ("市河道保洁委员会办公室", "市河保办"))
    assert (office, "市河保委") in part_of or (office, "市河道保洁委员会") in part_of
    # a coordinating committee, no implicit membership of the city's pair; the bureau keeps its own
    committee_targets = {t for s, t in part_of if s in ("市河保委", "市河道保洁委员会")}
    assert not committee_targets & {"市委、市政府", "市人民政府"}
    assert ("市水务局", "市委、市政府") in part_of
