"""Round 97 (State Council supervision rules, second round): 本级人民政府有关部门 seen from a collective
spanning levels is that collective's own government's departments (县级以上人民政府有关部门), in its
government; a short name marked local (地方X机构) answers to the 地方 set it is named over, not a wider one.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

_TITLE = "森林防火督查条例"


def test_a_spanning_committee_sees_its_own_governments_departments() -> None:
    graph = document(
        "第一条 县级以上人民政府应当加强森林防火工作。\n"
        "第二条 县级以上人民政府森林防火委员会每年对本级人民政府有关部门和下级人民政府进行考评。",
        _TITLE,
    )
    assert "县级以上人民政府有关部门" in names(graph)
    assert ("县级以上人民政府森林防火委员会", "县级以上人民政府有关部门") in edges(graph, "SUPERVISES")
    assert ("县级以上人民政府有关部门", "县级以上人民政府") in edges(graph, "PART_OF")


def test_a_local_short_name_answers_to_the_local_set() -> None:
    graph = document(
        "第一条 县级以上人民政府应当加强森林防火工作。\n"
        "第二条 县级以上地方人民政府领导森林防火督查工作。县级以上地方人民政府负责森林防火督查的机构"
        "（以下简称地方督查机构）对本级人民政府有关部门开展督查。\n"
        "第三条 地方督查机构应当将年度督查计划报本级人民政府批准。",
        _TITLE,
    )
    answered = {target for source, target in edges(graph, "REPORTS_TO") if source.endswith("督查机构")}
    assert answered == {"县级以上地方人民政府"}
    supervised = edges(graph, "SUPERVISES")
    assert ("县级以上地方人民政府负责森林防火督查的机构", "县级以上地方人民政府有关部门") in supervised
