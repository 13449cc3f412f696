"""Scoring extracted graphs against the hand annotation (DESIGN.md, "How extraction is scored").

Everything here is a pure function over plain dicts: a prediction is the DESIGN.md interchange JSON
(``DocumentGraph.to_interchange()``), a gold document is a ``gold/*.yaml`` file as ``load_gold``
reads it. Nothing is matched by id; organs by name, duties by span, the rest by content keys.

Conventions chosen where the rules are silent:
- Empty denominators are vacuous: precision is 1.0 when nothing was predicted, recall is 1.0 when
  the gold has nothing to find (so F1 is 0.0 when exactly one side is empty, 1.0 when both are).
- Organ matching (``match_organs``) is many-to-one: each predicted organ picks one gold organ, the
  one with the strongest evidence tier; ties inside a tier go to the gold organ sharing more surface
  forms, then more articles, then the one listed first in the gold file. A predicted organ with no
  evidence maps to nothing and is scored as the key ``?<its id>``, which no gold item equals.
- Gold duties carry no offsets. ``locate_gold_duties`` finds each gold duty's text inside the
  predicted article with the same number (the span ``[start, end)`` in ``text`` when given, else the
  article's own ``text`` shifted by its ``start``), searching after the previous gold duty of that
  article first, so repeated phrases land in reading order; failing that, the first occurrence in
  the whole document (needs ``text``). A gold duty that cannot be found cannot be matched.
- Duty matching is a maximum one-to-one matching inside each article number under the overlap rule
  (overlap >= half the shorter span); each gold duty tries its candidates best-first (by overlap
  over union), so the result is deterministic.
- Liabilities (not scored by the rules) are (gold organ, article) pairs, organs mapped as for
  RESPONSIBLE_FOR; a liability of an unmatched organ is an extra.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Doc = dict[str, Any]
Span = tuple[int, int, int]  # (article number, start, end)
Key = tuple[Any, ...]

RELATION_TYPES: tuple[str, ...] = ("SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO", "PART_OF")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'", "′": "'"})
_WHITE = re.compile(r"\s+")


# ---------------------------------------------------------------------------------------------
# Figures


@dataclass(frozen=True)
class PRF:
    """Counts behind precision/recall/F1; ``neutral`` predictions count neither way (strict relations)."""

    tp: int
    fp: int
    fn: int
    neutral: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "neutral": self.neutral,
        }


@dataclass(frozen=True)
class Ratio:
    """A share (label recall, spans that reproduce, class accuracy); 1.0 when there is nothing to count."""

    hits: int
    total: int

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "hits": self.hits, "total": self.total}


@dataclass(frozen=True)
class Mismatch:
    """One debugging line: ``status`` is missing (gold only), extra (prediction only) or span."""

    kind: str
    status: str
    item: str

    def __str__(self) -> str:
        return f"{self.status:7} {self.kind:18} {self.item}"


@dataclass
class DocumentScore:
    document: str
    chapters: PRF
    articles: PRF
    structure_exact: bool
    organs: PRF
    responsible_for: PRF
    labels_literal: Ratio
    labels_all: Ratio
    relations_strict: PRF
    relations_lenient: PRF
    relations_by_type: dict[str, dict[str, PRF]]
    liabilities: PRF
    duties: PRF
    spans: Ratio | None
    mismatches: list[Mismatch] = field(default_factory=list)

    def as_dict(self, details: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "document": self.document,
            "structure": {
                "chapters": self.chapters.as_dict(),
                "articles": self.articles.as_dict(),
                "exact": self.structure_exact,
            },
            "organs": self.organs.as_dict(),
            "responsible_for": self.responsible_for.as_dict(),
            "labels": {"literal": self.labels_literal.as_dict(), "all": self.labels_all.as_dict()},
            "relations": {
                "strict": self.relations_strict.as_dict(),
                "lenient": self.relations_lenient.as_dict(),
                "by_type": {
                    t: {mode: prf.as_dict() for mode, prf in modes.items()}
                    for t, modes in self.relations_by_type.items()
                },
            },
            "liabilities": self.liabilities.as_dict(),
            "duties": self.duties.as_dict(),
            "spans": self.spans.as_dict() if self.spans else None,
        }
        if details:
            data["mismatches"] = [vars(m) for m in self.mismatches]
        return data


@dataclass
class AlignmentScore:
    articles: PRF
    organs: PRF
    duty_classes: Ratio
    mismatches: list[Mismatch] = field(default_factory=list)

    def as_dict(self, details: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "articles": self.articles.as_dict(),
            "organs": self.organs.as_dict(),
            "duty_classes": self.duty_classes.as_dict(),
        }
        if details:
            data["mismatches"] = [vars(m) for m in self.mismatches]
        return data


@dataclass(frozen=True)
class QuestionScore:
    question: str
    recall: float
    precision: float | None
    missing: list[str]
    unexpected: list[str]


# ---------------------------------------------------------------------------------------------
# Loading and names


def load_gold(path: str | Path) -> Doc:
    """Read a gold YAML file (a document, alignment.yaml or questions.yaml) as a dict."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster when built
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a YAML mapping")
    return data


