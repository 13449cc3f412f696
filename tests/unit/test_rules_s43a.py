"""Round 135 (SUPERVISES recall): a sanction sentence whose later ;-part names an offender of its own and
its own imposer (X…的，由Y予以解聘；Z未履行…的，由W予以通报批评) is two sanctions, and W supervises Z.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保洁管理办法"
_SETUP = (
    "第四条 市人民政府应当加强对湖泊保洁工作的领导，区人民政府负责本辖区湖泊保洁工作，市湖泊管理中心负责日常监督。\n"
)


def test_a_later_part_with_its_own_offender_and_imposer_is_a_sanction_of_its_own() -> None:
    graph = document(
        _SETUP + "第五条 保洁员考核不合格的，由区人民政府予以解聘；市湖泊管理中心未履行监督职责的，"
        "由市人民政府予以通报批评。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市人民政府", "市湖泊管理中心") in found
    # the first part's sanction stays as it was
    assert ("区人民政府", "保洁员") in found


def test_a_later_part_with_no_offender_of_its_own_stays_with_the_first() -> None:
    graph = document(
        _SETUP + "第五条 区人民政府未按期完成保洁任务的，由市湖泊管理中心责令限期整改；情节严重的，"
        "由市人民政府予以通报批评。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert ("市湖泊管理中心", "区人民政府") in found
    assert ("市人民政府", "区人民政府") in found


def test_offenders_listed_in_comma_pieces_are_all_sanctioned() -> None:
    graph = document(
        _SETUP + "第五条 违反本办法规定，区人民政府，乡镇人民政府、街道办事处，市湖泊管理中心，有下列情形之一的，"
        "由上级主管机关或者监察机关责令改正：\n（一）未落实保洁责任的；\n（二）未按期完成整改的。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    for offender in ("区人民政府", "乡镇人民政府、街道办事处", "市湖泊管理中心"):
        assert ("上级主管机关", offender) in found
        assert ("监察机关", offender) in found


def test_a_comma_piece_that_is_no_offender_list_adds_no_one() -> None:
    graph = document(
        _SETUP + "第五条 区人民政府，对湖泊保洁中发现的问题不及时处理的，由市人民政府责令改正。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {("市人民政府", "区人民政府")}
