"""Round 104 (whole-phrase collectives): an unnamed set joined by 或者单位 or by its staff (和人员) is one
collective where it opens a clause as the subject of what follows (有关部门或者单位应当…, 事故发生后，有关单位和
人员应当…); as an object (由有关部门或者单位给予处分, 责令有关单位和人员…) it stays the bare set. A level's
unnamed set (县级以上有关部门, 本市有关部门) joins a second set as the bare one does. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, organ_named, surfaces

_TITLE = "某某设施保护条例"


def test_an_alternative_set_opening_its_clause_is_one_collective() -> None:
    assert "有关部门或者单位" in surfaces("检查结束后，有关部门或者单位应当在十日内书面答复。")


def test_an_alternative_set_after_by_stays_the_bare_set() -> None:
    found = surfaces("对违反本条例的，由有关部门或者单位依法给予处分。")
    assert "有关部门" in found and "有关部门或者单位" not in found


def test_a_set_with_its_staff_opening_a_clause_is_one_collective() -> None:
    found = surfaces("第九条 设施受损后，有关单位和人员应当立即采取防护措施。")
    assert "有关单位和人员" in found


def test_a_set_with_its_staff_as_an_object_stays_the_bare_set() -> None:
    found = surfaces("管理机构可以责令有关单位和人员限期改正。")
    assert "有关单位" in found and "有关单位和人员" not in found


def test_the_staff_join_holds_its_duty_under_the_units_set() -> None:
    graph = document(
        "第五条 设施受损后，有关单位和人员应当立即报告管理机构。第六条 管理机构应当组织有关单位开展修复。",
        _TITLE,
    )
    holders = holders_of_duty(graph, "立即报告")
    assert len(holders) == 1
    organ = organ_named(graph, next(iter(holders)))
    assert "有关单位和人员" in organ.aliases


def test_a_level_set_of_departments_and_units_is_one_collective() -> None:
    assert "县级以上有关部门和单位" in surfaces("县级以上有关部门和单位应当按照职责做好设施保护工作。")
    assert "本市有关部门或者单位" in surfaces("本市有关部门或者单位在设施周边施工前，应当告知管理机构。")
