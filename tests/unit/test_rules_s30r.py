"""Round 98 (autonomous-region river/lake-chief texts): a member list after 成员单位包括 is a composition,
also past a comma (…，C、D等单位); the 新疆生产建设兵团 is a province-level body beside the region's own
chain; a basin authority named by its river (X河流域管理局) is a body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holder_names, names

_TITLE = "某自治区全面推行林长制实施办法"


def test_members_listed_after_including_hold_no_duty() -> None:
    graph = document(
        "第一条 自治区林长制成员单位包括自治区党委宣传部，自治区财政厅、公安厅、应急管理厅等单位。"
        "各成员单位按照职责分工做好林长制相关工作。",
        _TITLE,
    )
    assert holder_names(graph, 1) == {"自治区林长制成员单位"}
    assert not any("财政厅" in text for text in duty_texts(graph))
    assert "自治区应急管理厅" not in names(graph)


def test_a_member_list_keeps_a_modal_duty() -> None:
    graph = document("第一条 盟林长制成员单位包括盟林业和草原局等部门，应当按照职责做好林长制工作。", _TITLE)
    assert any("按照职责做好林长制工作" in text for text in duty_texts(graph))


def test_the_production_and_construction_corps_is_a_body_outside_the_region() -> None:
    graph = document("第一条 新疆生产建设兵团应当建立林长制工作机制。", _TITLE)
    assert holder_names(graph, 1) == {"新疆生产建设兵团"}
    assert not any(source == "新疆生产建设兵团" for source, _ in edges(graph, "PART_OF"))


def test_a_basin_authority_named_by_its_river() -> None:
    graph = document("第一条 额敏河流域管理局在自治区水利厅指导下，负责流域水量调度。", _TITLE)
    assert holder_names(graph, 1) == {"额敏河流域管理局"}
    assert ("自治区水利厅", "额敏河流域管理局") in edges(graph, "GUIDES")
