"""Round 136 (report duties of regulated actors): a subject list of activities sharing the last item's unit head
(生产、批发企业应当…) is one kind of unit named whole; an actor's finding may hold 的 and commas before the 的, that
closes it (X发现…，可能…的，应当…报告); 报验 is a filing. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某市危险货物运输安全管理办法"
_GOVERNMENT = "第三条 市人民政府应当加强对危险货物运输安全工作的领导。\n"


def test_a_list_of_trades_is_no_kind_named_whole() -> None:
    graph = document(_GOVERNMENT + "第五条 铁路、航运企业应当建立危险货物承运查验制度。", _TITLE)
    assert "铁路、航运企业" not in names(graph)


def test_a_list_of_activities_names_one_kind_of_unit() -> None:
    graph = document(
        _GOVERNMENT + "第六条 危险化学品储存、销售企业应当建立出入库登记制度。",
        _TITLE,
    )
    assert "危险化学品储存、销售企业" in names(graph)
    assert "销售企业" not in names(graph)
    assert holders_of_duty(graph, "建立出入库登记制度") == {"危险化学品储存、销售企业"}


def test_a_list_joined_by_a_conjunction_is_left_alone() -> None:
    graph = document(_GOVERNMENT + "第七条 铁路和航运企业应当配合开展安全检查。", _TITLE)
    assert "铁路企业" not in names(graph)


def test_a_finding_with_commas_and_de_keeps_its_actor_the_holder() -> None:
    graph = document(
        _GOVERNMENT + "第八条 危险货物承运企业发现托运的货物与申报的品名不符，可能危及运输安全的，应当停止承运，"
        "并向交通运输主管部门报告。",
        _TITLE,
    )
    assert "危险货物承运企业" in names(graph)
    assert holders_of_duty(graph, "并向交通运输主管部门报告") == {"危险货物承运企业"}
    assert ("危险货物承运企业", "交通运输主管部门") in edges(graph, "REPORTS_TO")


def test_goods_shown_for_inspection_are_a_filing_to_the_checkpoint() -> None:
    graph = document(
        _GOVERNMENT + "第九条 危险货物承运人应当持运输许可证明向危险货物检查站报验。",
        _TITLE,
    )
    assert ("危险货物承运人", "危险货物检查站") in edges(graph, "REPORTS_TO")
