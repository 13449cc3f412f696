"""Round 140 (liabilities: who is named to be sanctioned). Each rule on a sentence written for this file (not
from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, short

_TITLE = "某某市民间文艺保护条例"


def _liable(body: str) -> set[tuple[int, str]]:
    graph = document(body, _TITLE, "法律责任")
    return {(li.article, short(li.organ)) for li in graph.liabilities}


def test_staff_printed_on_a_named_body_are_liable_through_it() -> None:
    # C工作人员…的，依法给予处分 (no 及其, no 的): the staff are sanctioned through C, an organ of the document
    liable = _liable(
        "第三条 文化行政部门负责本市民间文艺保护工作。\n"
        "第九条 文化行政部门工作人员在民间文艺保护工作中玩忽职守的，依法给予处分。"
    )
    assert liable == {(9, "文化行政部门")}


def test_staff_of_a_body_the_document_never_names_stay_a_role() -> None:
    # 国家机关工作人员: no organ of the document is printed 国家机关, so the staff role itself is liable
    liable = _liable("第九条 国家机关工作人员在民间文艺保护工作中滥用职权的，依法给予处分。")
    assert liable == {(9, "国家机关工作人员")}


def test_staff_listed_after_the_first_offender_are_liable_through_their_body() -> None:
    # X和Y工作人员有下列行为之一的: Y's staff offend beside X, so Y is liable too (a role listed after X,
    # X及其主要负责人, still is not)
    liable = _liable(
        "第三条 文化行政部门负责本市民间文艺保护工作。\n"
        "第九条 督学和文化行政部门工作人员有下列行为之一的，由任免机关依法给予处分：\n"
        "（一）隐瞒保护名录变动情况的；\n（二）不依法查处破坏行为的。"
    )
    assert liable == {(9, "督学"), (9, "文化行政部门")}


def test_a_head_listed_after_its_body_is_no_liability_of_its_own() -> None:
    # X及其主要负责人有下列行为之一的: the head is X's staff, recorded through X
    liable = _liable(
        "第三条 文化行政部门负责本市民间文艺保护工作。\n"
        "第九条 文化行政部门及其主要负责人有下列行为之一的，依法给予处分：\n"
        "（一）隐瞒保护名录变动情况的；\n（二）不依法查处破坏行为的。"
    )
    assert liable == {(9, "文化行政部门")}
