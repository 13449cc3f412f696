"""Resolution rules of round 34 (SPLITS): a function's department printed with no level, after the document
named the collective of that function spanning the levels it governs (县级以上 / 地方各级 / 各级 X), refers
back to that collective; printed before a 各级 set, in a national text's 县级以上 set, or as a body that is no
department (委员会), it stays apart. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_id, organ_named

_LOCAL = "某省城市节约用水管理条例"
_NATIONAL = "城市节约用水条例"


def test_a_bare_department_after_the_spanning_set_is_that_set() -> None:
    body = (
        "第一条 县级以上人民政府节水主管部门负责本行政区域内的城市节约用水工作。\n"
        "第二条 节水主管部门应当建立用水单位的节水档案。\n"
    )
    graph = document(body, _LOCAL)
    assert organ_id(graph, "节水主管部门") == organ_id(graph, "县级以上人民政府节水主管部门")
    # the set keeps its printed name; the bare form is an alias
    assert "节水主管部门" not in names(graph)
    assert organ_named(graph, "县级以上人民政府节水主管部门").collective


def test_a_local_set_leaving_the_centre_out_spans_a_local_document() -> None:
    body = "第一条 地方各级人民政府节水主管部门应当制定节约用水规划。\n第二条 节水主管部门应当定期公布用水计量结果。\n"
    graph = document(body, _LOCAL)
    assert organ_id(graph, "节水主管部门") == organ_id(graph, "地方各级人民政府节水主管部门")


def test_a_bare_department_printed_before_the_county_up_set_joins_it() -> None:
    # round 35: a local document's 县级以上 set takes the bare name printed before it too (test_rules_resolve_s22n)
    body = (
        "第一条 节水主管部门应当建立用水单位的节水档案。\n"
        "第二条 县级以上人民政府节水主管部门负责本行政区域内的城市节约用水工作。\n"
    )
    graph = document(body, _LOCAL)
    assert organ_id(graph, "节水主管部门") == organ_id(graph, "县级以上人民政府节水主管部门")


def test_a_national_text_keeps_its_bare_department_apart_from_the_local_set() -> None:
    # 县级以上人民政府 in a national regulation are the local governments: the bare name includes the centre's
    body = (
        "第一条 县级以上人民政府节水主管部门负责本行政区域内的城市节约用水工作。\n"
        "第二条 节水主管部门应当建立用水单位的节水档案。\n"
    )
    graph = document(body, _NATIONAL)
    assert organ_id(graph, "节水主管部门") != organ_id(graph, "县级以上人民政府节水主管部门")


def test_a_set_of_all_levels_spans_a_national_text_too() -> None:
    body = "第一条 各级人民政府节水主管部门应当制定节约用水规划。\n第二条 节水主管部门应当定期公布用水计量结果。\n"
    graph = document(body, _NATIONAL)
    assert organ_id(graph, "节水主管部门") == organ_id(graph, "各级人民政府节水主管部门")


def test_a_bare_committee_is_no_department_of_every_level() -> None:
    # 节水委员会 printed alone is the committee the article is about, not the set of every level's
    body = "第一条 各级节水委员会应当统筹本地区的节约用水工作。\n第二条 节水委员会应当每年听取用水大户的意见。\n"
    graph = document(body, _LOCAL)
    assert organ_id(graph, "节水委员会") != organ_id(graph, "各级节水委员会")


def test_a_local_document_prefers_the_county_up_set_to_the_all_levels_one() -> None:
    body = (
        "第一条 各级人民政府节水主管部门应当开展节约用水宣传。\n"
        "第二条 县级以上人民政府节水主管部门负责本行政区域内的城市节约用水工作。\n"
        "第三条 节水主管部门应当建立用水单位的节水档案。\n"
    )
    graph = document(body, _LOCAL)
    assert organ_id(graph, "节水主管部门") == organ_id(graph, "县级以上人民政府节水主管部门")
    assert organ_id(graph, "节水主管部门") != organ_id(graph, "各级人民政府节水主管部门")
