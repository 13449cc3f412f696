"""Compare two extracted documents: what ``other`` keeps of ``base``, moves, adds and leaves out.

Pure functions over two DocumentGraphs, graphs first (no database, no gold, no hand tables).
``base`` is the reference text (a national 办法, an older version), ``other`` the implementing or
later one. The steps, each a function of its own:

1. ``build_space``: every duty and every article sentence of both texts becomes a TF-IDF vector of
   character bigrams, after holders' names, level words and the genre's template words are cut out
   (graph/data/compare.yaml), so the same task at the province and at the county reads alike;
2. ``rank_candidates``: for each duty of ``other``, the base duties it may carry, closest first;
3. ``correspond_organs`` (CORRESPONDS_TO): one kind, a compatible level, and agreeing duties or
   names, or each the only body of its role in its text;
4. ``classify_duties``: ``same`` (a holder corresponds), ``shifted`` (the content sits with another
   holder or level), ``partial`` (an enumeration only partly carried), ``new`` (nothing close);
5. ``align_articles`` (IMPLEMENTS between articles): from the closest counterparts of the duties,
   and from alike sentences without duties (purpose, scope, effective date);
6. ``document_reference`` (IMPLEMENTS between documents): the other text's own 根据《…》.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from graph.model import Article, DocumentGraph, Duty, Organ

DutyClass = Literal["same", "shifted", "partial", "new"]
DUTY_CLASSES: tuple[str, ...] = ("same", "shifted", "partial", "new")
Vector = dict[str, float]
Ranked = dict[str, list[tuple[float, Duty]]]  # other duty id -> (similarity, base duty), closest first
MIN_ITEM_BIGRAMS = 3  # an enumerated item shorter than this is a word of a list, not a clause


# --- the lexicon --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """graph/data/compare.yaml, compiled."""

    reference: re.Pattern[str]
    title_prefixes: tuple[str, ...]
    self_references: tuple[str, ...]
    cut: re.Pattern[str]  # level words, template words and non-Han characters: where bigrams break
    directive: re.Pattern[str]
    collective_prefixes: tuple[str, ...]
    level_words: tuple[str, ...]
    main_body: str
    sentence_ends: re.Pattern[str]
    thresholds: Mapping[str, float]
    weights: Mapping[str, float]


@cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("graph").joinpath("data/compare.yaml").read_text(encoding="utf-8")
    )

    def longest_first(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=lambda w: (-len(w), w)))

    return Lexicon(
        reference=re.compile(raw["reference"]),
        title_prefixes=tuple(raw["title_prefixes"]),
        self_references=longest_first(raw["self_references"]),
        cut=re.compile(
            "|".join(map(re.escape, longest_first([*raw["level_words"], *raw["stop_words"]]))) + r"|[^\u4e00-\u9fff]+"
        ),
        directive=re.compile("|".join(map(re.escape, longest_first(raw["directive_verbs"])))),
        collective_prefixes=longest_first(raw["collective_prefixes"]),
        level_words=longest_first(raw["level_words"]),
        main_body=str(raw["main_body"]),
        sentence_ends=re.compile(raw["sentence_ends"]),
        thresholds={k: float(v) for k, v in raw["thresholds"].items()},
        weights={k: float(v) for k, v in raw["weights"].items()},
    )


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganPair:
    """CORRESPONDS_TO: ``other`` plays in its text the role ``base`` plays in the base text."""

    other: str
    base: str
    score: float
    evidence: str


@dataclass(frozen=True)
class ArticlePair:
    """IMPLEMENTS between articles (``other``/``base`` are article keys: a10, a10-1)."""

    other: str
    base: str
    other_number: int
    base_number: int
    confidence: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class DutyMatch:
    """A duty of ``other``: its class and its base counterparts, closest first."""

    duty: str
    cls: DutyClass
    base: tuple[str, ...]
    similarity: float  # to the closest base duty
    closest: str | None = None  # the closest base duty, also when too far to count (new)


@dataclass(frozen=True)
class DocumentReference:
    """IMPLEMENTS between the documents: where ``other`` cites the base's title."""

    cited: str
    article: str
    evidence: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass(frozen=True)
