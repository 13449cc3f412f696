"""Round 93 (offender liabilities): the bodies opening an offender sentence (X及其工作人员在…工作中滥用
职权、玩忽职守的，…给予处分) are liable, whether or not a sanctioning body is named, and hold no duty there."""

from __future__ import annotations

from tests.unit.rules_support import document, names, short

HEAD = "第一条 本办法适用于本市绿道的建设和管护。\n\n第二条 市园林局负责绿道的管护工作。\n\n第三条 "


def _liable(sentence: str) -> tuple[set[str], set[str], list[str]]:
    graph = document(HEAD + sentence + "\n", "某市绿道管护办法")
    liable = {short(li.organ) for li in graph.liabilities if li.article == 3}
    return liable, names(graph), [d.text for d in graph.duties if d.article == 3]


def test_offender_in_work_piece_is_liable_and_an_organ() -> None:
    liable, organs, duties = _liable("区城管局在绿道巡查工作中玩忽职守、滥用职权的，依法给予处分。")
    assert liable == {"区城管局"}
    assert "区城管局" in organs
    assert duties == []


def test_offender_with_staff_suffix_and_named_sanctioner() -> None:
    liable, _, _ = _liable(
        "区城管局及其工作人员违反本办法规定，徇私舞弊、玩忽职守的，由有权机关对直接负责的主管人员依法给予处分。"
    )
    assert "区城管局" in liable


def test_listed_offenders_sharing_the_offence_are_all_liable() -> None:
    liable, _, _ = _liable("各级人民政府和区城管局的工作人员在绿道管护中收受贿赂、滥用职权的，依法给予处分。")
    assert {"各级人民政府", "区城管局"} <= liable


def test_body_not_opening_an_offence_is_not_liable() -> None:
    """区城管局应当…；…的: the lead's own duty sentence names no offence after its subject."""
    liable, _, duties = _liable("区城管局应当公布巡查结果，对滥用职权的，依法给予处分。")
    assert "区城管局" not in liable
    assert duties
