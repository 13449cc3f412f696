"""Organ mention boundaries of round 50: no organ name or alias spans a clause mark. A place listed
before a named place's body is a proper name of Chinese characters only (个人,市 is none); the body of
an unnamed set scoped by its lead (X人民政府Y部门和其他有关部门) is printed where the lead prints it; a
text read without the ASCII folding keeps its full-width ，； as stops.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, surfaces

_MARKS = set("，。；,;")


def _spans_no_mark(body: str, title: str) -> None:
    for organ in document(body, title).organs:
        for name in (organ.name, *organ.aliases):
            assert not _MARKS & set(name), (organ.name, organ.aliases)


def test_a_place_listed_before_a_named_body_holds_no_mark() -> None:
    text = "对护林工作成绩突出的单位和个人,市、桃源区人民政府给予奖励。"
    assert not any(_MARKS & set(s) for s in surfaces(text, "municipal"))
    _spans_no_mark("第一条 对护林工作成绩突出的单位和个人，市、桃源区人民政府给予奖励。", "某市护林条例")


def test_the_scoped_body_of_an_other_set_is_printed_where_its_lead_is() -> None:
    body = "第一条 违反本条例规定，县级以上地方人民政府及其林业主管部门和其他有关部门，不履行巡查职责的，依法给予处分。"
    _spans_no_mark(body, "某省护林条例")


def test_a_full_width_comma_ends_a_mention() -> None:
    text = "县护林办公室设在县林业局，县林业局局长兼任办公室主任。"
    assert surfaces(text, "county")[:3] == ["县护林办公室", "县林业局", "县林业局"]
