"""Round 111 (party secretaries of a committee printed only as a leader): the secretary of a party committee
the text prints on its own as a body (在X领导下, 接受X和Y的…, 向X述职), although the committee holds no duty and
leads no relation, sits in that committee, not in its level's pair or government; a committee printed only
inside a longer name (区委各工作部门) or as 本级党委 leaves the secretary in the pair. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges

_TITLE = "某某街道社区治理工作规定"


def test_a_secretary_of_a_committee_printed_only_as_a_leader_sits_in_it() -> None:
    graph = document(
        "第二条 街道办事处负责本街道社区治理的组织实施。"
        "第三条 街道党工委书记对本街道社区治理工作负总责。"
        "第四条 社区居民委员会在街道党工委领导下，做好社区服务工作。",
        _TITLE,
    )
    part_of = edges(graph, "PART_OF")
    assert ("街道党工委书记", "街道党工委") in part_of
    assert ("街道党工委书记", "街道办事处") not in part_of


def test_a_secretary_of_a_committee_printed_as_the_end_of_a_report_sits_in_it() -> None:
    graph = document(
        "第二条 乡镇人民政府负责本乡镇村庄环境整治的组织实施。"
        "第三条 乡镇党委书记是本乡镇村庄环境整治工作的第一责任人。"
        "第四条 驻村工作队每半年向乡镇党委述职。",
        "某某村庄环境整治工作办法",
    )
    part_of = edges(graph, "PART_OF")
    assert ("乡镇党委书记", "乡镇党委") in part_of
    assert ("乡镇党委书记", "乡镇人民政府") not in part_of


def test_a_committee_printed_only_inside_a_longer_name_leaves_the_secretary_in_the_pair() -> None:
    graph = document(
        "第二条 县委、县政府对本县防灾减灾工作负总责。"
        "第三条 县委书记、县长是本县防灾减灾工作的第一责任人。"
        "第四条 县应急管理局负责联络县委各工作部门，汇总防灾减灾信息。",
        "某某县防灾减灾工作责任制规定",
    )
    part_of = edges(graph, "PART_OF")
    assert ("县委书记", "县委、县政府") in part_of
    assert ("县委书记", "县委") not in part_of
