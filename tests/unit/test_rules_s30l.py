"""Round 98 (central 督导 regulations): a 本级/同级 function list takes the level of the local set's
department that leads it (after 会同, or opening the clause after that department's 分号 clause); a
heritage site's managing unit is named by the site; a right is no frame of the duty after it."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces


def test_same_level_list_after_a_semicolon_takes_the_lead_set() -> None:
    graph = document(
        "第一条 国务院水利部门主管全国的水库安全督查工作。\n"
        "第二条 县级以上地方人民政府水利主管部门负责本行政区域内的水库安全督查工作；"
        "本级公安、自然资源、应急管理等部门按照职责分工予以配合。",
        "水库安全督查条例",
    )
    listed = {f"县级以上地方人民政府{f}部门" for f in ("公安", "自然资源", "应急管理")}
    assert listed <= names(graph)
    assert "本级公安部门" not in names(graph)
    assert holders_of_duty(graph, "予以配合") == listed


def test_plain_same_level_list_after_joint_lead() -> None:
    # 同级公安、应急管理部门 with no 等: 同级 opens a list of known functions
    graph = document(
        "第一条 县级以上地方人民政府水利主管部门负责水库安全督查。\n"
        "第二条 省、自治区、直辖市人民政府水利主管部门应当会同同级公安、应急管理部门对重大隐患实行挂牌督办；"
        "同级财政、审计部门应当保障督办经费。",
        "水库安全督查条例",
    )
    assert {"省、自治区、直辖市人民政府公安部门", "省、自治区、直辖市人民政府应急管理部门"} <= names(graph)
    assert holders_of_duty(graph, "保障督办经费") == {
        "省、自治区、直辖市人民政府财政部门",
        "省、自治区、直辖市人民政府审计部门",
    }


def test_same_level_list_after_a_full_stop_is_left_alone() -> None:
    graph = document(
        "第一条 县级以上地方人民政府水利主管部门负责水库安全督查。同级公安、自然资源部门予以配合。",
        "水库安全督查条例",
    )
    assert "县级以上地方人民政府公安部门" not in names(graph)


def test_heritage_site_names_its_managing_unit() -> None:
    graph = document(
        "第一条 县级人民政府对本县的古建筑安全负属地管理责任。\n"
        "第二条 文物保护单位的管理使用单位应当建立巡查制度。县级文物主管部门对文物保护单位开展检查。",
        "古建筑安全督导办法",
    )
    assert "文物保护单位的管理使用单位" in names(graph)
    assert "文物保护单位" not in names(graph)
    assert holders_of_duty(graph, "建立巡查制度") == {"文物保护单位的管理使用单位"}


def test_managing_and_using_unit_is_a_unit() -> None:
    graph = document("第一条 管理使用单位应当定期检修消防设施。", "公共建筑消防管理办法")
    assert holders_of_duty(graph, "定期检修") == {"管理使用单位"}


def test_right_is_no_frame_of_the_next_duty() -> None:
    graph = document(
        "第一条 督查人员在督查工作中享有查阅资料、询问有关人员等权利，被督查单位应当予以配合，不得拒绝。",
        "水库安全督查条例",
    )
    assert holders_of_duty(graph, "予以配合") == {"被督查单位"}
    assert not any("权利" in d.text for d in graph.duties)


def test_same_level_opener_takes_listed_functions_only() -> None:
    assert surfaces("报告同级档案、财政部门。") == ["同级档案", "财政部门"]
    assert surfaces("报告同级档案、燃料储运部门。") == ["燃料储运部门"]
