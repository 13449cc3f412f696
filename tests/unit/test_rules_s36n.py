"""Round 116 (precision in the street-office and community genre): the consent of a donor asked for funds
(向X筹集…，但是必须经X同意) and the head-responsibility system of a role (主任主持…全面工作，对Y负责) give no
REPORTS_TO. Each rule on a sentence written for this file (not from the seeds, the dev documents or the
corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, short

_TITLE = "某某市社区服务中心工作条例"


def test_the_consent_of_a_donor_asked_for_funds_is_no_report() -> None:
    graph = document(
        "第九条 社区服务中心开展便民活动所需经费，可以向辖区内的捐助单位募集，但是应当经捐助单位同意。",
        _TITLE,
    )
    assert not any(target == "捐助单位" for _, target in edges(graph, "REPORTS_TO"))


def test_the_consent_of_an_authority_is_no_report_under_the_gate() -> None:
    graph = document(
        "第九条 社区服务中心调整服务场所的，应当经区人民政府同意。",
        _TITLE,
    )
    # session 38 gate: 经X同意 is no README trigger
    assert ("社区服务中心", "区人民政府") not in edges(graph, "REPORTS_TO")


def test_a_head_who_runs_the_work_and_answers_to_a_government_reports_nothing() -> None:
    graph = document(
        "第五条 街道办事处设主任一名、副主任若干名。街道办事处主任主持街道办事处日常工作，对区人民政府负责。"
        "第六条 街道办事处应当每年向区人民政府报告工作。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert not any(source.endswith("主任") for source, _ in reports)
    assert ("街道办事处", "区人民政府") in reports


def test_a_team_answering_to_its_government_is_no_report_under_the_gate() -> None:
    graph = document("第七条 检查组对区人民政府负责，检查组应当如实记录检查情况。", _TITLE)
    # session 38 gate: 对X负责 is no README trigger
    assert ("检查组", "区人民政府") not in edges(graph, "REPORTS_TO")


def test_a_party_organisation_or_an_assembly_is_no_part_of_a_residents_committee() -> None:
    graph = document(
        "第十一条 社区党组织领导社区居民委员会，支持其依法开展自治活动。"
        "第十二条 社区居民委员会应当每年向社区居民会议报告工作。社区居民会议可以撤换社区居民委员会成员。"
        "第十三条 社区居民委员会成员应当遵守居民公约。",
        _TITLE,
    )
    parts = edges(graph, "PART_OF")
    assert not any(target == "社区居民委员会" and "党组织" in source for source, target in parts)
    assert ("社区居民会议", "社区居民委员会") not in parts
    assert ("社区居民委员会成员", "社区居民委员会") in parts


def test_a_fronted_body_then_by_y_gives_the_clause_to_y() -> None:
    graph = document(
        "第八条 镇人民政府的内设机构，由县机构编制部门根据工作需要核定。",
        "某某县乡镇机构管理办法",
    )
    assert holders_of_duty(graph, "核定") == {"县机构编制部门"}
    assert not any("内设机构" in source for source, _ in edges(graph, "PART_OF"))


def test_a_post_filled_by_y_after_a_fronted_post_stays_a_designation() -> None:
    graph = document("第九条 各行政村设村级林长，由村党组织书记、村民委员会主任担任。", "某某县林长制规定")
    assert "村民委员会主任" not in holders_of_duty(graph, "设村级林长")
    # nor any other duty of the sentence (the designation itself is none: test_rules_s37c)
    assert not any("村民委员会主任" in {short(h) for h in d.holders} for d in graph.duties)
