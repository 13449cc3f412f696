"""Round 134 (the township pair of a 直辖市): a township government and the street office printed joined
(乡、镇人民政府和街道办事处) give the one township body the joint phrase as a printed form, the name the dev
annotations give the pair; where the joint is printed more often than the government alone it is the body's
name. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, organ_id, organ_named

_TITLE = "某某市社区养老服务条例"


def test_the_joined_township_and_street_office_carry_the_joint_form() -> None:
    mentions = find_mentions("乡、镇人民政府和街道办事处应当做好本辖区养老服务设施的日常巡查。", "provincial")
    assert [m.surface for m in mentions[:2]] == ["乡、镇人民政府", "街道办事处"]
    assert {m.joint for m in mentions[:2]} == {"乡、镇人民政府和街道办事处"}


def test_the_one_township_body_is_known_by_the_joint_form() -> None:
    graph = document(
        "第五条 乡、镇人民政府和街道办事处应当做好本辖区养老服务设施的日常巡查。\n"
        "第六条 乡、镇人民政府和街道办事处应当建立老年人走访制度。",
        _TITLE,
    )
    township = [o for o in graph.organs if o.level == "township"]
    assert len(township) == 1
    assert organ_id(graph, "乡、镇人民政府和街道办事处") == organ_id(graph, "街道办事处") == township[0].id


def test_a_government_of_another_level_joined_to_the_street_office_is_no_joint() -> None:
    mentions = find_mentions("区人民政府和街道办事处应当做好养老服务设施的日常巡查。", "provincial")
    assert all(not m.joint for m in mentions)


def test_the_joint_printed_more_than_the_government_alone_names_the_body() -> None:
    graph = document(
        "第五条 乡、镇人民政府和街道办事处应当做好本辖区养老服务设施的日常巡查。\n"
        "第六条 乡、镇人民政府和街道办事处应当建立老年人走访制度。\n"
        "第七条 乡、镇人民政府应当统筹农村养老服务站点建设。",
        _TITLE,
    )
    assert organ_named(graph, "乡、镇人民政府和街道办事处").level == "township"


def test_the_government_printed_alone_more_keeps_its_own_name() -> None:
    graph = document(
        "第五条 乡、镇人民政府和街道办事处应当做好本辖区养老服务设施的日常巡查。\n"
        "第六条 乡、镇人民政府应当建立老年人走访制度。\n"
        "第七条 乡、镇人民政府应当统筹农村养老服务站点建设。",
        _TITLE,
    )
    assert organ_named(graph, "乡、镇人民政府").level == "township"
