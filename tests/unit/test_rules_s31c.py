"""Duty-precision rules of session 31 (round 100): content norms on things (名录，应当包括…), designations
opened by 分别由 / a topic piece or naming a long post, the 实行党政同责 principle, catch-all items whose rest
is assigned or owed, cases sent on to other law (…的，依照有关法律规定处理) and the weight of an assessment
result (所占权重不低于…) carry no duty. Each rule on a sentence written for this file (not from the seeds,
the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, holders_of_duty

_TITLE = "某县水资源管理办法"


def test_content_norm_after_a_comma_is_no_duty() -> None:
    body = "第一条 县水务局划定并公布水库名录。公布的水库名录，应当包括水库名称、位置等内容。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局划定并公布水库名录"]


def test_content_norm_of_a_thing_owned_by_an_organ_is_no_duty() -> None:
    body = "第一条 县水务局应当编制节水规划，县水务局节水规划应当载明节水目标和主要措施。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局应当编制节水规划"]


def test_organ_act_before_a_content_modal_stays_a_duty() -> None:
    body = "第一条 县民政、交通运输等部门制作地图、设置标志等，应当包含水库相关内容。\n"
    assert holders_of_duty(document(body, _TITLE), "包含水库") == {"县民政部门", "县交通运输部门"}


def test_designation_opened_by_fenbie_is_no_duty() -> None:
    body = "第一条 重要河道，分别由县委、县人民政府有关负责同志担任县级河长。县水务局负责河道管理。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局负责河道管理"]


def test_designation_with_a_long_post_name_is_no_duty() -> None:
    body = "第一条 县委书记、县长共同担任县委农村工作领导小组组长。县水务局负责河道管理。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局负责河道管理"]


def test_setting_up_a_post_before_its_designation_stays_a_duty() -> None:
    body = "第一条 县设总河长，由县委书记、县长共同担任双总河长。\n"
    # the set-up stays a duty; the designation after it is none (bare 设 read as 设立: test_rules_s37c)
    assert duty_texts(document(body, _TITLE)) == ["县设总河长"]


def test_shared_responsibility_principle_piece_is_no_duty() -> None:
    body = "第一条 各级党委和政府对本地区防汛工作负总责，实行党政同责、一岗双责。\n"
    assert duty_texts(document(body, _TITLE)) == ["各级党委和政府对本地区防汛工作负总责"]


def test_catch_all_items_assigned_or_owed_are_no_duties() -> None:
    body = (
        "第一条 县水务局履行下列职责：\n（一）编制水资源规划；\n（二）法律、法规和规章赋予的其他监督管理职责。\n"
        "第二条 县环保局履行下列职责：\n（一）监测水质；\n（二）应当履行的其他职责。\n"
        "第三条 县林业局履行下列职责：\n（一）管护林木；\n（二）县人民政府确定的其他职责。\n"
    )
    texts = duty_texts(document(body, _TITLE))
    assert not any("赋予的其他" in t or "应当履行的其他" in t for t in texts)
    assert "（二）县人民政府确定的其他职责" in texts


def test_case_sent_on_to_other_law_is_no_duty() -> None:
    body = "第一条 县水务局责令限期拆除；当事人逾期不履行的，依照有关法律规定处理。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局责令限期拆除"]


def test_reference_with_a_modal_stays_a_duty() -> None:
    body = "第一条 县水务局发现违法行为的，应当依照有关法律规定处理。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局发现违法行为的，应当依照有关法律规定处理"]


def test_weight_of_an_assessment_result_is_no_duty() -> None:
    body = "第一条 县水务局对水库管理单位进行考核，其中巡查工作评价所占权重不低于百分之四十。\n"
    assert duty_texts(document(body, _TITLE)) == ["县水务局对水库管理单位进行考核"]
