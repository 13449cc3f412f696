"""Clause segmentation rules from the duties-precision misses of the dev set: a purpose phrase and
the procedural tail of a chain join the duty before them, a topic piece joins the modal piece after
it, and the lead-ins of numbered lists (duty lists and content lists). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names


def _doc(body: str, title: str = "某市湿地保护条例") -> DocumentGraph:
    return document(body, title)


def _texts(graph: DocumentGraph, article: int) -> list[str]:
    return [d.text for d in graph.duties if d.article == article]


def test_purpose_phrase_joins_the_duty_before_it() -> None:
    graph = _doc("第一条 县级以上人民政府林业主管部门应当组织开展湿地科普活动，增强市民的湿地保护意识。\n")
    assert _texts(graph, 1) == ["县级以上人民政府林业主管部门应当组织开展湿地科普活动，增强市民的湿地保护意识"]


def test_guarantee_words_stay_duties_of_their_own() -> None:
    # 保障…经费 is an obligation of its own in the gold, not a purpose phrase
    graph = _doc("第一条 县级人民政府应当加强湿地巡护队伍建设，保障巡护工作经费。\n")
    assert len(_texts(graph, 1)) == 2


def test_procedural_tail_joins_the_chain() -> None:
    graph = _doc("第一条 市林业主管部门应当编制湿地名录，报市人民政府批准后公布。\n")
    texts = _texts(graph, 1)
    assert texts == ["市林业主管部门应当编制湿地名录，报市人民政府批准后公布"]
    # the tail's relation is still read
    assert any(r.type == "REPORTS_TO" for r in graph.relations)


def test_topic_piece_joins_the_modal_piece_after_it() -> None:
    graph = _doc("第一条 区人民政府接到湿地受损的举报，应当及时组织核查，并将核查结果告知举报人。\n")
    texts = _texts(graph, 1)
    assert texts[0] == "区人民政府接到湿地受损的举报，应当及时组织核查"
    assert len(texts) == 2


def test_yao_after_a_piece_opens_a_new_obligation() -> None:
    graph = _doc("第一条 区人民政府统筹湿地保护工作，要建立湿地保护联席会议制度。\n")
    assert len(_texts(graph, 1)) == 2


def test_duty_list_lead_is_no_duty_but_its_items_are() -> None:
    graph = _doc(
        "第一条 市林业主管部门湿地保护职责主要包括：\n（一）编制湿地保护规划；\n（二）组织湿地监测。\n"
        "第二条 区人民政府对本区湿地保护负总责，履行下列职责：\n（一）落实湿地保护经费；\n（二）查处破坏湿地行为。\n"
    )
    assert _texts(graph, 1) == ["（一）编制湿地保护规划", "（二）组织湿地监测"]
    texts = _texts(graph, 2)
    assert texts[0] == "区人民政府对本区湿地保护负总责，履行下列职责："
    assert len(texts) == 3


def test_content_list_lead_and_items_are_no_duties() -> None:
    graph = _doc(
        "第一条 市林业主管部门应当编制湿地保护规划。湿地保护规划应当包括下列内容：\n"
        "（一）湿地资源状况；\n（二）保护目标。\n"
    )
    assert _texts(graph, 1) == ["市林业主管部门应当编制湿地保护规划"]
    # the lead after an organ's duty: the duty stays, the content lead and its items do not
    graph = _doc("第一条 市林业主管部门每年发布湿地状况公报，包括下列事项：\n（一）湿地面积；\n（二）水质状况。\n")
    assert _texts(graph, 1) == ["市林业主管部门每年发布湿地状况公报"]


def test_defined_activity_is_held_by_the_body_that_performs_it() -> None:
    graph = _doc(
        "第一条 本条例所称湿地巡查，是指县级以上人民政府林业主管部门对湿地保护情况开展的监督检查。\n"
        "第二条 开展湿地巡查工作应当制定巡查计划。湿地巡查可以采取暗访方式。\n"
    )
    assert holder_names(graph, 2) == {"县级以上人民政府林业主管部门"}
    assert len(_texts(graph, 2)) == 2


def test_a_defined_thing_gives_no_holder() -> None:
    graph = _doc("第一条 本条例所称湿地公园，是指县级以上人民政府批准设立的保护区域。\n第二条 湿地公园应当设置界标。\n")
    assert holder_names(graph, 2) == set()


def test_sanction_with_no_sanctioning_body_is_no_duty() -> None:
    graph = _doc(
        "第一条 违反本条例规定，擅自占用湿地的，由市林业主管部门责令限期恢复，处一万元以下罚款；"
        "构成犯罪的，依法追究刑事责任。\n"
    )
    assert _texts(graph, 1) == ["擅自占用湿地的，由市林业主管部门责令限期恢复，处一万元以下罚款"]


def test_the_last_duty_activity_as_subject_keeps_its_holder() -> None:
    graph = _doc(
        "第一条 市林业主管部门应当每年对湿地保护成效开展评估。评估结果应当作为安排保护资金的依据。\n"
        "第二条 区人民政府应当加强湿地巡护。巡护记录应当保存三年。\n"
    )
    assert _texts(graph, 1)[-1] == "评估结果应当作为安排保护资金的依据"
    assert holder_names(graph, 1) == {"市林业主管部门"}
    # a thing that no duty of the article performs stays a norm: no duty
    assert _texts(graph, 2) == ["区人民政府应当加强湿地巡护"]


def test_paired_pieces_are_one_duty() -> None:
    graph = _doc(
        "第一条 市林业主管部门是本市湿地保护的主管部门，负责全市湿地的监督管理。\n"
        "第二条 区人民政府每半年至少召开一次湿地保护工作会议，研究解决湿地保护重大问题。\n"
        "第三条 市湿地保护委员会在市人民政府领导下，负责统筹协调全市湿地保护工作。\n"
    )
    assert len(_texts(graph, 1)) == 1
    assert len(_texts(graph, 2)) == 1
    assert len(_texts(graph, 3)) == 1
