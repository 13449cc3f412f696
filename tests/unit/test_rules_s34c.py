"""Round 108 (organ recall across documents: organs found and then lost or cut): the run-together county word
县市区 (as 旗县市区 is for 旗县（市、区）) is one level word, so a two-level list of functions (市、县市区X、Y等部门)
gives each level its own department and no 市市区 / 县 remnant; 机构编制 opening a function list after 人民政府
is the staffing function, not a 机构 head (no 人民政府机构 body); a level list sharing 级 (省、市、县级人民政府X等部门)
names its middle level's plain department with 级 too (市级X部门); two listed functions or two project parties
joined by 和 alone before a plain head (财政和审计部门, 建设和施工单位) are two organs. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, organ_named

_TITLE = "某某市粮食储备办法"


def test_the_run_together_county_word_is_one_level_in_a_function_list() -> None:
    graph = document(
        "第五条 市、县市区人民政府应当加强粮食储备管理。"
        "第六条 市、县市区财政、审计等有关主管部门，按照各自职责做好储备资金保障工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "做好储备资金保障") == {
        "市财政主管部门",
        "县市区财政主管部门",
        "市审计主管部门",
        "县市区审计主管部门",
    }
    assert not any(name.startswith(("市市区", "县审计")) for name in names(graph))


def test_the_run_together_county_word_names_a_county_body() -> None:
    graph = document("第七条 县市区人民政府应当建立储备台账。", _TITLE)
    assert holders_of_duty(graph, "建立储备台账") == {"县市区人民政府"}
    assert organ_named(graph, "县市区人民政府").level == "county"


def test_the_staffing_function_after_a_government_is_no_agency_head() -> None:
    graph = document(
        "第六条 市、区人民政府机构编制、财政、公安等部门，按照各自职责做好社区工作的保障。", "某某市社区工作条例"
    )
    assert holders_of_duty(graph, "做好社区工作的保障") == {
        "市人民政府机构编制部门",
        "区人民政府机构编制部门",
        "市人民政府财政部门",
        "区人民政府财政部门",
        "市人民政府公安部门",
        "区人民政府公安部门",
    }
    assert not any(name.endswith("人民政府机构") for name in names(graph))


def test_a_shared_level_suffix_names_each_plain_department() -> None:
    graph = document("第八条 省、市、县级人民政府教育、卫生等部门，按照各自职责做好学校防疫工作。", "某某学校防疫办法")
    assert "市级教育部门" in organ_named(graph, "市级人民政府教育部门").aliases
    assert "省级卫生部门" in organ_named(graph, "省级人民政府卫生部门").aliases
    assert "县级卫生部门" in organ_named(graph, "县级人民政府卫生部门").aliases


def test_two_functions_joined_by_he_alone_are_two_departments() -> None:
    graph = document("第九条 财政和审计部门应当加强对防疫资金的监督。", "某某学校防疫办法")
    assert holders_of_duty(graph, "加强对防疫资金的监督") == {"财政部门", "审计部门"}


def test_two_project_parties_joined_by_he_alone_are_two_units() -> None:
    graph = document("第十条 设计和监理单位应当配合做好校舍安全检查。", "某某学校防疫办法")
    assert holders_of_duty(graph, "配合做好校舍安全检查") == {"设计单位", "监理单位"}


def test_a_bureau_name_holding_he_before_a_listed_function_stays_whole() -> None:
    graph = document("第十一条 文化体育广电和旅游部门应当做好景区防疫。", "某某学校防疫办法")
    assert holders_of_duty(graph, "做好景区防疫") == {"文化体育广电和旅游部门"}
