"""Round 106 (duty recall across documents): a clause inside an item of a duty list that is no duty
(（四）…，支持…社会组织开展活动；) no longer ends the list, so the items after it stay the lead's duties; and
an item opening on a bare topic before its agent's 由 piece (（三）小型水库，由Y下达…) is no duty of its own.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某某社区治理条例"


def test_items_after_a_supporting_clause_stay_duties_of_the_lead() -> None:
    graph = document(
        "第八条 居民委员会应当履行下列职责：\n\n"
        "（一）办理本社区的公共事务，支持志愿服务组织依法开展活动；\n\n"
        "（二）做好本社区环境卫生工作，组织居民开展清洁活动；\n\n"
        "（三）向街道办事处反映居民的意见和建议。",
        _TITLE,
    )
    texts = duty_texts(graph)
    assert any(text.endswith("做好本社区环境卫生工作") for text in texts)
    assert holders_of_duty(graph, "做好本社区环境卫生工作") == {"居民委员会"}
    assert holders_of_duty(graph, "反映居民的意见和建议") == {"居民委员会"}
    assert not any(text.startswith("支持") for text in texts)


def test_a_paragraph_after_the_list_that_is_no_duty_still_ends_it() -> None:
    graph = document(
        "第八条 居民委员会应当履行下列职责：\n\n"
        "（一）办理本社区的公共事务；\n\n"
        "（二）调解邻里纠纷。\n\n"
        "鼓励居民参与社区治理。\n\n"
        "（一）社区服务站；\n\n"
        "（二）社区图书室。",
        _TITLE,
    )
    assert not any("社区服务站" in text or "社区图书室" in text for text in duty_texts(graph))


def test_an_item_naming_only_its_topic_before_the_agent_is_no_duty() -> None:
    graph = document(
        "第九条 灌区管理单位未按规定放水的，水行政主管部门应当按照下列规定下达放水指令：\n\n"
        "（一）大型灌区，由省水行政主管部门下达指令；\n\n"
        "（二）小型灌区，由县级人民政府水行政主管部门下达指令。",
        "某某灌区管理条例",
    )
    texts = duty_texts(graph)
    assert not any(text.rstrip("；。").endswith("灌区") for text in texts)
    assert holders_of_duty(graph, "由县级人民政府水行政主管部门下达指令") == {"县级人民政府水行政主管部门"}


def test_an_item_opening_on_a_short_member_name_is_that_members() -> None:
    graph = document(
        "第十条 县级以上人民政府民政、财政、卫生健康等部门按照职责分工，共同做好社区养老工作：\n\n"
        "（一）民政部门统筹社区养老服务设施建设，指导养老服务机构开展服务；\n\n"
        "（二）财政部门安排社区养老服务补助资金，会同民政部门加强资金监管；\n\n"
        "（三）卫生健康部门推进医养结合。",
        _TITLE,
    )
    assert holders_of_duty(graph, "统筹社区养老服务设施建设") == {"县级以上人民政府民政部门"}
    assert holders_of_duty(graph, "安排社区养老服务补助资金") == {"县级以上人民政府财政部门"}
    assert holders_of_duty(graph, "推进医养结合") == {"县级以上人民政府卫生健康部门"}
