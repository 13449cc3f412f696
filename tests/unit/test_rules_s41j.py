"""Round 130 (organ boundaries and list items in 直辖市 and city rules): verbs that take a body as their object
and never open its name (倡导, 保证, 促进, 提名, 交 before a relative body), 不动产 inside a listed function's name,
honour titles that are no bodies, 经开 outside 经开区, and 经X评议 after an approval of the subject's own (no
report). Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "某某市生活污水管理条例"


def test_a_verb_before_the_body_it_addresses_opens_no_name() -> None:
    graph = document(
        "第五条 业主委员会应当配合物业服务企业做好宣传工作。倡导业主委员会和物业服务企业将污水管理要求纳入管理规约。"
        "第六条 区卫生健康部门应当完善用药政策，保证社区卫生服务站药品配备。"
        "第七条 村民提名村民委员会成员候选人，应当出于公心。"
        "第八条 区水务部门负责接收捐赠，交同级财政部门，用于污水治理。",
        _TITLE,
    )
    found = names(graph)
    assert not {"倡导业主委员会", "保证社区卫生服务站", "村民提名村民委员会成员", "交同级财政部门"} & found
    assert "业主委员会" in found


def test_promotion_bodies_keep_their_verb() -> None:
    graph = document("第五条 市投资促进中心应当做好招商服务。鼓励各方参与，促进单位和个人节约用水。", _TITLE)
    found = names(graph)
    assert "市投资促进中心" in found
    assert "促进单位" not in found


def test_immovable_property_registry_is_a_listed_department() -> None:
    graph = document(
        "第九条 民政、公安、税务、不动产登记、公积金管理等部门或者机构应当予以配合，及时提供相关信息。",
        _TITLE,
    )
    found = names(graph)
    assert "不动产登记部门" in found
    assert "动产登记部门" not in found
    assert "税务部门" in found


def test_honour_titles_are_no_bodies() -> None:
    graph = document(
        "第十条 本市文明社区、文明村镇、文明单位、先进集体等评选活动，应当将污水管理情况纳入评选标准。",
        _TITLE,
    )
    assert not {"文明单位", "文明社区", "文明村镇", "先进集体"} & names(graph)


def test_jing_before_a_place_opening_with_kai_is_a_verb() -> None:
    graph = document(
        "第二条 开元湖保护专家咨询委员会负责论证。"
        "第十一条 水系保护导则应当广泛征求社会公众的意见，并经开元湖保护专家咨询委员会论证。",
        _TITLE,
    )
    found = names(graph)
    assert "开元湖保护专家咨询委员会" in found
    assert not any(name.startswith("经") for name in found)


def test_a_review_after_the_subjects_own_approval_is_no_report() -> None:
    graph = document(
        "第十二条 市人民政府批准相关水域列入重点水域名录，应当经水域保护专家咨询委员会评议，并向社会公示。", _TITLE
    )
    assert not edges(graph, "REPORTS_TO")


def test_an_approval_after_the_body_still_reports() -> None:
    graph = document("第十三条 区人民政府调整排水方案，应当经市人民政府批准。", _TITLE)
    assert ("区人民政府", "市人民政府") in edges(graph, "REPORTS_TO")


def test_a_city_level_word_before_minzheng_opens_a_listed_level() -> None:
    graph = document("第十四条 污水补助的具体标准，由市民政、水务等部门拟订，报市人民政府批准后公布执行。", _TITLE)
    found = names(graph)
    assert {"市民政部门", "市水务部门"} <= found
