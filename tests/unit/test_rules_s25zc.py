"""Round 66 (role66): roles of the street and township party halves, and a secretary's party body."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names


def test_street_and_township_secretaries_are_two_roles() -> None:
    # 街道党工委书记、乡镇党委书记: one party body of the level, but two printed roles, each in that body
    graph = document(
        "第一条 街道党工委、乡镇党委负责本辖区物业管理工作。\n"
        "第二条 街道党工委书记、乡镇党委书记每季度至少听取一次物业管理工作汇报。",
        "某区物业管理工作规定",
    )
    assert holder_names(graph, 2) == {"街道党工委书记", "乡镇党委书记"}
    assert {("街道党工委书记", "街道党工委、乡镇党委"), ("乡镇党委书记", "街道党工委、乡镇党委")} <= edges(
        graph, "PART_OF"
    )


def test_street_secretary_alone_keeps_its_printed_name() -> None:
    graph = document("第一条 街道党工委书记应当定期研究垃圾分类工作。", "某区垃圾分类工作规定")
    assert "街道党工委书记" in names(graph)


def test_secretary_sits_in_the_party_committee_holding_a_duty() -> None:
    # 县委书记 ⊂ 县委 where the committee holds a duty of its own, not the county's 党委和政府 pair
    graph = document(
        "第一条 县委和县人民政府对本县养老服务工作负总责。\n"
        "第二条 县委负责研究养老服务重大事项。\n"
        "第三条 县委书记每年至少主持召开一次养老服务工作会议。",
        "某县养老服务工作办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("县委书记", "县委") in part_of
    assert ("县委书记", "县委和县人民政府") not in part_of


def test_secretary_sits_in_the_pair_when_the_committee_holds_no_duty() -> None:
    graph = document(
        "第一条 县委和县人民政府对本县养老服务工作负总责。\n第二条 县委书记每年至少主持召开一次养老服务工作会议。",
        "某县养老服务工作办法",
    )
    assert ("县委书记", "县委和县人民政府") in edges(graph, "PART_OF")
