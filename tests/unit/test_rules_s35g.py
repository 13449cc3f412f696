"""Round 113 (organ names and levels on unseen place names): a one-character county or city (滑县, 歙县: the
level from the printed 县/市 suffix, each named place an organ of its own, the 本级 body it reports to at its
level), never a common word before the suffix (城市, 本县, 全市, 市县), and a place word before a printed level
(当地乡镇人民政府: the level's body). Each rule on a sentence written for this file (not from the seeds, the
dev documents or the corpus)."""

from __future__ import annotations

from loaders.organs import find_mentions
from tests.unit.rules_support import document, organ_named, surfaces

_TITLE = "某某市古树名木保护条例"


def test_a_one_character_county_takes_the_level_of_its_suffix() -> None:
    graph = document(
        "第二条 某某市人民政府应当加强古树名木保护。"
        "第三条 岱县人民政府应当每年向本级人民代表大会常务委员会报告古树名木保护情况。",
        _TITLE,
    )
    assert organ_named(graph, "岱县人民政府").level == "county"
    assert organ_named(graph, "本级人民代表大会常务委员会").level == "county"


def test_two_one_character_places_stay_two_organs() -> None:
    graph = document("第二条 丙市人民政府应当编制名录。丁县人民政府应当组织普查。", "某某省古树名木保护条例")
    city, county = organ_named(graph, "丙市人民政府"), organ_named(graph, "丁县人民政府")
    assert city.id != county.id
    assert (city.level, county.level) == ("municipal", "county")


def test_a_common_word_before_the_suffix_names_no_place() -> None:
    for text in (
        "城市人民政府应当划定范围。",
        "全县人民政府应当配合。",
        "市县人民政府应当配合。",
        "本市人民政府应当配合。",
    ):
        assert not [m.named_place for m in find_mentions(text, "provincial") if m.named_place]
    assert [m.named_place for m in find_mentions("歙县人民政府应当配合。", "provincial")] == ["歙县"]


def test_a_place_word_before_a_level_names_that_level_s_body() -> None:
    assert surfaces("当地乡镇人民政府应当协助调查。", "municipal") == ["乡镇人民政府"]
    assert surfaces("当地县级人民政府应当组织救治。", "municipal") == ["县级人民政府"]
    assert surfaces("当地人民政府应当组织救治。", "municipal") == ["当地人民政府"]


def test_a_one_character_place_opens_a_clause_or_a_preposition_s_object() -> None:
    assert [m.named_place for m in find_mentions("由岱县人民政府确定并公布。", "provincial")] == ["岱县"]
    assert [m.named_place for m in find_mentions("会同水利部门和岱县人民政府划定。", "provincial")][-1] == "岱县"
    for text in ("应当持市人民政府的批准文件办理。", "自市人民政府公布之日起施行。", "请市人民政府决定。"):
        assert not [m.named_place for m in find_mentions(text, "provincial") if m.named_place]


def test_a_city_named_with_shang_is_no_consulting_verb() -> None:
    assert [(m.surface, m.level) for m in find_mentions("商洛市人民政府应当加强保护。", "provincial")] == [
        ("商洛市人民政府", "municipal")
    ]
    assert surfaces("商请市人民政府派员参加。") == ["市人民政府"]


def test_a_one_character_verb_before_a_level_s_body_is_no_part_of_its_name() -> None:
    assert surfaces("审议意见，交市人民政府研究处理。") == ["市人民政府"]
    assert surfaces("本规定自市人民政府公布之日起施行。") == ["市人民政府"]
    assert surfaces("交通运输部门应当配合。") == ["交通运输部门"]