class Comparison:
    base: str
    other: str
    organs: tuple[OrganPair, ...]
    articles: tuple[ArticlePair, ...]
    duties: tuple[DutyMatch, ...]
    gaps: tuple[str, ...]  # base duties that no duty of ``other`` carries
    document: DocumentReference | None

    @property
    def pair(self) -> str:
        """The comparison's name, stamped on its stored relationships."""
        return f"{self.other}->{self.base}"

    @property
    def additions(self) -> tuple[str, ...]:
        """Duties of ``other`` with no counterpart in ``base``."""
        return tuple(d.duty for d in self.duties if d.cls == "new")

    def as_alignment(self) -> dict[str, Any]:
        """The prediction shape of ``respgraph.evaluate.score_alignment``."""
        return {
            "articles": [
                {"other_article": a.other_number, "base_article": a.base_number, "confidence": a.confidence}
                for a in self.articles
            ],
            "organs": [{"other": o.other, "base": o.base} for o in self.organs],
            "duties": [{"duty": d.duty, "class": d.cls, "base": list(d.base)} for d in self.duties],
        }


# --- text into vectors --------------------------------------------------------------------------


def bigrams(text: str, names: Iterable[str] = (), lex: Lexicon | None = None) -> Counter[str]:
    """Bigrams of the Han runs left once ``names``, level and template words are cut out.

    A self-reference (本办法, 本细则) becomes 本文, so two texts speaking of themselves read alike;
    a run of one character counts as itself.
    """
    lex = lex or lexicon()
    text = unicodedata.normalize("NFKC", text)
    for name in _longest_first_nfkc(names):
        text = text.replace(name, "|")
    for word in lex.self_references:
        text = text.replace(word, "|本文|")
    grams: Counter[str] = Counter()
    for run in lex.cut.split(text):
        grams.update([run] if len(run) == 1 else (run[i : i + 2] for i in range(len(run) - 1)))
    return grams


def _longest_first_nfkc(names: Iterable[str]) -> list[str]:
    return sorted({unicodedata.normalize("NFKC", n) for n in names if n}, key=lambda n: (-len(n), n))


class Space:
    """TF-IDF over the units (duties, sentences) of both texts; cosine similarity between units."""

    def __init__(self, units: Mapping[str, Counter[str]]) -> None:
        df: Counter[str] = Counter(g for grams in units.values() for g in grams)
        idf = {g: math.log((len(units) + 1) / (k + 1)) + 1.0 for g, k in df.items()}
        self.vectors: dict[str, Vector] = {key: _unit(grams, idf) for key, grams in units.items()}

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(w * vb.get(g, 0.0) for g, w in va.items())


def _unit(grams: Counter[str], idf: Mapping[str, float]) -> Vector:
    vec = {g: k * idf[g] for g, k in grams.items()}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {g: w / norm for g, w in vec.items()}


def organ_names(graph: DocumentGraph, organ_ids: Iterable[str] | None = None) -> list[str]:
    """Names and aliases of the given organs (all organs when None)."""
    wanted = None if organ_ids is None else set(organ_ids)
    return [n for o in graph.organs if wanted is None or o.id in wanted for n in (o.name, *o.aliases)]


@dataclass(frozen=True)
class Sentence:
    key: str  # <doc>/<article key>#<k>
    article: Article
    text: str
    start: int
    end: int


