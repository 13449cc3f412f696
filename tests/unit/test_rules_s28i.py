"""Round 95 (carry fix-up): a level word carried over a bare department after a level list, named as printed."""

from tests.unit.rules_support import document, edges, holder_names, names


def test_level_list_carries_one_department_per_level() -> None:
    graph = document("第三条 市、县（区）水务局、生态环境局负责河道水质的监测工作。", "某市河道保护责任办法")
    assert holder_names(graph, 3) == {"市水务局", "县（区）水务局", "市生态环境局", "县（区）生态环境局"}


def test_carried_level_word_keeps_its_printed_brackets() -> None:
    graph = document("第五条 县（市）农业局、林业局负责秸秆禁烧的巡查。", "某县秸秆禁烧责任规定")
    assert "县（市）林业局" in names(graph)
    assert "县(市)林业局" not in names(graph)


def test_carried_department_belongs_to_each_listed_government() -> None:
    graph = document("第四条 市、县（区）人民政府交通局、城管局负责道路扬尘的治理。", "某市扬尘治理责任办法")
    assert ("县（区）人民政府城管局", "县（区）人民政府") in edges(graph, "PART_OF")
    assert ("市人民政府城管局", "市人民政府") in edges(graph, "PART_OF")


def test_bare_hall_after_a_comma_stays_no_body() -> None:
    graph = document("第六条 自治区文化厅负责指导，音乐厅应当做好安全检查。", "某自治区演出安全责任规定")
    assert names(graph) == {"自治区文化厅"}
