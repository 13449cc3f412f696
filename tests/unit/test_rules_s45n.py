"""Session 45 (my own): 市州, the run-together prefecture word of 市(州), is one level word as 县市区 is. Sentences
written for this file."""

from tests.unit.rules_support import document

_TITLE = "某某省河长制实施细则"


def test_a_level_list_with_the_prefecture_word_gives_each_level_its_chief() -> None:
    graph = document(
        "第三条 市州、县市区总河长是本行政区域推行河长制的第一责任人，对本行政区域内河流管理保护负总责。",
        _TITLE,
    )
    levels = {o.name: o.level for o in graph.organs}
    assert levels.get("市州总河长") == "municipal"
    assert levels.get("县市区总河长") == "county"
    first = next(d for d in graph.duties if "第一责任人" in d.text)
    assert sorted(first.holders) == ["t/县市区总河长", "t/市州总河长"]


def test_the_prefecture_word_alone_names_its_government() -> None:
    graph = document("第四条 各市州人民政府应当将河湖管理保护经费纳入本级财政预算。", _TITLE)
    assert {o.name: o.level for o in graph.organs}.get("市州人民政府") == "municipal"
