"""Session 44 (my own): a fronted 对-object piece opens the duty of the agent its 由 clause names. Sentences
written for this file."""

from tests.unit.rules_support import document

_TITLE = "某某林地条例"


def test_the_fronted_object_opens_the_duty_of_the_agent_named_after_it() -> None:
    graph = document(
        "第九条 市人民政府应当建立补助制度，按照谁受益谁补助的原则，对生态公益林，由受益区域的人民政府给予补助。",
        _TITLE,
    )
    granted = [d for d in graph.duties if "对生态公益林，由受益区域的人民政府给予补助" in d.text]
    assert [d.holders for d in granted] == [["t/受益区域的人民政府"]]
    assert not any(d.text.endswith("对生态公益林") for d in graph.duties)


def test_an_article_opening_on_its_agent_has_no_duty_before_it_to_cut() -> None:
    graph = document("第九条 由受益区域的人民政府给予补助。", _TITLE)
    assert [d.text for d in graph.duties] == ["由受益区域的人民政府给予补助"]
