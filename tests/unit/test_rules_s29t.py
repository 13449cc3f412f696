"""Rules of session 29, round 97 (impl), on predicted implicit relations: a department's field station and
a vertically managed or military body sit in no body of the level their name prints. Every sentence is
written for the test: none comes from the seeds, the development set or the corpus."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_station_and_vertical_bodies_sit_in_no_level_body() -> None:
    graph = document(
        "第一条 为做好山林防火工作，制定本办法。\n"
        "第二条 县委和县人民政府对本县山林防火工作负总责。\n"
        "第三条 县林业局负责山林防火的日常监督。县气象局负责发布火险天气预报。"
        "县人民武装部负责组织民兵参与扑救。\n"
        "第四条 乡镇党委和政府负责本辖区山林防火工作。乡镇林业工作站负责巡山护林。\n",
        "某县山林防火责任制规定",
    )
    part_of = edges(graph, "PART_OF")
    assert ("县林业局", "县委和县人民政府") in part_of or ("县林业局", "县人民政府") in part_of
    assert not {e for e in part_of if e[0] in ("县气象局", "县人民武装部", "乡镇林业工作站")}
