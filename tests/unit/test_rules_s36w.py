"""Round 117 (extra organs, precision): words glued before a body's name that are no part of it — the
verb drafting a paper of the body (编制X清单), the term compared with a body's (任期同本级人民代表大会), the
owner a balance goes to (归X所有), the centre line of a facility (管道中心线) and the trade word 商贸 (no 商
verb); and a body alone in its piece before 由Y (X的内设机构，由Y核定) is what Y acts on, no holder.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names, surfaces

_TITLE = "某某县乡村治理办法"


def test_the_verb_drafting_a_list_of_a_body_is_no_part_of_its_name() -> None:
    found = surfaces("县人民政府应当编制居民委员会协助政府工作事项清单，并向社会公布。", "county")
    assert "编制居民委员会" not in found
    assert "居民委员会" in found


def test_a_drafting_body_named_by_the_act_keeps_its_word() -> None:
    assert "规划编制单位" in surfaces("规划编制单位应当征求公众意见。")
    assert "县机构编制部门" in surfaces("县机构编制部门应当核定人员。", "county")


def test_a_shared_term_is_no_part_of_the_body_it_follows() -> None:
    graph = document("第七条 委员由县人民代表大会选出，任期同本级人民代表大会每届任期相同。", _TITLE)
    assert not any(name.startswith("任期") for name in names(graph))


def test_the_owner_a_balance_goes_to_is_named_without_the_verb() -> None:
    graph = document("第八条 项目完工后，专户内结余资金归项目建设单位所有。", _TITLE)
    assert not any(name.startswith(("归", "资金归")) or "结余资金" in name for name in names(graph))


def test_the_centre_line_of_a_facility_is_no_body() -> None:
    graph = document("第九条 输水隧洞，自隧洞中心线向两侧各外延二十米的区域为保护范围。", _TITLE)
    assert not any("中心" in name for name in names(graph))


def test_a_trade_word_opening_a_unit_is_no_request_verb() -> None:
    graph = document("第十条 镇人民政府负责辖区商贸服务单位的安全巡查。", _TITLE)
    assert "贸服务单位" not in names(graph)


def test_a_body_alone_before_a_comma_and_its_agent_is_what_the_agent_acts_on() -> None:
    graph = document("第十一条 镇人民政府的内设机构，由县机构编制部门根据工作需要核定。", _TITLE)
    assert holders_of_duty(graph, "核定") == {"县机构编制部门"}


def test_a_post_filled_after_a_comma_keeps_its_holder() -> None:
    graph = document("第十二条 镇级总林长，由镇党委书记担任，负责组织林地保护工作。", _TITLE)
    assert holders_of_duty(graph, "负责组织林地保护") == {"镇级总林长"}
