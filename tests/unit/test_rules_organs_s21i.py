"""Organ rules of session 21 (round i): the market actors the genre regulates by their role (X经营者,
X服务提供者, X使用权人, X所有人) and a unit named by a relative clause (从事X的单位, 承担X职责的机构) hold the
duty when they open their clause before a modal; back-references, the public and objects stay none. Each
rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_role_named_market_actor_opening_a_clause_holds_the_duty() -> None:
    graph = document(
        "第一条 冷链仓储经营者应当建立温度记录。\n\n"
        "第二条 冷链数据服务提供者、冷库运营者不得泄露温度数据。\n\n"
        "第三条 冷库用地使用权人应当保持设施完好。",
        "某市冷链管理办法",
    )
    assert holder_names(graph, 1) == {"冷链仓储经营者"}
    assert holder_names(graph, 2) == {"冷链数据服务提供者", "冷库运营者"}
    assert holder_names(graph, 3) == {"冷库用地使用权人"}


def test_owner_words_need_a_stem_and_objects_stay_none() -> None:
    # 所有人应当: everyone; 督促…经营者: an object; 前款规定的: a back-reference (的 stops the stem)
    graph = document(
        "第一条 所有人应当爱护冷库。\n\n"
        "第二条 市人民政府应当督促冷链经营者落实制度。\n\n"
        "第三条 冷库所有人应当定期检修。",
        "某市冷链管理办法",
    )
    assert "所有人" not in names(graph)
    assert "冷链经营者" not in names(graph)
    assert holder_names(graph, 3) == {"冷库所有人"}


def test_unit_named_by_a_relative_clause_holds_the_duty() -> None:
    graph = document(
        "第一条 从事冷链运输、仓储的单位应当建立温度台账。\n\n第二条 承担冷链检测职责的机构不得出具虚假报告。",
        "某市冷链管理办法",
    )
    assert holder_names(graph, 1) == {"从事冷链运输、仓储的单位"}
    assert holder_names(graph, 2) == {"承担冷链检测职责的机构"}


def test_relative_units_that_refer_back_or_include_the_public_stay_none() -> None:
    graph = document(
        "第一条 前款规定的单位应当整改。\n\n"
        "第二条 冷链企业、个人及其控制的机构应当配合。\n\n"
        "第三条 本市的单位应当节约用电。",
        "某市冷链管理办法",
    )
    assert not {"前款规定的单位", "本市的单位"} & names(graph)
    assert not any(name.endswith("控制的机构") for name in names(graph))


def test_market_actor_defined_by_a_short_name_holds_later_duties() -> None:
    # 冷链平台的运营者(以下简称运营者): the short name is the actor from then on, in a list or alone
    graph = document(
        "第一条 冷链平台的运营者(以下简称运营者)对平台数据安全负责。\n\n第二条 运营者具体负责下列事项。",
        "某市冷链管理办法",
    )
    assert "运营者" in holder_names(graph, 2)


def test_bare_owner_words_in_a_list_share_the_first_items_stem() -> None:
    # 冷库所有人、经营人或者管理人: three actors of one thing; 冷链企业和管理人: no owner word to share
    graph = document(
        "第一条 冷库所有人、经营人或者管理人应当定期除霜。\n\n第二条 冷链企业和管理人应当配合检查。",
        "某市冷链管理办法",
    )
    assert holder_names(graph, 1) == {"冷库所有人", "冷库经营人", "冷库管理人"}
    assert "冷链管理人" not in names(graph)
