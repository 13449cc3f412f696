"""Round 122 (PART_OF placement): a bare form printed after its body ties to the fuller organ, but not after
a level list opened by that body (市、县设立X: the X of each listed level). Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

_TITLE = "某某市湿地保护责任规定"


def part_of(graph: DocumentGraph) -> dict[tuple[str, str], int]:
    return {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}


def test_a_level_list_opened_by_the_body_leaves_the_office_at_its_own_duty() -> None:
    body = (
        "第三条 市、县设立湿地保护办公室，湿地保护办公室负责湿地保护的日常工作。\n"
        "第四条 市委、市人民政府应当加强对湿地保护工作的领导。\n"
        "第五条 市湿地保护办公室应当每年组织湿地资源调查。\n"
    )
    edges = part_of(document(body, _TITLE))
    assert edges.get(("市湿地保护办公室", "市委、市人民政府")) == 5


def test_the_body_alone_before_the_bare_form_still_ties_it() -> None:
    body = (
        "第三条 县级以上人民政府和有关部门应当加强湿地保护宣传。\n"
        "第四条 县级以上人民政府有关部门应当按照各自职责做好湿地保护工作。\n"
    )
    edges = part_of(document(body, _TITLE))
    assert edges.get(("县级以上人民政府有关部门", "县级以上人民政府")) == 3
