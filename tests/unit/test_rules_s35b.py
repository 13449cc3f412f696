"""Round 112 (river, lake and reservoir protection): a bare duty-list lead whose items each open on a
holder of their own (各级湖长按照下列规定履行职责：（一）县级湖长…；（二）乡级湖长…) sums up the items' holders
and is no duty of its subject. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holder_names, holders_of_duty, organ_id, short

_TITLE = "某某市青溪湖保护条例"


def test_a_lead_whose_items_name_their_own_holders_is_no_duty() -> None:
    graph = document(
        "第八条 各级湖长按照下列规定履行职责：\n\n"
        "（一）县级湖长统筹青溪湖的保护治理，督促乡级湖长履行职责；\n\n"
        "（二）乡级湖长负责本乡镇湖区的日常巡查；\n\n"
        "（三）村级湖长负责本村湖岸的巡查，发现问题及时报告。\n",
        _TITLE,
    )
    assert not any("按照下列规定履行职责" in text for text in duty_texts(graph))
    assert "各级湖长" not in holder_names(graph, 8)
    assert holders_of_duty(graph, "统筹青溪湖") == {"县级湖长"}
    assert holders_of_duty(graph, "日常巡查") == {"乡级湖长"}


def test_a_lead_in_its_field_with_items_of_their_own_is_no_duty() -> None:
    graph = document(
        "第九条 沿湖县（区）人民政府在各自辖区内分别承担下列职责：\n\n"
        "（一）东湖县人民政府负责湖区上游水源涵养；\n\n"
        "（二）西湖区人民政府负责湖区下游岸线整治。\n",
        _TITLE,
    )
    assert not any("承担下列职责" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "水源涵养") == {"东湖县人民政府"}


def test_a_lead_whose_items_carry_its_subject_stays_a_duty() -> None:
    graph = document(
        "第十条 县水行政主管部门履行下列职责：\n\n（一）编制青溪湖保护规划；\n\n（二）组织划定湖泊管理范围。\n",
        _TITLE,
    )
    assert holders_of_duty(graph, "编制青溪湖保护规划") == {"县水行政主管部门"}
    assert "县水行政主管部门" in holder_names(graph, 10)


def test_a_fixed_list_item_keeps_its_printed_form_at_each_level() -> None:
    graph = document(
        "第十一条 市、县人民政府农业、水利、生态环境等行政主管部门应当按照各自职责，做好青溪湖保护工作。",
        _TITLE,
    )
    city = organ_id(graph, "市水利行政主管部门")
    county = organ_id(graph, "县水利行政主管部门")
    assert city != county
    assert city == organ_id(graph, "市水行政主管部门")


def test_an_unmarked_fixed_list_item_keeps_its_printed_form() -> None:
    graph = document("第十二条 水利、林业行政主管部门应当维持青溪湖水位。", _TITLE)
    assert organ_id(graph, "水利行政主管部门") == organ_id(graph, "水行政主管部门")


def test_a_listed_failure_parted_by_a_comma_is_a_liability_of_every_listed_body() -> None:
    graph = document(
        "第三十条 农业农村、林业、生态环境等部门，对违反青溪湖保护规划的行为不依法查处的，按照管理权限"
        "对直接负责的主管人员和其他直接责任人员依法予以处分。",
        _TITLE,
    )
    assert not any("不依法查处" in text for text in duty_texts(graph))
    liable = {short(li.organ) for li in graph.liabilities if li.article == 30}
    assert len(liable) == 3
    assert organ_id(graph, "林业") in {li.organ for li in graph.liabilities}
