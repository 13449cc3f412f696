"""Organ rules of session 16 (round a): a body's 各成员单位 as its member units, 有关工作部门 after a body
as that body's 工作部门, the party-style 负责同志 roles, and roles printed after a joined 机关、单位 set.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, organ_named


def test_each_member_unit_of_a_named_body_is_its_member_set() -> None:
    graph = document(
        "第一条 省粮食安全工作委员会负责统筹全省粮食安全工作。\n"
        "第二条 省粮食安全工作委员会各成员单位应当按照分工落实储备粮管理任务。\n",
        "某省粮食安全责任规定",
    )
    assert holder_names(graph, 2) == {"省粮食安全工作委员会成员单位"}
    assert ("省粮食安全工作委员会成员单位", "省粮食安全工作委员会") in edges(graph, "PART_OF")
    assert "成员单位" not in names(graph)


def test_relevant_working_departments_of_a_body_are_its_working_departments() -> None:
    graph = document(
        "第一条 乡镇人民政府应当配合县人民政府有关工作部门做好耕地保护工作。\n"
        "第二条 县人民政府工作部门应当加强耕地执法检查。\n",
        "某县耕地保护责任规定",
    )
    organ = organ_named(graph, "县人民政府有关工作部门")
    assert "县人民政府工作部门" in organ.aliases
    assert holder_names(graph, 2) == {organ.name}


def test_responsible_comrade_is_the_bodys_responsible_role() -> None:
    graph = document(
        "第一条 县级党委和政府应当建立网格化管理制度。\n"
        "第二条 各级党委和政府主要负责同志应当亲自部署重大矛盾纠纷化解工作。\n",
        "某省矛盾纠纷化解责任规定",
    )
    assert holder_names(graph, 2) == {"各级党委和政府主要负责同志"}
    assert "各级党委和政府" not in holder_names(graph, 2)


def test_staff_after_a_joined_set_act_for_the_set() -> None:
    graph = document(
        "第一条 各级机关、单位工作人员办理保密事项时，应当遵守保密纪律。\n"
        "第二条 有关机关、单位负责人应当定期检查保密制度执行情况。\n",
        "某省保密工作责任规定",
    )
    assert holder_names(graph, 1) == {"各级机关、单位"}
    assert holder_names(graph, 2) == {"有关机关、单位负责人"}
    assert not {"单位工作人员", "单位负责人"} & names(graph)
