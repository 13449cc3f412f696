"""Round 46 relation rules: 征得X同意 is a submission for X's approval (as 经X同意); 对X…考核的内容 keeps the
对 organs overseen when a scope noun follows 的; 对其有关部门 is the holder's own departments. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市河道管理条例"


def test_asking_consent_is_no_report_under_the_gate() -> None:
    graph = document("第五条 确需临时占用河道的，县交通运输部门应当征得县水行政主管部门同意。", _TITLE)
    # session 38 gate: 征得…同意 is no README trigger
    assert ("县交通运输部门", "县水行政主管部门") not in edges(graph, "REPORTS_TO")


def test_asking_consent_after_de_is_no_report_under_the_gate() -> None:
    graph = document("第五条 县文物行政部门调整保护范围的，应当征得市文物行政部门的同意。", _TITLE)
    # session 38 gate: 征得…的同意 is no README trigger
    assert ("县文物行政部门", "市文物行政部门") not in edges(graph, "REPORTS_TO")


def test_consent_of_a_person_gives_no_edge() -> None:
    graph = document("第五条 县水行政主管部门调整巡查人员岗位，应当征得本人同意。", _TITLE)
    assert edges(graph, "REPORTS_TO") == set()


def test_assessment_scope_noun_keeps_the_overseen_organs() -> None:
    graph = document("第五条 市人民政府应当将河道保洁工作作为对县人民政府年度考核的重要依据。", _TITLE)
    assert ("市人民政府", "县人民政府") in edges(graph, "SUPERVISES")


def test_assessment_qualifying_a_thing_gives_no_edge() -> None:
    graph = document("第五条 市人民政府应当对县人民政府未予考核的事项予以纠正。", _TITLE)
    assert ("市人民政府", "县人民政府") not in edges(graph, "SUPERVISES")


def test_its_departments_are_the_holders_own() -> None:
    graph = document("第五条 市人民政府应当对其所属部门的河道保护工作进行考核。", _TITLE)
    assert edges(graph, "SUPERVISES") == {("市人民政府", "市人民政府所属部门")}


def test_its_member_units_are_not_a_governments() -> None:
    graph = document("第五条 市河道管理委员会应当对其成员单位进行考核。", _TITLE)
    assert all(not target.endswith("人民政府所属部门") for _, target in edges(graph, "SUPERVISES"))