def normalise_name(name: str) -> str:
    """NFKC, white space removed, curly and straight quotes unified (the scoring rule for names)."""
    return _WHITE.sub("", unicodedata.normalize("NFKC", name)).translate(_QUOTES)


def _forms(organ: Mapping[str, Any]) -> tuple[str, set[str]]:
    return normalise_name(str(organ.get("name") or "")), {normalise_name(str(a)) for a in organ.get("aliases") or []}


def _pred_organ_articles(pred: Mapping[str, Any]) -> dict[str, set[int]]:
    """Articles where each predicted organ holds a duty, ends a relation or is liable."""
    seen: dict[str, set[int]] = {}
    for duty in pred.get("duties") or []:
        for holder in duty.get("holders") or []:
            seen.setdefault(holder, set()).add(duty.get("article"))
    for rel in pred.get("relations") or []:
        for end in (rel.get("source"), rel.get("target")):
            seen.setdefault(end, set()).add(rel.get("article"))
    for liab in pred.get("liabilities") or []:
        seen.setdefault(liab.get("organ"), set()).add(liab.get("article"))
    return seen


def _evidence_tier(pname: str, paliases: set[str], gname: str, galiases: set[str]) -> int | None:
    """0 same name, 1 its name in the gold's aliases, 2 the gold name in its aliases, 3 shared aliases."""
    if pname and pname == gname:
        return 0
    if pname in galiases:
        return 1
    if gname in paliases:
        return 2
    if paliases & galiases:
        return 3
    return None


def match_organs(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, str | None]:
    """Map every predicted organ id to the id of the gold organ with the strongest evidence (or None)."""
    gold_organs = [(str(o["id"]), *_forms(o), set(o.get("articles") or [])) for o in gold.get("organs") or []]
    pred_articles = _pred_organ_articles(pred)
    result: dict[str, str | None] = {}
    for organ in pred.get("organs") or []:
        pid = str(organ["id"])
        pname, paliases = _forms(organ)
        surface = paliases | {pname}
        best: tuple[int, int, int, int] | None = None
        best_id: str | None = None
        for order, (gid, gname, galiases, garticles) in enumerate(gold_organs):
            tier = _evidence_tier(pname, paliases, gname, galiases)
            if tier is None:
                continue
            shared_forms = len(surface & (galiases | {gname}))
            shared_articles = len(pred_articles.get(pid, set()) & garticles)
            rank = (tier, -shared_forms, -shared_articles, order)
            if best is None or rank < best:
                best, best_id = rank, gid
        result[pid] = best_id
    return result


ToGold = Callable[[Any], str]


def _mapper(organ_map: Mapping[str, str | None]) -> ToGold:
    """Predicted organ id -> gold id, or ``?<id>`` (equal to no gold item) when nothing matched."""

    def to_gold(pid: Any) -> str:
        return organ_map.get(str(pid)) or f"?{pid}"

    return to_gold


# ---------------------------------------------------------------------------------------------
# Spans


def _overlap_ok(a: Span, b: Span) -> bool:
    """Same article and the spans overlap by at least half of the shorter one."""
    if a[0] != b[0]:
        return False
    shorter = min(a[2] - a[1], b[2] - b[1])
    overlap = min(a[2], b[2]) - max(a[1], b[1])
    return shorter > 0 and 2 * overlap >= shorter


