"""Organ rules of session 15 (round a): the bare places 街道、乡镇 named together as the fixed pair of
their bodies, and 同级X seen from a department of one level named with that level's words. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, surfaces


def test_street_and_township_places_name_the_fixed_pair() -> None:
    graph = document(
        "第一条 县级以上人民政府统一领导本行政区域的垃圾分类工作。\n"
        "第二条 街道、乡镇应当组织居民委员会开展垃圾分类宣传。\n",
        "某省生活垃圾分类责任规定",
    )
    assert holder_names(graph, 2) == {"乡镇人民政府、街道办事处"}
    assert not {"街道", "乡镇"} & names(graph)


def test_town_and_street_either_order_and_places_stay_apart() -> None:
    assert surfaces("乡镇和街道应当立即转移受威胁群众。") == ["乡镇和街道"]
    # a place word that heads a role keeps it; towns and streets as places are no organ pair
    assert "乡镇和街道" not in surfaces("乡镇和街道工作人员应当协助。")
    assert "镇、街道" not in surfaces("具有历史价值的城镇、街道、村庄应当予以保护。")


def test_same_level_department_is_named_with_its_source_level() -> None:
    graph = document(
        "第一条 县级以上人民政府自然资源主管部门负责本行政区域的地质灾害防治。\n"
        "第二条 县（市、区）应急管理部门应当会同同级自然资源主管部门编制地质灾害应急预案。\n"
        "第三条 市林业主管部门应当会同同级财政部门制定护林员补助办法。\n",
        "某省地质灾害防治责任规定",
    )
    assert holder_names(graph, 2) == {"县（市、区）应急管理部门", "县（市、区）自然资源主管部门"}
    assert holder_names(graph, 3) == {"市林业主管部门", "市财政部门"}
    assert not {"同级自然资源主管部门", "同级财政部门"} & names(graph)


def test_same_level_of_a_class_of_state_organs_has_no_level_name() -> None:
    graph = document("第一条 国家机关应当将年度普法计划报同级司法行政部门备案。\n", "某市普法责任规定")
    assert "国家司法行政部门" not in names(graph)


def test_list_item_function_word_is_an_alias_of_its_department() -> None:
    graph = document(
        "第一条 市人民政府交通运输、城市管理、园林绿化等主管部门应当按照职责做好绿道维护工作。\n", "某市绿道保护条例"
    )
    aliases = {o.name: set(o.aliases) for o in graph.organs}
    # the first item shares the printed government, the last the printed head: each is also named alone
    assert "交通运输" in aliases["市人民政府交通运输部门"]
    assert "园林绿化" in aliases["市人民政府园林绿化部门"]
    assert "城市管理" in aliases["市人民政府城市管理部门"]
