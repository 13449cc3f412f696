"""Entry points of the loader: a file or text in, a validated DocumentGraph out."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from graph.errors import InputError
from graph.model import LEVELS, Article, Chapter, DocumentGraph, DocumentMeta, Duty, Liability, Organ, Relation
from loaders.extract import RELATIVE_SETS, Extractor
from loaders.lexicon import alternation, lexicon_data, organ_lexicon, organ_words, triggers
from loaders.organs import Key, Mention, area_words, bare_body_field_leader, owned_offices, zone_body
from loaders.reading import TextView, decode_bytes, fold_width, read_document
from loaders.resolve import OrganTable, own_place_node, pair_leader_sets, state_class, township_half
from loaders.structure import ArticleSpan, ChapterSpan, Structure, parse_structure


def parse_file(path: Path, document_id: str | None = None) -> tuple[DocumentGraph, str]:
    """Read, decode and extract ``path``; return the graph and the decoded text its spans index."""
    text = read_document(path)
    graph = parse_text(text, document_id or path.stem, source=str(path.resolve()))
    return graph, text


def parse_bytes(data: bytes, document_id: str, source: str) -> tuple[DocumentGraph, str]:
    text = decode_bytes(data, source)
    return parse_text(text, document_id, source=source), text


def parse_text(text: str, document_id: str, source: str | None = None) -> DocumentGraph:
    """Extract one decoded document (newlines normalised, BOM dropped) into a validated graph."""
    view = TextView.of(text)
    body_start = _markdown_body_start(view.text)
    structure = parse_structure(view, body_start)
    if not structure.articles:
        raise InputError(source or document_id, "no provisions found (neither 第X条 articles nor 一、 sections)")
    meta = _document_meta(view, text, structure, document_id, source)
    table = OrganTable(document_id, meta.level, metropolis=meta.jurisdiction in _MUNICIPALITIES)
    extractor = Extractor(view, text, table, document_id, metropolis=table.metropolis, place=meta.jurisdiction or "")
    mentions = {a.key: extractor.mentions(a) for a in structure.articles}
    extractor.scope_relative_sets(mentions)
    for article in structure.articles:
        extractor.register(article, mentions[article.key])
    table.finalise()
    duties: list[Duty] = []
    relations: list[Relation] = []
    liabilities: list[Liability] = []
    counter: dict[str, int] = {}
    for article in structure.articles:
        facts = extractor.article_facts(article, mentions[article.key], counter)
        duties += facts.duties
        relations += facts.relations
        liabilities += facts.liabilities
    relations = [r for r in relations if r.implicit or _printed_trigger(r, text)]
    duties, relations = _with_listed_back_references(duties, relations, view.text, mentions, table)
    duties = _without_vague_staff_holders(duties, document_id)
    holder_ids = {h for d in duties for h in d.holders}
    organs = table.organs(set())
    relations = _field_leaders_assist_collective_heads(relations, organs)
    active = {o.id for o in _used_organs(organs, holder_ids, relations, liabilities)}
    central = _centrally_issued(meta.title or "", view.text[: structure.preamble_end])
    sources = frozenset(r.source for r in relations)
    relations += _part_of(table, organs, active, structure, mentions, duties, extractor, central, sources)
    relations = _reports_to_own_governments(relations)
    relations = _prefix_pair_roles(relations, organs, holder_ids, liabilities)
    relations = _without_pursued_role_bodies(relations, extractor.pursued_roles - holder_ids)
    articles = [_article(view, text, a, structure) for a in structure.articles]
    relations += _heads_assist_printed_secretaries(duties, organs, articles, text, relations)
    relations = _dedupe_relations(relations, document_id)
    graph = DocumentGraph(
        document=meta,
        chapters=[_chapter(view, text, c) for c in structure.chapters],
        articles=articles,
        organs=_used_organs(organs, holder_ids, relations, liabilities),
        duties=duties,
        relations=relations,
        liabilities=liabilities,
        warnings=structure.warnings,
    )
    return graph.validate_against(text)


_SENTENCE_MARKS = "。；;\n"


def _sentence_start(text: str, at: int) -> int:
    """The offset the sentence holding ``at`` opens at (after 。/；/a line break)."""
    return max(text.rfind(mark, 0, at) for mark in _SENTENCE_MARKS) + 1


def _sentence_end(text: str, at: int) -> int:
    """The offset of the mark closing the sentence holding ``at`` (the text's end if none)."""
    ends = [found for mark in _SENTENCE_MARKS if (found := text.find(mark, at)) >= 0]
    return min(ends, default=len(text))


def _previous_sentence_start(text: str, at: int) -> int:
    """The offset the sentence before the one holding ``at`` opens at (blank lines skipped)."""
    start = _sentence_start(text, at)
    while start > 0 and text[start - 1] in _SENTENCE_MARKS + " \u3000":
        start -= 1
    return _sentence_start(text, start)


def _last_printed_list(text: str, before: list[Mention]) -> list[Mention]:
    """The last run of two or more organs joined by list words (A、B和C, A会同B) among ``before`` (sorted), a
    等 summary closing the run (A、B等Y) left out: the bodies a 上述X points back to."""
    words = lexicon_data("organs.yaml")["listed_back_references"]
    runs: list[list[Mention]] = []
    summarised = False
    for mention in before:
        gap = text[runs[-1][-1].end : mention.start].strip() if runs else ""
        if runs and not summarised and gap in words["joiners"]:
            runs[-1].append(mention)
        elif runs and not summarised and gap in words["summary"]:
            summarised = True  # A、B等Y: Y names the items, it is none of them
        else:
            runs.append([mention])
            summarised = False
    lists = [run for run in runs if len(run) >= 2]
    return lists[-1] if lists else []


def _listed_referents(text: str, mention: Mention, mentions: list[Mention], table: OrganTable) -> list[str]:
    """上述部门 / 上述派出机构: the organs of the list printed just before it (in its own sentence or the one
    before), less any body its own sentence names after it (上述部门应当向A报送: A is the addressee)."""
    window = _previous_sentence_start(text, mention.start)
    before = sorted((m for m in mentions if window <= m.start and m.end <= mention.start), key=lambda m: m.start)
    closing = _sentence_end(text, mention.end)
    after = {table.organ_id(table.key_of(m)) for m in mentions if mention.end <= m.start < closing}
    listed = [table.organ_id(table.key_of(m)) for m in _last_printed_list(text, before)]
    return [organ for organ in dict.fromkeys(listed) if organ not in after]


def _back_reference_map(
    text: str, mentions: dict[str, list[Mention]], table: OrganTable
) -> dict[tuple[str, str], list[str]]:
    """(article key, organ id of a 上述X mention) -> the listed organs it points back to."""
    words = tuple(lexicon_data("organs.yaml")["listed_back_references"]["words"])
    found: dict[tuple[str, str], list[str]] = {}
    for article, article_mentions in mentions.items():
        for mention in article_mentions:
            if not mention.surface.startswith(words):
                continue
            referents = _listed_referents(text, mention, article_mentions, table)
            if referents:
                found[(article, table.organ_id(table.key_of(mention)))] = referents
    return found


def _with_listed_back_references(
    duties: list[Duty], relations: list[Relation], text: str, mentions: dict[str, list[Mention]], table: OrganTable
) -> tuple[list[Duty], list[Relation]]:
    """上述部门应当按月向A报送…: the duty and its edges are the listed bodies' own, one edge per body (dev
    sx-fenggong, gz-jiedao, hn-kuangshan: 3 of 3 annotate the listed bodies; none keeps a 上述 node)."""
    found = _back_reference_map(text, mentions, table)
    if not found:
        return duties, relations

    def resolved(article: str | None, organ: str) -> list[str]:
        return found.get((article, organ), [organ]) if article is not None else [organ]

    duties = [
        d.model_copy(
            update={"holders": list(dict.fromkeys(h for old in d.holders for h in resolved(d.article_key, old)))}
        )
        for d in duties
    ]
    fanned: list[Relation] = []
    for r in relations:
        for source in resolved(r.article_key, r.source):
            for target in resolved(r.article_key, r.target):
                fanned.append(r.model_copy(update={"source": source, "target": target}))
    return duties, fanned


def _without_vague_staff_holders(duties: list[Duty], document_id: str) -> list[Duty]:
    """有关人员应当配合 / X和有关人员应当…: a bare vague staff word (triggers.yaml vague_sanctioned_staff) names
    no one a duty binds; the dev annotations never make it an organ (qd-senlin, sd-cwh, fl-cwh, sd-jiufen,
    gw-tielu: no duty or the named body's alone), as for the sanctions. A staff word with its unit
    (事故现场有关人员) is a role of its own and stays. A duty left with no holder is none."""
    vague = {f"{document_id}/{word}" for word in triggers()["vague_sanctioned_staff"]}
    kept: list[Duty] = []
    for duty in duties:
        if not vague.intersection(duty.holders):
            kept.append(duty)
        elif holders := [h for h in duty.holders if h not in vague]:
            kept.append(duty.model_copy(update={"holders": holders}))
    return kept


def _markdown_body_start(view_text: str) -> int:
    marker = view_text.find("<!-- INFO END -->")
    return marker + len("<!-- INFO END -->") if marker >= 0 else 0


def _chapter(view: TextView, text: str, chapter: ChapterSpan) -> Chapter:
    start, end = view.span(chapter.start, chapter.end)
    return Chapter(
        seq=chapter.seq,
        number=chapter.number,
        title=chapter.title,
        part=chapter.part,
        section=chapter.section,
        start=start,
        end=end,
    )


def _article(view: TextView, text: str, article: ArticleSpan, structure: Structure) -> Article:
    start, end = view.span(article.start, article.end)
    chapter_number = next((c.number for c in structure.chapters if c.seq == article.chapter_seq), None)
    return Article(
        key=article.key,
        number=article.number,
        suffix=article.suffix,
        label=article.label,
        chapter=chapter_number,
        chapter_seq=article.chapter_seq,
        text=text[start:end],
        start=start,
        end=end,
    )


def _document_meta(
    view: TextView, text: str, structure: Structure, document_id: str, source: str | None
) -> DocumentMeta:
    preamble = view.text[: structure.preamble_end]
    first_articles = view.text[structure.preamble_end : structure.preamble_end + 1500]
    title = _title(preamble, first_articles)
    jurisdiction = _jurisdiction(title or "", preamble + first_articles, len(preamble))
    return DocumentMeta(
        id=document_id,
        title=title,
        jurisdiction=jurisdiction,
        level=_jurisdiction_level(jurisdiction),  # type: ignore[arg-type]
        issuer=_issuer(preamble),
        effective=_effective(view.text),
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        length=len(text),
        preamble_end=view.span(0, structure.preamble_end)[1] if structure.preamble_end else 0,
    )


def _title(preamble: str, opening: str) -> str | None:
    heading = re.search(r"^#\s*(.+)$", preamble, re.MULTILINE)
    if heading:
        return heading.group(1).strip()
    quoted = re.search(r"《([^》]{4,60})》", preamble)
    if quoted:
        return quoted.group(1)
    lines = [line.strip() for line in preamble.splitlines() if line.strip()]
    if lines and len(lines[0]) <= 60 and not lines[0].endswith("。"):
        return lines[0]
    kind = re.search(r"本(实施细则|实施办法|办法|细则|条例|规定|意见|规则|制度)", opening)
    subject = re.search(r"(?:落实|实施|推行|建立)([\u4e00-\u9fff]{2,12}?责任制)", opening)
    place = _place(opening)
    if kind and subject:
        return f"{place or ''}{subject.group(1)}{kind.group(1)}"
    return None


def _place(text: str) -> str | None:
    provinces = organ_lexicon().provinces
    counts = Counter(_province_pattern(provinces).findall(text))  # one pass, not one per province
    best = max(provinces, key=lambda p: counts[p])
    if counts[best] == 0:
        return None
    suffix = re.search(rf"{best}(省|自治区|市)", text)
    return best + (suffix.group(1) if suffix else "省")


@lru_cache(maxsize=4)
def _province_pattern(provinces: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in sorted(provinces, key=len, reverse=True)))


# X地区 is a prefecture of a region (阿克苏地区, 喀什地区): a short place name before it, so that a title on a kind of
# area (民用机场地区, 往来台湾地区) is no place; a level word before 长 is a post (粮食安全省长责任制), not a place
_PLACE_PREFIX = re.compile(
    r"^(?:中共)?([\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市|州|盟|县|旗)(?!长)|[\u4e00-\u9fff]{2,4}地区)"
)
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# The enacting or issuing body on a dated preamble line under the title (2020年6月 中共X市委办公厅…印发,
# 2019年1月8日 X市第N届人民代表大会…通过)
_ISSUING_PLACE = re.compile(
    r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*(?:中共)?([\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县|省|市|州|盟|县|旗))"
    r"(?:委办公厅|委员会办公厅|人民政府|第[一二三四五六七八九十]+届人民代表大会)",
    re.MULTILINE,
)


_CENTRAL_ENACTMENT = re.compile(
    r"国务院令|中华人民共和国主席令|全国人民代表大会(?:常务委员会)?第|国务院(?:批准|发布|公布)"
)


# The issuing line under a title (2023年4月 中共中央办公厅、国务院办公厅印发, 1986年12月26日 公安部、外交部发布)
# and what makes its issuer national: the Centre, the State Council, or ministries (…部, …委员会, …总局)
# naming no place (中共X市委组织部, X地区行政公署 are local)
_ISSUING_LINE = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?\s*([^\n]{2,60}?)(?:联合)?(?:印发|发布|公布)", re.MULTILINE)
_NATIONAL_ISSUER = re.compile(r"^(?:中共中央|国务院|全国人民代表大会|中华人民共和国)")
_MINISTRY = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}?(?:部|委员会|总局|署)、?)+$")
_LOCAL_WORD = re.compile(r"省|自治区|地区|地委|[市县州盟旗](?!场)")


def _centrally_issued(title: str, preamble: str) -> bool:
    """A text the State Council, the Centre or a ministry issues (国务院令, 国务院办公厅印发, a title opening
    with 国务院 or 中华人民共和国), not merely one whose place was not recognised (某市…, 阿克苏地区…)."""
    if title.startswith(("中华人民共和国", "国务院", "中共中央", "全国")) or _CENTRAL_ENACTMENT.search(preamble):
        return True
    issuers = [m.group(1).strip() for m in _ISSUING_LINE.finditer(preamble)]
    return any(_NATIONAL_ISSUER.match(i) or (_MINISTRY.match(i) and not _LOCAL_WORD.search(i)) for i in issuers)


