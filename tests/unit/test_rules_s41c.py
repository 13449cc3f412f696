"""Round 129 (city and county river, lake and water rules): a unit named by an act anyone may do, joined
with 个人 (取水单位或者个人, 养殖单位和个人), is the general public, not an organ, while a unit named by an office
it holds (堤防管理单位或者个人) stays a category; and a post set up and filled (设立市级河长，由…担任) does not hold
the next subjectless set-up clause (分段设立镇级河长). Each rule on a sentence written for this file (not from
the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names

_TITLE = "某某市某河保护条例"


def test_water_takers_with_individuals_are_the_public() -> None:
    graph = document(
        "第十条 取水单位或者个人应当按月向县水行政主管部门报送取水数据。"
        "第十一条 养殖单位和个人不得在某河一级保护区内投放饵料。",
        _TITLE,
    )
    assert "取水单位" not in names(graph)
    assert "养殖单位" not in names(graph)
    assert not holder_names(graph, 10) & {"取水单位", "取水单位或者个人"}


def test_a_unit_named_by_its_office_with_individuals_stays_a_category() -> None:
    graph = document("第十二条 堤防管理单位或者个人应当定期检查堤防安全状况。", _TITLE)
    assert "堤防管理单位" in holder_names(graph, 12)


def test_a_post_set_up_and_filled_does_not_set_up_the_next_posts() -> None:
    graph = document(
        "第八条 某河主河道设立市级河长，由市人民政府负责人担任；各支流分段设立县级河长、乡级河长。"
        "第九条 市级河长负责组织某河的管理保护工作。",
        _TITLE,
    )
    assert "市级河长" not in holder_names(graph, 8)
    assert "市级河长" in holder_names(graph, 9)


def test_a_governments_related_departments_are_its_concerned_departments() -> None:
    graph = document(
        "第六条 县人民政府及其有关部门应当加强某河保护。第七条 县人民政府及其相关部门应当定期开展某河巡查。",
        _TITLE,
    )
    assert "县人民政府相关部门" not in names(graph)
    assert holder_names(graph, 6) == holder_names(graph, 7)
