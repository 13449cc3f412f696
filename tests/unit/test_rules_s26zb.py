"""Round 87 (naming bugs): sentences written for these rules, not taken from any document."""

from __future__ import annotations

from tests.unit.rules_support import document, names, surfaces


def test_distributed_level_never_doubles_a_level_word() -> None:
    # 市、相关县市区X / 省、市县X / 市级、县（区）级X: the bare level takes the body without the other
    # level words of the compound level, and 级 once
    graph = document(
        "第一条 市、相关县市区农业主管部门应当制定规划。\n"
        "第二条 省、市县水行政主管部门应当组织巡查。\n"
        "第三条 市级、县（区）级林长应当负责督导。\n"
        "第四条 区、县市场监督管理部门应当加强检查。",
        "某市林地保护条例",
    )
    found = names(graph)
    assert {"市农业主管部门", "省水行政主管部门", "市级林长"} <= found
    assert not any(n.startswith(("市市", "省县", "市级级")) for n in found)
    assert "区、县市场监督管理部门" in found or "区市场监督管理部门" in found


def test_protect_before_a_body_is_a_verb() -> None:
    # 维护X的秩序: 维护 opens no name; 维护运营单位 / 维护保养单位 are names
    assert surfaces("县公安机关应当维护国家机关、医院的正常秩序。", "county") == ["县公安机关", "国家机关", "医院"]
    printed = surfaces("管网维护运营单位和电梯维护保养单位应当检修。", "county")
    assert printed == ["管网维护运营单位", "电梯维护保养单位"]


def test_send_between_a_matter_and_a_body_is_a_verb() -> None:
    # 结果送X / 材料送交X: the body after 送 is named alone; 递送, 配送, 输送 stay inside names
    assert surfaces("核查结果送县委组织部。", "county") == ["县委组织部"]
    assert surfaces("有关材料送交县人民政府。", "county") == ["县人民政府"]
    assert surfaces("配送企业应当登记。", "county") == ["配送企业"]
    assert surfaces("快件递送服务单位应当登记。", "county") == ["快件递送服务单位"]