def _jurisdiction(title: str, text: str, preamble_end: int = 0) -> str:
    """The place a document governs: the title's own place name (宁波市…条例 → 宁波市; a special
    zone's city, X经济特区…条例 → X市), else a province named in its opening, else 全国 for central texts."""
    zone = _special_zone().match(title)
    if zone:
        place = zone.group(1)
        return place + ("省" if place in organ_lexicon().provinces else "市")
    named = _PLACE_PREFIX.match(title)
    if named and named.group(1).endswith("地区") and not re.search(r"地委|行政公署|行署", text):
        named = None  # a 地区 is a prefecture only where its 地委 or 行政公署 is printed (not 民族地区…)
    if named and not title.startswith(("中华人民共和国", "国务院", "中共中央", "全国")):
        return named.group(1)
    titled = _place(title)
    if titled:
        return titled
    if _centrally_issued(title, text[:preamble_end]):
        # 国务院令第N号公布 / 国务院办公厅印发 / 全国人民代表大会常务委员会第N次会议通过 under a title naming no
        # place: a national text, however many provinces its articles go on to name (长江、黄河 regulations list them)
        return "全国"
    issuing = _ISSUING_PLACE.search(text, text.find("\n") + 1, preamble_end) if text.startswith("#") else None
    if issuing and not title.startswith(("中华人民共和国", "国务院", "中共中央", "全国")):
        # 关于…的实施意见 under 中共杭州市委办公厅、杭州市人民政府办公厅印发: a title naming no place is
        # the issuing body's place (a city's own 意见 is no provincial text for citing 省委's decisions)
        return issuing.group(1)
    place = None if re.search(r"中央|国务院", title) else _place(text)
    if place:
        return place
    if re.search(r"全省|省委|本省", text):
        return "省"
    return "全国"


@lru_cache(maxsize=1)
def _special_zone() -> re.Pattern[str]:
    """X经济特区 at a title's start: the place X (a city, or a province such as an island province)."""
    zones = "|".join(re.escape(z) for z in triggers()["special_zones"]) or "(?!)"
    return re.compile(rf"^([\u4e00-\u9fff]{{2,4}}?)(?:{zones})")


def _jurisdiction_level(jurisdiction: str) -> str:
    if jurisdiction == "全国":
        return "central"
    if jurisdiction in _MUNICIPALITIES or jurisdiction.endswith(("省", "自治区")):
        return "provincial"
    if any(jurisdiction.startswith(p) for p in organ_lexicon().provinces) and jurisdiction.endswith("省"):
        return "provincial"
    if jurisdiction.endswith(("市", "州", "盟", "自治州", "地区")):
        return "municipal"
    return "county"


def _issuer(preamble: str) -> str | None:
    match = re.search(
        r"((?:中共中央办公厅|国务院办公厅|中共中央|国务院)(?:、(?:中共中央办公厅|国务院办公厅|国务院))?)印发", preamble
    )
    return match.group(1) if match else None


def _effective(view_text: str) -> str | None:
    match = re.search(r"自(\d{4}年\d{1,2}月\d{1,2}日|印发之日|发布之日|公布之日)起施行", view_text)
    if not match:
        return None
    date = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", match.group(1))
    if date:
        return f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
    return match.group(0)


def _part_of(
    table: OrganTable,
    organs: list[Organ],
    active: set[str],
    structure: Structure,
    mentions: dict[str, list[Mention]],
    duties: list[Duty],
    extractor: Extractor,
    central: bool = False,
    relation_sources: frozenset[str] = frozenset(),
) -> list[Relation]:
    """Roles in their body, departments named inside a body; institutional membership implicit."""
    by_id = {o.id: o for o in organs}
    heads = _head_index(organs)
    first_duty: dict[str, tuple[str, int]] = {}
    for duty in duties:
        for holder in duty.holders:
            first_duty.setdefault(holder, (duty.article_key, duty.article))
    placed = _with_tied_duties(first_duty, _tied_duties(organs, duties, structure, extractor), structure)
    bare_forms = _bare_form_duties(organs, first_duty, _article_texts(structure, extractor))
    placed = _with_tied_duties(placed, bare_forms, structure)
    placed = _with_tied_duties(placed, _office_short_form_duties(organs, first_duty), structure)
    placed = _with_tied_duties(placed, _tied_mentions(organs, placed, structure, extractor), structure)
    housed_at = _with_tied_duties(placed, _housing_articles(table, extractor), structure)
    relations: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    set_up: list[tuple[Key, ArticleSpan, Mention]] = []
    sent: list[tuple[Key, ArticleSpan, Mention]] = []

    def add(
        source: str,
        target: str | None,
        implicit: bool,
        article: ArticleSpan,
        mention: Mention,
        at_mention: bool = False,
    ) -> None:
        """One PART_OF per (source, target), never to itself; placed at the source's first duty, or at
        the mention itself (``at_mention``)."""
        if target is None or target == source or (source, target) in seen:
            return
        seen.add((source, target))
        placed_by = {} if at_mention else housed_at if _named_owner(by_id, source, target) else placed
        relations.append(
            _part_of_relation(
                table, extractor, structure, mentions, placed_by, source, target, implicit, article, mention
            )
        )

    printed = _printed_organs(table, structure, mentions, extractor)
    # 街道党工委是区委的派出机关: the body an agency is defined by is printed as a body of its own there
    printed |= {table.organ_id(sender) for sender, _, _ in extractor.dispatchers.values()}
    tied = _government_printed_departments(table, structure, mentions, extractor, active | printed)
    committees = relation_sources | _party_printed_alone(table, structure, mentions, extractor)
    for key, article, mention in _first_mentions(table, structure, mentions, extractor, first_duty):
        source = table.organ_id(key)
        target, implicit = _body_of(table, key, by_id, heads, active, set(first_duty), committees)
        spanning = _spanning_role_body(table, key, mention, mentions[article.key], extractor, (by_id, heads, active))
        if spanning is not None:
            target, implicit = spanning, False
        if key in extractor.own_units and not _body_printed(mention):
            # 国家工作人员…的，由其所在单位…处分: the person sits in the unit it works in, not in a body
            # its name only implies (国家 is no 国务院 here)
            target, implicit = table.organ_id(extractor.own_units[key]), False
        if (target is None or implicit) and key in extractor.possessors:
            # 县级以上人民政府或者其防汛指挥机构: the possessive names the body (explicit); after a list of
            # governments (不设区的市、市辖区人民政府或者它的派出机关) each one
            owner, *others = extractor.possessors[key]
            target, implicit = table.organ_id(owner), False
            if source in active:
                for other in others:
                    add(source, table.organ_id(other), False, article, mention)
        if target is None and source in by_id:
            # 乡镇人民政府 printed alone where 乡镇人民政府、街道办事处 acts: one part of a joint body sits in it
            # (explicit, as a half of a 党委和政府 pair; the dev annotations in the documents printing both)
            target = _joint_of_part(by_id[source], by_id, active, extractor.view.text)
        if target is None and _government_print(table, key, mention):
            # 市、区X…监督本级人民政府有关部门, 市、区县人民政府及其有关部门: a department set first printed
            # inside a government's name sits in its level's government (name-literal, explicit), even
            # where the name it is known by (市有关部门) prints no government
            target, implicit = table.organ_id(("gov", key[1])), False
        if target is None and (area_body := _area_government_print(table, key, mention)) is not None:
            # 相邻的其他市、县人民政府及其公安、水利等主管部门: an area's department printed inside its
            # government's name sits in that area's government (name-literal, explicit; dev sq-gudao,
            # sq-yinshui annotate it so), though its name (其他市公安主管部门) prints no government
            target, implicit = table.organ_id(area_body), False
        if target is None and key in tied:
            # 市水行政主管部门… then 市、县人民政府及其水行政主管部门 / 市、区县人民政府水行政主管部门: a level's
            # department printed inside its government's name somewhere, not first, sits in that government
            # all the same (explicit, at its first duty; dev nb-hedao, kf-hehu, zb-hedao annotate the tie so)
            target, implicit = table.organ_id(("gov", key[1])), False
        if target is None and source in by_id:
            # 县级以上人民政府发展改革、财政…等部门: the set printed as the shared head of a department list
            target = _shared_head_set(by_id[source], by_id, active, extractor.view.text)
        if target is None and source in by_id and by_id[source].name in _member_sets():
            # 领导小组负责…，督促检查成员单位…: a bare member set sits in the body its sentence names
            # (explicit), else in the nearest one named before it in the article (member_groups)
            target, implicit = _member_group(table, extractor, mention, mentions[article.key], by_id), False
        staff = target is None and _enforcing_staff(mention) and source in active
        overseers = _staff_overseers(table, mention, mentions[article.key], extractor) if staff else []
        if overseers:
            # 湿地保护管理部门履行监督检查职责…。行政执法人员进行监督检查时…: staff who inspect with no body of
            # their own work for the departments the article names as the overseers (explicit)
            for body in overseers:
                add(source, body, False, article, mention)
            continue
        pointed = _pointed_bodies(table, mention, mentions[article.key], extractor)
        if pointed and source in active:
            # 追究该行政主管部门主要负责人: the role sits in each body the sentence's case names (explicit)
            for body in pointed:
                add(source, body, False, article, mention)
            continue
        if target is None and key in extractor.setters:
            set_up.append((key, article, mention))
            continue  # decided below, once every body some part sits in is known
        if target is None and key in extractor.senders:
            sent.append((key, article, mention))
            continue  # one edge to each unit that sends it, below
        if source in active or (target is not None and _composed_member(by_id.get(source), mention, extractor)):
            add(source, target, implicit, article, mention)
    # 村民代表会议由村民委员会成员和村民代表组成: a role the composition names, with no body of its own, sits in
    # the body it makes up (explicit, at its first duty; dev cq-cwh, fl-cwh, sd-cwh, sh-cunwei, 4 of 4)
    placed_sources = {source for source, _ in seen}
    for source, body, article, mention in _composed_roles(table, structure, mentions, extractor, by_id):
        if source in active and body in active and source not in placed_sources:
            add(source, body, False, article, mention)
    # X及其负责人: the role made for each listed body sits in it (explicit, as any role of a body)
    for key, (article, mention) in extractor.head_roles.items():
        source = table.organ_id(key)
        if source in active:
            add(source, _body_of(table, key, by_id, heads, active)[0], False, article, mention)
    # 街道办事处是区人民政府的派出机关: the definition places the agency in its body (explicit), besides
    # any joint body it is part of; at the definition where it holds a duty there (…的派出机关，在区人民
    # 政府领导下，依法履行下列职责), else at its first duty (本条例所称X，是…: a definition article)
    held = {(holder, duty.article) for duty in duties for holder in duty.holders}
    for key, (sender, article, mention) in extractor.dispatchers.items():
        source = table.organ_id(key)
        if source in active:
            add(source, table.organ_id(sender), False, article, mention, at_mention=(source, article.number) in held)
    # X选派Y: a role sent to work elsewhere (第一书记) sits in each unit that sends it (explicit), at
    # its first duty as any role
    for key, article, mention in sent:
        source = table.organ_id(key)
        for unit in extractor.senders[key] if source in active else ():
            add(source, table.organ_id(unit), False, article, mention)
    # 县级以上党委和政府建立健全生态环境保护委员会: the committee is X's own body (explicit), if it acts
    # or if a part of it (its 办公室) does. The edge stays where the body is first named, mostly the
    # sentence that sets it up and gives it its work (国务院设立…指挥部，…负责…).
    bodies = active | {r.target for r in relations}
    for key, article, mention in set_up:
        source = table.organ_id(key)
        at = extractor.set_up_at.get(key)
        at_set_up = at is not None and (source not in first_duty or first_duty[source][1] >= at[0].number)
        if at_set_up and at is not None:
            # 居民委员会可以分设若干居民小组: the edge stands where the body is set up, though it is named
            # before (每个居民小组推选代表: dev bj-jwh, hn-jwh, gw-fxzr place it so); a body with a duty before
            # that keeps the edge at its first duty (als-fanghuo; cq-cwh's 村民小组, set up in art. 22, at its
            # art.-14 duty, not at its first mention, art. 13)
            article, mention = at
        if source in bodies:
            setter = table.organ_id(extractor.setters[key])
            add(source, setter, False, article, mention, at_mention=at_set_up or source not in first_duty)
    relations += _housed_in(table, extractor, structure, mentions, (first_duty, housed_at), bodies, seen)
    relations = _without_coordinating_membership(relations, by_id)
    relations = _without_area_repeats(relations, by_id)
    relations = _without_unprinted_governments(relations, by_id, active | printed, central)
    relations = _without_principle_pairs(relations, by_id, extractor.decoded)
    relations = _without_levelled_twins(relations, by_id, extractor.view.text)
    relations = _without_committee_strangers(relations, by_id)
    relations = _in_named_body(relations, by_id, active)
    members = {o.id for o in organs if o.name.endswith(_member_sets())}
    relations = _without_relative_memberships(relations, _printed_relative_only(table, mentions, extractor) | members)
    text = extractor.view.text
    return [
        r for r in relations if _relative_named(by_id.get(r.source), text) == _relative_named(by_id.get(r.target), text)
    ]


def _printed_relative_only(table: OrganTable, mentions: dict[str, list[Mention]], extractor: Extractor) -> set[str]:
    """Organs the text names only through 本级/同级 (督促本级河湖长制成员单位, 本级有关部门, 同级公安机关): their
    level is the reader's, never printed."""
    relative: set[str] = set()
    plain: set[str] = set()
    for inside in mentions.values():
        head = extractor.head_body(inside)
        for mention in inside:
            (relative if mention.relative == "same" else plain).add(table.organ_id(table.key_of(mention, head)))
    return relative - plain


def _without_relative_memberships(relations: list[Relation], relative_only: set[str]) -> list[Relation]:
    """本级河长制成员单位, 本级有关部门, 同级党委组织部门 named only so: no institutional (implicit) PART_OF in
    a level's pair or government, whose level the text never prints for them (dev: 13 of 16 such edges in 11
    documents unannotated, 3 implicit; gx-hezhang, nm-hehu, nmg-hzz, xam-lzz, xj-hzz, xz-hhz, zb-hedao...).
    The explicit edges stay (本级人民政府有关部门 ⊂ 本级人民政府, name-literal). So for a body's member units
    (自治区林长制成员单位, 州河湖长制成员单位): departments of several kinds, no institutional member of the
    level's pair (dev: 9 of the 13 documents naming such a set annotate no such edge, 4 an implicit one)."""
    return [r for r in relations if not (r.type == "PART_OF" and r.implicit and r.source in relative_only)]


def _named_bodies(role: Organ, by_id: dict[str, Organ], active: set[str]) -> list[str]:
    """县级以上地方人民政府有关部门负责人, 国务院有关部门主要负责人, 河湖长制办公室负责人: a leader role whose
    printed name is an acting node's full name (or alias) and a leader word (organs.yaml
    body_leader_tails): the nodes named so by the longest such name; none where no acting node is named so."""
    tails = organ_words("body_leader_tails")
    found = [
        (len(body), organ.id)
        for organ in (by_id[i] for i in sorted(active) if i in by_id and i != role.id)
        for body in (organ.name, *organ.aliases)
        if len(body) >= 2 and role.name.startswith(body) and role.name[len(body) :].removeprefix("的") in tails
    ]
    longest = max((n for n, _ in found), default=0)
    return list(dict.fromkeys(i for n, i in found if n == longest))


