"""Round 101 (central definitions and overseen bodies): a definition whose body is parted from 对 by a
comma and whose closing noun phrase lists the oversight among other acts (是指X，对Y…进行的督促检查、指导推动
和跟踪问效), the scope sentence by reference (X对Y开展的督导，参照本办法执行), and 被督察单位 as the set a 督察
is carried out on. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某某工作督导办法"


def test_a_definition_with_a_comma_before_its_object_keeps_the_oversight() -> None:
    graph = document(
        "第二条 本办法所称节水工作督导（以下简称督导），是指国务院节约用水委员会，对省、自治区、直辖市人民政府"
        "履行节水职责情况进行的督促检查、指导推动和跟踪问效。"
        "第三条 省、自治区、直辖市人民政府应当制定节水计划。",
        _TITLE,
    )
    assert ("国务院节约用水委员会", "省、自治区、直辖市人民政府") in edges(graph, "SUPERVISES")
    assert not any("是指" in text for text in duty_texts(graph))


def test_a_definition_closing_on_no_oversight_gives_no_edge() -> None:
    graph = document(
        "第二条 本办法所称节水服务，是指县人民政府，对节水企业提供的咨询、培训和宣传的活动。"
        "第三条 县人民政府应当节水。",
        _TITLE,
    )
    assert not edges(graph, "SUPERVISES")


def test_a_scope_sentence_by_reference_keeps_its_edges() -> None:
    graph = document(
        "第二条 县级以上地方人民政府节约用水委员会对下级人民政府开展的督导，参照本办法执行。"
        "第三条 下级人民政府应当制定节水计划。",
        _TITLE,
    )
    assert ("县级以上地方人民政府节约用水委员会", "下级人民政府") in edges(graph, "SUPERVISES")
    assert not any("参照本办法" in text for text in duty_texts(graph))


def test_the_set_a_ducha_is_carried_out_on_holds_its_duties() -> None:
    graph = document("第四条 被督察单位应当如实报送节水资料，不得拒绝督察。", _TITLE)
    assert holders_of_duty(graph, "如实报送") == {"被督察单位"}
