"""Relation rules of session 18 (round b): a sentence opening on 被约谈的X / 被约谈地区 is borne by the organs the
article's earlier 约谈 acted on (X only their common word; a bare place their roles' bodies), who report back to
the interviewing body; a subject that names organs of its own is left as printed. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty


def test_the_interviewed_posts_named_by_their_common_word_report_back() -> None:
    graph = document(
        "第一条 市河长制办公室负责河长制日常工作。\n"
        "第二条 河湖水质考核不合格的，由市河长制办公室约谈县（区）河长、乡（镇）河长。"
        "被约谈的河长应当在二十日内向市河长制办公室书面报告整改情况。\n",
        "某市河长制实施办法",
    )
    reports = edges(graph, "REPORTS_TO")
    assert {("县（区）河长", "市河长制办公室"), ("乡（镇）河长", "市河长制办公室")} <= reports
    assert holders_of_duty(graph, "被约谈的河长") == {"县（区）河长", "乡（镇）河长"}


def test_an_interviewed_place_stands_for_the_bodies_of_the_interviewed_heads() -> None:
    graph = document(
        "第一条 市耕地保护委员会统筹全市耕地保护工作。县（区）党委和政府对本地区耕地保护负主体责任。\n"
        "第二条 县（区）耕地保护考核不合格的，由市耕地保护委员会约谈县（区）党委和政府主要负责人。"
        "被约谈地区应当在一个月内向市耕地保护委员会报告整改情况。\n",
        "某市耕地保护责任制实施意见",
    )
    assert ("县（区）党委和政府", "市耕地保护委员会") in edges(graph, "REPORTS_TO")


def test_an_interviewed_subject_with_organs_of_its_own_stays_as_printed() -> None:
    graph = document(
        "第一条 省人民政府负责全省耕地保护工作。\n"
        "第二条 耕地保护工作不力的，省人民政府可以约谈有关部门和市人民政府主要负责人。"
        "被约谈的部门和市人民政府应当在十五日内向省人民政府报告整改情况。\n",
        "某省耕地保护条例",
    )
    assert not any(source.endswith("主要负责人") for source, _ in edges(graph, "REPORTS_TO"))
