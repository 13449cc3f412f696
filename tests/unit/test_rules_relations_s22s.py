"""Relations s22s: a government's 本级/同级 body that the document names nowhere (本级人民代表大会,
同级人大常委会) is named with the government's own level words, as a department's 同级 body is."""

from __future__ import annotations

from tests.unit.rules_support import document, edges


def test_same_level_congress_of_each_government_gets_its_level_words() -> None:
    graph = document(
        "第五条 州、乡（镇）人民政府应当每年向本级人民代表大会常务委员会书面报告草原保护情况。",
        "某州草原保护条例",
    )
    assert ("州人民政府", "州人民代表大会常务委员会") in edges(graph, "REPORTS_TO")
    assert ("乡（镇）人民政府", "乡（镇）人民代表大会常务委员会") in edges(graph, "REPORTS_TO")


def test_same_level_congress_of_one_government() -> None:
    graph = document("第八条 旗人民政府应当向同级人民代表大会报告牧区建设资金的使用情况。", "某旗牧区建设办法")
    assert ("旗人民政府", "旗人民代表大会") in edges(graph, "REPORTS_TO")
