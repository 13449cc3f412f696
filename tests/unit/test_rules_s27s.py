"""Department sets printed in several forms (round 92): a 本级人民政府有关部门 set seen from a set of
bodies of several levels, the per-level copies of 本级/其有关部门, a set first printed inside its
government's name, and a government also printed as a level list (省、自治区、直辖市人民政府).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_relative_set_seen_from_a_set_of_levels_sits_in_its_relative_government() -> None:
    graph = document(
        "第一条 市、县人民政府文物监察机构负责本行政区域内的文物监察工作。\n"
        "第二条 文物监察机构在本级人民政府领导下，对本级人民政府有关部门履行文物保护职责的情况实施监督，"
        "并向本级人民政府报告监督结果。\n",
        "某市文物监察条例",
    )
    assert ("本级人民政府有关部门", "本级人民政府") in edges(graph, "PART_OF")


def test_level_copy_first_printed_as_a_relative_name_sits_in_its_government() -> None:
    graph = document(
        "第一条 市、区应急管理部门指导、监督本级人民政府有关部门履行安全生产职责。\n"
        "第二条 市人民政府对市有关部门的安全生产工作进行考核。\n",
        "某市安全生产条例",
    )
    assert ("市有关部门", "市人民政府") in edges(graph, "PART_OF")


def test_department_set_of_each_listed_government_sits_in_it() -> None:
    graph = document(
        "第一条 市、县人民政府应当将森林防火工作纳入对其有关部门和下一级人民政府的年度考核。\n",
        "某市森林防火条例",
    )
    part_of = edges(graph, "PART_OF")
    assert ("市人民政府有关部门", "市人民政府") in part_of
    assert ("县人民政府有关部门", "县人民政府") in part_of


def test_set_first_printed_inside_a_split_government_name_sits_in_that_government() -> None:
    graph = document(
        "第一条 市、区人民政府及其有关部门应当加强河道保护宣传。\n"
        "第二条 市有关部门按照职责做好河道保护工作。\n"
        "第三条 市有关部门应当公开河道保护信息。\n",
        "某市河道保护条例",
    )
    assert ("市有关部门", "市人民政府") in edges(graph, "PART_OF")


def test_department_of_a_level_list_sits_in_the_government_it_names() -> None:
    graph = document(
        "第一条 省、自治区、直辖市人民政府负责疫情报告工作。\n"
        "第二条 省级人民政府卫生行政部门接到报告后，应当立即报告省级人民政府。\n"
        "第三条 省、自治区、直辖市人民政府卫生行政部门应当向省级人民政府报告。\n",
        "传染病报告办法",
    )
    assert ("省、自治区、直辖市人民政府卫生行政部门", "省级人民政府") in edges(graph, "PART_OF")