def _in_named_body(relations: list[Relation], by_id: dict[str, Organ], active: set[str]) -> list[Relation]:
    """A leader role printed with its acting body's full name sits in that body (name-literal, explicit),
    not in a body its level or a set word reached. A role with several bodies (a sentence's case names
    them) and a half's role kept in its 党委和政府 pair (各级党委主要负责人 ⊂ 各级党委和政府) are left as read."""
    edges = Counter(r.source for r in relations if r.type == "PART_OF")
    out: list[Relation] = []
    for r in relations:
        role, target = by_id.get(r.source), by_id.get(r.target)
        single = r.type == "PART_OF" and edges[r.source] == 1
        if not single or role is None or target is None or role.kind != "individual_role":
            out.append(r)
            continue
        named = _named_bodies(role, by_id, active)
        body = named[0] if len(named) == 1 else None
        if body is None or r.target in named or target.kind == "party_and_government":
            out.append(r)
            continue
        out.append(r.model_copy(update={"target": body, "implicit": False, "confidence": 1.0}))
    return out


def _pointed_bodies(table: OrganTable, mention: Mention, inside: list[Mention], extractor: Extractor) -> list[str]:
    """X不履行职责…的，由Y追究该行政主管部门主要负责人的责任 / X未履行职责的，Y可以约谈相关人民政府负责人: a
    role whose body is pointed back to (该/相关 + a generic name) belongs to the bodies of that kind the
    sentence's opening case names (X), not to a body of the generic name (dev bj-hehu, ly-hequ, zj-dayunhe)."""
    body = mention.body
    if mention.cls != "role" or body is None or body.stem not in ("", "行政"):
        return []
    text, words = extractor.view.text, tuple(lexicon_data("organs.yaml").get("pointed_body_words", ()))
    if not any(body.collective == w or text.endswith(w, 0, body.start) for w in words):
        return []
    opened = max(text.rfind(stop, 0, mention.start) for stop in "。；;\n") + 1
    case_end = min((i for i in (text.find(c, opened, mention.start) for c in "，,") if i >= 0), default=opened)
    head = extractor.head_body(inside)
    cases = [m for m in inside if opened <= m.start < case_end and m.cls == body.cls and m.role is None]
    return list(dict.fromkeys(table.organ_id(table.key_of(m, head)) for m in cases))


def _enforcing_staff(mention: Mention) -> bool:
    """执法人员, 检查人员, 审计人员 printed bare (organs.yaml enforcing_staff_heads): no body, level or set word."""
    return (
        mention.cls == "role"
        and mention.head in organ_words("enforcing_staff_heads")
        and mention.body is None
        and mention.level is None
        and not mention.collective
        and not mention.relative
    )


def _staff_overseers(table: OrganTable, mention: Mention, inside: list[Mention], extractor: Extractor) -> list[str]:
    """The departments an article names before its staff act as the subject of a clause (检查人员进行现场
    检查时 / 审计机关和审计人员应当): the staff are those departments' own. Staff named as an object
    (配备执法人员, 阻挠执法人员, 对其执法人员开展培训) or after their own unit (街道办事处的执法人员) are not read."""
    text = extractor.view.text
    for staff in (m for m in inside if m.cls == "role" and m.head == mention.head and _enforcing_staff(m)):
        before = [m for m in inside if m.end <= staff.start]
        joint = bool(before) and before[-1].cls == "dept" and text[before[-1].end : staff.start] == "和"
        opening = before[-1].start if joint else staff.start
        if opening == 0 or text[opening - 1] in _CLAUSE_OPENERS:
            overseers = _overseeing_departments(table, before, inside, extractor)
            if overseers:
                return overseers
    return []


_CLAUSE_OPENERS = ",，。;；:：\n 　"


def _overseeing_departments(
    table: OrganTable, before: list[Mention], inside: list[Mention], extractor: Extractor
) -> list[str]:
    """The first state department an article names (among ``before``) and those joined to it (X和Y、Z):
    the overseers; none where a unit or a body comes first."""
    text, head = extractor.view.text, extractor.head_body(inside)
    organs = [m for m in before if m.cls != "role"]
    if not organs or organs[0].cls != "dept" or organs[0].kind == "enterprise_society":
        return []
    chain = [organs[0]]
    for mention in organs[1:]:
        if text[chain[-1].end : mention.start] not in ("和", "、") or mention.cls != "dept":
            break
        chain.append(mention)
    return list(dict.fromkeys(table.organ_id(table.key_of(m, head)) for m in chain))


# X及其Y / X或者其Y / X确定的Y / X设立的Y: the bare Y printed tied to its body X
_TIE = r"(?:及其|或者其|或其|确定的|设立的|设立[^，。；]{0,12}的)"


def _tied_duties(
    organs: list[Organ], duties: list[Duty], structure: Structure, extractor: Extractor
) -> dict[str, tuple[str, int]]:
    """县级以上地方人民政府确定的草原防火主管部门主管…: a bare Y (an organ of its own) printed tied to the
    body X holds a duty of the organ XY, so XY first holds a duty there (genre rule 8; the dev
    annotations place XY's PART_OF at that article, whichever surface the duty was read with)."""
    texts = _article_texts(structure, extractor)  # names as printed
    held: dict[str, list[tuple[str, int]]] = {}
    for duty in duties:
        for holder in duty.holders:
            held.setdefault(holder, []).append((duty.article_key, duty.article))
    by_name = {o.name: o.id for o in organs if o.id in held}
    tied: dict[str, tuple[str, int]] = {}
    for organ in organs:
        for name in (organ.name, *organ.aliases):
            for cut in range(1, len(name) - 3):
                bare = by_name.get(name[cut:])
                if bare is None or bare == organ.id or organ.id in tied:
                    continue
                # the plain X and Y gate the regex (no tie where either is not printed): most names have none
                printed = [at for at in held[bare] if name[:cut] in texts[at[0]] and name[cut:] in texts[at[0]]]
                if not printed:
                    continue
                tie = re.compile(re.escape(name[:cut]) + _TIE + re.escape(name[cut:]))
                tied_at = next((at for at in printed if tie.search(texts[at[0]])), None)
                if tied_at is not None:
                    tied[organ.id] = tied_at
    return tied


# X及其Y / X及其A、Y / X及其A和Y: a part printed after its body, alone or as the later one of a list of its parts
# (和 joins the list as 、 does: 地方各级人民政府及其统计机构和有关部门, dev gw-tongji; none against)
_MENTION_TIE = re.compile(r"及其(?:[^，。；、和（）()]{1,12}[、和]){0,3}")
_MENTION_TIE_LONGEST = 2 + 3 * 13


def _tied_mentions(
    organs: list[Organ], placed: dict[str, tuple[str, int]], structure: Structure, extractor: Extractor
) -> dict[str, tuple[str, int]]:
    """国务院有关部门及其负责人 (art. 19) … 约谈国务院有关部门负责人 (art. 30): an organ XY that holds no
    duty is first named where its body prints it as its own part (X及其Y, X及其A、Y), though its whole name
    is printed only later; its PART_OF stands there (genre rule 8, first mention; the dev annotations place
    it at the tie). Only where no form of its name is printed in an earlier article."""
    texts = _article_texts(structure, extractor)
    order = [a.key for a in structure.articles]
    numbers = {a.key: a.number for a in structure.articles}
    tied: dict[str, tuple[str, int]] = {}
    for organ in organs:
        if organ.id in placed:
            continue
        forms = (organ.name, *organ.aliases)
        for at, key in enumerate(order):
            text = texts[key]
            if any(_tie_prints(form, text) for form in forms):
                if any(any(form in texts[later] for form in forms) for later in order[at + 1 :]):
                    tied[organ.id] = (key, numbers[key])
                break
            if any(form in text for form in forms):
                break  # named whole first: the first mention stands
    return tied


# X设立Y / X设Y / X参照市级设立Y: the body sets up its own part, named by the rest of the part's name
_SET_UP_TIE = re.compile(r"[^，。；、和]{0,6}?设立?")
_SET_UP_TIE_LONGEST = 6 + 2


def _tie_prints(name: str, text: str) -> bool:
    """Whether ``text`` prints ``name`` split as X及其Y (or X及其A、Y) or as X设立Y, X a body of two characters
    or more."""
    return _part_tie_prints(name, text, "及其", (_MENTION_TIE, _MENTION_TIE_LONGEST)) or _part_tie_prints(
        name, text, "设", (_SET_UP_TIE, _SET_UP_TIE_LONGEST)
    )


def _part_tie_prints(name: str, text: str, gate: str, tie: tuple[re.Pattern[str], int]) -> bool:
    """Whether ``text`` prints ``name`` split as X + ``tie`` + Y (``gate`` a word every tie holds; ``tie`` the gap's
    pattern and its longest match)."""
    if gate not in text:  # cheap gate: asked for every organ and article, and most articles print no tie
        return False
    for cut in range(2, len(name) - 1):
        body, part = name[:cut], name[cut:]
        if body in text and part in text and _tied(body, part, text, tie):
            return True
    return False


def _tied(body: str, part: str, text: str, tie: tuple[re.Pattern[str], int]) -> bool:
    """Whether ``text`` prints ``body``, a gap the tie pattern matches whole, then ``part``. Checked at each print
    of the body rather than with a pattern per (body, part): those are too many for re's cache, and recompiling
    them cost a tenth of the parse time once the common 设 gated them."""
    pattern, longest = tie
    start = text.find(body)
    while start != -1:
        gap = start + len(body)
        for end in range(gap, min(len(text), gap + longest) + 1):
            if text.startswith(part, end) and pattern.fullmatch(text, gap, end):
                return True
        start = text.find(body, start + 1)
    return False


# where a clause opens: a body printed here is named on its own (not the tail of 党委和人民政府)
_CLAUSE_OPEN = r"(?:^|(?<=[\s，。；、：]))"


def _bare_form_duties(
    organs: list[Organ], first_duty: dict[str, tuple[str, int]], texts: dict[str, str]
) -> dict[str, tuple[str, int]]:
    """县级以上人民政府和有关部门…(art. 6) before 县级以上人民政府有关部门…(art. 7): a bare name (有关部门,
    分管负责人) read as an organ of its own, in an article that opens a clause with the body of its one
    fuller form (the only organ whose name ends with it) but never prints that fuller name, stands there
    for the fuller organ, if that one holds duties too: it first holds a duty there (genre rule 8; the
    dev annotations place its PART_OF at that earlier article; elsewhere the bare name is another organ).
    A body printed as the first of a level list (市、县（区）设立河长制办公室) names the office of each listed
    level, not the fuller one's alone (市河长制办公室): no tie there (dev lyi-yihe)."""
    tied: dict[str, tuple[str, int]] = {}
    for bare in organs:
        fuller = [o for o in organs if o.id != bare.id and o.name.endswith(bare.name)]
        if bare.id not in first_duty or len(fuller) != 1 or fuller[0].id not in first_duty:
            continue
        body, text = fuller[0].name.removesuffix(bare.name), texts[first_duty[bare.id][0]]
        # a bare level word before 和 opens a level list as before 、 (市和区、县禁毒委员会: dev sh-jindu)
        listed = "(?!、|和)" if body in organ_lexicon().level_of else "(?!、)"
        if re.search(_CLAUSE_OPEN + re.escape(body) + listed, text) and fuller[0].name not in text:
            tied[fuller[0].id] = first_duty[bare.id]
    return tied


def _office_short_forms() -> set[str]:
    """办公室, 领导小组办公室, 委员会办公室…: an office named only by its head words, no name of its own."""
    offices, owners = owned_offices()
    return {*offices, *(owner + office for owner in owners for office in offices)}


def _office_short_form_duties(
    organs: list[Organ], first_duty: dict[str, tuple[str, int]]
) -> dict[str, tuple[str, int]]:
    """领导小组办公室设在…，承担领导小组日常工作 (art. 8) before 地区X领导小组办公室 holds a duty (art. 37): an office
    read under its short form alone, where one office of the document ending in that form holds duties, is that
    office, which first holds a duty there (genre rule 8; dev aks-fangsha, wf-blh, xam-xczx, and nmg-jinmu,
    xz-xczx placed so already; none against)."""
    short_forms = _office_short_forms()
    tied: dict[str, tuple[str, int]] = {}
    for bare in organs:
        if bare.name not in short_forms or bare.id not in first_duty:
            continue
        fuller = [o for o in organs if o.id != bare.id and o.name.endswith(bare.name) and o.id in first_duty]
        if len(fuller) == 1:
            tied[fuller[0].id] = first_duty[bare.id]
    return tied


def _article_texts(structure: Structure, extractor: Extractor) -> dict[str, str]:
    """Each article's text as printed, by article key."""
    spans = {a.key: extractor.view.span(a.start, a.end) for a in structure.articles}
    return {key: extractor.decoded[start:end] for key, (start, end) in spans.items()}


def _with_tied_duties(
    first_duty: dict[str, tuple[str, int]], tied: dict[str, tuple[str, int]], structure: Structure
) -> dict[str, tuple[str, int]]:
    """The first duty of each organ, counting the duties its tied bare form holds (the earlier wins)."""
    order = {a.key: i for i, a in enumerate(structure.articles)}
    placed = dict(first_duty)
    for source, at in tied.items():
        if source not in placed or order[at[0]] < order[placed[source][0]]:
            placed[source] = at
    return placed


def _body_printed(mention: Mention) -> bool:
    """A member mention whose own text names its body (县林业局工作人员), not only a level word (国家工作人员)."""
    body = mention.body
    return bool(mention.stem) or (body is not None and body.end > body.start)


def _without_area_repeats(relations: list[Relation], by_id: dict[str, Organ]) -> list[Relation]:
    """沿海县级以上人民政府林业主管部门 ⊂ 沿海县级以上人民政府 where 县级以上人民政府林业主管部门 ⊂
    县级以上人民政府 is stated too: the coastal subset repeats the membership (the annotations record the
    area form as a name of the plain organ), so its edge goes."""
    areas = area_words()
    names = {(by_id[r.source].name, by_id[r.target].name) for r in relations if r.source in by_id and r.target in by_id}
    return [r for r in relations if _area_plain(r, by_id, areas) not in names]


def _area_plain(relation: Relation, by_id: dict[str, Organ], areas: tuple[str, ...]) -> tuple[str, str] | None:
    """The (source, target) names with the area word both open with taken off, else None."""
    source, target = by_id.get(relation.source), by_id.get(relation.target)
    if source is None or target is None:
        return None
    area = next((a for a in areas if source.name.startswith(a) and target.name.startswith(a)), None)
    return (source.name.removeprefix(area), target.name.removeprefix(area)) if area else None


