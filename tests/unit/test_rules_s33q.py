"""Round 106 (public-service facilities and their operators): a public cultural or sports facility that
opens its clause before a modal (公共图书馆应当…, 乡村公共体育设施应当…, 村(社区)综合文化活动室应当…) holds the
duty through its operator, with the bracketed place word of its stem; a physical facility (节水设施) stays
none; 运用 takes its object as 利用 does. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, organ_named, surfaces

_TITLE = "某某市公共文化服务条例"


def test_a_public_cultural_facility_opening_its_clause_holds_the_duty() -> None:
    graph = document(
        "第二条 乡村公共体育设施应当在节假日延长开放时间。县公共图书馆应当为读者提供借阅服务。",
        _TITLE,
    )
    assert holders_of_duty(graph, "延长开放时间") == {"乡村公共体育设施"}
    assert holders_of_duty(graph, "提供借阅服务") == {"县公共图书馆"}


def test_a_bracketed_place_word_stays_in_the_facility_name() -> None:
    assert surfaces("村（社区）综合文化活动室应当定期开展读书活动。") == ["村（社区）综合文化活动室"]
    assert surfaces("村(社区)综合文化活动室应当定期开展读书活动。") == ["村(社区)综合文化活动室"]


def test_an_item_number_is_no_part_of_a_subject() -> None:
    assert surfaces("（一）公共图书馆应当免费开放；") == []


def test_a_physical_facility_is_no_holder() -> None:
    assert surfaces("新建小区的节水设施应当与主体工程同时设计。") == []
    assert surfaces("公共图书馆的建筑面积应当符合标准。") == []


def test_yunyong_takes_its_object() -> None:
    assert surfaces("文化馆应当开展活动，运用新媒体、新技术提供服务。") == ["文化馆"]


def test_residents_printed_bare_hold_no_duty_of_the_carried_holder() -> None:
    graph = document(
        "第二条 镇人民政府应当组织文艺演出。村民观看演出，应当遵守现场秩序。",
        _TITLE,
    )
    assert not any("遵守现场秩序" in duty.text for duty in graph.duties)
    assert holders_of_duty(graph, "组织文艺演出") == {"镇人民政府"}


def test_a_body_named_on_the_residents_is_still_read() -> None:
    graph = document("第二条 村民委员会应当组织村民参加读书活动。", _TITLE)
    assert holders_of_duty(graph, "组织村民") == {"村民委员会"}


def test_an_activity_centre_is_a_social_unit_that_takes_no_oversight_edge() -> None:
    graph = document(
        "第二条 社区青少年活动中心应当每天开放。第三条 区文化行政部门应当对社区青少年活动中心的服务情况进行监督检查。",
        _TITLE,
    )
    centre = organ_named(graph, "社区青少年活动中心")
    assert (centre.level, centre.kind) == ("social", "enterprise_society")
    assert not edges(graph, "SUPERVISES")
