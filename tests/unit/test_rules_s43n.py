"""未 is a negation inside an offence, never part of a unit's name (stem_stop_chars), except in 未成年."""

from loaders.organs import find_mentions


def surfaces(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text, "provincial")]


def test_negated_offence_names_no_unit() -> None:
    text = "违反本规定，供热企业未按规定公开收费单位名单的，由市供热主管部门责令改正。"
    found = surfaces(text)
    assert "供热企业" in found
    assert not any("未" in name for name in found)


def test_minors_committee_keeps_its_name() -> None:
    text = "县级以上人民政府未成年人保护委员会负责协调本行政区域内的未成年人保护工作。"
    assert "县级以上人民政府未成年人保护委员会" in surfaces(text)
