"""Holder and duty rules (s18l), each on a sentence written for this file (not from the seeds, the dev
documents or the corpus): a 的-phrase that only names who, before a condition piece (…的，由Y…), is the
condition's subject and holds no duty, even with an organ inside it; village patrollers (护林员,
草原管护员, 群测群防员) are collective village roles that hold duties; 指导Y做好X…管理工作 leaves the
oversight of X to Y; a sentence's bare closing verb (…，限期整改。)
closes the duty before it."""

from __future__ import annotations

from graph.model import DocumentGraph
from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, organ_named


def _doc(body: str, title: str = "某县山林巡护管理办法") -> DocumentGraph:
    return document(body, title)


def test_de_phrase_with_an_organ_before_a_condition_holds_no_duty() -> None:
    graph = _doc("第一条 乡镇人民政府委托的草场承包单位，未按期报送巡护台账的，由县林业主管部门给予警告。\n")
    assert all(holders_of_duty(graph, t) == {"县林业主管部门"} for t in duty_texts(graph)), duty_texts(graph)
    assert not any(t.startswith("乡镇人民政府") for t in duty_texts(graph)), duty_texts(graph)


def test_a_modal_piece_before_a_condition_keeps_its_duty() -> None:
    graph = _doc("第一条 乡镇人民政府应当建立巡护台账，未按期建立的，由县林业主管部门给予警告。\n")
    assert holders_of_duty(graph, "建立巡护台账") == {"乡镇人民政府"}


def test_village_patrollers_are_collective_roles_with_duties() -> None:
    graph = _doc(
        "第一条 护林员应当每日巡查责任山场，发现火情立即报告。\n"
        "第二条 草原管护员应当劝阻越界放牧行为。\n"
        "第三条 群测群防员应当在汛期每日查看隐患点。\n"
    )
    for name in ("护林员", "草原管护员", "群测群防员"):
        organ = organ_named(graph, name)
        assert organ.collective and organ.level == "village", organ
    assert holders_of_duty(graph, "每日巡查责任山场") == {"护林员"}
    assert not [e for e in edges(graph, "PART_OF") if e[0] == "护林员"]


def test_work_handed_to_another_body_gives_the_holder_no_oversight() -> None:
    graph = _doc("第一条 县自然资源局负责指导乡镇人民政府做好群测群防员选聘和管理工作。\n")
    assert ("县自然资源局", "群测群防员") not in edges(graph, "SUPERVISES")


def test_joint_work_keeps_the_holder_oversight() -> None:
    graph = _doc("第一条 县林业局会同县人力资源社会保障局做好护林员选聘和管理考核工作。\n")
    assert ("县林业局", "护林员") in edges(graph, "SUPERVISES")


def test_bare_closing_verb_joins_the_duty_before_it() -> None:
    graph = _doc("第一条 县林业局应当组织排查林区火灾隐患，限期整改。\n")
    assert duty_texts(graph) == ["县林业局应当组织排查林区火灾隐患，限期整改"], duty_texts(graph)


def test_a_run_of_short_acts_stays_split() -> None:
    graph = _doc("第一条 县林业局接到举报后应当及时受理，核实情况，登记造册。\n")
    assert "登记造册" in duty_texts(graph), duty_texts(graph)
