"""海关 clean-up (round 40): the place before a guarded name must be a real place, and words before a
central body's own name are not part of it. Sentences written for these tests."""

from __future__ import annotations

from loaders.organs import find_mentions


def test_a_verb_or_phrase_before_customs_is_no_place() -> None:
    for text, verb in (
        ("适用海关核定的税率。", "适用海关"),
        ("买卖海关印发的单证的，依法处罚。", "买卖海关"),
        ("进口环节海关代收的税款按期入库。", "进口环节海关"),
    ):
        found = find_mentions(text, "municipal")
        assert verb not in [m.surface for m in found], text
        assert [m.surface for m in found if "海关" in m.surface] == ["海关"], text


def test_a_real_place_before_customs_still_names_its_office() -> None:
    for text, office in (("某港海关负责进口肉类的查验。", "某港海关"), ("上海海关负责邮件的监管。", "上海海关")):
        found = find_mentions(text, "municipal")
        assert [(m.surface, m.level) for m in found] == [(office, "central")], text


def test_words_before_a_central_name_stay_outside_it() -> None:
    found = find_mentions("2001年5月3日海关总署印发的办法同时废止。", "provincial")
    assert [(m.surface, m.fixed_name) for m in found] == [("海关总署", "海关总署")]
    found = find_mentions("参照最高人民法院的解释办理。", "provincial")
    assert [m.surface for m in found] == ["最高人民法院"]
