"""Round 97 (PART_OF): placement at a bare form's earlier duty; parts of a joint body printed again and again."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, short

TITLE = "某某市文物保护责任规定"


def part_of(graph: DocumentGraph) -> dict[tuple[str, str], int]:
    return {(short(r.source), short(r.target)): r.article for r in graph.relations if r.type == "PART_OF"}


def test_bare_form_after_its_body_places_the_fuller_organs_edge() -> None:
    body = (
        "第三条 县级以上人民政府和有关部门应当加强文物保护宣传。\n"
        "第四条 县级以上人民政府有关部门应当按照各自职责做好文物保护工作。\n"
    )
    graph = document(body, TITLE)
    assert part_of(graph).get(("县级以上人民政府有关部门", "县级以上人民政府")) == 3


def test_bare_form_without_its_body_leaves_the_edge_at_the_own_duty() -> None:
    body = (
        "第三条 有关部门应当加强文物保护宣传。\n"
        "第四条 县级以上人民政府有关部门应当按照各自职责做好文物保护工作。\n"
        "第五条 县级以上人民政府应当将文物保护经费列入本级预算。\n"
    )
    graph = document(body, TITLE)
    assert part_of(graph).get(("县级以上人民政府有关部门", "县级以上人民政府")) == 4


def test_halves_of_a_repeated_joint_body_sit_in_it() -> None:
    body = (
        "第三条 乡镇人民政府、街道办事处负责本辖区的文物巡查工作。\n"
        "第四条 乡镇人民政府、街道办事处应当配备文物保护员。\n"
        "第五条 街道办事处应当建立文物巡查台账；乡镇人民政府应当组织村民委员会开展巡查。\n"
    )
    graph = document(body, TITLE)
    assert ("乡镇人民政府", "乡镇人民政府、街道办事处") in part_of(graph)


def test_halves_of_a_joint_printed_once_stay_apart() -> None:
    body = (
        "第三条 乡镇人民政府、街道办事处负责本辖区的文物巡查工作。\n"
        "第五条 街道办事处应当建立文物巡查台账；乡镇人民政府应当组织村民委员会开展巡查。\n"
    )
    graph = document(body, TITLE)
    assert ("乡镇人民政府", "乡镇人民政府、街道办事处") not in part_of(graph)
