"""Round 106 (duty precision): shapes that state no duty of anyone. A catch-all item naming the rest that
law sets and a superior assigns ((九)法律、法规规定以及县人民政府交办的其他事项), and a work or matter under a
regime in force (防汛工作实行行政首长负责制). Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts

_TITLE = "某某县节水工作办法"


def test_a_catch_all_item_of_law_and_an_assigner_is_no_duty() -> None:
    graph = document(
        "第五条 县水务局履行下列职责：\n（一）编制全县节水规划；\n"
        "（二）法律、法规规定以及县人民政府依法交办的其他事项。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert any("编制全县节水规划" in text for text in texts)
    assert not any("其他事项" in text for text in texts)


def test_a_catch_all_item_with_its_own_verb_stays_a_duty() -> None:
    graph = document(
        "第五条 县水务局履行下列职责：\n（一）编制全县节水规划；\n（二）承办县人民政府交办的其他事项。",
        _TITLE,
    )
    assert any("承办县人民政府交办的其他事项" in text for text in duty_texts(graph))


def test_a_work_under_a_regime_is_no_duty() -> None:
    graph = document(
        "第六条 县水务局负责全县节水管理工作。节水设施的日常养护实行专业化运作。\n"
        "第七条 县水务局协助的事项实行清单管理。县水务局应当组织节水检查。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("实行" in text for text in texts)
    assert any("县水务局负责全县节水管理工作" in text for text in texts)
    assert any("组织节水检查" in text for text in texts)


def test_an_organ_under_a_regime_or_a_modal_regime_is_left_alone() -> None:
    graph = document(
        "第六条 县人民政府对全县节水工作实行目标责任制。\n第七条 节水工作应当实行年度考核制度。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert any("县人民政府对全县节水工作实行目标责任制" in text for text in texts)


def test_an_entitlement_is_no_duty_but_a_guarantee_of_it_stays() -> None:
    graph = document(
        "第九条 县节水服务中心工作人员依法享受岗位津贴等福利待遇。\n"
        "第十条 县水务局应当保障节水志愿者享受有关补贴政策。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("福利待遇" in text for text in texts)
    assert any("保障节水志愿者享受有关补贴政策" in text for text in texts)


def test_a_designated_day_a_term_and_a_division_are_no_duties() -> None:
    graph = document(
        "第十一条 县水务局负责节水宣传。每年七月为全县节水宣传月。\n"
        "第十二条 县水务局聘任节水监督员。节水监督员的任期为两年，可以连续聘任。\n"
        "第十三条 县水务局评定节水示范单位。节水示范单位分为县级示范单位和乡级示范单位。\n"
        "第十四条 县水务局应当将全县划分为若干节水片区。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any(word in text for text in texts for word in ("宣传月", "任期", "示范单位分为"))
    assert any("将全县划分为若干节水片区" in text for text in texts)
