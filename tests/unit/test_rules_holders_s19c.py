"""Holder and duty rules (s19c), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a fine on a class of offender (，对单位处…罚款) stays in its penalty package;
the numbered fines of a penalty scale (按下列规定处罚：（一）…的，处…罚款) are duties of the package's
authority, one per item; a case with a modal of its own after a full obligation (作出决定，不予批准的应当
说明理由) opens a second duty of the same holder."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某县山林巡护管理办法") -> DocumentGraph:
    return document(body, title)


def test_fines_on_each_class_of_offender_stay_one_package() -> None:
    graph = _doc(
        "第一条 违反本办法规定砍伐护林木的，由县林业主管部门责令补种，对个人处二百元以上一千元以下罚款，"
        "对单位并处二千元以上一万元以下罚款；情节严重的，对个人处一千元罚款，对单位处五万元罚款。\n"
    )
    texts = duty_texts(graph)
    assert len(texts) == 2, texts
    assert texts[0].endswith("对单位并处二千元以上一万元以下罚款"), texts
    assert texts[1].endswith("对单位处五万元罚款"), texts
    assert all(holders_of_duty(graph, t) == {"县林业主管部门"} for t in texts)


def test_a_sanction_of_its_own_after_the_package_is_not_joined() -> None:
    graph = _doc("第一条 护林员擅自离岗的，由乡镇人民政府责令改正，对有关人员依法给予处分。\n")
    assert not [t for t in duty_texts(graph) if "责令改正" in t and "处分" in t], duty_texts(graph)


def test_each_fine_of_a_penalty_scale_is_a_duty_of_the_authority() -> None:
    graph = _doc(
        "第一条 违反本办法规定，在巡护区内从事下列活动的，由县林业主管部门责令停止违法行为，"
        "并按照下列规定处罚：\n"
        "（一）烧荒、烧灰积肥的，处五百元以上二千元以下的罚款；\n"
        "（二）护林员单位放任焚烧秸秆的，处一千元罚款；\n"
        "（三）擅自移动界桩的，处二百元罚款。\n"
    )
    texts = duty_texts(graph)
    fines = [t for t in texts if t.startswith("（")]
    assert len(fines) == 3, texts
    assert all(holders_of_duty(graph, t) == {"县林业主管部门"} for t in fines), texts
    assert not [t for t in texts if "（一）" in t and "（二）" in t], texts


def test_a_case_with_its_own_modal_opens_a_second_duty() -> None:
    graph = _doc("第一条 县林业主管部门应当在七日内作出是否同意采伐的答复，不同意的应当书面告知理由。\n")
    assert "不同意的应当书面告知理由" in duty_texts(graph), duty_texts(graph)
    assert holders_of_duty(graph, "书面告知理由") == {"县林业主管部门"}


def test_a_case_piece_then_a_modal_piece_opens_a_second_duty() -> None:
    graph = _doc("第一条 乡镇人民政府应当在五日内审核巡护申请，审核不通过的，应当退回申请人。\n")
    assert holders_of_duty(graph, "应当退回申请人") == {"乡镇人民政府"}
    assert not [t for t in duty_texts(graph) if "审核巡护申请" in t and "退回" in t], duty_texts(graph)
