"""One organ printed two ways stays one node: a level's department named by a fuller printed name keeps
its plain printed name as an alias; a list item's 主管部门 joins the one 行政主管部门 printed whole; 有关
before a local level's post or office picks that level's one post/office; 环保 joins 环境保护 of its level.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, organ_id

_TITLE = "某市果园保护条例"


def test_a_level_department_keeps_its_plain_printed_name() -> None:
    graph = document(
        "第一条 市、区（县级市）园林行政主管部门负责本行政区域内果园的保护工作。\n\n"
        "第二条 市、区（县级市）人民政府园林行政主管部门应当建立果园档案。",
        _TITLE,
    )
    assert organ_id(graph, "市园林行政主管部门") == organ_id(graph, "市人民政府园林行政主管部门")


def test_a_list_item_department_joins_the_one_printed_in_full() -> None:
    graph = document(
        "第一条 县人民政府农业、林业等行政主管部门按照各自职责做好果园保护工作。\n\n"
        "第二条 县人民政府及其园林、农业行政主管部门应当组织果树病虫害调查。",
        _TITLE,
    )
    farming = {o.id for o in graph.organs if "农业" in o.name}
    assert len(farming) == 1


def test_a_picked_local_post_is_the_level_post() -> None:
    graph = document(
        "第一条 县（区）林长负责本区域果园的保护工作。\n\n第二条 市林长办公室应当督促有关县（区）林长履行职责。",
        _TITLE,
    )
    assert organ_id(graph, "有关县（区）林长") == organ_id(graph, "县（区）林长")


def test_a_picked_office_of_a_local_level_is_the_level_office() -> None:
    graph = document(
        "第一条 县（市）河长制办公室负责组织协调。\n\n第二条 相关县（市）河长制办公室应当按月报送工作情况。",
        _TITLE,
    )
    assert organ_id(graph, "相关县（市）河长制办公室") == organ_id(graph, "县（市）河长制办公室")


def test_picked_state_organs_stay_a_set_of_their_own() -> None:
    graph = document("第一条 国家机关应当做好果园保护宣传。\n\n第二条 有关国家机关应当配合果园保护工作。", _TITLE)
    assert organ_id(graph, "有关国家机关") != organ_id(graph, "国家机关")


def test_a_short_function_word_joins_the_full_one_of_its_level() -> None:
    graph = document(
        "第一条 市人民政府园林、环境保护等行政主管部门按照各自职责做好果园保护工作。\n\n"
        "第二条 市人民政府环保、园林等行政主管部门应当开展果园土壤监测。",
        _TITLE,
    )
    assert organ_id(graph, "市人民政府环保部门") == organ_id(graph, "市人民政府环境保护部门")


def test_a_short_function_word_printed_alone_keeps_its_name() -> None:
    graph = document("第一条 市环保部门负责果园周边的污染防治监督管理工作。", _TITLE)
    assert organ_id(graph, "市环保部门").endswith("市环保部门")
