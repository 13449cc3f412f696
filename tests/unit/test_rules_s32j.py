"""Round 103 (posts across articles): a body that sets its posts with their headcount in one article
(X设主任一人，副主任二人) names its roles when a later article prints the post after the body (X主任履行下列
职责) or bare (副主任协助主任工作); a post two bodies set is no one body's, and a post only filled
(办公室主任由…兼任) is no set post. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, holders_of_duty

_TITLE = "某某区消费者权益保护条例"


def test_a_post_set_earlier_names_the_bodys_role_after_the_body() -> None:
    graph = document(
        "第三条 区消费者权益保护委员会设主任一人，副主任二人。"
        "第四条 区消费者权益保护委员会主任或者副主任应当列席区人民政府常务会议。",
        _TITLE,
    )
    assert holders_of_duty(graph, "列席") == {"区消费者权益保护委员会主任", "区消费者权益保护委员会副主任"}


def test_a_bare_post_and_its_deputy_in_a_later_article() -> None:
    graph = document(
        "第三条 区消费者权益保护委员会设主任一人，副主任二人。"
        "第四条 区消费者权益保护委员会应当开展消费维权宣传。"
        "第五条 主任应当负责委员会日常管理。副主任协助主任工作。",
        _TITLE,
    )
    assert holders_of_duty(graph, "日常管理") == {"区消费者权益保护委员会主任"}
    assert ("区消费者权益保护委员会副主任", "区消费者权益保护委员会主任") in edges(graph, "ASSISTS")


def test_a_post_two_bodies_set_stays_with_the_printed_body() -> None:
    graph = document(
        "第三条 区消费者权益保护委员会设主任一人，副主任二人。"
        "第四条 区城市管理委员会设主任一人，副主任一人。"
        "第五条 主任应当负责日常管理。",
        _TITLE,
    )
    assert not any(name.endswith("主任") for name in holder_names(graph, 5))


def test_a_post_only_filled_is_no_set_post() -> None:
    graph = document(
        "第三条 区消费维权办公室设在区市场监督管理局，办公室主任由区市场监督管理局局长兼任。"
        "第四条 区消费维权办公室会议应当由办公室主任主持。",
        _TITLE,
    )
    assert not any(name.endswith("主任") for name in holders_of_duty(graph, "主持"))