def _jaccard(a: Span, b: Span) -> float:
    overlap = min(a[2], b[2]) - max(a[1], b[1])
    return overlap / (max(a[2], b[2]) - min(a[1], b[1]))


def match_spans(gold: Mapping[str, Span], pred: Mapping[str, Span]) -> dict[str, str]:
    """Maximum one-to-one matching gold key -> predicted key under the overlap rule (augmenting paths)."""
    by_article: dict[int, list[str]] = {}
    for pid, span in pred.items():
        by_article.setdefault(span[0], []).append(pid)
    candidates: dict[str, list[str]] = {}
    for gid, gspan in gold.items():
        ok = [p for p in by_article.get(gspan[0], []) if _overlap_ok(gspan, pred[p])]
        candidates[gid] = sorted(ok, key=lambda p: (-_jaccard(gspan, pred[p]), pred[p][1], p))
    owner: dict[str, str] = {}  # predicted key -> gold key

    def augment(gid: str, seen: set[str]) -> bool:
        for pid in candidates[gid]:
            if pid in seen:
                continue
            seen.add(pid)
            if pid not in owner or augment(owner[pid], seen):
                owner[pid] = gid
                return True
        return False

    for gid in sorted(gold, key=lambda g: (gold[g], g)):
        augment(gid, set())
    return {gid: pid for pid, gid in owner.items()}


def _article_regions(pred: Mapping[str, Any]) -> dict[int, Mapping[str, Any]]:
    """The predicted article for each number (the unsuffixed one wins over 第N条之一)."""
    regions: dict[int, Mapping[str, Any]] = {}
    for art in pred.get("articles") or []:
        number = art.get("number")
        if number not in regions or (art.get("suffix") is None and regions[number].get("suffix") is not None):
            regions[number] = art
    return regions


def _find_in_article(needle: str, art: Mapping[str, Any], text: str | None, cursor: int) -> int:
    """Offset of ``needle`` inside a predicted article at or after ``cursor`` (document offsets), or -1."""
    start, end = art.get("start"), art.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return -1
    if text is not None:
        return text.find(needle, max(start, cursor), end)
    body = str(art.get("text") or "")
    found = body.find(needle, max(cursor - start, 0))
    return start + found if found >= 0 else -1


def locate_gold_duties(gold: Mapping[str, Any], pred: Mapping[str, Any], text: str | None = None) -> dict[str, Span]:
    """Spans for the gold duties (which carry only text): see the module docstring for the search order."""
    regions = _article_regions(pred)
    cursors: dict[int, int] = {}
    spans: dict[str, Span] = {}
    for duty in gold.get("duties") or []:
        needle, number = str(duty["text"]), int(duty["article"])
        at = -1
        if number in regions:
            at = _find_in_article(needle, regions[number], text, cursors.get(number, 0))
            if at < 0:
                at = _find_in_article(needle, regions[number], text, 0)
        if at < 0 and text is not None:
            at = text.find(needle)
        if at >= 0:
            spans[str(duty["id"])] = (number, at, at + len(needle))
            cursors[number] = at + len(needle)
    return spans


def _pred_duty_spans(pred: Mapping[str, Any]) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for duty in pred.get("duties") or []:
        start, end, article = duty.get("start"), duty.get("end"), duty.get("article")
        if isinstance(start, int) and isinstance(end, int) and isinstance(article, int):
            spans[str(duty["id"])] = (article, start, end)
    return spans


def _check_spans(pred: Mapping[str, Any], text: str, out: list[Mismatch]) -> Ratio:
    """Share of predicted articles, duties, relations and liabilities whose span reproduces their text."""
    hits = total = 0
    for kind, field_name in (
        ("articles", "text"),
        ("duties", "text"),
        ("relations", "evidence"),
        ("liabilities", "evidence"),
    ):
        for item in pred.get(kind) or []:
            total += 1
            start, end, expected = item.get("start"), item.get("end"), item.get(field_name)
            ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)
            if ok and text[start:end] == expected:
                hits += 1
            else:
                name = item.get("id") or item.get("number") or item.get("organ")
                out.append(Mismatch(f"span {kind}", "span", f"{name} [{start},{end}) {expected!r}"))
    return Ratio(hits, total)


