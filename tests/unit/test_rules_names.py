"""Bounds on organ names found by auditing the corpus: verbs and place words kept out of names, level
words that are no level, and role and set names the lexicon lacked. Each rule on a sentence written
for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from graph.model import DocumentGraph
from loaders.organs import find_mentions
from tests.unit.rules_support import document, holder_names, names, organ_named, surfaces


def _doc(body: str, title: str = "某省湖泊保护条例") -> DocumentGraph:
    return document(body, title)


def test_verb_before_a_body_is_not_part_of_its_name() -> None:
    # 经/未经 X 批准, 接受 X 的监督, 列入 X 预算: the body is X
    assert surfaces("湖区内新建码头,须经湖泊管理机构审核同意。") == ["湖泊管理机构"]
    assert surfaces("未经县人民政府批准,不得围湖造田。") == ["县人民政府"]
    assert surfaces("养殖户应当接受渔业主管部门的检查。") == ["渔业主管部门"]
    assert surfaces("所需资金列入县级人民政府年度预算。") == ["县级人民政府"]
    # a conjunction or a preposition before a body (但, 因, 除) and an act done to it (超出, 方便) end no name
    assert surfaces("但湖泊管理机构另有规定的除外。") == ["湖泊管理机构"]
    assert surfaces("不得超出湖泊管理机构划定的范围,并方便养殖单位查询。") == ["湖泊管理机构", "养殖单位"]
    assert surfaces("接到湖泊管理机构通知后,应当协同渔业主管部门处理。") == ["湖泊管理机构", "渔业主管部门"]
    # words that merely open with 经 are no verb (经济, 经营, 经办)
    assert surfaces("经济和信息化部门、湖区经营单位、医保经办机构应当配合。") == [
        "经济和信息化部门",
        "湖区经营单位",
        "医保经办机构",
    ]


def test_oversight_verbs_end_the_subject_name() -> None:
    graph = _doc(
        "第一条 县级人民政府应当监督本级人民政府有关部门做好湖泊保护。\n"
        "第二条 市人民政府可以责成有关部门限期清理湖面垃圾。\n"
        "第三条 违法填湖的，县级人民政府责令施工单位恢复原状。\n"
    )
    found = names(graph)
    assert not any(n.startswith(("监督", "责成", "责令")) for n in found), found
    assert not any("责令" in n for n in found), found
    assert "县级人民政府" in holder_names(graph, 1)
    assert "市人民政府" in holder_names(graph, 2)


def test_supervision_inside_a_function_name_stays() -> None:
    assert surfaces("市场监督管理部门和质量技术监督部门应当抽检,监督检查人员应当出示证件。") == [
        "市场监督管理部门",
        "质量技术监督部门",
        "监督检查人员",
    ]
    graph = _doc("第一条 渔业、交通、安全生产监督等部门应当按照各自职责做好湖区安全工作。\n")
    assert {"渔业部门", "交通部门", "安全生产监督部门"} <= holder_names(graph, 1)


def test_market_is_no_city() -> None:
    mentions = find_mentions("县人民政府应当向市场主体公开湖泊水质信息。市场监督管理部门应当配合。", "provincial")
    assert [m.surface for m in mentions] == ["县人民政府", "市场监督管理部门"]
    assert mentions[1].level is None  # 市 inside 市场 names no level


def test_place_word_before_a_body_keeps_its_level_words() -> None:
    mentions = find_mentions("由湖泊所在地设区的市人民政府编制规划,所在地县级人民政府组织实施。", "provincial")
    # a clause opened by the place word prints it in the mention (its subject), not in the name (s22y)
    assert [(m.display or m.surface, m.level) for m in mentions] == [
        ("设区的市人民政府", "municipal"),
        ("县级人民政府", "county"),
    ]
    graph = _doc("第一条 湖泊跨两个县的，所在地人民政府应当共同设立保护标志。\n")
    assert holder_names(graph, 1) == {"所在地人民政府"}


def test_each_district_stands_for_its_government() -> None:
    graph = _doc(
        "第一条 区人民政府负责本辖区湖泊的日常保护。\n第二条 各区应当每年公布湖泊水质状况。\n",
        title="某市湖泊保护条例",
    )
    assert holder_names(graph, 2) == {"区人民政府"}
    organ = organ_named(graph, "区人民政府")
    assert "各区" in organ.aliases


def test_own_unit_head_is_the_main_head_of_the_unit() -> None:
    graph = _doc(
        "第一条 湖区养殖单位应当建立巡查制度。本单位负责人应当每月组织一次巡查。\n"
        "第二条 湖区养殖单位应当配备巡查人员，单位负责人应当督促巡查人员履行职责。\n"
    )
    assert "湖区养殖单位主要负责人" in holder_names(graph, 1)
    assert "湖区养殖单位负责人" in holder_names(graph, 2)  # without 本 the role keeps its printed name


def test_person_answering_for_a_task() -> None:
    graph = _doc(
        "第一条 湖泊保洁责任人应当每日清理责任区域。\n第二条 县级人民政府主要负责人是本行政区域湖泊保护第一责任人。\n"
    )
    assert holder_names(graph, 1) == {"湖泊保洁责任人"}
    assert not any(n.endswith("第一责任人") for n in names(graph))


def test_member_units_of_a_body_are_one_set() -> None:
    graph = _doc(
        "第一条 县人民政府湖泊保护指挥部的成员单位应当按照分工做好保护工作。\n第二条 成员单位应当每季度报送工作情况。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == {"县人民政府湖泊保护指挥部成员单位"}
    organ = organ_named(graph, "县人民政府湖泊保护指挥部成员单位")
    assert "成员单位" in organ.aliases


def test_sets_named_by_their_task_or_mandate() -> None:
    graph = _doc(
        "第一条 有湖泊保洁任务的部门和单位应当制定保洁方案。\n"
        "第二条 有湖泊保洁任务的其他部门和单位，应当明确专人负责。\n"
        "第三条 法律、法规授权的具有湖泊管理职能的组织应当依法履行保护职责。\n"
        "第四条 受委托组织应当在委托范围内开展湖面巡查。\n"
    )
    assert holder_names(graph, 1) == holder_names(graph, 2) == {"有湖泊保洁任务的部门和单位"}
    assert holder_names(graph, 3) == {"法律、法规授权的具有湖泊管理职能的组织"}
    assert holder_names(graph, 4) == {"受委托组织"}
