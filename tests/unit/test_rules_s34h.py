"""Round 108 (duty recall): an organ obliged to encourage or support (X应当鼓励Y… / X应当支持Y…) holds a
duty of its own, while a bare 鼓励Y or 可以支持Y stays an encouragement addressed to others (genre rule 5).
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某节水管理条例"


def test_an_organ_obliged_to_encourage_holds_a_duty() -> None:
    graph = document("第三条 县人民政府应当鼓励企业开展节水技术研究。", _TITLE)
    assert holders_of_duty(graph, "应当鼓励企业") == {"县人民政府"}


def test_an_organ_obliged_to_support_holds_a_duty() -> None:
    graph = document("第三条 县人民政府水行政主管部门应当积极支持村民委员会开展护水工作。", _TITLE)
    assert holders_of_duty(graph, "支持村民委员会") == {"县人民政府水行政主管部门"}


def test_a_bare_or_permitted_encouragement_stays_no_duty() -> None:
    graph = document("第三条 县人民政府鼓励企业开展节水技术研究。第四条 县人民政府可以支持企业建设节水设施。", _TITLE)
    assert not any("鼓励企业" in text or "支持企业" in text for text in duty_texts(graph))


def test_support_ending_on_the_supported_party_leaves_the_act_to_the_next_piece() -> None:
    graph = document("第三条 县人民政府应当支持具有资质的供水企业，通过网点销售净水设备。", _TITLE)
    assert holders_of_duty(graph, "通过网点销售") == {"县人民政府"}
    assert not any(text.endswith("供水企业") for text in duty_texts(graph))
