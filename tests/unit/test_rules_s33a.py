"""Round 106 (central inspection and 督察 rules): the head of a body printed right after the body's full
name with the head word its name-ending calls for (X部部长, X局局长, X委员会主任) is a role in that body, and
the deputy the head delegates to (或者其委托的副主任) the body's deputy head; not a post filled (X局局长兼任…).
A body that runs its post's system (X实行局长负责制) names its bare post and deputy in that article. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某某工作督察办法"


def test_a_ministry_head_is_a_role_of_the_ministry() -> None:
    graph = document(
        # session 38 gate: 对X负责 is no README trigger; the ministry head is read on a printed 报告
        "第二条 水利部督察委员会负责对流域管理机构进行监督，向水利部部长报告工作。第三条 流域管理机构应当配合督察。",
        _TITLE,
    )
    assert "水利部部长" in names(graph)
    assert ("水利部部长", "水利部") in edges(graph, "PART_OF")
    assert ("水利部督察委员会", "水利部部长") in edges(graph, "REPORTS_TO")


def test_the_head_word_is_not_read_into_the_body() -> None:
    assert surfaces("报交通运输部副部长批准。", "central") == ["交通运输部副部长"]
    assert surfaces("报省林业厅厅长批准。", "provincial") == ["省林业厅厅长"]


def test_a_committee_chair_and_the_deputy_he_delegates_to() -> None:
    graph = document(
        "第五条 对考核不合格的，由国务院节约用水委员会主任或者其委托的副主任约谈省级人民政府主要负责人。",
        _TITLE,
    )
    assert {"国务院节约用水委员会主任", "国务院节约用水委员会副主任"} <= names(graph)
    assert ("国务院节约用水委员会副主任", "国务院节约用水委员会") in edges(graph, "PART_OF")


def test_a_head_filling_another_post_is_no_role() -> None:
    assert "市水务局局长" not in surfaces("市水务局局长兼任市节水办公室主任。", "municipal")
    assert "市节水委主任" not in surfaces("市节水委主任由市长担任。", "municipal")


def test_a_bureau_running_its_heads_system_names_its_head_and_deputy() -> None:
    graph = document(
        "第六条 国家节水督察局实行局长负责制。局长主持督察局全面工作；副局长按照分工协助局长工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "局长主持") == {"国家节水督察局局长"}
    assert ("国家节水督察局副局长", "国家节水督察局局长") in edges(graph, "ASSISTS")
    assert ("国家节水督察局局长", "国家节水督察局") in edges(graph, "PART_OF")


def test_a_government_head_taking_charge_or_answered_to_is_a_role() -> None:
    assert surfaces("对上一级水务督察机构和本级人民政府行政首长负责。", "provincial") == [
        "上一级水务督察机构",
        "本级人民政府行政首长",
    ]
    assert "县人民政府行政首长" in surfaces("县人民政府行政首长负责本县抗旱工作。", "county")


def test_the_government_heads_system_names_no_head() -> None:
    assert surfaces("县人民政府实行行政首长负责制。", "county") == ["县人民政府"]
