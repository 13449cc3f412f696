"""PART_OF, round 80: a village chief's post sits in the village committee, not in the party body read
from its incumbent's title; a function list after 及/以及 shares the government of the department before it."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, names

TITLE = "某县山林巡护林长制办法"


def test_village_chief_sits_in_the_acting_village_committee() -> None:
    body = (
        "第五条 村级林长由村党组织书记或者村民委员会主任兼任。\n"
        "第六条 村级林长应当组织护林员巡山。村民委员会应当配合村级林长做好巡山记录。\n"
    )
    assert ("村级林长", "村民委员会") in edges(document(body, TITLE), "PART_OF")
    assert ("村级林长", "村党组织") not in edges(document(body, TITLE), "PART_OF")


def test_village_chief_sits_in_no_body_where_no_village_body_acts() -> None:
    body = "第五条 村级林长由村党组织书记兼任。\n第六条 村级林长应当组织护林员巡山。\n"
    assert not {e for e in edges(document(body, TITLE), "PART_OF") if e[0] == "村级林长"}


def test_village_chief_still_sits_in_the_acting_two_committees() -> None:
    body = (
        "第五条 村级林长由村党组织书记兼任。\n"
        "第六条 村级林长应当组织护林员巡山。村党组织和村民委员会应当将护林要求纳入村规民约。\n"
    )
    assert ("村级林长", "村党组织和村民委员会") in edges(document(body, TITLE), "PART_OF")


def test_function_list_after_yiji_shares_the_government() -> None:
    body = "第五条 县人民政府林业主管部门以及农业农村、财政等部门应当按照各自职责做好山林巡护工作。\n"
    graph = document(body, TITLE)
    assert {"县人民政府农业农村部门", "县人民政府财政部门"} <= names(graph)
    assert ("县人民政府财政部门", "县人民政府") in edges(graph, "PART_OF")


def test_function_list_after_ji_shares_the_government() -> None:
    body = "第五条 县人民政府林业主管部门及交通运输、自然资源等部门应当按照各自职责做好山林巡护工作。\n"
    assert {"县人民政府交通运输部门", "县人民政府自然资源部门"} <= names(document(body, TITLE))


def test_unit_after_yiji_keeps_its_own_name() -> None:
    body = "第五条 县人民政府林业主管部门以及国有林场管理部门应当做好山林巡护工作。\n"
    assert "县人民政府国有林场管理部门" not in names(document(body, TITLE))
