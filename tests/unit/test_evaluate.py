"""The scorer behind `respgraph eval`: the gold as a prediction scores 1.0, and each perturbation
moves exactly the metric DESIGN.md's rules say it should."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from respgraph import cli_eval
from respgraph.evaluate import (
    PRF,
    DocumentScore,
    format_table,
    gold_to_interchange,
    load_gold,
    locate_gold_duties,
    match_organs,
    match_spans,
    normalise_name,
    score_alignment,
    score_document,
    score_duty_answer,
    score_edge_answer,
    score_organ_answer,
)

REPO = Path(__file__).resolve().parents[2]
GOLD = REPO.parent / "shared" / "gold"
SEEDS = REPO / "respgraph" / "seeds"
DOCS = ("cn-2016-tpgj", "jx-tpgj")


def _need_gold() -> None:
    if not (GOLD / "cn-2016-tpgj.yaml").is_file():
        pytest.skip(f"gold annotation not present at {GOLD}")


def _text(name: str) -> str:
    return (SEEDS / f"{name}.txt").read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module", params=DOCS)
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], dict[str, Any], str]:
    """(gold, perfect prediction, text) for each seed document."""
    _need_gold()
    gold = load_gold(GOLD / f"{request.param}.yaml")
    text = _text(request.param)
    return gold, gold_to_interchange(gold, text), text


def _figures(score: DocumentScore) -> dict[str, float]:
    prfs = {
        "chapters": score.chapters,
        "articles": score.articles,
        "organs": score.organs,
        "responsible_for": score.responsible_for,
        "relations_strict": score.relations_strict,
        "relations_lenient": score.relations_lenient,
        "liabilities": score.liabilities,
        "duties": score.duties,
    }
    figures = {f"{k}.{m}": getattr(v, m) for k, v in prfs.items() for m in ("precision", "recall", "f1")}
    figures["labels_literal"] = score.labels_literal.value
    figures["labels_all"] = score.labels_all.value
    if score.spans is not None:
        figures["spans"] = score.spans.value
    return figures


def _relation(pred: dict[str, Any], rel_id: str) -> dict[str, Any]:
    return next(r for r in pred["relations"] if r["id"] == rel_id)


# ----------------------------------------------------------------------------------------------
# Without the gold files


def test_normalise_name_unifies_width_space_and_quotes() -> None:
    assert normalise_name("村“两委”") == normalise_name('村"两委"')
    assert normalise_name("总 则") == "总则"
    assert normalise_name("乡（镇）") == "乡(镇)"


def test_empty_sides_are_vacuous() -> None:
    assert PRF(0, 0, 0).f1 == 1.0
    assert PRF(0, 0, 3).precision == 1.0 and PRF(0, 0, 3).f1 == 0.0
    assert PRF(0, 2, 0).recall == 1.0 and PRF(0, 2, 0).f1 == 0.0


def test_span_rule_is_half_of_the_shorter_span() -> None:
    gold = {"g": (1, 10, 20)}
    assert match_spans(gold, {"p": (1, 15, 40)}) == {"g": "p"}  # 5 of the shorter 10
    assert match_spans(gold, {"p": (1, 16, 40)}) == {}  # 4 of 10
    assert match_spans(gold, {"p": (2, 10, 20)}) == {}  # another article
    assert match_spans(gold, {"p": (1, 0, 100)}) == {"g": "p"}  # containment


def test_span_matching_is_one_to_one_and_maximal() -> None:
    # p1 covers g1 and g2; p2 is exactly g2: both gold duties get a partner.
    gold = {"g1": (1, 0, 10), "g2": (1, 10, 30)}
    pred = {"p1": (1, 0, 30), "p2": (1, 10, 30)}
    assert match_spans(gold, pred) == {"g1": "p1", "g2": "p2"}
    assert len(match_spans({"g": (1, 0, 10)}, {"a": (1, 0, 5), "b": (1, 5, 10)})) == 1


def _organ(oid: str, name: str, aliases: list[str], articles: list[int] | None = None) -> dict[str, Any]:
    return {"id": oid, "name": name, "aliases": aliases, "articles": articles or []}


def test_organ_evidence_tiers_and_ties() -> None:
    gold = {
        "organs": [
            _organ("g/县级党委和政府主要负责人", "县级党委和政府主要负责人", ["党政主要负责人"], [15]),
            _organ("g/乡(镇)党委和政府主要负责人", "乡(镇)党委和政府主要负责人", ["党政主要负责人"], [21]),
            _organ("g/县级党委和政府", "县级党委和政府", ["县级党委和政府", "贫困县"]),
            _organ("g/贫困县", "贫困县", []),
        ]
    }
    pred = {
        "organs": [
            _organ("p/a", "党政主要负责人", []),  # tier 1 for both roles: the duty's article decides
            _organ("p/b", "贫困县", []),  # tier 0 (same name) beats tier 1 (an alias)
            _organ("p/c", "县委县政府", ["县级党委和政府"]),  # tier 2
            _organ("p/d", "某某", ["党政主要负责人"]),  # tier 3, tie -> first listed
            _organ("p/e", "无关", []),
        ],
        "duties": [{"id": "p/a21.d1", "article": 21, "holders": ["p/a"]}],
    }
    assert match_organs(pred, gold) == {
        "p/a": "g/乡(镇)党委和政府主要负责人",
        "p/b": "g/贫困县",
        "p/c": "g/县级党委和政府",
        "p/d": "g/县级党委和政府主要负责人",
        "p/e": None,
    }


def test_format_table_has_a_row_per_metric() -> None:
    zero = PRF(0, 0, 0)
    score = score_document({}, {"document": {"id": "d"}})
    table = format_table([score])
    for row in ("structure: chapters", "organs", "RESPONSIBLE_FOR", "labels literal", "labels all",
                "relations strict", "relations lenient", "liabilities", "duties", "spans"):  # fmt: skip
        assert row in table
    labels = [line.split("|")[0].strip() for line in table.splitlines()[3:]]
    assert labels.index("liabilities") == labels.index("PART_OF strict") + 1
    assert labels.index("duties") == labels.index("liabilities") + 1
    assert score.duties == zero and score.spans is None and score.liabilities == zero


def _liability_docs() -> tuple[dict[str, Any], dict[str, Any]]:
    """A gold document with three liabilities and a prediction that gets one, misses two, adds two."""
    gold = {
        "document": {"id": "d"},
        "organs": [
            _organ("d/县级政府", "县级政府", ["县政府"]),
            _organ("d/乡镇政府", "乡镇政府", []),
            _organ("d/有关部门", "有关部门", []),
        ],
        "liabilities": [
            {"organ": "d/县级政府", "article": 30, "evidence": "约谈县级政府主要负责人"},
            {"organ": "d/乡镇政府", "article": 30, "evidence": "约谈乡镇政府"},
            {"organ": "d/有关部门", "article": 31, "evidence": "有关部门……追究责任"},
        ],
    }
    pred = {
        "organs": [
            _organ("p/1", "县政府", []),  # matched through the gold alias
            _organ("p/2", "乡镇政府", []),
            _organ("p/3", "某某委员会", []),  # no gold organ
        ],
        "liabilities": [
            {"organ": "p/1", "article": 30, "evidence": "约谈县级政府主要负责人"},  # matched pair
            {"organ": "p/1", "article": 30, "evidence": "again"},  # the same pair again: counted once
            {"organ": "p/2", "article": 29, "evidence": "约谈乡镇政府"},  # right organ, wrong article
            {"organ": "p/3", "article": 31, "evidence": "某某委员会……追究责任"},  # unmatched organ
        ],
    }
    return gold, pred


def test_liabilities_are_gold_organ_article_pairs() -> None:
    gold, pred = _liability_docs()
    score = score_document(pred, gold)
    assert score.liabilities == PRF(tp=1, fp=2, fn=2)
    assert score.liabilities.precision == 1 / 3 and score.liabilities.recall == 1 / 3
    found = sorted((m.status, m.item) for m in score.mismatches if m.kind == "liability")
    assert found == [
        ("extra", "?某某委员会 | 31"),  # an unmatched organ is an extra, shown by its predicted name
        ("extra", "乡镇政府 | 29"),
        ("missing", "乡镇政府 | 30"),
        ("missing", "有关部门 | 31"),
    ]
    assert score.as_dict()["liabilities"] == score.liabilities.as_dict()
    assert any(line.startswith("liabilities") and line.endswith("0.333  0.333  0.333") for line in
               format_table([score]).splitlines())  # fmt: skip


def test_liabilities_move_no_other_figure() -> None:
    gold, pred = _liability_docs()
    without = score_document({**pred, "liabilities": []}, gold)
    with_them = score_document(pred, gold)
    assert without.liabilities == PRF(0, 0, 3)
    keep = {k: v for k, v in with_them.as_dict().items() if k != "liabilities"}
    assert keep == {k: v for k, v in without.as_dict().items() if k != "liabilities"}


def test_no_liabilities_on_either_side_is_vacuous() -> None:
    gold, pred = _liability_docs()
    score = score_document({**pred, "liabilities": []}, {**gold, "liabilities": []})
    assert score.liabilities == PRF(0, 0, 0) and score.liabilities.f1 == 1.0
    assert not [m for m in score.mismatches if m.kind == "liability"]
    only_pred = score_document(pred, {**gold, "liabilities": []}).liabilities
    assert (only_pred.precision, only_pred.recall, only_pred.f1) == (0.0, 1.0, 0.0)


# ----------------------------------------------------------------------------------------------
# Gold as a prediction, then perturbed


def test_gold_as_prediction_scores_one(case: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    gold, pred, text = case
    score = score_document(pred, gold, text)
    assert score.structure_exact
    assert all(v == 1.0 for v in _figures(score).values()), _figures(score)
    assert score.mismatches == []
    assert score.relations_strict.neutral > 0  # the implicit gold relations are neither right nor wrong
    assert score.spans is not None and score.spans.total > len(pred["duties"])


def test_without_text_duties_are_located_in_the_predicted_articles(
    case: tuple[dict[str, Any], dict[str, Any], str],
) -> None:
    gold, pred, text = case
    score = score_document(pred, gold)
    assert score.spans is None and score.duties.f1 == 1.0
    assert locate_gold_duties(gold, pred) == locate_gold_duties(gold, pred, text)


def test_dropping_a_duty_lowers_duty_recall_only(case: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    dropped = next(d for d in pred["duties"] if d["id"].endswith("a04.d2"))  # a04 has other duties
    pred["duties"].remove(dropped)
    score = score_document(pred, gold, text)
    assert score.duties.precision == 1.0 and score.duties.fn == 1
    assert score.responsible_for.f1 == 1.0 and score.organs.f1 == 1.0
    assert any(m.kind == "duty" and m.status == "missing" and dropped["id"] in m.item for m in score.mismatches)


def test_splitting_a_duty_gives_one_match_and_one_extra(
    case: tuple[dict[str, Any], dict[str, Any], str],
) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    duty = max(pred["duties"], key=lambda d: d["end"] - d["start"])
    middle = (duty["start"] + duty["end"]) // 2
    second = {**duty, "id": duty["id"] + "b", "start": middle, "text": text[middle : duty["end"]]}
    duty.update(end=middle, text=text[duty["start"] : middle])
    pred["duties"].append(second)
    score = score_document(pred, gold, text)
    assert (score.duties.tp, score.duties.fp, score.duties.fn) == (len(gold["duties"]), 1, 0)
    assert score.spans is not None and score.spans.value == 1.0


def test_renaming_an_organ_to_an_alias_still_matches(
    case: tuple[dict[str, Any], dict[str, Any], str],
) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    organ = next(o for o in pred["organs"] if o["name"] == "县级党委和政府")
    organ["name"] = "贫困县"
    organ["aliases"] = ["贫困县"]
    score = score_document(pred, gold, text)
    assert all(v == 1.0 for v in _figures(score).values())


def test_a_context_dependent_alias_resolves_by_evidence() -> None:
    _need_gold()
    gold = load_gold(GOLD / "jx-tpgj.yaml")
    pred = gold_to_interchange(gold, _text("jx-tpgj"))
    organ = next(o for o in pred["organs"] if o["name"] == "乡(镇)党委和政府主要负责人")
    organ["name"] = "党政主要负责人"  # also an alias of the county role
    organ["aliases"] = ["党政主要负责人", "乡(镇)党政正职"]
    assert match_organs(pred, gold)[organ["id"]] == "jx-tpgj/乡(镇)党委和政府主要负责人"


def test_an_unmatched_organ_costs_its_pairs(case: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    organ = next(o for o in pred["organs"] if o["name"] == "县级政府")
    organ["name"], organ["aliases"] = "某某政府", []
    score = score_document(pred, gold, text)
    assert score.organs.fp == 1 and score.organs.fn == 1
    assert score.responsible_for.precision < 1.0 and score.relations_strict.recall < 1.0


def test_a_false_relation_lowers_precision_only(case: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    fake = {**pred["relations"][0], "id": "fake", "type": "ASSISTS", "article": 1}
    pred["relations"].append(fake)
    score = score_document(pred, gold, text)
    assert score.relations_strict.recall == 1.0 and score.relations_strict.fp == 1
    assert score.relations_lenient.recall == 1.0 and score.relations_lenient.fp == 1
    assert score.relations_by_type["ASSISTS"]["strict"].fp == 1
    assert score.relations_by_type["GUIDES"]["strict"].f1 == 1.0


def test_moving_a_relation_onto_an_implicit_one_is_neutral_in_strict_mode() -> None:
    _need_gold()
    gold = load_gold(GOLD / "cn-2016-tpgj.yaml")
    text = _text("cn-2016-tpgj")
    pred = gold_to_interchange(gold, text)
    pred["relations"] = [r for r in pred["relations"] if not r["implicit"]]
    before = score_document(pred, gold, text)
    assert before.relations_strict.f1 == 1.0 and before.relations_lenient.recall < 1.0
    # r012 GUIDES 县→乡 (explicit) becomes SUPERVISES 县→乡 art. 15, which is r013 (implicit).
    _relation(pred, "cn-2016-tpgj/r012")["type"] = "SUPERVISES"
    after = score_document(pred, gold, text)
    assert after.relations_strict.precision == 1.0 and after.relations_strict.neutral == 1
    assert after.relations_strict.fn == 1
    assert after.relations_lenient.tp == before.relations_lenient.tp
    assert after.relations_lenient.precision == 1.0


def test_a_shifted_span_fails_the_span_check_but_still_matches(
    case: tuple[dict[str, Any], dict[str, Any], str],
) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    duty = pred["duties"][0]
    duty["start"] += 1
    duty["end"] += 1
    score = score_document(pred, gold, text)
    assert score.spans is not None and score.spans.total - score.spans.hits == 1
    assert score.duties.f1 == 1.0
    assert [m.status for m in score.mismatches] == ["span"]


def test_a_lost_label_lowers_label_recall(case: tuple[dict[str, Any], dict[str, Any], str]) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    literal = next(d for d in pred["duties"] if d.get("responsibility_basis") == "literal")
    literal["responsibility"] = None
    score = score_document(pred, gold, text)
    assert score.labels_literal.value < 1.0 and score.labels_all.value < 1.0
    assert score.responsible_for.f1 == 1.0


def test_chapter_titles_and_article_numbers_are_exact(
    case: tuple[dict[str, Any], dict[str, Any], str],
) -> None:
    gold, pred, text = case
    pred = copy.deepcopy(pred)
    pred["chapters"][0]["title"] = "总 则"  # white space is not a difference
    assert score_document(pred, gold, text).structure_exact
    pred["chapters"][1]["title"] += "等"
    pred["articles"].pop()
    score = score_document(pred, gold, text)
    assert not score.structure_exact
    assert (score.chapters.fp, score.chapters.fn) == (1, 1)
    assert (score.articles.fp, score.articles.fn) == (0, 1)


# ----------------------------------------------------------------------------------------------
# Alignment and questions


def _perfect_alignment(alignment: dict[str, Any]) -> dict[str, Any]:
    return {
        "articles": [
            {"other_article": a["jx_article"], "base_article": n, "confidence": 1.0}
            for a in alignment["articles"]
            for n in a["national"]
        ],
        "organs": [{"other": o["jx"], "base": o["national"]} for o in alignment["organs"]],
        "duties": [{"duty": d["jx_duty"], "class": d["match"], "base": d["national"]} for d in alignment["duties"]],
    }


def test_alignment_scores() -> None:
    _need_gold()
    gold_jx, gold_cn = load_gold(GOLD / "jx-tpgj.yaml"), load_gold(GOLD / "cn-2016-tpgj.yaml")
    alignment = load_gold(GOLD / "alignment.yaml")
    jx_text = _text("jx-tpgj")
    pred_jx, pred_cn = (
        gold_to_interchange(gold_jx, jx_text),
        gold_to_interchange(gold_cn, _text("cn-2016-tpgj")),
    )
    pred = _perfect_alignment(alignment)
    perfect = score_alignment(pred, alignment, pred_jx, pred_cn, gold_jx, gold_cn, jx_text)
    assert perfect.articles.f1 == perfect.organs.f1 == perfect.duty_classes.value == 1.0
    pred["duties"][0]["class"] = "new" if pred["duties"][0]["class"] != "new" else "same"
    pred["organs"].pop()
    lost = alignment["duties"][1]["jx_duty"]  # no predicted partner: counts wrong
    pred_jx["duties"] = [d for d in pred_jx["duties"] if d["id"] != lost]
    worse = score_alignment(pred, alignment, pred_jx, pred_cn, gold_jx, gold_cn, jx_text)
    assert worse.duty_classes.hits == len(alignment["duties"]) - 2
    assert worse.organs.fn == 1 and worse.organs.precision == 1.0


def test_question_scores() -> None:
    _need_gold()
    questions = {q["id"]: q for q in load_gold(GOLD / "questions.yaml")["questions"]}
    q1 = questions["Q1"]
    answer = [*q1["expected_organs"][1:], q1["acceptable_organs"][0], "cn-2016-tpgj/乡"]
    score = score_organ_answer(answer, q1)
    assert score.recall == pytest.approx(8 / 9) and score.precision == pytest.approx(9 / 10)
    assert score.missing == [q1["expected_organs"][0]] and score.unexpected == ["cn-2016-tpgj/乡"]

    gold_jx = load_gold(GOLD / "jx-tpgj.yaml")
    text = _text("jx-tpgj")
    spans = locate_gold_duties(gold_jx, gold_to_interchange(gold_jx, text), text)
    q4 = questions["Q4"]
    wanted = [spans[d] for d in q4["expected_duties"]]
    assert score_duty_answer(wanted, q4, spans).recall == 1.0
    assert score_duty_answer(wanted[:-2], q4, spans).recall == pytest.approx(1 - 2 / len(wanted))

    q6 = questions["Q6"]
    edges = [(e["source"], e["target"]) for e in q6["expected_edges"]]
    assert score_edge_answer(edges[1:], q6).recall == pytest.approx(3 / 4)
    renamed = {e: e for pair in edges for e in pair}
    assert score_edge_answer(edges, q6, renamed).recall == 1.0


# ----------------------------------------------------------------------------------------------
# The command


class _FakeGraph:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_interchange(self) -> dict[str, Any]:
        return self.data


def test_eval_command_without_gold_fails_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_eval.eval_command, ["--gold", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "gold folder not found" in result.output


def test_eval_command_scores_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_gold()

    def fake_parse(path: Path, document_id: str | None = None) -> tuple[_FakeGraph, str]:
        text = path.read_text(encoding="utf-8-sig")
        return _FakeGraph(gold_to_interchange(load_gold(GOLD / f"{document_id}.yaml"), text)), text

    monkeypatch.setattr("loaders.pipeline.parse_file", fake_parse)
    runner = CliRunner()
    table = runner.invoke(cli_eval.eval_command, ["--gold", str(GOLD), "--details"])
    assert table.exit_code == 0, table.output
    assert "cn-2016-tpgj" in table.output and "jx-tpgj" in table.output and "0 mismatches" in table.output
    as_json = runner.invoke(cli_eval.eval_command, ["--gold", str(GOLD), "--json"])
    scores = json.loads(as_json.output)
    assert [s["document"] for s in scores] == list(DOCS)
    assert all(s["duties"]["f1"] == 1.0 for s in scores)
    assert all(s["liabilities"]["f1"] == 1.0 and s["liabilities"]["fp"] == 0 for s in scores)


def test_eval_command_reports_loader_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_gold()

    def broken(path: Path, document_id: str | None = None) -> tuple[_FakeGraph, str]:
        raise NotImplementedError("loader not written yet")

    monkeypatch.setattr("loaders.pipeline.parse_file", broken)
    result = CliRunner().invoke(cli_eval.eval_command, ["--gold", str(GOLD)])
    assert result.exit_code == 1 and "NotImplementedError" in result.output


def test_extra_pairs_pick_md_or_txt(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("document: {id: a}\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("第一条 x", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("document: {id: b}\n", encoding="utf-8")
    pairs, problems = cli_eval.extra_pairs(tmp_path)
    assert pairs == [("a", tmp_path / "a.md", tmp_path / "a.yaml")]
    assert len(problems) == 1 and "b.yaml" in problems[0]
