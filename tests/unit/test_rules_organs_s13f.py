"""Organ rules of session 13 (round f): a 、 list of known functions sharing a plain head with no 等
(发展改革、财政部门); a department printed with no level is the all-levels collective of its function
(县级以上各级人民政府X) where the document names one; a function department is never folded into a
regulated unit whose name holds the same word. Each rule on a sentence written for this file (not from the
seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holder_names, names, surfaces


def _doc(body: str, title: str = "某省农村饮水安全管理办法") -> DocumentGraph:
    return document(body, title)


def test_list_of_known_functions_without_deng() -> None:
    graph = _doc(
        "第三条 县级以上人民政府应当统筹饮水工程。\n第四条 教育、民政部门应当保障学校和福利机构的饮水设施经费。\n"
    )
    assert holder_names(graph, 4) == {"教育部门", "民政部门"}


def test_list_without_deng_owned_by_a_government_with_zhuguan_head() -> None:
    graph = _doc("第三条 县级以上人民政府水利、卫生健康主管部门应当每半年抽检一次水质。\n")
    assert holder_names(graph, 3) == {"县级以上人民政府水行政主管部门", "县级以上人民政府卫生健康主管部门"}


def test_list_of_verbs_or_activities_is_no_department_list() -> None:
    assert "督促部门" not in " ".join(surfaces("市人民政府应当检查、督促部门落实供水责任。"))
    graph = _doc("第三条 市人民政府应当检查、督促有关部门落实供水责任。\n第四条 受理申请、登记的部门应当当场答复。\n")
    assert not any(name.startswith(("检查", "申请", "登记")) for name in names(graph))


def test_administrative_list_without_deng_is_still_read_whole() -> None:
    graph = _doc("第三条 供水中断时，由卫生、交通、民用航空行政主管部门按照职责处置。\n")
    assert {"卫生行政主管部门", "交通行政主管部门", "民用航空行政主管部门"} <= names(graph)


def test_function_department_is_not_a_regulated_unit() -> None:
    graph = _doc(
        "第三条 饮水工程建设单位应当在竣工后三十日内申请验收。\n"
        "第四条 违反本办法的，由水利、建设部门按照职责责令改正。\n"
    )
    assert "建设部门" in names(graph)
    assert "工程建设单位" not in holder_names(graph, 4) and "饮水工程建设单位" not in holder_names(graph, 4)


def test_unlevelled_department_is_the_all_levels_collective() -> None:
    graph = _doc(
        "第三条 县级以上地方人民政府卫生健康主管部门负责本行政区域内的饮水卫生监督。\n"
        "第四条 县级以上各级人民政府卫生健康主管部门应当公布水质监测结果。\n"
        "第五条 发生饮水污染事件后，卫生健康主管部门应当立即组织调查。\n"
    )
    assert holder_names(graph, 5) == {"县级以上各级人民政府卫生健康主管部门"}
    assert "卫生健康主管部门" not in names(graph)


def test_unlevelled_department_stays_apart_without_an_all_levels_collective() -> None:
    graph = _doc(
        "第三条 县级以上地方人民政府卫生健康主管部门负责本行政区域内的饮水卫生监督。\n"
        "第五条 发生饮水污染事件后，卫生健康主管部门应当立即组织调查。\n"
    )
    assert holder_names(graph, 5) != {"县级以上各级人民政府卫生健康主管部门"}


def test_receiving_set_is_the_bodies_addressed() -> None:
    graph = _doc(
        "第三条 县级以上人民政府应当统筹饮水工程。\n"
        "第四条 公民发现供水单位违法的，可以向水利主管部门、卫生健康主管部门或者其他有关部门投诉，"
        "接到投诉的部门应当在十日内答复。\n"
    )
    holders = {h for d in graph.duties if d.article == 4 and "答复" in d.text for h in d.holders}
    assert {h.split("/", 1)[1] for h in holders} == {"水利主管部门", "卫生健康主管部门", "有关部门"}


def test_receiving_set_without_an_addressing_clause_is_its_own_set() -> None:
    # round 75: no bodies addressed before, the receiving set is one working set of its own (dev gd-shidi,
    # sh-chengguan name 接到投诉、举报的部门 so), not the subject of the clause before
    graph = _doc("第三条 县级以上人民政府应当统筹饮水工程，接到投诉的部门应当在十日内答复。\n")
    assert holder_names(graph, 3) == {"县级以上人民政府", "接到投诉的部门"}
