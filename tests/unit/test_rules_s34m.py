"""Round 109 (the people's-congress work rules): 民族乡 is a township unit of its own kind, so the printed
category 乡、民族乡、镇 before a shared noun names one township body (as 乡、镇人民政府 does), whatever the
noun (人民代表大会, its 主席团, 人民政府). Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某某省乡镇人民代表大会代表联络工作办法"


def test_the_township_category_with_minzuxiang_is_one_congress() -> None:
    assert surfaces("乡、民族乡、镇人民代表大会主席团应当定期走访代表。") == ["乡、民族乡、镇人民代表大会主席团"]
    assert surfaces("代表联络站应当报告乡、民族乡、镇人民代表大会。")[-1] == "乡、民族乡、镇人民代表大会"


def test_the_township_category_congress_holds_its_duty_and_edge() -> None:
    graph = document(
        "第三条 乡、民族乡、镇人民代表大会应当听取和审议本级人民政府关于代表联络工作的报告。"
        "第四条 乡、民族乡、镇人民代表大会主席团应当组织代表开展走访活动。",
        _TITLE,
    )
    assert {"乡、民族乡、镇人民代表大会", "乡、民族乡、镇人民代表大会主席团"} <= names(graph)
    assert "乡、镇人民代表大会" not in names(graph)
    assert holders_of_duty(graph, "组织代表开展走访活动") == {"乡、民族乡、镇人民代表大会主席团"}
    assert any(target == "乡、民族乡、镇人民代表大会" for _, target in edges(graph, "REPORTS_TO"))


def test_a_congress_with_no_level_or_a_term_word_refers_back_to_the_one_printed() -> None:
    graph = document(
        "第三条 乡、民族乡、镇人民代表大会主席团应当组织代表开展走访活动，定期向乡、民族乡、镇人民代表大会报告。"
        "第四条 代表联络站的负责人由本届人民代表大会从代表中推选，向人民代表大会报告工作。"
        "第五条 上届人民代表大会主席团应当移交走访记录。",
        _TITLE,
    )
    assert not {"本届人民代表大会", "人民代表大会", "上届人民代表大会主席团"} & names(graph)
    assert holders_of_duty(graph, "移交走访记录") == {"乡、民族乡、镇人民代表大会主席团"}


def test_a_bare_congress_stays_apart_where_two_levels_are_printed() -> None:
    graph = document(
        "第三条 县人民代表大会应当听取代表联络工作报告。"
        "第四条 镇人民代表大会应当听取代表联络工作报告。"
        "第五条 人民代表大会代表联络站应当向人民代表大会报告工作。",
        _TITLE,
    )
    assert "县人民代表大会" in names(graph)
    assert "镇人民代表大会" in names(graph)
    assert not any(target in {"县人民代表大会", "镇人民代表大会"} for _, target in edges(graph, "REPORTS_TO"))


def test_the_chair_of_a_township_congress_is_a_role_of_its_own() -> None:
    graph = document(
        "第三条 镇人民代表大会主席应当召集代表联络站负责人会议。镇人民代表大会副主席协助主席工作。"
        "第四条 镇人民代表大会主席团应当组织代表开展走访活动。",
        _TITLE,
    )
    assert holders_of_duty(graph, "召集代表联络站负责人会议") == {"镇人民代表大会主席"}
    assert "镇人民代表大会副主席" in names(graph)
    assert holders_of_duty(graph, "组织代表开展走访活动") == {"镇人民代表大会主席团"}


def test_a_relative_congress_at_another_level_stays_its_own_body() -> None:
    graph = document(
        "第三条 市人民政府应当每年向市人民代表大会报告代表联络工作。"
        "第四条 各县人民政府应当每年向本级人民代表大会报告代表联络工作。",
        "某某市代表联络工作办法",
    )
    targets = {target for _, target in edges(graph, "REPORTS_TO")}
    assert "市人民代表大会" in targets
    assert len({t for t in targets if t.endswith("人民代表大会")}) == 2
