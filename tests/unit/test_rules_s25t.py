"""Named and level bodies of 直辖市 district / street documents (round 60): the combined street-township
and community-village words stand alone as one body of their level; a 中心 is a body's head; the party
halves of street and township printed together are one township party body; a verb that passes a matter
on (分拨, 退回, 研究) opens no body's name.
Each rule on a sentence written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, holder_names, names, surfaces

_TITLE = "某区街道社区垃圾分类工作责任制实施办法"


def test_the_combined_street_township_word_alone_is_a_township_body() -> None:
    graph = document("第一条 街道（乡镇）应当每季度组织一次垃圾分类检查。", _TITLE)
    assert holder_names(graph, 1) == {"街道（乡镇）"}


def test_the_combined_community_village_word_alone_is_a_village_body() -> None:
    graph = document("第二条 社区（村）负责督促居民做好垃圾分类投放。", _TITLE)
    assert holder_names(graph, 2) == {"社区（村）"}


def test_a_centre_is_the_head_of_a_body() -> None:
    body = "第三条 区环卫调度中心、区城管办等部门和单位，按照职责分工配合做好分类收运工作。"
    assert holder_names(document(body, _TITLE), 3) == {"区环卫调度中心", "区城管办"}


def test_a_centre_in_a_phrase_is_no_body() -> None:
    assert surfaces("坚持以居民为中心，推进中心城区垃圾分类。", "county") == []


def test_the_street_and_township_party_halves_together_are_one_party_body() -> None:
    body = (
        "第四条 街道党工委、乡镇党委对本辖区垃圾分类工作负领导责任。\n"
        "第五条 街道党工委书记、乡镇党委书记每半年听取一次垃圾分类工作汇报。"
    )
    graph = document(body, _TITLE)
    assert holder_names(graph, 4) == {"街道党工委、乡镇党委"}
    assert "街道党工委" not in names(graph)  # the roles' body is the same party body
    assert {target for _, target in edges(graph, "PART_OF")} == {"街道党工委、乡镇党委"}


def test_a_verb_that_passes_a_matter_on_opens_no_body() -> None:
    text = "区环卫调度中心分拨相关区级职能部门办理；复核不合格的，退回承办单位重新办理；研究跨部门疑难问题。"
    assert surfaces(text, "county") == ["区环卫调度中心", "相关区级职能部门", "承办单位"]


def test_a_bracketed_second_name_is_no_part_of_the_first() -> None:
    # the 中心 head would otherwise glue the bracket's open half onto the body before it
    assert surfaces("区委政法委（区环卫调度中心）负责统筹协调。", "county") == ["区委政法委"]
    assert surfaces("城乡管理（环境卫生）办公室负责日常工作。", "county") == ["城乡管理（环境卫生）办公室"]
