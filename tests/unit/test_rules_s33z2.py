"""Round 107 (被督导的人民政府 in 督导 rules): the bare head word after edges that name the governments of
several levels is the collective the document names spanning those levels (县级以上地方人民政府), in an
article of its own or after an article whose 督导 acts on no such body; a printed place word (被督导地区)
still names one place only. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, holders_of_duty

_TITLE = "某某工作督导办法"


def _held_by_the_set(graph: DocumentGraph, fragment: str) -> bool:
    """Whether a duty holding ``fragment`` is the spanning set's (no such duty: not read at all)."""
    duties = [d for d in graph.duties if fragment in d.text]
    return any(h.endswith("县级以上地方人民政府") for d in duties for h in d.holders)


_LEVELS = (
    "第二条 县级以上地方人民政府应当加强节水工作。"
    "第三条 督导机构对省级人民政府、设区的市级人民政府和县级人民政府开展节水工作督导。"
)


def test_the_overseen_governments_of_several_levels_are_the_spanning_set() -> None:
    graph = document(_LEVELS + "第四条 被督导的人民政府应当如实报送节水资料。", _TITLE)
    assert holders_of_duty(graph, "如实报送节水资料") == {"县级以上地方人民政府"}


def test_an_article_whose_oversight_acts_on_no_government_reads_the_earlier_edges() -> None:
    graph = document(
        _LEVELS + "第四条 督导组可以采取实地查看等方式开展督导。被督导的人民政府应当向督导组汇报节水工作情况。",
        _TITLE,
    )
    assert holders_of_duty(graph, "汇报节水工作情况") == {"县级以上地方人民政府"}


def test_a_place_word_names_no_set_of_levels() -> None:
    graph = document(_LEVELS + "第四条 被督导地区人民政府应当如实报送节水资料。", _TITLE)
    assert not _held_by_the_set(graph, "如实报送节水资料")


def test_a_set_not_reaching_a_level_named_is_not_taken() -> None:
    graph = document(
        "第二条 县级以上地方人民政府应当加强节水工作。"
        "第三条 督导机构对县级人民政府和乡镇人民政府开展节水工作督导。"
        "第四条 被督导的人民政府应当如实报送节水资料。",
        _TITLE,
    )
    assert not _held_by_the_set(graph, "如实报送节水资料")
