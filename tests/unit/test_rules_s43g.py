"""Round 135 (RESPONSIBLE_FOR recall): a procedure printed as a list of steps (按照A申请、B审核、C审定的程序进行)
gives each step that a body opens and a review verb closes to that body. Each rule on a sentence written for
this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, holders_of_duty, names

_TITLE = "某某省困难家庭救助办法"


def _graph() -> DocumentGraph:
    return document(
        "第三条 县（市、区）人民政府民政部门负责本行政区域困难家庭救助工作。\n"
        "第四条 困难家庭的认定，按照家庭申报、居民代表会议评议、居民委员会和社区工作站逐户核实、"
        "街道办事处审核、县（市、区）人民政府民政部门审批的程序进行。",
        _TITLE,
    )


def test_each_step_of_a_listed_procedure_is_its_bodys_duty() -> None:
    graph = _graph()
    assert holders_of_duty(graph, "街道办事处审核") == {"街道办事处"}
    assert holders_of_duty(graph, "民政部门审批") == {"县（市、区）人民政府民政部门"}
    # X和Y核实: both bodies that open the step hold it
    assert holders_of_duty(graph, "逐户核实") == {"居民委员会", "社区工作站"}


def test_steps_of_the_public_are_no_duty() -> None:
    texts = duty_texts(_graph())
    assert not any("家庭申报" in t or "会议评议" in t for t in texts)


def test_the_township_pair_offered_as_alternatives_is_the_pair() -> None:
    graph = document(
        "第三条 乡、镇人民政府和街道办事处负责本辖区养犬登记的日常管理。\n"
        "第四条 养犬人应当向住所地的乡、镇人民政府或者街道办事处申请登记；"
        "乡、镇人民政府或者街道办事处应当在五日内办结。",
        "某某市养犬管理条例",
    )
    found = names(graph)
    assert "镇人民政府或者街道办事处" not in found  # the 乡、 is not lost
    holders = holders_of_duty(graph, "五日内办结")
    assert len(holders) == 1 and next(iter(holders)).startswith("乡、镇人民政府")
