"""Round 100 (s31, hzzwh): shapes of a city river regulation — a designated 其他部门, a river's course before its
subject, a relative co-subject, the village chief's committee."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市清水河保护条例"


def test_designated_other_department_is_one_set() -> None:
    # X主管部门或者县人民政府确定的其他部门: the department the government designates is an organ of its own
    body = "第一条 公共厕所由县住房城乡建设主管部门或者县人民政府确定的其他部门负责日常管护。"
    graph = document(body, _TITLE)
    assert "县人民政府确定的其他部门" in names(graph)
    assert "县人民政府确定的其他部门" in holders_of_duty(graph, "日常管护")


def test_river_course_before_subject_keeps_the_body_as_holder() -> None:
    # 清水河流经的县人民政府对…负责: the river's course says where the body lies; the body holds the duty
    body = "第一条 市人民政府统筹清水河保护工作。\n清水河流经的县人民政府对本行政区域内清水河的水质负责。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "水质负责") == {"县人民政府"}


def test_relative_co_subject_is_no_target() -> None:
    # 上级林长或者林长制办公室可以约谈下级林长: the superior chief acts beside the office, nobody oversees it
    body = "第一条 对巡林不到位的下级林长，上级林长或者林长制办公室可以进行约谈。"
    graph = document(body, _TITLE)
    supervised = edges(graph, "SUPERVISES")
    assert ("林长制办公室", "下级林长") in supervised
    assert ("林长制办公室", "上级林长") not in supervised


def test_village_chief_sits_in_the_village_committee() -> None:
    # no village government or party body is named: the village chief sits in the acting village committee
    body = (
        "第一条 村级河长由村民委员会主任担任。\n"
        "第二条 村民委员会协助做好清水河的保洁工作。村级河长负责本村河段的日常巡查。"
    )
    graph = document(body, _TITLE)
    assert ("村级河长", "村民委员会") in edges(graph, "PART_OF")
