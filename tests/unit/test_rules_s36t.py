"""Round 117 (interviews of named roles outside a condition): the holder's own place word (本区, 本市, 本县)
printed between 约谈 (or another oversight verb) and its objects names where the objects lie, so the roles
after it are the objects. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某市某某工作责任制规定"


def test_an_own_place_word_before_the_interviewed_roles_keeps_the_edges() -> None:
    graph = document(
        "第九条 区人民政府可以约谈本区街道（乡镇）、区有关部门的主要负责人。第十条 区有关部门应当做好本部门工作。",
        _TITLE,
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "区人民政府"}
    assert "区有关部门主要负责人" in supervised
    assert any(target.startswith("街道") or target.startswith("镇") for target in supervised)


def test_an_area_after_the_own_place_word_is_no_object_opener() -> None:
    graph = document("第九条 区人民政府监督本区域的绿化工作。", _TITLE)
    assert not edges(graph, "SUPERVISES")


def test_a_head_role_after_two_department_sets_joined_by_he_is_each_sets_head() -> None:
    graph = document(
        "第九条 市人民政府可以约谈下级人民政府农业农村部门和同级有关部门负责人。第十条 区人民政府应当做好本区工作。",
        _TITLE,
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "市人民政府"}
    assert any(target.endswith("农业农村部门负责人") for target in supervised)
    assert not any(target.endswith("农业农村部门") for target in supervised)


def test_an_office_before_he_and_a_department_head_role_is_read_alone() -> None:
    graph = document(
        "第九条 市人民政府可以约谈区工作领导小组办公室和同级有关部门负责人。第十条 区人民政府应当做好本区工作。",
        _TITLE,
    )
    supervised = {target for source, target in edges(graph, "SUPERVISES") if source == "市人民政府"}
    assert "区工作领导小组办公室负责人" not in supervised
