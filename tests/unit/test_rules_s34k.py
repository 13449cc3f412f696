"""Round 108 (malformed organ names on unseen text): a role printed on a body whose head opens a longer
head (节水办 + 公室负责人 read inside 节水办公室负责人), and the printed phrase of an open list of examples
before a unit kind reaching back past a comma or an item's number (the view prints full-width marks as
ASCII). Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_named

_TITLE = "某某市节约用水条例"


def test_a_role_on_an_office_named_short_keeps_the_office_whole() -> None:
    graph = document(
        "第三条 区人民政府设立排水办公室（以下简称排水办），负责全区排水管理。"
        "第四条 排水办公室负责人应当每年组织一次排水设施检查。",
        _TITLE,
    )
    assert not any("公室公室" in name for name in names(graph))
    assert ("排水办公室负责人", "排水办公室") in edges(graph, "PART_OF")


def test_a_role_on_an_office_has_no_body_cut_at_ban() -> None:
    graph = document("第五条 供水办公室负责人应当公布停水安排。", _TITLE)
    assert "供水办" not in names(graph)


def test_an_open_list_before_a_unit_kind_starts_after_the_comma() -> None:
    graph = document("第六条 管网改造完成后，供水企业、燃气企业等经营单位应当组织验收。", _TITLE)
    aliases = organ_named(graph, "经营单位").aliases
    assert "供水企业、燃气企业等经营单位" in aliases
    assert not any("," in a or "，" in a for a in aliases)


def test_a_joiner_after_the_comma_is_no_part_of_the_open_list() -> None:
    graph = document("第七条 市人民政府应当宣传节约用水，以及电台、报纸、网站等媒体应当刊播节水公益广告。", _TITLE)
    aliases = organ_named(graph, "媒体").aliases
    assert "电台、报纸、网站等媒体" in aliases
    assert not any(a.startswith("以及") for a in aliases)
