"""Rules of round 95 (city river laws): a named basin or line before a level word says where the
bodies lie, so the body is the level's and its function list splits by level; a 、 list of functions
shares 行政管理部门 with no 等, as it shares 行政主管部门; staff printed on a listed body with no 的
(C工作人员) are sanctioned through that body.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, surfaces


def test_a_basin_before_a_level_word_leaves_the_level_body() -> None:
    text = "市档案局和白鹭江流域内县人民政府负责本辖区的档案保护工作。"
    assert surfaces(text, "municipal") == ["市档案局", "白鹭江流域内县人民政府"]
    graph = document("第一条 " + text, "某市白鹭江档案保护条例")
    assert "县人民政府" in names(graph)


def test_the_basin_body_is_one_holder_with_no_loop() -> None:
    body = "第一条 白鹭江流域内乡人民政府、街道办事处协助市、县人民政府做好档案保护工作。"
    graph = document(body, "某市白鹭江档案保护条例")
    assisted = edges(graph, "ASSISTS")
    assert ("乡人民政府、街道办事处", "县人民政府") in assisted
    assert all(source != target for source, target in assisted)


def test_an_encouraged_party_after_a_basin_opens_no_body() -> None:
    text = "鼓励白鹭江沿岸的村民委员会开展护河活动。"
    assert _basin_masked(text) == text


def test_a_level_list_after_a_basin_splits_by_level() -> None:
    body = "第一条 白鹭江流域内县档案、文物行政管理部门应当定期检查，并将情况上报市档案、文物行政管理部门。"
    graph = document(body, "某市白鹭江档案保护条例")
    assert {"县档案行政管理部门", "县文物行政管理部门"} <= names(graph)
    assert ("县档案行政管理部门", "市文物行政管理部门") in edges(graph, "REPORTS_TO")


def test_a_function_list_shares_an_administration_head_with_no_deng() -> None:
    text = "由档案、文物行政管理部门依法查处。"
    assert surfaces(text, "municipal") == ["档案", "文物行政管理部门"]


def test_a_whole_name_before_an_administration_head_stays_whole() -> None:
    text = "文化市场监督部门、档案行政管理部门依法查处。"
    assert surfaces(text, "municipal") == ["文化市场监督部门", "档案行政管理部门"]


def _basin_masked(text: str) -> str:
    from loaders.organs import _basin_before_level

    return _basin_before_level().sub(lambda found: "，" * len(found.group(0)), text)


def test_staff_printed_on_a_listed_body_are_sanctioned_through_it() -> None:
    body = (
        "第一条 园林绿化监管机构负责公园巡查。\n"
        "第二条 园林行政主管部门及园林绿化监管机构工作人员在公园管理中玩忽职守的，"
        "由其所在单位、上级主管机关或者监察机关依法给予处分。"
    )
    graph = document(body, "某市公园条例")
    supervised = edges(graph, "SUPERVISES")
    assert ("上级主管机关", "园林绿化监管机构") in supervised
    assert ("监察机关", "园林行政主管部门") in supervised
    assert "园林绿化监管机构工作人员" not in names(graph)
