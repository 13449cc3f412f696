"""Round 141 (bodies named only as the receiver of a complaint, a proposal or a hand-over): the body that
receives what another sends is the one printed as the addressee; each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, holders_of_duty

_TITLE = "某某市菜市场管理条例"


def test_a_set_named_by_the_complaint_it_received_is_the_bodies_addressed() -> None:
    # 向A或者B投诉，收到投诉的机关应当…: the receiving set is the two addressees
    graph = document(
        "第五条 摊主认为市场管理机构侵害其权益的，可以向区人民政府或者监察机关投诉，收到投诉的机关应当在十日内答复。",
        _TITLE,
    )
    assert holder_names(graph, 5) == {"区人民政府", "监察机关"}


def test_a_bare_receiving_body_after_an_addressed_report_is_the_bodies_addressed() -> None:
    # 向A、B反映，受理机关应当…: 受理机关 names no body of its own
    graph = document(
        "第六条 经营者发现市场管理机构收取费用不当的，可以向区市场监督管理部门、监察机关反映，受理机关应当及时核实。",
        _TITLE,
    )
    assert holder_names(graph, 6) == {"区市场监督管理部门", "监察机关"}


def test_a_receiving_body_with_no_addressee_stays_a_set_of_its_own() -> None:
    graph = document("第七条 公民可以举报违规经营行为，收到举报的机关应当及时查处。", _TITLE)
    assert holder_names(graph, 7) == {"收到举报的机关"}


def test_a_receiving_body_after_a_list_closed_by_an_open_set_stays_a_set() -> None:
    # 向A、B或者有关部门投诉，收到投诉的机关: the dev set splits on such lists; the set keeps its own name
    graph = document(
        "第八条 摊主可以向区人民政府、监察机关或者有关部门投诉，收到投诉的机关应当在十日内答复。",
        _TITLE,
    )
    assert holder_names(graph, 8) == {"收到投诉的机关"}


def test_a_thing_handed_to_a_body_for_handling_is_that_bodys_duty() -> None:
    # X的审议意见交由Y研究处理: Y handles it and reports the handling, X only owns the opinions
    graph = document(
        "第九条 市人民政府应当将市场布局方案提请市人民代表大会常务委员会审议，"
        "常务委员会组成人员的审议意见交由市人民政府研究处理，处理情况应当及时报告市人民代表大会常务委员会。",
        _TITLE,
    )
    assert holders_of_duty(graph, "交由市人民政府研究处理") == {"市人民政府"}
    assert holders_of_duty(graph, "处理情况应当及时报告") == {"市人民政府"}
    assert ("市人民政府", "市人民代表大会常务委员会") in edges(graph, "REPORTS_TO")


def test_a_same_level_government_receiving_the_thing_is_each_carried_government() -> None:
    graph = document(
        "第十条 省和设区的市人民政府应当将市场布局方案提请本级人民代表大会常务委员会审议，"
        "常务委员会组成人员的审议意见应当交由本级人民政府研究处理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "交由本级人民政府研究处理") == {"省人民政府", "设区的市人民政府"}


def test_a_piece_opening_on_a_hand_over_is_the_senders_act() -> None:
    # …的，交由Y处理: the piece has no subject of its own; the carried holder hands the matter over
    graph = document(
        "第十一条 市场服务中心对收到的投诉进行登记，属于市场管理机构职责范围的，交由市场管理机构处理。",
        _TITLE,
    )
    assert holders_of_duty(graph, "交由市场管理机构处理") == {"市场服务中心"}


def test_a_bare_government_field_leader_named_by_its_post_is_a_role() -> None:
    # 政府分管…工作的领导成员 at a clause opening: the collective's field leader, as 政府分管…的负责人 is
    graph = document(
        "第十二条 地方各级人民政府主要领导成员对本地区市场管理工作负总责。"
        "政府分管市场管理工作的领导成员协助主要领导成员抓好日常调度。",
        _TITLE,
    )
    assert holders_of_duty(graph, "协助主要领导成员") == {"政府分管市场管理工作的领导成员"}