def sentences(graph: DocumentGraph, lex: Lexicon | None = None) -> list[Sentence]:
    """The sentences of every article, with document offsets."""
    lex = lex or lexicon()
    out: list[Sentence] = []
    for article in graph.articles:
        cursor = 0
        for k, part in enumerate(lex.sentence_ends.split(article.text)):
            at = article.text.find(part, cursor)
            cursor = at + len(part)
            if part.strip():
                start = article.start + at
                out.append(Sentence(f"{graph.document.id}/{article.key}#{k}", article, part, start, start + len(part)))
    return out


def build_space(base: DocumentGraph, other: DocumentGraph) -> Space:
    """Duties (their holders' names cut) and sentences (every organ name cut) of both texts."""
    lex = lexicon()
    units: dict[str, Counter[str]] = {}
    for graph in (base, other):
        every_name = organ_names(graph)
        for duty in graph.duties:
            units[duty.id] = bigrams(duty.text, organ_names(graph, duty.holders), lex)
        for sentence in sentences(graph, lex):
            units[sentence.key] = bigrams(sentence.text, every_name, lex)
    return Space(units)


# --- candidate counterparts ---------------------------------------------------------------------


def is_directive(text: str, names: Sequence[str], lex: Lexicon | None = None) -> bool:
    """The duty has another body act: a directive verb right before an organ or a level (指导乡、村)."""
    lex = lex or lexicon()
    text = unicodedata.normalize("NFKC", text)
    heads = (*names, *lex.level_words)
    return any(text.startswith(heads, found.end()) for found in lex.directive.finditer(text))


def rank_candidates(base: DocumentGraph, other: DocumentGraph, space: Space) -> Ranked:
    """For each duty of ``other``, the base duties it may carry, closest first.

    Two gates keep apart what reads alike but is not the same duty: a stated responsibility
    (主体责任 / 具体责任) is part of the content and must be the same; a duty that has another
    body act (指导村“两委”制定规划) matches only a duty that does so too, not the act itself.
    """
    lex = lexicon()
    other_names, base_names = _longest_first_nfkc(organ_names(other)), _longest_first_nfkc(organ_names(base))
    base_directive = {b.id: is_directive(b.text, base_names, lex) for b in base.duties}
    ranked: Ranked = {}
    for duty in other.duties:
        directive = is_directive(duty.text, other_names, lex)
        scored = [
            (space.similarity(duty.id, b.id), b)
            for b in base.duties
            if b.responsibility == duty.responsibility and base_directive[b.id] == directive
        ]
        ranked[duty.id] = sorted(scored, key=lambda sb: (-sb[0], sb[1].start))
    return ranked


# --- organs -------------------------------------------------------------------------------------


def core_name(organ: Organ, lex: Lexicon | None = None) -> str:
    """The name without collective prefix and level words; a bare level (乡, 村) names its main body."""
    lex = lex or lexicon()
    name = unicodedata.normalize("NFKC", organ.name)
    for prefix in lex.collective_prefixes:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    for word in lex.level_words:
        name = name.replace(word, "")
    return re.sub(r"[^\u4e00-\u9fff]", "", name) or lex.main_body


def name_similarity(a: Organ, b: Organ, lex: Lexicon | None = None) -> float:
    """Dice of the characters and Dice of the bigrams of the two core names, averaged."""
    x, y = core_name(a, lex), core_name(b, lex)
    pairs = _dice({x[i : i + 2] for i in range(len(x) - 1)}, {y[i : i + 2] for i in range(len(y) - 1)})
    return (_dice(set(x), set(y)) + pairs) / 2


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _role(organ: Organ) -> tuple[Any, ...]:
    return (organ.kind, organ.level, organ.collective)


def _level_factor(base: DocumentGraph, other: DocumentGraph, b: Organ, o: Organ, lex: Lexicon) -> float:
    """1 at the same level. A body at its own text's level may play the part of one at the base's
    own level (省纪委 ↔ 中央纪委机关), but only where the base has no body of that role at the
    body's own level (so 省委、省政府 ↔ 省级党委和政府, not ↔ 党中央、国务院)."""
    if o.level == b.level:
        return 1.0
    own = bool(o.level and b.level) and o.level == other.document.level and b.level == base.document.level
    if not own or any(_role(x) == _role(o) for x in base.organs):
        return 0.0
    return lex.weights["shifted_level"]


