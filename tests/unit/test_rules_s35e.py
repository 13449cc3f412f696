"""Round 113 (residents' and villagers' committee genre): the street office and the township government
offered as alternatives street first (街道办事处或者乡镇人民政府) are the township pair; a body named inside a
quoted act's title is no mention; 评价 before a body is a verb; a body that only owns the mechanism set
up (建立…居民委员会工作评价机制) is not set up; information handed down to a lower body is no report; the
party put to the work by 安排/组织 assists, not the arranger; 政府及其派出机关 names the township body; a
committee's members (居民委员会成员, 居民委员会及其成员) are its collective role; 由X予以纠正 is X's oversight.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names, surfaces

_TITLE = "某市社区委员会工作条例"


def test_street_first_alternatives_are_the_township_pair() -> None:
    graph = document(
        "第二条 街道办事处、镇人民政府应当指导社区委员会的工作。"
        "第三条 社区委员会的调整，由街道办事处或者镇人民政府提出，报区人民政府批准。",
        _TITLE,
    )
    assert "街道办事处" not in names(graph)
    assert "镇人民政府" not in names(graph)
    (guide,) = edges(graph, "GUIDES")
    assert edges(graph, "REPORTS_TO") == {(guide[0], "区人民政府")}


def test_a_body_inside_a_quoted_title_is_no_mention() -> None:
    found = surfaces("根据《中华人民共和国城市居民委员会组织法》的规定，居民委员会应当开展工作。")
    assert found == ["居民委员会"]


def test_evaluating_a_committee_names_no_body_of_its_own() -> None:
    found = surfaces("镇人民政府应当评价居民委员会的工作。")
    assert "评价居民委员会" not in found
    assert "居民委员会" in found


def test_the_owner_of_a_mechanism_set_up_is_not_set_up() -> None:
    graph = document(
        "第二条 街道办事处应当建立健全居民委员会工作评价机制。第三条 居民委员会应当接受居民监督。",
        _TITLE,
    )
    assert not edges(graph, "PART_OF")


def test_information_handed_down_to_a_committee_is_no_report() -> None:
    graph = document(
        "第二条 区民政部门应当向居民委员会提供人口等基础信息。第三条 居民委员会应当向区民政部门提供工作情况信息。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("区民政部门", "居民委员会") not in reports
    # session 38 gate: 提供 is no README trigger
    assert ("居民委员会", "区民政部门") not in reports


def test_the_workers_arranged_assist_not_the_arranger() -> None:
    graph = document(
        "第二条 街道办事处可以安排若干名社区社工协助居民委员会开展工作。"
        "第三条 居民委员会应当协助街道办事处做好社区服务工作。",
        _TITLE,
    )
    assists = edges(graph, "ASSISTS")
    assert ("街道办事处", "居民委员会") not in assists
    assert ("居民委员会", "街道办事处") in assists


def test_the_government_and_its_agency_name_the_township_body() -> None:
    graph = document(
        "第二条 街道办事处、乡镇人民政府应当指导居民委员会的工作。"
        "第三条 居民委员会应当协助政府及其派出机关做好社区安全工作。",
        _TITLE,
    )
    assert ("居民委员会", "街道办事处、乡镇人民政府") in edges(graph, "ASSISTS")
    assert "派出机关" not in names(graph)


def test_the_members_of_a_committee_named_whole_are_its_role() -> None:
    graph = document(
        "第二条 居民委员会成员应当廉洁奉公，热心为居民服务。第三条 居民委员会应当开展便民服务。",
        _TITLE,
    )
    assert holders_of_duty(graph, "廉洁奉公") == {"居民委员会成员"}
    assert ("居民委员会成员", "居民委员会") in edges(graph, "PART_OF")


def test_a_committee_and_its_members_are_both_holders() -> None:
    graph = document("第二条 居民委员会及其成员应当遵守居民公约。第三条 居民委员会应当开展便民服务。", _TITLE)
    assert holders_of_duty(graph, "遵守居民公约") == {"居民委员会", "居民委员会成员"}


def test_a_correction_by_the_assembly_is_oversight() -> None:
    graph = document(
        "第二条 村民委员会应当公开村务。第三条 村民委员会未依照本办法公开村务的，由村民会议予以纠正。",
        _TITLE,
    )
    assert ("村民会议", "村民委员会") in edges(graph, "SUPERVISES")
