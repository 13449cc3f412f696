"""Round 133 (where a PART_OF stands): an organ with no duty is first named where its body prints it as its own
part, also when the parts are joined by 和 (X及其A和Y), not only by 、 (genre rule 8, first mention). Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from loaders.pipeline import _tie_prints
from tests.unit.rules_support import document, short

_TITLE = "某某县农田灌溉管理办法"


def test_a_part_joined_by_he_after_its_body_is_tied() -> None:
    assert _tie_prints("县级以上人民政府有关部门", "县级以上人民政府及其水利机构和有关部门应当保障灌溉用水")
    assert _tie_prints("县级以上人民政府有关部门", "县级以上人民政府及其水利机构、有关部门应当保障灌溉用水")


def test_a_part_of_another_body_is_not_tied() -> None:
    assert not _tie_prints("县级以上人民政府有关部门", "县级以上人民政府和有关部门应当保障灌溉用水")


def test_the_part_of_stands_at_the_tie_with_he() -> None:
    graph = document(
        "第二条 本办法适用于县级以上人民政府及其水利机构和有关部门的灌溉管理活动。\n"
        "第三条 县级以上人民政府应当加强灌溉管理。\n"
        "第四条 县级以上人民政府应当对县级以上人民政府有关部门落实灌溉规划的情况进行考核。",
        _TITLE,
    )
    part_of = {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}
    assert part_of.get(("县级以上人民政府有关部门", "县级以上人民政府")) == 2
