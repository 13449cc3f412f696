"""Round 97 (RESPONSIBLE_FOR recall, second round): the parties of a carriage (货主, 承运人, 托运人) and the
owner of a works (业主) opening a clause before a modal are regulated actors that hold its duty, alone or
in an 或者 list. Each rule on a sentence written for this file (not from the seeds, the dev documents or
the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names

_TITLE = "某省水产苗种运输管理办法"


def test_carriage_parties_in_an_or_list_each_hold_the_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府渔业主管部门负责水产苗种运输的监督管理。\n"
        "第六条 运输鱼苗前，货主或者承运人应当向起运地检疫机构申报检疫。\n"
        "第七条 托运人应当如实申报所运物品的种类和数量。",
        _TITLE,
    )
    assert holder_names(graph, 6) == {"货主", "承运人"}
    assert holder_names(graph, 7) == {"托运人"}


def test_the_owner_of_a_works_holds_the_duty() -> None:
    graph = document(
        "第五条 县级以上人民政府水行政主管部门负责河道采砂的监督管理。\n"
        "第六条 汛期水位超过警戒水位时，砂石码头业主应当停止装卸作业。",
        _TITLE,
    )
    assert holder_names(graph, 6) == {"砂石码头业主"}
