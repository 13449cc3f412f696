"""Leading mechanisms and meetings of round 101: a coordinating mechanism set up by one body sits in it and
keeps its full name for its office and member set; the body leading a mechanism just set up (由Y牵头) holds
no duty; a roster piece inside the setting-up sentence is no qualifier of the act after it; the standing
meetings of a level's party committee and government listed together are that level's pair. Each rule on
a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holders_of_duty, names

_TITLE = "某省养老服务促进条例"


def test_mechanism_set_up_by_one_body_sits_in_it() -> None:
    body = (
        "第六条 省人民政府建立养老服务发展领导协调机制，统筹推进全省养老服务工作。"
        "领导协调机制办公室设在省民政部门，承担日常工作。"
    )
    graph = document(body, _TITLE)
    assert ("养老服务发展领导协调机制", "省人民政府") in edges(graph, "PART_OF")
    assert ("养老服务发展领导协调机制办公室", "养老服务发展领导协调机制") in edges(graph, "PART_OF")


def test_member_set_after_the_bare_head_word_is_the_full_mechanisms() -> None:
    body = (
        "第六条 省人民政府建立养老服务发展领导协调机制，统筹推进全省养老服务工作。"
        "领导协调机制成员单位由省卫生健康、财政等部门组成。各成员单位应当每年报送工作情况。"
    )
    graph = document(body, _TITLE)
    assert ("养老服务发展领导协调机制成员单位", "养老服务发展领导协调机制") in edges(graph, "PART_OF")
    assert "领导协调机制" not in names(graph)


def test_lead_body_of_a_mechanism_just_set_up_holds_no_duty() -> None:
    body = (
        "第六条 省人民政府建立养老服务工作协调机制，由省民政部门牵头，省财政、卫生健康等部门为成员单位，"
        "研究解决养老服务中的重大问题。"
    )
    graph = document(body, _TITLE)
    assert holders_of_duty(graph, "研究解决养老服务") == {"养老服务工作协调机制"}
    assert not any(d.text.startswith("由省民政部门牵头") for d in graph.duties)


def test_lead_body_elsewhere_keeps_its_act() -> None:
    body = "第六条 跨市的养老服务事项，由省民政部门牵头，与相关市人民政府协商解决。"
    assert holders_of_duty(document(body, _TITLE), "协商解决") == {"省民政部门"}


def test_roster_piece_inside_the_sentence_is_no_qualifier() -> None:
    body = (
        "第六条 县人民政府建立养老服务工作协调机制，由县人民政府分管负责人召集，县有关部门为成员单位，"
        "协调解决养老服务中的跨部门问题。"
    )
    assert holders_of_duty(document(body, _TITLE), "协调解决养老服务") == {"养老服务工作协调机制"}


def test_party_and_government_meetings_listed_together_are_the_pair() -> None:
    body = "第六条 市委、市政府对本市养老服务工作负总责。市委常委会会议、市政府常务会议每年至少研究一次养老服务工作。"
    graph = document(body, "某市养老服务责任规定")
    assert holders_of_duty(graph, "每年至少研究一次") == {"市委、市政府"}
    assert not any("常委会" in name for name in names(graph))


def test_government_meeting_alone_is_left_as_it_was() -> None:
    body = "第六条 市政府常务会议每年研究两次养老服务工作。"
    assert holders_of_duty(document(body, "某市养老服务责任规定"), "每年研究两次") == {"市政府"}
