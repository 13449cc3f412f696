"""Function lists of round 91: a long bare list of functions before 等部门 (more than 70 characters, names
holding 和) is one department per function; a level word before an unmarked list (市X、Y行政主管部门) opens the
subject, so the departments bear the clause's duty (after 由 too); utilities and a few other functions share a
plain head with no 等 (供水、供电部门).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names


def test_long_bare_function_list_names_each_department() -> None:
    body = (
        "第一条 市人民政府负责统筹湖泊保护。\n"
        "科技、经济和信息化、财政、人力资源和社会保障、住房和城乡建设、规划和自然资源、生态环境、"
        "城市管理、交通、水务、农业农村、文化和旅游、卫生健康、应急管理、体育、林业等部门应当按照职责做好湖泊保护工作。"
    )
    graph = document(body, "某某市湖泊保护条例")
    expected = {
        "科技部门",
        "经济和信息化部门",
        "财政部门",
        "人力资源和社会保障部门",
        "住房和城乡建设部门",
        "规划和自然资源部门",
        "生态环境部门",
        "城市管理部门",
        "交通部门",
        "水务部门",
        "农业农村部门",
        "文化和旅游部门",
        "卫生健康部门",
        "应急管理部门",
        "体育部门",
        "林业部门",
    }
    assert holder_names(graph, 1) == expected | {"市人民政府"}


def test_level_word_before_unmarked_list_opens_the_subject() -> None:
    graph = document("第一条 县林业、水务行政主管部门应当加强湿地巡查。", "某某县湿地保护办法")
    assert holder_names(graph, 1) == {"县林业行政主管部门", "县水务行政主管部门"}


def test_level_word_before_unmarked_list_after_agent() -> None:
    graph = document("第一条 湿地名录由市林业、水务行政部门拟定，报市人民政府批准。", "某某市湿地保护办法")
    assert {"市林业行政部门", "市水务行政部门"} <= holder_names(graph, 1)


def test_utility_functions_share_a_plain_head() -> None:
    graph = document("第一条 供气、供电部门应当配合停止供应。", "某某市燃气管理办法")
    assert {"供气部门", "供电部门"} <= names(graph)
    assert holder_names(graph, 1) == {"供气部门", "供电部门"}


def test_whole_body_joined_by_and_before_a_function_list() -> None:
    graph = document("第一条 人民法院、检察机关和民政、司法行政等部门应当配合调解工作。", "某某市矛盾纠纷调解条例")
    assert holder_names(graph, 1) == {"人民法院", "检察机关", "民政部门", "司法行政部门"}
