"""Round 137 (one organ printed two ways): a function's department printed as the organ of state it is
(公安部门 / 公安机关, 审计部门 / 审计机关) at one level is one organ. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named

_TITLE = "某某市农贸市场管理条例"


def test_a_listed_department_and_its_organ_print_are_one_organ() -> None:
    graph = document(
        "第五条 商务、公安、市场监督管理等部门按照各自职责做好农贸市场管理工作。\n"
        "第九条 公安机关应当维护农贸市场周边的治安秩序。",
        _TITLE,
    )
    found = names(graph)
    assert "公安机关" in found
    assert "公安部门" not in found
    assert "公安机关" in holder_names(graph, 5)
    assert "公安机关" in holder_names(graph, 9)


def test_the_organ_keeps_its_name_and_kind_for_audit() -> None:
    graph = document(
        "第六条 审计部门应当对农贸市场建设资金的使用情况进行审计。\n第十二条 审计机关发现资金被挪用的，应当依法处理。",
        _TITLE,
    )
    audit = organ_named(graph, "审计机关")
    assert audit.kind == "audit"
    assert "审计部门" in audit.aliases
    assert "审计部门" not in names(graph)


def test_different_levels_stay_apart() -> None:
    graph = document(
        "第五条 市公安部门负责农贸市场周边道路的交通组织。\n第九条 公安机关应当维护农贸市场周边的治安秩序。",
        _TITLE,
    )
    found = names(graph)
    assert "公安机关" in found
    assert "市公安部门" in found


def test_a_function_outside_the_lexicon_stays_apart() -> None:
    graph = document(
        "第五条 商务部门负责农贸市场的布局规划。\n第九条 商务机关应当公布农贸市场名录。",
        _TITLE,
    )
    found = names(graph)
    assert {"商务部门", "商务机关"} <= found
