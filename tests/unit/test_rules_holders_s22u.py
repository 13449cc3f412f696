"""Duty segmentation rules (s22u, round 37), each on a sentence written for this file (not from the
seeds, the dev documents or the corpus): the items of a duty list printed inline after its lead
(…：（一）…；（二）…) are the lead's holder's duties; a sentence-final aim piece (，确保… / ，提升…)
joins the duty before it, but not one naming a resource or need (确保…经费); a comma piece opening
with 以及/或者/用于 continues the duty before it; the act after an approval piece (报经…批准，责令…)
joins it, as does the sanction after a fronted object piece (对…人员，依法给予处分); and a numbered
item that only names the rest of its list (（三）其他…措施) is no duty."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty


def _doc(body: str, title: str = "某市公园绿地管理条例") -> DocumentGraph:
    return document(body, title)


def test_inline_items_after_lead_are_duties() -> None:
    graph = _doc(
        "第一条 市园林局履行下列职责：（一）编制公园建设规划；（二）组织公园绿化养护考评；"
        "（三）将公园管护经费列入预算，加强游园安全巡查。\n"
    )
    texts = duty_texts(graph)
    assert any("组织公园绿化养护考评" in t for t in texts), texts
    assert any("将公园管护经费列入预算" in t for t in texts), texts
    assert any(t.startswith("加强游园安全巡查") for t in texts), texts
    assert holders_of_duty(graph, "养护考评") == {"市园林局"}


def test_sentence_final_aim_joins_the_duty() -> None:
    graph = _doc(
        "第一条 市园林局应当定期检修园内游乐设施，确保游客有序入园。区人民政府应当完善导览标识，提升游园体验。\n"
    )
    texts = duty_texts(graph)
    assert texts == [
        "市园林局应当定期检修园内游乐设施，确保游客有序入园",
        "区人民政府应当完善导览标识，提升游园体验",
    ], texts


def test_aim_in_mid_sentence_or_naming_a_need_stays_apart() -> None:
    graph = _doc(
        "第一条 区人民政府应当设立公园养护专门岗位，确保养护经费与养护任务相适应。"
        "市园林局应当开展绿地普查，提升绿地品质，建立绿地档案。\n"
    )
    texts = duty_texts(graph)
    assert any(t.startswith("确保养护经费") for t in texts), texts
    assert any(t.startswith("提升绿地品质") for t in texts), texts


def test_continuing_pieces_join_the_duty_before() -> None:
    graph = _doc(
        "第一条 市园林局应当加强对公园古树、名木，以及园内雕塑小品的保护。"
        "区人民政府应当设立绿地养护基金，用于社区游园的日常维护。"
        "市园林局应当修复受损草坪，或者补种适宜的地被植物。\n"
    )
    texts = duty_texts(graph)
    assert not any(t.startswith(("以及", "用于", "或者")) for t in texts), texts
    assert any(t.endswith("用于社区游园的日常维护") for t in texts), texts


def test_act_after_approval_joins_it() -> None:
    graph = _doc("第一条 擅自在公园内设置经营摊点，情节严重的，由市园林局报经市人民政府批准，责令停止经营。\n")
    texts = duty_texts(graph)
    assert not any(t.startswith("责令停止经营") for t in texts), texts
    assert any(t.endswith("报经市人民政府批准，责令停止经营") for t in texts), texts


def test_rest_of_list_item_is_no_duty() -> None:
    graph = _doc(
        "第一条 遇有极端天气时，市园林局可以采取下列措施：\n"
        "（一）临时关闭公园；\n（二）疏散园内游客；\n（三）其他必要的防护措施。\n"
    )
    texts = duty_texts(graph)
    assert any("疏散园内游客" in t for t in texts), texts
    assert not any("其他必要的防护措施" in t for t in texts), texts


def test_fronted_object_joins_its_sanction() -> None:
    graph = _doc(
        "第一条 公园管理单位未按规定开放公园的，由市园林局责令改正；"
        "对负有责任的领导人员和直接责任人员，依法给予处分。\n"
    )
    texts = duty_texts(graph)
    assert not any(t.startswith("依法给予处分") for t in texts), texts
    assert any(t.endswith("直接责任人员，依法给予处分") for t in texts), texts