def _printed_organs(
    table: OrganTable, structure: Structure, mentions: dict[str, list[Mention]], extractor: Extractor
) -> set[str]:
    """The organs some mention of the text names on its own (not only inside a longer name), other than
    as the author of a rule (按照国务院规定的职责: the rule is cited, the body is not a node)."""
    text, authored = extractor.view.text, tuple(triggers()["rule_author_after"])
    printed: set[str] = set()
    for article in structure.articles:
        head = extractor.head_body(mentions[article.key])
        found = mentions[article.key]
        printed.update(table.organ_id(table.key_of(m, head)) for m in found if not text.startswith(authored, m.end))
    return printed


def _party_printed_alone(
    table: OrganTable, structure: Structure, mentions: dict[str, list[Mention]], extractor: Extractor
) -> frozenset[str]:
    """The party committees the text prints on their own as a body (在社区（村）党组织领导下, 接受街道党工委和
    街道办事处的…, 向市委述职): a mention of no relative word (本级党委 is whichever the reader's level is)
    followed by punctuation, a conjunction or the committee's verb (organs.yaml party_own_print_followers),
    not by more of a longer name (区委各工作部门, 县委农村工作会议, 盟委分管领导). No committee's name quotes a
    word: a surface that does (村“两委”建强村党组织) is a phrase read across a pair's short name, no print of it."""
    text, followers = extractor.view.text, organ_words("party_own_print_followers")
    found: set[str] = set()
    for article in structure.articles:
        head = extractor.head_body(mentions[article.key])
        for m in mentions[article.key]:
            key = table.key_of(m, head)
            quoted = "“" in m.surface or '"' in m.surface
            if key[:1] == ("party",) and m.relative is None and not quoted and text.startswith(followers, m.end):
                found.add(table.organ_id(key))
    return frozenset(found)


def _without_unprinted_governments(
    relations: list[Relation], by_id: dict[str, Organ], known: set[str], central: bool = False
) -> list[Relation]:
    """国务院 in 国务院林业主管部门 where 国务院 is never printed on its own and neither bears a duty nor
    ends a relation: a government read only out of its departments' names is no node of the document,
    so they sit in no body (genre rule 8; a government printed alone keeps the edge, as its duties may
    just be missed)."""
    return [
        r
        for r in relations
        if not (_body_part(by_id.get(r.source)) and _unprinted_government(by_id.get(r.target), known, central))
    ]


def _without_principle_pairs(relations: list[Relation], by_id: dict[str, Organ], text: str) -> list[Relation]:
    """地方各级党委和政府对本地区X工作负领导责任 printed once, as the 党政同责 principle: a spanning
    government (地方各级人民政府) printed on its own does not sit in a pair the text names only there
    (dev: no PART_OF in 6 of the 7 documents printing such a pair once; a pair printed again, as the
    body the text addresses, keeps its government: gw-shengtai, gx-xczx)."""
    return [r for r in relations if not _principle_pair_part(by_id.get(r.source), by_id.get(r.target), text)]


def _principle_pair_part(part: Organ | None, pair: Organ | None, text: str) -> bool:
    """A spanning government in a spanning 党委和政府 pair whose name is printed once only."""
    if part is None or pair is None or part.kind != "government" or pair.kind != "party_and_government":
        return False
    return part.collective and pair.collective and text.count(pair.name) == 1


def _body_part(organ: Organ | None) -> bool:
    """A department or office, not a person: 各级党委和政府主要负责人 still sits in the pair its name prints
    (a leader's post is the body's own, acting or not)."""
    return organ is not None and organ.kind != "individual_role"


def _unprinted_government(organ: Organ | None, known: set[str], central: bool = False) -> bool:
    """A central government (国务院) that bears no duty, ends no relation and is never printed alone
    (``known`` holds those that do or are). Local texts differ: 市、县人民政府救援队伍 or 县级以上人民政府X部门
    keep their government even where it never acts (sd-dongpinghu gold), so only the centre is dropped,
    besides a party committee and a government printed with no level word (below)."""
    if organ is None or organ.id in known:
        return False
    # a text the State Council or the Centre issues sets duties for local bodies by kind: its
    # 县级以上地方人民政府X部门 names a department, and the government it prints inside is no node of its
    # own there (dev gw- regulations annotate the department alone); local texts keep theirs (above)
    centre = organ.level == "central" or central
    return (organ.kind in ("government", "party_and_government") and centre) or _name_only_body(organ)


def _name_only_body(organ: Organ) -> bool:
    """县级党委组织部门 where no 县级党委 acts, 政府有关部门 where no bare 政府 does: a party committee, or a
    government named by its bare head (政府, 人民政府), read only out of its departments' names is no node
    of the document (dev gz-/nx-/qh-fupin, yn-xczx, cq-jdbsc, bj-hanyang, jh-shuihuan annotate none)."""
    head = organ_lexicon().heads.get(organ.name)
    return organ.kind == "party" or (organ.kind == "government" and head is not None and head.cls == "gov")


def _without_coordinating_membership(relations: list[Relation], by_id: dict[str, Organ]) -> list[Relation]:
    """市食品安全委员会 with its 办公室 and 成员单位: a coordinating committee sits in no level pair by
    institutional membership (implicit), as a leading group does not; its name-literal and set-up edges stay."""
    parts = organ_words("coordinating_parts")
    names: set[str] = set()
    for r in relations:
        source, target = by_id.get(r.source), by_id.get(r.target)
        if r.implicit or source is None or target is None or target.kind != "agency":
            continue
        if any(n.endswith(parts) for n in (source.name, *source.aliases)):
            names.update((target.name, *target.aliases))
    if not names:
        return relations
    return [
        r
        for r in relations
        if not (r.implicit and _named_in(by_id.get(r.source), names) and _pair(by_id.get(r.target)))
    ]


def _named_in(organ: Organ | None, names: set[str]) -> bool:
    return organ is not None and organ.name in names


def _pair(organ: Organ | None) -> bool:
    return organ is not None and organ.kind in ("party_and_government", "government", "party")


_COMPOSITION_CLOSE = re.compile(r"[^,，。;；:：]{0,60}?组成")


def _composed_roles(
    table: OrganTable,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    extractor: Extractor,
    by_id: dict[str, Organ],
) -> list[tuple[str, str, ArticleSpan, Mention]]:
    """Y由A和B组成: (A, Y, article, A's mention) for each member A that is a role (individual_role) named
    in the one piece between 由 and 组成, Y the body printed right before 由."""
    text = extractor.view.text
    found: list[tuple[str, str, ArticleSpan, Mention]] = []
    for article in structure.articles:
        inside = mentions[article.key]
        head = extractor.head_body(inside)
        for body in inside:
            if not text.startswith("由", body.end):
                continue
            close = _COMPOSITION_CLOSE.match(text, body.end + 1)
            if close is None:
                continue
            body_id = table.organ_id(table.key_of(body, head))
            for member in inside:
                if member.start <= body.end or member.end > close.end() - 2:
                    continue
                source = table.organ_id(table.key_of(member, head))
                organ = by_id.get(source)
                if organ is not None and organ.kind == "individual_role" and source != body_id:
                    found.append((source, body_id, article, member))
    return found


def _composed_member(organ: Organ | None, mention: Mention, extractor: Extractor) -> bool:
    """建立X联席会议制度，…等部门为成员单位: the member set a composition clause names is a node of the
    document, in the body it makes up, even where it bears no duty (dev: 17 of the 20 documents printing
    …为成员单位 annotate the set so, explicit, at that first mention)."""
    printed_as = extractor.view.text[mention.start - 1 : mention.start] == "为"
    return organ is not None and printed_as and organ.name.endswith(_member_sets())


@lru_cache(maxsize=1)
def _member_sets() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml").get("composed_members", {}).get("members", ()))


def _member_group(
    table: OrganTable,
    extractor: Extractor,
    member: Mention,
    mentions: list[Mention],
    by_id: dict[str, Organ],
) -> str | None:
    """The coordinating body a bare member set (成员单位) belongs to: the one named in the member's own
    sentence (the nearest before it, else the first after it), else the nearest named before it in the
    article; never one of another article (several groups of one name, one per level, may be printed), nor
    one named relatively (上级/下级)."""
    text, heads = extractor.view.text, tuple(organ_words("member_groups"))
    head = extractor.head_body(mentions)
    start = max(text.rfind(stop, 0, member.start) for stop in "。\n") + 1
    ends = [e for e in (text.find(stop, member.end) for stop in "。\n") if e != -1]
    end = min(ends) if ends else len(text)
    groups = []
    for mention in mentions:
        organ = by_id.get(table.organ_id(table.key_of(mention, head)))
        # (下级防汛抗旱指挥机构 beside the members is an object of the same verb, never their body)
        relative = mention.relative in ("up", "down")
        if organ is not None and organ.name.endswith(heads) and mention is not member and not relative:
            groups.append((mention, organ.id))
    before = [(m, g) for m, g in groups if m.end <= member.start]
    after = [(m, g) for m, g in groups if member.end <= m.start < end]
    if before and before[-1][0].start >= start:
        found = before[-1]  # named before it in its sentence
    elif after:
        found = after[0]  # named after it in its sentence (成员单位…向领导小组报告)
    elif before:
        found = before[-1]
    else:
        return None
    # 省人民政府设立扶贫开发领导小组，…为成员单位。省扶贫开发领导小组…。市、县人民政府设立相应的扶贫开发领导小组:
    # where the article prints the body with a level of its own beside another of that name, the members are
    # each level's, not the one level's the sentence names
    printed = found[0].stem + found[0].head
    levelled = {g for m, g in groups if m.stem + m.head == printed and m.level and not m.collective}
    return found[1] if not levelled - {found[1]} else None


def _coordinating_owner(name: str, by_id: dict[str, Organ], active: set[str] | None) -> str | None:
    """县级以上人民政府乡村振兴工作领导小组办公室 ⊂ the leading group it names (name-literal), where that group
    acts: the office of a collective body is its part, not a department of the government its name opens with."""
    parts = [p for p in organ_words("coordinating_parts") if name.endswith(p)]
    owners = [o.id for o in by_id.values() for p in parts if o.name == name.removesuffix(p) and _acting(o, active)]
    return owners[0] if owners else None


def _possessing_department(name: str, by_id: dict[str, Organ]) -> str | None:
    """县级以上人民政府劳动行政主管部门的矿山安全监督机构: an agency printed after a department's full name and
    a possessive link sits in that department (name-literal, explicit), not in the government the department's
    name opens with (dev: 12 of the 13 such names annotate the department, one joint owner none)."""
    owners = [
        o
        for o in by_id.values()
        if o.kind not in ("government", "party", "party_and_government")
        and any(name.startswith(o.name + link) for link in organ_words("possessive_links"))
    ]
    return max(owners, key=lambda o: len(o.name)).id if owners else None


def _housing_articles(table: OrganTable, extractor: Extractor) -> dict[str, tuple[str, int]]:
    """X办公室设在Y，承担X的日常工作: the housing sentence is the office's own duty, even where that
    duty is not read as one, so its edges to its owner and its housing department may go there (the
    earlier of it and its first duty; dev nmg-jinmu, sh-fxzr, xam-xczx)."""
    return {table.organ_id(key): (places[0][1].key, places[0][1].number) for key, places in extractor.housed.items()}


def _named_owner(by_id: dict[str, Organ], source: str, target: str) -> bool:
    """X办公室 ⊂ X: the body an office's name opens with (its owner), not the level pair it also sits in,
    whose edge stays at the office's first duty (河湖长制办公室 ⊂ 县党委和政府; dev als-hhz, bz-hhz, yl-hhz)."""
    office, owner = by_id.get(source), by_id.get(target)
    if office is None or owner is None or _pair(owner):
        return False
    return any(n.startswith(o) for n in (office.name, *office.aliases) for o in (owner.name, *owner.aliases))


def _housed_in(
    table: OrganTable,
    extractor: Extractor,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    duties_at: tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]],
    bodies: set[str],
    seen: set[tuple[str, str]],
) -> list[Relation]:
    """市安委会办公室设在市应急管理局: the office is housed in the department, an institutional
    membership (implicit PART_OF), besides its explicit edge to the committee it serves. The edge
    goes at the office's first duty; where none is found by the housing statement (whose own
    承担…日常工作 usually is one), that duty was missed and the edge's article is unknown: none."""
    first_duty, placed_at = duties_at
    relations: list[Relation] = []
    for key, places in extractor.housed.items():
        source = table.organ_id(key)
        if source not in first_duty:
            continue
        for housing, article, mention in places:
            target = table.organ_id(housing)
            placed = first_duty[source][1] <= article.number
            if placed and source in bodies and target != source and (source, target) not in seen:
                seen.add((source, target))
                relations.append(
                    _part_of_relation(
                        table, extractor, structure, mentions, placed_at, source, target, True, article, mention
                    )
                )
    return relations


def _reports_to_own_governments(relations: list[Relation]) -> list[Relation]:
    """不设区的市、市辖区人民政府的有关部门…，应当经不设区的市、市辖区人民政府或者它的派出机关同意: where the
    departments of several listed governments report in one clause to those governments, each reports to its
    own (the body it is PART_OF), not to another listed one (dev fl-jwh, both annotations, and hn-jwh pair
    them level by level). Other targets of the clause (它的派出机关) stay."""
    body = {r.source: r.target for r in relations if r.type == "PART_OF"}
    clauses: dict[tuple[int | None, int], list[Relation]] = {}
    for r in relations:
        if r.type == "REPORTS_TO" and r.source in body:
            clauses.setdefault((r.article, r.start), []).append(r)
    dropped: set[int] = set()
    for edges in clauses.values():
        owners = {body[r.source] for r in edges}
        targets = {r.target for r in edges}
        if len(owners) < 2 or not owners <= targets:
            continue
        dropped |= {id(r) for r in edges if r.target in owners and r.target != body[r.source]}
    return [r for r in relations if id(r) not in dropped]


def _without_committee_strangers(relations: list[Relation], by_id: dict[str, Organ]) -> list[Relation]:
    """社区党组织领导社区居民委员会 / 居民会议 / 村民委员会 beside 社区居民委员会: a party organisation, an
    assembly or the other self-governing committee is no part of a residents' or villagers' committee printed
    alone (organs.yaml committee_strangers); its members, posts, groups and set-up bodies stay in it."""
    committees, strangers = organ_words("self_government_committees"), organ_words("committee_strangers")

    def stranger(r: Relation) -> bool:
        part, body = by_id.get(r.source), by_id.get(r.target)
        if r.type != "PART_OF" or part is None or body is None:
            return False
        # a committee standing for the level itself (aliases 社区（村）, 社区"两委", 嘎查村（社区）) keeps its parts
        names = (body.name, *body.aliases)
        single = all(n.endswith(committees) and not any(c in n for c in "、和及") for n in names)
        return single and (part.kind == "party" or part.name.endswith(strangers))

    return [r for r in relations if not stranger(r)]


