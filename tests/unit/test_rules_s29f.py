"""Round 97 (river/lake/forest chief rules): the bare chief office (河湖长制办公室, every level's) and its
本级/同级 chiefs. A 同级/本级 office opening an article with no levelled organ before it is the bare office,
not the document's own level's; the bare office's 本级河长 is the chief of each level it is set up at
(县级以上设立…办公室) where each is named, else the chiefs' set spanning levels (各级河长); its 本级总河长
stays one organ.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_PROVINCE = "临江省河湖长制条例"
_CITY = "临江市全面推行河长制工作实施办法"

_SPAN = (
    "第一条 省级河湖长负责统筹相应河湖的保护。市级河湖长负责协调相应河湖的治理。"
    "县级河湖长负责组织相应河湖的巡查。\n"
    "第二条 县级以上设立河湖长制办公室，承担河湖长制日常工作。\n"
)


def test_the_bare_office_reports_to_the_chief_of_each_level_it_is_set_up_at() -> None:
    body = _SPAN + "第三条 河湖长制办公室应当编制岸线保护规划，报本级河湖长审定后组织实施。"
    reports = edges(document(body, _PROVINCE), "REPORTS_TO")
    assert {("河湖长制办公室", "省级河湖长"), ("河湖长制办公室", "市级河湖长")} <= reports
    assert ("河湖长制办公室", "县级河湖长") in reports


def test_the_bare_office_reports_to_its_chief_tier_as_one_organ() -> None:
    body = (
        _SPAN
        + "第三条 省总河湖长、市总河湖长和县总河湖长负责总督导。县级以上总河湖长每年听取工作汇报。\n"
        + "第四条 河湖长制办公室应当拟订年度工作要点，报本级总河湖长审定。"
    )
    targets = {t for s, t in edges(document(body, _PROVINCE), "REPORTS_TO") if s == "河湖长制办公室"}
    assert "县级以上总河湖长" in targets
    assert not {"市总河湖长", "县总河湖长"} & targets


def test_a_same_level_office_opening_an_article_is_every_levels_office() -> None:
    body = (
        "第一条 市、县（区）设立河长制办公室。市河长制办公室设在市水利局。\n"
        "第二条 各级河长应当每月巡查责任河道。\n"
        # session 38 gate: 经X审定 is no README trigger; the same-level office is read on 报X审定
        "第三条 河道整治方案由本级河长制办公室拟订，报同级河长审定后实施。"
    )
    reports = edges(document(body, _CITY), "REPORTS_TO")
    assert ("河长制办公室", "各级河长") in reports
    assert not any(source == "市河长制办公室" for source, _ in reports)


def test_a_same_level_office_after_a_levelled_body_keeps_that_level() -> None:
    body = (
        "第一条 市、县（区）设立河长制办公室。市河长制办公室设在市水利局。\n"
        "第二条 市水利局应当将水质监测结果通报同级河长制办公室。"
    )
    graph = document(body, _CITY)
    assert all(source != "河长制办公室" for source, _ in edges(graph, "REPORTS_TO"))
