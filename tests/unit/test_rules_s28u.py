"""Round 96 (hzz2, the chief genre): the office of a chief system printed bare, or as 同级/本级/所在地 at a
level whose office is never named, is every level's office (one node with the 各级 set); a post filled by a
designation clause (Y由Z担任，…) bears the pieces after it in its sentence."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, holders_of_duty, names, organ_id

OFFICES = (
    "第二条 湖长制办公室负责湖长制的组织实施。\n"
    "第三条 湖长巡查发现的问题，由同级湖长制办公室登记后交办有关部门。\n"
    "第四条 各级湖长制办公室应当建立工作台账。"
)


def test_bare_chief_office_is_the_every_level_office() -> None:
    graph = document(OFFICES, "某州湖长制实施办法")
    assert organ_id(graph, "湖长制办公室") == organ_id(graph, "各级湖长制办公室")


def test_same_level_chief_office_of_no_named_level_is_the_every_level_office() -> None:
    graph = document(OFFICES, "某州湖长制实施办法")
    assert organ_id(graph, "同级湖长制办公室") == organ_id(graph, "各级湖长制办公室")
    assert "同级湖长制办公室" not in names(graph)


def test_named_level_office_stays_apart() -> None:
    graph = document(OFFICES + "\n第五条 州湖长制办公室负责编制年度工作要点。", "某州湖长制实施办法")
    assert organ_id(graph, "州湖长制办公室") != organ_id(graph, "各级湖长制办公室")


def test_filled_post_bears_the_pieces_after_it() -> None:
    graph = document("第六条 乡级田长由乡长担任，分别联系若干村的耕地保护工作。", "某县田长制实施办法")
    assert holders_of_duty(graph, "分别联系若干村") == {"乡级田长"}


def test_filled_item_post_bears_its_duties_not_the_incumbent() -> None:
    graph = document(
        "第七条 堤防实行责任人制度：\n（一）值守责任人由堤防管理单位职工担任，负责日常值守，发现险情及时报告。",
        "某市堤防管理办法",
    )
    assert holders_of_duty(graph, "负责日常值守") == {"值守责任人"}
    assert holders_of_duty(graph, "发现险情及时报告") == {"值守责任人"}


def test_filled_post_carries_no_further_sentence() -> None:
    graph = document("第八条 村级田长由村党组织书记担任。耕地保护情况纳入年度考核。", "某县田长制实施办法")
    assert "村级田长" not in holder_names(graph, 8)
