"""Round 92 (所在地 before a level list): 所在地 refers back and names no place of its own, so a
设区的市 printed right after it is the level word whole, and the place phrase still opens the clause
of the listed governments (after a condition too); a named place before it is one printed form of
the departments listed after its government. Also: an article opening on a principle (实行…的原则。)
still holds the duties of the paragraphs after it."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names, organ_named, surfaces


def test_city_level_word_after_the_place_word_is_printed_whole() -> None:
    text = "第五条 水库所在地设区的市、县人民政府应当编制保护规划。"
    assert surfaces(text)[0] == "水库所在地设区的市"


def test_listed_governments_after_a_condition_hold_the_duty() -> None:
    graph = document(
        "第五条 检查不合格的，所在地的设区的市、县（市、区）人民政府应当责令整改，并公布整改结果。",
        "某省水库安全管理条例",
    )
    assert holder_names(graph, 5) == {"设区的市人民政府", "县（市、区）人民政府"}


def test_other_place_before_the_level_word_still_ends_the_qualifier() -> None:
    """受水区设区的市、县: a place of its own before 设区的, so the level word is 市 (unchanged)."""
    assert "设区的市" not in surfaces("第五条 受水区设区的市、县人民政府应当节约用水。")


def test_listed_departments_keep_the_place_of_their_government_as_a_printed_form() -> None:
    """省、水库所在地县级人民政府X、Y等部门: each county department is also printed with the place
    (水库所在地县级人民政府X部门); its name stays the level's own."""
    graph = document(
        "第六条 省、水库所在地县级人民政府水利、林业等部门应当按照各自职责做好保护工作。",
        "某某省水库保护条例",
    )
    county = organ_named(graph, "县级人民政府林业部门")
    assert "水库所在地县级人民政府林业部门" in county.aliases
    assert not any("水库" in alias for alias in organ_named(graph, "省人民政府林业部门").aliases)


def test_bare_place_word_gives_no_placed_form() -> None:
    """所在地 alone refers back and names no place: no extra printed form."""
    graph = document("第六条 由所在地县级人民政府水利、林业等部门责令改正。", "某省水库保护条例")
    assert not any(a.startswith("所在地县级人民政府林业") for a in organ_named(graph, "县级人民政府林业部门").aliases)


def test_paragraphs_after_a_principle_sentence_hold_their_duties() -> None:
    """X实行…的原则。 then a paragraph of its own: the principle is framework, the paragraph is not."""
    graph = document(
        "第七条 水库管理实行统一管理与分级负责相结合的原则。\n\n小型水库由所在乡（镇）人民政府负责日常管理。",
        "某省水库保护条例",
    )
    assert duty_texts(graph) == ["小型水库由所在乡（镇）人民政府负责日常管理"]


def test_a_principle_article_alone_still_holds_no_duty() -> None:
    graph = document("第七条 水库管理实行统一管理与分级负责相结合的原则。", "某省水库保护条例")
    assert duty_texts(graph) == []
