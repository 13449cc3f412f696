"""Organ rules of session 22 (round e, organ lists): a plain 、 list of judicial and oversight functions
shares the head 机关 with no 等 (公安、检察、审判机关: three bodies), and a set prefix (各级, 县级以上) printed
right before a function list makes every item that set (县级以上财政部门). Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def test_plain_list_shares_the_head_jiguan() -> None:
    graph = document(
        "第一条 公安、检察、审判机关应当依法惩处盗伐古树的犯罪行为。\n\n"
        "第二条 行政复议、审计、监察机关应当依法处理移送的古树保护案件。",
        "某市古树名木保护办法",
    )
    assert holder_names(graph, 1) == {"公安机关", "检察机关", "审判机关"}
    assert holder_names(graph, 2) == {"行政复议机关", "审计机关", "监察机关"}


def test_jiguan_list_needs_known_functions() -> None:
    # 举报、投诉的机关: a relative clause, no list of functions
    assert "举报机关" not in surfaces("收到举报、投诉的机关应当及时处理。")
    assert surfaces("财政部门、审计机关应当监督古树经费。") == ["财政部门", "审计机关"]


def test_set_prefix_before_a_function_list_is_every_item_set() -> None:
    graph = document(
        "第一条 县级以上林业、园林主管部门应当建立古树名木档案。\n\n第二条 各级财政、审计等部门应当保障养护经费。",
        "某市古树名木保护办法",
    )
    assert holder_names(graph, 1) == {"县级以上林业主管部门", "县级以上园林主管部门"}
    assert holder_names(graph, 2) == {"各级财政部门", "各级审计部门"}
    assert not any(name.startswith(("上", "级")) for name in names(graph))


def test_set_prefix_before_a_government_keeps_the_government_owner() -> None:
    graph = document("第一条 县级以上人民政府林业、财政等部门应当保障养护经费。", "某市古树名木保护办法")
    assert holder_names(graph, 1) == {"县级以上人民政府林业部门", "县级以上人民政府财政部门"}


def test_bare_finance_before_a_modal_is_the_finance_department() -> None:
    # named as printed where no 财政部门 of that set is printed (the dev annotators' 省级财政)
    graph = document(
        "第一条 县级以上财政应当安排古树名木抢救资金。\n\n第二条 省级财政应当对古树名木养护给予补助。",
        "某省古树名木保护条例",
    )
    assert holder_names(graph, 1) == {"县级以上财政"}
    assert holder_names(graph, 2) == {"省级财政"}
    assert organ_named(graph, "省级财政").level == "provincial"


def test_bare_finance_merges_with_the_department_printed_later() -> None:
    graph = document(
        "第一条 各级财政应当安排古树名木养护资金。\n\n第二条 各级财政部门应当监督资金的使用。", "某省古树名木保护条例"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == {"各级财政部门"}


def test_finance_as_a_budget_is_no_body() -> None:
    # no modal after it (a budget that pays), or a relative word before it (本级财政: the budget of that level)
    assert surfaces("养护费用由同级财政列入预算。") == []
    assert surfaces("本级财政应当保障古树养护经费。") == []


def test_township_printed_xiang_zhen_with_the_street_office_is_one_body() -> None:
    graph = document("第一条 乡、镇人民政府、街道办事处应当组织古树名木普查。", "某市古树名木保护办法")
    assert holder_names(graph, 1) == {"乡、镇人民政府、街道办事处"}
    assert organ_named(graph, "乡、镇人民政府、街道办事处").level == "township"


def test_a_list_of_ge_words_is_one_collective_as_printed() -> None:
    graph = document(
        "第一条 各部门、各单位应当保护本单位庭院内的古树。\n\n第二条 各行业、各单位应当落实古树养护责任。",
        "某市古树名木保护办法",
    )
    assert holder_names(graph, 1) == {"各部门、各单位"}
    assert holder_names(graph, 2) == {"各行业、各单位"}
    assert organ_named(graph, "各部门、各单位").collective
