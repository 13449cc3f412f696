"""Round 108 (street and township rules): a result put to use as the basis of another body's assessment
(评议意见作为Y对X考核的依据): Y, the user, holds the clause and oversees X; an opinion's author printed with
its object before it (X对Z的考核评价意见，作为…) keeps its own edge; a government's 各部门 is the set of its
departments, one organ (区人民政府各部门), as its 工作部门 is; a congress body that organises its deputies
to oversee a government (组织人大代表对X…进行评议) oversees it itself. Each rule on a sentence written for this
file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, surfaces

_TITLE = "某某市街道工作条例"


def test_a_result_used_by_a_body_gives_it_the_duty_and_the_edge() -> None:
    graph = document(
        "第九条 评议结论应当作为区人民政府对区人民政府工作部门年度考核的重要参考。",
        _TITLE,
    )
    assert holders_of_duty(graph, "评议结论") == {"区人民政府"}
    assert ("区人民政府", "区人民政府工作部门") in edges(graph, "SUPERVISES")


def test_an_opinion_author_keeps_its_edge_beside_the_user() -> None:
    graph = document(
        "第十条 街道办事处对区城市管理部门派出机构的考核评价意见，应当作为区城市管理部门对派出机构考核的主要依据。",
        _TITLE,
    )
    found = edges(graph, "SUPERVISES")
    assert holders_of_duty(graph, "考核评价意见") == {"区城市管理部门"}
    assert ("街道办事处", "区城市管理部门派出机构") in found  # 派出机构 after the user is the same body
    assert ("区城市管理部门", "区城市管理部门派出机构") in found


def test_a_body_that_puts_its_own_result_to_use_keeps_the_clause() -> None:
    graph = document(
        "第十一条 区民政部门应当将评议结果作为区人民政府对街道办事处考核的依据。",
        _TITLE,
    )
    assert holders_of_duty(graph, "评议结果") == {"区民政部门"}


def test_a_governments_every_department_is_one_set() -> None:
    assert surfaces("区人民政府各部门应当支持街道办事处开展工作。", "municipal") == ["区人民政府各部门", "街道办事处"]


def test_the_set_of_a_governments_departments_holds_its_duty() -> None:
    graph = document("第六条 县人民政府各部门应当按照职责清单做好基层治理相关工作。", _TITLE)
    assert holders_of_duty(graph, "职责清单") == {"县人民政府各部门"}
    assert ("县人民政府各部门", "县人民政府") in edges(graph, "PART_OF")  # name-literal, as 工作部门


def test_a_head_role_of_the_department_set_is_the_sets_role() -> None:
    found = surfaces("区人民政府各部门主要负责人对本部门工作负总责。", "municipal")
    assert found[0] == "区人民政府各部门主要负责人"


def test_a_congress_body_organising_its_deputies_to_evaluate_draws_no_edge_under_the_gate() -> None:
    graph = document("第八条 镇人民代表大会主席团可以组织人大代表对镇人民政府的工作进行评议。", _TITLE)
    # session 38 gate: 评议 is no README trigger
    assert ("镇人民代表大会主席团", "镇人民政府") not in edges(graph, "SUPERVISES")


def test_organised_resident_representatives_still_give_no_edge() -> None:
    graph = document("第八条 街道办事处应当组织辖区居民代表对区人民政府派驻机构的工作进行评议。", _TITLE)
    assert not edges(graph, "SUPERVISES")