def _without_levelled_twins(relations: list[Relation], by_id: dict[str, Organ], text: str) -> list[Relation]:
    """各级人民政府及其林业主管部门 where the document names 县级以上人民政府林业主管部门: the department read
    through 其 is the spanning one the document names with its own level words, not a part of the 各级
    collective, so it sits in no 各级 body (dev annotations of this shape: gd-forestfire, gw-ducha, gw-health,
    gw-tongji, gw-zrzydc annotate no such edge, none does). A department set (有关部门) keeps its edge
    (各级人民政府有关部门 ⊂ 各级人民政府 in most documents), as does one printed under its 各级 name; one whose
    department the document names only level by level (市X, 区、县X) is left as read (dev split: sh-sqwh keeps
    the edge, cq-senfang does not)."""
    return [r for r in relations if not (r.type == "PART_OF" and _levelled_twin(by_id, r.source, r.target, text))]


def _levelled_twin(by_id: dict[str, Organ], source: str, target: str, text: str) -> bool:
    """The source is a 各级 body's named department, never printed under that name, whose department another
    organ of the document names with a spanning level set of its own (县级以上, 设区的市级以上)."""
    part, body = by_id.get(source), by_id.get(target)
    if part is None or body is None or not body.collective or _EVERY_LEVEL not in body.name:
        return False
    if not part.name.startswith(body.name) or part.name in text:
        return False
    department = part.name[len(body.name) :]
    heads = organ_words("government_department_heads")
    if department in heads or not department.endswith(heads):
        return False
    if any(word in department for word in organ_lexicon().unnamed_sets):
        return False
    spans = _spanning_level_words()
    names = (o.name.replace("（", "(").replace("）", ")") for o in by_id.values() if o.id != source)
    own = department.replace("（", "(").replace("）", ")")
    return any(name.endswith(own) and name.startswith(spans) for name in names)


@lru_cache(maxsize=1)
def _spanning_level_words() -> tuple[str, ...]:
    """县级以上, 设区的市级以上…: the collective prefixes naming a span of levels from a given one up (not
    各级, 地方各级, nor a set word such as 有关)."""
    lexicon = organ_lexicon()
    return tuple(
        p
        for p in lexicon.collectives
        if p not in lexicon.unnamed_sets and not p.removeprefix("地方").startswith(_EVERY_LEVEL)
    )


def _relative_named(organ: Organ | None, text: str = "") -> bool:
    """上级机关, 下级党委和政府: an organ printed only with 上级/下级 words is a body one level from
    whoever acts (genre rule 4), so it sits in no body the text names in full and none sits in it
    (下级人民政府所属部门 ⊂ 下级人民政府 stays: both ends are relative). So is a node level arithmetic named
    for such a print when its own name is never printed: 对考核不合格的地、县，由上一级河湖长制办公室通报 gives
    the 地 office, printed only as 上一级/同级河湖长制办公室 (dev xj-hzz, bj-aqzr's 下级政府主要负责人: no
    PART_OF in the level's government or pair)."""
    if organ is None:
        return False
    words = _relative_words()
    names = organ.aliases or [organ.name]
    if organ.name.startswith(words) or all(name.startswith(words) for name in names):
        return True
    every = tuple(organ_lexicon().relative)
    return (
        bool(text)
        and organ.name not in text
        and all(name.startswith(every) for name in names)
        and any(name.startswith(words) for name in names)
    )


@lru_cache(maxsize=1)
def _relative_words() -> tuple[str, ...]:
    """上一级/上级/下一级/下级 (not 本级/同级, which name the organ's own level)."""
    return tuple(word for word, step in organ_lexicon().relative.items() if step != "same")


def _spanning_role_body(
    table: OrganTable,
    key: Key,
    mention: Mention,
    found: list[Mention],
    extractor: Extractor,
    context: tuple[dict[str, Organ], HeadIndex, set[str]],
) -> str | None:
    """各级党委和政府…。党委和政府主要负责人…，领导班子其他成员…: a role printed with no level word
    after a spanning collective (or that collective's own role) of the same sentence group is the role
    of that collective, not of the document's own pair, which the bare words resolve to by default."""
    if key[:1] != ("role",) or key[1] not in ("pg", "gov", "party") or mention.level_word:
        return None
    if mention.body is not None and not mention.body.bare:
        return None
    by_id, heads, active = context
    head = extractor.head_body(found)
    for earlier in reversed([m for m in found if m.end <= mention.start]):
        other = table.key_of(earlier, head)
        if other[:1] != ("coll",) or other[2] not in ("pg", "gov", "party", "role"):
            continue
        body = table.organ_id(other) if other[2] != "role" else _body_of(table, other, by_id, heads, active)[0]
        organ = by_id.get(body or "")
        if organ is not None and organ.collective and organ.id in active and _same_class(key[1], organ.kind):
            return organ.id
        return None
    return None


def _same_class(cls: str, kind: str | None) -> bool:
    """A role of a 党委和政府 pair belongs to a pair; a bare role (领导班子其他成员) to any level body."""
    return cls != "pg" or kind == "party_and_government"


def _first_mentions(
    table: OrganTable,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    extractor: Extractor,
    first_duty: dict[str, tuple[str, int]],
) -> list[tuple[Key, ArticleSpan, Mention]]:
    """Each organ once (one PART_OF per source: its body does not depend on where it is named), at its
    first mention. For an organ with no duty that mention places the edge (genre rule 8), and a
    上一级/下级 reference to it counts only where its name is never printed: the reference is level
    arithmetic (implicit), not a mention of the organ by name."""
    firsts: dict[Key, tuple[Key, ArticleSpan, Mention]] = {}
    referred: dict[Key, tuple[Key, ArticleSpan, Mention]] = {}
    for article in structure.articles:
        head = extractor.head_body(mentions[article.key])
        for mention in mentions[article.key]:
            key = table.key_of(mention, head)
            if key in firsts:
                continue
            if mention.relative in ("up", "down") and table.organ_id(key) not in first_duty:
                referred.setdefault(key, (key, article, mention))
                continue
            firsts[key] = (key, article, mention)
    order = {id(a): i for i, a in enumerate(structure.articles)}
    firsts.update(_unmentioned_copies(table, structure, mentions, firsts, extractor.relative_prints))
    named = {table.organ_id(k) for k in firsts}
    found = list(firsts.values()) + [v for k, v in referred.items() if table.organ_id(k) not in named]
    return sorted(found, key=lambda item: order[id(item[1])])


def _unmentioned_copies(
    table: OrganTable,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    found: dict[Key, tuple[Key, ArticleSpan, Mention]],
    relative_prints: dict[Key, int],
) -> dict[Key, tuple[Key, ArticleSpan, Mention]]:
    """市、县人民政府向本级人民代表大会或者其常务委员会报告: the copy of a 本级/同级 name made for each
    level of its source has no mention of its own; it is first named by the mention printed where it
    was registered (its body is then found from its own name, 市人民代表大会常务委员会 ⊂ 市人民代表大会).
    A department set is first named by its earliest relative print (市、区X…监督本级人民政府有关部门
    before 市有关部门 is printed: the dev annotations place its PART_OF there)."""
    copies: dict[Key, tuple[Key, ArticleSpan, Mention]] = {}
    named = {table.organ_id(k) for k in found}
    for key, entry in table.entries.items():
        first = entry.first
        if _department_set(table, key) and key[:1] == ("dept",):
            first = min(first, relative_prints.get(key, first))
        if key in found and found[key][2].start <= first:
            continue
        if table.key_of_key(key) != key or (key not in found and table.organ_id(key) in named):
            continue
        article = next((a for a in structure.articles if a.start <= first < a.end), None)
        at = [m for m in mentions[article.key] if m.start <= first < m.end] if article else []
        if (
            article is not None
            and at
            and (
                _level_copy(table, key, table.key_of(at[0]))
                or _relative_copy(key, at[0])
                or _spanning_role_copy(key, at[0])
            )
        ):
            copies[key] = _earliest_print(structure, mentions, relative_prints, key, (article, at[0]))
    return copies


def _earliest_print(
    structure: Structure,
    mentions: dict[str, list[Mention]],
    relative_prints: dict[Key, int],
    key: Key,
    found: tuple[ArticleSpan, Mention],
) -> tuple[Key, ArticleSpan, Mention]:
    """教育督导的对象是本级人民政府的有关部门 … 督导机构对本级人民政府的有关部门进行督导: the spanning set
    made from a relative print (县级以上人民政府有关部门) is first named where that surface is first
    printed, though the earlier print has no source to see it from (the annotations place its PART_OF there);
    where a print another source resolved to another set (县级以上地方人民政府有关部门), a print with no
    source is no more this set's than that one's: the print it was resolved from."""
    article, printed = found
    if printed.relative != "same" or key[1] in RELATIVE_SETS:
        return key, article, printed
    taken = {start for other, start in relative_prints.items() if other != key}
    prints = [(each, m) for each in structure.articles for m in mentions[each.key] if m.surface == printed.surface]
    if any(m.start in taken for _, m in prints) or not prints:
        return key, article, printed
    return key, *prints[0]


def _area_government_print(table: OrganTable, key: Key, mention: Mention) -> Key | None:
    """The area government (其他市人民政府) of an area's department printed inside a government's name
    (其他市、县人民政府及其公安等主管部门: the area word is the department's, its printed body the plain
    level's), where that area government is an organ of its own."""
    body = mention.body
    if key[:1] != ("coll",) or not mention.area or mention.cls != "dept" or body is None or body.cls != "gov":
        return None
    if body.relative is not None or body.area:
        return None
    area_key = table.key_of(replace(body, area=mention.area))
    return area_key if area_key != key and area_key in table.entries else None


def _level_copy(table: OrganTable, key: Key, printed: Key) -> bool:
    """A congress body or a department set (dept, level, core) made from the one printed for another
    level (本级人民代表大会或者其常务委员会, 本级人民政府有关部门 after 市、县人民政府), or a department
    set made for each level from a bare print (市、县人民政府…对其有关部门…考核): the dev annotations
    keep one set per level, first named there (8 documents). Other departments' copies are left as
    they are: where a copy of theirs is first registered is no reliable placing."""
    if key[:1] != ("dept",) or not (key[-1] in organ_words("congress_bodies") or _department_set(table, key)):
        return False
    if printed[:1] == ("dept",) and printed[2:] == key[2:]:
        return key[1] != printed[1]
    return _department_set(table, key) and table.name(printed) == key[-1]


def _government_print(table: OrganTable, key: Key, mention: Mention) -> bool:
    """A department set of one level (dept, level, 有关部门) first printed inside a government's name:
    本级人民政府有关部门, or the 市 half of 市、区县人民政府及其有关部门."""
    printed = mention.body is not None and mention.body.cls == "gov" and mention.relative in (None, "same")
    leveled = key[:1] == ("dept",) and key[1] in LEVELS  # (上级/下级…及其有关部门 is level arithmetic)
    return printed and leveled and _department_set(table, key) and ("gov", key[1]) in table.entries


def _government_printed_departments(
    table: OrganTable,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    extractor: Extractor,
    known: set[str],
) -> set[Key]:
    """The level departments (dept, level, X) some mention prints inside their own level's government's
    name (市人民政府X部门, or X of 市、县人民政府及其X), wherever that mention is, where that government is
    a node of its own (``known``: it acts or is printed alone; 市、县级人民政府X部门 alone makes none)."""
    tied: set[Key] = set()
    for article in structure.articles:
        head = extractor.head_body(mentions[article.key])
        for mention in mentions[article.key]:
            if mention.body is None or mention.body.cls != "gov" or mention.relative not in (None, "same"):
                continue
            key = table.key_of(mention, head)
            leveled = key[:1] == ("dept",) and key[1] in LEVELS and _level_printed(table, key)
            # (a bare 住房城乡建设部门 is every level's; a level with a 党委和政府 pair puts it there)
            own = ("gov", key[1]) in table.entries and table.organ_id(("gov", key[1])) in known
            if leveled and own and ("pg", key[1]) not in table.entries:
                tied.add(key)
    return tied


def _relative_copy(key: Key, printed: Mention) -> bool:
    """本级人民政府有关部门 seen from a set of departments of several levels (教育督导机构): the relative set
    made for it is read from a copy of the mention, so the mention as printed never yields it; that
    mention is its first print (the dev annotations put it in 本级人民政府 there, name-literal). So too
    the spanning set made for it from a collective source (县级以上人民政府有关部门 of 县级以上X)."""
    if key[:1] != ("coll",) or printed.relative is None:
        return False
    own_departments = printed.relative == "same" and printed.body is not None and printed.body.cls == "gov"
    # 县级以上人民政府…对本级有关部门进行督查: the spanning government's own departments made for the unnamed
    # set printed with no government (县级以上人民政府有关部门), in that government by their name
    unnamed_own = printed.relative == "same" and printed.body is None and key[2:3] == ("dept",)
    own_departments = own_departments or (unnamed_own and printed.stem in organ_lexicon().unnamed_sets)
    # 县级以上人民政府向本级人民代表大会或者其常务委员会报告: the spanning congress bodies made for it
    # (县级以上人民代表大会常务委员会 ⊂ 县级以上人民代表大会, found from their names there)
    congress = printed.relative == "same" and key[2:3] == ("dept",) and key[3] in organ_words("congress_bodies")
    return key[1] in RELATIVE_SETS or own_departments or congress


def _spanning_role_copy(key: Key, printed: Mention) -> bool:
    """政府督查机构…经本级人民政府行政首长批准 where the source spans levels (县级以上人民政府督查机构): the role
    made for the spanning body (县级以上人民政府行政首长) has no mention of its own; the relative print is its
    first naming, and it sits in that body as any role of a body (dev gw-ducha annotates the edge)."""
    return (
        key[:2] == ("role", "coll")
        and printed.cls == "role"
        and printed.relative == "same"
        and printed.body is not None
    )


def _part_of_relation(
    table: OrganTable,
    extractor: Extractor,
    structure: Structure,
    mentions: dict[str, list[Mention]],
    first_duty: dict[str, tuple[str, int]],
    source: str,
    target: str,
    implicit: bool,
    article: ArticleSpan,
    mention: Mention,
) -> Relation:
    """The PART_OF edge, at the source's first duty (else at the mention found), with its name as evidence."""
    at_key, at_number = first_duty.get(source, (article.key, article.number))
    head = extractor.head_body(mentions[article.key])  # the key the mention was read with
    evidence_mention = next((m for m in mentions[at_key] if table.organ_id(table.key_of(m, head)) == source), mention)
    start, end = extractor.view.span(evidence_mention.start, evidence_mention.end)
    return Relation(
        id="",
        type="PART_OF",
        source=source,
        target=target,
        article=at_number,
        article_key=at_key,
        evidence=extractor.decoded[start:end],
        start=start,
        end=end,
        implicit=implicit,
        confidence=0.8 if implicit else 1.0,
    )


HeadIndex = dict[str, list[tuple[int, Organ]]]


def _full_names(organ: Organ) -> tuple[str, ...]:
    """The organ's name and the longer names printed for it: a body named by its short form (市食安委,
    defined by 以下简称) is still contained by name in its office's full name (市食品安全委员会办公室)."""
    return (organ.name, *(a for a in organ.aliases if len(a) > len(organ.name) and _abbreviates(organ.name, a)))


