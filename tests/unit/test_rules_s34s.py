"""Round 110 (the people's-congress work rules, round 2). Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某某省乡镇人民代表大会代表联络工作办法"


def test_the_chair_of_a_township_category_congress_is_part_of_the_congress_not_the_government() -> None:
    graph = document(
        "第二条 乡、民族乡、镇人民代表大会应当听取代表联络工作的报告。"
        "第三条 乡、民族乡、镇人民政府应当为代表联络站提供办公场所。"
        "第四条 乡、民族乡、镇人民代表大会主席应当定期走访代表联络站。"
        "第五条 乡、民族乡、镇人民代表大会代表应当参加代表联络站的活动。",
        _TITLE,
    )
    assert "乡、民族乡、镇人民代表大会主席" in names(graph)
    assert not any("人民政府人民代表大会" in name for name in names(graph))
    assert holders_of_duty(graph, "定期走访代表联络站") == {"乡、民族乡、镇人民代表大会主席"}
    part_of = edges(graph, "PART_OF")
    assert ("乡、民族乡、镇人民代表大会主席", "乡、民族乡、镇人民代表大会") in part_of
    assert ("乡、民族乡、镇人民代表大会代表", "乡、民族乡、镇人民代表大会") in part_of
    assert not any(target == "乡、民族乡、镇人民政府" for source, target in part_of if "代表大会" in source)


def test_neither_overruling_a_decision_nor_abolishing_a_body_is_oversight_under_the_gate() -> None:
    graph = document(
        "第三条 镇人民代表大会行使下列职权：（一）听取代表联络工作的情况；（二）撤销镇人民政府的不适当的决定和命令。"
        "第四条 县人民政府可以根据区划调整撤销居民委员会。",
        _TITLE,
    )
    supervises = edges(graph, "SUPERVISES")
    # session 38 gate: 撤销 is no README trigger
    assert ("镇人民代表大会", "镇人民政府") not in supervises
    assert not any(target == "居民委员会" for _, target in supervises)
