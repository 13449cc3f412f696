"""Rules from the central-regulation dev document on public-health emergencies (session 12), each
tested on sentences written for the test."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

TITLE = "某某动物疫病应急办法"


def test_shared_head_without_deng_gives_one_department_per_item() -> None:
    """农业、林业行政主管部门 (no 等): 行政主管部门 is shared by every item (genre rule 2); a 、 list of
    levels before one government's department (市、县人民政府水行政主管部门) stays a level list."""
    graph = document(
        "第一条 农业、林业、渔业行政主管部门应当及时运送防疫物资。\n"
        "第二条 市、县人民政府水行政主管部门应当保障用水。\n",
        TITLE,
    )
    assert {"农业行政主管部门", "林业行政主管部门", "渔业行政主管部门"} <= holder_names(graph, 1)
    assert not any(name.startswith("市、") for name in names(graph))
    assert "县人民政府水行政主管部门" in holder_names(graph, 2)


def test_gongshang_department_keeps_its_function_word() -> None:
    """工商行政管理部门: 商 inside 工商 is no consultation verb (商 = 商请), the name is whole."""
    graph = document("第一条 囤积居奇的，由工商行政管理部门依法给予行政处罚。\n", TITLE)
    assert "工商行政管理部门" in holder_names(graph, 1)
    assert "行政管理部门" not in names(graph)


def test_emergency_handling_is_a_function_name_inside_a_body() -> None:
    """应急处理指挥部 / 应急处理专业技术机构: 处理 inside the function 应急处理 ends no name."""
    graph = document(
        "第一条 疫情发生后，省人民政府设立动物疫情应急处理指挥部，负责统一指挥。\n"
        "第二条 动物疫情应急处理专业技术机构应当开展流行病学调查。\n",
        TITLE,
    )
    assert "动物疫情应急处理指挥部" in holder_names(graph, 1)
    assert "动物疫情应急处理专业技术机构" in holder_names(graph, 2)


def test_monitoring_body_and_raise_verb() -> None:
    """监测机构 names a body (监测 is no verb before 机构/站/中心); 提高X机构的能力 is an act on X,
    no body named 提高X机构."""
    graph = document(
        "第一条 动物疫病监测机构应当定期报告监测结果。\n第二条 县级人民政府应当提高兽医机构的诊断能力。\n",
        TITLE,
    )
    assert "动物疫病监测机构" in holder_names(graph, 1)
    assert not any(name.startswith("提高") for name in names(graph))