# ---------------------------------------------------------------------------------------------
# Document scoring


def _key_str(key: Any) -> str:
    return " | ".join(map(str, key)) if isinstance(key, tuple) else str(key)


def _compare(
    kind: str, pred: set[Any], gold: set[Any], out: list[Mismatch] | None, neutral: set[Any] | None = None
) -> PRF:
    """P/R/F1 of two key sets; predictions in ``neutral`` (and not gold) count neither way."""
    neutral_hits = (pred & neutral) - gold if neutral else set()
    extra = pred - gold - neutral_hits
    missing = gold - pred
    if out is not None:
        out.extend(Mismatch(kind, "missing", _key_str(k)) for k in sorted(missing, key=str))
        out.extend(Mismatch(kind, "extra", _key_str(k)) for k in sorted(extra, key=str))
    return PRF(len(pred & gold), len(extra), len(missing), len(neutral_hits))


def _structure(pred: Mapping[str, Any], gold: Mapping[str, Any], out: list[Mismatch]) -> tuple[PRF, PRF, bool]:
    structure = gold.get("structure") or {}
    gold_ch = {(c["number"], normalise_name(str(c["title"]))) for c in structure.get("chapters") or []}
    pred_ch = {(c.get("number"), normalise_name(str(c.get("title") or ""))) for c in pred.get("chapters") or []}
    gold_art = {(a["number"], a.get("suffix")) for a in structure.get("articles") or []}
    pred_art = {(a.get("number"), a.get("suffix")) for a in pred.get("articles") or []}
    chapters = _compare("chapter", pred_ch, gold_ch, out)
    articles = _compare("article", pred_art, gold_art, out)
    exact = pred_ch == gold_ch and pred_art == gold_art
    return chapters, articles, exact


def _holder_pairs(duties: Iterable[Mapping[str, Any]], to_gold: ToGold) -> set[Key]:
    return {(to_gold(h), d.get("article")) for d in duties for h in d.get("holders") or []}


def _label_triples(duties: Iterable[Mapping[str, Any]], to_gold: ToGold, literal_only: bool = False) -> set[Key]:
    return {
        (to_gold(h), d.get("article"), d["responsibility"])
        for d in duties
        if d.get("responsibility") and (not literal_only or d.get("responsibility_basis") == "literal")
        for h in d.get("holders") or []
    }


def _relation_keys(relations: Iterable[Mapping[str, Any]], to_gold: ToGold, implicit: bool | None = None) -> set[Key]:
    """(type, source, target, article) of the scored types; ``implicit`` filters gold records."""
    return {
        (r["type"], to_gold(r["source"]), to_gold(r["target"]), r.get("article"))
        for r in relations
        if r.get("type") in RELATION_TYPES and (implicit is None or bool(r.get("implicit")) == implicit)
    }


def _relations(
    pred: Mapping[str, Any], gold: Mapping[str, Any], to_gold: ToGold, out: list[Mismatch]
) -> tuple[PRF, PRF, dict[str, dict[str, PRF]]]:
    predicted = _relation_keys(pred.get("relations") or [], to_gold)
    explicit = _relation_keys(gold.get("relations") or [], str, implicit=False)
    implicit = _relation_keys(gold.get("relations") or [], str, implicit=True) - explicit
    strict = _compare("relation", predicted, explicit, out, neutral=implicit)
    lenient = _compare("relation (lenient)", predicted, explicit | implicit, None)
    out.extend(Mismatch("relation (implicit)", "missing", _key_str(k)) for k in sorted(implicit - predicted, key=str))
    by_type: dict[str, dict[str, PRF]] = {}
    for rtype in RELATION_TYPES:

        def only(keys: set[Key], t: str = rtype) -> set[Key]:
            return {k for k in keys if k[0] == t}

        by_type[rtype] = {
            "strict": _compare(rtype, only(predicted), only(explicit), None, neutral=only(implicit)),
            "lenient": _compare(rtype, only(predicted), only(explicit | implicit), None),
        }
    return strict, lenient, by_type


