"""Round 98 (assists): cooperation frames read as ASSISTS, each on a sentence written for the test
(none from the seeds, the development set or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges


def test_joint_meeting_with_a_partner_assists_it() -> None:
    graph = document(
        "第一条 市林业主管部门应当与市气象主管机构建立森林防火联席会议制度，定期研判火险形势。\n",
        "某市森林防火条例",
    )
    assert ("市林业主管部门", "市气象主管机构") in edges(graph, "ASSISTS")


def test_joint_meeting_of_the_subject_and_a_partner_assists_it() -> None:
    graph = document("第一条 县水务局与县交通运输局建立航道管理联席会议制度。\n", "某县航道管理办法")
    assert ("县水务局", "县交通运输局") in edges(graph, "ASSISTS")


def test_joint_meeting_held_by_others_gives_no_partner() -> None:
    # 与 joining two things (规划与计划) is no partner of the holder
    graph = document("第一条 县人民政府应当做好规划与计划的衔接，召开联席会议。\n", "某县规划管理办法")
    assert edges(graph, "ASSISTS") == set()


def test_support_run_into_assisting_verb_is_a_duty_that_assists() -> None:
    graph = document(
        "第一条 县卫生健康部门应当支持配合县教育部门开展校园防疫检查。\n"
        "第二条 乡镇人民政府应当支持并协助县农业农村部门做好耕地监测。\n",
        "某县公共卫生条例",
    )
    assert ("县卫生健康部门", "县教育部门") in edges(graph, "ASSISTS")
    assert ("乡镇人民政府", "县农业农村部门") in edges(graph, "ASSISTS")
    assert any("支持配合县教育部门" in text for text in duty_texts(graph))


def test_support_addressed_to_others_gives_no_edge() -> None:
    # 应当支持 with an organ subject is that organ's own duty since round 108 (s34h: 38 of 40 dev annotations), but the
    # supported party is no organ that assists: still no ASSISTS edge
    graph = document("第一条 县人民政府应当支持社会组织参与校园防疫宣传。\n", "某县公共卫生条例")
    assert any("支持社会组织" in text for text in duty_texts(graph))
    assert edges(graph, "ASSISTS") == set()
