"""A State Council or NPC enactment line in the preamble makes a placeless title a national text,
however many provinces its articles name (sentences written for this test)."""

from __future__ import annotations

from loaders.pipeline import parse_text

_BODY = (
    "第一条 为了加强某江流域管理，制定本条例。\n\n"
    "第二条 江西省、湖南省、重庆市人民政府水行政主管部门按照职责分工，负责本行政区域内的管理工作。\n"
)


def _markdown(preamble: str) -> str:
    return f"# 某江流域管理条例\n\n{preamble}\n\n<!-- INFO END -->\n\n{_BODY}"


def test_state_council_order_makes_a_national_text() -> None:
    graph = parse_text(_markdown("2010年1月1日 中华人民共和国国务院令第999号公布"), "t")
    assert graph.document.level == "central"


def test_npc_standing_committee_passing_makes_a_national_text() -> None:
    graph = parse_text(_markdown("2010年1月1日第十一届全国人民代表大会常务委员会第九次会议通过"), "t")
    assert graph.document.level == "central"


def test_a_provincial_congress_passing_keeps_the_named_province() -> None:
    graph = parse_text(_markdown("2010年1月1日江西省第十一届人民代表大会常务委员会第九次会议通过"), "t")
    assert graph.document.level != "central"
