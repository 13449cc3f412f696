"""Round 46: bodies described by the work they manage (管理/主管…工作的部门) and 国务院 paired with the
local governments before a department (国务院和县级以上地方人民政府X部门)."""

from __future__ import annotations

from tests.unit.rules_support import document, names, surfaces


def test_manage_work_names_a_department_of_the_government() -> None:
    found = surfaces("县级以上人民政府管理档案工作的部门负责本行政区域的档案监督检查", "provincial")
    assert "县级以上人民政府管理档案工作的部门" in found
    assert "县级以上人民政府" not in found


def test_in_charge_of_work_names_a_department() -> None:
    found = surfaces("市人民政府主管殡葬工作的部门应当会同有关部门编制规划", "municipal")
    assert "市人民政府主管殡葬工作的部门" in found


def test_manage_organ_head_is_no_body_of_its_own() -> None:
    # 人民政府管理机关事务工作的机构 was read as 人民政府管理机关: the set takes 管理…机构
    found = surfaces("单位应当向县人民政府管理后勤事务工作的机构报送年度报告", "county")
    assert "县人民政府管理后勤事务工作的机构" in found
    assert not any(s.endswith("管理机关") for s in found)


def test_manage_without_work_is_no_name() -> None:
    found = surfaces("县级以上人民政府城市管理综合执法的部门依法查处", "provincial")
    assert "县级以上人民政府城市管理综合执法的部门" not in found


def test_state_council_shares_the_department_of_the_local_governments() -> None:
    graph = document(
        "第一条 国务院和县级以上地方人民政府管理档案工作的部门应当加强档案安全检查。\n"
        "第二条 国务院和县级以上地方人民政府水利主管部门负责水利档案的指导。",
        "某档案安全条例",
    )
    found = names(graph)
    assert "国务院管理档案工作的部门" in found
    assert "县级以上地方人民政府管理档案工作的部门" in found
    assert "国务院水利主管部门" in found
