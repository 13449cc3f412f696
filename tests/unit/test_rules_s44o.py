"""Round 138 (liabilities, second pass): regulated actors named as violators in a penalty sentence. A list the
kind of venue closes (X、Y、洗浴等经营服务场所未…的) or whose items share a head (邮政、快递企业, 药品生产、批发
企业) names one violator per item; an actor's finding opens its offence (X发现…，未报告的，由Y处…罚款); a bare
market role after a trade's role takes the trade (X业务经营者、服务提供者). Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, short

_TITLE = "某某市公共安全管理条例"


def _liable(graph: DocumentGraph, article: int) -> set[str]:
    return {short(li.organ) for li in graph.liabilities if li.article == article}


def test_a_venue_list_closed_by_its_kind_names_each_venue_liable() -> None:
    graph = document(
        "第五条 娱乐场所、宾馆、足浴等经营服务场所未建立安全巡查制度的，由公安机关给予警告，责令限期改正。",
        _TITLE,
    )
    assert {"娱乐场所", "宾馆", "足浴场所"} <= _liable(graph, 5)
    # the kind closing the list is no violator of its own, the sanctioning body none at all
    assert not {"经营服务场所", "公安机关"} & _liable(graph, 5)


def test_a_trade_list_sharing_the_unit_head_names_each_trade_liable() -> None:
    graph = document(
        "第五条 违反本条例第三条规定，邮政、快递企业未执行收寄验视制度的，由邮政管理部门责令改正，处五千元罚款。",
        _TITLE,
    )
    assert {"邮政企业", "快递企业"} <= _liable(graph, 5)


def test_an_activity_list_sharing_the_unit_head_is_one_violator() -> None:
    graph = document(
        "第五条 烟花爆竹生产、批发企业未建立流向登记制度的，由应急管理部门责令改正，处一万元罚款。",
        _TITLE,
    )
    assert "烟花爆竹生产、批发企业" in _liable(graph, 5)


def test_an_actor_failing_to_report_its_finding_is_liable() -> None:
    graph = document(
        "第五条 汽车维修企业发现送修车辆有枪击痕迹，未向公安机关报告的，由公安机关处二千元罚款。",
        _TITLE,
    )
    assert "汽车维修企业" in _liable(graph, 5)
    assert "公安机关" not in _liable(graph, 5)


def test_a_finding_after_a_semicolon_is_a_condition_not_a_duty() -> None:
    graph = document(
        "第五条 违反本条例第三条规定，旅馆未登记住宿旅客身份的，由公安机关责令改正，处二千元罚款；"
        "典当企业发现当物系赃物，未向公安机关报告的，由公安机关责令改正，处五千元罚款。",
        _TITLE,
    )
    assert "典当企业" in _liable(graph, 5)
    # the finding opens the offence of the second part: the pawnshop holds no duty there
    assert "典当企业" not in holder_names(graph, 5)


def test_a_bare_market_role_after_a_trade_role_takes_the_trade() -> None:
    graph = document(
        "第五条 网约车业务经营者、服务提供者应当核验乘客身份。\n"
        "第六条 共享单车业务经营者、服务提供者应当登记用户信息。\n"
        "第七条 网约车业务经营者、服务提供者违反本条例第五条规定的，由交通运输部门责令改正，处一万元罚款。",
        _TITLE,
    )
    assert {"网约车业务服务提供者", "共享单车业务服务提供者"} <= names(graph)
    assert "服务提供者" not in names(graph)
    assert holder_names(graph, 6) == {"共享单车业务经营者", "共享单车业务服务提供者"}
    assert {"网约车业务经营者", "网约车业务服务提供者"} <= _liable(graph, 7)


def test_a_market_role_after_a_described_thing_stays_bare() -> None:
    graph = document("第五条 电动自行车的生产者、销售者应当保证产品符合国家标准。", _TITLE)
    assert "销售者" in holder_names(graph, 5)
    assert "电动自行车的销售者" not in names(graph)


def test_the_bodies_opening_the_items_of_a_penalty_list_are_liable() -> None:
    graph = document(
        "第五条 有下列情形之一的，由住房城乡建设主管部门责令限期改正，处二万元罚款：\n"
        "（一）监理单位未按规定旁站监督；\n"
        "（二）勘察单位或者设计单位拒不提供原始资料。\n"
        "第六条 有下列情形之一的，可以给予表扬：\n"
        "（一）监理单位及时发现重大隐患。",
        _TITLE,
    )
    assert {"监理单位", "勘察单位", "设计单位"} <= _liable(graph, 5)
    assert "住房城乡建设主管部门" not in _liable(graph, 5)
    # a list with no penalty names no offender
    assert not _liable(graph, 6)
