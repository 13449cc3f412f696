"""Round 97, third street/township/village round: the post and its deputy a body sets with their headcount
(X设站长一名、副站长二名) are its roles, named by their bare words later in the article (副站长协助站长工作:
ASSISTS); a place word naming both kinds of township (街道（乡镇）) where their party bodies and governments are
printed apart, with no pair, is a party-and-government node of its own.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某区街道工作办法"


def test_a_body_post_and_its_deputy_are_its_roles() -> None:
    graph = document(
        "第一条 街道办事处设主任一名、副主任三名。主任主持日常工作；副主任协助主任工作，分管平安建设。",
        _TITLE,
    )
    assert holders_of_duty(graph, "主任主持日常工作") == {"街道办事处主任"}
    assert holders_of_duty(graph, "分管平安建设") == {"街道办事处副主任"}
    assert ("街道办事处副主任", "街道办事处主任") in edges(graph, "ASSISTS")
    assert {("街道办事处副主任", "街道办事处"), ("街道办事处主任", "街道办事处")} <= edges(graph, "PART_OF")


def test_other_post_words_and_no_deputy_make_no_role() -> None:
    graph = document("第一条 农业服务中心设站长一名、副站长二名。副站长协助站长做好农技推广。", "某县农技推广办法")
    assert ("农业服务中心副站长", "农业服务中心站长") in edges(graph, "ASSISTS")
    # no deputy printed with a headcount: the bare post is no organ, the regime word is none either
    graph = document("第一条 街道办事处实行主任负责制，设主任一名。主任主持日常工作。", _TITLE)
    assert "街道办事处主任" not in names(graph)


def test_a_two_kind_place_word_is_its_own_pair_where_the_halves_are_apart() -> None:
    graph = document(
        "第一条 街道党工委、乡镇党委应当加强对调解工作的领导。\n"
        "第二条 街道办事处、乡镇人民政府应当保障调解经费。\n"
        "第三条 街道（乡镇）应当每季度组织矛盾纠纷排查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织矛盾纠纷排查") == {"街道（乡镇）"}
    halves = {("街道党工委、乡镇党委", "街道（乡镇）"), ("街道办事处、乡镇人民政府", "街道（乡镇）")}
    assert halves <= edges(graph, "PART_OF")


def test_a_one_kind_place_word_stays_the_government() -> None:
    graph = document(
        "第一条 街道党工委应当加强对调解工作的领导。\n"
        "第二条 街道办事处应当保障调解经费。\n"
        "第三条 区司法行政部门对街道调解工作进行指导。",
        _TITLE,
    )
    assert "街道" not in names(graph)


def test_a_two_kind_place_word_stays_the_government_where_a_half_names_one_kind() -> None:
    graph = document(
        "第一条 乡镇党委书记是本辖区调解工作第一责任人。\n"
        "第二条 乡镇人民政府（街道办事处）应当保障调解经费。\n"
        "第三条 乡镇（街道）应当每季度组织矛盾纠纷排查。",
        _TITLE,
    )
    assert holders_of_duty(graph, "组织矛盾纠纷排查") == {"乡镇人民政府（街道办事处）"}