def holder_votes(base: DocumentGraph, other: DocumentGraph, ranked: Ranked) -> dict[tuple[str, str], float]:
    """How far two organs' duties agree: each other-duty whose closest base duty is close enough votes
    (its similarity) for the holder pairs; the sum is over the smaller organ's number of duties."""
    lex = lexicon()
    votes: dict[tuple[str, str], float] = defaultdict(float)
    for duty in other.duties:
        for score, best in ranked[duty.id][:1]:
            if score >= lex.thresholds["organ_vote"]:
                for o in duty.holders:
                    for b in best.holders:
                        votes[(o, b)] += score
    held_other = Counter(h for d in other.duties for h in d.holders)
    held_base = Counter(h for d in base.duties for h in d.holders)
    return {(o, b): v / min(held_other[o], held_base[b]) for (o, b), v in votes.items()}


def correspond_organs(base: DocumentGraph, other: DocumentGraph, ranked: Ranked) -> list[OrganPair]:
    """CORRESPONDS_TO, one to one, the best-scored pairs first."""
    lex = lexicon()
    votes = holder_votes(base, other, ranked)
    base_roles = Counter(_role(b) for b in base.organs)
    other_roles = Counter(_role(o) for o in other.organs)
    candidates: list[OrganPair] = []
    for o in other.organs:
        for b in base.organs:
            if o.kind != b.kind or o.collective != b.collective:
                continue
            level = _level_factor(base, other, b, o, lex)
            name = name_similarity(o, b, lex)
            if not level or (o.collective and not name):
                continue  # a set of bodies is what its name says it covers
            vote = votes.get((o.id, b.id), 0.0)
            unique = base_roles[_role(b)] == 1 and other_roles[_role(o)] == 1
            score = level * (lex.weights["name"] * name + vote + (lex.weights["unique_role"] if unique else 0.0))
            if score >= lex.thresholds["organ_pair"]:
                why = f"{o.kind} {o.level}→{b.level}; name {name:.2f}; duties {vote:.2f}"
                candidates.append(
                    OrganPair(o.id, b.id, round(score, 3), why + ("; sole body of its role" if unique else ""))
                )
    return _one_to_one(candidates)


def _one_to_one(candidates: list[OrganPair]) -> list[OrganPair]:
    used: set[str] = set()
    out: list[OrganPair] = []
    for pair in sorted(candidates, key=lambda p: (-p.score, p.other, p.base)):
        if pair.other not in used and pair.base not in used:
            used.update((pair.other, pair.base))
            out.append(pair)
    return sorted(out, key=lambda p: p.other)


# --- duties -------------------------------------------------------------------------------------


def classify_duties(
    base: DocumentGraph, other: DocumentGraph, space: Space, ranked: Ranked, organs: Sequence[OrganPair]
) -> list[DutyMatch]:
    """The class and counterparts of every duty of ``other``."""
    lex = lexicon()
    corresponds = {(p.other, p.base) for p in organs}
    collective = {o.id for g in (base, other) for o in g.organs if o.collective}
    claims = _claims(other, ranked)
    matches: list[DutyMatch] = []
    for duty in other.duties:
        own = [(s, b) for s, b in ranked[duty.id] if claims.get((duty.article_key, b.id), duty.id) == duty.id]
        best, closest = (own[0][0], own[0][1].id) if own else (0.0, None)
        if best < lex.thresholds["duty_match"]:
            matches.append(DutyMatch(duty.id, "new", (), round(best, 3), closest))
            continue
        floor = max(best * lex.thresholds["extra_counterpart"], lex.thresholds["duty_match"])
        chosen = [b for s, b in own if s >= floor]
        cls = _class(duty, chosen[0], corresponds, collective)
        if _partial(duty, other, chosen, space, lex):
            cls = "partial"
        matches.append(DutyMatch(duty.id, cls, tuple(b.id for b in chosen), round(best, 3), closest))
    return matches


