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