def _level_list_names(organ: Organ) -> tuple[str, ...]:
    """省级人民政府 printed as 省、自治区、直辖市人民政府: the level list is another full name of the one
    government, so 省、自治区、直辖市人民政府安全生产监督管理部门 sits in it (name-literal)."""
    if organ.kind != "government":
        return ()
    suffix = next((s for s in organ_words("government_suffixes") if organ.name.endswith(s)), None)
    return tuple(a for a in organ.aliases if suffix and "、" in a and a.endswith(suffix) and a != organ.name)


def _abbreviates(short: str, full: str) -> bool:
    """市食安委 of 市食品安全委员会: the short form opens as the full one and keeps its characters in order
    (本级人民政府 is no short form of 省人民政府, only another way to point at it)."""
    rest = iter(full)
    return short[:1] == full[:1] and all(char in rest for char in short)


def _head_index(organs: list[Organ]) -> HeadIndex:
    """Each name a department may start with (a body's name, or one half of a fixed pair) → the
    bodies, with their position: a department then looks up its own prefixes instead of testing
    every organ of the document (that pairwise test was 6% of a corpus parse)."""
    index: HeadIndex = {}
    for position, organ in enumerate(organs):
        if organ.kind == "individual_role" or organ.collective:
            continue
        for head in {h for name in (*_full_names(organ), *_level_list_names(organ)) for h in _heads(name, organ.kind)}:
            index.setdefault(head, []).append((position, organ))
    return index


def _one_placed_government(
    name: str, level: str | None, by_id: dict[str, Organ], active: set[str] | None
) -> str | None:
    """市人民政府负有…职责的部门 in a law that names the 市 government only with its place (温州市人民政府), 县人民政府…
    where it names one county's government (永嘉县人民政府): the bare level government the name opens with is
    that one acting government of the level (name-literal, explicit; dev: all 11 such sets annotated in it)."""
    for k in range(2, len(name)):
        prefix = name[:k]
        head = next((h for h in ("人民政府", "政府") if prefix.endswith(h)), None)
        if head is None:
            continue
        word = prefix[: -len(head)]
        if organ_lexicon().level_of.get(word) != level:
            return None
        placed = [
            o
            for o in by_id.values()
            if o.kind == "government"
            and not o.collective
            and o.level == level
            and o.id in (active or ())
            and len(o.name) > len(prefix)
            and o.name.endswith(prefix)
        ]
        return placed[0].id if len(placed) == 1 else None
    return None


def _relative_set_body(table: OrganTable, key: Key, by_id: dict[str, Organ]) -> str | None:
    """下级人民政府主要负责人: the role of a relative set sits in that set's body (下级人民政府), acting or
    not, as a leader's post is the body's own (dev: 7 documents draw the edge, 3 do not)."""
    if key[2:3] != ("role",) or key[1] not in ("上级", "下级"):
        return None
    name = table.name(key)
    bodies = [
        table.organ_id(k)
        for k in table.entries
        if k[:2] == key[:2] and k[2] in ("gov", "party", "pg") and name.startswith(table.name(k)) and k != key
    ]
    placed = [b for b in dict.fromkeys(bodies) if b in by_id]
    return placed[0] if len(placed) == 1 else None


def _body_of(
    table: OrganTable,
    key: Key,
    by_id: dict[str, Organ],
    heads: HeadIndex,
    active: set[str] | None = None,
    holders: set[str] | None = None,
    committees: frozenset[str] = frozenset(),
) -> tuple[str | None, bool]:
    entry = table.entries.get(key)
    if key[:1] == ("role",) and state_class(key):
        return None, False  # 国家工作人员: persons at every level, in no one body (not 国务院)
    if key[:1] == ("role",) and key[-1] in organ_words("body_posts"):
        # 村民小组组长: a post read on a bare level word whose printed name opens with an acting body's
        # full name sits in that body (as a member post does, below), not in the level's bare body
        own, level_body = table.organ_id(key), table.organ_id(tuple(key[1:-1]))
        for name in (by_id[own].name, *by_id[own].aliases) if own in by_id else ():
            post_body = _post_body(name, by_id, active)
            if post_body not in (None, level_body):
                return post_body, False
    if key[:1] == ("role",):
        body = tuple(key[1:-1])
        if township_half(body) and not _acting_government(table, body, active):
            # 街道办事处主任 where 街道办事处 is printed alone only inside a list naming the pair's bodies (no
            # actor of its own): the pair's role, as where no half is printed (OrganTable._role_body)
            body = body[:2]
        government = ("gov", *body[1:])
        own_place = body[:1] == ("bare",) and table.key_of_key(body) == body and own_place_node(body, table.entries)
        if own_place and key[-1] not in _level_chief_titles():
            # 街道（乡镇）主要负责人: the head of a place node of its own (its halves printed apart) is that node's;
            # a chief (乡镇长) stays its government's
            return table.organ_id(body), False
        if _chief_of_pair(key) and _acting_government(table, government, active):
            # 区长 / 市长 / 省长 read from a bare level word: the head of the level's government sits in that
            # government where it acts (dev: 5 chiefs in 5 documents; in the pair only where it does not)
            return table.organ_id(government), False
        if _acting_government(table, body, active) or _acting_party(table, body, holders, committees):
            # 旗（县、市）人民政府主要负责人: a government's role, where that government acts, sits in it (not
            # in its level's 党委和政府 pair); so does a party committee's, where it holds a duty (县委书记 ⊂ 县委)
            return table.organ_id(body), False
        body_id = table.organ_id(table.key_of_key(_main_body(table, body)))
        return (body_id, False) if body_id in by_id else (None, False)
    if key[:1] == ("coll",) and entry is not None and entry.collective and key[2:3] in (("gov",), ("party",)):
        # 地方各级政府 ⊂ 地方各级党委和政府: a spanning government (or party committee) sits in the pair
        # of the same span, as 县级政府 ⊂ 县级党委和政府 (gold convention), where that pair acts
        pair = _spanning_pair(table, key, active)
        if pair is not None:
            return pair, False
    if key[:1] == ("coll",) and entry is not None and entry.collective:
        # 县级以上人民政府水行政主管部门 ⊂ 县级以上人民政府: a collective named inside a collective
        # body that is itself an actor of the document (bears a duty or ends a relation)
        # A collective role (各级党委和政府主要负责人) sits in the spanning pair its name prints even where the
        # pair bears no duty of its own: a leader's post is the body's own, acting or not (_body_part)
        name = table.name(key)
        relative_set = _relative_set_body(table, key, by_id)
        if relative_set is not None:
            return relative_set, False
        owner = _coordinating_owner(name, by_id, active) or _possessing_department(name, by_id)
        if owner is not None:
            return owner, False
        containing = [
            o
            for o in by_id.values()
            if o.collective and (o.id in (active or ()) or _pair_role(key, o)) and _contains_collective_body(name, o)
        ]
        if containing:
            return max(containing, key=lambda o: len(o.name)).id, False
        # 各级政府主要负责人 beside 各级党委和政府: the pair's set word is printed once, before its first half;
        # the second half's collective role under that word is the pair's too (dev bj-aqzr, cq-aqsc, gw-wenze)
        # (the pair whose half it prints in full: 各级政府（办事处）… of 各级党委（党工委）和政府（办事处）)
        halves = [
            (n, o) for o in by_id.values() if o.collective and _pair_role(key, o) and (n := _spanning_half(name, o))
        ]
        longest = [o for n, o in halves if n == max(n for n, _ in halves)]
        if len(longest) == 1:
            return longest[0].id, False
        # 国务院有关部门 ⊂ 国务院, 市人民政府有关部门 ⊂ 市人民政府: a collective named inside one body
        # (name-literal, explicit), where that body is an actor of the document
        bodies = [
            (p, o)
            for k in range(2, len(name))
            for p, o in heads.get(name[:k], ())
            if o.id in (active or ()) and o.kind in ("government", "party", "party_and_government")
        ]
        if bodies:
            return max(bodies, key=lambda po: (len(po[1].name), -po[0]))[1].id, False
        placed = _one_placed_government(name, entry.level, by_id, active)
        if placed is not None:
            return placed, False
    if key[:1] in (("name",), ("coll",)) and entry is not None and entry.kind in _MEMBER_KINDS:
        if not _one_level_set(table, key):
            return None, False
        if _department_set(table, key) and not (key[:1] == ("coll",) and key[-1] != "document"):
            # 负有…职责的有关部门, bare 有关部门: no level printed, the departments concerned at every
            # level sit in no one body (as 水行政主管部门 without a level word, below)
            return None, False
        return _level_body(table, key, active)
    if key[:1] == ("name",) and key[-1] in pair_leader_sets():
        # 党政领导干部: the leaders of the party committees and governments the document addresses sit in
        # its one spanning pair (各级党委和政府, explicit; none where several or none act)
        own = table.organ_id(key)
        return _spanning_pair_of_document(table, active, by_id[own].aliases if own in by_id else ()), False
    if key[:1] == ("member",) and bare_body_field_leader(table.name(key)):
        # 政府分管安全生产工作的负责人: a field leader of a body printed with no level is the leader of every
        # level's (dev bj-aqzr, cq-aqsc, hz-shipin: a collective role in the one spanning 各级党委和政府, explicit)
        return _spanning_pair_of_document(table, active), False
    if key[:1] == ("name",) and entry is not None and entry.kind in ("party", "government"):
        # 党中央 printed alone, where 党中央、国务院 acts: one half of a fixed pair sits in the pair (explicit)
        return _pair_of_half(table.name(key), table.organ_id(key), heads, active), False
    if key[:1] == ("member",) and table.name(key).endswith(organ_words("body_posts")):
        # 事故调查组组长, 业主委员会成员: a post printed after its body's full name sits in that body
        # (name-literal, explicit), where the body is an actor of the document
        return _post_body(table.name(key), by_id, active), False
    if key[:1] == ("position",) and key[1]:
        body = _main_body(table, ("bare", key[1]))
        if key[1] == "village" and body[:1] == ("party",):
            # 村级田长由村党组织书记或者村民委员会主任担任: the village's party organisation is read from the
            # incumbent's title; the dev annotations put the village chief in the acting village committee
            # (cd-gengdi, jl-hhz, nm-hehu, als-hhz, gx-hezhang), else in the party body only where it acts as
            # the village (gx-hezhang's 村（社区）), in none where no village body is a node (lc-hzz)
            party = table.organ_id(body) if body in table.entries else None
            fallback = party if party in by_id and _acting(by_id[party], active) else None
            return _village_committee(by_id, active) or fallback, False
        if key[1] == "village" and body not in table.entries:
            # 村级河长由村（居）民委员会主要负责人担任: no village government, pair or party body is a node; the
            # dev annotations put the village chief in the acting village committee (19 of 23 village chiefs)
            return _village_committee(by_id, active), False
        return (table.organ_id(body), False) if body in table.entries else (None, False)
    if key[:1] == ("gov",) or key[:1] == ("party",):
        # 县级政府 ⊂ 县级党委和政府, where the pair is an actor: a pair named only as the author of
        # decisions (贯彻党中央、国务院决策部署) is no body the government sits in for this document
        if _bare_village_node(table, key):
            # 中国共产党在农村的基层组织 (村党组织) in a village law whose village node is the bare village (村) or
            # the committee's kind (基层群众性自治组织), no 两委 pair: the party body sits in neither, as the
            # village's self-governing bodies do not (_level_body; dev fl-cwh, hn-cwh, sh-cunwei, sd-cwh annotate none)
            return None, False
        pair = _level_pair(table, key, by_id)
        return (pair, False) if pair is not None and (active is None or pair in active) else (None, False)
    if key[:1] == ("dept",) and key[-1] in organ_words("village_groups"):
        # 村民小组, 村民小组会议: a sub-unit of the village and its assembly, tied by no printed name to a
        # body (the dev annotations give them no PART_OF of their own)
        return None, False
    if key[:1] == ("dept",) and entry is not None:
        name, own = table.name(key), table.organ_id(key)
        # Bodies whose name (or half of it) the department's name starts with and goes beyond;
        # the longest name contained wins, the first named among equals. Where both a body named so in
        # full (国务院办公厅: 国务院) and a pair of which it is one half (党中央、国务院) are there, the
        # one that is an actor of the document wins; if both are, the half named in full where it is a
        # node of its own (_own_half: 市人民政府商务部门 sits in 市人民政府, not in 市委、市人民政府, gold
        # README 13; 区委宣传部 in 区委 where 区委 holds duties), else the pair (a party committee's 组织部
        # stays in the pair where the committee acts only as one half of it).
        prefixes = [
            (k, p, o, full[:k] in _full_names(o) and _own_half(o, active, holders))
            for full in (_full_names(by_id[own]) if own in by_id else (name,))
            for k in range(2, len(full))
            for p, o in heads.get(full[:k], ())
            if o.id != own and _may_contain(key, o) and not _cuts_department_word(full, k)
        ]
        if prefixes:
            best = max(prefixes, key=lambda c: (c[0], _acting(c[2], active), c[3], len(c[2].name), -c[1]))[2]
            return best.id, False
        spanning = _spanning_government(name, by_id, active) if _department_set(table, key) else None
        if spanning is not None:
            return spanning, False
        if entry.kind in ("leading_group", "discipline", "procuratorate") or key[1] == "":
            return None, False
        if key[-1] in organ_words("congress_bodies"):
            # 市人民代表大会常务委员会: the congress is no body of its level's 党委和政府 or government (it
            # sits in none; its standing committee sits only in the congress, by name, above)
            return None, False
        if not _level_printed(table, key):
            return None, False  # 水行政主管部门 with no level word: the department of every level
        if key[-1].endswith(organ_words("outside_level_bodies")):
            return None, False  # 乡（镇）林业工作站, 地区气象局: no member of its level's pair or government
        if zone_body(name):
            return None, False  # 开发区管委会: set up by the city's authorisation, in no level's body
        return _level_body(table, key, active)
    return None, False


