"""Round 130 (liability recall): the regulated actor that opens an offence clause of a penalty sentence
(X违反本条例第N条规定(，未…)的，由Y责令改正，处…罚款) is the named violator, a liability (genre rule 10), though
it holds no duty and no modal follows it; a list of such actors gives one liability per item, and a bare post
sanctioned after the offender stays the post the document gave its own body. Each rule on a sentence
written for this file (not from the seeds, the dev documents or the corpus)."""

from __future__ import annotations

from tests.unit.rules_support import document, edges, short

_TITLE = "某某市公共安全管理办法"


def _liable(body: str) -> set[tuple[str, int]]:
    graph = document(body, _TITLE, chapter="法律责任")
    return {(short(li.organ), li.article) for li in graph.liabilities}


def test_an_actor_opening_a_breach_of_a_cited_article_is_liable() -> None:
    liable = _liable(
        "第二条 公安机关负责监督检查。"
        "第三条 游乐场所经营者违反本办法第五条规定的，由公安机关给予警告，并责令改正；拒不改正的，处五千元以下罚款。"
    )
    assert ("游乐场所经营者", 3) in liable


def test_each_actor_of_an_offending_list_is_liable() -> None:
    liable = _liable(
        "第二条 交通运输部门负责监督检查。"
        "第三条 船舶运输经营者、票务服务提供者违反本办法第六条第二款规定，未查验乘客身份的，"
        "由交通运输部门责令改正，处二千元以上一万元以下罚款。"
    )
    assert {("船舶运输经营者", 3), ("船舶运输票务服务提供者", 3)} <= liable or {
        ("船舶运输经营者", 3),
        ("票务服务提供者", 3),
    } <= liable


def test_an_actor_failing_an_act_before_a_penalty_is_liable() -> None:
    liable = _liable(
        "第二条 市场监督管理部门负责监督检查。"
        "第三条 供水企业未按照规定公布水质信息的，由市场监督管理部门责令限期改正，处一万元以下罚款。"
    )
    assert ("供水企业", 3) in liable


def test_an_actor_with_no_penalty_after_it_is_no_liability() -> None:
    liable = _liable("第二条 公安机关负责监督检查。第三条 游乐场所经营者未按照规定建立台账的，公安机关应当予以提醒。")
    assert not any(name == "游乐场所经营者" for name, _ in liable)


def test_a_bare_post_sanctioned_after_the_offender_keeps_its_own_body() -> None:
    graph = document(
        "第二条 展会的主办者（以下简称主办者）对展会安全负责，主办者的主要负责人为展会的安全责任人。"
        "第三条 安全责任人应当组织安全检查。"
        "第四条 主办者或者展馆经营者违反本办法规定的，对安全责任人依法给予处分，对单位处一万元罚款。",
        _TITLE,
        chapter="法律责任",
    )
    assert ("安全责任人", "展馆经营者") not in edges(graph, "PART_OF")
