"""Round 106 (duty holders across documents): the members of a joint subject the holder list dropped —
a subordinate body printed after 及其所属(的), a delegate printed after 或者受其委托的, and the 有关 set printed
after 或者其他 in a subject (X或者其他有关部门应当…), unless that set only qualifies a noun after it. Each rule
on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某市水文管理条例"


def test_a_subordinate_body_after_jiqi_suoshu_de_holds_the_duty_too() -> None:
    graph = document("第五条 市水行政主管部门及其所属的水文机构应当加强汛期水文监测。", _TITLE)
    assert holders_of_duty(graph, "加强汛期水文监测") == {"市水行政主管部门", "水文机构"}


def test_a_subordinate_body_after_jiqi_suoshu_without_de_holds_the_duty_too() -> None:
    graph = document("第五条 市农业农村主管部门及其所属的农业技术推广机构应当开展节水技术培训。", _TITLE)
    assert "农业技术推广机构" in holders_of_duty(graph, "开展节水技术培训")


def test_a_delegate_after_huozhe_shou_qi_weituo_de_holds_the_duty_too() -> None:
    graph = document("第五条 市生态环境主管部门或者受其委托的环境监测机构应当按月公布水质监测结果。", _TITLE)
    assert holders_of_duty(graph, "按月公布水质监测结果") == {"市生态环境主管部门", "环境监测机构"}


def test_the_other_related_departments_after_huozhe_qita_hold_the_duty_too() -> None:
    graph = document("第五条 县级以上人民政府水行政主管部门或者其他有关部门应当定期检查取水设施。", _TITLE)
    assert holders_of_duty(graph, "定期检查取水设施") == {"县级以上人民政府水行政主管部门", "有关部门"}


def test_the_other_related_departments_qualifying_a_body_hold_nothing() -> None:
    graph = document("第五条 市水行政主管部门或者其他有关部门指定的水文监测机构，负责汛期的水文测报。", _TITLE)
    assert "有关部门" not in holders_of_duty(graph, "水文测报")


def test_other_organisations_after_huozhe_qita_stay_out() -> None:
    graph = document("第五条 取水单位或者其他组织应当安装计量设施。", _TITLE)
    assert "其他组织" not in holders_of_duty(graph, "安装计量设施")