def _level_body(table: OrganTable, key: Key, active: set[str] | None) -> tuple[str | None, bool]:
    """The body a level's department sits in (implicit): the level's 党委和政府 pair, except for a
    government department (区县农业农村部门, 县（区）公安机关) of a level below the document's, where the
    document prints that level's pair with 和 (县（市）党委和政府) and the level's government acts on its
    own: the dev annotations then put the department in the government (5 documents gain, 4 that gave
    the pair one or two edges lose). Offices and 有关 sets stay in the pair they serve (as annotated).
    In a 直辖市's document the same holds at every level (and for its commissions and centres); a central
    body whose pair is no actor goes to ``_central_body``."""
    level = key[1] if key[:1] == ("dept",) else table.entries[key].level or ""
    pg, gov = ("pg", level), ("gov", level)
    if _bare_village_node(table, ("dept", level)):
        # 村民委员会, 村民会议, 村务监督委员会: a village's self-governing bodies sit in no body by their level
        # where the village node is the bare village (村), no 两委 pair (the dev annotations of the village
        # laws fl-cwh, cq-cwh, sh-cunwei, sd-cunwu give none; the 村 holds a body only where the text prints
        # it setting the body up: 村应当建立村务监督委员会); a pair printed as such keeps its halves (xz-xczx)
        return None, False
    if pg not in table.entries:
        return None, False
    if level == "central" and table.organ_id(pg) not in (active or ()):
        return _central_body(table, key, active)
    lower = level != table.doc_level and _LEVEL_PAIR.search(table.name(pg)) is not None
    # a 直辖市's 市发展改革委, 区审计局 sit in 市政府/区政府 at every level, where the government acts: the
    # dev annotations of the 6 直辖市 documents naming such bureaus all do so (none of them the pair)
    own_government = lower or table.metropolis
    department = _government_department(key) or (table.metropolis and _metropolis_unit(table.name(key)))
    if own_government and department and _acting_government(table, gov, active):
        return table.organ_id(gov), True
    return table.organ_id(pg), True


def _central_body(table: OrganTable, key: Key, active: set[str] | None) -> tuple[str | None, bool]:
    """国家发展改革委, 审计署 where 党中央、国务院 is printed only as the author of decisions (贯彻党中央、国务院
    决策部署), no actor: the central pair is no body they sit in; a state body sits in 国务院 where 国务院 acts
    (dev: the central 考核/责任追究 texts annotate the ministries so), a party department (中央组织部) in none."""
    gov, name = ("gov", "central"), table.name(key)
    tails, party = _central_state_names()
    state_body = name.endswith(tails) and not name.startswith(party)
    if table.entries[key].kind in _PARTY_KINDS or not state_body or gov not in table.entries:
        return None, False  # 中央组织部, and offices or teams (国家防总办公室) that sit in their own body
    government = table.organ_id(gov)
    return (government, True) if active is None or government in active else (None, False)


_PARTY_KINDS = ("party", "organisation_dept", "discipline")


@lru_cache(maxsize=1)
def _central_state_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = lexicon_data("organs.yaml").get("central_state_bodies", {})
    return tuple(names.get("tails", ())), tuple(names.get("party_prefixes", ()))


def _government_department(key: Key) -> bool:
    """农业农村部门, 公安机关, 财政局: one function's department, not an office (河长制办公室) or an 有关 set."""
    head = key[-1]
    return head.endswith(organ_words("government_department_heads")) and not any(
        w in head for w in organ_lexicon().unnamed_sets
    )


def _metropolis_unit(name: str) -> bool:
    """A 直辖市's commission or centre (区发展改革委, 区城市管理委员会, 区便民专线服务中心): a unit of the
    level's government, not of its 党委和政府 pair (dev: bj-zongzhi, cq-zhishu, tj-wgzr, sh-fxzr)."""
    return _government_commission(name) or name.endswith(organ_words("metropolis_government_unit_tails"))


def _government_commission(name: str) -> bool:
    """市发展改革委, 区交通委: a government's commission printed short (its key reads 委 as 党委), not a
    party or discipline body (区纪委区监委, 街道党工委) nor a 委员会."""
    return name.endswith("委") and not name.endswith(organ_words("party_commission_tails"))


# 县（市、区）党委和政府, 县（区）委和县（区）人民政府: a level's pair printed with 和 (not 市委、市政府, 盟委、行署)
_LEVEL_PAIR = re.compile(r"委和")


def _bare_village_node(table: OrganTable, key: Key) -> bool:
    """A village body's level node is the bare village (村), no 两委 pair printed as its party body and committee."""
    pg = ("pg", "village")
    return key[1:2] == ("village",) and pg in table.entries and not _village_pair(table.entries[pg].surfaces)


def _village_pair(surfaces: Iterable[str]) -> bool:
    """村（居）两委, 村党组织和村民委员会: the village node printed as its party body and committee."""
    return any("党" in surface or "两委" in surface for surface in surfaces)


def _spanning_government(name: str, by_id: dict[str, Organ], active: set[str] | None) -> str | None:
    """当地人民政府有关部门 ⊂ 当地人民政府, 污染发生地人民政府相关主管部门 ⊂ 污染发生地人民政府: a set of
    departments printed inside the name of a government read as a set (every county's, wherever it is)
    sits in it (name-literal, explicit), where that government is an actor of the document. The head
    index leaves such sets out, so the prefix look-up never sees them. Only for 有关/相关 sets: the dev
    annotations keep those as nodes of their own with this edge (4 documents against 2), while one named
    department of such a government (当地人民政府林业部门) they mostly merge into its level's node (4 to 1)."""
    bodies = [
        o
        for o in by_id.values()
        if o.collective and o.kind == "government" and _acting(o, active) and _contains_collective_body(name, o)
    ]
    return max(bodies, key=lambda o: len(o.name)).id if bodies else None


def _cuts_department_word(name: str, k: int) -> bool:
    """生态环境部门 opens with 生态环境部 only by cutting 部门 in two: a functional department of any level
    is no part of the ministry of the same field (no dev annotation has such an edge; 8 extra)."""
    return name[k - 1 : k + 1] == "部门"


def _may_contain(key: Key, body: Organ) -> bool:
    """A congress body (区县人民代表大会常务委员会) sits only in a congress named by its prefix, never in the
    level's government or pair printed as the same place word (区县): no dev annotation puts a people's
    congress or its standing committee inside a government or party body. Nor does the authority in charge of a
    kind of unit (供水单位主管部门) sit in the regulated unit its name opens with."""
    if body.level == "social" and key[-1].endswith(organ_words("unit_authority_heads")):
        return False
    return key[-1] not in organ_words("congress_bodies") or body.name.endswith(organ_words("congress_bodies"))


def _village_committee(by_id: dict[str, Organ], active: set[str] | None) -> str | None:
    """The one acting village committee (村民委员会, 村民委员会、居民委员会), if the document has exactly one."""
    words = tuple(lexicon_data("organs.yaml")["village_committees"])
    found = [
        o.id
        for o in by_id.values()
        if o.level == "village" and o.kind != "individual_role" and o.name.endswith(words) and _acting(o, active)
    ]
    return found[0] if len(found) == 1 else None


def _post_body(name: str, by_id: dict[str, Organ], active: set[str] | None) -> str | None:
    """The acting organ with the longest name the post's name starts with and goes beyond."""
    bodies = [o for o in by_id.values() if len(o.name) < len(name) and name.startswith(o.name) and _acting(o, active)]
    return max(bodies, key=lambda o: len(o.name)).id if bodies else None


def _field_leaders_assist_collective_heads(relations: list[Relation], organs: list[Organ]) -> list[Relation]:
    """政府分管安全生产工作的负责人协助主要负责人…: the bare 主要负责人 the field leader of a level-less body
    assists is that body's head at every level (各级政府主要负责人, where printed), not the head of the
    body the article opens with (dev bj-aqzr, cq-aqsc, hz-shipin)."""
    by_id = {o.id: o for o in organs}
    named = {a: o.id for o in organs for a in (o.name, *o.aliases)}
    result = []
    for relation in relations:
        source = by_id.get(relation.source)
        body = bare_body_field_leader(source.name) if source is not None and relation.type == "ASSISTS" else ""
        if body and "协助主要负责人" in relation.evidence:
            target = named.get(f"各级{body}主要负责人") or named.get(f"{body}主要负责人")
            relation = relation.model_copy(update={"target": target}) if target else relation
        result.append(relation)
    return result


@lru_cache(maxsize=1)
def _assisted_secretary() -> re.Pattern[str]:
    """协助(街道党工委)书记: a head assisting the bare or named secretary (organs.yaml assisted_secretaries)."""
    words = lexicon_data("organs.yaml")["assisted_secretaries"]
    return re.compile(f"协助(?:{alternation(words['bodies'])})?书记")


def _heads_assist_printed_secretaries(
    duties: list[Duty], organs: list[Organ], articles: list[Article], text: str, relations: list[Relation]
) -> list[Relation]:
    """街道党工委书记是…第一责任人，街道办事处主任协助书记抓好落实: the bare 书记 a head assists is the secretary
    the article printed before it; heads and secretaries listed alike pair up in order (街道党工委书记、乡镇党委
    书记…，街道办事处主任、乡镇长协助书记: each head its own secretary, dev bj-jdxz; wh-jiedao, sh-xczx the
    single pair: 3 of 3 annotations give the head an ASSISTS edge to the printed secretary)."""
    assisted = _assisted_secretary()
    by_id = {o.id: o for o in organs}
    by_key = {a.key: a for a in articles}
    kept = {(r.type, r.source, r.article_key) for r in relations}
    added: list[Relation] = []
    for duty in duties:
        article = by_key.get(duty.article_key)
        heads = [h for h in duty.holders if h in by_id and not by_id[h].name.endswith("书记")]
        if article is None or not heads or assisted.search(duty.text) is None:
            continue
        before = text[article.start : duty.start]
        printed = sorted(
            (before.find(o.name), o.id)
            for o in organs
            if o.name.endswith("书记") and o.kind == "individual_role" and o.name in before
        )
        secretaries = [organ_id for _, organ_id in printed]
        if len(secretaries) != 1 and len(secretaries) != len(heads):
            continue
        for index, head in enumerate(heads):
            if ("ASSISTS", head, duty.article_key) in kept:
                continue
            target = secretaries[0] if len(secretaries) == 1 else secretaries[index]
            added.append(
                Relation(
                    id="",
                    type="ASSISTS",
                    source=head,
                    target=target,
                    article=duty.article,
                    article_key=duty.article_key,
                    evidence=duty.text,
                    start=duty.start,
                    end=duty.end,
                    topics=list(duty.topics),
                )
            )
    return added


def _spanning_pair_of_document(table: OrganTable, active: set[str] | None, aliases: Sequence[str] = ()) -> str | None:
    """The one acting 党委和政府 collective over levels (各级, 地方各级), not a relative, place or 有关 set.
    A relative set (上级党委和政府, 下级党委和政府: the bodies a 报告/考核 names) covers no leaders of the
    document (dev cq-aqsc). Where several act, the one the leaders are defined by (县级以上地方各级党委和政府
    领导班子成员（以下统称地方党政领导干部）: dev zb-zhuijiu) wins; with no definition, none."""
    pairs = {
        table.organ_id(key): table.name(key)
        for key, entry in table.entries.items()
        if key[:1] == ("coll",)
        and key[2] == "pg"
        and entry.collective
        and entry.level not in ("central", "local")
        and key[1] not in organ_lexicon().unnamed_sets
        and key[1] not in organ_lexicon().relative
    }
    acting = {p: n for p, n in pairs.items() if active is None or p in active}
    defined = [p for p, n in acting.items() if any(a.startswith(n) for a in aliases)]
    chosen = defined if len(defined) == 1 else list(acting)
    return chosen[0] if len(chosen) == 1 else None


def _pair_of_half(name: str, own: str, heads: HeadIndex, active: set[str] | None) -> str | None:
    """The acting 党委和政府 pair one of whose halves is ``name`` exactly (genre rule 2: the pair is one organ)."""
    pairs = [o for _, o in heads.get(name, ()) if o.kind == "party_and_government" and o.id != own]
    return next((o.id for o in pairs if _acting(o, active)), None)


def _joint_of_part(organ: Organ, by_id: dict[str, Organ], active: set[str], view_text: str) -> str | None:
    """The acting joint body of two (乡镇人民政府、街道办事处, 居民委员会、村民委员会) one of whose two parts is
    ``organ``'s name exactly; only bodies (a government or party part), never an 有关… set or a role. Where
    the other part is a node too, each half acts on its own and a joint phrase printed once only lists
    them (the annotations then give the two halves, no joint body to sit in); a joint printed again and
    again (街道办事处、镇人民政府应当…) is a body of the document, which both halves sit in (the dev
    annotations of the 3 documents doing so). The joint name must be printed as such: 乡、镇人民政府和
    街道办事处 read as 镇人民政府、街道办事处 is no joint body.
    A village committee (村民委员会, 社区居民委员会: organs.yaml committee_chair bodies, read as whatever kind)
    is a half where the text prints it alone as a body, not only in the joint or before its post (社区居民
    委员会主任): the dev annotations of the 4 documents doing so tie it to 居民委员会、村民委员会 (bj-jdxz,
    cq-zhishu, hn-zongzhi, zb-hedao; none leaves it out). The other half counts as a node only where it
    acts (a 村民委员会 named once as an object does not make the joint a mere list).
    Names are compared with ``view_text`` (the text the reader matches, brackets in one width) in its width:
    乡（镇）人民政府 printed alone is the half of the joint body named 乡(镇)人民政府和街道办事处."""
    if organ.name.startswith(_SET_WORDS):
        return None
    part, text = fold_width(organ.name), view_text
    if organ.kind not in ("government", "party") and not (
        organ.name.endswith(_committee_bodies()) and _printed_alone_as_body(part, text)
    ):
        return None
    names = {fold_width(o.name) for o in by_id.values() if o.id in active}
    joints = [
        o.id
        for o in by_id.values()
        if o.id != organ.id
        and o.id in active
        and o.kind in ("government", "party_and_government")
        and part in _PAIR_SPLIT.split(fold_width(o.name))
        and len(_PAIR_SPLIT.split(o.name)) == 2
        and fold_width(o.name) in text  # the costly test (the whole text) last
        and (not names & set(_PAIR_SPLIT.split(fold_width(o.name))) - {part} or text.count(fold_width(o.name)) > 1)
    ]
    if len(joints) != 1 or _only_in_level_chains(part, fold_width(by_id[joints[0]].name), text):
        return None
    return joints[0]


def _committee_bodies() -> tuple[str, ...]:
    """村民委员会, 居民委员会, 街道办事处: the bodies whose chair is 主任 (organs.yaml committee_chair)."""
    return tuple(lexicon_data("organs.yaml")["committee_chair"]["bodies"])


def _printed_alone_as_body(name: str, text: str) -> bool:
    """指导村民委员会建设, 由居民委员会统计: ``name`` printed once at least on its own, not as the first or second
    half of a joint name (居民委员会、村民委员会) nor before a post (社区居民委员会主任, 村民委员会成员)."""
    tails = (*triggers()["post_list_tails"], *organ_words("body_posts"), "副")
    for m in re.finditer(re.escape(name), text):
        after, before = text[m.end() : m.end() + 12], text[max(0, m.start() - 12) : m.start()]
        if after.startswith(tails) or _JOINED.match(after) or _JOINED_BEFORE.search(before):
            continue
        return True
    return False


_JOINED = re.compile(r"[、和](?:社区)?[居村]民委员会")
_JOINED_BEFORE = re.compile(r"[居村]民委员会[、和](?:社区)?$")


