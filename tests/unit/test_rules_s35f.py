"""Round 113 (first sight of a river law): a place name never opens inside a person word closing on a
verb (…部门及其负责人和某县人民政府: 人和某县 is no place), ... Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces

_TITLE = "某某河道保护条例"


def test_a_place_never_opens_inside_a_role_word_before_a_joiner() -> None:
    graph = document(
        "第五条 衡阳市人民政府应当将河道保护目标纳入对市人民政府有关部门及其负责人和祁东县人民政府及其负责人的考核。",
        _TITLE,
    )
    assert "祁东县人民政府" in names(graph)
    assert not any(name.startswith("人和") for name in names(graph))
    assert ("衡阳市人民政府", "祁东县人民政府") in edges(graph, "SUPERVISES")


def test_a_person_word_before_a_district_government_opens_no_place() -> None:
    assert not any(s.startswith("人") for s in surfaces("举报人和江北区人民政府应当配合调查。", "municipal"))
    assert not any(s.startswith("人") for s in surfaces("对其管理人及南岸区人民政府进行通报。", "municipal"))


def test_a_named_county_reports_to_its_own_congress_and_standing_committee() -> None:
    graph = document(
        "第八条 祁东县人民政府应当将河道保护纳入对县人民政府有关部门的考核。\n"
        "第九条 祁东县人民政府应当每年向本级人民代表大会或者其常务委员会报告河道保护情况，依法接受监督。",
        "衡阳市某某河道保护条例",
    )
    assert {"祁东县人民代表大会", "祁东县人民代表大会常务委员会"} <= names(graph)
    assert ("祁东县人民政府", "祁东县人民代表大会常务委员会") in edges(graph, "REPORTS_TO")
    assert ("祁东县人民代表大会常务委员会", "祁东县人民代表大会") in edges(graph, "PART_OF")


def test_accepted_oversight_comes_from_the_congress_bodies_reported_to() -> None:
    graph = document(
        "第九条 县人民政府应当每年向本级人民代表大会或者其常务委员会报告湖泊保护情况，依法接受监督。",
        _TITLE,
    )
    oversight = {(s, t) for s, t in edges(graph, "SUPERVISES")}
    assert ("县人民代表大会", "县人民政府") in oversight
    assert ("县人民代表大会常务委员会", "县人民政府") in oversight
    assert all(r.implicit for r in graph.relations if r.type == "SUPERVISES")


def test_accepted_oversight_after_a_second_report_comes_from_its_recipient() -> None:
    graph = document(
        "第九条 市人民政府应当每年向本级人民代表大会或者其常务委员会报告湿地保护情况，"
        "对发生的重大污染事件应当及时向本级人民代表大会常务委员会报告，依法接受监督。",
        _TITLE,
    )
    assert edges(graph, "SUPERVISES") == {("市人民代表大会常务委员会", "市人民政府")}


def test_oversight_accepted_from_a_named_body_adds_no_congress_edge() -> None:
    graph = document(
        "第九条 县人民政府应当每年向本级人民代表大会常务委员会报告湖泊保护情况，接受审计机关的监督。",
        _TITLE,
    )
    assert ("县人民代表大会常务委员会", "县人民政府") not in edges(graph, "SUPERVISES")


def test_a_bare_level_government_inside_a_set_name_is_the_one_named_government() -> None:
    graph = document(
        "第六条 衡阳市人民政府应当将目标完成情况纳入对市人民政府负有河道监督管理职责的部门的考核内容。\n"
        "第七条 祁东县人民政府应当将目标完成情况纳入对县人民政府负有河道监督管理职责的部门的考核内容。",
        "衡阳市某某河道保护条例",
    )
    parts = edges(graph, "PART_OF")
    assert ("市人民政府负有河道监督管理职责的部门", "衡阳市人民政府") in parts
    assert ("县人民政府负有河道监督管理职责的部门", "祁东县人民政府") in parts


def test_two_named_governments_of_a_level_leave_the_bare_set_in_neither() -> None:
    graph = document(
        "第六条 祁东县人民政府和祁阳县人民政府应当加强河道保护。\n"
        "第七条 县人民政府负有河道监督管理职责的部门应当加强巡查。",
        "衡阳市某某河道保护条例",
    )
    targets = {t for s, t in edges(graph, "PART_OF") if s == "县人民政府负有河道监督管理职责的部门"}
    assert not targets & {"祁东县人民政府", "祁阳县人民政府"}
