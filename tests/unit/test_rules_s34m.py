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