def _only_in_level_chains(part: str, joint: str, text: str) -> bool:
    """县（市、区）人民政府和乡镇人民政府: a part printed only after a higher level's whole government names the
    level's government, which the joint phrase is; the dev annotations split on these (an alias of the joint
    body in zj-river, a part of it in gw-kanghan), so no edge is drawn. A part printed as the last item of a
    level-word list sharing its head (市、县（区）、乡（镇）人民政府) is the level's own government, a part of
    the joint (dev bz-wangge, ly-shidi: both annotations draw the edge)."""
    starts = [m.start() for m in re.finditer(re.escape(part), text) if not text.startswith(joint, m.start())]
    starts = [i for i in starts if not any(text.startswith(joint, j) for j in range(max(0, i - len(joint)), i))]
    return bool(starts) and all(_LEVEL_CHAIN.search(text[max(0, i - 8) : i]) for i in starts)


_LEVEL_CHAIN = re.compile(r"人民政府[、和]$")


_SET_WORDS = ("有关", "相关", "各")


def _spanning_pair(table: OrganTable, key: Key, active: set[str] | None) -> str | None:
    """The acting 党委和政府 collective printed with the same span words (各级, 县级以上地方各级) as ``key``."""
    for other in table.entries:
        if other[:3] == ("coll", key[1], "pg"):
            pair = table.organ_id(other)
            if active is None or pair in active:
                return pair
    return None


def _level_pair(table: OrganTable, key: Key, by_id: dict[str, Organ]) -> str | None:
    """The 党委和政府 pair of a government's level. A government of one kind of place (盟行政公署,
    level municipal:盟) sits in the level's pair only where the pair's name prints that place
    (盟委、行政公署和设区的市党委、人民政府): a plain 市委、市政府 is another place's pair."""
    pg, bare = ("pg", key[1]), ("bare", key[1])
    if pg in table.entries:
        return table.organ_id(pg)
    if table.key_of_key(bare) == bare and own_place_node(bare, table.entries):
        return table.organ_id(bare)  # 街道（乡镇） as the pair of its halves printed apart
    level, _, place = key[1].partition(":")
    plain = ("pg", level)
    if not place or plain not in table.entries:
        return None
    pair = table.organ_id(plain)
    organ = by_id.get(pair)
    return pair if organ is not None and place in organ.name else None


def _one_level_set(table: OrganTable, key: Key) -> bool:
    """A set whose members sit in one body (有关中央和国家机关, 省委有关部门和省直有关单位), not one
    spanning levels (县级以上人民政府有关部门, 各级组织部门) or a nationwide category (有权机关): only
    the former has an institutional PART_OF (genre rule 8; spanning collectives have none)."""
    entry = table.entries.get(key)
    if entry is None or not entry.collective:
        return True
    if key[:1] == ("coll",):
        return key[1] in organ_lexicon().unnamed_sets
    return any(word in table.name(key) for word in organ_lexicon().unnamed_sets)


def _department_set(table: OrganTable, key: Key) -> bool:
    """有关部门, 负有…职责的有关部门: a set of government departments. Only these drop their PART_OF when
    printed without a level; sets that also take in party bodies or units (有关中央和国家机关,
    省委有关部门和省直有关单位) stand for the document's own level and keep theirs (genre rule 8)."""
    name = table.name(key)
    return name.endswith("部门") and any(word in name for word in organ_lexicon().unnamed_sets)


def _level_printed(table: OrganTable, key: Key) -> bool:
    """A department printed with a level or place word (省财政厅, 市级有关部门), not a bare functional
    name whose level is only the document's (水行政主管部门)."""
    return table.name(key) != key[-1]


def _acting(organ: Organ, active: set[str] | None) -> bool:
    return active is None or organ.id in active


_MEMBER_KINDS = ("audit", "finance", "agency", "organisation_dept")


def _own_half(organ: Organ, active: set[str] | None, holders: set[str] | None) -> bool:
    """A government that is an actor, or a party committee that holds a duty of its own: a node beside its
    level's pair, so its departments sit in it (区委组织部 ⊂ 区委, 市人民政府督查室 ⊂ 市人民政府: the dev
    annotations of the documents where the half acts alone; where it does not, 市委组织部 ⊂ 市委、市政府).
    A party committee counts only by its duties: one that merely ends a relation is mostly the pair
    misread (向盟委、行政公署报告)."""
    if organ.kind == "government":
        return organ.id in (active or ())
    return organ.kind == "party" and organ.id in (holders or ())


def _acting_government(table: OrganTable, body: Key, active: set[str] | None) -> bool:
    """A government (not a pair, party committee or bare level) that is an actor of the document."""
    return body[:1] == ("gov",) and body in table.entries and active is not None and table.organ_id(body) in active


def _chief_of_pair(key: Key) -> bool:
    """A level chief (区长, 省长) read as the role of its level's 党委和政府 pair (organs._level_chiefs)."""
    return key[1:2] == ("pg",) and key[-1] in _level_chief_titles()


@lru_cache(maxsize=1)
def _level_chief_titles() -> frozenset[str]:
    """区长, 市长, 省长…: a level word of organs.yaml level_chiefs with 长."""
    words = lexicon_data("organs.yaml")["level_chiefs"]
    return frozenset(deputy + level + "长" for level in words["levels"] for deputy in ("", words["deputy"]))


def _acting_party(table: OrganTable, body: Key, holders: set[str] | None, committees: frozenset[str]) -> bool:
    """A party committee that acts, holding a duty or leading a relation (乡镇党委 指导驻村工作队), or that
    the text prints on its own as a body (``committees``: relation sources and _party_printed_alone): the
    dev annotations put its secretary in it, not in its level's pair (市委书记 ⊂ 市委, 村（居）党组织书记 ⊂
    村（居）党组织: 9 roles in 4 documents; 乡（镇）党委书记 ⊂ 乡（镇）党委 where that committee only guides
    or manages: gx-xczx, xam-xczx; 街道党工委书记 ⊂ 街道党的工作委员会, 社区（村）党组织书记 ⊂ 社区（村）党组织,
    市委书记 ⊂ 市委 where the committee is printed only as 在…领导下 or the end of a report: tjxq-jiedao,
    cq-jdaq, xz-xczx). Every dev secretary whose committee the annotations keep as a node sits in it (20
    roles in 14 documents; sh-xczx's 镇（乡）党委书记 the one exception); in the pair where the party body is
    no node of its own, printed only in the pair's name, a longer name or as 本级党委 (区委 of 区委各工作部门:
    tj-aqzr; 县委农村工作会议: sc-xczx)."""
    own = table.organ_id(body)
    return body[:1] == ("party",) and body in table.entries and (own in (holders or ()) or own in committees)


def _main_body(table: OrganTable, body: Key) -> Key:
    """The body that stands for a level: its 党委和政府 pair, else its government, else its party committee."""
    if body[:1] in (("gov",), ("party",), ("bare",)):
        level = body[1]
        for cls in ("pg", "gov", "party"):
            if (cls, level) in table.entries:
                return (cls, level)
    return body


def _pair_role(key: Key, organ: Organ) -> bool:
    """A collective role and a 党委和政府 pair (各级, 地方各级). Not a government set that bears no duty: the
    dev annotations put its roles elsewhere (in the pair of the same span, or in one level's government)."""
    return key[2] == "role" and organ.kind == "party_and_government"


_NOT_DEPARTMENTS = ("government", "party", "party_and_government", "individual_role")


def _shared_head_set(organ: Organ, by_id: dict[str, Organ], active: set[str], text: str) -> str | None:
    """县级以上人民政府发展改革、工业和信息化、财政等部门应当…: a government set printed only as the shared head
    of a list of its departments is the body each listed department sits in (explicit, name-literal), although
    the set bears no duty itself, where two or more departments named inside it act. A department printed
    alone inside the set's name (县级以上人民政府文物主管部门) leaves the set no node (the dev annotations)."""
    if not organ.collective or organ.kind in _NOT_DEPARTMENTS:
        return None
    found = [
        g
        for g in by_id.values()
        if g.collective
        and g.kind == "government"
        and _contains_collective_body(organ.name, g)
        and re.search(re.escape(g.name) + _LISTED_FUNCTION, text)
        and sum(1 for o in by_id.values() if o.id in active and _set_department(o, g)) >= 2
    ]
    return max(found, key=lambda g: len(g.name)).id if found else None


def _set_department(organ: Organ, body: Organ) -> bool:
    """A department set (not a government, a party body or a role) named inside the set ``body``."""
    return organ.collective and organ.kind not in _NOT_DEPARTMENTS and _contains_collective_body(organ.name, body)


# 县级以上人民政府发展改革、…: a bare function word opening a 、 list (not a full department name, X部门、)
_LISTED_FUNCTION = r"(?:(?!部门|机构)[\u4e00-\u9fff]){1,10}、"


def _contains_collective_body(name: str, organ: Organ) -> bool:
    """A collective of departments whose name starts with a collective body's name (县级以上人民政府)."""
    if organ.kind not in ("government", "party", "party_and_government"):
        return False
    return any(name.startswith(h) and len(name) > len(h) for h in _heads(organ.name, organ.kind))


def _spanning_half(name: str, organ: Organ) -> int:
    """各级政府主要负责人 of the pair 各级党委和政府 (地方各级政府… of 地方各级党委和政府): a role named with the set
    word of a spanning pair and its second half; the length of that printed half (0: none)."""
    halves = _PAIR_SPLIT.split(organ.name)
    if organ.kind != "party_and_government" or len(halves) != 2 or "党委" not in halves[0]:
        return 0
    word = halves[0][: halves[0].index("党委")]
    half = word + halves[1]
    return len(half) if word.endswith(_EVERY_LEVEL) and name.startswith(half) and len(name) > len(half) else 0


_EVERY_LEVEL = "各级"


@lru_cache(maxsize=8192)
def _heads(name: str, kind: str) -> tuple[str, ...]:
    """The names a department of ``name``'s body may start with (cached: asked for every pair of
    organs of a document)."""
    # the pair splits at 、/和 outside brackets only: 县（市、区）党委和政府 has the halves 县（市、区）党委 and
    # 政府, not 县（市 (which would make 县（市、区）纪委监委 a department of the pair)
    halves = [name, *_PAIR_SPLIT.split(name)] if kind == "party_and_government" else [name]
    return tuple(h for h in halves if len(h) >= 2)


_PAIR_SPLIT = re.compile(r"[、和](?![^（(]*[）)])")


@lru_cache(maxsize=1)
def _report_word_pattern() -> re.Pattern[str]:
    trig = triggers()
    words = [w for w in trig["printed_report_words"] if w != "报"]  # 报告 itself even after 情 (火情报告)
    return re.compile(rf"{alternation(words)}|(?<!{alternation(trig['not_report_words'])})报")


def _printed_trigger(relation: Relation, text: str) -> bool:
    """The convention gate: an explicit REPORTS_TO or SUPERVISES prints a trigger of the gold README's lists.

    A REPORTS_TO needs a report word in its evidence (报告, 报…批准, 签订责任书, 述职, …) or in the short subjectless
    piece right after it (对X负责，并向其报告工作); a SUPERVISES whose only modes are evaluations or overrulings
    (评议, 评价, 撤销或者变更) is none.
    """
    if relation.type == "REPORTS_TO":
        if _report_word_pattern().search(relation.evidence):
            return True
        return re.match(triggers()["report_continuation"], text[relation.end : relation.end + 40]) is not None
    if relation.type == "SUPERVISES" and relation.modes:
        return not set(relation.modes) <= set(triggers()["unprinted_oversight_modes"])
    return True


def _dedupe_relations(relations: list[Relation], doc_id: str) -> list[Relation]:
    """One relation per (type, source, target, article[, what]); ids in order of appearance."""
    kept: dict[tuple[object, ...], Relation] = {}
    for relation in relations:
        if relation.source == relation.target and relation.type != "INTERPRETS":
            continue
        key = (relation.type, relation.source, relation.target, relation.article_key, relation.what)
        if key in kept:
            kept[key].modes = list(dict.fromkeys(kept[key].modes + relation.modes))
            continue
        kept[key] = relation
    result = list(kept.values())
    for index, relation in enumerate(result, 1):
        relation.id = f"{doc_id}/r{index}"
    return result


def _without_pursued_role_bodies(relations: list[Relation], pursued: set[str]) -> list[Relation]:
    """追究X主要负责人、分管负责人…的责任: a role with no duty, named only for a liability, is read as the
    collective role of its kind, not as sitting in the body printed before it: no PART_OF from it. A role
    that ends another edge (约谈其主要负责人) keeps its body."""
    tied = {end for r in relations if r.type != "PART_OF" for end in (r.source, r.target)}
    loose = pursued - tied
    return [r for r in relations if not (r.type == "PART_OF" and r.source in loose)]


def _prefix_pair_roles(
    relations: list[Relation], organs: list[Organ], holders: set[str], liabilities: list[Liability]
) -> list[Relation]:
    """街道党工委和街道办事处领导班子成员 / 街道党工委、街道办事处领导班子成员 where both bodies are printed on their
    own: the street's pair named only as the prefix of a role holds no duty and is no body of the
    document. The role sits in each of the two printed bodies (dev gz-jiedao, sh-sqzl, tj-jdtl annotate two
    PART_OF), nothing sits in the pair, and what a bare 街道 reached through the pair goes to the street's
    office, as it does where no pair is printed (resolve: bare L → the level's government). A pair that
    holds a duty or is liable keeps its place (the level pairs of 党委和政府, genre rule 2)."""
    by_name = {o.name: o for o in organs}
    by_id = {o.id: o for o in organs}
    liable = {li.organ for li in liabilities}
    result = relations
    for pair in organs:
        halves = _PAIR_SPLIT.split(pair.name)
        if pair.kind != "party_and_government" or pair.level != "township" or len(halves) != 2:
            continue
        party, government = by_name.get(halves[0]), by_name.get(halves[1])
        if party is None or government is None or (party.kind, government.kind) != ("party", "government"):
            continue
        if pair.id in holders or pair.id in liable:
            continue
        roles = [
            r
            for r in result
            if r.type == "PART_OF" and r.target == pair.id and by_id[r.source].kind == "individual_role"
        ]
        if not roles:
            continue
        kept: list[Relation] = []
        for r in result:
            if r in roles:
                kept += [r.model_copy(update={"target": body.id}) for body in (party, government)]
            elif r.type == "PART_OF" and r.target == pair.id:
                continue  # the bodies, and any unit read as in the pair, sit in no pair that is not there
            elif pair.id in (r.source, r.target):
                source = government.id if r.source == pair.id else r.source
                target = government.id if r.target == pair.id else r.target
                if source != target:
                    kept.append(r.model_copy(update={"source": source, "target": target}))
            else:
                kept.append(r)
        result = kept
    return result


def _used_organs(
    organs: list[Organ], holders: set[str], relations: list[Relation], liabilities: list[Liability]
) -> list[Organ]:
    """Organs that bear a duty, end a relation or are named in a liability; mentions alone are noise."""
    used = set(holders) | {r.source for r in relations} | {r.target for r in relations}
    used |= {li.organ for li in liabilities}
    return [o for o in organs if o.id in used]
