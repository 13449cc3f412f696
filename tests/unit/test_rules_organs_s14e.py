"""Joint conferences (联席会议) as bodies, and 本级X seen from a bare department that the text names over
both 各级 and a 地方 set. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names, organ_named, surfaces


def test_joint_conference_named_by_its_work_is_a_body() -> None:
    found = surfaces("湿地保护联席会议负责审定保护规划,湿地保护联席会议办公室承担日常工作。")
    assert found == ["湿地保护联席会议", "湿地保护联席会议办公室"]


def test_joint_conference_system_and_mechanism_are_no_body() -> None:
    # 建立X联席会议制度 names the meeting (s30ze: its office and members sit in it), but the meeting is
    # no node unless something of its own acts
    graph = document("第一条 省人民政府建立湿地保护联席会议制度。", "某省湿地保护条例")
    assert "湿地保护联席会议" not in names(graph)
    assert surfaces("县级人民政府可以建立湿地保护联席会议机制。") == ["县级人民政府"]


def test_a_meeting_called_or_attended_is_no_body() -> None:
    # 召开/出席 + 联席会议: the verb takes a meeting; no body is named 召开联席会议
    assert surfaces("县级人民政府应当定期召开联席会议,研究解决重大问题。") == ["县级人民政府"]
    assert "出席联席会议" not in surfaces("物业服务企业应当出席联席会议。")


def test_joint_conference_with_a_level_word_takes_that_level() -> None:
    graph = document(
        "第一条 省湿地保护联席会议负责统筹全省湿地保护工作。\n"
        "第二条 县级以上地方各级湿地保护联席会议负责协调本地区湿地保护工作。\n",
        "某省湿地保护办法",
    )
    assert {"省湿地保护联席会议", "县级以上地方各级湿地保护联席会议"} <= names(graph)


def test_own_body_of_a_department_named_over_every_level_and_the_local_set() -> None:
    # the bare department is named over 各级 (the centre included) and over 地方各级: its 本级 body is the
    # 各级 pair, not the local one
    graph = document(
        "第一条 各级党委和政府应当加强调解工作。\n"
        "第二条 地方各级党委和政府调解部门负责本地区调解工作。\n"
        "第三条 各级党委和政府调解部门应当畅通调解渠道。\n"
        "第四条 党委和政府调解部门发现重大问题的,应当及时向本级党委和政府报告。\n",
        "调解工作规定",
    )
    reports = {
        (r.source.split("/", 1)[1], r.target.split("/", 1)[1]) for r in graph.relations if r.type == "REPORTS_TO"
    }
    assert any(target == "各级党委和政府" for _, target in reports), reports
    assert not any(target == "地方各级党委和政府" for _, target in reports), reports


def test_party_centre_printed_alone_is_a_body_of_its_own() -> None:
    graph = document(
        "第一条 党中央加强对调解工作的统一领导。\n"
        "第二条 中央调解工作领导小组在党中央、国务院领导下负责统筹,重大事项报党中央批准。\n",
        "调解工作条例",
    )
    assert "党中央" in names(graph)
    # the pair stays one name where it is printed whole
    assert surfaces("在党中央、国务院领导下", "central") == ["党中央、国务院"]


def test_head_of_government_is_a_role_and_the_head_system_is_none() -> None:
    assert surfaces("审计机关在本级人民政府行政首长领导下工作。") == ["审计机关", "本级人民政府行政首长"]
    # 行政首长负责制: the system of the head's responsibility, no person
    assert not any("行政首长" in found for found in surfaces("防汛工作实行各级人民政府行政首长负责制。"))


def test_role_of_the_own_government_of_a_spanning_set_is_the_sets_role() -> None:
    graph = document(
        "第一条 县级以上人民政府档案督查机构应当将督查报告报本级人民政府行政首长审定。\n",
        "某省档案督查办法",
    )
    head = organ_named(graph, "县级以上人民政府行政首长")
    assert "本级人民政府行政首长" in head.aliases
    assert ("县级以上人民政府档案督查机构", "县级以上人民政府行政首长") in edges(graph, "REPORTS_TO")
