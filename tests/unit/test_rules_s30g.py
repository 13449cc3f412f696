"""Chief-system rules of round 98 (直辖市 责任制 with a chief regime the lexicon does not list): the
relative and grid posts of an unlisted X长 read as those of 河长 are. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某市山长制工作规定"


def test_relative_chief_posts_of_an_unlisted_regime_are_organs() -> None:
    assert surfaces("上级山长应当定期检查下一级山长的工作。", "municipal") == ["上级山长", "下一级山长"]


def test_grid_chief_of_an_unlisted_regime_is_an_organ() -> None:
    assert surfaces("网格山长每周巡山一次，并向村级山长报告。", "municipal") == ["网格山长", "村级山长"]


def test_relative_and_grid_posts_hold_duties_and_relations() -> None:
    body = (
        "第三条 本市设立市、区、镇、村四级山长，村以下设网格山长。\n"
        "第四条 上级山长负责督促检查下级山长的履职情况。\n"
        "第五条 网格山长负责网格内山林的日常巡护，发现问题及时向村级山长报告。\n"
    )
    graph = document(body, _TITLE)
    assert {"上级山长", "下级山长", "网格山长"} <= names(graph)
    assert holders_of_duty(graph, "日常巡护") == {"网格山长"}
    assert ("上级山长", "下级山长") in edges(graph, "SUPERVISES")
    assert ("网格山长", "村级山长") in edges(graph, "REPORTS_TO")


def test_higher_rank_word_is_no_chief_post() -> None:
    assert "上级首长" not in surfaces("上级首长应当每年安排休假。", "municipal")


def test_bracketed_level_word_prefixes_a_function_list() -> None:
    body = "第三条 县（市、区）民政、交通运输、文化旅游等部门按照各自职责做好山林保护工作。"
    graph = document(body, _TITLE)
    assert {"县（市、区）民政部门", "县（市、区）交通运输部门", "县（市、区）文化旅游部门"} <= {
        name.replace("(", "（").replace(")", "）") for name in names(graph)
    }


def test_bracketed_level_word_before_a_government_keeps_its_owner() -> None:
    body = "第三条 县（区）人民政府民政、交通运输等部门做好山林保护工作。"
    assert "县（区）人民政府民政部门" in names(document(body, _TITLE))


def test_bare_tier_of_an_unlisted_chief_is_a_post_filled() -> None:
    body = "第三条 市级设立总山长，由市长担任；设立副总山长，由市政府分管负责同志担任。"
    graph = document(body, _TITLE)
    assert not any("分管负责" in name for name in names(graph))
    assert "设立副总山长" in {d.text for d in graph.duties}


def test_duration_word_is_no_bare_tier_chief() -> None:
    assert not any("总时长" in s for s in surfaces("每日办理的总时长不超过八小时。", "municipal"))