def _claims(other: DocumentGraph, ranked: Ranked) -> dict[tuple[str, str], str]:
    """Within one article of ``other`` a base duty counts for its closest duty only: an article restates
    a base clause once, and a second clause there that merely echoes the words adds something."""
    best: dict[tuple[str, str], tuple[float, str]] = {}
    for duty in other.duties:
        for score, b in ranked[duty.id][:1]:
            key = (duty.article_key, b.id)
            if key not in best or score > best[key][0]:
                best[key] = (score, duty.id)
    return {key: duty_id for key, (_, duty_id) in best.items()}


def _class(duty: Duty, base: Duty, corresponds: set[tuple[str, str]], collective: set[str]) -> DutyClass:
    if any((o, b) in corresponds for o in duty.holders for b in base.holders):
        return "same"
    # A collective addressee (各级党委和政府) spans the levels: no shift can be read against it.
    if all(h in collective for h in duty.holders) or all(h in collective for h in base.holders):
        return "same"
    return "shifted"


def _partial(duty: Duty, other: DocumentGraph, chosen: Sequence[Duty], space: Space, lex: Lexicon) -> bool:
    """An enumeration (A、B、C) with one item plainly carried by the counterparts and most not at all.
    Organ names are cut first (党中央、国务院 is no enumeration); one-word items do not count."""
    text = unicodedata.normalize("NFKC", duty.text)
    for name in _longest_first_nfkc(organ_names(other)):
        text = text.replace(name, "|")
    items = [grams for part in text.split("、") if len(grams := bigrams(part, (), lex)) >= MIN_ITEM_BIGRAMS]
    if len(items) < 3:
        return False
    carried = {g for b in chosen for g in space.vectors[b.id]}
    coverage = [sum(1 for g in grams if g in carried) / len(grams) for grams in items]
    bare = sum(1 for c in coverage if c < lex.thresholds["partial_item"])
    return max(coverage) >= lex.thresholds["partial_carried"] and 2 * bare >= len(items)


def gaps(base: DocumentGraph, matches: Sequence[DutyMatch]) -> list[str]:
    """Base duties that no duty of ``other`` carries."""
    carried = {b for m in matches for b in m.base}
    return [d.id for d in base.duties if d.id not in carried]


# --- articles -----------------------------------------------------------------------------------


Support = dict[tuple[str, str], list[tuple[float, str]]]  # (other key, base key) -> (score, evidence)


def align_articles(
    base: DocumentGraph, other: DocumentGraph, space: Space, matches: Sequence[DutyMatch]
) -> list[ArticlePair]:
    """IMPLEMENTS between articles: from duty counterparts (enough evidence: ``article_link``) and
    from sentences without duties that read like a base sentence (``sentence_match``)."""
    lex = lexicon()
    support = _duty_support(base, other, space, matches)
    by_sentence = _sentence_support(base, other, space, support, lex)
    numbers = {a.key: a.number for a in other.articles}
    base_numbers = {a.key: a.number for a in base.articles}
    out: list[ArticlePair] = []
    for (o, b), items in support.items():
        confidence = _confidence([s for s, _ in items])
        if confidence >= lex.thresholds["article_link"] or (o, b) in by_sentence:
            evidence = tuple(e for _, e in sorted(items, reverse=True))
            out.append(ArticlePair(o, b, numbers[o], base_numbers[b], confidence, evidence))
    return sorted(out, key=lambda p: (p.other_number, p.other, -p.confidence, p.base_number))


