"""A post filled without 由 (X担任同级Y，协助… / 其他领导同志担任市级Y，分别负责…): the post of a tier holds the
pieces after it, as with Y由X担任; a bare post (X担任网格长) is left as it was.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某县林长制实施办法"


def test_a_post_of_the_same_tier_holds_what_follows_its_filling() -> None:
    graph = document(
        "第一条 县、乡设立河湖长。县级河湖长负责河湖保护工作。\n\n"
        "第二条 各级公安机关负责人担任同级河湖警长，协助河湖长查处非法采砂行为。",
        "某县河湖长制实施办法",
    )
    assert holders_of_duty(graph, "查处非法采砂行为") == {"河湖警长"}


def test_a_levelled_post_filled_by_unnamed_leaders_holds_what_follows() -> None:
    graph = document(
        "第一条 县级设立总林长和县级林长。\n\n"
        "第二条 县委书记、县长担任总林长；其他县级领导同志担任县级林长，分别负责东部山区和西部丘陵的林地保护。",
        _TITLE,
    )
    assert holders_of_duty(graph, "分别负责东部山区") == {"县级林长"}


def test_a_bare_post_is_not_given_the_pieces_after_it() -> None:
    graph = document(
        "第一条 乡镇人民政府以村为单位划分网格。村党组织书记担任网格长，对本村网格的防火巡查负总责。",
        _TITLE,
    )
    assert all("负总责" not in text for text in duty_texts(graph)) or holders_of_duty(graph, "负总责") != {"网格长"}


def test_an_item_opening_with_one_tier_of_the_leads_set_holds_it() -> None:
    graph = document(
        "第一条 县、乡、村设立林长。\n\n第二条 各级林长按照下列规定履行职责：\n\n"
        "（一）县级林长统筹全县森林资源保护发展，协调解决重大问题；\n\n（二）乡级林长开展本乡林地日常巡查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统筹全县森林资源保护发展") == {"县级林长"}
    assert holders_of_duty(graph, "协调解决重大问题") == {"县级林长"}
    assert holders_of_duty(graph, "开展本乡林地日常巡查") == {"乡级林长"}
