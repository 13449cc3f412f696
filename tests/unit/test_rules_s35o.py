"""Round 114 (loader errors two independent annotations share): a 的-piece whose only duty word is a verb
(X承担…事项的，Y应当…) is the condition of the duty of the body named after it, no duty of X's; and the scope
statements ，(可以)参照本条例有关规定执行 and ，本条例关于X的规定适用于Y hold no duty. Each rule on a
sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty

_TITLE = "某某市社区服务条例"


def test_a_condition_piece_with_a_verb_is_no_duty_of_its_subject() -> None:
    graph = document(
        "第六条 街道办事处经区人民政府同意承担区人民政府工作部门委托的事项的，区人民政府工作部门应当提供必要的"
        "经费保障。",
        _TITLE,
    )
    assert not any(text.endswith("事项的") for text in duty_texts(graph))
    assert holders_of_duty(graph, "提供必要的经费保障") == {"区人民政府工作部门"}
    # session 38 gate: 经X同意 is no README trigger
    assert ("街道办事处", "区人民政府") not in edges(graph, "REPORTS_TO")


def test_a_verb_clause_before_another_body_stays_a_duty() -> None:
    graph = document("第六条 街道办事处负责社区矫正工作，区人民政府应当提供保障。", _TITLE)
    assert holders_of_duty(graph, "负责社区矫正工作") == {"街道办事处"}


def test_a_scope_sentence_by_reference_to_the_rules_holds_no_duty() -> None:
    graph = document(
        "第五条 街道办事处应当统筹社区工作。"
        "第六条 镇人民政府开展社区服务工作，建立网格化管理机制，可以参照本条例有关规定执行。",
        _TITLE,
    )
    assert not any("社区服务工作" in text or "网格化" in text for text in duty_texts(graph))


def test_a_scope_sentence_stretching_the_rules_to_other_bodies_holds_no_duty() -> None:
    graph = document(
        "第五条 街道办事处应当统筹社区工作。"
        "第六条 街道办事处辖区内设有村民委员会的，本条例有关社区的规定适用于村民委员会。",
        _TITLE,
    )
    assert not any("适用于" in text for text in duty_texts(graph))


def test_a_clause_applying_a_uniform_norm_holds_no_duty_of_the_staff_named_before() -> None:
    graph = document(
        "第五条 街道办事处应当统筹社区工作。"
        "第六条 社区服务的流程和台账，以及执法人员培训考核等，按照区人民政府的统一规范执行。",
        _TITLE,
    )
    assert not any("执法人员" in text or "统一规范执行" in text for text in duty_texts(graph))


def test_a_body_asked_to_order_is_a_joint_holder_and_the_report_target() -> None:
    graph = document(
        "第三十条 湖泊保护区内禁止新建养殖网箱；已有的，由农业农村主管部门、水务主管部门报县级以上人民政府责令"
        "限期拆除。",
        "某某湖泊保护条例",
    )
    assert holders_of_duty(graph, "责令限期拆除") == {"农业农村主管部门", "水务主管部门", "县级以上人民政府"}
    assert {("农业农村主管部门", "县级以上人民政府"), ("水务主管部门", "县级以上人民政府")} <= edges(
        graph, "REPORTS_TO"
    )


def test_a_body_inside_the_frame_of_a_system_set_up_is_set_up_by_no_one() -> None:
    graph = document(
        "第八条 街道办事处应当统筹辖区社区工作。"
        "第九条 区人民政府统一进行社区工作考核，建立以居民满意度为主、以居民委员会和区人民政府工作部门评价为辅的"
        "考核制度。"
        "第十条 居民委员会应当协助街道办事处开展社区服务。",
        _TITLE,
    )
    assert ("居民委员会", "区人民政府") not in edges(graph, "PART_OF")


def test_an_offender_event_with_no_modal_opens_the_condition() -> None:
    graph = document(
        "第四十条 养护单位未依法缴纳保证金或者拖欠养护费用，导致工人工资拖欠的，县级人民政府应当暂停其承接新的"
        "养护项目。",
        "某某公路养护工资支付条例",
    )
    assert not any(text.startswith("养护单位未依法") for text in duty_texts(graph))
    assert holders_of_duty(graph, "暂停其承接") == {"县级人民政府"}
