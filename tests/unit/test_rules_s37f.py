"""Round 118 (errors shared by both annotations of the twin texts): a village body's later bare 协助人民政府
names the governments it was first printed helping (居民委员会协助X、Y或者它的派出机关开展工作 … 协助人民政府
做好…工作). Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, edges, short

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


def _assists(graph: DocumentGraph) -> list[tuple[str, str, int]]:
    return [(short(r.source), short(r.target), r.article) for r in graph.relations if r.type == "ASSISTS"]
