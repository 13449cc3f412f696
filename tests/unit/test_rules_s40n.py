"""Round 128 (hired posts and staff as holders): X配备/聘用/聘请 a post，负责/具体承办… or ，在Y指导下… — the
post hired bears that clause (dev qh-fupin, wh-jiedao, lyi-yihe, hz-zwh: 4 of 4), each post of a joined run
(A或者B, A、B) and a post named nowhere else (a word before 员 in the hiring slot); a 协助/承担 clause after the
hiring stays the hiring body's (dev nm-hehu, cq-gdzr, sh-spzr, xj-hzz, gx-hezhang: 5 of 5). Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, holders_of_duty, names

_TITLE = "某某市山塘保护条例"


def test_a_staffed_post_bears_the_charge_after_it() -> None:
    graph = document("第八条 乡镇人民政府应当配备扶贫专干，具体承办山塘巡查记录的整理和报送工作。", _TITLE)
    assert holders_of_duty(graph, "具体承办山塘巡查") == {"扶贫专干"}
    assert holders_of_duty(graph, "配备扶贫专干") == {"乡镇人民政府"}


def test_each_post_of_a_joined_run_bears_the_charge() -> None:
    graph = document("第九条 村民委员会可以聘用山塘专管员或者保洁员，负责山塘的日常巡查和清理。", _TITLE)
    assert holders_of_duty(graph, "负责山塘的日常巡查") == {"山塘专管员", "保洁员"}


def test_a_post_named_nowhere_else_is_read_in_the_hiring_slot() -> None:
    graph = document("第十条 街道办事处可以聘请山塘巡护员、保洁员，在村级塘长的指导下开展巡塘和保洁工作。", _TITLE)
    assert "山塘巡护员" in names(graph)
    assert holders_of_duty(graph, "开展巡塘和保洁") == {"山塘巡护员", "保洁员"}


def test_an_assisting_clause_after_the_hiring_stays_the_hiring_body_s() -> None:
    graph = document("第十一条 村民委员会可以聘用保洁员，协助乡镇人民政府开展山塘清理。", _TITLE)
    assert holders_of_duty(graph, "协助乡镇人民政府") == {"村民委员会"}


def test_a_public_monitor_hired_to_oversee_is_no_holder() -> None:
    graph = document("第十二条 市人民政府水行政主管部门可以聘请社会监督员，对山塘保护情况进行监督。", _TITLE)
    assert holders_of_duty(graph, "对山塘保护情况进行监督") == {"市人民政府水行政主管部门"}
