"""Organ rules of session 20 (round g): a regulated actor defined by its short name (以下统称企业) is one
organ wherever the short name stands alone, the definition included; a body named by the licence it issues
keeps 许可证 in its name; 国有企业事业单位 is one kind of unit in a list of kinds; a whole body printed
before a function list (人民法院和监察、审计等机关) is read alone; 村民代表会议 is a body of its own.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holder_names, organ_named, surfaces


def test_a_defined_short_name_of_regulated_units_is_one_organ() -> None:
    body = (
        "第一条 零售烟花的门店、摊点(以下统称经营者)，应当向应急管理部门申请登记。\n"
        "第二条 经营者不得在居民楼内储存烟花。\n"
        "第三条 应急管理部门应当对经营者开展检查。\n"
    )
    graph = document(body, "某市烟花零售管理办法")
    assert holder_names(graph, 1) == {"经营者"}
    assert holder_names(graph, 2) == {"经营者"}
    assert organ_named(graph, "经营者").level == "social"


def test_a_kind_of_the_defined_actor_is_no_mention_of_it() -> None:
    # 零售企业 is printed as a kind of unit: the short name 企业 does not open inside it
    body = "第一条 批发企业和零售企业(以下统称企业)应当建立进货台账。\n第二条 零售企业应当公示许可证。\n"
    graph = document(body, "某市食盐经营管理办法")
    assert holder_names(graph, 1) == {"企业"}
    assert "企业" not in holder_names(graph, 2)


def test_a_body_named_by_the_licence_it_issues_keeps_the_licence() -> None:
    assert surfaces("捕捞许可证发放机关应当公开审批结果。") == ["捕捞许可证发放机关"]
    assert surfaces("向原取水许可证核发机关申请延续。") == ["原取水许可证核发机关"]


def test_state_owned_enterprises_and_institutions_are_one_kind() -> None:
    body = "第一条 国家机关、国有企业事业单位和人民团体应当建立廉政风险防控制度。\n"
    graph = document(body, "某市廉政风险防控条例")
    assert holder_names(graph, 1) == {"国家机关", "国有企业事业单位", "人民团体"}


def test_a_whole_body_before_a_function_list_is_read_alone() -> None:
    found = surfaces("人民检察院和公安、民政等机关应当协同做好未成年人保护工作。")
    assert found[0] == "人民检察院"
    assert "人民检察院和公安" not in found


def test_the_villagers_representative_assembly_is_a_body() -> None:
    assert surfaces("集体土地发包方案应当经村民会议或者村民代表会议讨论通过。") == ["村民会议", "村民代表会议"]


def test_a_violator_acting_unlawfully_is_a_condition_not_a_holder() -> None:
    # X违法…，受到…，被责令改正，拒不改正的: the pieces state the condition of the daily fine, no duty of X
    body = (
        "第一条 养殖企业(以下统称企业)应当处理养殖废水。\n"
        "第二条 企业违法排放养殖废水，受到罚款处罚，被责令改正，拒不改正的，依法作出处罚决定的行政机关"
        "可以按照原处罚数额按日连续处罚。\n"
    )
    graph = document(body, "某县畜禽养殖污染防治办法")
    assert "企业" not in holder_names(graph, 2)
