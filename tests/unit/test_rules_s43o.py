"""Round 136 (trades sharing one unit head): 供热、燃气企业 names two units, 供热企业 and 燃气企业, while a list
of activities (药品生产、批发企业) stays one kind of unit; a trade unit's untargeted 予以配合 helps the holders of
the article's duty that names its trade. Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names

_TITLE = "某某市城镇供热条例"


def test_trades_before_one_unit_head_are_units_of_their_own() -> None:
    graph = document("第六条 供热、燃气企业应当每年检修管网设施。", _TITLE)
    assert holder_names(graph, 6) == {"供热企业", "燃气企业"}


def test_activities_before_one_unit_head_stay_one_kind() -> None:
    graph = document("第六条 种子生产、经营企业应当建立购销台账。", _TITLE)
    assert holder_names(graph, 6) == {"种子生产、经营企业"}


def test_trade_units_help_the_body_whose_work_names_their_trade() -> None:
    graph = document(
        "第七条 市人民政府应当统筹安排老旧小区供热、燃气管网改造。"
        "住房城乡建设部门应当将改造项目列入本部门年度计划，供热、燃气企业应当予以配合。",
        _TITLE,
    )
    found = edges(graph, "ASSISTS")
    assert ("供热企业", "市人民政府") in found
    assert ("燃气企业", "市人民政府") in found
    assert ("供热企业", "市住房城乡建设部门") not in found


def test_trade_units_help_the_acting_body_where_no_work_names_their_trade() -> None:
    graph = document(
        "第七条 市住房城乡建设部门应当对管网改造进行监督检查，供热、燃气企业应当予以配合。",
        _TITLE,
    )
    found = edges(graph, "ASSISTS")
    assert ("供热企业", "市住房城乡建设部门") in found
