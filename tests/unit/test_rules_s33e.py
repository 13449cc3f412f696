"""Round 106 (the people's-congress street committees and their neighbours): a body's posts after its
composition sentence (X由主任、副主任和若干名委员组成), the post that 负责 a task (主任负责召集…, not 主任负责制),
办理 as a verb before the body whose matter is handled (督促X办理县级人民代表大会代表建议), and the connector 其中
joined to the piece after it. Each rule on a sentence written for this file (not from the seeds, the dev
documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, duty_texts, edges, holders_of_duty, names, surfaces

_TITLE = "某某市社区议事工作条例"


def test_the_posts_a_body_prints_after_its_composition_sentence_are_its_roles() -> None:
    graph = document(
        "第四条 社区议事委员会由主任、副主任和五至七名委员组成。"
        "第五条 社区议事委员会主任负责召集并主持议事会议。社区议事委员会副主任协助主任工作。",
        _TITLE,
    )
    assert {"社区议事委员会主任", "社区议事委员会副主任"} <= names(graph)
    assert holders_of_duty(graph, "召集并主持") == {"社区议事委员会主任"}
    assert ("社区议事委员会副主任", "社区议事委员会主任") in edges(graph, "ASSISTS")


def test_a_post_filled_by_names_sets_no_post() -> None:
    # 由主任、副主任批转: no 组成 closes the sentence, so no post is set
    graph = document(
        "第四条 重要的来信，由主任、副主任批转市人民政府处理。第五条 主任负责本办的日常工作。",
        _TITLE,
    )
    assert not any(name.endswith("副主任") for name in names(graph))


def test_the_responsibility_system_is_no_post() -> None:
    graph = document(
        "第四条 社区议事委员会设主任一人，副主任一人。第五条 社区议事委员会实行主任负责制。",
        _TITLE,
    )
    assert not any("负责制" in text and "主任" in holders_of_duty(graph, "负责制") for text in duty_texts(graph))


def test_banli_before_a_level_word_is_a_verb() -> None:
    printed = surfaces("市人民政府应当督促区人民政府办理区人民代表大会代表提出的建议。", "municipal")
    assert "区人民政府" in printed
    assert not any(s.startswith("区人民政府办理") for s in printed)
    assert "办理案件的机关" in "".join(surfaces("办理案件的机关应当及时告知。"))


def test_a_connector_is_joined_to_the_organ_piece_after_it() -> None:
    graph = document(
        "第六条 市有关部门按照各自职责做好社区议事保障工作。其中，市民政部门负责指导议事场所建设。",
        _TITLE,
    )
    assert "其中" not in duty_texts(graph)
    assert holders_of_duty(graph, "议事场所建设") == {"市民政部门"}