def _liabilities(pred: Mapping[str, Any], gold: Mapping[str, Any], to_gold: ToGold, out: list[Mismatch]) -> PRF:
    """(gold organ, article) pairs of the liabilities; one on an unmatched organ (``?<id>``) is an extra.

    Mismatches name the organ (the gold name, or ``?`` and the predicted name when unmatched) and the article.
    """
    predicted = {(to_gold(li.get("organ")), li.get("article")) for li in pred.get("liabilities") or []}
    expected = {(str(li["organ"]), li.get("article")) for li in gold.get("liabilities") or []}
    names = {f"?{o['id']}": f"?{o.get('name')}" for o in pred.get("organs") or []}
    names.update({str(o["id"]): str(o.get("name")) for o in gold.get("organs") or []})

    def show(key: Key) -> str:
        return f"{names.get(key[0], key[0])} | {key[1]}"

    out.extend(Mismatch("liability", "missing", show(k)) for k in sorted(expected - predicted, key=str))
    out.extend(Mismatch("liability", "extra", show(k)) for k in sorted(predicted - expected, key=str))
    return PRF(len(predicted & expected), len(predicted - expected), len(expected - predicted))


def _duties(pred: Mapping[str, Any], gold: Mapping[str, Any], text: str | None, out: list[Mismatch]) -> PRF:
    gold_spans = locate_gold_duties(gold, pred, text)
    pred_spans = _pred_duty_spans(pred)
    matched = match_spans(gold_spans, pred_spans)
    gold_text = {str(d["id"]): str(d["text"]) for d in gold.get("duties") or []}
    pred_text = {str(d["id"]): str(d.get("text")) for d in pred.get("duties") or []}
    missing = [g for g in gold_text if g not in matched]
    used = set(matched.values())
    extra = [p for p in pred_text if p not in used]
    out.extend(Mismatch("duty", "missing", f"{g} {gold_text[g]}") for g in missing)
    out.extend(Mismatch("duty", "extra", f"{p} {pred_text[p]}") for p in extra)
    return PRF(len(matched), len(extra), len(missing))


def score_document(pred: Mapping[str, Any], gold: Mapping[str, Any], text: str | None = None) -> DocumentScore:
    """Score one predicted interchange dict against one gold document (DESIGN.md rules).

    ``text`` is the decoded document the predicted spans index; without it spans are not checked
    (``spans`` is None) and gold duties are located in the predicted articles' own text.
    """
    out: list[Mismatch] = []
    to_gold = _mapper(match_organs(pred, gold))
    pred_duties = pred.get("duties") or []
    gold_duties = gold.get("duties") or []
    chapters, articles, exact = _structure(pred, gold, out)
    organs = _compare(
        "organ",
        {to_gold(h) for d in pred_duties for h in d.get("holders") or []},
        {str(h) for d in gold_duties for h in d.get("holders") or []},
        out,
    )
    responsible = _compare("RESPONSIBLE_FOR", _holder_pairs(pred_duties, to_gold), _holder_pairs(gold_duties, str), out)
    pred_labels = _label_triples(pred_duties, to_gold)
    gold_all, gold_literal = (
        _label_triples(gold_duties, str),
        _label_triples(gold_duties, str, literal_only=True),
    )
    out.extend(Mismatch("label", "missing", _key_str(k)) for k in sorted(gold_all - pred_labels, key=str))
    strict, lenient, by_type = _relations(pred, gold, to_gold, out)
    liabilities = _liabilities(pred, gold, to_gold, out)
    duties = _duties(pred, gold, text, out)
    spans = _check_spans(pred, text, out) if text is not None else None
    return DocumentScore(
        document=str((gold.get("document") or {}).get("id") or (pred.get("document") or {}).get("id") or ""),
        chapters=chapters,
        articles=articles,
        structure_exact=exact,
        organs=organs,
        responsible_for=responsible,
        labels_literal=Ratio(len(gold_literal & pred_labels), len(gold_literal)),
        labels_all=Ratio(len(gold_all & pred_labels), len(gold_all)),
        relations_strict=strict,
        relations_lenient=lenient,
        relations_by_type=by_type,
        liabilities=liabilities,
        duties=duties,
        spans=spans,
        mismatches=out,
    )


# ---------------------------------------------------------------------------------------------
# Alignment


