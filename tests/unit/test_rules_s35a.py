"""Round 112 (street offices and communities): the units stationed in a place printed as a list of
unit kinds after 驻X(的) (驻镇的机关、团体、企业事业单位) are one social body, 驻X单位, not one body
per kind; a head assisting the bare 书记 assists the secretary the article printed before (each its
own where both are listed). Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某某市街道办事处工作条例"


def test_a_stationed_list_of_unit_kinds_is_one_body() -> None:
    graph = document("第九条 驻镇的机关、团体、企业事业单位应当配合街道办事处做好防汛工作。", _TITLE)
    assert holders_of_duty(graph, "防汛") == {"驻镇单位"}


def test_a_stationed_list_without_de_is_one_body_too() -> None:
    graph = document("第九条 驻社区机关、部队和企业事业单位应当支持社区开展文明创建。", _TITLE)
    assert holders_of_duty(graph, "文明创建") == {"驻社区单位"}


def test_a_list_of_unit_kinds_without_a_stationed_lead_stays_split() -> None:
    graph = document("第九条 机关、团体、企业事业单位应当配合街道办事处做好防汛工作。", _TITLE)
    assert holders_of_duty(graph, "防汛") == {"机关", "团体", "企业事业单位"}


def test_a_head_assisting_the_bare_secretary_assists_the_printed_one() -> None:
    graph = document(
        "第六条 街道党工委书记是本街道平安建设第一责任人，街道办事处主任协助书记组织实施平安建设工作。", _TITLE
    )
    assert ("街道办事处主任", "街道党工委书记") in edges(graph, "ASSISTS")


def test_listed_heads_assist_their_own_listed_secretaries() -> None:
    graph = document(
        "第六条 街道党工委书记、乡镇党委书记对本辖区平安建设负总责，街道办事处主任、乡镇长协助书记组织实施。", _TITLE
    )
    assists = edges(graph, "ASSISTS")
    assert ("街道办事处主任", "街道党工委书记") in assists
    assert ("乡镇长", "乡镇党委书记") in assists
    assert ("街道办事处主任", "乡镇党委书记") not in assists


def test_a_head_topic_with_zhuyao_joins_the_piece_of_its_own_subject() -> None:
    graph = document(
        "第十二条 区人民政府工作部门的派出机构，应当参与街道综合治理。"
        "派出机构主要负责人的调整，其所属部门应当事先听取街道办事处的意见。",
        _TITLE,
    )
    assert "派出机构主要负责人" not in holders_of_duty(graph, "事先听取")
    assert any(text.startswith("派出机构主要负责人的调整，") for text in duty_texts(graph))


def test_a_head_running_into_a_personnel_matter_without_de_is_a_topic() -> None:
    graph = document(
        "第十二条 区人民政府工作部门的派出机构，应当参与街道综合治理。"
        "派出机构负责人考核等次，区人民政府工作部门应当听取街道办事处意见。",
        _TITLE,
    )
    assert holders_of_duty(graph, "考核等次") == {"区人民政府工作部门"}
