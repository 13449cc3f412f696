"""Round 118 (errors shared by both annotations of the twin texts): a village body's later bare 协助人民政府
names the governments it was first printed helping (居民委员会协助X、Y或者它的派出机关开展工作 … 协助人民政府
做好…工作); the term of a body or post (X每届任期三年，其成员可以连选连任 / X任期与Y任期相同) is its
make-up, no duty, and the body stays the subject of what follows; departments of listed governments
report each to its own (县、乡镇人民政府的有关部门…经县、乡镇人民政府同意). Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, short

_TITLE = "某某社区组织条例"


def test_a_bare_government_helped_is_the_one_first_named() -> None:
    graph = document(
        "第二条 社区居民委员会协助县人民政府和街道办事处开展社区服务工作。"
        "第三条 社区居民委员会应当协助人民政府做好养老服务、助残服务等工作。",
        _TITLE,
    )
    helped = set(_assists(graph))
    assert ("社区居民委员会", "县人民政府", 3) in helped
    assert ("社区居民委员会", "街道办事处", 3) in helped


def test_without_a_first_print_the_township_is_helped() -> None:
    graph = document(
        "第二条 乡人民政府应当指导社区居民委员会的工作。第三条 社区居民委员会应当协助人民政府做好养老服务工作。",
        _TITLE,
    )
    assert ("社区居民委员会", "乡人民政府") in edges(graph, "ASSISTS")


def test_a_term_of_office_is_no_duty_and_keeps_its_body_as_subject() -> None:
    graph = document(
        "第五条 社区居民委员会主任和委员，由本社区有选举权的居民选举产生；社区居民委员会每届任期四年，"
        "其成员可以连选连任。换届工作，在镇人民政府的指导下进行。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("任期" in text or "连选连任" in text for text in texts)
    assert holders_of_duty(graph, "换届工作") == {"社区居民委员会"}


def test_a_term_like_another_is_no_duty_but_an_act_within_a_term_stays() -> None:
    graph = document(
        "第六条 居民小组长任期与社区居民委员会任期相同。第七条 县安全生产委员会每届任期内对各乡镇至少检查一轮。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert not any("相同" in text for text in texts)
    assert any("至少检查一轮" in text for text in texts)


def test_departments_of_listed_governments_each_report_to_their_own() -> None:
    graph = document(
        # session 38 gate: 经X同意 is no README trigger; the listed governments are read on 报X批准
        "第八条 县、乡镇人民政府的有关部门，需要社区居民委员会协助的工作，应当报县、乡镇人民政府批准并统一安排。",
        _TITLE,
    )
    reports = edges(graph, "REPORTS_TO")
    assert ("县人民政府有关部门", "县人民政府") in reports
    assert ("县人民政府有关部门", "乡镇人民政府") not in reports
    assert ("乡镇人民政府有关部门", "县人民政府") not in reports


def _assists(graph: DocumentGraph) -> list[tuple[str, str, int]]:
    return [(short(r.source), short(r.target), r.article) for r in graph.relations if r.type == "ASSISTS"]
