"""Round 121 (water rules): a one-character county (岱县) opening a 、 list of named places after a joiner,
and a department printed after a list of named places (甲区、乙区人民政府水行政主管部门), which each place's
government holds. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names

_TITLE = "临江市清河保护条例"


def test_a_one_character_county_opens_a_list_of_named_places() -> None:
    graph = document("第四条 市人民政府和岱县、滑县人民政府应当做好清河保护工作。", _TITLE)
    assert holders_of_duty(graph, "清河保护") == {"市人民政府", "岱县人民政府", "滑县人民政府"}


def test_a_one_character_place_inside_a_word_opens_no_list() -> None:
    graph = document("第四条 东丘市、西湖区人民政府应当做好清河保护工作。", _TITLE)
    assert "丘市人民政府" not in holders_of_duty(graph, "清河保护")


def test_a_department_after_a_list_of_named_places_is_each_places() -> None:
    graph = document("第四条 东川区、西湖区人民政府水行政主管部门应当做好清河巡查工作。", _TITLE)
    assert holders_of_duty(graph, "清河巡查") == {
        "东川区人民政府水行政主管部门",
        "西湖区人民政府水行政主管部门",
    }
    assert ("东川区人民政府水行政主管部门", "东川区人民政府") in edges(graph, "PART_OF")
    assert ("西湖区人民政府水行政主管部门", "西湖区人民政府") in edges(graph, "PART_OF")


def test_a_set_of_departments_after_named_places_of_two_levels() -> None:
    graph = document("第五条 临江市、东川区人民政府有关部门应当按照职责做好清河保护工作。", _TITLE)
    holders = holders_of_duty(graph, "清河保护")
    assert "东川区人民政府有关部门" in holders
    assert len(holders) == 2


def test_a_competence_qualifier_before_a_department_keeps_the_department_the_holder() -> None:
    graph = document(
        "第三条 县级以上人民政府水行政主管部门负责本行政区域内水库的保护工作。"
        "第四条 确需从水库引水的，应当由有管辖权的水行政主管部门报经本级人民政府同意。"
        "第五条 有管理权限的水行政主管部门应当定期巡查水库。",
        _TITLE,
    )
    assert holders_of_duty(graph, "引水") == {"县级以上人民政府水行政主管部门"}
    assert holders_of_duty(graph, "定期巡查") == {"县级以上人民政府水行政主管部门"}
    assert ("县级以上人民政府水行政主管部门", "县级以上人民政府") in edges(graph, "REPORTS_TO")


def test_a_competence_qualifier_before_a_government_body_stays_a_set() -> None:
    graph = document(
        "第五条 县级以上人民政府应当加强水库管理。第六条 在汛期，有管辖权的人民政府防汛指挥机构应当加强对水库的巡查。",
        "水库大坝安全管理条例",
    )
    assert "人民政府防汛指挥机构" not in names(graph)


def test_a_prompt_follow_up_after_an_approval_is_a_duty_of_its_own() -> None:
    graph = document(
        "第三条 县级以上人民政府水行政主管部门负责本行政区域内水库的保护工作。"
        "第四条 县级以上人民政府水行政主管部门应当报经本级人民政府同意，并及时采取措施补充库容。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert "并及时采取措施补充库容" in texts
    assert not any("同意，并" in text for text in texts)