def score_alignment(
    pred_alignment: Mapping[str, Any],
    gold_alignment: Mapping[str, Any],
    pred_jx: Mapping[str, Any],
    pred_cn: Mapping[str, Any],
    gold_jx: Mapping[str, Any],
    gold_cn: Mapping[str, Any],
    jx_text: str | None = None,
) -> AlignmentScore:
    """Score a predicted alignment of an implementing ("other", Jiangxi) to a base (national) document.

    ``pred_alignment`` has the shape::

        {"articles": [{"other_article": int, "base_article": int, "confidence": float}],
         "organs":   [{"other": other organ id, "base": base organ id}],
         "duties":   [{"duty": other duty id, "class": "same|shifted|partial|new",
                       "base": [base duty ids]}]}

    Figures: F1 over (other article, base article) pairs; F1 over (other organ, base organ) pairs with
    both ends matched to gold organs by name; accuracy of ``class`` over the gold Jiangxi duties, each
    matched to a predicted duty by the span rule (unmatched or unclassified counts wrong).
    ``confidence`` and ``base`` duty lists are not scored.
    """
    out: list[Mismatch] = []
    pred_articles = {(a["other_article"], a["base_article"]) for a in pred_alignment.get("articles") or []}
    gold_articles = {
        (a["jx_article"], n) for a in gold_alignment.get("articles") or [] for n in a.get("national") or []
    }
    articles = _compare("aligned article", pred_articles, gold_articles, out)
    jx_gold, cn_gold = _mapper(match_organs(pred_jx, gold_jx)), _mapper(match_organs(pred_cn, gold_cn))
    pred_organs = {(jx_gold(o["other"]), cn_gold(o["base"])) for o in pred_alignment.get("organs") or []}
    gold_organs = {(str(o["jx"]), str(o["national"])) for o in gold_alignment.get("organs") or []}
    organs = _compare("aligned organ", pred_organs, gold_organs, out)
    matched = match_spans(locate_gold_duties(gold_jx, pred_jx, jx_text), _pred_duty_spans(pred_jx))
    classes = {str(d["duty"]): d.get("class") for d in pred_alignment.get("duties") or []}
    hits = 0
    gold_duties = gold_alignment.get("duties") or []
    for duty in gold_duties:
        pid = matched.get(str(duty["jx_duty"]))
        got = classes.get(pid) if pid else None
        if got == duty["match"]:
            hits += 1
        else:
            out.append(Mismatch("duty class", "missing", f"{duty['jx_duty']} gold {duty['match']} got {got} ({pid})"))
    return AlignmentScore(articles, organs, Ratio(hits, len(gold_duties)), out)


