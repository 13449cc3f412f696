"""Round 123 (ASSISTS recall): the other party of a 协作 printed as another place's bodies (与…相邻的其他市、县
人民政府及其…主管部门…建立执法协作机制): each level's government and each listed department of that place is a
node of its own, named with the place word (其他市公安主管部门), and every holder assists every one of them, the
cooperation word anywhere in the sentence; 定期 may stand before the partner 与. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某市湖泊保护条例"


def test_other_places_governments_and_departments_are_partners_of_the_cooperation() -> None:
    graph = document(
        "第九条 市人民政府及其林业主管部门应当定期与湖泊所在地相邻的其他市、县人民政府及其林业、渔业等主管部门"
        "通报情况，共同查处跨行政区域的违法行为，逐步建立湖泊保护联合执法协作机制。",
        _TITLE,
    )
    assisted = edges(graph, "ASSISTS")
    for target in ("其他市人民政府", "其他县人民政府", "其他市林业主管部门", "其他县渔业主管部门"):
        assert ("市人民政府", target) in assisted
    # the partners are not the document's own bodies
    assert not any(target in ("市人民政府林业主管部门", "县人民政府") for _, target in assisted)


def test_other_places_bodies_with_no_cooperation_word_are_no_partners() -> None:
    graph = document(
        "第九条 市人民政府应当与相邻的其他市、县人民政府及其林业主管部门通报湖泊水质监测数据。",
        _TITLE,
    )
    assert not edges(graph, "ASSISTS")


def test_other_bodies_outside_a_partner_list_keep_their_reading() -> None:
    graph = document(
        "第九条 市林业主管部门负责湖泊保护工作，其他有关部门应当予以配合。"
        "第十条 县人民政府应当组织其他乡镇人民政府开展巡查。",
        _TITLE,
    )
    assert not any(name.startswith("其他市") or name.startswith("其他乡") for _, name in edges(graph, "ASSISTS"))


def test_a_field_leader_assists_the_level_chief_named_after_xiezhu() -> None:
    graph = document(
        "第五条 县人民政府对本县湖泊保护工作负主体责任。县长对湖泊保护工作负总责，"
        "分管负责人协助县长抓好湖泊保护日常工作。",
        _TITLE,
    )
    assert ("分管负责人", "县长") in edges(graph, "ASSISTS")


def test_a_chief_word_going_on_after_xiezhu_is_no_chief() -> None:
    graph = document("第五条 县人民政府应当协助市长江段管理机构开展巡查。", _TITLE)
    assert not any(target.endswith("市长") for _, target in edges(graph, "ASSISTS"))
