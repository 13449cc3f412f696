"""Round 100 (cq-xzjd): a sanction ;-part opened by the offence's consequence sanctions the same
offenders; the person convening a joint meeting holds nothing and the meeting bears what follows;
a 检查考核工作主管 body keeps its whole name; the township field offices (司法所, 市场监管所) are bodies."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names, surfaces

TITLE = "某市乡镇人民政府职责规定"


def test_consequence_part_sanctions_the_same_offenders() -> None:
    body = (
        "第一条 镇人民政府不履行职责的，由县人民政府责令改正；"
        "造成严重后果的，由任免机关或者监察机关对负有责任的领导人员依法给予处分。"
    )
    supervises = edges(document(body, TITLE), "SUPERVISES")
    assert ("任免机关", "镇人民政府") in supervises
    assert ("监察机关", "镇人民政府") in supervises


def test_need_for_a_sanction_opens_a_graded_part_too() -> None:
    body = "第一条 县有关部门未按照规定履行职责的，由县人民政府通报批评；需要给予处分的，由任免机关依法给予处分。"
    assert ("任免机关", "县有关部门") in edges(document(body, TITLE), "SUPERVISES")


def test_convened_meeting_bears_the_pieces_after_its_convener() -> None:
    body = (
        "第一条 县人民政府建立镇村工作联席会议制度，由县人民政府分管负责人召集，"
        "县民政、财政等部门为成员单位，负责研究解决镇村工作中的重大问题。"
    )
    graph = document(body, TITLE)
    assert not any("召集" in text for text in duty_texts(graph))
    assert holders_of_duty(graph, "研究解决") == {"镇村工作联席会议"}
    assert "县人民政府分管负责人" not in names(graph)


def test_body_convening_a_meeting_keeps_its_act() -> None:
    graph = document("第一条 村民会议由村民委员会召集。", "某市村民委员会工作条例")
    assert holders_of_duty(graph, "召集") == {"村民委员会"}


def test_inspection_office_keeps_its_whole_name() -> None:
    assert surfaces("并报县督查检查考核工作主管机构备案") == ["县督查检查考核工作主管机构"]
    assert surfaces("由县考核工作主管机构统一组织") == ["县考核工作主管机构"]
    assert surfaces("市人民政府负责检查考核工作") == ["市人民政府"]


def test_township_field_offices_are_bodies() -> None:
    body = "第一条 司法所、市场监管所、税务所应当配合镇人民政府开展矛盾纠纷调处工作。"
    graph = document(body, TITLE)
    assert {"司法所", "市场监管所", "税务所"} <= names(graph)
    assert ("司法所", "镇人民政府") in edges(graph, "ASSISTS")
