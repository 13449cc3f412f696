"""Organ rules of session 15 (round b): verbs that take a body as their object end the stem before
it. Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, names, surfaces


def test_verbs_taking_a_body_as_object_open_no_name() -> None:
    assert surfaces("县人民政府应当逐步增强乡镇人民政府的服务能力。") == ["县人民政府", "乡镇人民政府"]
    assert surfaces("增强居民委员会自治能力。") == ["居民委员会"]
    assert surfaces("省人民政府批转省财政部门审核后公布。") == ["省人民政府", "省财政部门"]
    assert surfaces("核查结果应当反馈县级人民政府。")[-1] == "县级人民政府"
    assert surfaces("社区设有物业服务企业的，从其约定。") == ["物业服务企业"]
    # 促进/改进 + 行政: no 进行 there
    assert "行政机关" not in surfaces("促进行政机关依法履职。")


def test_object_body_holds_its_own_duty() -> None:
    graph = document(
        "第一条 县人民政府应当适时调整乡镇人民政府的考核指标。\n第二条 乡镇人民政府应当按时拟订年度工作计划。\n",
        "某县乡镇工作责任规定",
    )
    assert holder_names(graph, 1) == {"县人民政府"}
    assert not {n for n in names(graph) if n.startswith(("适时调整", "调整"))}


def test_body_left_out_of_the_set_is_no_subject() -> None:
    graph = document(
        "第一条 县人民政府应当统筹本县的档案工作。\n"
        "第二条 档案主管部门以外的其他机关、单位收到档案移交申请后，应当及时登记。\n",
        "某县档案工作责任规定",
    )
    assert holder_names(graph, 2) == {"其他机关、单位"}
    assert "档案主管部门" not in names(graph)
    # without a set right after it the excluded body stays a mention (no set to open at it)
    assert "档案主管部门" in surfaces("档案主管部门以外的人员不得查阅。")


def test_township_places_listed_name_one_body() -> None:
    assert surfaces("县人民政府和乡、镇人民政府应当组织护林。") == ["县人民政府", "乡、镇人民政府"]
    # places of one city level are bodies of their own
    assert len(surfaces("设区的市、自治州人民政府应当编制规划。")) == 2
    graph = document("第一条 乡、镇人民政府应当组织清理沟渠。\n", "某县沟渠管理规定")
    assert holder_names(graph, 1) == {"乡、镇人民政府"}
