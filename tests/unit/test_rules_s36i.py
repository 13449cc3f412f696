"""Round 116 (sanctions after a condition: who is sanctioned): a public reprimand with no agent and no object
after an interview of the role of a body referred back to (X…的，由Z约谈其R，并予以通报批评 / …；情节较重的，
予以通报批评) reprimands the body X itself. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某湖泊保护条例"


def test_a_reprimand_after_an_interview_of_their_role_reaches_the_body() -> None:
    graph = document(
        "第三十条 对湖泊保护工作推进不力的乡镇人民政府，由县人民政府约谈其主要负责人，责令限期整改；"
        "情节严重的，予以通报批评。",
        _TITLE,
        chapter="法律责任",
    )
    found = edges(graph, "SUPERVISES")
    assert ("县人民政府", "乡镇人民政府主要负责人") in found
    assert ("县人民政府", "乡镇人民政府") in found


def test_a_joined_reprimand_after_an_interview_reaches_the_body() -> None:
    graph = document(
        "第三十条 乡镇人民政府湖泊保护工作推进不力的，由县人民政府约谈其主要负责人，并予以通报批评。",
        _TITLE,
        chapter="法律责任",
    )
    assert ("县人民政府", "乡镇人民政府") in edges(graph, "SUPERVISES")


def test_an_order_after_an_interview_stays_on_the_role() -> None:
    graph = document(
        "第三十条 乡镇人民政府湖泊保护工作推进不力的，由县人民政府约谈其主要负责人，责令限期整改。",
        _TITLE,
        chapter="法律责任",
    )
    assert edges(graph, "SUPERVISES") == {("县人民政府", "乡镇人民政府主要负责人")}


def test_a_bare_notice_after_an_interview_reaches_no_body() -> None:
    graph = document(
        "第三十条 乡镇人民政府湖泊保护工作推进不力的，由县人民政府约谈其主要负责人，并在全县范围内通报。",
        _TITLE,
        chapter="法律责任",
    )
    assert ("县人民政府", "乡镇人民政府") not in edges(graph, "SUPERVISES")


def test_a_reprimand_after_an_interview_of_a_role_named_outright_stays_on_the_role() -> None:
    graph = document(
        "第三十条 湖泊保护工作推进不力的，由县人民政府对乡镇人民政府主要负责人进行约谈；情节严重的，予以通报批评。",
        _TITLE,
        chapter="法律责任",
    )
    assert ("县人民政府", "乡镇人民政府") not in edges(graph, "SUPERVISES")
