"""Round 131 (本级有关部门 seen from a collective of governments spanning levels): the unnamed set of
departments printed with no government (本级有关部门) seen from 县级以上人民政府 is that collective's own
departments (县级以上人民政府有关部门), a node named so even where the text never prints it, and it sits in
that government by its name. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某工作责任制规定"


def test_own_unnamed_departments_of_a_spanning_government_are_its_departments() -> None:
    graph = document(
        "第五条 县级以上人民政府应当对下一级人民政府和本级有关部门落实节水责任情况进行督查。"
        "第六条 乡（镇）人民政府应当做好节水工作。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("县级以上人民政府", "县级以上人民政府有关部门") in supervised
    assert ("县级以上人民政府", "本级有关部门") not in supervised
    assert ("县级以上人民政府有关部门", "县级以上人民政府") in edges(graph, "PART_OF")


def test_a_printed_spanning_set_of_departments_is_kept() -> None:
    graph = document(
        "第五条 县级以上地方人民政府有关部门应当按照职责做好节水工作。"
        "第六条 县级以上地方人民政府应当督促本级有关部门落实节水责任。",
        _TITLE,
    )
    assert ("县级以上地方人民政府", "县级以上地方人民政府有关部门") in edges(graph, "SUPERVISES")


def test_a_spanning_body_sees_the_departments_of_its_spans_governments() -> None:
    graph = document(
        "第五条 县级以上地方人民政府应当加强节水工作的领导。"
        "第六条 县级以上地方节水工作委员会应当督促本级有关部门落实节水责任。",
        _TITLE,
    )
    assert ("县级以上地方节水工作委员会", "县级以上地方人民政府有关部门") in edges(graph, "SUPERVISES")


def test_a_spanning_set_of_chiefs_makes_no_government_departments() -> None:
    graph = document(
        "第五条 县级以上人民政府应当加强河道保护工作的领导。第六条 各级河长应当督促本级相关部门履行河道保护职责。",
        _TITLE,
    )
    assert not any(target == "各级人民政府相关部门" for _, target in edges(graph, "SUPERVISES"))


def test_one_levels_government_sees_its_own_levels_departments() -> None:
    graph = document(
        "第五条 县级以上地方人民政府有关部门应当按照职责做好节水工作。"
        "第六条 省级人民政府对设区的市级人民政府和本级有关部门进行考核；"
        "设区的市级人民政府对县级人民政府和本级有关部门进行考核。",
        _TITLE,
    )
    supervised = edges(graph, "SUPERVISES")
    assert ("省级人民政府", "县级以上地方人民政府有关部门") not in supervised
    assert ("设区的市级人民政府", "县级以上地方人民政府有关部门") not in supervised
    own = {target for source, target in supervised if source == "省级人民政府" and target.endswith("有关部门")}
    assert own and all(name.startswith("省") for name in own)
