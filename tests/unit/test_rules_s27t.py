"""Rules of round 92 (s27t), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a lower level's functional department sits in its government, not in the
level's 党委和政府 pair, where the government acts on its own (offices and 有关 sets stay in the pair);
and X、Y等部门，以及市、县人民政府其他有关部门，按照职责分工… is one subject of the listed sets."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, holders_of_duty

_TITLE = "某省秸秆禁烧责任制规定"


def _doc(body: str) -> DocumentGraph:
    return document(body, _TITLE)


def test_a_lower_level_department_sits_in_its_acting_government() -> None:
    graph = _doc(
        "第一条 县（市、区）党委和政府对本行政区域秸秆禁烧工作负总责。\n"
        "第二条 县（市、区）人民政府应当制定秸秆综合利用规划。\n"
        "第三条 县（市、区）农业农村部门负责秸秆还田技术推广。县（市、区）秸秆禁烧工作办公室负责日常协调。"
        "县（市、区）有关部门按照职责做好相关工作。\n"
    )
    part_of = edges(graph, "PART_OF")
    assert ("县（市、区）农业农村部门", "县（市、区）人民政府") in part_of
    assert ("县（市、区）秸秆禁烧工作办公室", "县（市、区）党委和政府") in part_of
    assert ("县（市、区）有关部门", "县（市、区）党委和政府") in part_of


def test_without_an_acting_government_the_department_sits_in_the_pair() -> None:
    graph = _doc(
        "第一条 县（市、区）党委和政府对本行政区域秸秆禁烧工作负总责。\n"
        "第二条 县（市、区）农业农村部门负责秸秆还田技术推广。\n"
    )
    assert edges(graph, "PART_OF") == {("县（市、区）农业农村部门", "县（市、区）党委和政府")}


def test_a_fixed_pair_of_one_place_keeps_its_departments() -> None:
    graph = document(
        "第一条 县委、县政府对全县秸秆禁烧工作负总责。\n"
        "第二条 县政府应当制定秸秆综合利用规划。\n"
        "第三条 县农业农村局负责秸秆还田技术推广。\n",
        "某县秸秆禁烧责任制规定",
    )
    assert ("县农业农村局", "县委、县政府") in edges(graph, "PART_OF")


def test_sets_after_yiji_before_the_rule_they_act_by_share_the_subject() -> None:
    graph = _doc(
        "第一条 县（市、区）党委和政府对本行政区域秸秆禁烧工作负总责。\n"
        "第二条 农业农村、生态环境等部门，以及市、县（市、区）人民政府其他有关部门，按照职责分工做好秸秆禁烧工作。\n"
    )
    assert holders_of_duty(graph, "按照职责分工做好秸秆禁烧工作") == {
        "农业农村部门",
        "生态环境部门",
        "市人民政府有关部门",
        "县（市、区）人民政府有关部门",
    }
