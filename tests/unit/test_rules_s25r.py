"""Duties in articles that gave none (round 59): the document's own place between 由 and the agent
(由本市各级人民政府给予奖励) qualifies the agent as it does a subject, so the agent bears the clause.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names


def test_the_documents_place_after_you_qualifies_the_agent() -> None:
    body = (
        "第一条 县级以上人民政府应当加强对古树保护工作的领导。\n"
        "第二条 对在古树养护工作中成绩突出的单位和个人，由本市各级人民政府给予表彰。"
    )
    graph = document(body, "某市古树保护条例")
    assert holder_names(graph, 2) == {"各级人民政府"}
