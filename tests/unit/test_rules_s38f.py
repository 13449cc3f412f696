"""Round 122 (missing and extra organs): a named regulated actor right after a bare village or
township word in the subject slot (村民委员会、村集体经济组织应当…) is that level's own unit, named whole.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, organ_named

_TITLE = "某某村务管理办法"


def test_a_village_collective_in_a_subject_list_is_named_whole() -> None:
    graph = document("第五条 村民委员会、村集体经济组织应当按季度公布集体资产台账。", _TITLE)
    assert holders_of_duty(graph, "公布集体资产台账") == {"村民委员会", "村集体经济组织"}
    assert organ_named(graph, "村集体经济组织").level == "village"
    assert "集体经济组织" not in names(graph)


def test_a_township_collective_alone_is_named_whole() -> None:
    graph = document("第五条 乡镇集体经济组织应当建立资产登记制度。", _TITLE)
    assert holders_of_duty(graph, "建立资产登记制度") == {"乡镇集体经济组织"}


def test_a_village_collective_outside_the_subject_slot_keeps_the_old_reading() -> None:
    graph = document("第五条 乡镇人民政府应当指导村集体经济组织清查集体资产。", _TITLE)
    assert holders_of_duty(graph, "清查集体资产") == {"乡镇人民政府"}


def test_a_livestock_estate_beside_a_farm_is_a_holder_of_its_own() -> None:
    graph = document("第六条 规模化奶牛养殖场、养殖小区应当建立粪污台账。", "某某水污染防治条例")
    assert holders_of_duty(graph, "建立粪污台账") == {"规模化奶牛养殖场", "养殖小区"}


def test_a_bare_vague_staff_word_holds_no_duty() -> None:
    graph = document(
        "第七条 仲裁组织和有关人员应当为当事人保守秘密。第八条 检查时，相关人员应当如实说明情况。", "某某纠纷化解条例"
    )
    assert holders_of_duty(graph, "保守秘密") == {"仲裁组织"}
    assert not any("如实说明" in d.text for d in graph.duties)


def test_a_staff_word_with_its_unit_stays_a_holder() -> None:
    graph = document("第七条 事故现场有关人员应当立即报告本单位负责人。", "某某事故报告规定")
    assert holders_of_duty(graph, "立即报告") == {"事故现场有关人员"}
