"""Street and township rules of round 98: a 会同 inside one organ's chain of clauses makes joint
holders for its own clause only (the guidance after it is the lead's), while a 会同 right after a
clause that only names the lead (X牵头，会同Y…) stays in the lead's chain. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某市社区服务中心管理办法"


def test_joint_holder_inside_a_chain_holds_for_its_own_clause_only() -> None:
    body = "第三条 市民政部门负责社区服务中心建设的统筹协调，会同市财政部门制定经费标准，指导区人民政府开展评估工作。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "制定经费标准") == {"市民政部门", "市财政部门"}
    assert holders_of_duty(graph, "指导区人民政府") == {"市民政部门"}
    assert ("市财政部门", "区人民政府") not in edges(graph, "GUIDES")
    assert ("市民政部门", "区人民政府") in edges(graph, "GUIDES")


def test_joint_holder_after_a_bare_lead_clause_carries_over() -> None:
    body = "第三条 市民政部门牵头，会同市财政部门组成评估小组，对区人民政府开展年度考核。"
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "开展年度考核") == {"市民政部门", "市财政部门"}


def test_congress_standing_committee_oversight_is_labelled_supervision() -> None:
    body = "第九条 区人民代表大会常务委员会通过听取专项工作报告等方式，对社区服务中心建设情况进行监督。"
    duty = next(d for d in document(body, _TITLE).duties if "进行监督" in d.text)
    assert duty.responsibility == "监督责任"


def test_township_law_enforcement_team_is_a_body_the_departments_guide() -> None:
    body = "第五条 区交通、水务等部门应当对乡镇综合行政执法队开展业务培训和指导。"
    graph = document(body, _TITLE)
    assert ("区交通部门", "乡镇综合行政执法队") in edges(graph, "GUIDES")
    assert ("区交通部门", "乡镇人民政府") not in edges(graph, "GUIDES")


def test_setting_up_verb_is_no_part_of_the_team_name() -> None:
    body = "第六条 镇人民政府应当组建综合执法队伍，以本机关名义开展执法。"
    assert "组建综合执法队伍" not in names(document(body, _TITLE))


def test_level_word_before_a_long_first_function_keeps_the_subject_list() -> None:
    body = "第七条 区城市管理综合执法、水务等部门应当对街道服务中心开展业务指导。"
    duty = next(d for d in document(body, _TITLE).duties if "业务指导" in d.text)
    assert {h.split("/", 1)[1] for h in duty.holders} == {"区城市管理综合执法部门", "区水务部门"}