def _duty_support(base: DocumentGraph, other: DocumentGraph, space: Space, matches: Sequence[DutyMatch]) -> Support:
    base_article = {d.id: d.article_key for d in base.duties}
    other_article = {d.id: d.article_key for d in other.duties}
    support: Support = defaultdict(list)
    for m in matches:
        # The closest counterpart speaks for the article; the others are listed on the duty only.
        for b in m.base[:1]:
            score = space.similarity(m.duty, b)
            support[(other_article[m.duty], base_article[b])].append(
                (score, f"{_tail(m.duty)}~{_tail(b)} {m.cls} {score:.2f}")
            )
    return support


def _sentence_support(
    base: DocumentGraph, other: DocumentGraph, space: Space, support: Support, lex: Lexicon
) -> set[tuple[str, str]]:
    """Add the best base sentence of each duty-less sentence of ``other``; return the pairs so found."""
    base_sentences = sentences(base, lex)
    found: set[tuple[str, str]] = set()
    for s in _sentences_without_duties(other, lex):
        score, t = max(
            ((space.similarity(s.key, t.key), t) for t in base_sentences), key=lambda st: st[0], default=(0.0, None)
        )
        if t is not None and score >= lex.thresholds["sentence_match"]:
            key = (s.article.key, t.article.key)
            support[key].append((score, f"「{s.text[:20]}」~「{t.text[:20]}」 {score:.2f}"))
            found.add(key)
    return found


def _sentences_without_duties(graph: DocumentGraph, lex: Lexicon) -> list[Sentence]:
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for d in graph.duties:
        spans[d.article_key].append((d.start, d.end))
    return [s for s in sentences(graph, lex) if not any(a < s.end and s.start < b for a, b in spans[s.article.key])]


def _confidence(scores: Sequence[float]) -> float:
    """Pieces of evidence taken as independent: 1 − Π(1 − s)."""
    rest = 1.0
    for s in scores:
        rest *= 1.0 - min(max(s, 0.0), 1.0)
    return round(1.0 - rest, 3)


def _tail(duty_id: str) -> str:
    return duty_id.rsplit("/", 1)[-1]


# --- documents ----------------------------------------------------------------------------------


def document_reference(base: DocumentGraph, other: DocumentGraph) -> DocumentReference | None:
    """The first 根据《…》 of ``other`` that cites the base's title (also as 〈title〉 inside a 通知)."""
    lex = lexicon()
    title = title_key(base.document.title or "", lex)
    if not title:
        return None
    for article in other.articles:
        for clause in lex.reference.finditer(article.text):
            for cited in re.finditer(r"《([^《》]+)》", clause.group(0)):
                inner = re.findall(r"〈([^〈〉]+)〉", cited.group(1))
                if title in {title_key(t, lex) for t in (cited.group(1), *inner)}:
                    at = clause.start() + cited.start()
                    start = article.start + at
                    return DocumentReference(
                        cited.group(1), article.key, cited.group(0), start, start + len(cited.group(0))
                    )
    return None


def title_key(title: str, lex: Lexicon | None = None) -> str:
    """A title as compared: NFKC, no white space or book-title marks, no 中华人民共和国 prefix."""
    lex = lex or lexicon()
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", title)).strip("《》〈〉<>")
    for prefix in lex.title_prefixes:
        key = key.removeprefix(prefix)
    return key


# --- the whole comparison -----------------------------------------------------------------------


def compare(base: DocumentGraph, other: DocumentGraph) -> Comparison:
    """Compare ``other`` (the implementing or later text) with ``base`` (the reference)."""
    space = build_space(base, other)
    ranked = rank_candidates(base, other, space)
    organs = correspond_organs(base, other, ranked)
    matches = classify_duties(base, other, space, ranked, organs)
    return Comparison(
        base=base.document.id,
        other=other.document.id,
        organs=tuple(organs),
        articles=tuple(align_articles(base, other, space, matches)),
        duties=tuple(matches),
        gaps=tuple(gaps(base, matches)),
        document=document_reference(base, other),
    )
