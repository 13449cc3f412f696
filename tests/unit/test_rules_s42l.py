"""Round 133 (role nodes): the role that a 约谈其R frame gives each body of a list (X或者Y…，由Z约谈其R) sits in
its own body, not only the role the printed word is keyed to. Each rule on a sentence written for this file
(not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湿地保护条例"


def _role_edges(body: str) -> set[tuple[str, str]]:
    return {edge for edge in edges(document(body, _TITLE), "PART_OF") if edge[0].endswith("主要负责人")}


def test_each_body_of_a_their_role_list_holds_its_role() -> None:
    found = _role_edges(
        "第八条 县人民政府应当组织湿地巡护。市林业主管部门应当做好湿地监测工作。\n"
        "第九条 对湿地保护工作推进不力的县人民政府或者市林业主管部门，由市人民政府约谈其主要负责人，责令限期整改。"
    )
    assert ("县人民政府主要负责人", "县人民政府") in found
    assert ("市林业主管部门主要负责人", "市林业主管部门") in found


def test_a_single_body_keeps_one_role_edge() -> None:
    found = _role_edges(
        "第八条 县人民政府应当组织湿地巡护。\n"
        "第九条 对湿地保护工作推进不力的县人民政府，由市人民政府约谈其主要负责人，责令限期整改。"
    )
    assert found == {("县人民政府主要负责人", "县人民政府")}


def test_a_bare_department_set_of_the_list_gets_no_edge_from_the_frame() -> None:
    found = _role_edges(
        "第八条 县人民政府应当组织湿地巡护。有关部门应当按照职责做好湿地保护工作。\n"
        "第九条 对湿地保护工作推进不力的县人民政府或者有关部门，由市人民政府约谈其主要负责人，责令限期整改。"
    )
    assert ("县人民政府主要负责人", "县人民政府") in found
    assert ("有关部门主要负责人", "有关部门") not in found