def format_alignment(score: AlignmentScore, label: str) -> str:
    """The alignment figures as a few fixed-width lines (articles and organs: P/R/F1; classes: accuracy)."""
    rows = [
        ("article alignment", _cells(score.articles)),
        ("organ correspondence", _cells(score.organs)),
        ("duty classes (accuracy)", [f"{score.duty_classes.value:.3f}"]),
    ]
    lines = [f"alignment {label}", f"{'metric':<24}{'P':>7}{'R':>7}{'F1':>7}", "-" * 45]
    lines += [f"{name:<24}" + "".join(f"{c:>7}" for c in cells) for name, cells in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Questions (gold/questions.yaml)


def score_organ_answer(
    answer: Iterable[str], question: Mapping[str, Any], organ_map: Mapping[str, str | None] | None = None
) -> QuestionScore:
    """Organ sets: recall over ``expected_organs``, precision over expected ∪ ``acceptable_organs``.

    ``answer`` holds predicted organ ids; ``organ_map`` (from ``match_organs``, merged across
    documents if needed) turns them into gold ids; without it they are taken as gold ids.
    """
    to_gold: ToGold = _mapper(organ_map) if organ_map is not None else str
    got = {to_gold(a) for a in answer}
    expected = {str(o) for o in question.get("expected_organs") or []}
    allowed = expected | {str(o) for o in question.get("acceptable_organs") or []}
    return QuestionScore(
        question=str(question.get("id")),
        recall=len(got & expected) / len(expected) if expected else 1.0,
        precision=len(got & allowed) / len(got) if got else 1.0,
        missing=sorted(expected - got),
        unexpected=sorted(got - allowed),
    )


def score_duty_answer(
    answer: Iterable[Span], question: Mapping[str, Any], gold_spans: Mapping[str, Span]
) -> QuestionScore:
    """Duty sets: recall of ``expected_duties`` matched one-to-one to answer spans by the span rule.

    ``answer`` holds predicted (article, start, end) spans; ``gold_spans`` comes from
    ``locate_gold_duties`` on the question's document. Precision is not defined by the rules (None).
    """
    expected = [str(d) for d in question.get("expected_duties") or []]
    located = {d: gold_spans[d] for d in expected if d in gold_spans}
    matched = match_spans(located, {f"#{i}": span for i, span in enumerate(answer)})
    return QuestionScore(
        question=str(question.get("id")),
        recall=len(matched) / len(expected) if expected else 1.0,
        precision=None,
        missing=[d for d in expected if d not in matched],
        unexpected=[],
    )


def score_edge_answer(
    answer: Iterable[tuple[str, str]],
    question: Mapping[str, Any],
    organ_map: Mapping[str, str | None] | None = None,
) -> QuestionScore:
    """Edge sets: recall over the expected (source, target) pairs; ``answer`` holds predicted organ ids."""
    to_gold: ToGold = _mapper(organ_map) if organ_map is not None else str
    got = {(to_gold(s), to_gold(t)) for s, t in answer}
    expected = {(str(e["source"]), str(e["target"])) for e in question.get("expected_edges") or []}
    return QuestionScore(
        question=str(question.get("id")),
        recall=len(got & expected) / len(expected) if expected else 1.0,
        precision=None,
        missing=sorted(_key_str(k) for k in expected - got),
        unexpected=[],
    )


# ---------------------------------------------------------------------------------------------
# The table


def _cells(figure: PRF | Ratio | bool | None, column: str = "recall") -> list[str]:
    """Three cells (P, R, F1): a Ratio goes in the named column, a flag in F1."""
    if isinstance(figure, PRF):
        return [f"{figure.precision:.3f}", f"{figure.recall:.3f}", f"{figure.f1:.3f}"]
    cells = ["-", "-", "-"]
    if isinstance(figure, bool):
        cells[2] = "yes" if figure else "no"
    elif isinstance(figure, Ratio):
        cells[{"precision": 0, "recall": 1}[column]] = f"{figure.value:.3f}"
    return cells


def _rows(score: DocumentScore) -> list[tuple[str, list[str]]]:
    rows = [
        ("structure: chapters", _cells(score.chapters)),
        ("structure: articles", _cells(score.articles)),
        ("structure: exact", _cells(score.structure_exact)),
        ("organs", _cells(score.organs)),
        ("RESPONSIBLE_FOR", _cells(score.responsible_for)),
        ("labels literal (R)", _cells(score.labels_literal)),
        ("labels all (R)", _cells(score.labels_all)),
        ("relations strict", _cells(score.relations_strict)),
        ("relations lenient", _cells(score.relations_lenient)),
    ]
    rows += [(f"  {t} strict", _cells(score.relations_by_type[t]["strict"])) for t in RELATION_TYPES]
    rows += [
        ("liabilities", _cells(score.liabilities)),
        ("duties", _cells(score.duties)),
        ("spans reproduce (P)", _cells(score.spans, "precision")),
    ]
    return rows


def format_table(scores: Sequence[DocumentScore]) -> str:
    """A fixed-width table: one row per metric, columns precision/recall/F1 for each document."""
    if not scores:
        return "(no documents scored)"
    label_width, cell = 24, 7
    widths = [max(3 * cell, len(s.document)) for s in scores]
    head = "".ljust(label_width) + "".join(f" | {s.document:<{w}}" for s, w in zip(scores, widths, strict=True))
    sub = "metric".ljust(label_width) + "".join(
        " | " + f"{'P':>{cell}}{'R':>{cell}}{'F1':>{cell}}".ljust(w) for w in widths
    )
    lines = [head, sub, "-" * len(sub)]
    per_doc = [_rows(s) for s in scores]
    for i, (label, _) in enumerate(per_doc[0]):
        line = label.ljust(label_width)
        for rows, w in zip(per_doc, widths, strict=True):
            line += " | " + "".join(f"{c:>{cell}}" for c in rows[i][1]).ljust(w)
        lines.append(line.rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Gold as a prediction (tests, and a gold graph for whoever needs one without a loader)

_CHAPTER_HEADING = re.compile(r"\n[ \t\u3000]*第[一二三四五六七八九十百零〇两\d]+[章编节]")


def _gold_article_spans(gold: Mapping[str, Any], text: str) -> dict[int, tuple[int, int]]:
    """[start, end) of each gold article body: from its head up to the next marker or chapter heading."""
    articles = (gold.get("structure") or {}).get("articles") or []
    starts: list[tuple[int, int, int]] = []  # (number, marker offset, body offset)
    cursor = 0
    for art in articles:
        found = re.compile(re.escape(str(art["marker"])) + r"\s*" + re.escape(str(art["head"]))).search(text, cursor)
        if not found:
            raise ValueError(f"gold article {art['number']} not found in the text")
        starts.append((int(art["number"]), found.start(), found.end() - len(str(art["head"]))))
        cursor = found.end()
    spans: dict[int, tuple[int, int]] = {}
    for i, (number, _, body) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        heading = _CHAPTER_HEADING.search(text, body, end)
        end = heading.start() if heading else end
        spans[number] = (body, len(text[body:end].rstrip()) + body)
    return spans


def _find_span(needle: str, region: tuple[int, int], text: str, cursor: int) -> tuple[int, int]:
    at = text.find(needle, max(region[0], cursor), region[1])
    if at < 0:
        at = text.find(needle, region[0], region[1])
    if at < 0:
        raise ValueError(f"{needle!r} not found in its article")
    return at, at + len(needle)


_CONFIDENCE = {"high": 0.9, "medium": 0.6}
_DUTY_KEYS = (
    "id",
    "article",
    "text",
    "holders",
    "responsibility",
    "responsibility_basis",
    "modality",
    "topics",
)
_RELATION_KEYS = ("id", "type", "source", "target", "article", "modes", "topics", "what", "frequency")


def gold_to_interchange(gold: Mapping[str, Any], text: str) -> Doc:
    """The gold document as an interchange dict whose spans index ``text`` (a perfect prediction)."""
    regions = _gold_article_spans(gold, text)
    structure = gold.get("structure") or {}
    cursors: dict[int, int] = {}
    duties = []
    for d in gold.get("duties") or []:
        number = int(d["article"])
        start, end = _find_span(str(d["text"]), regions[number], text, cursors.get(number, 0))
        cursors[number] = end
        duties.append({**{k: d.get(k) for k in _DUTY_KEYS}, "start": start, "end": end})
    relations = []
    for r in gold.get("relations") or []:
        start, end = _find_span(str(r["text"]), regions[int(r["article"])], text, 0)
        relations.append(
            {
                **{k: r.get(k) for k in _RELATION_KEYS},
                "evidence": r["text"],
                "start": start,
                "end": end,
                "implicit": bool(r.get("implicit")),
                "confidence": _CONFIDENCE.get(str(r.get("confidence")), 1.0),
            }
        )
    return {
        "document": {
            k: (gold.get("document") or {}).get(k)
            for k in ("id", "title", "jurisdiction", "level", "issuer", "effective", "source")
        },
        "chapters": [
            {"number": c["number"], "title": c["title"], "part": None, "section": None}
            for c in structure.get("chapters") or []
        ],
        "articles": [
            {
                "number": a["number"],
                "suffix": a.get("suffix"),
                "chapter": a.get("chapter"),
                "text": text[s:e],
                "start": s,
                "end": e,
            }
            for a in structure.get("articles") or []
            for s, e in [regions[int(a["number"])]]
        ],
        "organs": [
            {k: o.get(k) for k in ("id", "name", "level", "kind", "aliases")}
            | {"collective": bool(o.get("collective")), "covers": list(o.get("covers") or [])}
            for o in gold.get("organs") or []
        ],
        "duties": duties,
        "relations": relations,
        "liabilities": [
            {"organ": li["organ"], "article": li["article"], "evidence": li["evidence"], "start": s, "end": e}
            for li in gold.get("liabilities") or []
            for s, e in [_find_span(str(li["evidence"]), regions[int(li["article"])], text, 0)]
        ],
    }
