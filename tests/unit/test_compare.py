"""graph/compare.py: the alignment floors against the gold, Q5, and a small pair of river-chief texts.

The river-chief pair is written here (not the seeds) and built by hand, so these tests measure the
comparison alone, whatever the loader makes of the texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.compare import (
    Comparison,
    bigrams,
    compare,
    core_name,
    is_directive,
    name_similarity,
    title_key,
)
from graph.model import Article, DocumentGraph, DocumentMeta, Duty, Organ
from respgraph.cli_eval import DEFAULT_GOLD
from respgraph.eval_alignment import score_seed_alignment
from respgraph.evaluate import load_gold, locate_gold_duties, score_duty_answer

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "respgraph" / "seeds"


# --- a small pair of documents, built by hand ---------------------------------------------------

NATIONAL = """河长制实施办法
第一条 为了全面推行河长制，制定本办法。
第二条 国务院水行政主管部门负责河长制工作的统筹协调，组织开展河长制考核。
第三条 省级党委和政府对本地区河长制工作负总责，建立河长会议制度，每年向党中央、国务院报告河长制实施情况。
第四条 县级人民政府负责河道日常巡查，建立河道保洁经费保障机制。
第五条 县级人民政府应当指导乡、村开展河道清理。
第六条 本办法自2020年1月1日起施行。
"""

PROVINCIAL = """某省河长制实施细则
第一条 为了全面推行河长制，根据《河长制实施办法》，制定本细则。
第二条 省水利厅负责全省河长制工作的统筹协调，组织开展河长制考核。
第三条 省委、省政府对全省河长制工作负总责，建立河长会议制度。市级党委和政府每年向省委、省政府报告河长制实施情况。
第四条 县级人民政府负责河道日常巡查，建立河道保洁经费保障机制。
第五条 乡镇人民政府承担河道保洁具体责任，组织村民开展河道清理。
第六条 乡镇人民政府应当指导村制定河道保洁公约。
第七条 本细则自印发之日起施行。
"""


class _Doc:
    """Articles are the 第N条 lines; organs and duties are named by hand, spans found in the text."""

    def __init__(self, doc: str, text: str, title: str, level: str) -> None:
        self.doc, self.text = doc, text
        self.meta = DocumentMeta(id=doc, title=title, level=level, sha256=doc)  # type: ignore[arg-type]
        self.articles: list[Article] = []
        offset = 0
        for line in text.split("\n"):
            if line.startswith("第") and "条 " in line[:6]:
                n = len(self.articles) + 1
                self.articles.append(
                    Article(
                        key=f"a{n}", number=n, label=line.split(" ")[0], text=line, start=offset, end=offset + len(line)
                    )
                )
            offset += len(line) + 1
        self.organs: list[Organ] = []
        self.duties: list[Duty] = []

    def organ(self, name: str, level: str, kind: str, collective: bool = False) -> str:
        organ_id = f"{self.doc}/{name}"
        self.organs.append(
            Organ(id=organ_id, name=name, level=level, kind=kind, aliases=[name], collective=collective)  # type: ignore[arg-type]
        )
        return organ_id

    def duty(self, article: int, words: str, holders: list[str], responsibility: str | None = None) -> str:
        art = self.articles[article - 1]
        start = self.text.index(words, art.start, art.end)
        k = sum(d.article == article for d in self.duties) + 1
        duty_id = f"{self.doc}/a{article}.d{k}"
        self.duties.append(
            Duty(
                id=duty_id,
                article=article,
                article_key=art.key,
                text=words,
                start=start,
                end=start + len(words),
                holders=holders,
                responsibility=responsibility,
            )
        )
        return duty_id

    def graph(self) -> DocumentGraph:
        graph = DocumentGraph(document=self.meta, articles=self.articles, organs=self.organs, duties=self.duties)
        return graph.validate_against(self.text)


def national(doc: str = "hz-cn") -> DocumentGraph:
    b = _Doc(doc, NATIONAL, "河长制实施办法", "central")
    water = b.organ("国务院水行政主管部门", "central", "agency")
    prov = b.organ("省级党委和政府", "provincial", "party_and_government")
    b.organ("党中央、国务院", "central", "party_and_government")
    county = b.organ("县级人民政府", "county", "government")
    b.organ("乡", "township", "party_and_government")
    b.organ("村", "village", "party_and_government")
    b.duty(2, "国务院水行政主管部门负责河长制工作的统筹协调", [water])
    b.duty(2, "组织开展河长制考核", [water])
    b.duty(3, "省级党委和政府对本地区河长制工作负总责", [prov], "负总责")
    b.duty(3, "建立河长会议制度", [prov])
    b.duty(3, "每年向党中央、国务院报告河长制实施情况", [prov])
    b.duty(4, "县级人民政府负责河道日常巡查", [county])
    b.duty(4, "建立河道保洁经费保障机制", [county])
    b.duty(5, "县级人民政府应当指导乡、村开展河道清理", [county])
    return b.graph()


def provincial(doc: str = "hz-prov") -> DocumentGraph:
    b = _Doc(doc, PROVINCIAL, "某省河长制实施细则", "provincial")
    water = b.organ("省水利厅", "provincial", "agency")
    top = b.organ("省委、省政府", "provincial", "party_and_government")
    city = b.organ("市级党委和政府", "municipal", "party_and_government")
    county = b.organ("县级人民政府", "county", "government")
    town = b.organ("乡镇人民政府", "township", "government")
    b.organ("村", "village", "party_and_government")
    b.duty(2, "省水利厅负责全省河长制工作的统筹协调", [water])
    b.duty(2, "组织开展河长制考核", [water])
    b.duty(3, "省委、省政府对全省河长制工作负总责", [top], "负总责")
    b.duty(3, "建立河长会议制度", [top])
    b.duty(3, "市级党委和政府每年向省委、省政府报告河长制实施情况", [city])
    b.duty(4, "县级人民政府负责河道日常巡查", [county])
    b.duty(4, "建立河道保洁经费保障机制", [county])
    b.duty(5, "乡镇人民政府承担河道保洁具体责任", [town], "具体责任")
    b.duty(5, "组织村民开展河道清理", [town])
    b.duty(6, "乡镇人民政府应当指导村制定河道保洁公约", [town])
    return b.graph()


@pytest.fixture(scope="module")
def river() -> Comparison:
    return compare(national(), provincial())


def _classes(comparison: Comparison) -> dict[str, str]:
    return {d.duty.split("/", 1)[1]: d.cls for d in comparison.duties}


def test_organs_correspond_by_role_not_by_name(river: Comparison) -> None:
    pairs = {(p.other.split("/", 1)[1], p.base.split("/", 1)[1]) for p in river.organs}
    assert ("省委、省政府", "省级党委和政府") in pairs  # same level first: not 党中央、国务院
    assert ("省水利厅", "国务院水行政主管部门") in pairs  # the text's own level plays the base's own level
    assert ("县级人民政府", "县级人民政府") in pairs
    assert ("村", "村") in pairs
    corresponded = {o for o, _ in pairs}
    assert "市级党委和政府" not in corresponded  # the base has no city body
    assert "乡镇人民政府" not in corresponded  # a government is not the 乡 党委和政府 pair
    assert len({b for _, b in pairs}) == len(pairs)  # one to one


def test_duty_classes(river: Comparison) -> None:
    classes = _classes(river)
    assert classes["a2.d1"] == "same" and classes["a3.d1"] == "same" and classes["a4.d2"] == "same"
    assert classes["a3.d3"] == "shifted"  # the province's report, now the city's
    assert classes["a5.d1"] == "new"  # 具体责任 is not 负总责, whatever the words
    assert classes["a5.d2"] == "new"  # doing the clearing is not guiding others to do it
    assert classes["a6.d1"] == "new"
    assert set(river.additions) == {"hz-prov/a5.d1", "hz-prov/a5.d2", "hz-prov/a6.d1"}


def test_counterparts_and_gaps(river: Comparison) -> None:
    match = next(d for d in river.duties if d.duty == "hz-prov/a3.d3")
    assert match.base[0] == "hz-cn/a3.d3" and match.similarity > 0.5
    assert river.gaps == ("hz-cn/a5.d1",)  # guiding 乡、村 has no provincial counterpart


def test_article_map(river: Comparison) -> None:
    pairs = {(a.other_number, a.base_number) for a in river.articles}
    assert {(1, 1), (2, 2), (3, 3), (4, 4), (7, 6)} <= pairs  # 1 and 7 by their sentences
    assert not {p for p in pairs if p[0] in (5, 6)}
    assert all(0 < a.confidence <= 1 and a.evidence for a in river.articles)


def test_document_reference_quotes_the_citation(river: Comparison) -> None:
    ref = river.document
    assert ref is not None and ref.cited == "河长制实施办法"
    assert PROVINCIAL[ref.start : ref.end] == ref.evidence == "《河长制实施办法》"


def test_no_reference_without_the_title() -> None:
    other = provincial()
    other.document.title = None
    assert compare(other, national()).document is None  # 《河长制实施办法》 is not 某省…细则's title


def test_the_same_text_compares_as_itself() -> None:
    base = national()
    again = base.model_copy(deep=True)
    again.document.id = "hz-cn-again"
    result = compare(base, again)
    assert {d.cls for d in result.duties} == {"same"} and not result.gaps
    assert {(a.other_number, a.base_number) for a in result.articles} >= {(n, n) for n in range(1, 7)}


def test_as_alignment_shape(river: Comparison) -> None:
    shape = river.as_alignment()
    assert set(shape) == {"articles", "organs", "duties"}
    assert {"other_article", "base_article", "confidence"} == set(shape["articles"][0])
    assert len(shape["duties"]) == len(provincial().duties)
    assert river.pair == "hz-prov->hz-cn"


# --- the lexical pieces (graph/data/compare.yaml) -----------------------------------------------


def test_bigrams_cut_names_levels_and_template_words() -> None:
    grams = bigrams("县级人民政府应当负责本行政区域内河道巡查", ["县级人民政府"])
    assert set(grams) == {"内河", "河道", "道巡", "巡查"}  # 县级人民政府, 应当, 负责, 本行政区域 cut
    assert set(bigrams("本条例自公布之日起施行")) & set(bigrams("本办法自发布之日起施行")) >= {"本文", "施行"}


def test_directive_needs_a_body_after_the_verb() -> None:
    assert is_directive("县级人民政府应当指导乡、村开展河道清理", [])
    assert is_directive("督促指导有关部门做好整改", ["有关部门"])
    assert not is_directive("进行督促、检查和监督", [])
    assert not is_directive("督促政策落实和工作到位", [])


def test_names_compare_without_levels_and_collective_prefixes() -> None:
    def organ(name: str) -> Organ:
        return Organ(id=f"x/{name}", name=name)

    assert core_name(organ("各级人民政府")) == "人民政府"
    assert core_name(organ("乡")) == "党委和政府"  # a bare level names its main body
    assert name_similarity(organ("省水利厅"), organ("市水利局")) > name_similarity(organ("省水利厅"), organ("省财政厅"))


def test_title_key() -> None:
    assert title_key("《中华人民共和国河道管理条例》") == title_key("河道管理条例") == "河道管理条例"


# --- the gold (../shared/gold): DESIGN.md figures and Q5 ----------------------------------------


def _need_gold() -> None:
    if not (DEFAULT_GOLD / "alignment.yaml").is_file():
        pytest.skip(f"gold annotation not found at {DEFAULT_GOLD}")


def test_alignment_floors() -> None:
    _need_gold()
    scored = score_seed_alignment(DEFAULT_GOLD, SEEDS)
    assert scored is not None
    _, score = scored
    assert score.articles.f1 >= 0.85
    assert score.duty_classes.value >= 0.80
    assert score.organs.f1 >= 0.90


def test_additions_hold_every_duty_the_gold_calls_new() -> None:
    _need_gold()
    from loaders.pipeline import parse_file

    base, _ = parse_file(SEEDS / "cn-2016-tpgj.txt", "cn-2016-tpgj")
    other, text = parse_file(SEEDS / "jx-tpgj.txt", "jx-tpgj")
    result = compare(base, other)
    duties = {d.id: d for d in other.duties}
    answer = [(duties[d].article, duties[d].start, duties[d].end) for d in result.additions]
    gold_spans = locate_gold_duties(load_gold(DEFAULT_GOLD / "jx-tpgj.yaml"), other.to_interchange(), text)
    q5 = next(q for q in load_gold(DEFAULT_GOLD / "questions.yaml")["questions"] if q["id"] == "Q5")
    new = [d["jx_duty"] for d in load_gold(DEFAULT_GOLD / "alignment.yaml")["duties"] if d["match"] == "new"]
    for expected in (q5["expected_duties"], new):
        score = score_duty_answer(answer, {"id": "Q5", "expected_duties": expected}, gold_spans)
        assert score.recall == 1.0, score.missing
