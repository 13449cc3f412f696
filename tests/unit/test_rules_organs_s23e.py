"""Organ lists seen in the laws annotated blind (round 45): a function list whose 等 is followed by the
duty its departments bear (hz-aqjg: 7 corpus lists), the province-level pair 省、直辖市 (gw-cjcs: 42
corpus hits), and named provinces sharing one printed body (river laws). Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, organ_named


def test_function_list_before_a_borne_duty_names_each_department_at_each_level() -> None:
    graph = document(
        "第一条 市、县人民政府卫生、教育、文旅等负有校园食品安全监督管理职责的部门应当加强日常检查。\n",
        "某市校园食品安全条例",
    )
    found = names(graph)
    for function in ("卫生", "教育", "文旅"):
        assert f"市人民政府{function}部门" in found
        assert f"县人民政府{function}部门" in found
    assert "负有校园食品安全监督管理职责的部门" not in found


def test_a_borne_duty_printed_alone_is_still_a_set() -> None:
    graph = document(
        "第一条 卫生、文旅等负有校园食品安全监督管理职责的部门应当加强检查。\n"
        "第二条 负有校园食品安全监督管理职责的部门应当公开检查结果。\n",
        "某市校园食品安全条例",
    )
    assert {"卫生部门", "文旅部门"} <= names(graph)
    assert organ_named(graph, "负有校园食品安全监督管理职责的部门").collective


def test_province_and_municipality_pair_is_one_set() -> None:
    graph = document(
        "第一条 沿湖省、直辖市人民政府渔业主管部门应当制定禁渔期方案。\n",
        "湖泊渔业管理条例",
    )
    assert "沿湖省、直辖市人民政府渔业主管部门" in names(graph)
    assert organ_named(graph, "沿湖省、直辖市人民政府渔业主管部门").collective


def test_listed_provinces_sharing_one_department_head_are_one_department_each() -> None:
    graph = document(
        "第一条 流域管理机构会同河北省、山西省和内蒙古自治区、天津市人民政府林业主管部门编制规划。\n",
        "某流域防护林保护条例",
    )
    found = names(graph)
    for province in ("河北省", "山西省", "内蒙古自治区", "天津市"):
        assert f"{province}人民政府林业主管部门" in found


def test_listed_provinces_sharing_one_government_are_one_government_each() -> None:
    graph = document(
        "第一条 甘肃省、宁夏回族自治区、陕西省人民政府应当建立协作机制。\n",
        "某流域生态保护条例",
    )
    assert {"甘肃省人民政府", "陕西省人民政府", "宁夏回族自治区人民政府"} <= names(graph)
