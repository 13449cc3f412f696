"""Round 140 (the dev documents with the lowest organ F1): causes shared by several of them. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names, holders_of_duty

_TITLE = "某某省候鸟保护条例"


def test_a_reference_clause_that_names_its_body_is_that_bodys_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府林业主管部门负责本行政区域候鸟保护的监督管理。\n"
        "第六条 候鸟疫病的监测，由县级以上人民政府林业主管部门依照国家有关规定执行。",
        _TITLE,
    )
    assert holders_of_duty(graph, "候鸟疫病的监测") == {"县级以上人民政府林业主管部门"}


def test_a_reference_clause_without_a_body_stays_no_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府林业主管部门负责本行政区域候鸟保护的监督管理。\n"
        "第六条 候鸟栖息地的划定，按照国家有关规定执行。",
        _TITLE,
    )
    assert not any("栖息地的划定" in text for text in duty_texts(graph))


_FOREST = "某某省林木病害防治条例"
_PROVINCE = "\n第九条 省人民政府林业主管部门负责全省林木病害防治的监督管理。"


def test_a_level_list_printed_bottom_up_names_the_body_at_each_level() -> None:
    graph = document("第五条 县、设区的市人民政府林业主管部门应当组织林木病害普查。" + _PROVINCE, _FOREST)
    assert holder_names(graph, 5) == {"县人民政府林业主管部门", "设区的市人民政府林业主管部门"}


def test_places_of_one_level_may_sit_side_by_side_in_a_rising_list() -> None:
    graph = document("第五条 县、市、自治州人民政府林业主管部门应当发布林木病害预报。" + _PROVINCE, _FOREST)
    assert holder_names(graph, 5) == {
        "县人民政府林业主管部门",
        "市人民政府林业主管部门",
        "自治州人民政府林业主管部门",
    }


def test_a_higher_body_after_a_top_down_list_stays_its_own() -> None:
    graph = document("第五条 盟市、旗县和自治区有关部门应当配合林木病害防治。" + _PROVINCE, _FOREST)
    assert "自治区有关部门" in holder_names(graph, 5)
    assert "旗县有关部门" not in holder_names(graph, 5)


def test_township_places_before_a_higher_set_of_departments_stay_bodies() -> None:
    graph = document("第五条 各乡、镇和县有关部门应当做好林木病害的日常巡查。" + _PROVINCE, _FOREST)
    assert "镇有关部门" not in holder_names(graph, 5)
    assert "县有关部门" in holder_names(graph, 5)
