"""Round 73 (shared-head lists): list members that are relation endpoints are split."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names

TITLE = "某市禁毒条例"


def test_two_long_names_joined_by_he_close_the_list() -> None:
    body = "第一条 县级以上人民政府民政、人力资源社会保障和市场监督管理等部门应当相互配合，做好帮扶工作。"
    graph = document(body, TITLE)
    printed = {n.removeprefix("县级以上人民政府") for n in names(graph)}
    assert {"民政部门", "人力资源社会保障部门", "市场监督管理部门"} <= printed
    assert len(holder_names(graph, 1)) == 3
    assert not edges(graph, "ASSISTS")  # 相互配合 among co-subjects: no edge (round 138, s44i)


def test_a_function_closed_by_xingzheng_before_a_plain_head_keeps_the_list() -> None:
    body = "第一条 社区戒毒机构应当协助公安、检察、司法行政机关做好戒毒人员的帮教工作。"
    graph = document(body, TITLE)
    assert {"公安机关", "检察机关", "司法行政机关"} <= names(graph)
    assert {target for _, target in edges(graph, "ASSISTS")} == {"公安机关", "检察机关", "司法行政机关"}


def test_an_unmarked_administrative_head_is_still_shared() -> None:
    graph = document("第一条 林业、渔业行政主管部门应当做好野生动物保护工作。", TITLE)
    assert holder_names(graph, 1) == {"林业行政主管部门", "渔业行政主管部门"}


def test_governments_and_departments_concerned_are_one_set() -> None:
    body = "第一条 市禁毒委员会办公室负责指导、监督检查有关政府和部门的禁毒工作。"
    graph = document(body, TITLE)
    assert "有关政府和部门" in names(graph)
    assert edges(graph, "SUPERVISES") == {("市禁毒委员会办公室", "有关政府和部门")}


def test_xingzheng_bumen_is_shared_by_a_list_with_no_deng() -> None:
    graph = document("第一条 教育、卫生行政部门应当做好学校禁毒宣传工作。", TITLE)
    assert holder_names(graph, 1) == {"教育行政部门", "卫生行政部门"}
    graph = document("第一条 民政、司法行政部门应当做好戒毒人员的帮扶工作。", TITLE)
    assert holder_names(graph, 1) == {"民政部门", "司法行政部门"}
