"""Round 133 (alternatives inside one clause): two functions joined by 或者 before one shared head name one
department each, and both hold the clause. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市湖泊保护条例"


def test_two_listed_functions_joined_by_huozhe_share_the_head() -> None:
    graph = document("第八条 在湖区内违法采砂的，由财政或者审计部门责令停止违法行为。", _TITLE)
    assert holders_of_duty(graph, "责令停止违法行为") == {"财政部门", "审计部门"}


def test_an_unlisted_function_is_an_alternative_beside_a_listed_one() -> None:
    graph = document("第九条 在湖区内违法捕捞的，由林业或者湖泊渔政部门责令改正。", _TITLE)
    assert holders_of_duty(graph, "责令改正") == {"林业部门", "湖泊渔政部门"}


def test_shui_closes_an_alternative_pair_before_its_administration_head() -> None:
    graph = document(
        "第十条 市城市管理、水行政主管部门按照各自职责做好湖泊保护工作。\n"
        "第十一条 向湖区倾倒垃圾的，由城市管理或者水行政主管部门责令清除。",
        _TITLE,
    )
    assert holders_of_duty(graph, "责令清除") == {"城市管理主管部门", "水行政主管部门"}


def test_a_whole_body_before_huozhe_is_read_alone() -> None:
    graph = document("第十二条 市建设行政主管部门或者园林绿化部门应当加强湖岸绿地巡查。", _TITLE)
    assert holders_of_duty(graph, "加强湖岸绿地巡查") == {"市建设行政主管部门", "园林绿化部门"}
