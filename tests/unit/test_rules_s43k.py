"""Round 136 (直辖市 relations): the township pair of a 直辖市 text printed as alternatives with the township
written 乡、镇 (乡、镇人民政府或者街道办事处) is the one pair, not a bare 乡 before a 镇 pair. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short, surfaces

_TITLE = "某某市养犬管理条例"


def test_the_township_pair_offered_as_alternatives_is_one_mention() -> None:
    found = surfaces("养犬人应当向居住地的乡、镇人民政府或者街道办事处办理登记。", "provincial")
    assert "乡、镇人民政府或者街道办事处" in found
    assert "乡" not in found


def test_a_report_to_the_alternative_pair_reaches_the_pair() -> None:
    graph = document(
        "第五条 乡、镇人民政府或者街道办事处负责本辖区养犬登记的具体工作。\n"
        "第六条 犬只收容机构应当每月向乡、镇人民政府或者街道办事处报告收容情况。",
        _TITLE,
    )
    sources = {source for source, target in edges(graph, "REPORTS_TO") if target == "乡、镇人民政府或者街道办事处"}
    assert "犬只收容机构" in sources


def test_an_inclusion_frame_steps_each_assessor_to_its_own_lower_level() -> None:
    # 纳入市、区人民政府对所属部门、下一级人民政府的考核: each assessor's own departments and the level below it
    graph = document(
        "第三条 市、区人民政府负责本市养犬管理工作。乡镇人民政府、街道办事处负责本辖区养犬管理的具体工作。\n"
        "第四条 养犬管理考核结果应当纳入市、区人民政府对所属部门、下一级人民政府的绩效考核内容。",
        _TITLE,
    )
    found = {(short(r.source), short(r.target), r.implicit) for r in graph.relations if r.article == 4}
    assert ("市人民政府", "区人民政府", True) in found
    assert ("区人民政府", "乡镇人民政府、街道办事处", True) in found
    assert not any(source == "市人民政府" and target == "乡镇人民政府、街道办事处" for source, target, _ in found)
    assert ("区人民政府", "区人民政府所属部门", False) in found
    assert not any(source == "区人民政府" and target.startswith("市人民政府") for source, target, _ in found)


def test_bodies_of_no_tier_helping_the_bare_government_assist_every_level() -> None:
    # 企业、事业单位和其他社会组织应当协助人民政府…: no village body among them, the governments at large
    graph = document(
        "第三条 本市各级人民政府负责养犬管理工作。\n"
        "第四条 企业、事业单位和其他社会组织应当协助人民政府做好文明养犬宣传工作。",
        _TITLE,
    )
    found = edges(graph, "ASSISTS")
    assert ("企业", "各级人民政府") in found
    assert ("事业单位", "各级人民政府") in found
