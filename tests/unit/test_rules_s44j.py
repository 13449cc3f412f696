"""Round 138 (organs named by a relative clause): the agent of a 由 clause printed as VP的单位/部门/机关/人民政府
is an organ of its own and holds the clause's act. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named

_TITLE = "某某市古树名木保护条例"
_GOVERNMENT = "第三条 市人民政府应当加强对古树名木保护工作的领导。\n"


def test_a_relative_unit_after_the_agent_mark_holds_the_act() -> None:
    graph = document(_GOVERNMENT + "第九条 古树名木的移植方案，必须由取得园林施工资格证书的单位编制。", _TITLE)
    assert "取得园林施工资格证书的单位" in holder_names(graph, 9)
    assert organ_named(graph, "取得园林施工资格证书的单位").kind == "enterprise_society"


def test_a_relative_department_after_the_agent_mark_is_a_working_set() -> None:
    graph = document(_GOVERNMENT + "第十二条 养护单位未按照规定使用养护经费的，由拨付养护经费的部门追回经费。", _TITLE)
    assert "拨付养护经费的部门" in holder_names(graph, 12)
    assert organ_named(graph, "拨付养护经费的部门").kind == "agency"


def test_a_clause_qualifying_a_read_unit_names_the_unit_as_printed() -> None:
    # 检测机构 is a unit the lexicon reads by itself: the clause widens it to the printed phrase
    graph = document(_GOVERNMENT + "第十条 古树名木的健康状况，由具备鉴定能力的检测机构每年评估一次。", _TITLE)
    assert "具备鉴定能力的检测机构" in holder_names(graph, 10)


def test_a_joined_agent_clause_a_list_or_a_back_reference_builds_no_organ() -> None:
    graph = document(
        _GOVERNMENT + "第十一条 古树名木受损的，由造成损害的单位或者个人负责救治。\n"
        "第十三条 由园林绿化主管部门或者其他负有养护监督职责的部门责令改正。\n"
        "第十四条 涉及两个以上单位的，由首先接到该报告的单位会同有关单位处理。\n"
        "第十五条 跨区的古树名木，由相关的园林绿化主管部门协商确定养护责任。\n"
        "第十六条 养护方案经批准后，由提出养护方案的单位组织实施。\n"
        "第十七条 由首先发现险情的养护单位先行处置。",
        _TITLE,
    )
    built = names(graph)
    assert "造成损害的单位" not in built
    assert "园林绿化主管部门或者其他负有养护监督职责的部门" not in built
    assert "首先接到该报告的单位" not in built
    assert "相关的园林绿化主管部门" not in built
    assert "提出养护方案的单位" not in built
    assert "首先发现险情的养护单位" not in built
