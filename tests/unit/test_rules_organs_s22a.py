"""Organ rules of session 22 (round a): a 、 list of functions keeps one department per item where a
short qualifier stands between 等 and the head (等绿化重点部门), and where a level word opens a plain
list with no 等 (市农业农村、园林绿化部门); 铁路 and 民航 are functions such a list may name. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, surfaces


def test_qualified_head_after_deng_gives_one_department_per_item() -> None:
    graph = document(
        "第一条 工业、农业、园林等绿化重点部门应当做好本行业的绿化工作。\n\n"
        "第二条 住房城乡建设、交通运输、水利等相关行业工程建设主管部门应当督办欠薪案件。",
        "某市花卉管理办法",
    )
    assert holder_names(graph, 1) == {"工业部门", "农业部门", "园林部门"}
    assert holder_names(graph, 2) == {"住房城乡建设部门", "交通运输部门", "水行政主管部门"}
    assert "绿化重点部门" not in names(graph)


def test_qualifier_with_a_verb_or_joiner_or_a_unit_head_is_no_list() -> None:
    # 负责…的: a relative clause; 和: two heads joined; 单位: no department head
    assert surfaces("花卉、苗木等负责审批的部门应当公开目录。") == ["负责审批的部门"]
    assert surfaces("文物、旅游等职能和执法部门应当巡查。") == ["职能和执法部门"]
    assert surfaces("通信、邮政等公用企事业单位应当保障供应。") == ["公用企事业单位"]


def test_level_word_opening_a_plain_list_is_every_item_level() -> None:
    graph = document(
        "第一条 市农业农村、园林绿化部门应当加强对花卉种植的监督。\n\n第二条 区商务、市场监管部门应当规范花卉市场。",
        "某市花卉管理办法",
    )
    assert holder_names(graph, 1) == {"市农业农村部门", "市园林绿化部门"}
    assert holder_names(graph, 2) == {"区商务部门", "区市场监管部门"}


def test_railway_and_civil_aviation_are_list_functions() -> None:
    graph = document("第一条 铁路、交通、民航部门应当优先运送花卉种苗。", "某市花卉管理办法")
    assert holder_names(graph, 1) == {"铁路部门", "交通部门", "民航部门"}
