"""Organ mentions in the cleaned text, and their resolution to canonical organs.

A mention is ``[collective] [relative] [qualifier] [level word | place] [stem] head``, a fixed
name (党中央、国务院), a fixed pair (省委、省政府), or — where syntax allows — a bare level word
(指导乡、村). Mentions are grouped by a key built from level and head class, so every surface form
of one body (县级党委和政府 / 县(市、区)党委和政府 / 贫困县 / 县级) lands on one organ.
"""

from __future__ import annotations

import bisect
import copy
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from graph.model import LEVELS
from loaders.lexicon import Head, Name, OrganLexicon, alternation, lexicon_data, organ_lexicon, organ_words, triggers

Key = tuple[str, ...]


@dataclass
class Mention:
    start: int  # view offsets
    end: int
    surface: str
    level: str | None
    kind: str
    cls: str  # pg | gov | party | dept | role | name
    stem: str = ""
    head: str = ""
    collective: str | None = None  # the collective prefix (各级, 县级以上, 有关)
    relative: str | None = None  # same | up | down
    bare: bool = False
    role: str | None = None
    body: Mention | None = None  # for roles and departments named inside a body
    fixed_name: str | None = None
    level_word: str = ""  # the level word the surface opens with (市 in 市人民政府)
    display: str = ""  # the name this mention gives its organ, where it differs from the surface
    member: bool = False  # a member of a unit named by its own words (从业人员, 安全总监)
    place: str = ""  # the place word before a body of no level (受灾地区人民政府): the governments of that place
    # 上级/下级X seen from a collective spanning levels (县级以上…): no one body by level arithmetic,
    # so a collective of its own (genre rule 4 as the dev annotators apply it: cq-zfzr 上级行政机关)
    of_spanning: bool = False
    # 上级人民政府应当… opening a sentence of a local text: any superior, a set apart from the 上一级X of a
    # collective spanning levels (县级以上人民政府…报上一级人民政府), which the annotations keep apart
    unanchored: bool = False
    # the function word of a list item (农业农村 of 市人民政府农业农村、林业等部门): printed alone for its
    # organ, so one of its aliases where the item's mention also holds the shared prefix or head
    item: str = ""
    # 区发展改革行政主管部门 of 市、区人民政府发展改革、…等行政主管部门: with several levels sharing the list,
    # the function word alone no longer tells the level's department from its twin; the level word,
    # the function and the printed head name it as later articles print it (市生态环境行政主管部门)
    level_item: str = ""
    # 行政主管部门 of 市、县人民政府林业、水利等行政主管部门: the head a list prints, kept on an item the genre
    # names by a fixed name (水利 → 水行政主管部门), whose printed form (市水利行政主管部门) is one of its names
    printed_head: str = ""
    # 市和区综治委 of 市和区综治委的成员单位: the bodies of a level list whose one member set this is; its
    # 本级/同级 is each listed body's level (_members_of_level_list)
    listed: tuple[Mention, ...] = ()
    # the place a level phrase is qualified by (沿海 of 沿海县级以上地方人民政府): the bodies of that
    # level lying there, a set of their own named with the place
    area: str = ""
    # 泰安市 of 泰安市人民政府 (and of its departments) printed in a law of a wider place: the one place
    # whose body this is, keyed apart from the generic body of its level
    named_place: str = ""
    # 本省 of 本省各级人民政府: the document's own place printed before a 各级 set, one of its printed
    # forms though no part of its name or of the clause's subject
    own_place: str = ""
    # 驻村 of 驻村第一书记: a word printed before a fixed role's name that says where the role works; one
    # of its printed forms (an alias), no part of its name
    printed_lead: str = ""
    # 组织 of 政协组织, 单位 of 驻军单位: a body word printed right after a name the lexicon reads without
    # it; the printed form is one of its aliases, no part of its name (organs.yaml fixed_name_tails)
    printed_tail: str = ""
    # 市、县人民政府 of 市人民政府 and 县人民政府: the printed level list a body was distributed from, one
    # of each listed body's printed forms (gold README rule 11: the joint form is an alias of every half)
    joint: str = ""
    list_end: int = -1  # the end of that list while the mentions are found (find_mentions sets ``joint``)
    # 市、县（区）人民政府及其有关部门: departments tied to the one-level bodies printed before them are
    # printed from the first of those bodies on (this many characters before the mention), as the
    # annotations record them; the bare 有关部门 is the printed form of the document's own unnamed set
    # (各级人民政府及其有关部门 mostly is that set)
    tied: int = 0
    # 北部矿山所在地县级人民政府X部门 of 市、北部矿山所在地县级人民政府X、Y等部门: a list item's department
    # printed with the place its government is qualified by, one of its printed forms (its name stays
    # the government's own, as a placed body's does: _phrase_place)
    placed_name: str = ""
    # 民政厅 of 省教育厅、民政厅: a prefixed head printed bare as a list item after a levelled department,
    # kept only where that department's level word carries over to it (_listed_level_departments)
    unprefixed: bool = False
    # 生态环境局 of 县（区）水务局、生态环境局: the level word its name opens with is carried over from a
    # list item printed this many characters before it; the name takes that word as printed (the
    # text read here is normalised: 县(区)), as a name built on a body does (_listed_level_departments)
    carried_from: int = 0


@dataclass(frozen=True)
class _Members:
    heads: frozenset[str]  # heads named by their own words (从业人员)
    links: tuple[str, ...]  # X设置的Y: Y is X's member
    qualifiers: tuple[str, ...]  # 专职/兼职: not part of the member's key
    unit_stems: tuple[str, ...]  # 单位负责人: the role of the unit last named
    social_heads: frozenset[str]  # 作业人员: regulated workers, of a unit only where one is printed beside them
    union_heads: frozenset[str]  # 工会: a unit's own body (X的工会), which employs none of the workers it organises
    inspector_heads: frozenset[str]  # 检查人员: an overseeing body's staff, never those of the unit overseen
    count_after: re.Pattern[str]  # 从业人员超过一百人: a head count, no actor
    prefixed_heads: frozenset[str]  # 厅/局/办: a stem alone makes no body (歌舞厅)
    prefixing_names: tuple[str, ...]  # 国务院食安办: a body name printed before the stem is its prefix
    function_words: re.Pattern[str]  # 社会保障: a verb inside a function name
    public_after: re.Pattern[str]  # 单位或者个人: anyone
    public_stems: frozenset[str]  # 所有单位和个人: a stem that names no kind of unit, anyone as well
    public_act_stems: tuple[str, ...]  # 取水单位或者个人: a stem naming an act anyone may do, anyone as well
    stem_stop: re.Pattern[str]  # 提高从业人员: a verb before a member ends its name
    task_heads: tuple[str, ...]  # 保护责任人: the verb right before these heads names the task, not an act
    stem_no_start: str  # 非管理人员: not a member at all
    set_up_link: re.Pattern[str]  # X按照流域设立的Y: Y is the body X set up


@cache
def _members() -> _Members:
    data = lexicon_data("organs.yaml")  # read once, shared with organ_lexicon (neither changes it)
    return _Members(
        heads=frozenset(h["head"] for h in data["heads"] if h.get("member")),
        links=tuple(data.get("member_links", ())),
        qualifiers=tuple(data.get("member_qualifiers", ())),
        unit_stems=tuple(data.get("member_unit_stems", ())),
        social_heads=frozenset(data.get("social_member_heads", ())),
        union_heads=frozenset(data.get("union_heads", ())),
        inspector_heads=frozenset(data.get("inspector_heads", ())),
        count_after=re.compile(data.get("member_count_after", "(?!)")),
        prefixed_heads=frozenset(data.get("prefixed_heads", ())),
        prefixing_names=tuple(data.get("prefixing_names", ())),
        function_words=re.compile(alternation(data.get("function_words", [])) or "(?!)"),
        public_after=re.compile(data.get("public_after", "(?!)")),
        public_stems=frozenset(data.get("public_stems", ())),
        public_act_stems=tuple(data.get("public_act_stems", ())),
        stem_stop=re.compile(alternation(data.get("member_stem_stop", [])) or "(?!)"),
        task_heads=tuple(data.get("member_task_heads", ())),
        stem_no_start=data.get("member_stem_no_start", ""),
        set_up_link=re.compile(data.get("set_up_link", "(?!)")),
    )


def _slot_words(lex: OrganLexicon) -> dict[str, tuple[str, ...]]:
    """The level slots of a fixed name: {L} any pair level (省委、省政府), {T} any township word
    (苏木乡镇人民政府、街道办事处: the township's government and the street office named together)."""
    return {
        "{L}": lex.pair_levels,
        "{T}": tuple(w for w, level in lex.level_of.items() if level == "township"),
        "{D}": tuple(lexicon_data("organs.yaml")["corps_divisions"]),  # 兵团第一师阿拉尔市 (师市合一)
    }


def _filled(template: str, lex: OrganLexicon) -> list[str]:
    for slot, words in _slot_words(lex).items():
        if slot in template:
            return [template.replace(slot, word) for word in words]
    return [template]


def _fixed_names(lex: OrganLexicon) -> list[str]:
    """The fixed names, each level slot filled with every word of its level set."""
    return [name for entry in lex.names for name in _filled(entry.name, lex)]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = organ_lexicon()
    names = _fixed_names(lex)
    pair_words = alternation(list(lex.pair_levels))
    # the level word may be printed once for both halves (旗县市委和政府, 县委、政府; not 县党委和政府, the
    # shared head of a level list), not before an office named after the pair (县委、政府办公室 is one office)
    pair = rf"(?P<pl>{pair_words})(?:(?:党)?委(?:、|和)(?P=pl)(?:人民)?政府|委(?:、|和)政府(?!办))"
    fixed = re.compile(rf"(?P<name>{alternation(names)})|(?P<pair>{pair})")
    places = alternation(list(lex.provinces))
    levels = rf"(?!{_level_false_start().pattern})(?:{alternation(list(lex.level_of))})"
    # the area word stands only before a level phrase (沿海县级以上…, 沿线区县…), never before a stem
    area = rf"(?:(?P<area>{alternation(_area_words())})(?=各|{alternation(list(lex.collectives))}|{levels}))?"
    # 相关沿河县区X: the set word may also open before the area word, which still qualifies the level phrase
    set_area = rf"(?:(?<=[有相]关)(?P<set_area>{alternation(_area_words())})(?={levels}))?"
    generic = re.compile(
        rf"{area}(?P<coll>{alternation(list(lex.collectives))})?{set_area}"
        rf"(?P<rel>{alternation(list(lex.relative))})?"
        rf"(?P<qual>{alternation(list(lex.qualifiers))})?"
        rf"(?P<lvl>(?!{_level_false_start().pattern})(?:(?:{places})(?:省|自治区|市)?|{alternation(list(lex.level_of))}))?"
        rf"(?P<stem>[^{re.escape(''.join(lex.stem_stop_chars))}\n]{{0,{lex.stem_max}}})"
        rf"(?P<head>{alternation(list(lex.heads))})"
    )
    # 各区: after 各 a 区 stands for the districts' governments, as 各县 does (a bare 区 is too often no body;
    # 各区、县人民政府 is the level word 区、县 of one body, read by the generic pattern);
    # 有关县 picks some of the counties, recorded as the level's body as 各县 is (resolve._picked_level_body)
    bare = re.compile(
        rf"(?P<coll>各|{alternation(sorted(_set_words()))})?(?P<qual>{alternation(list(lex.qualifiers))})?"
        rf"(?P<lvl>{alternation(list(lex.bare_levels))}|(?<=各)区(?![域划]|、县)|{_district_before_township(lex)})"
    )
    return fixed, generic, bare


def _district_before_township(lex: OrganLexicon) -> str:
    """区、乡镇人民政府 / 区和乡、镇人民政府 / 区、街道(乡镇): before a listed township word the bare 区 is the
    district level of a 直辖市 or city (corpus: 区、乡/镇/街道 ~130 prints), not the end of a place word
    (规划区、镇规划区, 居住小区、街道), so no word character but 的/和/关 comes before it."""
    townships = alternation([w for w, level in lex.level_of.items() if level == "township"])
    return rf"(?<![^\W的和关])区(?=[、和](?:{townships}))"


@cache
def _area_words() -> list[str]:
    return list(area_words())


@cache
def area_words() -> tuple[str, ...]:
    """The area words, each also with a place noun after it (沿线区域各级人民政府, 沿海地区县级人民政府:
    the area is the same), longest first so the fuller word is taken."""
    data = lexicon_data("organs.yaml")
    words = list(data.get("area_qualifiers", ()))
    nouns = data.get("area_place_nouns", ())
    placed = [word + noun for word in words for noun in nouns if word.startswith("沿")]  # not 流域内 (a place already)
    return tuple(sorted({*words, *placed}, key=len, reverse=True))


def _area_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """沿海设区的市、县(市、区)人民政府: the area word before a list of levels qualifies every body of
    the list, as a level list shares its head (市、县X = 市X and 县X)."""
    lex = organ_lexicon()
    chain: Mention | None = None
    for mention in mentions:
        if (
            chain is not None
            and not mention.area
            and mention.start == chain.end + 1
            and text[chain.end] in "、和"
            and _area_shared(chain, mention)
        ):
            # 沿海设区的市、县X: the area spans the level list; not another kind of body after it (沿河县(市、
            # 区)人民政府、市属开发区管理委员会: the zones' committees are named by their own word)
            mention.area, mention.display = chain.area, chain.area + (mention.display or mention.surface)
        elif not mention.area and mention.level_word and mention.cls != "role":
            _area_opening(mention, text, lex)
        chain = mention if mention.area else None
    _area_departments(mentions)
    return mentions


def _area_departments(mentions: list[Mention]) -> None:
    """相邻的其他市、县人民政府及其公安、水利等主管部门: the departments of an area's governments lie in that
    area too, a set of their own named with the area, the level and the function as the list prints it
    (其他市公安主管部门: dev sq-gudao, sq-yinshui), not the plain level's department."""
    governments = [m for m in mentions if m.area and m.cls == "gov"]
    for mention in mentions:
        body = mention.body
        if mention.area or mention.cls != "dept" or body is None or not mention.level_item:
            continue
        owner = next(
            (g for g in governments if g.start <= body.start < g.end and g.level == mention.level == body.level), None
        )
        if owner is not None:
            mention.area, mention.display = owner.area, owner.area + mention.level_item


_AREA_PAIR_LEVELS = ("township", "village")


def _area_shared(chain: Mention, mention: Mention) -> bool:
    """The area word of ``chain`` qualifies the next item too: an item of the same head (沿海设区的市、县X:
    a level list sharing it)."""
    return not chain.head or chain.head == mention.head


def _area_fixed_pairs(mentions: list[Mention], text: str) -> list[Mention]:
    """沿河乡(镇)人民政府、街道办事处 / 沿河村民委员会、居民委员会: the area word opened the first body's
    mention before the fixed pair could; the pair after the area is still one body (genre rule 2), the
    area qualifying it."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if previous is not None and previous.area and previous.level == mention.level in _AREA_PAIR_LEVELS:
            start = previous.start + len(previous.area)
            pair = _fixed_named(text[start : mention.end], start, mention.end, text)
            if pair is not None:
                pair.start, pair.area, pair.surface = previous.start, previous.area, text[previous.start : mention.end]
                pair.display = previous.area + pair.display
                result[-1] = pair
                continue
        result.append(mention)
    return result


def _set_fixed_pairs(mentions: list[Mention], text: str) -> list[Mention]:
    """相关街道办事处、乡镇人民政府 / 有关乡镇人民政府、街道办事处: the set word opened the first half's
    mention before the fixed pair could; the pair after it is still one body (genre rule 2), as after
    各 or 所在地, the set word one of its printed forms (dev bj-hanyang, sh-wgzl)."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        word = next((w for w in _set_words() if previous and previous.surface.startswith(w)), "")
        if word and previous is not None and previous.level == mention.level == "township":
            start = previous.start + len(word)
            pair = _fixed_named(text[start : mention.end], start, mention.end, text)
            if pair is not None and pair.cls == "gov":
                pair.start, pair.surface = previous.start, text[previous.start : mention.end]
                result[-1] = pair
                continue
        result.append(mention)
    return result


_PLACED_PAIR_PREFIX = 6  # 林州市, 涉农: a place name's length before the pair (longer openings are phrases)


def _placed_fixed_pairs(mentions: list[Mention], text: str) -> list[Mention]:
    """林州市乡镇人民政府及街道办事处 / 涉农区委、区政府 / 某某县委、县政府: a place name printed once before
    a fixed pair (genre rule 2) hid the pair's opening level word, so the first half was read as a body of
    no level (林州市乡镇人民政府, 涉农区委) and the second as a body of its own; the two are the one pair of
    that place, named with the place as printed."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        pair = _placed_pair(previous, mention, text) if previous is not None else None
        if pair is not None:
            result[-1] = pair
            continue
        result.append(mention)
    return result


def _placed_pair(first: Mention, second: Mention, text: str) -> Mention | None:
    """The fixed pair ``first`` (a body of no level read with a place before it) and ``second`` make, the
    place the shortest opening after which the rest up to ``second``'s end is a fixed name (None if none)."""
    if first.level is not None or first.collective or first.cls not in ("gov", "dept") or second.start <= first.end:
        return None
    suffixes = tuple(word for word, _ in _local_place_rule()[0]) + tuple(
        word for words in lexicon_data("organs.yaml").get("place_suffixes", {}).values() for word in words
    )
    for cut in range(1, min(_PLACED_PAIR_PREFIX, len(first.surface) - 1) + 1):
        place = first.surface[:cut]
        if not _PLACE_NAME_CHARS.fullmatch(place) or place.startswith(tuple(_set_words())):
            continue
        start = first.start + cut
        # the place ends with its level suffix (林州市|乡镇…), or the pair's own level word closes it (涉农|区委)
        if not (place + text[start]).endswith(suffixes):
            continue
        pair = _fixed_named(text[start : second.end], start, second.end, text)
        if pair is not None and pair.cls in ("gov", "pg"):
            pair.start, pair.surface = first.start, text[first.start : second.end]
            pair.display = place + (pair.display or text[start : second.end])
            return pair
    return None


def _area_opening(mention: Mention, text: str, lex: OrganLexicon) -> None:
    """The first body of a level list right after an area word (沿海|设区的市、…): it opens with the
    area, and with the whole level word the area hid (设区的 of 设区的市)."""
    for word in sorted(lex.level_of, key=len, reverse=True):
        start = mention.start + len(mention.level_word) - len(word)
        if start < 0 or not word.endswith(mention.level_word) or not text.startswith(word, start):
            continue
        area = next((a for a in _area_words() if text.endswith(a, 0, start)), "") or _partner_area(text, start)
        if area:
            rest = (mention.display or mention.surface)[len(mention.level_word) :]
            mention.start, mention.area, mention.level_word = start - len(area), area, word
            mention.surface = text[mention.start : mention.end]
            mention.display = area + word + rest
        return


@cache
def partner_area_words() -> tuple[str, ...]:
    """其他, 相邻: the words that, after a partner 与, open another place's bodies (_partner_area)."""
    return tuple(lexicon_data("organs.yaml").get("partner_area_qualifiers", ()))


def _partner_area(text: str, start: int) -> str:
    """其他 of 与…相邻的其他市、县人民政府…协作: a partner area word before the level word at ``start``, where a
    partner 与 opens the clause's list before it and a cooperation word closes the sentence after it."""
    word = next((w for w in partner_area_words() if text.endswith(w, 0, start)), "")
    if not word:
        return ""
    clause = max(text.rfind(mark, 0, start) for mark in "，,。；;：:\n")
    partner = text.rfind("与", clause + 1, start)
    stop = _sentence_stop(text, start)
    finder = _partner_place_finder()
    closed = finder.closing.search(text, start, stop) or finder.acts.search(text, start, stop)  # 相互配合 too
    return word if partner > clause and closed else ""


@cache
def _level_false_start() -> re.Pattern[str]:
    """Words that open with a level character but name no level (市场, 区域): no level word there."""
    return re.compile(lexicon_data("organs.yaml").get("level_word_false_start", "(?!)"))


@cache
def _generic_with_words() -> re.Pattern[str]:
    """The generic pattern whose stem may also hold the stem words (应急), for the few places where
    one is within reach: the plain character class keeps every other match fast."""
    lex = organ_lexicon()
    _, generic, _ = _patterns()
    plain = rf"[^{re.escape(''.join(lex.stem_stop_chars))}\n]"
    return re.compile(generic.pattern.replace(plain, rf"(?:{plain}|{alternation(lex.stem_words)})", 1))


@cache
def _stem_word_finder() -> re.Pattern[str]:
    return re.compile(alternation(organ_lexicon().stem_words))


_LAST_JOIN = "以及"  # joins the last two items of a 、 list of functions (A、B以及C等部门)
_ALTERNATIVE_JOIN = "或者|或"  # joins two alternative functions before one head (A或者B部门)


# What may stand between 等 and the shared head: 其他 (the unnamed rest, dropped as 等 drops it) and
# 政府 (the departments are the government's: 财政、园林绿化等政府有关部门 names 财政部门, 园林绿化部门)
_LIST_QUALIFIERS = "(?:其他)?(?:政府)?(?:有关|相关)?(?:行政)?"
_QUALIFIER_REACH = 8
# 负有安全生产监督管理职责的: the duty a set of bodies bears (负有…职责的部门 names that set). After a
# function list (公安、建设、房管等负有…职责的部门: 7 corpus lists) it qualifies each listed department
_DUTY_BORNE_VERBS = ("负有", "承担", "履行")
_DUTY_BORNE = f"(?:{'|'.join(_DUTY_BORNE_VERBS)})[^,。;、的\n]{{2,16}}职责的"
# 具有单位设立审批、登记职能的部门 / 具有行政执法职能的部门和组织: the function a set of bodies holds names
# that set as the duty it bears does (dev gw-jingji, hn-zongzhi, none against); its powers may be listed (审批、登记)
_FUNCTION_HELD_VERB = "具有"
_FUNCTION_HELD = f"{_FUNCTION_HELD_VERB}(?:[^,。;、的\n]{{1,8}}、)*[^,。;、的\n]{{2,16}}职能的"
# 公安、建设等依法对涉及X的事项负有审批、处罚等监督管理职责的部门: after a function list the duty may be
# opened by 依法对…事项 and list its powers (审批、处罚等); each listed department still bears it
_LISTED_DUTY_BORNE = (
    f"(?:依法)?(?:对[^,。;、\n]{{2,16}}?事项)?(?:{'|'.join(_DUTY_BORNE_VERBS)})"
    f"(?:[^,。;、的\n]{{1,6}}、)*[^,。;、的\n]{{2,16}}职责的"
)
# 由行使相对集中行政处罚权的部门行使: the power a set of bodies exercises names that set as the duty it bears
# does (dev pds-river, both twin annotations). Not after 及其 (上级人民政府及其行使…权的部门: the government's own
# departments, left to the rules of 及其), nor 行使其职权的机关 (a competent set)
_POWER_BORNE_VERB = "行使"
_POWER_BORNE = f"(?<!及其){_POWER_BORNE_VERB}(?!其)[^,。;、的\n]{{2,16}}权的"


@cache
def _enumeration() -> re.Pattern[str]:
    lex = organ_lexicon()
    unit = rf"(?:[^{re.escape(''.join(lex.stem_stop_chars))}\n]|{alternation(lex.stem_words)})"
    # a word that holds a stop character (应急) is an item of its own: one unit, but two characters
    # 海洋与渔业、人口与计划生育: 与 inside an item joins the two halves of one function's name (与 never
    # joins two listed functions in the corpus lists before 等…部门, 、 and 和 do)
    # 交通（海事）、城市管理（综合行政执法）: a bracketed name after an item (its other or former name, 36 corpus
    # lists in 23 files) is part of that item, not a stop of the list
    bracket = r"(?:\([\u4e00-\u9fff]{1,8}\))?"
    item = rf"(?:(?:{alternation(lex.stem_words)}){unit}{{0,9}}|{unit}{{2,10}})(?:与{unit}{{2,8}})?{bracket}"
    # one item is a list too when 等(有关) + a head follows it (自然资源和规划等有关部门, 应急管理等部门:
    # that function's department; 等 drops the unnamed rest)
    heads = alternation(lex.enumeration_heads)
    # 公安、林业等行政主管部门: 行政 before the head qualifies every item, as 有关 does; so does a shared
    # head with no 等 where the list has two items at least (铁路、交通行政主管部门), tried after a plain head
    # that follows a function ending in 行政 (公安、司法行政部门: 公安部门, not 公安行政部门); nor 部门 after
    # 行政主管 / 行政管理, which the unmarked head reads whole (农业农村、林业行政管理部门)
    unmarked = alternation(_unmarked_heads())
    # 生态环境、水行政主管部门: a one-character function (水) may close such a list right before the head
    short = rf"(?:{alternation(_one_char_functions())})(?=(?:{unmarked}))"
    # 林业以及黄河河务等部门: 以及 may join the last item of a 、 list, as 和 does (split in _enumeration_items);
    # 和 is spelled out too, so two long names it joins are not cut by one item's reach (司法行政和药品监督管理等
    # 部门: ~8 corpus lists of 12 characters and more)
    last = rf"{item}(?:(?:{_LAST_JOIN}|和){item})?"
    # 发展改革、财政部门 / 建设、施工单位: a plain head (or the project parties' head) with no 等 is tried too
    # (after 行政 only where it closes a listed function, _not_after_administration; 铁路、交通行政主管部门 is
    # an unmarked list); _listed_at keeps it only where every item is a function of the closed list or a party
    plain = alternation([*_plain_list()[0], _party_list()[0]])
    # 财政和审计部门 / 建设和施工单位: two items joined by 和 alone before a plain head are a list as well (the
    # same check keeps it: both a listed function, or both project parties; dev gw-kanghan, hb-qihe, lh-shali
    # annotate one organ per item)
    # 城市管理或者水行政主管部门 / 林业或者水利渔业部门: two alternatives before one head are a list as well, one
    # department each (dev hz-yunhe, zaoz-yinshui hold both, none against); kept by the same checks
    alternative = rf"{item}(?:{_ALTERNATIVE_JOIN})(?:{item}(?=(?:{plain}))|{short})"
    pair = rf"{item}和{item}(?=(?:{plain}))|{alternative}"
    items = rf"(?P<list>(?:{item}、)+(?:{last}|{short})|{pair})|{item}(?=等{_LIST_QUALIFIERS}(?:{heads}))"
    # 工业、农业等绿化重点部门 / 住房城乡建设、水利等相关行业工程建设主管部门: a short qualifier between 等
    # and the head; tried only where the head does not follow at once (lazy), kept by _qualified_list
    qualifier = rf"(?P<qual>(?:(?!{heads})[\u4e00-\u9fff]){{1,{_QUALIFIER_REACH}}}?)??"
    return re.compile(
        rf"(?P<items>{items})(?:等{_LIST_QUALIFIERS}(?:(?P<duty>{_LISTED_DUTY_BORNE})|{qualifier})|(?(list)(?:{_not_after_administration()}(?<!行政主管)(?<!行政管理)(?=(?:{plain}))|(?=(?:{unmarked}))行政)|(?!)))"
        rf"(?P<head>{alternation(lex.enumeration_heads)})"
    )


def _not_after_administration() -> str:
    """No plain head right after 行政 (铁路、交通行政主管部门 is read as an unmarked list), unless 行政 closes a
    listed function's own name (公安、检察、审判、司法行政机关: four bodies; ~10 corpus lists)."""
    own = [rf"(?<={re.escape(f)})" for f in sorted(_plain_list()[1]) if f.endswith("行政")]
    return rf"(?:(?<!行政){''.join('|' + o for o in own)})"


@cache
def _plain_list() -> tuple[list[str], frozenset[str]]:
    """The plain heads a 、 list of functions may share with no 等, and that closed list of functions."""
    data = lexicon_data("organs.yaml")
    return list(data.get("enumeration_plain_heads", ())), frozenset(data.get("enumeration_functions", ()))


@cache
def _party_list() -> tuple[str, frozenset[str]]:
    """The head a 、 list of construction-project parties shares with no 等 (建设、施工单位), and the parties."""
    data = lexicon_data("organs.yaml")
    return data.get("enumeration_party_head", "(?!)"), frozenset(data.get("enumeration_party_stems", ()))


@cache
def _one_char_functions() -> list[str]:
    """Functions named by one character (水 of 水行政主管部门): an item only as a list's last one."""
    return list(lexicon_data("organs.yaml").get("enumeration_one_char_functions", ())) or ["(?!)"]


@cache
def _unmarked_heads() -> list[str]:
    """The heads shared by a 、 list with no 等 (铁路、交通、民用航空行政主管部门: three departments)."""
    return list(lexicon_data("organs.yaml").get("enumeration_unmarked_heads", ()))


_LEVEL_LIST_MARKS = ("、", "和", "或者", "或")  # 市、县人民政府 / 市或者区县人民政府: one body at each level
_BARE_BEFORE = ("向", "对", "指导", "督促", "协助", "配合", "帮助", "、", "和", "与")
# 督促检查乡镇（街道）履行职责 / 督查县（市、区）落实情况: a level word right after an inspection verb is the
# level's body inspected, as after 督促 or 对 (dev cd-gengdi, gz-linzhang); not 约谈/考核/监督, whose level word
# more often qualifies what follows (约谈省份的X, 考核省份, 监督村级事项: dev gw-liangshi, sh-cunwei, xl-caoyuan)
_BARE_OVERSIGHT_BEFORE = ("检查", "督查", "督导")
_BARE_NOT_AFTER = "级域乡村镇民委两长内外三四五六"  # 省、市、县、乡四级: a count of levels, no organ


@dataclass
class _Scan:
    """What one pass of regexes finds in a text, so the scan does not retry them at every position."""

    verb_ends: set[int]  # positions right after an obligation verb (报告, not the 报 inside it)
    verb_inner: set[int]  # positions inside an obligation verb (not its start)
    stem_words: list[int]  # starts of stem words (应急) that the plain stem class would refuse
    collective_starts: set[int]
    head_ends: list[int]
    enumeration_marks: list[int]  # positions of 等 before an enumeration head
    bare_starts: set[int]
    fixed_any: set[int]  # every start of a fixed name (overlaps included): elsewhere none matches
    # candidate[i] is 1 where some mention could start: a fixed name or a bare level word starts
    # there, or a head or an enumeration mark ends within reach (nothing matches elsewhere).
    candidate: bytearray
    # The candidates where a mention may start whatever was found before: a fixed name matches
    # there (overlaps included), a bare level word or a collective opens there, or a boundary
    # (text start, after a stop character or a newline, after an obligation verb). Elsewhere only
    # the end of the last mention (or one past it) can open one, so the scan skips the rest.
    openings: list[int]
    hard_stops: list[int]  # characters no generic mention can hold (see _hard_stop_finder)

    @classmethod
    def of(cls, text: str, lex: OrganLexicon) -> _Scan:
        # map(_START, …) rather than a comprehension: the same positions, at C speed
        bare_starts = set(map(_START, _bare_finder().finditer(text)))
        verbs = list(lex.stem_stop.finditer(text))
        # 产生业主委员会, 新一届村民委员会: the name opens after a word no stem opens with, as after a verb
        verb_ends = set(map(_END, verbs)) | set(map(_END, _stem_no_open_finder().finditer(text)))
        verb_ends.update(map(_END, _kind_opening_finder().finditer(text)))  # 各类学校: a name opens after 各类
        if "和" in text:  # 接受X的领导和Y的监督: a body opens after 和 as after a verb
            verb_ends.update(map(_END, _noun_joined().finditer(text)))
        if "和" in text or "及" in text:  # 甲省和乙省人民政府: a body opens after a province's name and its joiner
            verb_ends.update(map(_END, _province_joined().finditer(text)))
        if "及其" in text:  # X部门及其负责人和下级人民政府: a body opens after the owned role as after X
            verb_ends.update(map(_END, _owned_role_gap().finditer(text)))
        if "和" in text and "、" in text:  # X和市、县人民政府Y、Z等部门: the level list opens after 和
            verb_ends.update(map(_END, _level_list_joined().finditer(text)))
        # inside a verb (当 in 应当, 地 in 所在地): no name opens there
        verb_inner = {k for verb in verbs if verb.end() - verb.start() > 1 for k in range(verb.start() + 1, verb.end())}
        collective_starts = set(map(_START, _collective_finder().finditer(text)))
        # 相应河湖下一级河长: a relative word opens a name even where an object runs into it
        collective_starts.update(map(_START, _relative_opening_finder().finditer(text)))
        if "其他" in text:  # cheap gate: 防汛指挥部其他成员单位 = its member units (see _member_pick_finder)
            collective_starts.update(map(_END, _member_pick_finder().finditer(text)))
        fixed_any, fixed_starts = _fixed_starts(text)
        head_ends = _head_ends(text)
        enumeration_marks = list(map(_START, _enumeration_mark().finditer(text)))
        candidate = bytearray(len(text) + 2)
        for start in fixed_starts | bare_starts:
            candidate[start] = 1
        _mark_reaches(candidate, head_ends, _MAX_PREFIX + lex.stem_max + _MAX_HEAD)
        # a function list opens as far before its 等…部门 as _listed_at reads it (a 70-character window lost
        # the first items of long lists: 教育、科技、经济和信息化、…、园林绿化等部门, 88 corpus lists over 70)
        _mark_reaches(candidate, enumeration_marks, _LIST_REACH)
        for word in _person_word_finder().finditer(text):  # 负责人和X: no mention opens inside 负责人
            candidate[word.start() + 1 : word.end()] = bytes(word.end() - word.start() - 1)
        boundaries = set(map(_END, _boundary_finder().finditer(text)))
        openings = fixed_any | bare_starts | collective_starts | verb_ends | boundaries | {0}
        return cls(
            verb_ends=verb_ends,
            verb_inner=verb_inner,
            stem_words=list(map(_START, _stem_word_finder().finditer(text))),
            collective_starts=collective_starts,
            head_ends=head_ends,
            enumeration_marks=enumeration_marks,
            bare_starts=bare_starts,
            fixed_any=fixed_any,
            candidate=candidate,
            openings=sorted(filter(candidate.__getitem__, openings)),  # those that are candidates
            hard_stops=list(map(_START, _hard_stop_finder().finditer(text))),
        )

    def next_start(self, i: int, mentions: list[Mention]) -> int:
        """The first candidate from ``i`` that is an opening or the last mention's end (or one past
        it): at the candidates skipped every matcher fails, as in a position-by-position scan."""
        start = _next(self.openings, i)
        if mentions:
            end = mentions[-1].end
            for after in (end, end + 1):
                if i <= after < start and self.candidate[after]:
                    return after
        return start


_START = re.Match.start
_END = re.Match.end


_CHIEF_GATE = re.compile(r"(?:[级总]|网格)[\u4e00-\u9fff]长")


@cache
def _chief_post_finder() -> re.Pattern[str]:
    """A level word (or 各级) then 级 or a 总/副总 tier, then one character and 长 (市级田长, 区县级田长, 市总田长,
    各级田长): the tiered chief of a X长制 the document sets up, whatever X it is. A relative word
    (上级田长, 下一级田长) or a unit word below the village (网格田长) opens one too, as before 河长."""
    lex = organ_lexicon()
    data = lexicon_data("organs.yaml")["chief_posts"]
    tiers = alternation(list(lexicon_data("organs.yaml")["position_tiers"]))
    # 上级/下级 (not 本级/同级: no chief post is printed so, and 同级 opens offices)
    relatives = alternation([w for w, k in lex.relative.items() if k != "same"])
    return re.compile(
        rf"(?:(?:(?P<coll>{alternation(list(lex.collectives))})|(?P<lvl>{alternation(list(lex.level_of))})"
        rf"(?P<stem>级?(?:{tiers})?)|(?<![上下])(?P<rel>{relatives})|(?<![副务])(?P<tier>{tiers}))(?<=[级总])"
        rf"|(?P<unit>{alternation(data['units'])}))"
        rf"(?P<head>(?![{data['not_chars']}])[\u4e00-\u9fff]长)(?![{data['not_followed']}])"
    )


def _chief_posts(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """The tiers of a chief post the lexicon does not list (田长 beside the listed 河长/林长): read as the
    listed ones are, a position at its level; the bare level words found inside give way to it."""
    for found in _chief_post_finder().finditer(text):
        head = found.group("head")
        if head in lex.heads:
            continue  # 河长, 林长: the scan reads them
        start, end = found.span()
        if any(m.start < end and start < m.end and not (start <= m.start and m.end <= end) for m in mentions):
            continue  # part of a longer name
        kept = [m for m in mentions if not (start <= m.start and m.end <= end)]
        post = Mention(
            start,
            end,
            found.group(0),
            _level_of_word(found.group("lvl"), lex),
            "individual_role",
            "position",
            stem=found.group("stem") or found.group("tier") or found.group("unit") or "",
            head=head,
            collective=found.group("coll"),
            relative=lex.relative.get(found.group("rel") or ""),
            level_word=found.group("lvl") or "",
        )
        mentions = sorted([*kept, post], key=lambda m: m.start)
    return mentions


@cache
def _social_list_finder() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The list of unit kinds (机关、团体、企业事业单位和其他社会组织), its anchors, and one item."""
    data = lexicon_data("organs.yaml")["social_unit_lists"]
    item = alternation(list(data["items"]))
    last = alternation(data["last_joiners"])
    lead = f"(?<![{data['not_after_chars']}])"
    tail = f"(?!{alternation(data['not_before'])})"
    # atomic: a list closed by 等 must not give its first items as a shorter list
    run = re.compile(f"{lead}(?>(?:{item})(?:、(?:{item}))+(?:(?:{last})(?:{item}))?){tail}")
    return run, re.compile(alternation(data["anchors"])), re.compile(item)


def _social_unit_lists(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """机关、团体、部队、学校、企业、事业单位: one body per kind of unit (genre rule 2); the mentions the
    generic reading found inside the list give way, and a list a longer name crosses is left alone."""
    run, anchors, item = _social_list_finder()
    for found in _social_lists(text):
        start, end = found.span()
        stationed = _stationed_lead(text, start)
        if stationed is not None:
            start = stationed.start()  # 驻区机关、…: the lead's mention is part of the stationed units
        if not anchors.search(found.group(0)) or any(
            m.start < end and m.end > start and (m.start < start or m.end > end) for m in mentions
        ):
            continue
        mentions = [m for m in mentions if m.end <= start or m.start >= end]
        if stationed is not None:
            mentions.append(_stationed_units(stationed, found, text))
        elif found.re is run:
            mentions += [
                _social_unit(piece.group(0), start + piece.start(), doc_level)
                for piece in item.finditer(found.group(0))
            ]
        else:
            mentions += _closed_social_units(found, doc_level)
    return sorted(mentions, key=lambda m: m.start)


@cache
def _stationed_pattern() -> re.Pattern[str]:
    """驻街的 / 驻区 right before a list of unit kinds: the place the units are stationed in."""
    places = alternation(lexicon_data("organs.yaml")["stationed_units"]["places"])
    return re.compile(f"驻(?P<place>{places})的?$")


def _stationed_lead(text: str, start: int) -> re.Match[str] | None:
    """The 驻X(的) printed right before a list of unit kinds starting at ``start``, if any."""
    return _stationed_pattern().search(text, max(0, start - 6), start)


def _stationed_units(lead: re.Match[str], found: re.Match[str], text: str) -> Mention:
    """驻街的机关、团体、部队、企业事业单位: the units stationed in the place are one social body, named
    驻X单位 as the genre prints it for short (organs.yaml stationed_units); the printed list is one of its
    names."""
    start, end = lead.start(), found.end()
    mention = Mention(start, end, text[start:end], "social", "enterprise_society", "name")
    mention.fixed_name = f"驻{lead.group('place')}单位"
    mention.display = mention.fixed_name
    return mention


@cache
def _ownership_list() -> re.Pattern[str]:
    """国有、集体企业: a 、 list of ownerships before the head they share, maybe run on into 事业单位."""
    data = lexicon_data("organs.yaml")["ownership_lists"]
    adjective = alternation(data["adjectives"])
    return re.compile(f"(?P<adj>(?:{adjective})(?:、(?:{adjective}))+){data['head']}(?P<merged>{data['merged_tail']})?")


def _ownership_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """国有、集体企业 → 国有企业 + 集体企业 (genre rule 2); …企业及其控股企业和事业单位 → 企业事业单位 (an
    ownership subset merges into the units it is one of); the mentions read inside it give way."""
    data = lexicon_data("organs.yaml")["ownership_lists"]
    for found in _ownership_list().finditer(text):
        start, end = found.span()
        if found.group("merged"):
            units = [Mention(start, end, found.group(0), "social", "enterprise_society", "name")]
            units[0].fixed_name = units[0].display = data["merged_name"]
        else:
            units = [
                _social_unit(piece.group(0), start + piece.start(), None)
                for piece in re.finditer(alternation(data["adjectives"]), found.group("adj"))
            ]
            for unit in units:
                unit.fixed_name = unit.display = unit.surface + data["head"]
            units[-1].end, units[-1].surface = end, text[units[-1].start : end]  # the last one prints the head
        mentions = [m for m in mentions if m.end <= start or m.start >= end] + units
    return sorted(mentions, key=lambda m: m.start)


def in_unit_kind_list(mention: Mention, text: str) -> bool:
    """机关 of 对机关、团体、企业、事业等单位…监督检查: a kind of unit listed with the other kinds names a
    regulated category, as the units beside it do (genre rule 7: no oversight edge to units)."""
    if mention.cls != "name" or "、" not in text:
        return False
    return any(f.start() <= mention.start and mention.end <= f.end() for f in _social_lists(text))


def _social_lists(text: str) -> list[re.Match[str]]:
    """The lists of unit kinds in ``text``: the open ones (_social_list_finder), then those closed by 等."""
    return [*_social_list_finder()[0].finditer(text), *_closed_social_list().finditer(text)]


@cache
def _closed_social_list() -> re.Pattern[str]:
    """机关、社会团体、企业事业等单位: a 、 list of unit kinds closed by 等单位 (or by 等 right before the
    duty, …社会团体等应当), the last kind maybe printed without 单位 (企业事业); not atomic, so that 企业
    does not stop the list before 事业."""
    data = lexicon_data("organs.yaml")["social_unit_lists"]
    item = alternation(list(data["items"]))
    last = alternation([*data["items"], *data["closing_items"]])
    lead = f"(?<![{data['not_after_chars']}])"
    joiner = alternation(["、", *data["last_joiners"]])
    duty = f"等(?=[，,]?(?:{lexicon_data('organs.yaml')['subject_actor']['modal']}))"
    return re.compile(f"{lead}(?:{item})(?:、(?:{item}))*(?:{joiner})(?:(?:{last})等单位|(?:{item}){duty})")


def _closed_social_units(found: re.Match[str], doc_level: str | None) -> list[Mention]:
    """One body per kind of a list closed by 等(单位); the last one spans 等单位 and takes 单位 if it
    lacks it."""
    data = lexicon_data("organs.yaml")["social_unit_lists"]
    body = found.group(0).removesuffix("等单位").removesuffix("等")
    units: list[Mention] = []
    start = found.start()
    for piece in re.split(alternation(["、", *data["last_joiners"]]), body):
        start = found.start() + body.index(piece, start - found.start())
        units.append(_social_unit(piece, start, doc_level, data["closing_items"].get(piece)))
        start += len(piece)
    if found.group(0).endswith("等单位"):  # 企业事业等单位: the head printed after 等 is the last unit's
        last = units[-1]
        last.end, last.surface = found.end(), found.group(0)[last.start - found.start() :]
        last.display = last.display or last.fixed_name or ""
    return units


def _social_unit(piece: str, start: int, doc_level: str | None, closing: str | None = None) -> Mention:
    items = lexicon_data("organs.yaml")["social_unit_lists"]["items"]
    entry = items.get(closing or piece) or {"kind": "enterprise_society", "level": "social"}
    level = doc_level if entry["level"] == "document" else entry["level"]
    mention = Mention(start, start + len(piece), piece, level, entry["kind"], "name")
    mention.fixed_name = entry.get("name", closing or piece)
    mention.display = entry.get("name", closing or "")
    return mention


def _mark_reaches(candidate: bytearray, ends: list[int], reach: int) -> None:
    """Mark ``end - reach … end`` for every end (sorted), overlapping spans merged into one write."""
    span_start = span_end = -1
    for end in ends:
        first = max(0, end - reach)
        if span_end < 0 or first > span_end + 1:  # a gap: write the span so far, open a new one
            if span_end >= 0:
                candidate[span_start : span_end + 1] = b"\x01" * (span_end + 1 - span_start)
            span_start = first
        span_end = max(span_end, end)
    if span_end >= 0:
        candidate[span_start : span_end + 1] = b"\x01" * (span_end + 1 - span_start)


def _next(positions: list[int], i: int) -> int:
    index = bisect.bisect_left(positions, i)
    return positions[index] if index < len(positions) else 1 << 30


def find_mentions(
    text: str,
    doc_level: str | None,
    actors: tuple[str, ...] = (),
    short_names: tuple[tuple[str, str], ...] = (),
    posts: tuple[tuple[str, str], ...] = (),
) -> list[Mention]:
    """All organ mentions in ``text`` (a clause, article or whole view), left to right; ``actors`` are
    the regulated actors the whole document defines by a short name (defined_actors), ``short_names``
    the bodies it so abbreviates (defined_short_names), ``posts`` the posts it sets for a body (set_posts)."""
    if "的人民" in text:  # cheap gate: few texts print a level list's 的 before its body
        shifted, lists = _shifted_list_possessives(text)
        if lists:
            found = _find_mentions(shifted, doc_level, actors, short_names, posts)
            return _joint_forms(_unshifted(found, lists, text), text)
    found = _find_mentions(text, doc_level, actors, short_names, posts)
    if _MEMBERS_OF in text:  # cheap gate: 居民委员会的成员
        lists = _member_possessives(found, text)
        if lists:
            found = _find_mentions(_shifted(text, lists), doc_level, actors, short_names, posts)
            found = _unshifted(found, lists, text)
    found = _joint_forms(found, text)
    if "全" in text or "本" in text:  # cheap gate: 全市街道办事处, 本区居民委员会
        found = [_scoped_local_body(m, text, doc_level) for m in found]
    if "的成员单位" in text:  # cheap gate: few texts print a level list's member units with 的
        found = _members_of_level_list(found, text)
    return found


def _scoped_local_body(mention: Mention, text: str, doc_level: str | None) -> Mention:
    """全市街道办事处 / 本区居民委员会: the whole or own place before a township or village body says which of
    them are meant (every one of the place), no part of its name: the body is read as printed after the place
    word, at its own level (dev tj-jdbsc, wh-jiedao annotate the plain 街道办事处). A body the place word
    gives its level (本县水行政主管部门, 本市人民政府) keeps it."""
    if mention.level is not None or mention.stem not in scope_place_words():
        return mention
    start = mention.start + len(mention.stem)
    inner = _find_mentions(text[start : mention.end], doc_level, (), (), ())
    if len(inner) != 1 or inner[0].level not in _SCOPED_LEVELS or inner[0].end != mention.end - start:
        return mention
    body = inner[0]
    body.start, body.end = body.start + start, body.end + start
    return body


# the levels of the bodies a place word only scopes: they name their own level
_SCOPED_LEVELS = ("township", "village")


@cache
def scope_place_words() -> frozenset[str]:
    """全市, 本区…: the subject qualifiers that name a whole place or the document's own place."""
    words = lexicon_data("organs.yaml").get("subject_qualifiers", ())
    return frozenset(w for w in words if w.startswith(("全", "本")))


def _members_of_level_list(mentions: list[Mention], text: str) -> list[Mention]:
    """市和区X的成员单位: the member units of a level list's bodies are one member set, X成员单位 (dev
    cq-flood, sh-zongzhi annotate one set, none a set per level), holding the listed bodies so that its
    本级/同级 body is each listed level's X; the listed bodies bear nothing there."""
    out: list[Mention] = []
    for mention in mentions:
        group = [m for m in out if m.joint and out[-1].joint == m.joint and m.list_end == out[-1].list_end]
        if (
            len(group) > 1
            and mention.stem + mention.head in _MEMBER_SETS
            and mention.body is None
            and mention.level is None
            and text[group[-1].end : mention.start] == "的"
            and len({m.stem + m.head for m in group}) == 1
        ):
            del out[-len(group) :]
            body = group[-1]
            mention.listed = tuple(group)
            mention.stem = body.stem + body.head + mention.stem
            mention.display = mention.stem + mention.head
            mention.start, mention.surface = group[0].start, text[group[0].start : mention.end]
        out.append(mention)
    return out


_MEMBERS_OF = "的成员"


def _member_possessives(mentions: list[Mention], text: str) -> list[tuple[int, int]]:
    """由居民委员会的成员分工负责: a named body's members printed with 的 are the body's member role, as
    居民委员会成员 printed without it (dev bj-jwh, fl-jwh, hn-jwh annotate the members as holders); the
    (start, 的) offsets of each such body. Not 成员单位 (a member set), nor a department word (下属委员会的成员)."""
    return [
        (m.start, m.end)
        for m in mentions
        if m.cls == "name"
        and m.body is None
        and text.startswith(_MEMBERS_OF, m.end)
        and not text.startswith(_MEMBERS_OF + "单位", m.end)
        and any((m.surface + "成员").endswith(head) for head in _members().heads)
    ]


def _shifted(text: str, lists: list[tuple[int, int]]) -> str:
    """Each (start, 的) span's 的 moved in front of it as a stop character (offsets after it kept)."""
    out, last = [], 0
    for start, de in lists:
        out += [text[last:start], _SCOPE_MASK, text[start:de]]
        last = de + 1
    return "".join(out) + text[last:]


def _joint_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """市、县人民政府 split into 市人民政府 and 县人民政府 (_distribute_levels): the list as printed, from
    its first body's start (with the area word or set word it opens with) to its last body's end, is a
    printed form of every body of the list (dev: most annotations list the joint form on each half)."""
    group: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is not None and group and mention.list_end == group[-1].list_end >= 0:
            group.append(mention)
            continue
        if len(group) > 1:
            joint = text[group[0].start : group[-1].end]
            for member in group:
                member.joint = joint
        group = [mention] if mention is not None and mention.list_end >= 0 else []
    if "街道办事处" in text:  # cheap gate: few texts join a township government and the street office
        _township_street_joints(mentions, text)
    return mentions


_STREET_OFFICE = "街道办事处"


def _township_street_joints(mentions: list[Mention], text: str) -> None:
    """乡、镇人民政府和街道办事处: a township government and the street office printed joined (和/、) with no
    fixed pair name read over them; the joint phrase as printed is a printed form of each (the dev
    annotations name the pair by it: sh-aqsc, sh-jindu, sh-tufa, sh-yanhua, bj-zongzhi, where the halves
    are one body; bj-minbing, bj-shuitu keep two nodes, each found by its own printed name first)."""
    for previous, mention in itertools.pairwise(mentions):
        if (
            township_government(previous)
            and township_government(mention)
            and text[previous.end : mention.start] in ("和", "、")
            and [previous.surface.endswith(_STREET_OFFICE), mention.surface.endswith(_STREET_OFFICE)].count(True) == 1
            and not previous.joint
            and not mention.joint
        ):
            previous.joint = mention.joint = text[previous.start : mention.end]


def township_government(mention: Mention) -> bool:
    """A township government or street office of no set, relative or fixed pair name (乡、镇人民政府); also
    what resolve.py asks of a half of the pair."""
    return (
        mention.cls == "gov"
        and mention.level == "township"
        and not mention.fixed_name
        and not mention.collective
        and not mention.relative
        and mention.body is None
    )


def _find_mentions(
    text: str,
    doc_level: str | None,
    actors: tuple[str, ...] = (),
    short_names: tuple[tuple[str, str], ...] = (),
    posts: tuple[tuple[str, str], ...] = (),
) -> list[Mention]:
    lex = organ_lexicon()
    fixed, generic, bare = _patterns()
    if "该" in text:  # cheap gate: few texts point back with 该地区
        text = _masked_demonstrative_places(text)
    if "被" in text:  # cheap gate
        text = _masked_overseen_places(text)
    if any(word in text for word in _scope_words()):  # cheap gate: few texts print 所辖/相邻 before a level
        text = _masked_scope_words(text)
    if "对口" in text or "相应" in text:  # cheap gate: few texts name a level's counterpart departments
        text = _counterpart_sets_named(text)
    basins = list(_basin_before_level().finditer(text)) if "流域" in text or "沿" in text else []  # cheap gate
    printed = text
    for basin in basins:
        text = text[: basin.start()] + "，" * len(basin.group(0)) + text[basin.end() :]
    scan = _Scan.of(text, lex)
    mentions: list[Mention] = []
    i = 0
    while i < len(text):
        i = scan.next_start(i, mentions)
        if i >= len(text):
            break
        listed = _enumerated_at(text, i, lex, mentions, scan) if scan.enumeration_marks else []  # most have none
        if listed:
            mentions += listed
            i = listed[-1].end + 1
            continue
        mention = (_fixed_at(fixed, text, i, doc_level) if i in scan.fixed_any else None) or _generic_at(
            generic, text, i, lex, mentions, doc_level, scan
        )
        if mention is not None and mention.fixed_name in _name_guards():
            _clause_placed(mention, text, lex, scan)
        if mention is not None and mention.cls == "name" and _placed_name(mention):
            _level_before(mention, text, lex, mentions, scan)
        if mention is not None and mention.cls == "name" and mention.kind == "individual_role" and mention.collective:
            _role_level_word(mention, text, mentions)
            _every_level_role(mention, text, mentions)
        if mention is None and i in scan.bare_starts:
            mention = _bare_at(bare, text, i, lex, mentions, doc_level)
        if mention is None:
            i += 1
            continue
        mentions.append(mention)
        i = mention.end
    if "和" in text:  # cheap gate: a joint subject needs its 和
        mentions = _joint_actor_subjects(mentions, text, lex)
    if "和" in text and scan.enumeration_marks:  # cheap gate: a stray item needs a list after 和
        mentions = _stray_first_items(mentions, text, lex)
    if "机制" in text:  # cheap gate: few texts name a coordinating mechanism
        mentions = _standing_mechanisms(mentions, text)
    if "常委会会议" in text:  # cheap gate: few texts name a party committee's standing meeting
        mentions = _standing_meetings(mentions, text)
    if any(word in text for word in organ_words("bare_function_bodies")):  # cheap gate: few texts print 财政 as a body
        mentions = _bare_function_bodies(mentions, text)
    if any(word in text for word in ("有关", "相关", "职责的", "职能的")):  # cheap gate: a function (list) before a set
        mentions = _functions_before_related_set(mentions, text, doc_level)
    if any(word in text for word in organ_words("other_department_subjects")):  # cheap gate: few texts print one
        mentions = _other_department_subjects(mentions, text)
        mentions = _government_other_departments(mentions, text)
    if "中央和" in text:  # cheap gate: few texts print 中央 sharing a list's government head
        mentions = _central_shared_head(mentions, text)
    if "由" in text and "财政" in text:  # cheap gate: few texts name a budget as the payer
        mentions = _budget_payers(mentions, text, doc_level)
    if actors:
        mentions = _actor_mentions(mentions, text, actors)
    if short_names:
        mentions = _short_name_mentions(mentions, text, doc_level, short_names)
    if "长" in text and _CHIEF_GATE.search(text):  # cheap gate: few texts hold 级X长 / 总X长
        mentions = _chief_posts(mentions, text, lex)
    if "、" in text and _social_list_finder()[1].search(text):  # cheap gate: few texts name unit kinds
        mentions = _social_unit_lists(mentions, text, doc_level)
    if "、" in text and _ownership_list().search(text):  # cheap gate: few texts list ownerships
        mentions = _ownership_lists(mentions, text)
    if _subject_actor_gate().search(text):  # cheap gate: a modal at all
        mentions = _subject_actors(mentions, text, lex, actors)
    if "的" in text:  # cheap gate: X的Y机构 (a title with no modal too)
        mentions = _possessor_actors(mentions, text, lex)
    if _subject_actor_gate().search(text) and "的" in text:
        mentions = _relative_actors(mentions, text)
    if "由" in text and "的" in text:  # cheap gate: an agent named by a relative clause needs both
        mentions = _agent_relative_actors(mentions, text)
    if "的" in text and ("责令" in text or "罚款" in text):  # cheap gate: a penalty at all
        mentions = _offender_actors(mentions, text, lex, actors)
    if any(verb in text for verb in triggers()["hiring"]):  # cheap gate: a hiring verb at all
        mentions = _hired_posts(mentions, text, lex)
    if "的" in text and _case_body_finder().search(text):  # 可以 too: a case body's powers are its duties
        mentions = _case_bodies(mentions, text)
    mentions = _street_and_township(_merge_adjacent(mentions, text), text)
    if "各" in text and "部门" in text:  # cheap gate: few texts print a government's 各部门
        mentions = _government_department_sets(mentions, text)
    if "派" in text:  # cheap gate: few texts name a field office
        mentions = _field_offices(mentions, text)
    if "和" in text or "及" in text:
        mentions = _joined_named_places(mentions, text, doc_level)
    if "、" in text or "和" in text:  # 甲省和乙省人民政府: a province list may be joined by 和 alone
        mentions = _named_place_lists(mentions, text, doc_level)
    if "及" in text or "和" in text or "、" in text:
        mentions = _named_place_joined_bodies(mentions, text, doc_level)
    finder = _partner_place_finder()
    if finder.cues.search(text) or finder.acts.search(text):  # 与/会同 a partner, or 配合 one
        mentions = _partner_places(mentions, text)
    if "、" in text or "和" in text:  # 甲区和乙区管委会: two zones need no 、
        mentions = _zone_lists(mentions, text)
    if "区(" in text:  # cheap gate: few texts print a zone's alternatives in a bracket
        _bracketed_zones(mentions, text)
    if "区" in text:
        _zone_bodies(mentions)
    if "其他" in text:  # cheap gate: few texts print 其他 right after a bare level word
        mentions = _level_other_sets(mentions, text)
    mentions = _distribute_levels(_distribute_collective(mentions, text), text)
    if "(行" in text:  # cheap gate: few texts print a 行政公署 (行署) in brackets
        _drop_other_level_offices(mentions)
    if "、" in text or "和" in text:
        mentions = _listed_level_departments(mentions, text)
    if "本级" in text or "同级" in text:  # cheap gate: few texts print a 本级 function list
        mentions = _same_level_lists(mentions, text, lex)
    if any(word in text for word in (*_area_words(), *partner_area_words())):  # cheap gate: most texts name no area
        mentions = _area_lists(_area_fixed_pairs(mentions, text), text)
    if any(word in text for word in _set_words()):  # cheap gate: most texts pick no set
        mentions = _set_fixed_pairs(mentions, text)
    if "、" in text or "和" in text or "及" in text:  # cheap gate: a pair needs its joiner
        mentions = _placed_fixed_pairs(mentions, text)
    mentions = _scope_bare_pairs(mentions)
    mentions = _share_position_levels(mentions, text)
    mentions = _share_government(mentions, text)
    if any(word in text for word in _levelled_place_words()):  # cheap gate: few texts open a clause with a place word
        _place_opened_clauses(mentions, text)
    if _BARE_OWNED in text:  # cheap gate: few texts print the departments bare after 及其
        mentions = _bare_owned_departments(mentions, text)
    mentions = _attach_owned(_distribute_relatives(_join_sets(mentions, text, lex), text, lex), text)
    if "上" in text:  # cheap gate: a superior at all
        mentions = _share_superior(mentions, text)
    if "共同" in text:  # cheap gate: few texts name the common superior of two parties
        _common_superiors(mentions, text)
    if "及其" in text:
        _attach_offices(mentions, text)
    if "办公室" in text:  # cheap gate: few texts name a committee's office
        _attach_referred_offices(mentions, text)
    if "下设" in text:  # cheap gate: few texts set an office up inside the body's own name
        _set_up_inner_offices(mentions)
    if "成员单位" in text:  # cheap gate: few texts list a body's member units
        _attach_composed_members(mentions, text)
    if "(" in text:
        mentions = _bracketed_alternatives(mentions, text)
    if any(word in text for word in _weak_role_gates()):  # cheap gate: X的负责人, X的法定代表人
        mentions = _weak_roles_after_of(mentions, text)
    if "主任" in text or "成员" in text:  # cheap gate: a committee's chair or members
        mentions = _committee_chairs(mentions, text)
    if any(word in text for word in _head_title_words()):  # cheap gate: few texts name a body's head (公安部部长)
        mentions = _head_titles(mentions, text)
    if "副" in text and ("设" in text or "协助" in text):  # cheap gate: a body's posts with a headcount or a deputy
        mentions = _composed_posts(mentions, text)
    if posts:
        mentions = _set_posts_named(mentions, text, posts, doc_level)
    if "长" in text:  # cheap gate: few texts print a level's chief (区长, 乡镇长)
        mentions = _level_chiefs(mentions, text)
    leaders = "分管" in text and ("负责人" in text or "负责同志" in text or "的副" in text or "领导成员" in text)
    if leaders:
        mentions = _bare_field_leaders(mentions, text)
    mentions = _attach_members(mentions, text)
    _set_role_bodies(mentions)
    if "部门" in text:  # cheap gate: a department set before a role
        _department_set_role_bodies(mentions, text, doc_level)
    if leaders:
        mentions = _field_leader_roles(mentions, text)
    if "负责人" in text or "成员" in text:
        _carry_collective_role_body(mentions)
        mentions = _carry_level_list_role_bodies(mentions, text)
        _carry_pair_others_body(mentions, text)
        _carry_named_leader_body(mentions, text)
    if "其他" in text:  # cheap gate: few texts name the rest of a level's departments
        _other_level_sets(mentions, text)
    if "称" in text:
        mentions = _defined_names(mentions, text, doc_level)
    if _may_name_duty_set(text):
        mentions = _duty_defined(mentions, text, doc_level, lex)
    if "国务院和" in text:  # cheap gate: few texts pair 国务院 with the local governments
        _central_joint(mentions, text)
    if "其" in text:
        mentions = _possessive_roles(mentions, text)
    if "该" in text:  # cheap gate: few texts point back with 该部门主要负责人
        mentions = _demonstrative_roles(mentions, text)
    if ("其" in text or "常务委员会" in text) and ("或" in text or "及" in text):
        mentions = _alternative_owned(mentions, text)  # A或者其常务委员会, A及其常务委员会, A或者常务委员会
    if "授权的" in text:  # cheap gate: few texts name the bodies a government authorises
        mentions = _printed_authorisers(mentions, text)  # A或者A授权的部门
    if "负责人" in text:
        mentions = _shared_roles(mentions, text)
    if "的" in text:
        mentions = _designated_sets(mentions, text, doc_level)
    if "的" in text or "、" in text:  # 的: the things before 的; 、: a list of things right before the unit
        mentions = [_object_qualified(m, text, lex) for m in mentions]
    if "外" in text:
        mentions = _open_sets_at_exclusions(mentions, text)
    if "本" in text:
        mentions = [_own_place_printed(m, text) for m in mentions]
    mentions = [_tail_printed(_lead_printed(m, text), text) for m in mentions]
    if "等" in text:  # cheap gate: an open list of examples before a unit kind
        mentions = _open_list_things(mentions, text)
        for mention in mentions:
            _open_list_printed(mention, text, mentions)
    if "《" in text:  # cheap gate: a law's title quoted (根据《中华人民共和国城市居民委员会组织法》)
        mentions = _outside_titles(mentions, text)
    if "所在地" in text:  # cheap gate: few texts name a government's seat
        mentions = _not_seats(mentions, text)
    return _basin_opened(mentions, basins, printed) if basins else mentions


_QUOTED_TITLE = re.compile(r"《[^《》]*》")


def _not_seats(mentions: list[Mention], text: str) -> list[Mention]:
    """乡、民族乡、镇的人民政府所在地, 县人民政府所在地镇: a government right before 所在地 names the town it
    sits in, a place, no actor of the text (corpus: ~40 prints, every one a place; dev fl-jwh and hn-jwh annotate
    no such organ)."""
    words = tuple(organ_words("seat_words"))
    return [m for m in mentions if not (m.cls in ("gov", "pg") and text.startswith(words, m.end))]


def _outside_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """A body named inside a quoted title (《中华人民共和国城市居民委员会组织法》, 《国务院关于…的决定》) is a
    word of the act's name, no actor of the text: no mention."""
    titles = [(m.start(), m.end()) for m in _QUOTED_TITLE.finditer(text)]
    return [m for m in mentions if not any(a < m.start and m.end <= b for a, b in titles)]


def _basin_opened(mentions: list[Mention], basins: list[re.Match[str]], text: str) -> list[Mention]:
    """流溪河流域内|区人民政府: the body read after the basin still opens where the basin does, so the
    words before it (和, 会同) join it as they would; its name stays the level's (the display)."""
    starts = {basin.end(): basin.start() for basin in basins}
    for mention in mentions:
        if mention.start in starts:
            mention.display = mention.display or mention.surface
            mention.start = starts[mention.start]
            mention.surface = text[mention.start : mention.end]
    return mentions


@cache
def _demonstrative_place() -> re.Pattern[str]:
    words = lexicon_data("triggers.yaml")
    determiners = alternation(words["object_determiners"])
    # not the modal 应该 (应该地方各级人民政府…: the place word opens the body's own name there)
    return re.compile(rf"(?<!应{determiners})(?<={determiners})(?:{alternation(words['object_determiner_places'])})")


_SCOPE_MASK = "该"  # a stop character no name holds, as for 该地区


@cache
def _scope_words() -> tuple[str, ...]:
    data = lexicon_data("organs.yaml")
    return tuple(data.get("level_scope_words", ())) + tuple(data.get("level_scope_openers", ()))


@cache
def _level_scope_word() -> re.Pattern[str]:
    lex = organ_lexicon()
    words = alternation(list(lexicon_data("organs.yaml").get("level_scope_words", ())))
    # 相邻县（区）林长应当…: a subject's scope word only where it opens the clause (与相邻省区: a partner place)
    openers = list(lexicon_data("organs.yaml").get("level_scope_openers", ()))
    if openers:
        words = rf"{words}|(?:^|(?<=[{re.escape(''.join(_CLAUSE_OPEN))}]))(?:{alternation(openers)})"
    levels = alternation(sorted(lex.bare_levels))
    return re.compile(rf"(?:{words})(?=(?!{lex.level_false_starts.pattern})(?:{levels})(?!域))")


@cache
def _list_possessive() -> re.Pattern[str]:
    """不设区的市、市辖区的人民政府, 省、自治区、直辖市的人民代表大会常务委员会: the national laws print 的 between a
    list of level words and the body they share (corpus: 市、自治州的人民政府 28, 市、市辖区的人民政府 14, 省、自治区、
    直辖市的人民政府 11 prints); the list names the levels' bodies as 市、县人民政府 does."""
    entry = lexicon_data("organs.yaml").get("list_possessive", {})
    words = alternation(sorted(entry.get("levels", ()), key=len, reverse=True))
    heads = alternation(list(entry.get("heads", ())))
    return re.compile(rf"(?:{words})(?:、(?:{words}))+(?=的(?:{heads}))")


def _shifted_list_possessives(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The 的 of a level list before its body moved in front of the list as a stop character (offsets of
    the body's head kept; the list is read one character to the right), unless the whole phrase is a
    fixed name (乡、民族乡、镇的人民政府); with the (start, 的) offsets of each list moved."""
    fixed = [entry.name for entry in organ_lexicon().names if "的" in entry.name]
    lists = [
        (found.start(), found.end())
        for found in _list_possessive().finditer(text)
        if not any(text.startswith(name, found.start()) for name in fixed)
    ]
    return _shifted(text, lists), lists


def _unshifted(mentions: list[Mention], lists: list[tuple[int, int]], text: str) -> list[Mention]:
    """The mentions read on a shifted text put back on the printed one: an offset inside a moved list one
    to the left, so a body spans its printed 的 (不设区的市、市辖区的人民政府), named as read without it
    (its surface and display; the printed form one of its aliases)."""

    def back(offset: int) -> int:
        return offset - 1 if any(start < offset <= de for start, de in lists) else offset

    def put_back(mention: Mention, seen: set[int]) -> None:
        if id(mention) in seen:
            return
        seen.add(id(mention))
        start, end = back(mention.start), back(mention.end)
        if (start, end) != (mention.start, mention.end):
            if text[start:end] != mention.surface and not mention.display:
                mention.display = mention.surface
            mention.start, mention.end = start, end
        if mention.body is not None:
            put_back(mention.body, seen)

    seen: set[int] = set()
    for mention in mentions:
        put_back(mention, seen)
    return mentions


@cache
def _counterpart_finder() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """The counterpart word after a level word (and its government) before a department head, and the
    department sets a sentence may name above it (organs.yaml counterpart_sets)."""
    rule = lexicon_data("organs.yaml")["counterpart_sets"]
    lex = organ_lexicon()
    level = rf"(?!{lex.level_false_starts.pattern})(?:{alternation(lex.level_words)})"
    bracket = r"(?:[(（][\u4e00-\u9fff、]{1,8}[)）])?"
    heads = r"(?:行政主管|主管|职能|工作)?部门"
    finder = re.compile(
        rf"(?P<before>{level}级?{bracket}(?:人民政府|政府)?)(?P<word>{alternation(rule['words'])})(?={heads})"
    )
    sets = re.compile(rf"(?P<set>{alternation(rule['sets'])}){heads}")
    return finder, sets, rule["default"]


def _counterpart_sets_named(text: str) -> str:
    """区级对口部门, 区县（自治县）人民政府相应部门: the level's departments answering to the ones named above
    them are that level's set, named with the set word the sentence gives the upper set (有关, 所属) or 有关;
    the word is replaced in place (offsets kept) so the level word stays part of the name."""
    finder, sets, default = _counterpart_finder()
    out = text
    for found in finder.finditer(text):
        opening = max(text.rfind(mark, 0, found.start()) for mark in "。；;\n")
        upper = [s.group("set") for s in sets.finditer(text, opening + 1, found.start("word"))]
        word = upper[-1] if upper else default
        if len(word) != len(found.group("word")):
            continue
        out = out[: found.start("word")] + word + out[found.end("word") :]
    return out


def _masked_scope_words(text: str) -> str:
    """督促指导所辖县（市、区）人民政府: 所辖 only says the bodies lie below the subject, no part of their name
    (the annotations merge it into the level's body); masked with a stop character (offsets kept) so the
    body is read as printed after it."""
    return _level_scope_word().sub(lambda found: _SCOPE_MASK * len(found.group(0)), text)


def _after_scope_word(text: str, i: int) -> bool:
    """指导所辖县（市、区）落实: a bare level word after a masked scope word opens as right after the word
    before the scope word (a verb or 对 that takes a bare level as its object)."""
    for word in lexicon_data("organs.yaml").get("level_scope_words", ()):
        k = i - len(word)
        if k > 0 and text.startswith(_SCOPE_MASK * len(word), k) and any(text.endswith(w, 0, k) for w in _BARE_BEFORE):
            return True
    return False


@cache
def _basin_before_level() -> re.Pattern[str]:
    """流溪河流域内区人民政府, 铁路沿线乡镇人民政府: a named basin or line before a level word says where the
    bodies lie (as before a subject, ``subject_region``); the body is the level's, read after it (the
    annotations name the plain 区人民政府 and split 区X、Y部门 by level as elsewhere)."""
    lex = organ_lexicon()
    data = lexicon_data("organs.yaml")
    # 督促指导所负责河湖沿线县级河湖长: the basin opens the object of an oversight verb (or of the holder's own
    # charge after it) as it opens a subject, so the body is the level's there too
    after_words = [*data.get("basin_object_openers", ()), *triggers()["object_own_determiners"]]
    objects = "".join(f"|(?<={re.escape(word)})" for word in after_words)
    opening = rf"(?:(?<![\u4e00-\u9fff])|(?<=[和及、与同由对向经在的]){objects})"
    verbs = alternation(list(data.get("basin_name_not_after", ())))
    name = rf"(?!{verbs})(?:(?![对向在由经与和及以可应、])[\u4e00-\u9fff]){{1,8}}?"
    level = rf"各?(?!{lex.level_false_starts.pattern})(?:{alternation(lex.level_words)})"
    return re.compile(rf"{opening}{name}(?:流域|沿岸|沿线)(?:内|的)?(?={level})")


def _masked_demonstrative_places(text: str) -> str:
    """约谈该地区设区的市级党委和政府主要负责人: 该地区 points back to the place the sentence named, so 地区
    is no level word of the body after it (a prefecture's); the body is read as printed after the place
    (masked with the determiner, a stop character, so offsets stay those of the view)."""
    return _demonstrative_place().sub(lambda found: _SCOPE_MASK * len(found.group(0)), text)


@cache
def _overseen_place() -> re.Pattern[str] | None:
    words = lexicon_data("organs.yaml").get("overseen_places", ())
    return re.compile(alternation(list(words))) if words else None


def _masked_overseen_places(text: str) -> str:
    """被督导地区人民政府: the place the oversight is on, no 地区 (prefecture) level of the body after it;
    masked like 该地区 (a stop character, offsets kept), the body reads as printed after the place."""
    pattern = _overseen_place()
    return pattern.sub(lambda found: _SCOPE_MASK * len(found.group(0)), text) if pattern else text


def _own_place_printed(mention: Mention, text: str) -> Mention:
    """本省各级人民政府: the document's own place printed before a 各级 set is one of its printed forms
    (genre rule 11, an alias), though no part of its name (各级人民政府, as most annotations name it)."""
    place = next((w for w in _own_place_words() if text.endswith(w, 0, mention.start)), "")
    if place and mention.collective == "各级" and mention.surface.startswith("各级"):
        mention.own_place = place
    return mention


@cache
def _fixed_name_leads() -> dict[str, tuple[str, ...]]:
    leads = lexicon_data("organs.yaml").get("fixed_name_leads", {})
    return {name: tuple(words) for name, words in leads.items()}


def _lead_printed(mention: Mention, text: str) -> Mention:
    """驻村第一书记: the lead word printed right before a fixed role's name is one of its printed forms
    (the annotations record 驻村第一书记 as an alias of the first secretary), though no part of its name."""
    leads = _fixed_name_leads().get(mention.surface, ())
    mention.printed_lead = next((w for w in leads if text.endswith(w, 0, mention.start)), "")
    return mention


@cache
def _fixed_name_tails() -> dict[str, tuple[str, ...]]:
    tails = lexicon_data("organs.yaml").get("fixed_name_tails", {})
    return {name: tuple(words) for name, words in tails.items()}


def _tail_printed(mention: Mention, text: str) -> Mention:
    """政协组织可以…, 驻军单位应当…: a body word printed right after a name the lexicon reads without it is
    one of its printed forms (an alias; the dev annotations name those bodies so), though no part of its
    name (各级政协 stays 各级政协 where 各级政协组织 is printed)."""
    tails = next((words for name, words in _fixed_name_tails().items() if mention.surface.endswith(name)), ())
    mention.printed_tail = next((w for w in tails if text.startswith(w, mention.end)), "")
    return mention


@cache
def _open_list_rule() -> tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    rule = lexicon_data("organs.yaml")["open_list_subjects"]
    opening = re.compile(f"[{re.escape(rule['openings'])}]")
    return opening, tuple(rule["object_leads"]), re.compile(f"[{re.escape(rule['no_chars'])}]")


def _open_list_printed(mention: Mention, text: str, mentions: list[Mention]) -> None:
    """报刊、广播、电视和互联网等媒体应当… / 铁路、公路以及石油天然气管道等的经营单位，应当…: a unit kind
    opening a clause after an open list of examples (A、B等, A、B等C的) is named by its kind, and the whole
    printed phrase is one of its printed forms (genre rule 11, an alias; organs.yaml open_list_subjects)."""
    if mention.kind not in ("enterprise_society", "agency") or mention.printed_lead or mention.placed_name:
        return
    if mention.level_word or mention.collective or mention.relative or mention.bare or mention.start < 3:
        return
    if mention.surface != text[mention.start : mention.end] or not (
        text.endswith("等", 0, mention.start) or text.endswith("的", 0, mention.start)
    ):
        return
    opening, object_leads, no_chars = _open_list_rule()
    # (before a unit named by its function the list of the things it runs may be long: 学校、医院、…等区域的管理单位)
    window = max(0, mention.start - (_OPEN_THINGS_MAX if _function_unit(mention) else _OPEN_LIST_MAX))
    cut = [m.end() for m in opening.finditer(text, window, mention.start)]
    if not cut and window > 0:
        return  # the phrase runs on past the window: no clear opening
    begin = cut[-1] if cut else 0
    item = _LIST_ITEM_NUMBER.match(text, begin, mention.start)
    begin = item.end() if item else begin  # （二）宾馆、饭店等…经营单位: the item's number is no part of the phrase
    joiner = next((j for j in _open_list_joiners() if text.startswith(j, begin)), "")
    begin += len(joiner)  # …，以及电台、报刊等媒体: the joiner after the comma links the clause, no part of it
    phrase = text[begin : mention.start]
    if "等" not in phrase or phrase.startswith("等"):
        return  # no open list of examples (规模较大的经营单位, 有关的单位)
    if phrase.startswith(object_leads) or no_chars.search(phrase):
        return  # 鼓励广播、电视等媒体 (an object), 应当…的 (a verb)
    if any(m is not mention and m.start < mention.start and begin < m.end for m in mentions):
        return  # 审计、财政等部门: the items are organs of their own
    mention.printed_lead = phrase


_OPEN_LIST_MAX = 40
_OPEN_THINGS_MAX = 120


def _function_unit(mention: Mention) -> bool:
    """管理单位 / 运营、管理单位: a unit named by its function (organs.yaml listed_function_units)."""
    if mention.head != "单位" or mention.kind != "enterprise_society" or not mention.stem:
        return False
    return any(mention.stem.endswith(f) for f in _listed_functions()[0])


# heads of the bodies that make an open list one of subjects, not of things (管理机构、街道办事处以及…等管理单位)
_BODY_ITEM_HEADS = frozenset({"部门", "机构", "机关", "办事处", "委员会", "人民政府", "政府"})


def _open_list_things(mentions: list[Mention], text: str) -> list[Mention]:
    """尾矿库、垃圾填埋场等运营、管理单位: the items of an open list of examples right before a unit named by its
    function (organs.yaml listed_function_units) are the things or places it runs, no actors: an item the
    lexicon reads as a unit or agency (填埋场, 商业中心) is dropped, whatever the list's length (dev hz-shuiwuran;
    no annotation of the shape, gd-pingan, bj-fankong, cq-flood, wf-blh, xa-shirong, makes a listed place a
    holder). A list with a body in it (管理机构、街道办事处以及…等管理单位) is one of subjects and stays."""
    opening = _open_list_rule()[0]
    dropped: set[int] = set()
    for unit in mentions:
        if not _function_unit(unit):
            continue
        # 等运营、管理单位: the unit right after 等 (after 等区域的管理单位 the holder is not yet read past a long list)
        if not text.endswith("等", 0, unit.start):
            continue
        end = unit.start - 1
        cut = [m.end() for m in opening.finditer(text, max(0, end - _OPEN_THINGS_MAX), end)]
        begin = cut[-1] if cut else max(0, end - _OPEN_THINGS_MAX)
        inside = [m for m in mentions if begin <= m.start < end]
        if "以及" in text[begin:end] or any(
            m.cls in ("gov", "pg", "role") or m.head in _BODY_ITEM_HEADS for m in inside
        ):
            continue  # 乡（镇）人民政府、街道办事处以及有关水源等管理单位: a list of subjects, bodies among them
        for item in inside:
            if item is unit or not begin <= item.start < item.end <= end:
                continue
            if item.kind not in ("enterprise_society", "agency") or item.cls not in ("dept", "name"):
                continue
            if item.start > begin and text[item.start - 1] != "、":
                continue  # the item opens the list or follows a 、
            if text[item.end : item.end + 1] not in ("、", "等"):
                continue
            dropped.add(id(item))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


@cache
def _open_list_joiners() -> tuple[str, ...]:
    return tuple(sorted(lexicon_data("organs.yaml")["open_list_subjects"].get("joiners", ()), key=len, reverse=True))


_LIST_ITEM_NUMBER = re.compile(r"[ \u3000]*[(（][一二三四五六七八九十]{1,3}[)）][ \u3000]*")


@cache
def _bare_function_finder() -> re.Pattern[str]:
    """各级财政应当安排资金 / 省级财政应当给予补助: a set or 级 level word, a function word printed with no head,
    then a modal: the function's department acting (同级财政列入预算, 本级财政 name a budget, no modal)."""
    lex = organ_lexicon()
    sets = [p for p in lex.collectives if p not in lex.unnamed_sets]
    levels = [w for w in lex.level_words if w.endswith("级")]
    return re.compile(
        rf"(?:(?P<set>{alternation(sets)})|(?P<level>{alternation(levels)}))(?P<stem>{alternation(list(organ_words('bare_function_bodies')))})"
        rf"(?=应当|应(?!急)|要|必须|负责)"
    )


def _bare_function_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """The department a bare function word names (各级财政 = 各级财政部门), where no mention covers it."""
    lex = organ_lexicon()
    for found in _bare_function_finder().finditer(text):
        if _covered(found, mentions):
            continue
        word = found.group("level") or ""
        mention = Mention(
            found.start(),
            found.end(),
            found.group(0),
            lex.level_of.get(word),
            "agency",
            "dept",
            stem=found.group("stem"),
            head="部门",
            collective=found.group("set"),
            level_word=word,
        )
        bisect.insort(mentions, mention, key=lambda m: m.start)
    return mentions


@cache
def _functions_before_related_set_finder() -> re.Pattern[str]:
    """公安、司法行政及其他有关部门 / 卫生健康以及其他有关行政管理部门: one or more listed functions
    (closed list, organs.yaml enumeration_functions) printed with no head, joined to an 有关/相关 set
    of departments."""
    functions = alternation(sorted(_plain_list()[1], key=len, reverse=True))
    # a list may follow a level prefix (各级, 县级以上人民政府: _prefixed_list reads it), not an item the closed
    # list lacks (X、民政、税务以及…: no half list); a single function only opens its clause (not after 、:
    # 保护、统计和有关部门之间 lists no department)
    # 以及其他具有…职能的部门 / 以及其他负有…职责的部门: a set named by what it holds closes the list as 有关 does
    held = rf"(?:{_DUTY_BORNE}|{_FUNCTION_HELD})(?:有关|相关)?部门"
    return re.compile(
        rf"(?P<list>(?<!、)(?:{functions})、(?:(?:{functions})、)*(?:{functions})|(?<![\u4e00-\u9fff、])(?:{functions}))"
        rf"(?=(?:及|以及|和)(?:其他|其它)?(?:(?:有关|相关)(?:主管|行政主管|行政管理)?部门|{held}))"
    )


def _functions_before_related_set(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """公安、司法行政及有关主管部门的工作人员: each listed function names its department (the 部门 head of
    the set after it is shared, as in 公安、司法行政部门); dev: 4 lists in 4 documents, each function
    annotated as its own department (cq-jindu, sh-jindu, sh-jisheng, cq-dibao), none against. A single
    function too (生态环境和其他有关主管部门): both dev prints (ly-yinshui 44, sh-jisheng 47) annotate it as
    its own department beside the set, none against."""
    for found in _functions_before_related_set_finder().finditer(text):
        if _covered(found, mentions):
            continue
        if found.start() > 0 and "\u4e00" <= text[found.start() - 1] <= "\u9fff":
            mentions = _prefixed_list(found, mentions, text, doc_level)
            continue
        at = found.start()
        for word in found.group("list").split("、"):
            mention = Mention(
                at,
                at + len(word),
                word,
                None,
                "agency",
                "dept",
                stem=word,
                head="部门",
                item=word,
                display=_item_name(word, "部门"),
            )
            bisect.insort(mentions, _renamed_items([mention])[0], key=lambda m: m.start)
            at += len(word) + 1
    return mentions


def _list_prefix_start(at: int, mentions: list[Mention], text: str) -> int | None:
    """Where the level prefix of a function list starting at ``at`` opens: a level word (各级民政、…) or the
    governments printed right before it (县级以上人民政府民政、…, 市、区县人民政府民政、…); None if neither."""
    lex = organ_lexicon()
    words = sorted([*lex.collectives, *lex.level_of], key=len, reverse=True)
    level = next((w for w in words if text.endswith(w, 0, at)), None)
    if level is not None and not any(m.start < at and at - len(level) < m.end for m in mentions):
        return at - len(level)
    start = None
    while (gov := next((m for m in mentions if m.end == at and m.cls in ("gov", "pg")), None)) is not None:
        start = gov.start
        if gov.start == 0 or text[gov.start - 1] != "、":
            break
        at = gov.start - 1
    return start


def _prefixed_list(found: re.Match[str], mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """各级民政、税务以及其他有关部门: a listed function after a level prefix is that level's department, read
    as the same list with a plain 部门 head is (各级民政、税务部门), the set after it left as it stands.
    Dev: gw-jingji (各级编制、…以及其他具有…职能的部门: each item annotated 各级X部门), none against."""
    start = _list_prefix_start(found.start(), mentions, text)
    if start is None:
        return mentions
    listed = [m for m in find_mentions(text[start : found.end()] + "部门", doc_level) if m.cls == "dept"]
    if len({m.stem for m in listed}) != found.group("list").count("、") + 1:
        return mentions  # the plain list reads otherwise (a level list reads each item once per level)
    for mention in listed:
        mention.start, mention.end = mention.start + start, min(mention.end + start, found.end())
        mention.surface = text[mention.start : mention.end]
    kept = [m for m in mentions if not start <= m.start < found.end()]
    return sorted(kept + listed, key=lambda m: m.start)


@cache
def _other_department_subject_finder() -> re.Pattern[str]:
    """其他部门 opening a clause (其他部门应当配合…, …，其他部门积极配合): not a set joined to units (其他部门和单位,
    a set of its own) nor one a phrase owns (属于其他部门职责范围的 is no clause opening)."""
    opening = re.escape("".join(_CLAUSE_OPEN))
    words = alternation(list(organ_words("other_department_subjects")))
    # 由牵头部门组织处置，其他部门配合: a bare 配合 ending the clause is the rest of the lead's own set working
    # with it (dev gx-xczx, cq-xzjd: no holder or edge of its own beside the set's)
    trig = triggers()
    adverbs, assists = alternation(trig["bare_assist_adverbs"]), alternation(trig["bare_assists"])
    bare_help = rf"(?:{adverbs})*(?:{assists})(?:[{opening}]|$)"
    return re.compile(rf"(?:^|(?<=[{opening}]))(?:{words})(?![和及、与或的])(?!{bare_help})")


def _other_department_subjects(mentions: list[Mention], text: str) -> list[Mention]:
    """其他部门应当配合X: the bare rest of the departments, as a clause's subject, is the unnamed 有关 set the
    document names elsewhere (dev: 6 documents hold it; jinan-shidi, xc-hehu, tj-wgzr alias it to their 有关部门
    or 职能部门 set, gw-dizhen keeps a node 其他部门 of its own), printed as 其他有关部门 is."""
    for found in _other_department_subject_finder().finditer(text):
        if _covered(found, mentions):
            continue
        start, end = found.span()
        mention = Mention(start, end, found.group(0), None, "agency", "dept", head="部门", collective="有关")
        bisect.insort(mentions, mention, key=lambda m: m.start)
    return mentions


_OTHER_DEPARTMENTS = "其他部门"


def _government_other_departments(mentions: list[Mention], text: str) -> list[Mention]:
    """市、区县人民政府其他部门依据各自职责…: the bare rest of a government's departments, printed right after it,
    is that government's set (per listed level, as 人民政府其他有关部门 is: _attach_owned), named as printed
    (dev cq-szy: 市人民政府其他部门 + 区县人民政府其他部门, each PART_OF its government; none against). Here
    部门 alone is read, 其他 left as the gap _attach_owned owns it by; not a set joined to others (其他部门和单位)."""
    for found in re.finditer(rf"(?<={_OTHER_DEPARTMENTS[:2]}){_OTHER_DEPARTMENTS[2:]}(?![和及与或、的])", text):
        at = found.start() - 2
        if _covered(found, mentions) or not any(m.end == at and m.cls in ("gov", "pg") for m in mentions):
            continue
        mention = Mention(
            found.start(), found.end(), found.group(0), None, "agency", "dept", head="部门", collective="有关"
        )
        bisect.insort(mentions, mention, key=lambda m: m.start)
    return mentions


def _central_shared_head(mentions: list[Mention], text: str) -> list[Mention]:
    """中央和地方各级人民政府: 中央 is the central government, which the genre names 国务院 (organs.yaml
    central_shared_head), a holder beside the local governments."""
    for found in re.finditer(lexicon_data("organs.yaml")["central_shared_head"], text):
        if _covered(found, mentions):
            continue
        mention = Mention(found.start(), found.end(), found.group(0), "central", "government", "gov")
        mention.fixed_name = mention.display = "国务院"
        bisect.insort(mentions, mention, key=lambda m: m.start)
    return mentions


@cache
def _budget_payer_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    """由中央财政承担 / 由上级财政以转移支付的方式给予适当补助 (organs.yaml budget_payers)."""
    rule = lexicon_data("organs.yaml")["budget_payers"]
    words, verbs = rule["words"], alternation(rule["verbs"])
    # 由中央财政和地方财政负担: a second budget joined to the first is a payer too (_budget_payers)
    finder = re.compile(rf"(?<=[由和、])(?P<word>{alternation(list(words))})财政(?=[^,;。]{{0,20}}?(?:{verbs}))")
    return finder, words


def _budget_payers(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """The budget named as the payer after 由: a finance organ named as printed (中央财政), where no
    mention covers it; all but the central one are collectives (every local or higher budget)."""
    finder, words = _budget_payer_finder()
    joined_to = -1  # the end of the last budget found: a joined one (和/、) follows it right after the joiner
    for found in finder.finditer(text):
        if text[found.start() - 1] != "由" and found.start() - 1 != joined_to:
            continue  # 中央财政和地方财政: no payer without 由 before the list
        joined_to = found.end()
        if _covered(found, mentions):
            continue
        word, surface = found.group("word"), found.group(0)
        level = doc_level if words[word] == "document" else words[word]
        collective = None if level == "central" else word
        mention = Mention(found.start(), found.end(), surface, level, "finance", "name", collective=collective)
        mention.fixed_name = mention.display = surface
        bisect.insort(mentions, mention, key=lambda m: m.start)
    return mentions


@cache
def _subject_actor_gate() -> re.Pattern[str]:
    rule = lexicon_data("organs.yaml")["subject_actor"]
    return re.compile(f"{rule['modal']}|{alternation(rule['ban_leads'])}")  # a modal or a ban word at all


@cache
@cache
def _place_heads() -> tuple[str, ...]:
    """The places the genre charges through their operators: the public places and the business venues
    (organs.yaml subject_actor place_heads and business_venues)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    return (*rule["place_heads"], *rule["business_venues"])


def _list_end_heads(words: tuple[str, ...]) -> str:
    """The ends of an actor list: one of ``words``, a place head with the bracket of the smaller place it
    covers (旅游景区(点)), 社区/学校/市场 where the kind of place closes the list (社区、车站等公共场所), or a bare
    activity word before a kind of business venue (娱乐场所、洗浴等经营服务场所: _venue_items)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    closed = rf"(?:{alternation(list(rule['closed_list_places']))})(?={_place_closing().pattern})"
    venue = rule["venue_closings"]
    venue_word = rf"[\u4e00-\u9fff]{{2,{venue['item_max']}}}(?=等(?:{alternation(venue['closings'])}))"
    places = rf"(?:{alternation(list(_place_heads()))})(?:{rule['place_bracket']})"
    return rf"{places}|{closed}|{venue_word}|{alternation(list(words))}"


@cache
def _subject_actor_finder() -> tuple[re.Pattern[str], str, frozenset[str]]:
    """X企业/X经济组织/X员 (or a 、/和 list ending in one, or in a body the lexicon reads, X机构) opening a clause
    right before a modal (organs.yaml subject_actor)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    heads = _list_end_heads(
        (
            *rule["unit_heads"],
            *_place_heads(),
            *rule["service_heads"],
            *rule["list_heads"],
            rule["person_head"],
            *rule["joined_staff"],  # 学校和教师应当: read by _joined_staff_items, no actor alone
        )
    )
    opened = re.escape(rule["opened_by"])
    reach = rule["list_max"]
    # X开采…，应当: the activity frame between the subject and its modal piece
    activity = rf"(?:{alternation(rule['activity_verbs'])})[^{opened}]{{1,{rule['activity_max']}}}[,，]"
    # X停业的，应当: the condition frame, a piece the actor opens that ends in 的 and its comma; it
    # starts with no joiner (药品批发企业、医疗器械经营企业开展…的: the list is the subject) nor a
    # further head or noun the actor only qualifies (煤矿企业, 合作社成员)
    no_start = alternation([*rule["condition_no_start"], *rule["unit_heads"]])
    condition = rf"(?!{_SUBJECT_JOINERS.pattern}|{no_start})[^{opened}的]{{1,{rule['condition_max']}}}的[,，]"
    # X发现其生产的产品存在隐患，可能…的，应当: a finding the actor makes may hold 的 and commas up to its own 的
    finding = rule["finding_condition"]
    condition = rf"{condition}|(?:{alternation(finding['verbs'])})[^。；;\n]{{1,{finding['max']}}}?的[,，]"
    # X对其…负责: the actor's charge over its own work, in place of a modal (one piece, no mark inside)
    charge = (
        rf"{rule['charge_opener']}(?:{alternation(rule['charge_owners'])})[^{opened}]{{1,{rule['charge_max']}}}?"
        rf"{rule['charge_close']}"
    )
    finder = re.compile(
        rf"(?:^|(?<=[{opened}]))(?:[\u4e00-\u9fff、]|{_STEM_BRACKET.pattern}){{0,{reach}}}?(?:{heads})"
        rf"(?=(?:{_place_closing().pattern})?(?:{activity}|(?P<condition>{condition}))?(?:{rule['modal']})"
        rf"|(?P<open_list>等)(?:{rule['modal']})|{charge})",
        re.M,
    )
    return finder, rule["person_head"], frozenset(rule["not_heads"])


@cache
def _offender_actor_finder() -> re.Pattern[str]:
    """X违反本条例第N条规定(，未…)的，由Y责令改正，处…罚款 / X未…的，责令限期改正: the same regulated actor
    (or list of them) opening a penalty clause right before its offence (organs.yaml subject_actor.offence),
    in a sentence whose condition ends in 的 and a comma and goes on to a penalty."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    offence = rule["offence"]
    heads = _list_end_heads((*rule["unit_heads"], *_place_heads(), *rule["service_heads"], *rule["list_heads"]))
    opened = re.escape(rule["opened_by"])
    reach = rule["list_max"]
    # 娱乐场所、旅馆、洗浴等经营服务场所未…的: the kind of place may close the list before the offence
    return re.compile(
        rf"(?:^|(?<=[{opened}]))(?:[\u4e00-\u9fff、]|{_STEM_BRACKET.pattern}){{0,{reach}}}?(?:{heads})"
        rf"(?=(?:{_place_closing().pattern})?(?:{alternation(offence['leads'])})[^。;；]*?的[,，]"
        rf"[^。]*?(?:{alternation(offence['penalties'])}))",
        re.M,
    )


def _offender_actors(
    mentions: list[Mention], text: str, lex: OrganLexicon, actors: tuple[str, ...] = ()
) -> list[Mention]:
    """加油站违反本办法第二十条规定的，由公安机关责令改正，处…罚款: the regulated actor an offence clause
    opens is named to be sanctioned (genre rule 10: a named violator is a liability), read as a subject
    actor is (_subject_actors); every item of a list must be such an actor or a mention already read."""
    _, person_head, not_heads = _subject_actor_finder()
    added: list[Mention] = []
    for found in _offender_actor_finder().finditer(text):
        items = _subject_items(found)
        if _non_venue_list(found, items, lex):
            continue
        news = [_subject_actor_at(item, person_head, not_heads, lex, actors, mentions) for item in items]
        news = _listed_items(items, news, text, found.end(), lex)
        stop = min((i for i in (text.find(c, found.end()) for c in "。\n") if i >= 0), default=len(text))
        if any(m.cls == "role" and m.body is None and found.end() <= m.start < stop for m in mentions):
            # 承办者…违反…的，对安全责任人…给予处分: a bare post sanctioned after the offender is a post the
            # document gave its own body; a new unit before it would take it over (_attach_members)
            continue
        if all(new is not None for new in news):
            added += [new for new in news if isinstance(new, Mention) and new.kind == "enterprise_society"]
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


@cache
def _banned_actor_finder() -> re.Pattern[str]:
    """禁止X零售经营者在…: one regulated actor right after a ban word that opens its clause, before a verb
    (organs.yaml subject_actor.ban_leads); the unit heads only, no list and no 的 in the stem."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    opened = rule["opened_by"]
    # fixed-width lookbehinds: the ban word at the text's start or right after a clause mark
    leads = "|".join(
        [f"(?<=^{lead})" for lead in rule["ban_leads"]]
        + [f"(?<={re.escape(mark)}{lead})" for lead in rule["ban_leads"] for mark in opened]
    )
    return re.compile(
        rf"(?:{leads})(?!{alternation([*rule['work_no_start'], *rule['ban_no_start']])})"  # 禁止任何企业: anyone
        rf"[\u4e00-\u9fff]{{0,{rule['ban_stem_max']}}}?(?:{alternation(rule['unit_heads'])})"
        rf"(?!{rule['ban_not_after']})(?=[\u4e00-\u9fff])",
        re.M,
    )


@cache
def _place_closing() -> re.Pattern[str]:
    """等公共场所(，) after a list of places: the kind of place the listed ones are, closing the subject list
    before its modal (organs.yaml subject_actor.place_closings); the kind is no holder of its own."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    closings = [*rule["place_closings"], rule["bare_venue_closing"]]  # 等场所 last: checked by _non_venue_list
    # …以及其他…的场所: the other venues of the kind, dropped as 等 drops them (checked as 等场所 is)
    return re.compile(rf"(?:等(?:{alternation(closings)})|{rule['other_venue_closing']})[,，]?")


def _joined_staff_items(items: list[tuple[int, str]], news: list[Mention | bool | None]) -> list[Mention | bool | None]:
    """学校和教师应当…: the staff a unit acts through, joined after the unit in its subject, is no actor but leaves
    the unit the holder (organs.yaml subject_actor.joined_staff); with no unit read before it nothing changes."""
    staff = lexicon_data("organs.yaml")["subject_actor"]["joined_staff"]
    if len(items) < 2 or items[-1][1] not in staff or news[-1] is not None:
        return news
    if not all(isinstance(new, Mention) and new.kind == "enterprise_society" for new in news[:-1]):
        return news
    return [*news[:-1], True]


def _non_venue_list(found: re.Match[str], items: list[tuple[int, str]], lex: OrganLexicon) -> bool:
    """学校、医院、车站等场所应当设置指示牌: a bare 等场所 closes a subject list only where every item is a venue run
    by an operator (a business venue, a service facility or a bare activity word, 洗浴) and one at least a venue
    head (organs.yaml subject_actor.bare_venue_closing); elsewhere the places are where a thing goes."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    closing = _place_closing().match(found.string, found.end())
    if closing is None or not _bare_venue_closing(closing.group(0).rstrip(",，")):
        return False
    heads = (*rule["business_venues"], *rule["service_heads"])
    venues = [surface.endswith(heads) for _, surface in items]
    words = [_bare_activity_word(surface, rule["venue_closings"]["item_max"], lex) for _, surface in items]
    return not any(venues) or not all(v or w for v, w in zip(venues, words, strict=True))


def _bare_venue_closing(closing: str) -> bool:
    """等场所 / 以及其他…的场所: a closing that names no kind of venue, only that the items are places."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    other = re.fullmatch(rule["other_venue_closing"], closing)
    return closing == "等" + rule["bare_venue_closing"] or other is not None


def place_closing_end(text: str, at: int) -> int:
    """Where the kind of place closing a list at ``at`` ends (…、洗浴等经营服务场所未…: after 场所), or ``at``."""
    closing = _place_closing().match(text, at)
    return closing.end() if closing else at


def _closed_list_place(item: tuple[int, str], new: Mention | bool | None) -> Mention | bool | None:
    """社区 / 学校 / 市场 of a list of places closed by 等公共场所: the holder the place stands for
    (organs.yaml subject_actor.closed_list_places), where no other reading took the item."""
    start, surface = item
    entry = lexicon_data("organs.yaml")["subject_actor"]["closed_list_places"].get(surface)
    if new is not None or entry is None:
        return new
    return Mention(start, start + len(surface), surface, entry["level"], entry["kind"], "dept", head=surface)


def _venue_items(
    items: list[tuple[int, str]], news: list[Mention | bool | None], closing: str, lex: OrganLexicon
) -> list[Mention | bool | None]:
    """娱乐场所、旅馆、洗浴等经营服务场所应当: a bare activity word in a list closed by a kind of business venue is
    the venue where it is done, named with the closing's head (洗浴场所; organs.yaml subject_actor.venue_closings)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]["venue_closings"]
    if closing.rstrip(",，").removeprefix("等") not in rule["closings"]:
        return news
    named: list[Mention | bool | None] = []
    for (start, surface), new in zip(items, news, strict=True):
        if new is None and _bare_activity_word(surface, rule["item_max"], lex):
            new = _regulated_actor(start, surface)
            new.display = surface + rule["head"]
        named.append(new)
    return named


def _bare_activity_word(surface: str, item_max: int, lex: OrganLexicon) -> bool:
    """A short word of its own (洗浴): no stop character, no level word, no public word (个人)."""
    if not 1 < len(surface) <= item_max or any(char in lex.stem_stop_chars for char in surface):
        return False
    return surface not in lex.level_of and surface not in lex.not_organs


@cache
def _place_bracket_end() -> re.Pattern[str]:
    """The bracket closing a place head (旅游景区(点)), to be read past where the head is tested."""
    return re.compile(rf"(?:{lexicon_data('organs.yaml')['subject_actor']['place_bracket']})$")


_SUBJECT_JOINERS = re.compile("、|以及|或者|和|及")  # 普查指导员和普查员应当, 经营单位、个体工商户应当
# 配备扶贫专干，具体承办… / 聘请河道巡查员、保洁员，在村级河长的指导下开展…: the clause a hired post bears
HIRED_DUTY = r"\s*(?:在[^,，。;；]{1,20}(?:领导|指导)下|(?:具体|主要)?(?:负责|承办))"


@cache
def _hired_post_finder() -> re.Pattern[str]:
    """聘用河道专管员或者保洁员，负责…: the posts a body hires or staffs, right after the verb (and a count word)
    and closing the clause whose next clause they bear (HIRED_DUTY); each a person role (a word before 员)."""
    data = triggers()
    # the verb (and count word) matched, not looked behind at every offset: the posts are the group
    lead = rf"(?:{alternation(data['hiring'])})(?:{alternation(data['hiring_counts'])})?"
    return re.compile(rf"{lead}(?P<posts>[\u4e00-\u9fff、]{{2,30}}?)(?=[,，]{HIRED_DUTY})")


# 居(村)民综合文化活动室, 乡(镇)企业: a one- or two-character place word in brackets after a character of the
# stem names the other place the unit serves, part of the name (never the (一) of an item)
_STEM_BRACKET = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff]{1,2}[)）]")


def _hired_posts(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """聘用河道专管员或者保洁员，负责…: posts hired right before the clause they bear (_hired_post_finder) are
    person roles read as in a subject slot (河道专管员应当…), every item a post or a mention already read."""
    _, person_head, not_heads = _subject_actor_finder()
    added: list[Mention] = []
    for found in _hired_post_finder().finditer(text):
        items = _subject_items(found, "posts")
        hired = [_subject_actor_at(item, person_head, not_heads, lex, (), mentions) for item in items]
        if all(new is True or (isinstance(new, Mention) and new.kind == "individual_role") for new in hired):
            added += [new for new in hired if isinstance(new, Mention)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _listed_items(
    items: list[tuple[int, str]], news: list[Mention | bool | None], text: str, end: int, lex: OrganLexicon
) -> list[Mention | bool | None]:
    """The items of an actor list (a duty's subject or an offence's violators) that name an actor only
    through the list: the places a closing kind names (社区、学校、车站等公共场所), a stem or head the items
    share (船舶所有人、经营人; 药品生产、批发企业; 邮政、快递企业)."""
    closing = _place_closing().match(text, end)
    if closing:  # 社区、学校、车站等公共场所应当: the places a closed list names
        news = [_closed_list_place(item, new) for item, new in zip(items, news, strict=True)]
        news = _venue_items(items, news, closing.group(0), lex)
    news = _shared_stem_items(items, news)
    return _shared_head_items(items, news, text, lex)


def _subject_actors(
    mentions: list[Mention], text: str, lex: OrganLexicon, actors: tuple[str, ...] = ()
) -> list[Mention]:
    """电力企业应当…, 普查员应当…: a regulated actor or a person role that is its clause's subject
    before a modal holds the duty, though no lexicon head names its kind (the kinds of business and
    post are open-ended); the subject slot keeps objects (支持中小企业, 企业标准) out. In a list of
    subjects every item must be such an actor or a mention already read (个人 in 企业和个人: the public)."""
    finder, person_head, not_heads = _subject_actor_finder()
    added: list[Mention] = []
    for found in finder.finditer(text):
        # 监理企业发现…，施工企业拒不改正的，应当报告: a later comma clause's condition, the duty is the subject's
        if found.group("condition") and text[found.start() - 1 : found.start()] in (",", "，"):
            continue
        items = _subject_items(found)
        if _unlisted_open_end(found, items) or _framed_place(found, items) or _planned_zone(items):
            continue
        if _non_venue_list(found, items, lex):
            continue
        news = [_subject_actor_at(item, person_head, not_heads, lex, actors, mentions) for item in items]
        news = _described_role_items(items, _listed_items(items, news, text, found.end(), lex), lex)
        news = _joined_staff_items(items, news)
        if all(new is not None for new in news):
            added += [new for new in news if isinstance(new, Mention)]
    added += _owned_things_roles(mentions + added, text, lex)
    for found in _banned_actor_finder().finditer(text):
        new = _subject_actor_at((found.start(), found.group(0)), person_head, not_heads, lex, actors, mentions)
        if isinstance(new, Mention) and new.kind == "enterprise_society":
            added.append(new)
    if not added:
        return mentions
    # 村集体经济组织 (_level_owned_actor): the name read inside the owned unit gives way to it
    kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda m: m.start)


@cache
def _relative_actor_finder() -> tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]:
    """征收、占用基本农田的单位 opening a clause right before a modal (organs.yaml relative_actor): one
    relative clause (no second 的, no mark but 、) before a unit head, or before a kind of business and its
    head (排放油烟的餐饮服务经营者); the kind joins nothing (的A和B单位 is a list) and is no set word (的有关单位)."""
    subject, rule = lexicon_data("organs.yaml")["subject_actor"], lexicon_data("organs.yaml")["relative_actor"]
    opened = re.escape(subject["opened_by"])
    # 产生工业固体废物的单位，应当…: a comma may close the subject before a modal of duty (not 负责, which a comma
    # turns into the description of an office)
    modal = rf"{subject['modal']}|(?P<comma>[,，])(?:{rule['comma_modal']})"
    finder = re.compile(
        rf"(?:^|(?<=[{opened}]))(?P<name>{_relative_name('的')})(?={modal})",
        re.M,
    )
    return finder, tuple(rule["no_start"]), tuple(rule["no_inside"])


def _relative_actors(mentions: list[Mention], text: str) -> list[Mention]:
    """承担安全评价、认证、检测、检验职责的机构应当…: a unit named by what it does holds the clause's duty.
    The clause must name no organ already read (县级以上人民政府负责侨务工作的机构 is that body's office,
    任何单位和个人 the public) and refer back to nothing (前款规定的单位)."""
    finder, no_start, no_inside = _relative_actor_finder()
    body_heads = tuple(lexicon_data("organs.yaml")["relative_actor"]["body_heads"])
    added = []
    for found in finder.finditer(text):
        name, (start, end) = found.group("name"), found.span("name")
        if name.startswith(no_start) or any(word in name for word in no_inside):
            continue
        if found.group("comma") and not _comma_relative_actor(name):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if len(inside) == 1 and _qualified_head(inside[0], start, end):
            # 营造生态林所用种苗的生产单位: the unit the clause qualifies, as printed
            qualified = copy.copy(inside[0])
            qualified.placed_name = name
            mentions = [qualified if m is inside[0] else m for m in mentions]
        if inside:
            continue
        if not name.endswith(body_heads):
            added.append(_regulated_actor(start, name))
        elif "等" not in name:  # 花卉、苗木等负责审批的部门: a list of fields before the body, left to the other rules
            added.append(_case_body(start, name))
    added += _listed_relative_bodies(mentions, text)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _after_joiner(text: str, start: int) -> bool:
    """A subject joiner (、/和/及/或者/以及) ends right before ``start``."""
    return re.search(rf"(?:{_SUBJECT_JOINERS.pattern})$", text[max(0, start - 2) : start]) is not None


@cache
def _listed_relative_finder() -> re.Pattern[str]:
    """或者受委托实施监察的组织应当…: a joiner, then a relative-clause body (``_relative_name``) right before a
    modal; matched right after the organ the subject list opens with."""
    subject, rule = lexicon_data("organs.yaml")["subject_actor"], lexicon_data("organs.yaml")["relative_actor"]
    # 所属部门及法律、法规授权…的组织，应当… / 所属部门，法律、法规授权…的组织，应当…: a comma may close the list
    # before a modal of duty, and then a comma may join its items as well
    closed = rf"(?P<closed>[,，])(?:{rule['comma_modal']})"
    joiner = rf"(?:{_SUBJECT_JOINERS.pattern}|(?P<comma>[,，]))"
    return re.compile(rf"{joiner}(?P<name>{_relative_name('的')})(?={subject['modal']}|{closed})")


def _listed_relative_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """劳动保障行政部门或者受委托实施劳动保障监察的组织应当… / 现场指挥部或者统一指挥救援的人民政府应当…: a body
    named by a relative clause as the last item of a subject list whose first item is an organ read; it holds the
    clause with that organ, a working set of its own (organs.yaml relative_actor listed_heads). The clause names no
    organ and refers back to nothing, as a relative subject's (``_relative_actors``)."""
    rule = lexicon_data("organs.yaml")["relative_actor"]
    no_start, no_inside = tuple(rule["no_start"]), tuple(rule["no_inside"])
    opened = lexicon_data("organs.yaml")["subject_actor"]["opened_by"]
    added = []
    for first in mentions:
        if first.start > 0 and text[first.start - 1] not in opened and not _after_joiner(text, first.start):
            continue  # the list opens the clause (the organ may close a list of its own: 市和区县人民政府所属部门)
        found = _listed_relative_finder().match(text, first.end)
        if found is None or (found.group("comma") and not found.group("closed")):
            continue
        name, (start, end) = found.group("name"), found.span("name")
        if name.startswith(no_start) or any(word in name for word in no_inside) or "等" in name:
            continue
        if not name.endswith(tuple(rule["listed_heads"])):
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue
        added.append(_case_body(start, name))
    return added


@cache
def _agent_relative_finder() -> re.Pattern[str]:
    """由发放补贴的部门收回补贴 / 由具有相应资质的单位承担: a relative-clause unit right after the agent mark 由 and
    right before its verb (organs.yaml relative_actor agent_*), no joiner after it (由A的单位和个人: a list)."""
    subject, rule = lexicon_data("organs.yaml")["subject_actor"], lexicon_data("organs.yaml")["relative_actor"]
    after = rf"[^{re.escape(subject['opened_by'])}、的{rule['agent_no_follow']}]"
    return re.compile(rf"(?<={rule['agent_mark']})(?P<name>{_relative_name('由的')})(?={after})")


def _relative_name(clause_excludes: str) -> str:
    """The name shape the relative-actor finders share (organs.yaml relative_actor): one relative clause (no mark
    but 、, none of ``clause_excludes``) + 的 + a kind of business that joins nothing and is no set word + a head."""
    subject, rule = lexicon_data("organs.yaml")["subject_actor"], lexicon_data("organs.yaml")["relative_actor"]
    opened = re.escape(subject["opened_by"])
    clause = rf"[^{opened}{clause_excludes}“”《》()（）0-9]{{2,{rule['clause_max']}}}"
    no_kind = alternation(rule["kind_no_start"])
    kind = rf"(?!{no_kind})[^{opened}的、和及或与其他“”《》()（）0-9]{{0,{rule['kind_max']}}}"
    return rf"{clause}的{kind}(?:{alternation([*rule['heads'], *rule['kind_heads']])})"


def _agent_relative_actors(mentions: list[Mention], text: str) -> list[Mention]:
    """由取得资质证书的单位承担 / 由发放补贴的部门收回补贴: the agent of a 由 clause named by what it does is an
    organ of its own, the same kinds as a relative subject's (``_relative_actors``); the clause names no organ
    already read and refers back to nothing (由其…的, 由该…的: the body named before)."""
    rule = lexicon_data("organs.yaml")["relative_actor"]
    no_start, body_heads = (*rule["no_start"], *rule["agent_no_start"]), tuple(rule["body_heads"])
    no_inside = (*rule["no_inside"], *rule["agent_no_inside"])
    added = []
    for found in _agent_relative_finder().finditer(text):
        name, (start, end) = found.group("name"), found.span("name")
        if name.startswith(no_start) or any(word in name for word in no_inside) or _agent_body_list(name):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if len(inside) == 1 and _qualified_head(inside[0], start, end):
            # 由具备法定资格的检测机构抽样: the head read alone is the agent, widened to the phrase so it stands
            # right after 由 where the agent rules look; the phrase is one of its printed names
            widened = copy.copy(inside[0])
            widened.start, widened.placed_name = start, name
            mentions = [widened if m is inside[0] else m for m in mentions]
            continue
        if inside:
            continue
        added.append(_case_body(start, name) if name.endswith(body_heads) else _regulated_actor(start, name))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _agent_body_list(name: str) -> bool:
    """由省级人民政府财政部门、主管物价的部门…: a body head right before a list mark inside the clause makes the
    phrase a list of bodies, the relative clause naming only its last item."""
    heads = alternation(lexicon_data("organs.yaml")["relative_actor"]["heads"])
    return re.search(rf"(?:{heads})(?:、|{_SUBJECT_JOINERS.pattern})", name) is not None


def _comma_relative_actor(name: str) -> bool:
    """产生工业固体废物的单位，应当…: a relative-clause subject closed by a comma is a regulated actor only with a
    unit or enterprise head (organs.yaml relative_actor comma_heads), no case step opening it (接到报告的单位, the
    bodies the report went to) nor a finding (发现险情的单位: whoever finds it), no joiner opening it and no
    subject list inside (产生者或者依法负有管理责任的单位: two subjects; A、B和C…的单位: before a bare head the
    items may be subjects, nouns as well as acts; before a kind, A、B和C的森林防火责任单位, they only name its
    domain)."""
    rule = lexicon_data("organs.yaml")["relative_actor"]
    if not name.endswith(tuple(rule["comma_heads"])) or name.startswith((*rule["case_verbs"], *triggers()["finding"])):
        return False
    if _SUBJECT_JOINERS.match(name):
        return False  # 以及机场、车站等公共场所的经营管理单位: the last item of the sentence's subject list
    clause, _, kind = name.rpartition("的")
    if kind in rule["comma_heads"] and re.search(r"、.*(?:以及|或者|和|及)", clause):
        return False  # 加油加气站、储油储气库和使用油罐车的单位: the items may be subjects of their own
    return _comma_subject_list().search(clause) is None


@cache
def _comma_subject_list() -> re.Pattern[str]:
    """An actor head right before a joiner inside the clause: the clause lists subjects of its own."""
    rule = lexicon_data("organs.yaml")["relative_actor"]
    return re.compile(rf"(?:{alternation(rule['comma_list_heads'])})(?:{_SUBJECT_JOINERS.pattern})")


@cache
def _case_body_finder() -> re.Pattern[str]:
    """作出具体行政行为的部门或者组织可以… / 收到举报、投诉的机关，应当… (organs.yaml relative_actor case_*):
    a body named by the step of the case it took, opening its clause before a modal or 可以."""
    subject, rule = lexicon_data("organs.yaml")["subject_actor"], lexicon_data("organs.yaml")["relative_actor"]
    opened = re.escape(subject["opened_by"])
    clause = rf"(?:{alternation(rule['case_verbs'])})[^{opened}的“”《》()（）0-9]{{1,{rule['case_max']}}}"
    return re.compile(
        rf"(?:^|(?<=[{opened}]))(?:{rule['case_lead']})?(?P<name>{clause}的(?:{alternation(rule['case_heads'])}))"
        rf"(?=[,，]?(?:{rule['case_modal']}))",
        re.M,
    )


def _case_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """The case bodies ``_case_body_finder`` reads where no organ read already covers the name."""
    heads = tuple(lexicon_data("organs.yaml")["relative_actor"]["case_heads"])
    added = []
    for found in _case_body_finder().finditer(text):
        start, end = found.span("name")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.surface not in heads for m in inside):
            continue  # 作出处罚决定的行政机关 (the lexicon's), 接到举报的部门 (the relative rule's)
        # 作出具体行政行为的行政主管部门: the bare head read alone is the case body's own
        mentions = [m for m in mentions if m not in inside]
        added.append(_case_body(start, found.group("name")))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _qualified_head(mention: Mention, start: int, end: int) -> bool:
    """排放挥发性有机物的重点排污单位应当…: the clause's head is a unit (or an agency of no level) the lexicon
    reads by itself; the whole qualified phrase is one more printed form of it (the annotations name the
    unit so where the clause opens the sentence). A levelled, collective or relative body is no such head."""
    return (
        start < mention.start
        and mention.end == end
        and mention.kind in ("enterprise_society", "agency")
        and not (mention.level_word or mention.collective or mention.relative or mention.bare or mention.placed_name)
    )


def _case_body(start: int, surface: str) -> Mention:
    """接到举报的部门: a government body named by the case it handles, one agency of no level of its own."""
    if surface.endswith("人民政府"):  # 受益地区的人民政府: the governments the case names, a set of no level
        return Mention(
            start, start + len(surface), surface, None, "government", "name", head=surface, collective=surface
        )
    return Mention(start, start + len(surface), surface, None, "agency", "dept", head=surface)


def _shared_stem_items(items: list[tuple[int, str]], news: list[Mention | bool | None]) -> list[Mention | bool | None]:
    """船舶所有人、经营人或者管理人应当…: a bare owner word later in the list (no actor alone) shares the
    stem of the list's first actor, and names the organ with it (船舶经营人)."""
    first = news[0] if news else None
    if not isinstance(first, Mention) or first.cls != "dept":
        return news
    rule = lexicon_data("organs.yaml")["subject_actor"]
    stem_heads = rule["stem_heads"]
    head = next((h for h in rule["stem_sharing_heads"] if first.surface.endswith(h)), "")
    stem = first.surface[: -len(head)] if head else ""
    if not stem:
        return _market_stem_items(items, news)
    shared: list[Mention | bool | None] = [first]
    for (start, surface), new in zip(items[1:], news[1:], strict=True):
        if new is None and surface in stem_heads:
            new = _regulated_actor(start, surface)
            new.display = stem + surface
        shared.append(new)
    return shared


def _market_stem_items(items: list[tuple[int, str]], news: list[Mention | bool | None]) -> list[Mention | bool | None]:
    """长途客运业务经营者、服务提供者应当…: a bare market role later in the list is the role of the trade the first
    item's stem names (长途客运业务服务提供者), not a role of any trade (organs.yaml market_stem_sharing)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]["market_stem_sharing"]
    first = items[0][1]
    head = next((h for h in rule["heads"] if first.endswith(h)), "")
    stem = first[: -len(head)] if head else ""
    if not stem or "的" in stem or news[0] is None:
        return news
    shared: list[Mention | bool | None] = [news[0]]
    for (start, surface), new in zip(items[1:], news[1:], strict=True):
        if surface in rule["bare_roles"]:
            new = _regulated_actor(start, surface)
            new.head = new.display = stem + surface  # one organ per trade, not one 服务提供者 for all
        shared.append(new)
    return shared


def _shared_head_items(
    items: list[tuple[int, str]], news: list[Mention | bool | None], text: str, lex: OrganLexicon
) -> list[Mention | bool | None]:
    """药品生产、批发企业应当…: a 、 list of activities whose last item carries the unit head they share is one
    kind of unit, named whole; 邮政、快递企业应当…: bare trade words before it each name a unit of their own
    (邮政企业; genre rule 2). organs.yaml subject_actor.shared_heads."""
    rule = lexicon_data("organs.yaml")["subject_actor"]["shared_heads"]
    last = news[-1] if news else None
    if len(items) < 2 or any(new is not None for new in news[:-1]):
        return news
    last_surface = items[-1][1]
    head = next((h for h in rule["heads"] if last_surface.endswith(h)), "")
    bare = [surface for _, surface in items[:-1]]
    if not head or not _bare_list_words(items, bare[1:], text, rule["bare_max"]):
        return news
    if bare[0][0] in lex.stem_no_start or bare[0][0] in lex.stem_stop_chars:
        return news  # 由X、Y企业负责: the agent of a passive, no subject
    activities, last_stem = tuple(rule["activity_words"]), last_surface[: -len(head)]
    if not last_stem:
        return news  # 机关、单位: kinds of unit, no trade sharing a head
    if all(word.endswith(activities) for word in [*bare, last_stem]):
        return _activity_kind(items, news, text, rule["first_max"])
    if last_stem.endswith(activities) or last is None:
        return news  # 堤防、水闸管理单位: things the units run; a trade list needs its last item an actor (快递企业)
    if not _bare_list_words(items, bare[:1], text, rule["bare_max"]):
        return news
    return [*_trade_units(items[:-1], head), last]


def _activity_kind(
    items: list[tuple[int, str]], news: list[Mention | bool | None], text: str, first_max: int
) -> list[Mention | bool | None]:
    """药品生产、批发企业: the activities' list is one kind of unit, its first item may carry the goods dealt in."""
    if news[-1] is True or not _bare_list_words(items, [items[0][1]], text, first_max):
        return news  # the last item read already: the whole kind would split its mention
    last_start, last_surface = items[-1]
    start, end = items[0][0], last_start + len(last_surface)
    return [_regulated_actor(start, text[start:end]), *[True] * (len(items) - 1)]


def _trade_units(items: list[tuple[int, str]], head: str) -> list[Mention | bool | None]:
    """邮政、快递企业: each bare trade word before the last item is a unit named with the shared head; a set word
    opening the list (相关供气、供电等单位) is no part of the first trade (test_rules_s28h)."""
    units: list[Mention | bool | None] = []
    for start, surface in items:
        word = next((w for w in _set_words() if surface.startswith(w) and len(surface) > len(w)), "")
        start, surface = start + len(word), surface[len(word) :]
        unit = _regulated_actor(start, surface)
        unit.display = surface + head
        units.append(unit)
    return units


def _bare_list_words(items: list[tuple[int, str]], bare: list[str], text: str, bare_max: int) -> bool:
    """Every item before the last a short word of Chinese characters alone, joined to the next by 、."""
    if any(not re.fullmatch(rf"[\u4e00-\u9fff]{{2,{bare_max}}}", word) for word in bare):
        return False
    return all(text[start + len(surface) : start + len(surface) + 1] == "、" for start, surface in items[:-1])


def _described_role_items(
    items: list[tuple[int, str]], news: list[Mention | bool | None], lex: OrganLexicon
) -> list[Mention | bool | None]:
    """建设工程的所有权人或者管理人应当…: a list of owner or actor roles after one 的-stem (what they own,
    run or hold) names each role bare, as the annotations do; the stem is no organ of its own."""
    if len(items) < 2 or news[0] is not None:
        return news
    roles = tuple(lexicon_data("organs.yaml")["subject_actor"]["described_role_heads"])
    first_start, first = items[0]
    stem, _, head = first.rpartition("的")
    if not stem or head not in roles or any(surface not in roles for _, surface in items[1:]):
        return news
    # one described thing (建设工程的): no further 的, stop character or verb in the stem
    if stem[0] in lex.stem_no_start or any(char in lex.stem_stop_chars for char in stem):
        return news
    if lex.stem_stop.search(_mask_function_words(stem)):
        return news
    # the first mention spans its stem (the clause still opens with its subject), named bare
    named = _regulated_actor(first_start, first)
    named.display = head
    rest = [
        new if new is not None else _regulated_actor(start, surface)
        for (start, surface), new in zip(items[1:], news[1:], strict=True)
    ]
    return [named, *rest]


@cache
def _owned_things_roles_finder() -> re.Pattern[str]:
    """桥梁、管线等设施的所有者或者管理者，应当…: owner or actor roles after a 的-stem that lists the things
    they own (a 、 list, 等), with or without a comma or the roles' own finding (发现…的，) before the modal
    (organs.yaml described_role_heads and the units that build, own, run or let them, owned_unit_heads)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    role = alternation([*rule["described_role_heads"], *rule["owned_unit_heads"]])
    opened = re.escape(rule["opened_by"])
    return re.compile(
        rf"(?:^|(?<=[{opened}]))(?P<stem>[^{opened}]{{2,40}}?)的(?P<roles>(?:{role})(?:(?:、|或者|和)(?:{role}))+)"
        rf"[,，]?(?=(?:{rule['owned_role_condition']})?(?:{rule['modal']}))"
    )


def _owned_things_roles(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """The roles of a listed-thing subject (_owned_things_roles_finder), each named bare as the annotations name
    the owner roles (dev hy-baoyu, dz-jianhe: 所有者, 经营者); the things listed are no organs. The stem after
    its last 的 holds no verb or stop mark but 、 and 等 (what they own, not what they did)."""
    added: list[Mention] = []
    for found in _owned_things_roles_finder().finditer(text):
        # 停车场或者建筑: things listed; 建筑物及其设施: the things and their fittings
        thing = found.group("stem").rpartition("的")[2].replace("或者", "、").replace("及其", "、")
        if not thing or thing[0] in lex.stem_no_start or lex.stem_stop.search(_mask_function_words(thing)):
            continue
        if any(char in lex.stem_stop_chars and char not in "、等" for char in thing):
            continue
        if "、" not in found.group("stem") and "," not in found.group(0) and "，" not in found.group(0):
            continue  # one plain described thing before the modal: _described_role_items reads it
        if any(_blocks_owned_roles(m, found) for m in mentions):
            continue
        for index, (item_start, surface) in enumerate(_subject_items(found, "roles")):
            at = found.start() if index == 0 else item_start  # the first spans its stem: the clause opens with it
            named = _regulated_actor(at, text[at : item_start + len(surface)])
            named.display = surface
            added.append(named)
    return added


def _blocks_owned_roles(mention: Mention, found: re.Match[str]) -> bool:
    """A mention read across the subject's opening or past its roles blocks them; one read inside the listed
    things and roles (大型商业中心 of 商业中心等区域的管理单位, 设施的建设单位, 建设单位 bare) is a thing or a role
    the named roles replace."""
    if not (mention.start < found.end("roles") and found.start() < mention.end):
        return False
    stem = found.group("stem")
    things_start = found.start("stem") + stem.rfind("的") + 1  # after the stem's last 的 (or the stem's start)
    return mention.start < things_start or mention.end > found.end("roles")


def _unlisted_open_end(found: re.Match[str], items: list[tuple[int, str]]) -> bool:
    """X、Y等应当…: a bare 等 before the modal closes a list of examples, each a holder (dev jn-shuihj, sd-szy);
    after one item (企业等应当) it names a category the rule leaves to the loader's own reading."""
    return found.group("open_list") is not None and len(items) < 2


def _planned_zone(items: list[tuple[int, str]]) -> bool:
    """新建工业园区应当实施分质供水: a zone opened by its building stage is the facility the rule is about, no actor
    (dev sx-szy; organs.yaml subject_actor.zone_heads)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    return any(
        surface.startswith(tuple(rule["zone_stage_openers"])) and surface.endswith(tuple(rule["zone_heads"]))
        for _, surface in items
    )


def _framed_place(found: re.Match[str], items: list[tuple[int, str]]) -> bool:
    """码头需要占用湖面的，应当… / 新建码头应当…: a place is an actor only printed bare right before the
    modal; with a stem or a frame between it and the modal it is the facility the rule is about."""
    bare = [_place_bracket_end().sub("", surface) for _, surface in items]
    places = [surface for surface in bare if surface.endswith(_place_heads())]
    if not places:
        return False
    closing = _place_closing().match(found.string, found.end())  # 车站、码头等公共场所应当: the kind closes the list
    at = closing.end() if closing else found.end()
    return any(p not in _place_heads() for p in places) or not _subject_actor_gate().match(found.string, at)


def _joint_actor_subjects(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """项目业主和施工单位, 零售经营者和燃放作业单位: a unit whose stem opens with a regulated actor (a subject
    actor's name, organs.yaml subject_actor) joined by 和 holds two actors, the unit after 和 and the actor
    before it, where the phrase opens a clause, a list item or the agent after 由 (genre rule 2: joint
    subjects split). A function joined by 和 (住房和城乡建设) names no actor before it; the fixed names
    (企业事业单位和其他生产经营者) are read by the fixed pattern and have no stem."""
    added: list[Mention] = []
    for mention in mentions:
        split = _joint_actor_split(mention, text, lex)
        if split is not None:
            added.append(split)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _joint_actor_split(mention: Mention, text: str, lex: OrganLexicon) -> Mention | None:
    """The actor before 和 in ``mention``'s stem, ``mention`` cut to the unit after it; None where the
    stem joins no two actors."""
    if mention.cls != "dept" or "和" not in mention.stem or mention.display or mention.fixed_name:
        return None
    if not mention.surface.startswith(mention.stem) or not _joint_actor_opening(text, mention.start):
        return None
    if text.startswith("等", mention.end):
        return None  # 学校、医院和养老机构等单位: the items of an open list of kinds, read by the list rules
    rule = lexicon_data("organs.yaml")["subject_actor"]
    _, person_head, not_heads = _subject_actor_finder()
    joiner = mention.stem.find("和")
    first, rest = mention.surface[:joiner], mention.surface[joiner + 1 :]
    if not _CJK_WORD.fullmatch(first) or first.endswith(person_head):
        return None  # （一）企业和…: an item's number is no part of an actor's name
    if not _subject_actor_surface(first, person_head, not_heads, lex):
        return None
    if mention.kind == "individual_role" or not rest.endswith((*rule["unit_heads"], *rule["list_heads"], mention.head)):
        return None  # 单位和人员: a unit's own staff, no second actor
    mention.start += joiner + 1
    mention.surface, mention.stem = rest, mention.stem[joiner + 1 :]
    return _regulated_actor(mention.start - joiner - 1, first)


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _joint_actor_opening(text: str, start: int) -> bool:
    """The joint subject opens a clause or a list item, or is the agent after 由."""
    opened = lexicon_data("organs.yaml")["subject_actor"]["opened_by"]
    return start == 0 or text[start - 1] in opened or text[start - 1] == "、" or text.endswith("由", 0, start)


def _subject_items(found: re.Match[str], group: int | str = 0) -> list[tuple[int, str]]:
    """The items of a subject list (the match, or its ``group``) with their offsets (one item where nothing
    joins)."""
    items, at = [], found.start(group)
    for piece in _SUBJECT_JOINERS.split(found.group(group)):
        items.append((at, piece))
        at += len(piece)
        joiner = _SUBJECT_JOINERS.match(found.string, at)
        at += len(joiner.group(0)) if joiner else 0
    return items


def _subject_actor_at(
    item: tuple[int, str],
    person_head: str,
    not_heads: frozenset[str],
    lex: OrganLexicon,
    actors: tuple[str, ...],
    mentions: list[Mention],
) -> Mention | bool | None:
    """A new actor mention for one subject item, True where a mention already reads the item whole,
    None where the item is no actor (the whole subject is then left to the loader's own reading)."""
    start, surface = item
    end = start + len(surface)
    overlapping = [m for m in mentions if m.start < end and start < m.end]
    owned = _level_owned_actor(start, surface, overlapping, lex)
    if owned is not None:
        return owned
    if overlapping:
        return True if any(m.start <= start and end <= m.end for m in overlapping) else None
    if not surface or not _subject_actor_surface(surface, person_head, not_heads, lex):
        return None
    if surface.endswith(actors):
        return True  # 煤矿企业 where the document calls its actors 企业: a kind of that one organ
    if surface.endswith(person_head):
        return _member(Mention(start, end, surface, None, "individual_role", "role", head=person_head), surface)
    return _regulated_actor(start, surface)


def _level_owned_actor(start: int, surface: str, overlapping: list[Mention], lex: OrganLexicon) -> Mention | None:
    """村民委员会、村集体经济组织应当…: a regulated actor the lexicon names (集体经济组织) right after a bare
    village or township word, the whole subject before the modal, is that level's own unit, named whole
    (organs.yaml subject_actor.owner_levels); the inner name is dropped by the caller."""
    if len(overlapping) != 1:
        return None
    inner = overlapping[0]
    if inner.end != start + len(surface) or inner.start <= start or inner.kind != "enterprise_society":
        return None
    if inner.level != "social" or inner.cls != "name":
        return None
    level = lex.level_of.get(surface[: inner.start - start])
    if level not in lexicon_data("organs.yaml")["subject_actor"]["owner_levels"]:
        return None
    owned = _regulated_actor(start, surface)
    owned.level = level
    return owned


def _possessor_actors(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """核电厂的核事故应急机构, 建设单位的安全管理机构: a regulated actor printed as the owner of a body of its own
    (X的 + a department with no level) is that actor there, wherever the clause puts it, so the body is read inside
    it (_merge_adjacent); the nearest word that opens after a mark or a joiner and names a subject actor."""
    _, person_head, not_heads = _subject_actor_finder()
    opened_by = lexicon_data("organs.yaml")["defined_actors"]["opened_by"]
    reach = lexicon_data("organs.yaml")["subject_actor"]["stem_max"] + 4
    ends = {m.end for m in mentions}
    added = []
    for mention in mentions:
        end = mention.start - 1
        if end < 1 or text[end] != "的" or end in ends or not _internal_department(mention):
            continue
        for start in range(end - 2, max(-1, end - reach - 1), -1):
            surface = text[start:end]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", surface):
                break
            opened = start == 0 or text[start - 1] in opened_by
            unit = not surface.endswith(person_head)  # 员的…机构: a person owns no body
            if opened and unit and _subject_actor_surface(surface, person_head, not_heads, lex):
                added.append(_regulated_actor(start, surface))
                break
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _regulated_actor(start: int, surface: str) -> Mention:
    """A regulated actor read from its clause-subject slot: a social unit named by its whole surface."""
    return Mention(start, start + len(surface), surface, "social", "enterprise_society", "dept", head=surface)


def _subject_actor_surface(surface: str, person_head: str, not_heads: frozenset[str], lex: OrganLexicon) -> bool:
    """A name of its own: no stop character or verb inside (由物业服务企业, 将…纳入企业), a person role
    with a word before 员 that is no member of a body nor the public (成员, 党员)."""
    rule = lexicon_data("organs.yaml")["subject_actor"]
    heads = [*rule["unit_heads"], *_place_heads(), *rule["service_heads"]]
    placed = _place_bracket_end().sub("", surface)  # 旅游景区(点): the place head before its bracket
    if placed != surface and placed.endswith(_place_heads()):
        surface = placed
    if len(surface) > rule["stem_max"] + 4 or not surface.endswith((*heads, person_head)):
        return False  # a list item that names no actor (个人, 公民)
    if surface.endswith(person_head) and (len(surface) < 2 or surface.endswith(tuple(not_heads))):
        return False
    if surface.startswith(rule["negated_opener"]):
        return False  # 非宗教团体、非宗教院校不得…: whoever is not of the kind, no actor (as 禁止非管理人员)
    if (
        surface.endswith(tuple(rule["list_kind_heads"]))
        and surface in lexicon_data("organs.yaml")["social_unit_lists"]["items"]
    ):
        return False  # 社会团体, 人民团体: kinds of unit, read by the 机关、团体 list rule only (_social_unit_lists)
    head = next((h for h in heads if surface.endswith(h)), person_head)
    stem = _STEM_BRACKET.sub("", surface[: -len(head)])  # 组织 of 经济组织 is the head, no verb
    work = head == person_head or head in rule["work_heads"]
    if work and head != person_head:
        if stem.startswith(tuple(rule["work_no_start"])):
            return False  # 本单位: a back-reference, no actor of its own
        stem = _work_unit_stem(stem, rule["work_stem_words"])
    # stop characters count in the stem only (使 of the head 使用权人 is no causative)
    if surface[0] in lex.stem_no_start or any(char in lex.stem_stop_chars for char in stem):
        return False
    if not stem and head in rule["stem_heads"]:
        return False  # 所有人应当: everyone, no actor
    # the work a post or a unit does names it (普查指导员, 监测单位): a verb right before the head is part of the name.
    # The stem is read with its head after it, so a verb the lexicon reads as none before that head stops nothing
    # (运营 of 基础电信运营企业, 举办 of 活动举办者: 运营(?!…企业…), 举办(?!…者…)); a verb only counts inside the stem.
    masked = _mask_function_words(stem) + head  # 劳动保障: a verb inside a function name stops nothing
    verbs = [verb for verb in lex.stem_stop.finditer(masked) if verb.start() < len(stem)]
    return all(work and verb.end() == len(stem) for verb in verbs)


def _work_unit_stem(stem: str, words: list[str]) -> str:
    """被检查 / 特种设备使用: the stem of a unit named by its work, with the 被 that opens what it
    undergoes and the words whose stop characters are none (使用) masked."""
    stem = "　" + stem[1:] if stem.startswith("被") else stem
    for word in words:
        stem = stem.replace(word, "　" * len(word))
    return stem


@cache
def _actor_definition() -> re.Pattern[str]:
    """(以下统称企业), (以下简称排水户): a short name whose head is a kind of regulated unit."""
    data = lexicon_data("organs.yaml")["defined_actors"]
    words, heads = alternation(data["words"]), alternation(data["heads"])
    return re.compile(rf"\((?:{words})[“\"]?(?P<name>[^()“”\"\n、]{{0,6}}(?:{heads}))[”\"]?\)")


def defined_actors(text: str) -> tuple[str, ...]:
    """X、Y和Z企业(以下统称企业): the document names its regulated actors by the short name from then on
    (about 90 corpus files define 企业/单位/经营者/…户 so). Only a name the lexicon does not
    already read as a body: a known organ keeps its own reading (_defined_names)."""
    if "称" not in text:
        return ()
    heads = lexicon_data("organs.yaml")["defined_actors"]["heads"]
    found = {m.group("name") for m in _actor_definition().finditer(text)}
    # a one-character head needs a stem of two (排水户; 用户 is the public)
    return tuple(sorted(n for n in found if (n in heads or len(n) > 2) and not find_mentions(n, None)))


# …(以下简称 / (简称 / (下称 right before a print: the definition's own bracket
_ALIAS_OPENING = re.compile(r"[(（](?:以下)?(?:简称|统称|合称|称)[“\"]?$")


@cache
def _short_name_definition() -> re.Pattern[str]:
    data = lexicon_data("organs.yaml")["defined_short_names"]
    return re.compile(rf"\((?:{alternation(data['words'])})[“\"]?(?P<name>[^()“”\"\n、,，。;；:：]{{2,8}})[”\"]?\)")


def _abbreviates(short: str, full: str) -> bool:
    """督察局 of 国家自然资源督察局, 国家防总 of 国家防汛抗旱总指挥部: every character of the short name in the
    full name, in order, the short one the shorter."""
    rest = iter(full)
    return len(short) < len(full) and all(ch in rest for ch in short)


def defined_short_names(text: str, doc_level: str | None) -> tuple[tuple[str, str], ...]:
    """X(以下简称Y) where X is one body the lexicon reads and Y, a name it does not read, abbreviates X
    (its characters in X's, in order): the document calls that body Y from then on (国家自然资源督察局
    (以下简称督察局), 国家防汛抗旱总指挥部(以下简称国家防总)). Pairs (Y, X as printed). A unit kind
    (学校和其他教育机构(以下简称学校)) is no body so named."""
    implied = _congress_short_names(text, doc_level)
    if "称" not in text:
        return implied
    social = frozenset(lexicon_data("organs.yaml")["defined_short_names"]["not_kinds"])
    found: dict[str, str] = {}
    for match in _short_name_definition().finditer(text):
        name, paren = match.group("name"), match.start()
        if name in found or any(m.end - m.start == len(name) for m in find_mentions(name, doc_level)):
            continue
        start = max(text.rfind(ch, 0, paren) for ch in ",;:。\n") + 1
        before = find_mentions(text[start:paren], doc_level)
        if not before or start + before[-1].end != paren:
            continue
        full = before[-1]
        if full.kind in social or full.collective or not _abbreviates(name, full.surface):
            continue
        found[name] = full.surface
    for name, full_name in _joint_name_definitions(text, doc_level):
        found.setdefault(name, full_name)
    return (*implied, *((n, f) for n, f in found.items() if n not in dict(implied)))


def _joint_name_definitions(text: str, doc_level: str | None) -> list[tuple[str, str]]:
    """本条例所称街乡，是指街道办事处和乡镇人民政府的合称: a definition sentence naming one body (a fixed pair
    printed whole) by a short name its characters abbreviate, as X(以下合称Y) does (dev bj-jdxz: 街乡 is the
    pair's alias throughout)."""
    pairs: list[tuple[str, str]] = []
    for match in _joint_name_definition().finditer(text):
        name, printed = match.group("name"), match.group("full")
        if any(m.end - m.start == len(name) for m in find_mentions(name, doc_level)):
            continue  # a name the lexicon reads is no short name
        bodies = find_mentions(printed, doc_level)
        if len(bodies) == 1 and bodies[0].surface == printed and _abbreviates(name, printed):
            pairs.append((name, printed))
    return pairs


@cache
def _joint_name_definition() -> re.Pattern[str]:
    words = alternation(lexicon_data("organs.yaml")["joint_name_definition_words"])
    return re.compile(rf"所称(?P<name>[\u4e00-\u9fff]{{2,6}})[,，]是指(?P<full>[^,，。;；的]{{4,30}})的(?:{words})")


def _congress_short_names(text: str, doc_level: str | None) -> tuple[tuple[str, str], ...]:
    """A document on the sessions of one levelled congress (乡、民族乡、镇人民代表大会主席团 printed in full,
    one such presidium) calls that presidium 主席团 / 大会主席团 and the congress 大会 / 代表大会 with no
    (以下简称) of its own (genre rule 4: the bare forms refer back; organs.yaml congress_short_forms). Longer
    short names first, so 大会主席团 is read before 主席团."""
    data = lexicon_data("organs.yaml")["congress_short_forms"]
    head = data["presidium_head"]
    if head not in text:
        return ()
    fulls = {
        m.surface
        for m in find_mentions(text, doc_level)
        if m.surface.endswith(head) and m.level and not m.relative and not m.collective
    }
    if len(fulls) != 1:
        return ()
    presidium = next(iter(fulls))
    congress = presidium[: -len(head) + len(data["congress_head"])]
    pairs = [*((s, presidium) for s in data["presidium"]), *((s, congress) for s in data["congress"])]
    deputies = congress + data["deputies"]
    if deputies in text:  # 代表十人以上联名: the congress's deputies, printed in full elsewhere
        pairs.append((data["deputies"], deputies))
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


# 五分之一以上 right before the deputies of a joint motion: the share of them that moves
_SHARE_BEFORE = re.compile(r"[一二三四五六七八九十]+分之[一二三四五六七八九十]+以上$")


@cache
def _short_name_context() -> tuple[str, re.Pattern[str]]:
    """The bare deputies word (代表) is read as the congress's deputies only before a joint motion
    (代表十人以上(书面)联名), never as the verb or in 代表证/代表资格."""
    data = lexicon_data("organs.yaml")["congress_short_forms"]
    return data["deputies"], re.compile(data["deputies_before"])


def _short_name_mentions(
    mentions: list[Mention], text: str, doc_level: str | None, short_names: tuple[tuple[str, str], ...]
) -> list[Mention]:
    """Each print of a defined short name (defined_short_names) is a mention of the body it abbreviates:
    the full name's reading, printed short; a role or department printed on the short name (督察局主要负责人)
    is that body's. Not the definition's own bracket."""
    added: list[Mention] = []
    for short, full in short_names:
        base = find_mentions(full, doc_level)
        if len(base) != 1 or base[0].end - base[0].start != len(full):
            continue
        word, before = _short_name_context()
        for found in re.finditer(re.escape(short), text):
            at, end = found.start(), found.end()
            if _ALIAS_OPENING.search(text, max(0, at - 6), at):
                continue  # the definition itself
            if short == word and not before.match(text, end):
                continue  # 代表 as a verb or a word of its own (代表证书): only a joint motion's deputies
            if short == word and (share := _SHARE_BEFORE.search(text, max(0, at - 12), at)):
                at = share.start()  # 五分之一以上代表联名: the share is part of the subject printed
            owner = next((m for m in mentions if m.start <= at and end <= m.end), None)
            if owner is not None and owner.body is not None and (owner.body.start, owner.body.end) == (at, end):
                owner.body = _short_named(base[0], at, end, short)  # 督察局主要负责人: the body's own
            if any(m.start < end and at < m.end for m in (*mentions, *added)):
                continue  # inside a name read, or a longer short name read first (大会主席团 before 主席团)
            if any(m.start == end for m in mentions):
                continue  # 兵团各级河湖长: the short name opens a name printed on it, read as before
            added.append(_short_named(base[0], at, end, short))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _short_named(base: Mention, start: int, end: int, short: str) -> Mention:
    mention = copy.deepcopy(base)
    mention.display = base.display or base.surface
    mention.start, mention.end, mention.surface = start, end, short
    if mention.body is not None:
        mention.body.start = mention.body.end = start
    return mention


def _actor_mentions(mentions: list[Mention], text: str, actors: tuple[str, ...]) -> list[Mention]:
    """Each later mention of a defined actor where it stands as a word of its own: after a mark, a
    conjunction or 的 (煤矿企业 is a kind, 称企业 the definition itself)."""
    opened_by = lexicon_data("organs.yaml")["defined_actors"]["opened_by"]
    added = []
    for name in actors:
        for found in re.finditer(re.escape(name), text):
            at, end = found.start(), found.end()
            if at > 0 and text[at - 1] not in opened_by:
                continue
            if any(m.start < end and at < m.end for m in mentions):
                continue
            added.append(_actor(at, end, text, name))
    return _actor_definitions(sorted([*mentions, *added], key=lambda m: m.start), text, actors)


def _actor(start: int, end: int, text: str, name: str) -> Mention:
    return Mention(start, end, text[start:end], "social", "enterprise_society", "name", fixed_name=name, display=name)


def _actor_definitions(mentions: list[Mention], text: str, actors: tuple[str, ...]) -> list[Mention]:
    """…排放污水的企业事业单位、个体工商户(以下简称排水户)，应当…: the units the definition covers are the
    actor itself (the duty is its own), from the clause's opening (past a verb, past 对 of 国家对X实行)."""
    for found in _actor_definition().finditer(text):
        name, paren = found.group("name"), found.start()
        if name not in actors:
            continue
        start = max(text.rfind(ch, 0, paren) for ch in ",;:。\n ") + 1
        verbs = [v.end() for v in organ_lexicon().stem_stop.finditer(text, start, paren)]
        start = max([start, *verbs, text.rfind("对", start, paren) + 1])
        inside = [m for m in mentions if m.start >= start and m.end <= paren]
        if start >= paren or any(m.start < start < m.end for m in mentions):
            continue
        rest = [m for m in mentions if m not in inside]
        mentions = sorted([*rest, _actor(start, paren, text, name)], key=lambda m: m.start)
    return mentions


def _open_sets_at_exclusions(mentions: list[Mention], text: str) -> list[Mention]:
    """X以外的其他机关、单位: X is named only to be left out of the set named right after it, so it is no
    mention of its own (it would be read as the clause's subject); the set's mention opens at X, its
    name stays its own (display), as a clause subject qualified by a 的-phrase does."""
    result: list[Mention] = []
    excluded: Mention | None = None
    for mention in mentions:
        if excluded is not None and mention.start == _excluded_end(excluded, text):
            mention.display = mention.display or mention.surface
            mention.start, mention.surface = excluded.start, text[excluded.start : mention.end]
            result.pop()
        result.append(mention)
        excluded = mention if _excluded_end(mention, text) > 0 else None
    return result


def _excluded_end(mention: Mention, text: str) -> int:
    """Where the set after ``X以外的`` opens (0 when no exclusion word and 的 follow X)."""
    for word in organ_words("exclusion_after"):
        if text.startswith(word + "的", mention.end):
            return mention.end + len(word) + 1
    return 0


_QUALIFIED_STEM_MAX = 4  # 经营/管理/使用单位: a unit named by its function alone, which the 的-phrase completes
_QUALIFIER_MAX = 24
_LISTED = re.compile(r".[、和].")  # a closed list of things (森林、林木、林地; 蓄水工程和水力发电工程)


@cache
def _qualifier_run() -> re.Pattern[str]:
    """The things before 的: any characters but stop characters, 、 and 和 joining them."""
    stops = "".join(sorted(set(organ_lexicon().stem_stop_chars) - {"、"}))
    return re.compile(rf"[^{re.escape(stops)}\n]{{2,{_QUALIFIER_MAX}}}$")


@cache
def _qualified_things() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml")["qualified_things"])


@cache
def _designated_after() -> re.Pattern[str]:
    """确定的部门 / 明确的机构 / 指定的部门 right after a government's name."""
    links = alternation(list(organ_words("designation_links")))
    return re.compile(rf"(?:{links})的(?:{alternation(list(organ_words('designated_heads')))})")


def _designated_sets(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """温州市人民政府确定的部门负责…, 具体工作由同级人民政府明确的机构承担: the body a government designates is
    one collective of its own, named with the government (the dev annotations of sd-ranqi, wz-tanghe and
    sd-dongpinghu), and the government printed inside its name holds none of its duties."""
    result: list[Mention] = []
    for mention in mentions:
        # not 设在市人民政府指定的部门: where an office is housed, an unnamed department (no organ)
        opens = mention.kind == "government" and not text.endswith("设在", 0, mention.start)
        match = _designated_after().match(text, mention.end) if opens else None
        if match is None or any(m.start < match.end() and mention.end < m.end for m in mentions if m is not mention):
            result.append(mention)
            continue
        name = text[mention.start : match.end()]
        level = mention.level or doc_level
        result.append(
            Mention(mention.start, match.end(), name, level, "agency", "name", collective="有关", fixed_name=name)
        )
    return result


def _object_qualified(mention: Mention, text: str, lex: OrganLexicon) -> Mention:
    """森林、林木、林地的经营单位 / 蓄水工程和水力发电工程的管理单位: a unit named by its bare function is
    the unit of the things printed before 的, which belong to its name. A closed list of things, or one
    phrase ending in a thing (输电线路的管理单位, organs.yaml qualified_things): after an open list
    (…等公共建筑物的管理单位) the phrase names a class of examples, and another single phrase may be a
    description (规模较大的经营单位). No verb and no organ may stand in it."""
    listed_role = mention.cls == "role" and mention.head in _listed_thing_roles()
    if listed_role and text[mention.start - 1 : mention.start] == "、":
        return _listed_things_unit(mention, text, lex)  # 河道、堤防、涵闸工程管理人员: the staff of all the works
    if mention.level != "social" or mention.head != "单位":
        return mention
    if mention.start > 2 and text[mention.start - 1] == "、":
        return _listed_things_unit(mention, text, lex)
    if not 0 < len(mention.stem) <= _QUALIFIED_STEM_MAX:
        return mention
    if mention.start < 3 or text[mention.start - 1] != "的":
        return mention
    run = _qualifier_run().search(text, max(0, mention.start - 2 - _QUALIFIER_MAX), mention.start - 1)
    if run is None or (run.start() > 0 and text[run.start() - 1] not in lex.stem_stop_chars | {"\n"}):
        return mention  # no phrase, or one that runs on past the window: no clear opening
    if text[run.start() - 1 : run.start()] == "等":
        return mention  # A、B等C的管理单位: an open list of examples names a class, not the unit
    phrase = text[run.start() : mention.start - 1].lstrip("、和")
    start = mention.start - 1 - len(phrase)
    if not (_LISTED.search(phrase) or phrase.endswith(_qualified_things())):
        return mention  # 规模较大的经营单位: neither a list of things nor a thing, a description
    if not _LISTED.search(phrase) and _members().public_after.match(text, mention.end):
        return mention  # 水利工程的用水单位和个人: with 个人, anyone who uses the thing, not one unit
    if lex.stem_stop.search(phrase) or find_mentions(phrase, None):
        return mention  # 承担…的 (a verb), 市人民政府的…: no thing-qualifier
    qualified = copy.copy(mention)
    qualified.start, qualified.surface = start, text[start : mention.end]
    qualified.display, qualified.fixed_name, qualified.cls = qualified.surface, qualified.surface, "name"
    return qualified


@cache
def _listed_thing_roles() -> frozenset[str]:
    """The role heads that name staff by their function, after which a 、 list of things may stand
    (organs.yaml listed_thing_units roles)."""
    return frozenset(lexicon_data("organs.yaml")["listed_thing_units"]["roles"])


@cache
def _listed_thing_units() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], int]:
    """The unit functions, leads, openers and item length of a list of things before a unit
    (organs.yaml listed_thing_units)."""
    data = lexicon_data("organs.yaml")["listed_thing_units"]
    return tuple(data["functions"]), tuple(data["leads"]), tuple(data["openers"]), int(data["item_max"])


def _listed_things_unit(mention: Mention, text: str, lex: OrganLexicon) -> Mention:
    """水库、闸坝管理单位 / 森林、林木、林地经营单位: a 、 list of things printed right before a unit named by
    its function (the last thing read into its stem) is the one unit of all the things, named as printed
    (dev: zb-hedao, lyi-yihe, cq-senfang, gd-forestfire, yt-senlin annotate the joint name; gw-fxzr splits
    one). Every item is a short thing with no organ, no verb and no stop character in it; a list opened
    mid-phrase (a clause not opening at the list) is no name. 有关/相关 before the list is printed with it,
    as before a unit read alone (有关管理单位), but is no thing."""
    functions, leads, openers, item_max = _listed_thing_units()
    thing = mention.stem[: -len(next((f for f in functions if mention.stem.endswith(f)), mention.stem))]
    if mention.cls == "role":
        thing = mention.stem  # 涵闸工程管理人员: the function is the role's head, the stem names the thing
    elif mention.cls != "dept":
        thing = ""
    if not thing:
        # 收集、运输单位 / 烟花爆竹经营、储存、运输单位: a list of functions the unit's name shares, else a unit
        # beside another (建设单位、管理单位), no list of things
        return _listed_functions_unit(mention, text, lex)
    run = _qualifier_run().search(text, max(0, mention.start - _QUALIFIER_MAX), mention.start)
    if run is None or not run.group(0).endswith("、"):
        return mention
    phrase = run.group(0)
    lead = next((w for w in leads if phrase.startswith(w)), "")
    phrase = phrase[len(lead) :]
    before = text[max(0, run.start() - 2) : run.start()]
    if phrase.startswith("者") and before.endswith("或"):
        lead, phrase, before = "", phrase[1:], "或者"  # 或者 split by the stop character 或
    if run.start() > 0 and not before.endswith(openers):
        return mention  # opened inside a phrase (乡（镇）人民政府、…, 林区内的铁路、…) or past the window
    start = mention.start - len(phrase) - len(lead)
    items = phrase[:-1].split("、")
    if not all(0 < len(item) <= item_max for item in items) or "和" in phrase:
        return mention
    if lex.stem_stop.search(phrase[:-1].replace("、", "")) or find_mentions(phrase[:-1], None):
        return mention  # a verb or a body in the list: no things
    listed = copy.copy(mention)
    listed.start, listed.surface = start, text[start : mention.end]
    if mention.cls == "role":
        listed.display = listed.role = listed.surface  # a role stays a role, named as printed
        return listed
    listed.display, listed.fixed_name, listed.cls = listed.surface, listed.surface, "name"
    return listed


@cache
def _listed_functions() -> tuple[frozenset[str], int]:
    """The functions a 、 list before 单位 may name, and the length of the thing the first may carry
    (organs.yaml listed_function_units)."""
    data = lexicon_data("organs.yaml")["listed_function_units"]
    return frozenset(data["functions"]), int(data["thing_max"])


def _listed_functions_unit(mention: Mention, text: str, lex: OrganLexicon) -> Mention:
    """收集、运输单位 / 废弃食用油脂产生、收集、运输、处置单位 / X等运营、管理单位: a 、 list of the functions
    a unit does (closed list), its head printed once after the last, is one unit named as printed. The first
    item may carry the thing the unit handles where three functions or more are listed (烟花爆竹经营、储存、
    运输单位); a thing's two functions (道路经营、管理单位) the annotations split in two units. The list opens
    a clause, follows 或者, or follows the 等 of an open list of examples (named from after 等); the
    document's own place opening it (本市) is no part of the name. After 的 it is part of a longer phrase."""
    functions, thing_max = _listed_functions()
    if mention.stem not in functions:
        return mention
    run = _qualifier_run().search(text, max(0, mention.start - _QUALIFIER_MAX), mention.start)
    if run is None or not run.group(0).endswith("、"):
        return mention
    openers = (*_listed_thing_units()[2], "等")
    if run.start() > 0 and not text.endswith(openers, 0, run.start()):
        return mention  # opened inside a phrase (危险物品的生产、…) or past the window
    phrase = run.group(0)
    place = next((w for w in _own_place_words() if phrase.startswith(w)), "")
    phrase = phrase[len(place) :]
    first, *rest = phrase[:-1].split("、")
    function = next((f for f in functions if first.endswith(f)), "")
    thing = first[: len(first) - len(function)]
    if not function or not all(item in functions for item in rest) or len(thing) > thing_max:
        return mention
    if thing and not rest:
        return mention  # 道路经营、管理单位: a thing's two functions are read as two units (left for a split rule)
    if thing and (lex.stem_stop.search(thing) or find_mentions(thing, None)):
        return mention  # a verb or a body before the functions: no thing
    listed = copy.copy(mention)
    listed.start = mention.start - len(phrase)
    listed.surface = text[listed.start : mention.end]
    listed.display, listed.fixed_name, listed.cls = listed.surface, listed.surface, "name"
    return listed


# 约谈区政府或者市有关部门主要负责人: the role word is each alternative body's too (dev: bj-jiesu, tj-aqzr,
# tj-wgzr, tj-sthj annotate one head role per body of the 或者 list, genre rule 7)
_SHARED_ROLE_JOINERS = ("和", "、", "以及", "或者", "或")


@cache
def _shared_role_words() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml")["shared_role_words"])


def _shared_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """各级人民政府和森林防灭火指挥机构负责人应当…: the role word after the last body of a list is each
    body's role (the heads of both go to the scene), so the bodies before it are read as their roles."""
    result = list(mentions)
    for index in range(len(result) - 1, 0, -1):
        role = result[index]
        if role.cls != "role" or role.role not in _shared_role_words():
            continue
        if role.body is None or role.body.bare:
            # 区政府或者市有关部门主要负责人: the head role of a set of departments is shared over a 或者
            # list (dev: 4 documents so); after 和 only by departments of the same kind (直接责任部门和相关
            # 监管部门负责人, X应急管理部门和同级有关部门负责人: dev gw-gongzi, gw-zaihai); another unit before
            # 和 is read alone (X河湖长制办公室和盟直有关部门负责人: als-hhz)
            heads = tuple(organ_lexicon().collective_department_heads)
            gap = text[result[index - 1].end : role.start]
            alternative = gap in ("或者", "或") or (gap == "和" and result[index - 1].surface.endswith(heads))
            if not alternative or not role.stem.endswith(heads) or not role.surface.endswith(role.role or "-"):
                continue
            tail = role.role or ""
        else:
            tail = role.surface[role.body.end - role.start :] if role.body.end > role.start else ""
        # A、B的主要负责人: the role after 的 is shared as well (each listed body's own head)
        tail = tail.removeprefix("的")
        if tail not in _shared_role_words():
            continue  # the role's words must follow its body (or its 的) directly
        k = index - 1
        while k >= 0 and _shares_role(result[k], text[result[k].end : result[k + 1].start]):
            result[k] = _role_of(result[k], role, tail, text)
            k -= 1
    return result


@cache
def _field_leader() -> re.Pattern[str]:
    words = lexicon_data("organs.yaml")["field_leader"]
    return re.compile(rf"{words['opener']}[^{words['stop']}]{{1,{words['max']}}}{words['tail']}")


@cache
def _field_leader_after_body() -> re.Pattern[str]:
    """The field leader printed right after its body: named by 负责人 or by the post it holds (body_posts)."""
    words = lexicon_data("organs.yaml")["field_leader"]
    tails = f"(?:{words['tail']}|{words['body_posts']})"
    return re.compile(rf"{words['opener']}[^{words['stop']}]{{1,{words['max']}}}{tails}")


def _field_leader_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """X分管Y工作的负责人: the leader of body X in charge of field Y, a role of X named by its field (not
    X's own 负责人); the verb 分管 ends the body's name, so the role is read after the body here. Only after
    a government or party body or a unit, whose field leaders a 责任制 names; a department's stays a verb
    phrase (test_in_charge_of_is_a_verb). Printed bare, see _bare_field_leaders."""
    result = list(mentions)
    read = []
    for index, body in enumerate(result):
        found = _field_leader_after_body().match(text, body.end)
        if found is None or not (body.cls in _BODY_CLASSES or _is_unit(body)) or body.bare:
            continue  # a unit's field leaders too (生产经营单位分管安全生产的负责人): its deputies
        role = found.group(0)
        result[index] = _body_role(
            body, found.end(), text, _role_word("负责人"), role, display=(body.display or body.surface) + role
        )
        read.append(found.span())
    # 负责同志 is a role word of its own (the party style): the field leader's mention covers it
    return [m for m in result if not any(start < m.start and m.end <= end for start, end in read)]


def _bare_field_leaders(mentions: list[Mention], text: str) -> list[Mention]:
    """…；分管安全生产的负责人协助主要负责人…: a field leader printed bare at a clause's opening is a role of
    its own (the unit's or the collective body's deputy, attached as 主要负责人 is), not a verb phrase."""
    added = []
    for found in _field_leader_after_body().finditer(text):
        start = found.start()
        bare = _bare_leader_body().search(text, 0, start)
        # a post named after its body (政府分管…的领导成员): only with that bare body word printed before 分管
        posted = not _field_leader().fullmatch(text, start, found.end())
        # 政府分管安全生产工作的负责人协助主要负责人…: a bare body word (no level) before 分管 at the opening
        # is the collective's, the role printed with it (organs.yaml field_leader bare_bodies)
        if bare and _clause_opening(text, _before_marker(text, start - len(bare.group(0)))):
            start -= len(bare.group(0))
            # the body word read as a government of its own (with the item marker before it): the role's now
            mentions = [m for m in mentions if not (m.end == found.start() and m.cls in _BODY_CLASSES)]
        elif posted or not _clause_opening(text, start):
            continue
        if not _covered(found, mentions):
            added.append(
                Mention(start, found.end(), text[start : found.end()], None, "individual_role", "role", head="负责人")
            )
    for mention in added:
        mention.role, mention.member = mention.surface, True
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def bare_body_field_leader(name: str) -> str:
    """政府分管安全生产工作的负责人, 政府（办事处）分管…的负责人: a field leader read with a bare body word;
    that word (政府（办事处）), else ""."""
    found = _bare_leader_words().match(name)
    return found.group(0) if found is not None and _field_leader().fullmatch(name, found.end()) else ""


# 第二十一条 政府…, （十五）政府…: the article or item marker before a clause's first word
_OPENING_MARKER = re.compile(r"(?:第[一二三四五六七八九十百零〇]+条|[（(][一二三四五六七八九十]{1,3}[）)])?[ \u3000]*$")


def _before_marker(text: str, at: int) -> int:
    """Where the clause opens when an article or item marker (and spaces) stands right before ``at``."""
    found = _OPENING_MARKER.search(text, max(0, at - 12), at)
    return found.start() if found else at


@cache
def _bare_leader_words() -> re.Pattern[str]:
    """The bare body words a field leader may be printed with (organs.yaml field_leader.bare_bodies)."""
    return re.compile(f"(?:{'|'.join(lexicon_data('organs.yaml')['field_leader']['bare_bodies'])})")


@cache
def _bare_leader_body() -> re.Pattern[str]:
    return re.compile(_bare_leader_words().pattern + "$")


def _covered(found: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.start < found.end() and found.start() < m.end for m in mentions)


def _clause_opening(text: str, at: int) -> bool:
    """At a clause or list boundary (主要负责人、分管…的负责人), or after 包括 (其他负责人包括分管…的负责人)."""
    return at == 0 or text.endswith(tuple(lexicon_data("organs.yaml")["field_leader"]["bare_after"]), 0, at)


def _body_role(body: Mention, end: int, text: str, head: str, role: str, display: str = "") -> Mention:
    """The role ``role`` of ``body`` read up to ``end``: the body is kept inside the role mention."""
    return Mention(
        body.start,
        end,
        text[body.start : end],
        body.level,
        "individual_role",
        "role",
        head=head,
        role=role,
        body=copy.deepcopy(body),
        collective=body.collective,
        display=display,
    )


@cache
def _weak_role_gates() -> tuple[str, ...]:
    return tuple(f"的{word}" for word in lexicon_data("organs.yaml")["weak_roles_after_of"])


@cache
def _weak_role_after_of() -> re.Pattern[str]:
    # not 负责人员 (staff), nor the first of a list of roles (X的负责人和有关人员: 的 spans the list)
    return re.compile(rf"的({alternation(lexicon_data('organs.yaml')['weak_roles_after_of'])})(?![员和及与、或])")


def _weak_roles_after_of(mentions: list[Mention], text: str) -> list[Mention]:
    """受质询机关的负责人 / 运输单位的负责人: a weak role word (负责人, no mention alone) right after a body
    and 的 is that body's role, as X的主要负责人 is. The body is kept inside the role."""
    result = list(mentions)
    starts = {m.start for m in mentions}
    for index, body in enumerate(result):
        found = _weak_role_after_of().match(text, body.end)
        if found is None or body.cls not in ("dept", "name", *_BODY_CLASSES) or body.bare or body.end + 1 in starts:
            continue
        result[index] = _body_role(body, found.end(), text, found.group(1), _role_word(found.group(1)))
    return result


@cache
def _committee_chair() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """(bodies, role word) of the committee chairs and, where the body is named whole, its members (not
    主任委员/主任会议, nor 成员单位: units, not persons)."""
    chair = lexicon_data("organs.yaml")["committee_chair"]
    members = lexicon_data("organs.yaml")["committee_members"]
    return (
        (tuple(chair["bodies"]), re.compile(rf"{chair['role']}(?![委会])")),
        (tuple(members["bodies"]), re.compile(rf"{members['role']}(?![单会])")),
    )


def _committee_chairs(mentions: list[Mention], text: str) -> list[Mention]:
    """村民委员会主任是…第一责任人: the chair printed right after a village or residents' committee (or a street
    office: 街道办事处主任) is that body's role (as 村党组织书记 is the party body's); not 主任委员/主任会议, nor an
    office's chair."""
    result = list(mentions)
    for bodies, chair in _committee_chair():
        for index, body in enumerate(result):
            found = chair.match(text, body.end)
            if found is None or body.cls == "role" or body.bare or not body.surface.endswith(bodies):
                continue
            result[index] = _body_role(body, found.end(), text, found.group(0), found.group(0))
    bodies, members = _committee_chair()[1]
    owned = f"及其{lexicon_data('organs.yaml')['committee_members']['role']}"
    for body in [m for m in result if m.cls != "role" and not m.bare and m.surface.endswith(bodies)]:
        if text.startswith(owned, body.end) and members.match(text, body.end + 2):
            # 居民委员会及其成员应当…: the committee and its members, each a holder
            role = _body_role(body, body.end + len(owned), text, "成员", "成员")
            role.start, role.surface = body.end + 2, owned[2:]
            result.insert(result.index(body) + 1, role)
    return result


@cache
def _head_title() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], re.Pattern[str], str]:
    words = lexicon_data("organs.yaml")["head_titles"]
    titles = {ending: tuple([title] if isinstance(title, str) else title) for ending, title in words["titles"].items()}
    titles = {ending: titles[ending] for ending in sorted(titles, key=len, reverse=True)}  # longest ending first
    filled = re.compile(rf"{words['filled']}|{words['appointed']}")
    return titles, filled, re.compile(words["deputy_after"]), words["not_followed"]


@cache
def _head_word(ending: str) -> re.Pattern[str]:
    """The head word (or its deputy, 副/常务副) a body's name-ending calls for, not a longer word going on."""
    titles, _, _, not_followed = _head_title()
    return re.compile(rf"((?:常务)?副?)({alternation(list(titles[ending]))})(?![{not_followed}])")


@cache
def _deputy_word(title: str) -> re.Pattern[str]:
    return re.compile(rf"(?:常务)?副{title}(?![{_head_title()[3]}])")


@cache
def _head_title_words() -> tuple[str, ...]:
    """The head words of _head_titles, each cut to what every text naming it prints (部长 → 长)."""
    titles = [title for named in _head_title()[0].values() for title in named]
    return tuple(sorted({"长" if title.endswith("长") else title for title in titles}))


def _head_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """对公安部部长负责 / 由区防汛指挥部总指挥或者常务副总指挥约谈: the head word a body's name-ending calls
    for (部长, 主任, 总指挥), printed right after its full or short name, is that body's head (a role in it,
    副/常务副 for a deputy); the generic scan may have read the head word's first character into the body
    (公安部部), which is cut back. A deputy printed after the head as its alternative or partner (主任或者副主任,
    主任或者其委托的副主任, 指挥长、副指挥长) is the same body's deputy. Not a post filled (X局局长兼任…,
    X委主任由…担任) or appointed (主任、副主任，由…任免)."""
    titles, filled, deputy_after, _ = _head_title()
    result: list[Mention] = []
    for mention in mentions:
        if mention.cls in ("role", "position") or mention.bare or not mention.surface:
            result.append(mention)
            continue
        body, end = mention, mention.end
        last = mention.surface[-1]
        doubled = mention.surface[:-2] if mention.surface.endswith("副" + last) else mention.surface[:-1]
        chief = titles.get(last) == (last + "长",)
        if text.startswith(last + "长", mention.end - 1) and doubled.endswith(last) and chief:
            body = copy.copy(mention)
            body.end, body.surface = mention.start + len(doubled), doubled
            end = body.end
        ending = next((e for e in titles if body.surface.endswith(e)), None)
        found = _head_word(ending).match(text, end) if ending else None
        if found is None or filled.match(text, found.end()) or len(body.surface) < 3:
            result.append(mention)
            continue
        result.append(_body_role(body, found.end(), text, found.group(0), found.group(0)))
        deputy = deputy_after.match(text, found.end())
        title = found.group(2)
        if deputy is None or found.group(1):
            continue
        post = _deputy_word(title).match(text, deputy.end())
        if post is None or filled.match(text, post.end()):
            continue
        role = Mention(post.start(), post.end(), post.group(0), body.level, "individual_role", "role")
        role.head = role.role = post.group(0)
        role.body, role.collective = copy.deepcopy(body), body.collective
        role.display = body.surface + post.group(0)
        result.append(role)
    return result


@cache
def _composed_post() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon_data("organs.yaml")["composed_posts"]
    post, count = alternation(list(words["posts"])), words["count"]
    # 设主任一人，副主任一人 (the deputy's headcount printed); 实行局长负责制 names the post in its own article.
    # Not the composition sentence (由主任、副主任和若干名委员组成): its bare 副主任 later is as often an object
    # (配备专职副主任) as the post acting, and a body's printed 主任 is its role already (_head_titles)
    composed = re.compile(rf"设(?P<post>{post})(?:{count})?[、，,和]副(?P=post){count}|实行(?P<run>{post})负责制")
    return composed, re.compile(rf"(?<![任副])副?(?:{post})(?!{words['not_followed']})")


def _composed_posts(mentions: list[Mention], text: str) -> list[Mention]:
    """街道办事处设主任一名、副主任若干名。主任…；副主任协助主任工作: the post and its deputy a body sets with
    their headcount are its roles; their bare words later in the text name them (the post by the body's
    name, 街道办事处主任, the deputy as printed)."""
    composed, word = _composed_post()
    for body in mentions:
        found = composed.match(text, body.end)
        if found is not None and body.cls != "role" and not body.bare:
            break
    else:
        found, assisted = _assisted_post(mentions, text)
        if found is None or assisted is None:
            return mentions
        body = assisted
    post = found.group("post") or found.group("run")
    added = []
    ends = {m.end for m in mentions}
    for printed in word.finditer(text, found.start()):
        # 办公室主任: a post printed right after another body is that body's
        if _covered(printed, mentions) or printed.start() in ends or printed.group(0) not in (post, "副" + post):
            continue
        role = Mention(printed.start(), printed.end(), printed.group(0), body.level, "individual_role", "role")
        role.head = role.role = printed.group(0)
        role.body, role.collective = copy.deepcopy(body), body.collective
        role.display = printed.group(0) if printed.group(0) != post else body.surface + post
        added.append(role)
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def set_posts(text: str, doc_level: str | None) -> tuple[tuple[str, str], ...]:
    """街道工委设主任一人，副主任一人: the posts a document sets for a body with their headcount (its printed
    name, the post), read once over the whole text, so a later article's 街道工委主任 or bare 主任 names
    that body's role (_set_posts_named). A post two bodies set is no one body's. A post only filled
    (办公室主任由…兼任) is not set: the annotations leave its later bare prints to the body as often as not."""
    composed, _ = _composed_post()
    bodies: dict[str, set[str]] = {}
    for found in composed.finditer(text):
        opening = max((m.end() for m in _SENTENCE_OPEN.finditer(text, 0, found.start())), default=0)
        lead = text[opening : found.start()]
        named = [m for m in find_mentions(lead, doc_level) if m.end == len(lead)] if lead else []
        body = named[-1] if named else None
        # 实行局长负责制 names the post for its own article only (_composed_posts), not the document's
        if body is None or body.cls == "role" or body.bare or body.relative or found.group("post") is None:
            continue
        bodies.setdefault(found.group("post"), set()).add(body.surface)
    return tuple(sorted((next(iter(b)), post) for post, b in bodies.items() if len(b) == 1))


@cache
def _set_post_word() -> re.Pattern[str]:
    """A post word printed in a later article (主任, 副主任, 常务副主任), not one going on (主任委员)."""
    words = lexicon_data("organs.yaml")["composed_posts"]
    post = alternation(list(words["posts"]))
    return re.compile(rf"(?<![任副务])(?P<word>(?:常务)?副?(?P<post>{post}))(?!{words['not_followed']})")


def _set_posts_named(
    mentions: list[Mention], text: str, posts: tuple[tuple[str, str], ...], doc_level: str | None
) -> list[Mention]:
    """人大街道工委主任履行下列职责…副主任协助主任工作 in an article after the one that set the posts: the
    post printed right after its body, or bare at a clause opening or after a verb (协助主任), is the role
    of the one body the document set it for (set_posts); a post after another body is that body's."""
    named = _set_post_word()
    owners = dict((post, body) for body, post in posts)
    result = list(mentions)
    added = []
    for found in named.finditer(text):
        owner = owners.get(found.group("post"))
        if owner is None or _covered(found, result):
            continue
        before = [m for m in result if m.end == found.start()]
        word = found.group("word")
        if before:
            body = before[-1]
            if body.cls == "role" or body.bare or not body.surface.endswith(owner):
                continue
            result[result.index(body)] = _body_role(body, found.end(), text, word, word)
            continue
        if (
            found.start() > 0
            and text[found.start() - 1] not in lexicon_data("organs.yaml")["composed_posts"]["set_later"]["after"]
        ):
            continue
        bodies = [m for m in find_mentions(owner, doc_level) if m.surface == owner]
        if len(bodies) != 1:
            continue
        body = bodies[0]
        body.start = body.end = found.start()  # printed in the article that set the post, not here
        role = Mention(found.start(), found.end(), word, body.level, "individual_role", "role")
        role.head = role.role = word
        role.body, role.collective = body, body.collective
        role.display = owner + word
        added.append(role)
    return sorted([*result, *added], key=lambda m: m.start) if added else result


@cache
def _assisting_deputy() -> re.Pattern[str]:
    posts = alternation(list(lexicon_data("organs.yaml")["composed_posts"]["posts"]))
    return re.compile(rf"副(?P<post>{posts})协助(?P=post)")


def _assisted_post(mentions: list[Mention], text: str) -> tuple[re.Match[str] | None, Mention | None]:
    """街道办事处主任对…全面负责；副主任协助主任工作: a body's post printed with its body's name, then its
    deputy assisting the post by their bare words, names the deputy of that body (as the composition
    sentence does)."""
    assisted = _assisting_deputy()
    for role in mentions:
        if role.cls != "role" or role.body is None or role.body.bare or role.body.cls == "role":
            continue
        found = assisted.search(text, role.end)
        if found is not None and role.role == found.group("post") and role.surface.endswith(found.group("post")):
            return found, role.body
    return None, None


@cache
def _level_chief() -> re.Pattern[str]:
    words = lexicon_data("organs.yaml")["level_chiefs"]
    levels, deputy = alternation(list(words["levels"])), words["deputy"]
    return re.compile(
        rf"(?:^|(?<=[{words['after']}])|(?<=的)(?=(?P<pair>{levels})长、{deputy}(?P=pair)长))"
        rf"(?P<lead>{alternation(list(words['leads']))})?(?P<dep>(?<=、){deputy})?"
        rf"(?P<lvl>{levels})长(?:{alternation(list(words['lists']))})?"
        rf"(?![{words['not_followed']}])"
    )


def _chief_kinds() -> dict[str, str]:
    """乡 → 乡镇: the word whose chief (乡镇长) a one-kind chief (乡长, 镇长) is."""
    return dict(lexicon_data("organs.yaml")["level_chiefs"]["kinds"])


def _level_chiefs(mentions: list[Mention], text: str) -> list[Mention]:
    """区委书记、区长 / 街道办事处主任、乡镇长: a level word and 长 at a clause or list opening is the head of
    that level's government, a role of the level's main body (its pair, else its government), as 县委书记 is
    the party committee's. Where another mention than the bare level word covers them, that reading stays."""
    lex = organ_lexicon()
    result = list(mentions)
    for found in _level_chief().finditer(text):
        start, end = found.span()
        word = found.group("lvl")
        covered = [m for m in result if m.start < end and start < m.end]
        if any(not (m.bare and start <= m.start and m.end <= found.end("lvl")) for m in covered):
            continue
        result = [m for m in result if m not in covered]  # the bare level word is the chief's body
        level = _level_of_word(word, lex)
        # 苏木达、乡镇长: the chief's other name printed before it (leads) is the one role's too; 乡长 and 镇长
        # are the one township chief (kinds), 副乡长 its deputy
        deputy = found.group("dep") or ""
        name = (found.group("lead") or "") + deputy + word + "长"
        chief = deputy + _chief_kinds().get(word, word) + "长"
        body = Mention(start, found.start("lvl") + len(word), word, level, "party_and_government", "pg", bare=True)
        role = _body_role(body, end, text, "长", chief if chief != deputy + word + "长" else name, name)
        role.member = True  # named by its own words (区长), not by its body's name
        result = sorted([*result, role], key=lambda m: m.start)
    return result


def _shares_role(body: Mention, gap: str) -> bool:
    # a bare place word naming both kinds of a township (约谈街道（乡镇）或者区有关部门的主要负责人) is a body
    # whose head is named too; other bare words are level prefixes (区、县有关部门的主要负责人)
    return (
        gap in _SHARED_ROLE_JOINERS
        and body.cls in ("dept", *_BODY_CLASSES)
        and (not body.bare or _both_kinds_place(body))
    )


def _both_kinds_place(body: Mention) -> bool:
    """A bare place word naming both kinds of its level (街道（乡镇）): the place itself, not a level prefix."""
    words = lexicon_data("organs.yaml")["own_place_words"].get(body.level)
    return words is not None and re.search(words, body.surface) is not None


def _role_of(body: Mention, role: Mention, tail: str, text: str) -> Mention:
    """The role ``tail`` of ``body``, spanning from the body to the shared role word."""
    return Mention(  # printed as the whole phrase: the body's own name is no alias of the role
        body.start,
        role.end,
        text[body.start : role.end],
        body.level,
        "individual_role",
        "role",
        head=role.head,
        role=role.role,
        body=copy.deepcopy(body),
        collective=body.collective,
        display=(body.display or body.surface) + tail,
    )


@cache
def _possessive_role() -> re.Pattern[str]:
    return re.compile(rf"(?<=[,，])其({alternation(list(_shared_role_words()))})")


_CHAIN_JOINERS = ("、", "和", "及", "以及", "或者", "或")
_SENTENCE_STOP = re.compile(r"[。;；\n]")


def _bare_leader(mention: Mention) -> bool:
    """分管负责人 printed with no body, no 其 and no set word of its own."""
    return (
        mention.cls == "role"
        and mention.body is None
        and not mention.collective
        and not mention.surface.startswith("其")
        and mention.role in collective_leader_roles()
    )


_SENTENCE_OPEN = re.compile(r"[。;；:：\n]")


def _possessive_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """X、Y和Z接到报告后，其负责人应当…: 其 refers back to the bodies that open the sentence, so the
    clause is borne by the role of each of them (X负责人, Y负责人, Z负责人), not by the bodies."""
    added: list[Mention] = []
    for found in _possessive_role().finditer(text):
        opening = max((m.end() for m in _SENTENCE_OPEN.finditer(text, 0, found.start())), default=0)
        candidates = [m for m in mentions if opening <= m.start and m.end <= found.start()]
        chain = _summed_chain(_opening_chain(candidates, text, opening), candidates, text, found.start())
        role = found.group(1)
        bodies = [body for body in chain if body.cls != "role" and not body.bare]
        # …，其主要负责人是第一责任人，分管负责人是直接责任人: a bare leader role later in the sentence is
        # each listed body's too (其 reaches it), not the role of the article's body
        stop = _SENTENCE_STOP.search(text, found.end())
        end = stop.start() if stop else len(text)
        later = [m for m in mentions if found.end() < m.start < end and _bare_leader(m)]
        if bodies and later:
            gone = {id(m) for m in later}
            mentions = [m for m in mentions if id(m) not in gone]
            added += [_role_at(m, body) for m in later for body in bodies]
        if bodies:
            # the bare role printed inside 其R is the same role: read with its bodies only, never also
            # with the article's body (区人民政府…负总责，其主要负责人… after 市人民政府… opened the article)
            # (a role an earlier step already gave a body of its own stays: X以及Y等经营管理单位，其主要负责人)
            mentions = [
                m for m in mentions if not (m.start == found.start() + 1 and m.end == found.end() and m.body is None)
            ]
        for body in chain:
            if body.cls == "role" or body.bare:
                continue  # a role has no head of its own here; a bare level word names no body
            added.append(
                Mention(
                    found.start(),
                    found.end(),
                    found.group(0),
                    body.level,
                    "individual_role",
                    "role",
                    head=role,
                    role=_role_word(role),
                    body=copy.deepcopy(body),
                    display=(body.display or body.surface) + _role_word(role),
                )
            )
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _summed_chain(chain: list[Mention], candidates: list[Mention], text: str, at: int) -> list[Mention]:
    """A、B等Z，其主要负责人: the list is summed up by Z (its 等 word), so 其 stands for Z alone and the
    role is Z's, not each listed item's (dev: als-fanghuo 等经营管理单位主要负责人, the annotation's one role)."""
    if not chain:
        return chain
    for summary in candidates:
        if (
            summary.start > chain[0].start
            and summary.cls != "role"
            and not summary.bare
            and text.endswith("等", 0, summary.start)
            and text[summary.end : at] in ("，", ",")
        ):
            return [summary]
    return chain


def _demonstrative_roles(mentions: list[Mention], text: str) -> list[Mention]:
    """…的区人民政府工作部门，应当责令整改；问题突出的，约谈该部门主要负责人: 该 + a class word (部门, 单位,
    人民政府…) + a leader role points back to the nearest body of that class printed before its own clause
    in its sentence, not to the body the article opens with (organs.yaml demonstrative_role_bodies; dev
    bj-jdxz, gw-wwdc, nb-wuran, nmg-hzz, zy-shengtai: 5 of 5 annotations read it so)."""
    words = tuple(lexicon_data("organs.yaml")["demonstrative_role_bodies"])
    result = mentions
    for mention in mentions:
        if mention.cls != "role" or not text.startswith("该", mention.start - 1) or not mention.head:
            continue
        if text.startswith(_SCOPE_MASK * 2, mention.start - 2):
            continue  # 该地区人民政府主要负责人: the place word points back (masked), read as before
        word = mention.surface[: len(mention.surface) - len(mention.head)]
        if word.startswith("级") and word[1:] in words and mention.body is None:
            # 约谈该级人民政府主要负责人: 该级 points back as 该 does, to the body of that class named before
            # (not to the article's opening body: dev gs-fupin annotates the 下级 government's role)
            word = word[1:]
        if word not in words or (mention.body is not None and mention.body.surface != word):
            continue
        opening = max((m.end() for m in _SENTENCE_OPEN_FULL.finditer(text, 0, mention.start)), default=0)
        # a body in the role's own comma clause is its agent (由市人民政府约谈该人民政府…), not the one meant
        clause = max((m.end() for m in _COMMA_CLAUSE_OPEN.finditer(text, 0, mention.start)), default=0)
        antecedent = next(
            (
                m
                for m in reversed(mentions)
                if opening <= m.start
                and m.end <= clause
                and m.cls != "role"
                and not m.bare
                and (m.display or m.surface).endswith(word)
            ),
            None,
        )
        if antecedent is None:
            continue
        # the roles sharing the printed body (该人民政府主要负责人或者分管负责人) point back with it
        printed = mention.body.start if mention.body is not None else None
        sharing = {id(mention)} | {
            id(m)
            for m in mentions
            if printed is not None and m.cls == "role" and m.body is not None and m.body.start == printed
        }
        result = [_role_pointed_back(m, antecedent) if id(m) in sharing else m for m in result]
    return result


def _role_pointed_back(mention: Mention, body: Mention) -> Mention:
    """``mention``, a leader role, read as the role of ``body`` (named by it)."""
    role = copy.deepcopy(mention)
    role.body = copy.deepcopy(body)
    role.level = body.level
    role.display = (body.display or body.surface) + (mention.role or mention.head)
    return role


_SENTENCE_OPEN_FULL = re.compile(r"[。\n]")
_COMMA_CLAUSE_OPEN = re.compile(r"[，,；;：:。\n]")


@cache
def _alternative_owned_finder() -> re.Pattern[str]:
    data = lexicon_data("organs.yaml")["alternative_owned"]
    joiners, standing, authorised = (alternation(data[key]) for key in ("joiners", "standing", "authorised"))
    # (向同级人民代表大会或者常务委员会报告: the standing committee printed without 其 is the congress's too)
    return re.compile(rf"(?:{joiners})(?P<own>其?(?P<standing>{standing})|其(?P<authorised>{authorised}))")


def _alternative_owned(mentions: list[Mention], text: str) -> list[Mention]:
    """向A或者其常务委员会报告 / 报A或者其授权的部门批准: 其 is the body A printed right before 或者其,
    so the alternative is A's standing committee or the set of bodies A authorises, not a body of its own."""
    result = mentions
    for found in _alternative_owned_finder().finditer(text):
        owner = next((m for m in mentions if m.end == found.start()), None)
        if owner is None or owner.bare:
            continue
        made = _standing_of(owner, found) if found.group("standing") else _authorised_by(owner, found)
        if made is not None:
            result = [m for m in result if not found.start() <= m.start < found.end()] + [made]
    return result if result is mentions else sorted(result, key=lambda m: m.start)


def _standing_of(owner: Mention, found: re.Match[str]) -> Mention | None:
    """其常务委员会 after a people's congress: that congress's standing committee, part of it."""
    if owner.head not in lexicon_data("organs.yaml")["alternative_owned"]["congress_heads"]:
        return None
    name = (owner.display or owner.surface) + found.group("standing")
    head = owner.head + found.group("standing")
    return Mention(
        found.start("own"),
        found.end(),
        name if owner.relative else found.group("own"),  # printed so where no level names it (register)
        owner.level,
        owner.kind,
        "dept",
        head=head,
        collective=owner.collective,
        relative=owner.relative,
        # 本级人民代表大会或者其常务委员会: read as a printed 本级人民代表大会常务委员会 (no body: it is
        # named and tied to its congress where resolved, one organ with the printed one; corpus 90)
        body=None if owner.relative else copy.deepcopy(owner),
        level_word=owner.level_word,
        display="" if owner.relative else name,
    )


def _authorised_by(owner: Mention, found: re.Match[str], printed: bool = False) -> Mention | None:
    """其授权的部门 after a body: the bodies it authorises, one set tied to it by authorisation only
    (no part of it, so no body). ``printed``: the owner's own name stands for 其 (A授权的部门)."""
    if owner.cls not in (*_BODY_CLASSES, "dept") or owner.relative:
        return None  # 本级人民政府或者其授权的部门: no printed name to give the set
    name = (owner.display or owner.surface) + found.group(0 if printed else "authorised")
    start = owner.start if printed else found.start("own")
    return Mention(
        start,
        found.end(),
        name if printed else found.group("own"),
        owner.level,
        "agency",
        "name",
        collective="有关",
        fixed_name=name,
        display=name,
    )


@cache
def _printed_authorised_finder() -> re.Pattern[str]:
    return re.compile(alternation(lexicon_data("organs.yaml")["alternative_owned"]["authorised"]))


def _printed_authorisers(mentions: list[Mention], text: str) -> list[Mention]:
    """报国务院或者国务院授权的部门批准 / 由市人民政府授权的部门发布: the authoriser printed by its own name
    right before 授权的部门 makes the set of bodies it authorises, named as printed, one set as after 其
    (dev gw-hhsl, gw-caoyuan, gw-tielu, sh-tufa annotate it so; cq-tufa resolves it to the level's
    departments). The owner printed this way is no body of the clause."""
    result = mentions
    for found in _printed_authorised_finder().finditer(text):
        owner = next((m for m in result if m.end == found.start()), None)
        if owner is None or owner.bare or owner.relative or owner.cls not in _BODY_CLASSES:
            continue
        made = _authorised_by(owner, found, printed=True)
        if made is not None:
            result = [m for m in result if m is not owner] + [made]
    return result if result is mentions else sorted(result, key=lambda m: m.start)


def _role_word(head: str) -> str:
    """The canonical role a role head names (主要负责人 / 负责人)."""
    entry = organ_lexicon().heads.get(head)
    return entry.role if entry is not None and entry.role else head


def _opening_chain(candidates: list[Mention], text: str, opening: int) -> list[Mention]:
    """The bodies that open a sentence as its subject: the first within a short lead with no comma,
    the rest joined to it by 、/和/及."""
    if not candidates or re.search("[,，]", text[opening : candidates[0].start]) or candidates[0].start - opening > 8:
        return []
    chain = [candidates[0]]
    for mention in candidates[1:]:
        if text[chain[-1].end : mention.start] not in _CHAIN_JOINERS:
            break
        chain.append(mention)
    return chain


_DEFINITION_BREAK = re.compile("[是为的]")


def _definition_break(text: str, inside: list[Mention], paren: int) -> bool:
    """Whether a break stands between the first body and the definition's bracket: 是/为/的, or a 对
    outside the names (国务院对各省、自治区、直辖市人民政府(以下统称省级政府)进行考核: the body that
    acts is no part of W, only the object of 对 is)."""
    gap = text[inside[0].end : paren]
    if _DEFINITION_BREAK.search(gap.replace("设区的", "")):
        return True
    names = [(m.start, m.end) for m in inside[1:]]
    return any(ch == "对" and not any(a <= i < b for a, b in names) for i, ch in enumerate(gap, inside[0].end))


_DUTY_SET_HINTS = ("职责的", "职能的", "任务的", "授权", "权的")  # cheap gates before the set finder


@cache
def _competent_hints() -> tuple[str, ...]:
    return tuple(q + "的" for q in lexicon_data("organs.yaml")["competent_sets"]["qualifiers"])


def _may_name_duty_set(text: str) -> bool:
    hints = (*_DUTY_SET_HINTS, *_competent_hints())
    data = lexicon_data("organs.yaml")["charged_sets"]
    heads = (*data["heads"], *data["line_heads"])
    heads = (*heads, *(opener + head for opener in ("有关", "相关") for head in data["heads"]))
    if any(v in text for v in _charged_verbs()) and any("的" + head in text for head in heads):
        return True  # a department named by the work it is charged with (_charged_pattern)
    return any(hint in text for hint in hints) or _tasked_hint().search(text) is not None


@cache
def _tasked_hint() -> re.Pattern[str]:
    """A cheap gate before the set finder: 的 + a head of a set named by its task."""
    data = lexicon_data("organs.yaml")["tasked_sets"]
    return re.compile(rf"的(?:{alternation([*data['heads'], *data['paid']['heads']])})")


@cache
def _definition_finder() -> re.Pattern[str]:
    words = alternation(lexicon_data("organs.yaml").get("definition_words", []))
    # a name may hold one short bracket of its own (以下简称村(社区)“两委”: the level word 村(社区))
    char = r"(?:[^()\n]|\([^()\n]{1,6}\))"
    return re.compile(rf"\((?:{words})(?:[“\"](?P<quoted>[^()“”\"\n]{{2,20}})[”\"]|(?P<name>{char}{{2,20}}))\)")


def _defined_names(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """X、Y和Z(以下统称W): the bodies printed before a definition are the one organ the document
    calls W from then on (its later mentions read W, so the definition takes W's reading). A list
    of functions (A、B等部门(以下统称W)) keeps one organ per function."""
    lex = organ_lexicon()
    for found in _definition_finder().finditer(text):
        paren, name = found.start(), found.group("quoted") or found.group("name")
        named = find_mentions(name, doc_level)
        if len(named) != 1 or named[0].start != 0 or named[0].end != len(name):
            continue
        start = max(text.rfind(ch, 0, paren) for ch in ",;:。\n") + 1
        verbs = lex.stem_stop.finditer(text, start, paren)  # 组织 inside 党组织 is no verb
        start = max([start, *(v.end() for v in verbs if not any(m.start <= v.start() < m.end for m in mentions))])
        inside = [m for m in mentions if m.start >= start and m.end <= paren]
        while inside and _definition_break(text, inside, paren):
            inside.pop(0)  # X是Y的Z(以下简称W) / X对Y(以下统称W): W names the bodies after the break alone
        if len(inside) > 1 and _shortens_last(text, found, name, inside, paren):
            inside = inside[-1:]  # A、B(以下简称B'): the short name is B's alone
        opening = inside[0].start if inside else _described_actor(mentions, text, start, found)
        if opening is None or (inside and _enumeration_mark().search(text, inside[0].start, paren)):
            continue
        if len(inside) > 1 and all(m.named_place for m in inside):
            continue  # 甲县、乙区人民政府(以下简称有关县区人民政府): each named place is printed, its own organ here
        defined = copy.deepcopy(named[0])
        _state_reading(defined, inside)
        defined.start, defined.end = opening, paren
        defined.surface, defined.display = text[defined.start : paren], name
        if defined.body is not None:
            defined.body.start = defined.body.end = defined.start  # named inside W: no body printed here
        first = next((i for i, m in enumerate(mentions) if m.start >= opening), len(mentions))
        mentions = [*mentions[:first], defined, *(m for m in mentions[first:] if m not in inside)]
    return mentions


def _state_reading(defined: Mention, inside: list[Mention]) -> None:
    """A、B部门、C人民政府(以下统称W单位): a unit word the vocabulary files as a regulated actor names the
    state bodies printed before it, so W is a set of those bodies (an agency at the highest level among
    them), not a firm; a list holding any regulated actor (企业、事业单位和X(以下统称用人单位)) keeps W's reading."""
    if defined.level != "social" or not inside or any(m.level in (None, "social") for m in inside):
        return
    defined.level = min((m.level for m in inside if m.level), key=LEVELS.index)
    defined.kind, defined.cls = "agency", "dept"


def _shortens_last(text: str, found: re.Match[str], name: str, inside: list[Mention], paren: int) -> bool:
    """区委组织部、区委机构编制委员会办公室(以下简称区委编办): a short name (简称, not 统称) that abbreviates
    the last body of a list right before its bracket and none of the bodies before it is the last body's
    own; a short name every body shares (A管委会、B管委会(以下简称管委会)) still names the list."""
    last = inside[-1]
    if "简称" not in found.group(0) or last.end != paren or not _abbreviates(name, last.surface):
        return False
    return not any(_abbreviates(name, m.surface) for m in inside[:-1])


def _described_actor(mentions: list[Mention], text: str, start: int, found: re.Match[str]) -> int | None:
    """从事…的经营者(以下统称货运源头单位)应当: no body printed before the definition, but a phrase ending in
    an actor head (经营者, 单位, 企业) that describes the regulated units; the phrase from the clause's
    opening is the defined actor (as _actor_definitions reads a name the lexicon does not know). Not
    before 的: …的单位(以下统称生产经营单位)的安全生产, 适用本条例 scopes the text, no actor holds it."""
    heads = lexicon_data("organs.yaml")["defined_actors"]["described_heads"]
    paren = found.start()
    if start >= paren or not text.endswith(tuple(heads), start, paren) or text.startswith("的", found.end()):
        return None
    return None if any(m.start < paren and start < m.end for m in mentions) else start


@cache
def _duty_defined_finder() -> re.Pattern[str]:
    lex = organ_lexicon()
    joined_sets = alternation([h + "、单位" for h in lex.set_noun_heads])  # 负有…职责的机关、单位: one set
    return re.compile(
        rf"(?P<other>其他)?(?P<lvl>{alternation(lex.level_words)})?"
        rf"(?P<name>(?:{_DUTY_BORNE}|{_FUNCTION_HELD}|{_POWER_BORNE}|有[^,。;、的\n]{{2,12}}任务的|{_charged_pattern()})(?P<also>其他)?"
        rf"(?:有关|相关)?(?P<head>部门和单位|部门和组织|{joined_sets}|{alternation(lex.enumeration_heads)}))"
        # 法律、法规授权的(具有管理公共事务职能的)组织: the organisations a law empowers, one set
        rf"|(?P<authorised>法律、法规(?:、规章)?授权的(?:[^,。;、的\n]{{2,16}}的)?组织)"
        rf"|{_tasked_pattern()}"
        rf"|{_competent_pattern()}"
    )


def _charged_pattern() -> str:
    """负责网格化服务管理工作的机构, 负责药品监督管理的部门: a department or office named by the work it is
    charged with (~1,000 corpus hits), read as 负有…职责的部门 is. Only 部门/机构 alone as the head:
    负责事故调查的部门和单位 is a set named by its task (tasked_sets)."""
    data = lexicon_data("organs.yaml")["charged_sets"]
    verb, heads, scopes = data["verb"], alternation(data["heads"]), alternation(data["scope_words"])
    work = alternation(data["work_verbs"])
    named = rf"{verb}(?!{scopes})[^,。;、的\n]{{2,16}}|(?:{work})(?!{scopes})[^,。;、的\n]{{2,14}}工作"
    stops, line_heads = alternation(data["line_object_stops"]), alternation(data["line_heads"])
    line = rf"(?:{verb}|{work})(?!{scopes})(?:(?!{stops})[^,。;、的\n]){{2,16}}的(?=(?:{line_heads})(?!和))"
    # 负责法制工作的相关机构: 相关/有关 may stand between 的 and the head (the finder reads it into the name)
    return rf"(?:(?:{named})的(?=(?:有关|相关)?(?:{heads})(?!和))|{line})"


@cache
def _charged_verbs() -> tuple[str, ...]:
    """The verbs that open a name of _charged_pattern (负责, and 管理/主管 before …工作的 or …的主管部门)."""
    data = lexicon_data("organs.yaml")["charged_sets"]
    return (data["verb"], *data["work_verbs"])


def _charged_after(match: re.Match[str], mentions: list[Mention]) -> bool:
    """负责 names the set only where no body printed right before it takes 负责 as its verb: a
    government or a 机关 owns the office it names (县级以上人民政府负责侨务工作的部门, 复议机关负责法制工作的
    机构), while 市司法行政部门负责…的机构和人员 is that department's own duty."""
    before = next((m for m in mentions if m.end == match.start("name")), None)
    if match.group("head") in _line_heads() and any(m.start < match.start("name") < m.end for m in mentions):
        return False  # 特殊水体管理单位的主管部门: 管理 inside a body's name is no verb (that body's superior)
    return before is None or before.cls in _BODY_CLASSES or before.head == "机关"


@cache
def _line_heads() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml")["charged_sets"]["line_heads"])


def _competent_pattern() -> str:
    """有权处理的机关、单位, 有管理权限的部门: the bodies named by their competence over the matter are one
    unnamed set (the 有权机关 of the genre), whatever body the case turns out to concern."""
    data = lexicon_data("organs.yaml")["competent_sets"]
    qualifiers, heads = alternation(data["qualifiers"]), alternation(data["heads"])
    return rf"(?P<competent>(?:{qualifiers})的(?:{heads}))"


def _tasked_pattern() -> str:
    """负责事故调查的人民政府, 参加事故调查处理的部门和单位, 执行检查任务的人员: those named by the official
    task they carry out are one set (a task word is required: 参加大型活动的人员 is the public)."""
    data = lexicon_data("organs.yaml")["tasked_sets"]
    verbs, tasks, heads = (alternation(data[key]) for key in ("verbs", "tasks", "heads"))
    paid = data["paid"]
    # 由村集体承担误工补贴的聘用人员: the hired staff named by who bears their pay, one set as well
    pay, paid_heads = alternation(paid["pay"]), alternation(paid["heads"])
    payer = rf"{paid['opener']}[^,。;、的\n]{{1,10}}?{paid['verb']}(?:{pay})的(?={paid_heads})"
    # 组织事故调查组的机关 / 报组织调查评估的人民政府: 组织 names the set only where the phrase opens (a piece's
    # start, or right after a preposition or a report verb); 并组织…, 应当组织… keep it the verb
    openers = "|".join([r"(?<![^\n,，。;；:：])", *(f"(?<={re.escape(word)})" for word in data["opening_after"])])
    opening = rf"(?:{openers})(?:{alternation(data['opening_verbs'])})"
    task = rf"(?:{verbs}|{opening})[^,。;、的\n]{{0,10}}(?:{tasks})[^,。;、的\n]{{0,6}}的"
    return rf"(?P<tasked>(?:{task}|{payer})(?P<tasked_head>{heads}|{paid_heads}))"


def _named_set(match: re.Match[str], doc_level: str | None, name: str, display: str = "") -> Mention:
    """A set of bodies named by what they bear or hold (负有…职责的部门, 法律、法规授权的组织)."""
    return Mention(
        match.start(),
        match.end(),
        match.group(0),
        doc_level,
        "agency",
        "name",
        collective="有关",
        fixed_name=name,
        display=display,
    )


def _tasked_opens(match: re.Match[str], text: str, mentions: list[Mention]) -> bool:
    """The set opens its own phrase: no body printed right before it (县级以上人民政府负责…的部门 is that
    government's department, which the generic reading names)."""
    return not any(m.end == match.start() for m in mentions)


def _tasked_set(match: re.Match[str], doc_level: str | None) -> Mention:
    mention = _named_set(match, doc_level, match.group(0))
    head = match.group("tasked_head")
    if head.endswith("人员"):
        mention.kind = "individual_role"  # the staff who carry the task out: persons, not a body
    elif head == "人民政府":
        mention.kind = "government"
    return mention


def _duty_defined(mentions: list[Mention], text: str, doc_level: str | None, lex: OrganLexicon) -> list[Mention]:
    """负有安全生产监督管理职责的部门: departments named by the duty they bear are one collective
    (with a level word before it, that level's set); 其他 before it names the same set."""
    found: list[Mention] = []
    for match in _duty_defined_finder().finditer(text):
        if match.group("authorised"):
            found.append(_named_set(match, doc_level, match.group(0)))
            continue
        if match.group("competent"):
            competent = _named_set(match, doc_level, match.group(0))
            if competent.surface.endswith("人民政府"):
                competent.kind = "government"  # 有批准权的人民政府: a set of governments, not of agencies
                if any(m.start <= match.end() < m.end for m in mentions):
                    continue  # 有管辖权的人民政府防汛指挥机构: the governments own the body printed next
            found.append(competent)
            continue
        if match.group("tasked"):
            if _tasked_opens(match, text, mentions):
                found.append(_tasked_set(match, doc_level))
            continue
        name, word = match.group("name"), match.group("lvl")
        charged = name.startswith(_charged_verbs())
        if (charged and not _charged_after(match, mentions)) or _list_qualifier(match, mentions):
            continue
        if match.group("also"):  # 有X任务的其他部门和单位 names the same set as 有X任务的部门和单位
            name = name.replace("的其他", "的", 1)
        start = match.start("lvl") if word else match.start("name")
        if word:
            head = match.group("head")
            found.append(
                Mention(
                    start,
                    match.end(),
                    text[start : match.end()],
                    lex.level_of.get(word),
                    lex.heads[head].kind if head in lex.heads else "agency",
                    "dept",
                    stem=name[: -len(head)],
                    head=head,
                    level_word=word,
                    display=word + name,
                )
            )
        else:
            found.append(_named_set(match, doc_level, name, display=name if match.group("also") else ""))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    kept = sorted(kept + _bodies_before(mentions, kept, found), key=lambda m: m.start)
    found = [_government_set(f, kept, text) for f in found]
    kept = [m for m in kept if not any(f.body is m for f in found)]
    result = sorted(kept + found, key=lambda m: m.start)
    if any(f.level_word for f in found):  # 市、县负有…职责的部门: the set stands at each level listed
        result = _distribute_levels(result, text)
    return _joined_after_sets(result, found, text, doc_level, lex)


def _joined_after_sets(
    mentions: list[Mention], found: list[Mention], text: str, doc_level: str | None, lex: OrganLexicon
) -> list[Mention]:
    """负有…职责的部门和下级人民政府: the scan read no mention ending at the set (it is read here, after the
    scan), so the body joined to it by 和/及/与 was at no name boundary then and was skipped; read it now."""
    joined = [f for f in found if f.end + 1 < len(text) and text[f.end] in "和及与"]
    if not joined:
        return mentions
    _, generic, _ = _patterns()
    scan = _Scan.of(text, lex)
    added = [
        mention
        for f in joined
        if not any(m.start <= f.end + 1 < m.end for m in mentions)
        and (mention := _generic_at(generic, text, f.end + 1, lex, [f], doc_level, scan)) is not None
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _bodies_before(mentions: list[Mention], kept: list[Mention], found: list[Mention]) -> list[Mention]:
    """人民政府管理机关事务工作的机构 was first read as 人民政府管理机关; the set takes 管理…机构, and the government
    printed before it stays a body of its own (the owner _government_set looks for)."""
    held = {id(m) for m in kept}  # by identity: a mention equal to a kept one would overlap no set either
    return [
        m.body
        for m in mentions
        if id(m) not in held
        and m.body is not None
        and any(m.body.end == f.start for f in found)
        and m.body.end > m.start
    ]


def _list_qualifier(match: re.Match[str], mentions: list[Mention]) -> bool:
    """公安、房管等负有…职责的部门: the duty qualifies each department of the list read before it (the
    list's last item reaches over it), not a set of its own."""
    return any(m.start < match.start() and m.end >= match.end() for m in mentions)


def _defined_department(government: Mention, found: Mention, text: str) -> Mention | None:
    """县级以上人民政府负责X的机构(以下简称X机构): the document calls the set by its short name from then on,
    so it is read as the department government + short name (县级以上人民政府X机构) printed over the whole
    phrase: the organ its later bare mentions resolve to, not a second organ beside them. Only a short
    name read as one department with no level word of its own (以下简称省X机构 is named as printed)."""
    definition = _definition_finder().match(text, found.end)
    if definition is None:
        return None
    short = definition.group("quoted") or definition.group("name")
    named = find_mentions(short, government.level)
    if len(named) != 1 or named[0].surface != short or named[0].level_word or named[0].cls != "dept":
        return None
    whole = find_mentions(government.surface + short, government.level)
    if len(whole) != 1 or whole[0].surface != government.surface + short:
        return None
    department = whole[0]
    department.start, department.end = government.start, found.end
    department.surface = text[government.start : found.end]
    department.body = government  # the government printed here owns it (and is no holder beside it)
    return department


def _government_set(found: Mention, kept: list[Mention], text: str) -> Mention:
    """县级以上人民政府负有X职责的部门 (履行/承担 alike): the set printed right after a government (no 及其/和
    between) is that government's departments, one organ at its level, not the government plus a level-free set.
    A relative government (本级人民政府负有…) or a level list (市、县人民政府负有…) is left as it was, but
    for the common superior (共同的上一级人民政府负责…的部门), whose set is named as printed."""
    opening = {found.surface[:2], found.surface[2:4]}  # 负有…, 其他负有…
    verbs = {*_DUTY_BORNE_VERBS, _FUNCTION_HELD_VERB, _POWER_BORNE_VERB, *_charged_verbs()}
    if found.cls != "name" or found.kind != "agency" or not opening & verbs:
        return found
    government = next((m for m in kept if m.end == found.start), None)
    if government is None or government.cls not in ("gov", "pg") or government.bare:
        return found
    if government.relative and not government.surface.startswith(_common_superior_words()):
        return found
    if _after_level_list([*[m for m in kept if m.end <= government.start], government], text):
        return found
    defined = _defined_department(government, found, text)
    if defined is not None:
        return defined
    name = (government.display or government.surface) + (found.fixed_name or found.surface)
    return Mention(
        government.start,
        found.end,
        text[government.start : found.end],
        government.level,
        "agency",
        "dept",
        stem=name,
        collective=government.collective or found.collective,
        body=government,
        fixed_name=name,
        display=name,
    )


_MAX_PREFIX = 12  # 县级以上地方各级 + a level word
_MAX_HEAD = 12


@cache
def _head_finder() -> re.Pattern[str]:
    heads = list(organ_lexicon().heads)
    return re.compile(rf"{_first_char_guard(heads)}(?=({alternation(heads)}))")


def _first_char_guard(words: list[str]) -> str:
    """A lookahead for the characters the words open with. re skips no position for a pattern that
    opens with a lookahead, and tries every alternative at each; this class test first rejects most
    positions at once (the same matches, several times faster)."""
    return f"(?=[{re.escape(''.join(sorted({word[0] for word in words})))}])"


def _head_ends(text: str) -> list[int]:
    """Every position where some head ends (all heads starting at a point are prefixes of the longest)."""
    ends: set[int] = set()
    for found in _head_finder().finditer(text):
        start = found.start()
        ends.update(start + k for k in _head_prefix_sizes(found.group(1)))
    return sorted(ends)


@cache
def _head_prefix_sizes(longest: str) -> tuple[int, ...]:
    """The lengths of the prefixes of ``longest`` that are heads themselves (computed once per head)."""
    heads = organ_lexicon().heads
    return tuple(k for k in range(1, len(longest) + 1) if longest[:k] in heads)


@cache
def _fixed_finder() -> re.Pattern[str]:
    """The fixed names as a lookahead: every position where one starts, overlapping ones included."""
    fixed, _, _ = _patterns()
    lex = organ_lexicon()
    openers = [*_fixed_names(lex), *lex.pair_levels]  # a fixed match opens with a name or a pair's level
    return re.compile(rf"{_first_char_guard(openers)}(?=({fixed.pattern}))")


def _fixed_starts(text: str) -> tuple[set[int], set[int]]:
    """Every start of a fixed name, and the starts ``finditer`` reports (leftmost, non-overlapping)."""
    every: set[int] = set()
    leftmost: set[int] = set()
    resume = 0
    for found in _fixed_finder().finditer(text):
        start = found.start()
        every.add(start)
        if start >= resume:
            leftmost.add(start)
            resume = found.end(1)
    return every, leftmost


@cache
def _hard_stop_finder() -> re.Pattern[str]:
    """The stop characters (and newline) that occur in no word of the generic pattern: the stem class
    refuses them and no prefix, head or stem word holds them, so no generic match spans one."""
    lex = organ_lexicon()
    words = [
        *_area_words(),
        *lex.collectives,
        *lex.relative,
        *lex.qualifiers,
        *lex.provinces,
        *lex.level_of,
        *lex.heads,
    ]
    allowed = set("".join([*words, "省自治区市", *lex.stem_words]))
    hard = sorted((set(lex.stem_stop_chars) | {"\n"}) - allowed)
    return re.compile(f"[{re.escape(''.join(hard))}]")


@cache
def _boundary_finder() -> re.Pattern[str]:
    return re.compile(f"或者|[{re.escape(''.join(sorted(organ_lexicon().stem_stop_chars)))}\n]")


@cache
def _not_organ_finder() -> re.Pattern[str]:
    return re.compile(alternation(list(organ_lexicon().not_organs)))


@cache
def _plain_names() -> tuple[Name, ...]:
    """The fixed names without a {L} level slot, in lexicon order."""
    return tuple(entry for entry in organ_lexicon().names if "{" not in entry.name)


@cache
def _plain_names_by_last() -> dict[str, tuple[Name, ...]]:
    """The plain names by their last character, in lexicon order: a name ``core`` ends with ends
    with ``core``'s last character, so only those few are tried."""
    by_last: dict[str, tuple[Name, ...]] = {}
    for entry in _plain_names():
        by_last[entry.name[-1:]] = (*by_last.get(entry.name[-1:], ()), entry)
    return by_last


@cache
def _collective_finder() -> re.Pattern[str]:
    return re.compile(alternation(list(organ_lexicon().collectives)))


@cache
def _member_pick_finder() -> re.Pattern[str]:
    """其他 before 成员单位: the member units open right after it (X其他成员单位 is X's member set,
    其他成员单位 alone the document's one set), where 其他 glued to them would hide them; so do a level's
    departments after 其他 (_OTHER_LEVEL_SET)."""
    picks = [gap for gap in _member_set_gaps() if gap.endswith("其他")]
    members = rf"(?:{alternation(picks)})(?={alternation(list(_MEMBER_SETS))})" if picks else "(?!)"
    return re.compile(rf"{members}|{_OTHER_LEVEL_SET}")


def _other_level_sets(mentions: list[Mention], text: str) -> None:
    """其他盟直部门 / 其他市直部门: the rest of a level's departments is that level's unnamed set, named
    with 有关 as the set printed alone is (盟直有关部门; dev xam-xczx, xz-xczx annotate it so)."""
    for mention in mentions:
        if (
            text.endswith("其他", 0, mention.start)
            and mention.cls == "dept"
            and re.fullmatch(rf"{_LEVEL_SET_WORD}(?:部门|单位)", mention.surface)
        ):
            mention.stem += "有关"
            mention.display = mention.surface.removesuffix(mention.head) + "有关" + mention.head


# 其他市级有关部门, 其他盟直部门: the rest of one level's departments (a level word closed by 级, or one
# followed by 直), which 其他 glued to the level word would hide; they open right after it
_LEVEL_SET_WORD = r"(?:[\u4e00-\u9fff]{1,3}级|[\u4e00-\u9fff]{1,2}直)"
_OTHER_LEVEL_SET = rf"(?<=其他)(?={_LEVEL_SET_WORD}(?:有关|相关)?(?:部门|单位))"


@cache
def _relative_opening_finder() -> re.Pattern[str]:
    """上一级/下一级 (the relative words of a whole level, not bare 上级/下级, which open verbs and
    nouns: 上级交办) outside 上下级."""
    words = [w for w in organ_lexicon().relative if w.endswith("一级")]
    return re.compile(rf"(?<![上下])(?:{alternation(words)})")


@cache
def _enumeration_mark() -> re.Pattern[str]:
    lex = organ_lexicon()
    item = rf"[^{re.escape(''.join(lex.stem_stop_chars))}\n]{{2,10}}"
    qualifier = rf"(?:[\u4e00-\u9fff]{{1,{_QUALIFIER_REACH}}}?)??"  # 等绿化重点部门 (_enumeration)
    marked = rf"等{_LIST_QUALIFIERS}(?:{_LISTED_DUTY_BORNE}|{qualifier})(?:{alternation(lex.enumeration_heads)})"
    heads, functions = _plain_list()
    # the last item may be a function the closed list lacks (电力、石油部门: _unlisted_function)
    unlisted = rf"{_unlisted_function_pattern().pattern}(?:主管)?部门"
    plain = rf"、(?:(?:{alternation(sorted(functions))})(?:{alternation(heads)})|{unlisted})"
    short = alternation(_one_char_functions())
    party_head, parties = _party_list()
    party = rf"、(?:{alternation(sorted(parties))})(?:和(?:{alternation(sorted(parties))}))?{party_head}"
    # 财政和审计部门 / 建设和施工单位: a pair joined by 和 alone (_enumeration), marked at its 和 as a list is at its 、
    listed, partied = alternation(sorted(functions)), alternation(sorted(parties))
    pair = rf"和(?=(?:{listed})(?:{alternation(heads)})|(?:{partied}){party_head})"
    # 城市管理或者水行政主管部门: an alternative pair (_enumeration), marked at its 或 as a list is at its 、
    unmarked = alternation(_unmarked_heads())
    alternative = rf"(?:{_ALTERNATIVE_JOIN})(?=(?:{listed})(?:{alternation(heads)})|{unlisted}|(?:{short}){unmarked})"
    return re.compile(rf"{marked}|、(?:{item}|{short})(?={unmarked})|{plain}|{party}|{pair}|{alternative}")


@cache
def _bare_finder() -> re.Pattern[str]:
    lex = organ_lexicon()
    picks = sorted(_set_words())
    openers = ["各", *picks, *lex.qualifiers, *lex.bare_levels, "区"]
    levels = f"{alternation(list(lex.bare_levels))}|{_district_before_township(lex)}"
    return re.compile(
        rf"{_first_char_guard(openers)}(?=(各|(?:{alternation(picks)})(?={levels})|{alternation(list(lex.qualifiers))}|{levels}))"
    )


# How far a function list may run before its 等…部门: the 职责分工 articles of local laws list twenty
# departments and more (发展改革、教育、科技、…、应急管理等部门), up to about 200 characters
_LIST_REACH = 220


@cache
def _level_list_prefix() -> re.Pattern[str]:
    """市和区 / 市和区、县 / 市或者区县 printed before a function list: the levels of every item."""
    words = alternation(organ_lexicon().level_words)
    # 市、有关县(区)发展改革、财政等部门: a set word may open a later level (it picks from that level alone)
    sets = alternation(sorted(_set_words()))
    # 区县(自治县)规划自然资源、农业农村等部门: one level word with its bracket is a prefix too (the bracket
    # stops a list item, so the first item cannot hold it)
    bracketed = alternation([w for w in organ_lexicon().level_words if "(" in w])
    # 市和水源所在地县(区)水行政、农业等部门: a place phrase (X所在地) may open a later level, as before a
    # levelled body (_level_list_follows); it narrows that level's departments and names no level
    places = _level_item_place()
    return re.compile(
        rf"(?:{words})(?:(?:{alternation(list(_LEVEL_LIST_MARKS))})(?:{sets}|{places})?(?:{words}))+"
        rf"|(?:{bracketed})(?![(、])"
    )


def _level_item_place() -> str:
    """The place phrase that may open a later level word of a level list (水源所在地, 所在地的)."""
    return rf"(?:[\u4e00-\u9fff]{{1,{_PLACE_PHRASE_MAX}}}?(?:{alternation(sorted(_levelled_place_words()))})的?)"


def _enumerated_at(text: str, i: int, lex: OrganLexicon, mentions: list[Mention], scan: _Scan) -> list[Mention]:
    """发展改革、财政、审计等部门: one department per item, each named item + head. A list of level
    words before it (市和区发展改革、财政等部门) puts every item at each level: the words are not
    part of the first item (市和区发展改革部门 is two departments, not one)."""
    prefix = _level_list_prefix().match(text, i)
    if prefix and not lex.level_false_starts.match(text, prefix.end()):
        words = re.findall(
            rf"(?:{alternation(sorted(_set_words()))})?(?:{alternation(lex.level_words)})",
            re.sub(rf"(?<=[、和或]){_level_item_place()}", "", prefix.group(0)),
        )
        listed = _listed_at(text, prefix.end(), lex, mentions, scan, words)
        if listed:
            listed[0].start, listed[0].surface = i, text[i : listed[0].end]
            return listed
    collective = _collective_list_prefix(text, i, lex)
    if collective and _at_boundary(text, i, lex, mentions, scan):
        listed = _listed_at(text, i + len(collective), lex, mentions, scan, [], opened=True)
        if listed:
            return _collective_items(listed, collective, text, i)
    return _listed_at(text, i, lex, mentions, scan, [])


def _collective_list_prefix(text: str, i: int, lex: OrganLexicon) -> str:
    """各级 / 县级以上 printed right before a function list (各级财政、审计部门): the set prefix of every
    item. The list cannot open after it on its own (以 of 县级以上 stops a stem: 上公安部门)."""
    named = (p for p in _named_set_prefixes().get(text[i : i + 1], ()) if text.startswith(p, i))
    return max(named, key=len, default="")


@cache
def _named_set_prefixes() -> dict[str, tuple[str, ...]]:
    """The collective prefixes that name members, by first character in lexicon order (asked at every
    list start)."""
    lex = organ_lexicon()
    by_first: dict[str, tuple[str, ...]] = {}
    for prefix in lex.collectives:
        if prefix not in lex.unnamed_sets:
            by_first[prefix[0]] = (*by_first.get(prefix[0], ()), prefix)
    return by_first


def _collective_items(listed: list[Mention], collective: str, text: str, i: int) -> list[Mention]:
    """Each item is the set of that function's departments (县级以上财政部门), named with the prefix."""
    for mention in listed:
        mention.collective = collective
        mention.display = collective + (mention.display or mention.surface)
    listed[0].start, listed[0].surface = i, text[i : listed[0].end]
    return listed


def _listed_at(
    text: str,
    i: int,
    lex: OrganLexicon,
    mentions: list[Mention],
    scan: _Scan,
    levels: list[str],
    opened: bool = False,  # a prefix read before the list (a level or set word) opens it
) -> list[Mention]:
    mark = bisect.bisect_right(scan.enumeration_marks, i)
    if mark == len(scan.enumeration_marks) or scan.enumeration_marks[mark] > i + _LIST_REACH:
        return []
    if not (levels or opened) and not _at_boundary(text, i, lex, mentions, scan):
        return []
    if text.startswith(_LIST_OPEN_JOINERS, i) or (i > 0 and text.startswith("或者", i - 1)):
        return []  # 城市管理部门和公安、交通等部门: the list opens after the joiner (或者 too), as a stem does
    match = _enumeration().match(text, i)
    # the verbs are sought with the 等 that follows, so a lookahead sees the list end (安全生产监督等部门)
    verb = lex.stem_stop.search(_mask_function_words(match.group("items")) + "等") if match else None
    if match and verb and verb.start() > 0 and text.startswith("会同", match.start("items") + verb.start()):
        # 由市发展改革、财政部门会同环境保护等部门拟定: the last item reached over 会同 into the partners' list;
        # the lead's list ends before it (a list of its own, read again up to the verb)
        match = _enumeration().match(text, i, match.start("items") + verb.start())
        verb = lex.stem_stop.search(_mask_function_words(match.group("items")) + "等") if match else None
    if not match or verb:
        return []
    head = lex.heads[match.group("head")]
    if match.group("qual") is not None and not _qualified_list(match.group("qual"), head.head, lex):
        return []
    office = bool(match.group("qual")) and _field_office_collective(match.group("qual") + head.head, text, match.end())
    stations = office and match.group("items").endswith(_station_suffix())
    if office and not stations:
        return []  # …、房屋管理等区人民政府职能部门设在街道的派出机构: the collective's office, no qualified list
    # a qualified list names each department by its function and the plain head (工业部门), as printed alone
    qualified = match.group("qual") or match.group("duty")
    named = _printed_head(match) if head.head in _PRINTED_LIST_HEADS and not qualified else head.head
    if "、" not in match.group("items") and _split_head(match.group("items"), lex)[0] is not None:
        return []  # 外交部等有关部门: the one item names a body already
    items = _enumeration_items(match.group("items"), lex)
    items[0] = _without_set_opener(_without_own_place(items[0]))
    if all(_split_head(item, lex)[0] is not None for _, item in items):
        return []  # 省教育厅、省水利厅等部门: each item names its body whole, read one by one
    if any(_split_head(item.split("和")[0], lex)[0] is not None for _, item in items[:-1] if "和" in item):
        return []  # 人民检察院和公安、司法行政等部门: 和 closes a whole body; the list opens after it
    if "和" in match.group("items") and _level_list_joined().search(match.group("items")):
        return []  # 水务和市、县人民政府交通、财政等部门: the level list after 和 opens the list (_stray_first_items)
    if _head_joined().search(items[0][1]):
        return []  # 园林部门和公安、交通等部门: the first body is read alone, the list opens after 和
    if _body_head_finder().search(items[0][1]):
        return []  # 市人民政府公安、交通等部门: the government is read first, its list after it
    unmarked = bool(match.group("list")) and text[match.end("items")] != "等"
    if not unmarked and head.head == "单位" and _sector_items(items, text, i, lex, mentions):
        return [_sector_set(text, i, match.end())]
    plain = unmarked and not text.startswith("行政", match.end("items"))
    if plain:
        # a 和 pair takes listed functions only; an alternative pair is anchored like a 、 list (或者 joins no
        # bureau's own name, as 和 may: 文化体育广电和旅游部门)
        pair = "、" not in match.group("items") and not re.search(_ALTERNATIVE_JOIN, match.group("items"))
        items, named = _plain_items(items, head.head, lex, pair=pair)
        if not items:
            return []
        unmarked = False
    if unmarked and any(_body_head_finder().search(item) for _, item in items):
        return []  # 市、县人民政府水行政主管部门 (no 等): levels of one government, not a function list
    if unmarked and any(
        item in lex.level_of or (k and _enumeration_levels(item, text, i, lex, [])) for k, (_, item) in enumerate(items)
    ):
        return []  # 盟市、旗县草原行政主管部门 (no 等): a level list before one function
    if any(item.endswith(tuple(lex.enumeration_heads)) for _, item in items):
        return []  # 企业主管部门、计划等部门, X、国务院财政部门等有关部门: an item names its body whole
    # 生态环境、水行政主管部门: the 行政 after a one-character function is that function's own name (水行政), not
    # a qualifier shared by the list; the others take the plain head (生态环境主管部门: dev dz-jianhe, hz-qdh,
    # hz-yunhe, ly-yinshui, lyi-yihe, ta-dawenhe, zb-hedao, zb-taihe, zj-caoejiang name them so)
    own_administration = unmarked and items[-1][1] in _one_char_functions()
    if own_administration:
        items[-1] = (items[-1][0], items[-1][1] + "行政")
        unmarked, named = False, head.head
    if unmarked:  # 铁路、交通行政主管部门: each is named as printed alone (交通行政主管部门), one organ with it
        named = "行政" + head.head
    # 公安、林业等主管部门 at one level: 公安部门, 林业部门 (the short name printed elsewhere)
    taken = bool(match.group("qual")) and bool(_qualifier_word(match.group("qual"), head.head))
    short = "部门" if (head.head == "主管部门" or taken) and not unmarked and not own_administration else named
    owner = _enumeration_owner(text, i, mentions, marked=text[match.end("items")] == "等")
    if owner is not None:
        owned = _owned_items(owner, items, head.head, head.kind, (named, short), text, i, mentions)
        _renamed_items(owned, _printed_head(match))
        owned[-1].end = match.end()
        owned[-1].surface = text[owned[-1].start : match.end()]
        return _shared_qualifier(owned, unmarked)
    level_words = levels or _enumeration_levels(items[0][1], text, i, lex, mentions)
    if level_words and not levels:
        items[0] = (items[0][0] + len(level_words[-1]), items[0][1][len(level_words[-1]) :])
    if len(level_words) <= 1:
        named = short
    # 建设、施工等单位: each item is the regulated unit it names when spelled out (建设单位), of no level
    social = head.head in lex.social_unit_heads and not level_words
    found: list[Mention] = []
    for offset, item in items:
        # 森林火灾扑救队伍、公安消防等有关单位: an item with a head of its own names that body, not a 单位 of it
        own, own_stem = _split_head(item, lex)
        stem, item_head = (own_stem, own.head) if own is not None else (item, head.head)
        body = _whole_body_item(item)
        for word in level_words or [""]:
            picked = next((w for w in _set_words() if word.startswith(w) and word[len(w) :] in lex.level_of), "")
            found.append(
                Mention(
                    i + offset,
                    i + offset + len(item),
                    item,
                    "social" if social else lex.level_of.get(word[len(picked) :]),
                    body.kind if body else "enterprise_society" if social else head.kind,
                    "dept",
                    stem=stem,
                    head=item_head,
                    collective=picked or None,
                    level_word=word[len(picked) :],
                    display=word + (item if own is not None or body else _item_name(item, named)),
                    item=item,
                )
            )
    if stations:  # 司法所、自然资源所等区职能部门派出机构: each station by its own name; the office after 等
        for mention in found:
            if mention.item and _split_head(mention.item, lex)[0] is None:
                mention.stem, mention.head = "", mention.item
                mention.display = mention.item
    else:
        found[-1].end = match.end()
        found[-1].surface = text[found[-1].start : match.end()]
    # 市农业农村、园林绿化部门 / 燃气工程建设、施工单位: the level word or the project opens the subject; so
    # does the level word of an unmarked list (市土地、农业行政主管部门: both departments are the city's)
    if (plain or unmarked or own_administration) and ((level_words and not levels) or head.head == _party_list()[0]):
        found[0].start, found[0].surface = i, text[i : found[0].end]
    return _shared_qualifier(_renamed_items(found, _printed_head(match)), unmarked)


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_SECTOR_BREAK = re.compile(r"[^\u4e00-\u9fff、]")


@cache
def _mechanism_bodies() -> tuple[frozenset[str], tuple[str, ...]]:
    data = lexicon_data("organs.yaml").get("mechanism_bodies", {})
    return frozenset(data.get("heads", ())), tuple(data.get("parts", ()))


def _standing_mechanisms(mentions: list[Mention], text: str) -> list[Mention]:
    """X协调机制 is a body only where its article prints its office or member units (领导协调机制办公室设在Y,
    …为成员单位); alone it is a working arrangement (建立健全保护综合协调机制), no organ."""
    heads, parts = _mechanism_bodies()
    if any(part in text for part in parts):
        return mentions
    return [m for m in mentions if m.head not in heads]


def _standing_meetings(mentions: list[Mention], text: str) -> list[Mention]:
    """区委常委会会议、区政府常务会议研究…: the standing meetings of a level's party committee and of its
    government, listed together, are no bodies; what they study is the level's party-and-government pair's
    (organs.yaml standing_meetings; dev gx-xczx, sh-spzr annotate the pair). Either meeting alone is left."""
    data = lexicon_data("organs.yaml").get("standing_meetings", {})
    committee, meeting, joined = str(data.get("committee")), str(data.get("meeting")), str(data.get("joined"))
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        party = mentions[index]
        government = mentions[index + 1] if index + 1 < len(mentions) else party
        index += 1
        if not (
            government.cls == "gov"
            and bool(party.level)
            and party.level == government.level
            and party.surface.endswith(committee)
            and text.startswith(meeting + "、", party.end)
            and government.start == party.end + len(meeting) + 1
            and text.startswith(joined, government.end)
        ):
            result.append(party)
            continue
        index += 1  # the government's meeting is folded into the pair
        pair = copy.copy(party)
        pair.cls, pair.kind, pair.stem, pair.head = "pg", "party_and_government", "", "党委和政府"
        pair.end = government.end + len(joined)
        pair.surface = text[pair.start : pair.end]
        pair.display = party.surface.removesuffix(committee) + "、" + government.surface
        result.append(pair)
    return result


def _whole_body_item(item: str) -> Name | None:
    """残疾人联合会 of 民政、残疾人联合会等部门和单位: an item the lexicon names whole as a non-state body is
    that body, not a 残疾人联合会部门 beside it (one organ, never PART_OF itself)."""
    return next(
        (n for n in _plain_names() if n.name == item and n.kind == "enterprise_society" and not n.collective), None
    )


def _field_office_collective(words: str, text: str, end: int) -> bool:
    """区人民政府职能部门 of 公安、司法行政等区人民政府职能部门设在街道的派出机构: a government's (or a level's)
    departments collective whose field office follows is what the function list before 等 qualifies, not a
    qualifier of each item; the office is that collective's (organs.yaml field_offices) and the functions are
    its genitive modifier. A list of stations (…、司法所等区职能部门派出机构) ends before 等 (_listed_at): each
    station is named by itself and read inside the collective by _listed_stations."""
    offices, departments = _field_office_words()
    department = next((d for d in departments if words.endswith(d)), "")
    if not department or words == department:
        return False  # 公安、民政等职能部门: a plain qualifier, each item a department
    after = text[end:]
    return after.removeprefix("的").startswith(offices) or bool(_housed_office(offices).match(after))


@cache
def _station_suffix() -> tuple[str, ...]:
    """所 of 自然资源所: how a station's name ends (organs.yaml field_offices)."""
    suffix = lexicon_data("organs.yaml").get("field_offices", {}).get("station_suffix", "")
    return (str(suffix),) if suffix else ("\n",)


@cache
def _housed_office(offices: tuple[str, ...]) -> re.Pattern[str]:
    """设在街道的派出机构: where the office sits, then the office."""
    return re.compile(rf"设在[\u4e00-\u9fff、]{{1,12}}?的(?:{alternation(list(offices))})")


def _qualified_list(qualifier: str, head: str, lex: OrganLexicon) -> bool:
    """绿化重点 of 工业、农业等绿化重点部门: a department list only with a department head and a qualifier
    that holds no verb or joiner (…等部门应当与公安机关 is a clause, 等部门和机构 two lists)."""
    core = qualifier.removesuffix(_qualifier_word(qualifier, head))
    plain = not lex.stem_stop.search(core) and not any(mark in qualifier for mark in _QUALIFIER_BREAKS)
    return head in _QUALIFIED_LIST_HEADS and (plain or qualifier in _qualifier_verbs())


@cache
def _qualifier_verbs() -> frozenset[str]:
    """参与 of 公安、民政等参与部门: a verb that, alone between 等 and the head, names the listed departments
    by their part in the work (organs.yaml enumeration_qualifier_verbs), no clause of their own."""
    return frozenset(lexicon_data("organs.yaml").get("enumeration_qualifier_verbs", ()))


_QUALIFIED_LIST_HEADS = ("部门", "主管部门", "管理部门")
_QUALIFIER_BREAKS = ("的", "和", "或", "及", "与", "以", "并", "应", "由", "在", "对", "向", "会同")


def _qualifier_word(qualifier: str, head: str) -> str:
    """监督 of 等监督管理部门: the part of the qualifier that opens a qualifier word ending in the head's
    管理 (organs.yaml enumeration_qualifier_words); a verb there stops nothing. Empty if none."""
    taken = head.removesuffix("部门")
    for word in lexicon_data("organs.yaml").get("enumeration_qualifier_words", ()):
        opening = str(word).removesuffix(taken)
        if taken and opening != word and qualifier.endswith(opening):
            return opening
    return ""


@cache
def _sector_role_stems() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("sector_list_role_stems", ()))


def _sector_items(items: list[tuple[int, str]], text: str, i: int, lex: OrganLexicon, mentions: list[Mention]) -> bool:
    """公园、能源、院校等单位: a list of several fields, one of them no government function and none
    a project party (施工): sectors, examples of one regulated category rather than departments.
    A list owned by a government or opened by a level word (市公安、交通等单位) names departments,
    and an item with a head of its own (医疗机构、学校) names a body: both keep their reading."""
    words = [item for _, item in items]
    if len(words) < 2 or any(word in _sector_role_stems() for word in words):
        return False
    if not _HAN_ONLY.fullmatch(_sector_first_item(words[0])):
        return False
    if any(_split_head(word, lex)[0] is not None or word.endswith(tuple(lex.social_unit_heads)) for word in words):
        return False
    if _enumeration_owner(text, i, mentions) is not None or _enumeration_levels(words[0], text, i, lex, mentions):
        return False
    return any(word not in _plain_list()[1] for word in words)


def _sector_first_item(item: str) -> str:
    """规定，电力、通信等单位: the first item read from the scan may reach back past a clause break;
    the list opens after the last break."""
    return _SECTOR_BREAK.split(item)[-1]


def _sector_set(text: str, i: int, end: int) -> Mention:
    """The sector list as one non-state organ, named as printed (genre: one node for the category)."""
    i = end - len(_sector_first_item(text[i:end]))
    surface = text[i:end]
    stem = surface[: -len("单位")]
    return Mention(i, end, surface, "social", "enterprise_society", "dept", stem=stem, head="单位", display=surface)


def _plain_items(
    items: list[tuple[int, str]], head: str, lex: OrganLexicon, pair: bool = False
) -> tuple[list[tuple[int, str]], str]:
    """发展改革、财政部门 / 农业农村、林业草原主管部门 (no 等, no 行政): a list only where every item is a
    known function, each named with the printed head; the last item may hold the 主管 of that head. A pair
    joined by 和 alone (财政和审计部门) takes listed functions only: 文化体育广电和旅游部门 is one bureau."""
    party_head, parties = _party_list()
    if head == party_head:
        return _party_items(items, parties), head
    offset, last = items[-1]
    if last.endswith("主管") and head == "部门":
        items, head = [*items[:-1], (offset, last[: -len("主管")])], "主管部门"
    functions = _plain_list()[1]
    words = [_without_level_word(items[0][1], lex), *(item for _, item in items[1:])]
    # 机关 closes the judicial lists only (公安、检察、审判机关); a list opened by 同级 takes listed functions
    # only (同级财政、X部门: organs.yaml enumeration_unlisted_not_start)
    same = tuple(w for w, relative in lex.relative.items() if relative == "same")
    unlisted = head.endswith("部门") and not items[0][1].startswith(same) and not pair
    if not any(_listed_function(word, functions) for word in words) or not all(
        word in functions or (unlisted and _unlisted_function(word)) for word in words
    ):
        return [], head
    return items, head


def _listed_function(word: str, functions: frozenset[str]) -> bool:
    """A function of the closed list, or one with a management word after it (通信管理 of 金融监管、通信管理部门:
    the 通信 function's department, organs.yaml enumeration_function_suffixes), which anchors a list as well."""
    if word in functions:
        return True
    suffix = next((s for s in _function_suffixes() if word.endswith(s)), "")
    return bool(suffix) and word[: -len(suffix)] in functions


@cache
def _function_suffixes() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml").get("enumeration_function_suffixes", ()))


def _unlisted_function(word: str) -> bool:
    """农业农村、乡村振兴部门 / 电力、石油部门: a function the closed list lacks is an item too where a listed
    function anchors the list (new functions appear in every new document; the verbs the closed list keeps
    out, 投诉、举报的部门, anchor none). It is a short name of Han characters only."""
    return bool(_unlisted_function_pattern().fullmatch(word))


@cache
def _unlisted_function_pattern() -> re.Pattern[str]:
    """A short Han name with no 等 inside (公安机关、应急管理等部门 is a marked list) that no relative, set or
    place word opens (同级财政、X部门, 当地林业、园林主管部门: organs.yaml enumeration_unlisted_not_start)."""
    not_start = alternation(lexicon_data("organs.yaml")["enumeration_unlisted_not_start"])
    return re.compile(rf"(?!{not_start})(?:(?!等)[\u4e00-\u9fff]){{2,6}}")


def _party_items(items: list[tuple[int, str]], parties: frozenset[str]) -> list[tuple[int, str]]:
    """建设、施工和监理单位: every item a project party; a first item such as 燃气工程建设 keeps only its
    party (the project it builds qualifies the whole list), so each unit is named by its party."""
    offset, first = items[0]
    party = next((p for p in parties if first.endswith(p)), "")
    if not party or not all(item in parties for _, item in items[1:]):
        return []
    return [(offset + len(first) - len(party), party), *items[1:]]


def _without_level_word(item: str, lex: OrganLexicon) -> str:
    """市农业农村 of 市农业农村、园林绿化部门: a level word may open the first item of a plain list (the
    level of every item, read by _enumeration_levels); the function is what follows it. So may 同级/本级
    (会同同级公安、应急管理部门: the lead's level for every item, read by _same_level_lists)."""
    same = (w for w, relative in lex.relative.items() if relative == "same")
    openers = (*lex.level_words, *same)
    word = next((w for w in openers if item.startswith(w) and item[len(w) :] in _plain_list()[1]), "")
    return item[len(word) :]


# 环保、林业等行政管理部门: each member is named with the head as printed (林业行政管理部门: 管理部门 alone
# names no office); so is a 主管部门 list at several levels (市、县人民政府公安、林业等主管部门: 县人民政府公安
# 主管部门), the name the level's department takes in the documents that list it so.
_PRINTED_LIST_HEADS = ("主管部门", "管理部门")


def _printed_head(match: re.Match[str]) -> str:
    """The head after 等 as printed, less the 有关/相关 that marks the list as open."""
    printed = match.string[match.end("items") : match.end()]
    return printed.removeprefix("等").removeprefix("有关").removeprefix("相关")


def _head_after(item: str, named: str) -> str:
    """工商行政、体育等行政管理部门: an item that prints 行政 already takes the head without it
    (工商行政管理部门, not 工商行政行政管理部门)."""
    return named.removeprefix("行政") if item.endswith("行政") else named


@cache
def _item_names() -> dict[str, dict[str, str]]:
    return dict(lexicon_data("organs.yaml").get("enumeration_item_names", {}))


def _item_name(item: str, named: str) -> str:
    """A list item's department name: the item with the list's head, or the name the genre gives that
    function's department whatever the head (水利 → 水行政主管部门)."""
    fixed = _item_names().get(item)
    return fixed["stem"] + fixed["head"] if fixed else item + _head_after(item, named)


def _renamed_items(found: list[Mention], printed: str = "") -> list[Mention]:
    """The items of a fixed department name are keyed as that name printed alone (水行政 + 主管部门); the
    list's printed head stays with them (市水利行政主管部门 is one of the organ's printed forms)."""
    for mention in found:
        fixed = _item_names().get(mention.item)
        if fixed:
            mention.stem, mention.head = fixed["stem"], fixed["head"]
            mention.printed_head = printed if printed.endswith("部门") else ""
    return found


def _shared_qualifier(found: list[Mention], unmarked: bool) -> list[Mention]:
    """With no 等 the shared 行政 is part of every item's name: its stem holds it, as a department
    printed alone does (交通行政主管部门), so both are keyed as one organ."""
    if unmarked:
        for mention in found:
            mention.stem += "行政"
    return found


@cache
def _head_joined() -> re.Pattern[str]:
    """A head followed by a joiner inside a list item: a whole body printed before the list. Heads of
    whole names count too (人民法院和监察、审计等机关: the court, then the list)."""
    lex = organ_lexicon()
    named = [h for h in lex.heads if len(h) >= 3]  # 委会/工会: too short to tell from a function word
    return re.compile(rf"(?:{alternation([*lex.enumeration_heads, *named])})(?:和|及|与)")


@cache
def _body_head_finder() -> re.Pattern[str]:
    """The heads of a level's main bodies (人民政府, 党委): no function list item holds one."""
    heads = [h for h, entry in organ_lexicon().heads.items() if entry.cls in _BODY_CLASSES and len(h) >= 2]
    return re.compile(alternation(heads))


# A function list opens after these (城市管理部门和公安、交通等部门); a government right before 及 still
# owns the list (市人民政府及公安、交通等部门, read as 及其), one before 和/或者 does not (_enumeration_owner).
_LIST_OPEN_JOINERS = ("和", "及", "与", "以及", "或者", "或")
_OWNERLESS_JOINERS = ("和", "与", "以及", "或者", "或")


def _enumeration_owner(text: str, i: int, mentions: list[Mention], marked: bool = False) -> Mention | None:
    """县级以上人民政府发展改革、财政等部门 / 市人民政府及其公安、交通等部门: the government right
    before a function list owns every item of it; before 和/或者 only a closed list (``marked``: 等 ends it)."""
    owner = mentions[-1] if mentions else None
    if owner is None or text[owner.end : i] not in ("", "及其", *_LIST_OPEN_JOINERS) or not _owns(owner):
        return None
    if text[owner.end : i] in _LIST_OPEN_JOINERS and _opens_with_level(text, i):
        return None  # 本级人民政府和上一级财政、审计等部门: the list names its own level
    if marked and text[owner.end : i] in _OWNERLESS_JOINERS:
        # 乡、镇人民政府、街道办事处和公安、税务等部门 / 当地人民政府或者林业、公安等有关部门: 和 (或者, 以及)
        # before an open 等 list joins the government to departments beside it, not its own (dev bj-zongzhi,
        # qd-senlin, qd-yinshui read the items as plain departments, no PART_OF); a closed list stays the
        # government's (市、区人民政府以及生态环境、水行政主管部门: wh-yinshui), and 及 reads as 及其
        return None
    return owner


def _listed_government(body: Mention, listed: Mention, text: str) -> bool:
    """市人民政府、县（区）人民政府及其X、Y等部门: a whole government joined to the next listed one owns the
    function list after 及其 too, as _listed_owners reads a single function (one department per level)."""
    joined = text[body.end : listed.start] in ("、", "和")
    return joined and not body.bare and _owns(body) and not body.relative and not listed.relative


def _opens_with_level(text: str, i: int) -> bool:
    lex = organ_lexicon()
    if text.startswith(tuple(lex.relative), i):
        return True
    return text.startswith(tuple(lex.level_of), i) and not lex.level_false_starts.match(text, i)


def _owned_items(
    owner: Mention,
    items: list[tuple[int, str]],
    head: str,
    kind: str,
    names: tuple[str, str],
    text: str,
    i: int,
    mentions: list[Mention],
) -> list[Mention]:
    """One department per (government, item). Printed right before the list (no 及其), the
    governments are named inside it: the first item's mention opens where they do. A level list
    before the government (市、县人民政府农业、林业等部门) gives one government per level word."""
    absorbed = owner.end == i
    chain = [owner]
    while len(mentions) > len(chain):
        bare = mentions[-len(chain) - 1]
        opening = _placed_item_start(chain[0], text)  # 市、北部矿山所在地县级人民政府X、Y等部门: at the place
        if not absorbed and _listed_government(bare, chain[0], text):
            chain.insert(0, bare)  # 市人民政府、县人民政府及其X、Y部门: after 及其, each government's own
            continue
        if not owner.level_word or not bare.bare or bare.collective is not None:
            break
        if text[bare.end : opening] not in _LEVEL_LIST_MARKS:
            break
        chain.insert(0, bare)
    rest = owner.surface[len(owner.level_word) :] if owner.level_word else ""
    bodies: list[Mention] = []
    for body in chain:
        if body is owner or not body.bare:
            bodies.append(body)
            continue
        # 省、市、县级人民政府X、Y等部门: 级 is shared by the level list (市级人民政府), as _distribute_levels reads it
        word = _distributed_word(body.surface, owner)
        bodies.append(
            Mention(
                body.start,
                body.end,
                body.surface + rest,
                body.level,
                owner.kind,
                owner.cls,
                head=owner.head,
                level_word=body.surface,
                display=_levelled_name(word, rest),
            )
        )
    if absorbed:
        del mentions[-len(chain) :]  # named inside the list's first item
    named = names[1] if len(bodies) == 1 else names[0]  # several levels: the printed head tells them apart
    place = _owner_place(owner, text)
    found: list[Mention] = []
    for offset, item in items:
        start = chain[0].start if absorbed and offset == 0 else i + offset
        for body in bodies:
            name = (body.display or body.surface) + _item_name(item, named)
            found.append(
                Mention(
                    start,
                    i + offset + len(item),
                    text[start : i + offset + len(item)],
                    body.level,
                    kind,
                    "dept",
                    stem=item,
                    head=head,
                    collective=owner.collective,
                    relative=owner.relative,
                    body=copy.deepcopy(body),
                    level_word=body.level_word,
                    display="" if owner.relative else name,
                    item=item,
                    level_item=_level_item(body, item, names[0], len(bodies)),
                    placed_name=place + name if place and body is owner else "",
                )
            )
    return _renamed_items(found)


def _level_item(body: Mention, item: str, printed: str, bodies: int) -> str:
    """区财政部门 of 市、区人民政府财政、…等部门: each level's department by its level word and the printed
    head; 甲县林业行政主管部门 of 甲县人民政府林业、水利等行政主管部门 by its named place, so the
    copies other places make of it (_joined_place_copy) are named alike."""
    if bodies > 1:
        return body.level_word + _item_name(item, printed)
    return body.named_place + _item_name(item, printed) if body.named_place else ""


def _owner_place(owner: Mention, text: str) -> str:
    """北部矿山所在地 of (市、)北部矿山所在地县级人民政府X、Y等部门: the named place and place word printed
    right before the owning government (levelled, so the place only narrows it); "" for a bare 所在地,
    which refers back and names no place."""
    if not owner.level_word:
        return ""
    government = owner.end - len(owner.display or owner.surface)
    place, place_start = _place_before(text, government)
    if place not in _levelled_place_words():
        return ""
    opening = _place_phrase_start(text, place_start, organ_lexicon())
    phrase = text[opening:place_start]
    return text[opening:government] if phrase and not any(j in phrase for j in _PLACE_ITEM_JOINERS) else ""


@cache
def _own_place_words() -> tuple[str, ...]:
    """本市, 本省, 本县…: the document's own place, printed before a subject that does not name it."""
    return tuple(w for w in lexicon_data("organs.yaml").get("subject_qualifiers", ()) if w.startswith("本"))


def _without_own_place(item: tuple[int, str]) -> tuple[int, str]:
    """本市发展改革、财政等部门: the document's place opens the list; it is no part of the first
    function's name (发展改革部门, as 财政部门 is named)."""
    offset, word = item
    place = next((w for w in _own_place_words() if word.startswith(w) and len(word) - len(w) >= 2), "")
    return offset + len(place), word[len(place) :]


def _without_set_opener(item: tuple[int, str]) -> tuple[int, str]:
    """相关供水、供电、供气等单位 / 有关财政、审计等部门: 相关/有关 opening a list marks the listed set as the
    ones concerned; it is no part of the first function's name (供水单位, as 供电单位 is named)."""
    offset, word = item
    opener = next((w for w in _LIST_OPENERS if word.startswith(w) and word[len(w) :] in _plain_list()[1]), "")
    return offset + len(opener), word[len(opener) :]


_LIST_OPENERS = ("相关", "有关")  # the set words that may open a function list


def _enumeration_items(items: str, lex: OrganLexicon) -> list[tuple[int, str]]:
    """The items of a 、 list with their offsets; the last one may hold a second item after 和
    (农业农村和人防), unless the 和 is inside a function name (住房和城乡建设)."""
    found: list[tuple[int, str]] = []
    cursor = 0
    for item in items.split("、"):
        found.append((cursor, item))
        cursor += len(item) + 1
    alternative = re.search(_ALTERNATIVE_JOIN, items) if len(found) == 1 else None
    if alternative:  # 城市管理或者水: a pair of alternatives (_enumeration's alternative)
        return [(0, items[: alternative.start()]), (alternative.end(), items[alternative.end() :])]
    offset, last = found[-1]
    if _LAST_JOIN in last:  # 林业以及黄河河务: two items (the pattern lets 以及 in only between two items)
        join = last.index(_LAST_JOIN)
        found[-1:] = [(offset, last[:join]), (offset + join + len(_LAST_JOIN), last[join + len(_LAST_JOIN) :])]
        offset, last = found[-1]
    inside: set[int] = set()
    for word in lex.enumeration_compounds:
        start = last.find(word)
        while start >= 0:
            inside.update(range(start, start + len(word)))
            start = last.find(word, start + 1)
    cut = next((k for k in range(len(last) - 2, 1, -1) if last[k] == "和" and k not in inside), None)
    if cut is not None:
        found[-1:] = [(offset, last[:cut]), (offset + cut + 1, last[cut + 1 :])]
    return found


def _enumeration_levels(first: str, text: str, i: int, lex: OrganLexicon, mentions: list[Mention]) -> list[str]:
    """市、区应急管理、财政等部门: the level word opening the first item, and the bare level words
    listed right before it (taken out of ``mentions``), each stand for every item."""
    word = next((w for w in lex.level_words if first.startswith(w) and len(first) - len(w) >= 2), None)
    if word is None or lex.level_false_starts.match(first):
        return []  # 市场监督管理: a function word, no level
    words = [word]
    start = i
    while mentions and mentions[-1].bare and mentions[-1].collective is None:
        if text[mentions[-1].end : start] not in _LEVEL_LIST_MARKS:
            break
        start = mentions[-1].start
        words.insert(0, mentions.pop().surface)
    return words


def _level_other_sets(mentions: list[Mention], text: str) -> list[Mention]:
    """市、区县(自治县)其他有关部门: 其他 after a bare level word names the rest of that level's departments,
    the set 区县(自治县)有关部门 names (dev cq-xzjd annotates 区县其他有关部门 as an alias of 区县有关部门);
    read as that levelled set, so the level list before it is distributed as without 其他."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if previous is not None and _other_set_after_level(previous, mention, text):
            result[-1] = replace(
                mention,
                start=previous.start,
                surface=text[previous.start : mention.end],
                level=previous.level,
                level_word=previous.surface,
                stem=mention.collective or "",
                collective=None,
            )
            continue
        result.append(mention)
    return result


def _other_set_after_level(level: Mention, mention: Mention, text: str) -> bool:
    """A bare level word, 其他, then an unnamed set of departments of no level or body (有关部门)."""
    return (
        level.bare
        and level.collective is None
        and level.cls == "pg"
        and text[level.end : mention.start] == "其他"
        and mention.cls == "dept"
        and mention.level is None
        and mention.body is None
        and not mention.stem
        and mention.collective in organ_lexicon().unnamed_sets
    )


def _distribute_levels(mentions: list[Mention], text: str) -> list[Mention]:
    """市、县(市、区)河长 / 市和区县人民政府法制工作机构: the body named once stands at each level."""
    result: list[Mention] = []
    for mention in mentions:
        chain: list[Mention] = []
        opening = _placed_item_start(mention, text)
        while result and result[-1].bare and result[-1].collective is None and mention.level_word:
            previous = result[-1]
            if text[previous.end : chain[0].start if chain else opening] not in _LEVEL_LIST_MARKS:
                break
            if level_index(previous.level) > level_index(mention.level) and not _rising_list(
                result, chain, mention, text
            ):
                break  # 盟市、旗县和自治区有关部门: levels listed top-down; a higher body after them is its own
            chain.insert(0, result.pop())
        if chain and _one_body_list(chain, mention):
            # 乡(镇)、街道河长, 乡、镇人民政府: places of one level name one position, or one body of the
            # level whose kinds of place are one category (乡 and 镇), printed whole
            mention.start, mention.surface = chain[0].start, text[chain[0].start : mention.end]
            result.append(mention)
            continue
        rest = _after_level(mention.surface, mention).removeprefix("的")  # 市、县的X: named 市X and 县X
        if chain and opening < mention.start:
            # the place phrase is part of the listed item: the body keeps its own name (_phrase_place)
            mention.display = mention.display or mention.surface
            mention.start, mention.surface = opening, text[opening : mention.end]
        tail = _one_body_tail(chain, mention)
        if tail:
            # 县(市、区)、乡、镇人民政府: the township places closing a longer list are still one body
            chain = chain[: len(chain) - len(tail)]
            mention.start, mention.surface = tail[0].start, text[tail[0].start : mention.end]
        rest, stem = _unlevelled(rest), _unlevelled(mention.stem).removeprefix("级")
        if chain:
            mention.list_end = mention.end
        for bare in chain:
            word = _distributed_word(bare.surface, mention)
            copy = Mention(
                bare.start,
                bare.end,
                bare.surface,
                bare.level,
                mention.kind,
                mention.cls,
                stem=stem,
                head=mention.head,
                collective=None if _item_set_word(mention.surface, mention) else mention.collective,
                role=mention.role,
                level_word=bare.surface,
                display=_levelled_name(word, rest),
                list_end=mention.end,
            )
            if mention.body is not None:
                copy.body = Mention(
                    bare.start,
                    bare.end,
                    bare.surface + _after_level(mention.body.surface, mention),
                    bare.level,
                    mention.body.kind,
                    mention.body.cls,
                    head=mention.body.head,
                    bare=mention.body.bare,
                )
            result.append(copy)
        if chain and not mention.display and _distributed_word(mention.level_word, mention) != mention.level_word:
            mention.display = _distributed_word(mention.level_word, mention) + rest  # 县党委和政府 → 县级…
        result.append(mention)
    return result


def _rising_list(result: list[Mention], chain: list[Mention], mention: Mention, text: str) -> bool:
    """县、市人民政府X部门 / 县级、设区的市级人民政府: every level listed bottom-up, each above the one before
    it, so the body printed last stands at each (unlike 盟市、旗县和自治区X, where the rise breaks a top-down
    list and the higher body is its own). Places of one level may sit side by side (县、市、自治州)."""
    if any(word in mention.stem for word in _RISING_SET_WORDS):
        return False  # 各街道、镇和区有关部门 / 旗(区)和盟直成员单位: the places are bodies of their own
    levels = [level_index(item.level) for item in [*chain, mention]]
    end = chain[0].start if chain else _placed_item_start(mention, text)
    for bare in reversed(result):
        if not (bare.bare and bare.collective is None) or text[bare.end : end] not in _LEVEL_LIST_MARKS:
            break
        levels.insert(0, level_index(bare.level))
        end = bare.start
    return (
        len(levels) >= 2
        and max(levels) < level_index("township")  # 街道、镇: a township place names its own body
        and all(lower >= upper for lower, upper in itertools.pairwise(levels))
    )


# A set word in the body printed last: the places before it name bodies of their own, not the set's levels
_RISING_SET_WORDS = ("有关", "相关", "所属", "其他", "成员", "直")


_NO_OFFICE_LEVELS = ("county", "township", "village")  # the levels below the 盟 (地区), which has the 行政公署


def _drop_other_level_offices(mentions: list[Mention]) -> None:
    """盟市、旗县(市、区)人民政府(行政公署)X部门: the bracketed 行政公署 (行署) is the government of the
    盟 (地区) alone, so a listed body of a lower level is the plain government's (旗县(市、区)人民政府X部门)."""
    brackets = [f"({office})" for office in lexicon_data("organs.yaml").get("kind_only_bodies", ())]
    for mention in mentions:
        if mention.level not in _NO_OFFICE_LEVELS or mention.collective is not None:
            continue
        for bracket in brackets:
            for part in (mention, mention.body):
                if part is not None and bracket in part.head:
                    part.head = part.head.replace(bracket, "")
                    part.display = (part.display or part.surface).replace(bracket, "")
            if bracket in mention.surface and mention.body is not None:
                mention.display = (mention.display or mention.surface).replace(bracket, "")


def office_dropped(body: Mention) -> bool:
    """A body of a level below the 盟 printed with the 盟's bracketed 行政公署 (旗县(市、区)党委和人民政府(行政公署)
    of a 盟市、旗县(市、区) list) and named without it (_drop_other_level_offices): its display is its name."""
    if body.level not in _NO_OFFICE_LEVELS or not body.display:
        return False
    brackets = [f"({office})" for office in lexicon_data("organs.yaml").get("kind_only_bodies", ())]
    return any(bracket in body.surface and body.surface.replace(bracket, "") == body.display for bracket in brackets)


_LISTED_LEVEL_HEADS = ("厅", "局", "委", "委员会")  # the department heads a level word is printed with


def _listed_level_departments(mentions: list[Mention], text: str) -> list[Mention]:
    """省教育厅、民政厅 / 市财政局、审计局: a department printed bare right after a levelled department
    and a list mark is that level's department too; the level word carries over to it (the dev
    annotations name it 省民政厅, the printed form an alias). After a level list (市、县（区）水务局、
    生态环境局) it is one department per listed level, as the levelled item is. A bare 厅/局 with no
    such level before it is no body (歌舞厅)."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.cls == "dept"
            and previous.level_word
            and not previous.collective
            and mention.cls == "dept"
            and not (mention.level_word or mention.collective or mention.relative or mention.named_place)
            and mention.head.endswith(_LISTED_LEVEL_HEADS)
            and text[previous.end : mention.start] == "、"
        ):
            levels = _level_list_before(result, text, mention.start) or [previous]
            result.extend(_carried_department(level, mention) for level in levels)
        elif _joined_after_level_list(result, mention, text):
            levels = _level_list_before(result, text, mention.start)
            result.extend(_carried_department(level, mention) for level in levels)
        elif not mention.unprefixed:
            result.append(mention)
    return result


def _joined_after_level_list(result: list[Mention], mention: Mention, text: str) -> bool:
    """市和区土地主管部门和农业主管部门 / 市和区环保部门、水务部门: a department of no level of its own
    joined right after the departments of a level list shares that list's levels (one per level), as
    a function list after the level words does (dev annotations keep 区农业… and 市农业…)."""
    previous = result[-1] if result else None
    plain = not (mention.level_word or mention.collective or mention.relative or mention.named_place or mention.body)
    # 事业单位 is a kind of unit, not one body per level; 黄河水利委员会所属管理机构 belongs to a named body
    plain = plain and not mention.head.endswith("单位") and "所属" not in mention.stem
    return (
        previous is not None
        and previous.cls == mention.cls == "dept"
        and plain
        and text[previous.end : mention.start] in ("、", "和")
        and len(_level_list_before(result, text, mention.start)) > 1
    )


def _carried_department(level: Mention, mention: Mention) -> Mention:
    """``mention``'s department at the level of the list item ``level``: of that item's body where it
    has one (县（区）人民政府水务局、生态环境局), else named by the item's level word."""
    department = copy.deepcopy(mention)
    department.level, department.level_word, department.unprefixed = level.level, level.level_word, False
    printed = mention.display or mention.surface
    if level.body is not None:
        department.body = copy.deepcopy(level.body)
        department.display = (level.body.display or level.body.surface) + printed
    else:
        department.display = level.level_word + printed
        department.carried_from = mention.start - level.start if level.surface.startswith(level.level_word) else 0
    return department


def _same_level_lists(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """市、县（区）水行政主管部门会同本级文物、文化广电旅游等部门: 本级 before a function list stands for each
    level of the level list that opens the clause, so the list names one department per level and
    function, as the same list printed after 市、县（区）人民政府 does (the dev annotators read it so)."""
    words = tuple(w for w, relative in lex.relative.items() if relative == "same")
    result: list[Mention] = []
    i = 0
    while i < len(mentions):
        mention = mentions[i]
        word = next((w for w in words if mention.surface.startswith(w)), "")
        same_level_item = bool(word) and _plain_item(mention)
        levels = _level_list_before(result, text, mention.start) if same_level_item else []
        lead = _levelled_lead(result, text, mention.start) if same_level_item and not levels else []
        if not levels and not lead:
            result.append(mention)
            i += 1
            continue
        items = [mention]
        while i + len(items) < len(mentions) and _plain_item(mentions[i + len(items)]):
            if text[items[-1].end : mentions[i + len(items)].start] != "、":
                break
            items.append(mentions[i + len(items)])
        if lead:
            result.extend(_level_department(lead[0], item, word, lead[0].level_word) for item in items)
        else:
            result.extend(_level_department(level, item, word) for item in items for level in levels)
        i += len(items)
    return result


def _levelled_lead(result: list[Mention], text: str, start: int) -> list[Mention]:
    """相关区水务行政主管部门应当会同同级发展改革、生态环境…部门: a single levelled department joined by 会同
    to a 同级 function list; each item is the department of the lead's level (the dev annotators name
    区生态环境… as well as 区发展改革…). A lead with no level word (水行政主管部门会同同级…) names none."""
    lead = result[-1] if result else None
    gap = text[lead.end : start] if lead is not None else ""
    if lead is not None and _level_lead(lead) and "会同" in gap and len(gap) <= 6:
        return [] if re.search(r"[，。；：、]", gap) else [lead]
    return _clause_subject_lead(result, text, start)


def _level_lead(lead: Mention) -> bool:
    """A department named by one level (区水务局) or by a local set with its government (县级以上地方人民政府
    文物主管部门): the level a 同级 list after it stands at."""
    if lead.cls != "dept" or lead.relative:
        return False
    spread = lead.collective is not None and lead.body is not None and lead.body.cls == "gov"
    return spread or (lead.level is not None and bool(lead.level_word))


def _clause_subject_lead(result: list[Mention], text: str, start: int) -> list[Mention]:
    """县级以上地方人民政府文物主管部门负责…；本级公安、应急管理等部门予以配合: a 本级 list opening a clause after
    a 分号 stands at the level of the department opening the clause before it (the dev annotators name
    县级以上地方人民政府公安部门…; corpus: the shape recurs in 行政法规 that split a lead and its partners)."""
    if start < 1 or text[start - 1] not in ";；":  # the view prints full-width marks as ASCII
        return []
    opening = max(text.rfind(mark, 0, start - 1) for mark in ";；。:：\n") + 1
    lead = next((m for m in result if m.start >= opening), None)
    opens = lead is not None and _ARTICLE_OPENING.fullmatch(text[opening : lead.start]) is not None
    return [lead] if lead is not None and opens and _level_lead(lead) else []


_ARTICLE_OPENING = re.compile(r"\s*(第[〇零一二三四五六七八九十百]+条)?\s*")  # what precedes a clause's subject


def _plain_item(mention: Mention) -> bool:
    """A function list item named by no level, set or body of its own (文物 of 本级文物、…等部门)."""
    plain = mention.level is None and mention.collective is None and mention.relative is None
    return plain and mention.cls == "dept" and mention.body is None and bool(mention.item)


def _level_list_before(result: list[Mention], text: str, start: int) -> list[Mention]:
    """The bodies of a level list (市、县（区）X) closing ``result`` in the clause that reaches ``start``:
    two or more bodies of one head at distinct levels, joined by list marks."""
    if not result or re.search(r"[，。；：]", text[result[-1].end : start]) or start - result[-1].end > 8:
        return []
    chain = [result[-1]]
    for previous in reversed(result[:-1]):
        joined = previous.start == chain[0].start or text[previous.end : chain[0].start] in _LEVEL_LIST_MARKS
        if not joined or previous.head != chain[0].head or previous.cls != chain[0].cls:
            break
        chain.insert(0, previous)
    levels = [m.level for m in chain]
    spread = None not in levels and len(set(levels)) == len(levels) > 1
    return chain if spread and all(m.collective is None and m.relative is None for m in chain) else []


def _level_department(level: Mention, item: Mention, word: str, prefix: str = "") -> Mention:
    """The department of ``item``'s function at the level of ``level``: of its government where that
    body is one (or belongs to one), else named by the printed level word (市文物部门, or ``prefix``)."""
    function = item.item.removeprefix(word)
    head = (item.display or item.surface).removeprefix(item.item)
    body = _level_government(level) if level.cls == "gov" else copy.deepcopy(level.body)
    if body is not None:
        prefix = body.display or body.surface
    elif not prefix:
        name = (level.display or level.surface).removesuffix(level.head)
        prefix = name.removesuffix(re.sub(r"^[（(][^）)]*[）)]", "", level.stem))
    department = Mention(
        item.start,
        item.end,
        item.surface,
        level.level,
        item.kind,
        item.cls,
        stem=function,
        head=item.head,
        level_word=level.level_word,
        display=prefix + function + head,
        item=function,
    )
    department.body = body
    if level.collective is not None and level.level is None:  # a local set's department: the set of that function
        department.collective = level.collective
    return department


def _level_government(level: Mention) -> Mention:
    """The government a listed level names (市 of 市、县人民政府), as its own body mention."""
    name = level.display or level.surface
    return Mention(level.start, level.end, name, level.level, level.kind, level.cls, head=level.head)


def _unlevelled(rest: str) -> str:
    """相关县市区林业主管部门 / 市县林业主管部门: what follows the item's level word may still open with
    the other level words of a compound level (县市区, 市县); a body distributed to a listed level takes
    the name without them (市林业主管部门, never 市市区… nor 省县…)."""
    lex = organ_lexicon()
    while not lex.level_false_starts.match(rest):
        word = next((w for w in _compound_level_words().get(rest[:1], ()) if rest.startswith(w)), "")
        if not word or len(word) == len(rest):
            return rest
        rest = rest[len(word) :]
    return rest


# the levels a compound level word joins (县市区, 市县, 省市); a township or village word after a county
# one (县乡镇…) is a place of its own
_COMPOUND_LEVELS = ("provincial", "municipal", "county")


@cache
def _compound_level_words() -> dict[str, tuple[str, ...]]:
    """The level words of _COMPOUND_LEVELS by their first character, longest first as in level_words
    (_unlevelled asks for every list item)."""
    lex = organ_lexicon()
    by_first: dict[str, tuple[str, ...]] = {}
    for word in lex.level_words:
        if lex.level_of[word] in _COMPOUND_LEVELS:
            by_first[word[0]] = (*by_first.get(word[0], ()), word)
    return by_first


def _placed_item_start(mention: Mention, text: str) -> int:
    """Where a levelled body's list item opens: 市、北部矿山所在地县级人民政府 at the place phrase (北部矿山所在地),
    which opens right after a list mark; the body's own start elsewhere."""
    if not mention.level_word or mention.place:
        return mention.start
    place, place_start = _place_before(text, mention.start)
    if place not in _levelled_place_words():
        return mention.start
    opening = _place_phrase_start(text, place_start, organ_lexicon())
    return opening if opening < place_start and text.endswith(_LEVEL_LIST_MARKS, 0, opening) else mention.start


def _after_level(surface: str, mention: Mention) -> str:
    """What follows the mention's level word in ``surface``: 市、沿河县(市、区)人民政府 gives the bare 市
    the head alone, the area word (沿河) qualifying only the item it opens."""
    area = mention.area if mention.area and surface.startswith(mention.area) else ""
    return surface[len(area) + len(_item_set_word(surface[len(area) :], mention)) + len(mention.level_word) :]


def _item_set_word(surface: str, mention: Mention) -> str:
    """有关 of 市、有关县(区)X: a set word printed before the item's level word picks from that level
    alone (有关县(区)X, a set), not from the levels listed before it (市X is one body)."""
    word = mention.collective or ""
    return word if word in _set_words() and surface.startswith(word + mention.level_word) else ""


@cache
def _one_body_levels() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("one_body_levels", ()))


def _one_body_list(chain: list[Mention], mention: Mention) -> bool:
    """The listed places are all of the body's own level, and that level names one body (not 设区的市、
    自治州人民政府, two kinds of city government)."""
    if not all(bare.level == mention.level for bare in chain):
        return False
    return mention.cls == "position" or mention.level in _one_body_levels()


def _one_body_tail(chain: list[Mention], mention: Mention) -> list[Mention]:
    """The places closing ``chain`` at the body's own level, where that level names one body (乡 of
    县、乡、镇人民政府); none where the whole chain is of that level (_one_body_list reads it)."""
    if mention.level not in _one_body_levels() or mention.cls == "position":
        return []
    size = next((k for k, bare in enumerate(reversed(chain)) if bare.level != mention.level), len(chain))
    return chain[len(chain) - size :] if size < len(chain) else []


def _distributed_word(word: str, mention: Mention) -> str:
    """The level word a distributed member is named by. 市、县级人民政府: 级 is shared by the list, so the
    first member is 市级人民政府. 市、县党委和政府: a party-and-government pair is named by its level
    (市级党委和政府, as 县级党委和政府), never by a bare one-character place word."""
    lex = organ_lexicon()
    levelled = word + "级"
    if "的" in word and mention.cls != "pg":
        return word  # 设区的市、县级人民政府: a place phrase is printed whole, its body 设区的市人民政府
    if word.endswith(")"):
        return word  # 市(州)、县级人民代表大会常务委员会: a word with its alternatives is printed as it stands
    if levelled not in lex.level_of or lex.level_of[levelled] != lex.level_of.get(word):
        return word
    rest = _after_level(mention.surface, mention)
    shared = mention.level_word.endswith("级") and not rest.startswith(tuple(lex.level_of))  # not 县级市
    named_pair = mention.cls == "pg" and word in _pair_level_words()
    return levelled if shared or named_pair else word


@cache
def _pair_level_words() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("pair_level_words", ()))


_POSITION_LIST_MARKS = ("、", "和")


@cache
def _delegate_marks() -> tuple[str, ...]:
    """市总河长或者其委托的副总河长: the post a levelled chief delegates to stands at the chief's level."""
    return tuple(lexicon_data("organs.yaml").get("delegate_marks", ()))


def _share_position_levels(mentions: list[Mention], text: str) -> list[Mention]:
    """盟市、旗县总河湖长、副总河湖长 / 市级、县级河长、湖长: a position listed right after a levelled one
    stands at each of its levels (the level words are printed once, before the first)."""
    result: list[Mention] = []
    for mention in mentions:
        group = _levelled_positions(result, mention, text)
        if not group:
            result.append(mention)
            continue
        for levelled in group:
            shared = copy.copy(mention)
            shared.level, shared.level_word = levelled.level, levelled.level_word
            shared.display = levelled.level_word + mention.surface
            result.append(shared)
    return result


def _levelled_positions(result: list[Mention], mention: Mention, text: str) -> list[Mention]:
    """The levelled positions printed just before ``mention``, a position with no level word of its own."""
    if mention.cls != "position" or mention.level_word or mention.collective or mention.relative or not result:
        return []
    last = result[-1]
    gap = text[last.end : mention.start]
    if last.cls != "position" or not last.level_word or gap not in (*_POSITION_LIST_MARKS, *_delegate_marks()):
        return []
    run = [last]
    for previous in reversed(result[:-1]):
        # the copies _distribute_levels made of it, each on its own level word, joined by a list mark
        joined = text[previous.end : run[0].start] in _LEVEL_LIST_MARKS
        if previous.cls != "position" or previous.head != last.head or not previous.level_word or not joined:
            break
        run.insert(0, previous)
    return run


@cache
def _relative_list_before() -> re.Pattern[str]:
    words = alternation(list(organ_lexicon().relative))
    return re.compile(rf"({words})(?:及|和|、|以及)$")


def _distribute_relatives(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """本级及下级行政执法主体: the body named once stands at each relative level."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.relative and mention.start > 0:
            before = _relative_list_before().search(text, max(0, mention.start - 6), mention.start)
            if before is not None and (not result or result[-1].end <= before.start()):
                result.append(
                    Mention(
                        before.start(),
                        before.end(1),
                        before.group(1),
                        None,
                        mention.kind,
                        mention.cls,
                        stem=mention.stem,
                        head=mention.head,
                        relative=lex.relative[before.group(1)],
                        role=mention.role,
                        body=copy.deepcopy(mention.body),
                    )
                )
        result.append(mention)
    return result


def _share_superior(mentions: list[Mention], text: str) -> list[Mention]:
    """报上一级水行政主管部门和环境保护部门备案: 上一级 printed once is shared by a department that follows
    it in the list with no level, set or relative word of its own (the co-drafter cannot receive its own
    filing; devset jn-szy, sd-szy, cq-qixiang: 3 documents, none against)."""
    for previous, mention in itertools.pairwise(mentions):
        plain = not (mention.relative or mention.level or mention.collective or mention.level_word)
        if previous.relative == "up" and plain and mention.cls == "dept" and _list_joined(previous, mention, text):
            mention.relative = previous.relative
            word = next((w for w in _relative_words() if previous.surface.startswith(w)), "")
            mention.display = mention.display or word + mention.surface  # named as its read: 上一级环境保护部门
    return mentions


@cache
def _relative_words() -> tuple[str, ...]:
    return tuple(sorted(organ_lexicon().relative, key=len, reverse=True))


def _list_joined(previous: Mention, mention: Mention, text: str) -> bool:
    return text[previous.end : mention.start] in ("和", "、", "及")


@cache
def _common_superior_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon_data("organs.yaml").get("common_superior_words", ()), key=len, reverse=True))


def _common_superiors(mentions: list[Mention], text: str) -> None:
    """共同的上一级人民政府: 共同 names the superior of both parties, still one level up (the dev annotators
    resolve it so), and opens the mention: it is no verb, so 由共同的上一级X keeps X as its agent."""
    for mention in mentions:
        word = next((w for w in _common_superior_words() if text.endswith(w, 0, mention.start)), "")
        if mention.relative == "up" and word and mention.cls != "position":  # 上一级河长: a post named as printed
            mention.start -= len(word)
            mention.surface = text[mention.start : mention.end]


def _join_sets(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """有关部门和单位 / 相关部门、单位: two unnamed sets named together are one collective."""
    for mention in mentions:
        if mention.cls != "dept" or mention.body is not None or not _joinable_set(mention, lex):
            continue
        joined = next((j for j in lex.collective_set_joins if text.startswith(j, mention.end)), None)
        if joined is None and (_set_subject(text, mention.start) or _thing_authority(mention, lex)):
            joined = next((j for j in lex.collective_subject_joins if text.startswith(j, mention.end)), None)
        if joined is not None:
            mention.end += len(joined)
            mention.surface += joined
            if joined not in lex.collective_staff_joins:  # 有关单位和人员: the units' set with its staff
                mention.head += "和" + joined[-2:]  # the second set's noun (单位, 机构) after its conjunction
    return _set_roles(mentions)


_SET_SUBJECT_BEFORE = ("，", ",", "；", ";", "。", "：", ":", "\n")


def _set_subject(text: str, at: int) -> bool:
    """A set opening its clause (at the text's start, after a clause mark or an item marker): the subject of what
    follows (事故发生后，有关单位和人员应当…), not the object of a verb or of 由/向."""
    at = _before_marker(text, at)
    return at == 0 or text.endswith(_SET_SUBJECT_BEFORE, 0, at)


@cache
def _set_staff_heads() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("set_staff_heads", ()))


def _set_roles(mentions: list[Mention]) -> list[Mention]:
    """各级机关、单位工作人员 / 有关机关、单位负责人: the role word after a joined set was first read with the
    set's last noun as its own unit (单位工作人员). The staff of a set are recorded through the set (no
    node of their own); any other role is the set's role, named with it."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if previous is None or mention.cls != "role" or mention.start >= previous.end or previous.cls != "dept":
            result.append(mention)
            continue
        if mention.head in _set_staff_heads():
            continue  # the staff phrase names the set itself as the actor
        mention.stem, mention.body, mention.start = "", previous, previous.start
        mention.surface = previous.surface + mention.head
        result[-1] = mention
    return result


def _department_set_role_bodies(mentions: list[Mention], text: str, doc_level: str | None) -> None:
    """市有关部门主要负责人 / 县级以上人民政府有关部门负责人: a head role printed over a level's (or a government's)
    set of departments was read with the level body as its body and the set as its stem. The role is the
    set's (the dev annotations put every such role in the set, 46 of 46 edges), so the set printed before
    the role word, read as one department mention, becomes its body."""
    sets = tuple(lexicon_data("organs.yaml").get("department_set_names", ()))
    for role in mentions:
        if role.cls != "role" or role.member or role.body is None or role.body.cls not in ("pg", "gov", "party"):
            continue
        word = role.role or role.head
        printed = text[role.start : role.end]
        if not printed.endswith(word) or not printed.removesuffix(word).removesuffix("的").endswith(sets):
            continue
        if _listed_body_before(mentions, role, text):
            continue  # 街道、镇和区有关部门领导班子成员: the role word is shared by the list (_shared_roles)
        name = printed.removesuffix(word).removesuffix("的")
        found = find_mentions(name, doc_level)
        if len(found) != 1 or found[0].surface != name or found[0].cls != "dept":
            continue
        body = found[0]
        for part in (body, body.body) if body.body is not None else (body,):
            part.start, part.end = part.start + role.start, part.end + role.start  # read alone: offsets from 0
        role.body, role.stem, role.collective = body, "", None  # the set's words now name the body


def _listed_body_before(mentions: list[Mention], role: Mention, text: str) -> bool:
    """A body (not a role) joined to ``role`` by 、/和/及 right before it: a list sharing the role word."""
    joined = text[: role.start].endswith(("、", "和", "及"))
    before = [m for m in mentions if m.end <= role.start]
    return joined and bool(before) and before[-1].cls != "role" and before[-1].end >= role.start - 2


def _thing_authority(mention: Mention, lex: OrganLexicon) -> bool:
    """水库主管部门或者单位: the authority over a thing (organs.yaml qualified_things) is a department or a unit,
    one role named by the whole phrase wherever it stands, not only as a clause's subject (dev gw-hhsl)."""
    stem = next((mention.stem.removeprefix(w) for w in lex.unnamed_sets if mention.stem.startswith(w)), mention.stem)
    return mention.head == "主管部门" and stem in _qualified_things()


def _joinable_set(mention: Mention, lex: OrganLexicon) -> bool:
    """An unnamed set (有关部门), or a set-noun head (机关 of 机关、单位) after any set word: 各级/上级/其他
    机关、单位 name one set of bodies of every kind in party-and-state rules, not 机关 plus a stray 单位."""
    if mention.collective in lex.unnamed_sets or (not mention.stem and mention.head in lex.working_set_heads):
        return True  # 有关部门和单位; 分管部门和单位, a working set named by its head alone
    if _thing_authority(mention, lex):
        return True  # 水库主管部门或者单位
    if mention.head in lex.collective_department_heads and _level_set_stem(mention, lex):
        return True  # 县级以上有关部门和单位, 本市有关部门或者单位: a level's unnamed set, joined alike
    return not mention.stem and mention.head in lex.set_noun_heads and bool(mention.collective or mention.relative)


def _level_set_stem(mention: Mention, lex: OrganLexicon) -> bool:
    """The stem is an unnamed-set word after nothing but a level word (县级以上 read as the collective, 本市)."""
    word = next((w for w in lex.unnamed_sets if mention.stem.endswith(w)), None)
    if word is None:
        return False
    rest = mention.stem.removesuffix(word)
    return (rest == "" and bool(mention.collective)) or rest.removeprefix("本") in lex.level_of


def _bracketed_alternatives(mentions: list[Mention], text: str) -> list[Mention]:
    """有关部门(单位): a bracket naming a second kind of the same set is part of the set's printed name
    (one organ, not a department set and a stray bracket)."""
    for mention in mentions:
        if mention.cls != "dept" or not mention.surface.endswith("部门"):
            continue
        alternative = next((a for a in organ_words("head_alternatives") if text.startswith(a, mention.end)), None)
        if alternative is not None:
            mention.end += len(alternative)
            mention.surface += alternative
            if mention.display:
                mention.display += alternative
    return mentions


_OWNED_STEMS = ("有关", "相关", "所属")
# 职能部门 printed bare after a body and 及其 (or its 其) names that body's departments as 有关部门 does:
# 区人民政府及其职能部门 → 区人民政府职能部门 (dev tj-jdbsc, sh-jwh annotate the body's set, explicit PART_OF)
_OWNED_HEADS = ("职能部门",)
# 有关人民政府及其部门、乡（镇）人民政府…的: the bare head after a body and 及其 names that body's departments
# (a set, named 有关人民政府部门), as 及其有关部门 does (dev: 4 of the 5 documents printing it name the set;
# corpus ~90 prints of 人民政府及其部门). A bare 部门 is no mention elsewhere (weak_heads).
_BARE_OWNED_HEAD = "部门"
_BARE_OWNED = "及其" + _BARE_OWNED_HEAD


def _bare_owned_departments(mentions: list[Mention], text: str) -> list[Mention]:
    """The departments of a body (government, party committee, pair) printed as a bare 部门 right after
    it and 及其: a mention of their own, owned by that body."""
    added: list[Mention] = []
    starts = {m.start for m in mentions}  # 及其部门负责人: a longer name opening on the head stays
    for body in mentions:
        at = body.end + len("及其")
        owns = _owns_bare_departments(body) and not (_unnamed_body(body) and _picked_by_clause(body, text))
        if owns and text.startswith(_BARE_OWNED, body.end) and at not in starts:
            bare = Mention(at, at + len(_BARE_OWNED_HEAD), _BARE_OWNED_HEAD, None, "agency", "dept", head="部门")
            tied = at - body.start if _unnamed_body(body) else 0  # 有关人民政府及其部门, printed with its owner
            added.append(_owned_department(body, bare, "", tied))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _owns_bare_departments(body: Mention) -> bool:
    """A body whose bare 及其部门 is its own set, an unnamed 有关 set too: 有关(地方)人民政府及其部门 is
    有关(地方)人民政府部门, keyed by its owner (resolve._unnamed_owner_core), not with every other 有关 set's."""
    return body.cls in _BODY_CLASSES


def _picked_by_clause(body: Mention, text: str) -> bool:
    """接到报告、举报的有关人民政府: a 的 clause right before the set picks its members by an act."""
    return text[body.start - 1 : body.start] == "的"


def _unnamed_body(body: Mention) -> bool:
    """有关人民政府, 相关地方人民政府: a body picked from an unnamed set (organs.yaml unnamed collectives)."""
    return body.collective in organ_lexicon().unnamed_sets


# 市、区人民政府及有关部门: read as 及其, the departments of each government named (the dev set's shared
# reading, tests/devset/README.md "…人民政府及有关部门"; 和 and 有关主管部门 are mostly annotated as one set)
_OWNING_JOINERS = ("及",)
# 市、县人民政府或者其森林防火指挥机构: after a level list the function's department after 或者其 is each
# level government's own, as after 及其 (dev: cq-senfang, yt-senlin annotate one per level; ~22 corpus lists).
# A single or relative government (上一级人民政府或其水行政主管部门) is left to its present reading: the dev
# annotations give the document's set there (gw-senlin, hn-shuili, zb-zhuijiu)
_OWN_FUNCTION_GAPS = ("及其", "或者其", "或其")
_BODY_CLASSES = ("pg", "gov", "party")


def _attach_owned(mentions: list[Mention], text: str) -> list[Mention]:
    """县级人民政府及其有关部门 / 本级人民政府及其所属部门: the departments belong to each body named
    before 及其 (市、县人民政府及其有关部门 → 市人民政府有关部门 + 县人民政府有关部门)."""
    result: list[Mention] = []
    listed: list[Mention] = []  # the governments of a level list owning the departments listed after 及其
    for mention in mentions:
        if result and _owned_set_role(mention) and _owning_role_gap(text[result[-1].end : mention.start], result[-1]):
            result += _owned_roles(result, mention, text)
            continue
        owned = _owned_stem(mention)
        if owned == "" and not (result and result[-1].level):
            owned = None  # 职能部门 of a body of no level (a stray 有关…人民政府 phrase) names no set
        gap = _owning_act_gap(text[result[-1].end : mention.start]) if result else None
        if listed and gap in ("、", "和") and owned is None and _functional(mention):
            # 市、县人民政府及其森林防火指挥机构、林业主管部门: each function listed after 及其, per level
            result += [_level_function(body, mention) for body in listed]
            continue
        listed = []
        if owned is not None and gap == "其他" and _owns(result[-1]):
            # 县级以上人民政府其他有关部门: the departments of that body, one mention from its start; after a
            # level list (市（州）、县（市、区）人民政府其他有关部门) those of each listed level, as without 其他
            bodies = _listed_owners(result, text) or [result[-1]]
            del result[-len(bodies) :]
            for body in bodies:
                owned_by = _owned_department(body, mention, owned)
                owned_by.start, owned_by.surface = body.start, text[body.start : mention.end]
                owned_by.body = _named_level_body(body)
                if text.endswith(_OTHER_DEPARTMENTS, 0, mention.end) and owned_by.display:  # 人民政府其他部门
                    owned_by.display = (body.display or body.surface) + _OTHER_DEPARTMENTS
                result.append(owned_by)
            continue
        if gap == "及其" and owned is None and _functional(mention) and _single_owner(result, text):
            result += _owned_functions(result.pop(), mention, mentions, text)
            continue
        if (
            gap in _OWN_FUNCTION_GAPS
            and owned is None
            and _functional(mention)
            and (listed := _listed_owners(result, text))
        ):
            result += [_level_function(body, mention) for body in listed]
            continue
        if owned is not None and (subjects := _clause_subject_owners(result, mention, text)):
            # 市和区人民政府对X给予指导，其职能部门应当…: the 其 opening a clause is the sentence's subject
            result += [_owned_department(body, mention, owned) for body in subjects]
            continue
        joined = gap in ("及其", *_OWNING_JOINERS) and _owning_gap(gap, result[-1], mention)
        if owned is None or not (joined or _level_list_joiner(gap, result, mention, text)):
            result.append(mention)
            continue
        chain = result[_list_start(result, text) :]
        # a collective body (各级人民政府及其有关部门) owns a collective of departments of the same span
        # an unnamed set (有关人民政府及其有关部门) owns its departments only by 及其 itself: 有关地方人民政府及
        # 有关部门 joins two sets (dev: gw-tuigeng, gw-yingji, qh-fupin name 及其's set; gw-caoyuan keeps 及's apart)
        # (nor where a clause before it picks the set by what it did, 接到报告的有关人民政府及其有关部门: the
        # bodies an earlier article named, which gw-health resolves to its spanning set)
        bodies = [
            b
            for b in chain
            if b.cls in _BODY_CLASSES and (not _unnamed_body(b) or (gap == "及其" and not _picked_by_clause(b, text)))
        ]
        if not bodies or bodies[-1] is not chain[-1]:
            result.append(mention)
            continue
        # (an unnamed set's departments are printed with it too: 有关人民政府及其有关部门, their one printed form)
        tied = mention.start - bodies[0].start if all(_one_level(b) or _unnamed_body(b) for b in bodies) else 0
        result += [_owned_department(body, mention, owned, tied) for body in bodies]
    return result


def _clause_subject_owners(result: list[Mention], mention: Mention, text: str) -> list[Mention]:
    """市和区人民政府对X的工作给予指导，其职能部门应当…: departments printed right after a comma and 其 belong
    to the bodies that open the sentence (its subject, a list joined by 、/和), as after 及其."""
    if text[mention.start - 2 : mention.start] not in ("，其", ",其"):
        return []
    opening = max(text.rfind(mark, 0, mention.start) for mark in ("。", "；", ";", "\n")) + 1
    chain = [m for m in result if opening <= m.start < mention.start]
    if not chain or not _SENTENCE_LEAD.fullmatch(text, opening, chain[0].start):
        return []
    subjects = [chain[0]]
    for previous, body in itertools.pairwise(chain):
        if text[previous.end : body.start] not in ("、", "和"):
            break
        subjects.append(body)
    return subjects if all(_owns(b) and b.level and not b.relative and b.cls == "gov" for b in subjects) else []


# what may precede a sentence's subject: blanks and the article's label (第六条 )
_SENTENCE_LEAD = re.compile(r"\s*(?:第[一二三四五六七八九十百零]+条)?\s*")


def _named_level_body(body: Mention) -> Mention:
    """市 of 市、县（区）人民政府其他有关部门: a listed level is its level's government, named in full as
    the body of its departments (printed 市, named 市人民政府), never an organ 市 of its own."""
    if not body.display.startswith(body.surface) or len(body.display) <= len(body.surface):
        return body
    named = copy.copy(body)
    named.surface = body.display
    return named


def _one_level(body: Mention) -> bool:
    """县（区）人民政府: a body printed with its level word, not a collective (各级) or a place (当地)."""
    return bool(body.level_word) and not body.collective


def _owning_act_gap(gap: str) -> str:
    """县人民政府的领导及其有关部门: the body's own act before 及其 is no gap between body and departments."""
    act = next((a for a in lexicon_data("organs.yaml").get("owning_acts", ()) if gap.startswith(a)), "")
    rest = gap[len(act) :]
    return rest if act and rest in ("及其", *_OWNING_JOINERS) else gap


def _owned_department(body: Mention, mention: Mention, owned: str, tied: int = 0) -> Mention:
    """The departments ``mention`` (有关部门) of ``body``, printed after it and 及其."""
    name = (body.display or body.surface) + owned + mention.head
    return Mention(
        mention.start,
        mention.end,
        mention.surface,
        body.level,
        mention.kind,
        "dept",
        stem=owned,
        head=mention.head,
        collective=body.collective,
        relative=body.relative,
        body=copy.deepcopy(body),  # every mention owns its body: offsets are shifted per mention
        display="" if body.relative else name,
        tied=tied,
        # 县（区）有关部门 of 市、县（区）人民政府及其有关部门: each listed level's set by its level word, as
        # the city regulations print it elsewhere (and as _level_function names a listed function)
        level_item=body.level_word + owned + mention.head if tied and body.level_word else "",
    )


def _owned_set_role(role: Mention) -> bool:
    """有关部门(的)主要负责人: a head role printed over an unnamed set of departments (with 的 its body is
    that set already; without it the set is its collective and stem, as _set_role_bodies reads it)."""
    if role.cls != "role" or role.member or role.role not in _shared_role_words():
        return False
    if role.body is not None:
        return _owned_stem(role.body) is not None
    return role.collective in _set_words() and role.stem in organ_lexicon().collective_department_heads


def _owned_roles(result: list[Mention], role: Mention, text: str) -> list[Mention]:
    """市和区人民政府及其有关部门的主要负责人: the head role of each body before 及其 and of each body's
    departments (市人民政府主要负责人, 市人民政府有关部门主要负责人, …), as the annotators split the subject
    (genre rule 2); the bodies themselves are read as their roles, as in _shared_roles. Split here,
    before the departments are attached, since the role hides its set of departments from that step."""
    chain = range(_list_start(result, text), len(result))
    if not all(_owns(result[k]) and (result[k].level or result[k].collective) for k in chain):
        return [role]  # 地方人民政府 (no level word) names no one body whose head the role could be
    printed = role.body or _set_body(role)
    owned = _owned_stem(printed) or ""
    word = text[printed.end : role.end].removeprefix("的")
    roles: list[Mention] = []
    for k in chain:
        department = _owned_department(result[k], printed, owned)
        name = (result[k].display or result[k].surface) + owned + printed.head
        roles.append(_body_role(department, role.end, text, role.head, role.role or word, display=name + word))
        result[k] = _role_of(result[k], role, word, text)
        for body in (roles[-1].body, result[k].body):
            if body is not None:  # a role's body is registered by its surface (市 of 市和县人民政府: 市人民政府)
                body.surface = body.display or body.surface
    return roles


def _owning_role_gap(gap: str, body: Mention) -> bool:
    """各级人民政府及有关部门主要负责人: a plain 及 after a government ties the departments of a head role to it,
    as it does for the departments alone (_owning_gap); 及其 after any body."""
    return gap == "及其" or (gap in _OWNING_JOINERS and body.surface.endswith("政府"))


def _level_list_joiner(gap: str | None, result: list[Mention], owned: Mention, text: str) -> bool:
    """市、县（区）人民政府以及有关部门 / 市、区人民政府和有关部门: after a list of level governments, 以及
    and 和 tie 有关部门 to each level as 及 does (dev dy-huanghe, wh-yinshui; 31 corpus files). After one
    body (各级人民政府和有关部门) the annotators mostly keep one set, so that stays as it was."""
    return (
        gap in ("以及", "和")
        and owned.head == "部门"
        and result[-1].surface.endswith("政府")
        and bool(_listed_owners(result, text))
    )


def _set_body(role: Mention) -> Mention:
    """The unnamed set of departments a role is printed over (有关部门 of 有关部门主要负责人)."""
    end = role.start + len(role.collective or "") + len(role.stem)
    surface = (role.collective or "") + role.stem
    return Mention(role.start, end, surface, None, "agency", "dept", head=role.stem, collective=role.collective)


def _owning_gap(gap: str, body: Mention, owned: Mention) -> bool:
    """及其 ties the departments to the bodies before it; a plain 及 only after a government printed as
    人民政府 (not a bare place, 各区及有关部门) and before 有关部门 itself (not 有关单位, 有关主管部门)."""
    return gap == "及其" or (body.surface.endswith("政府") and owned.head == "部门")


@cache
def _set_words() -> frozenset[str]:
    """有关/相关: words that pick an unnamed set (有关部门, 有关县), from the lexicon."""
    return frozenset(lexicon_data("organs.yaml").get("set_words", ()))


def _set_role_bodies(mentions: list[Mention]) -> None:
    """有关部门主要负责人: a role printed over an unnamed set of departments and no body of its own is the
    role of that set (有关部门), so it is part of it rather than of the document's own body."""
    for role in mentions:
        if (
            role.cls != "role"
            or role.body is not None
            or role.member
            or role.collective not in _set_words()
            or role.stem not in organ_lexicon().collective_department_heads
        ):
            continue
        role.body = _set_body(role)
        role.stem, role.collective = "", None  # the set word and head now name the body, as 县人民政府 does


def _carry_collective_role_body(mentions: list[Mention]) -> None:
    """各级党委和政府主要负责人是…；分管负责人协助主要负责人…；领导班子其他成员…: a leader role printed with no
    body, after a role of a collective body (各级…) in the same text, is that collective's role, not the role
    of the body the article opens with (which the article-level fallback would give it)."""
    body: Mention | None = None
    for mention in mentions:
        if mention.cls != "role":
            continue
        if mention.body is not None:
            collective = mention.body.collective and mention.body.cls in _BODY_CLASSES and not mention.body.bare
            body = mention.body if collective else None
        elif body is not None and _collective_leader(mention) and not mention.collective:
            mention.body = copy.deepcopy(body)


def _carry_pair_others_body(mentions: list[Mention], text: str) -> None:
    """区委、区政府主要负责人是…；…；其他领导成员…: the other leaders printed bare, in the sentence of a named
    pair's role, are that pair's other leaders, not those of the document's own pair (the default of a bare
    role: dev tj-sthj 市委、市政府/区委、区政府其他领导成员)."""
    pair: Mention | None = None
    for mention in mentions:
        if mention.cls != "role":
            continue
        if mention.body is not None:
            named = mention.body.cls == "pg" and not mention.body.bare and not mention.body.collective
            pair = mention.body if named else pair
        elif pair is not None and mention.role in _other_leader_roles() and "。" not in text[pair.end : mention.start]:
            mention.body = copy.deepcopy(pair)


def _carry_named_leader_body(mentions: list[Mention], text: str) -> None:
    """省级人民政府主要负责人是…；分管负责人协助主要负责人…: a leader role printed bare in the sentence of a
    named body's leader role is that body's, not the role of the body the article opens with (dev gw-wenze,
    gz-fupin, ks-sthj, xa-shirong: 省级人民政府分管负责人 at the role sentence)."""
    leader: Mention | None = None
    for mention in mentions:
        if mention.cls != "role":
            continue
        if mention.body is not None:
            leader = mention if _named_body_leader(mention) else None
        elif leader is not None and _collective_leader(mention) and "。" not in text[leader.end : mention.start]:
            assert leader.body is not None  # narrowed by _named_body_leader
            mention.body = copy.deepcopy(leader.body)
            if mention.member:  # a field leader is named by its body, as _role_at does
                mention.display = (leader.body.display or leader.body.surface) + mention.surface


def _named_body_leader(mention: Mention) -> bool:
    """A leader role (主要负责人, 分管负责人) of a government or party body printed with its level (省级人民政府,
    县（市）人民政府; an unplaced 党委和人民政府 is left to the article's body), or of a named department or unit
    (医疗保障经办机构, 承办单位: dev 7 such sentences)."""
    body = mention.body
    if body is None or mention.collective or not _collective_leader(mention):
        return False
    if body.bare or body.collective:
        return False
    # 医疗保障经办机构主要负责人…，分管负责人…: a named department or unit leads its own leaders too
    return (body.cls in _BODY_CLASSES and body.level is not None) or body.cls == "dept"


@cache
def _other_leader_roles() -> frozenset[str]:
    """领导班子其他成员, 其他领导成员…: the leaders of a body other than its heads (organs.yaml other_leader_roles)."""
    return frozenset(lexicon_data("organs.yaml").get("other_leader_roles", ()))


def _levelled_name(word: str, rest: str) -> str:
    """A level word distributed over a list joined to the rest of the name, the shared 级 printed once
    (市级 + 级人民政府X部门 → 市级人民政府X部门)."""
    return word + (rest[1:] if word.endswith("级") and rest.startswith("级") else rest)


def _carry_level_list_role_bodies(mentions: list[Mention], text: str) -> list[Mention]:
    """地区、县（市）、乡（镇）党委和政府主要负责人是…；分管…的负责人…；领导班子其他成员…: a leader role printed with
    no body after a role spread over a level list, in the same sentence, is that role at each listed level
    (dev ks-sthj nine roles, gw-liangshi 市、县级 two 分管负责人: one per level, each part of its body)."""
    result: list[Mention] = []
    run: list[Mention] = []
    for mention in mentions:
        if mention.cls == "role" and mention.body is not None:
            run = [*run, mention] if run and _extends_level_list(run[-1], mention, text) else [mention]
        elif mention.cls != "role" or mention.body is not None:
            run = []
        elif len(run) > 1 and _leader_after_list(run, mention, text):
            result.extend(_role_at(mention, listed.body) for listed in run)
            continue
        result.append(mention)
    return result


def _leader_after_list(run: list[Mention], mention: Mention, text: str) -> bool:
    """A bare leader role (分管负责人, 领导班子其他成员) in the sentence of the listed roles."""
    return _collective_leader(mention) and not mention.collective and "。" not in text[run[-1].end : mention.start]


def _extends_level_list(previous: Mention, mention: Mention, text: str) -> bool:
    """Two roles of one role word at two levels, joined by a level-list mark (市、县人民政府主要负责人)."""
    return (
        previous.role == mention.role
        and previous.level != mention.level
        and text[previous.end : mention.start] in _LEVEL_LIST_MARKS
    )


def _role_at(mention: Mention, body: Mention | None) -> Mention:
    role = copy.deepcopy(mention)
    role.body = copy.deepcopy(body)
    if role.member and body is not None:  # a field leader is named by its body, as _field_leader_roles does
        role.display = (body.display or body.surface) + role.surface
    return role


def _collective_leader(mention: Mention) -> bool:
    """主要负责人, 分管负责人, and a bare field leader (分管生态环境保护工作的负责人: read member, no body)."""
    return mention.role in collective_leader_roles() or (mention.member and mention.head == "负责人")


@cache
def collective_leader_roles() -> frozenset[str]:
    """主要负责人, 分管负责人…: the leader roles of a body (organs.yaml collective_leader_roles)."""
    return frozenset(lexicon_data("organs.yaml").get("collective_leader_roles", ()))


@cache
def owned_offices() -> tuple[frozenset[str], tuple[str, ...]]:
    """The office heads and the coordinating bodies that keep a standing office (organs.yaml owned_offices)."""
    data = lexicon_data("organs.yaml").get("owned_offices", {})
    return frozenset(data.get("offices", ())), tuple(data.get("owners", ()))


def _attach_offices(mentions: list[Mention], text: str) -> None:
    """X及其办公室: a bare office right after a coordinating body and 及其 is named as if printed whole
    (信访工作联席会议办公室), so it joins the body's office where the text also prints that in full."""
    offices, owners = owned_offices()
    for owner, office in itertools.pairwise(mentions):
        if (
            office.head not in offices
            or office.surface != office.head
            or not owner.head.endswith(owners)
            or text[owner.end : office.start] != "及其"
        ):
            continue
        _attach_office(owner, office)


def _attach_office(owner: Mention, office: Mention, kept: str = "") -> None:
    """The bare office is named as if printed whole after its owner (X领导小组办公室); ``kept`` is the
    part of the bare stem that stays in the name (成员 of 成员单位)."""
    office.stem, office.level, office.collective = owner.stem + owner.head + kept, owner.level, owner.collective
    office.relative, office.level_word, office.place = owner.relative, owner.level_word, owner.place
    office.body = copy.deepcopy(owner.body)
    if office.body is not None:
        office.body.end = office.body.start  # printed once, inside the owner's name
    if not owner.relative:
        office.display = (owner.display or owner.surface) + kept + office.head


@cache
def _composed_members() -> tuple[frozenset[str], tuple[str, ...]]:
    data = lexicon_data("organs.yaml").get("composed_members", {})
    return frozenset(data.get("members", ())), tuple(data.get("owners", ()))


def _attach_composed_members(mentions: list[Mention], text: str) -> None:
    """建立X联席会议制度，…等部门为成员单位: the bare member units of a composition sentence are the
    members of the joint meeting named in full before them (X联席会议成员单位, as the dev annotations
    name them), not a free-standing set."""
    members, owners = _composed_members()
    for index, member in enumerate(mentions):
        if member.stem + member.head not in members or member.level:
            continue
        # X领导协调机制…。领导协调机制成员单位由…组成: the set printed after the owner's bare head word is
        # the members of the body named in full before (as its office is; dev ah-fupin annotates it so)
        bare = member.body is not None and member.body.surface == member.body.head
        if bare and member.body is not None and member.body.head.endswith(owners):
            head = member.body.head
            owner = next((m for m in reversed(mentions[:index]) if m.head == head and m.end <= member.start), None)
        elif text[member.start - 1 : member.start] == "为":
            owner = next((m for m in reversed(mentions[:index]) if m.head.endswith(owners)), None)
        else:
            continue
        if owner is not None and owner.surface != owner.head:
            _attach_office(owner, member, member.stem)


def _office_owner(office: Mention) -> Mention:
    """The owner an office printed in full names (市安委会 of 市安委会办公室), as a mention to attach to."""
    owner = copy.copy(office)
    owner.stem, owner.head = "", office.stem
    owner.display = (office.display or office.surface).removesuffix(office.head)
    return owner


def _attach_referred_offices(mentions: list[Mention], text: str) -> None:
    """X委员会…，其办公室设在Y; X领导小组负责…。领导小组办公室设在Y: an office printed bare with 其, or
    with the owner's own head word (领导小组办公室), after a coordinating body named in full is that body's
    office (dev: 7 documents set up an office so; the annotations name it in full)."""
    offices, owners = owned_offices()
    for index, office in enumerate(mentions):
        if office.surface != office.head or office.stem or office.level:
            continue
        suffix = next((o for o in owners if office.head in {o + f for f in offices}), None)
        referred = office.head in offices and text[office.start - 1 : office.start] == "其"
        earlier = next((m for m in reversed(mentions[:index]) if m.head.endswith(owners) or m.head in offices), None)
        if office.head in offices and earlier is not None and earlier.head == office.head and earlier.stem:
            # X委员会办公室设在Y。办公室负责…: the bare office after the office named in full is that office
            _attach_office(_office_owner(earlier), office)
            continue
        if suffix is None and not referred:
            continue
        # 建立X联席会议制度，…区城市管理委员会…为成员单位。联席会议办公室设在Y: a committee listed between
        # is no owner; the office's own head word names the kind of body it belongs to
        owner = next((m for m in reversed(mentions[:index]) if m.head.endswith(suffix or owners)), None)
        if owner is None or owner.surface == owner.head:
            continue
        if suffix is not None:
            office.head = office.head.removeprefix(suffix)  # 领导小组办公室 → the owner's 办公室
        _attach_office(owner, office)


# X委员会下设办公室: the verb setting the office up under its body, read inside one mention
_SET_UP_UNDER = "下设"


def _set_up_inner_offices(mentions: list[Mention]) -> None:
    """禁毒委员会下设办公室 / 各级X委员会下设办公室: the body's own office, named X委员会办公室 as the text names it
    elsewhere, the verb dropped (dev bj-zongzhi and sh-jindu annotate the office so, cq-zhishu names 下设的办公室
    as the 委员会办公室 too; none against). The PART_OF the setting-up verb gives stays."""
    for index, office in enumerate(mentions):
        if not office.stem.endswith(_SET_UP_UNDER) or office.cls != "dept":
            continue
        stem = office.stem.removesuffix(_SET_UP_UNDER)
        if not stem:
            continue
        cut = office.surface.rfind(_SET_UP_UNDER + office.head)
        if cut < 0:
            continue
        display = office.surface[:cut] + office.head
        mentions[index] = replace(office, stem=stem, display=display)


def _functional(mention: Mention) -> bool:
    """林业主管部门, 应急管理部门: a department named by its function alone (no level, no body, no set word)."""
    return (
        mention.cls == "dept"
        and bool(mention.stem)
        and mention.level is None
        and mention.body is None
        and not (mention.collective or mention.relative or mention.member)
        and mention.kind != "enterprise_society"
    )


def _owned_functions(body: Mention, first: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """县级以上人民政府及其林业主管部门、应急管理部门: the departments listed after 及其 are that
    government's own (genre rule 2 splits the subject into the body and its departments); the
    departments are marked in place, and the body stays first."""
    listed = [first]
    for previous, mention in itertools.pairwise(mentions[mentions.index(first) :]):
        joined = text[previous.end : mention.start] in ("、", "和")
        if previous is not listed[-1] or not joined or not _functional(mention):
            break
        listed.append(mention)
    for department in listed:
        owner = copy.deepcopy(body)
        owner.end = owner.start  # printed once, before 及其
        department.body, department.level, department.collective = owner, body.level, body.collective
        department.relative, department.level_word = body.relative, body.level_word
        if not body.relative:
            department.display = (body.display or body.surface) + department.surface
    return [body, first]


def _listed_owners(result: list[Mention], text: str) -> list[Mention]:
    """市、县（区）人民政府及其水行政主管部门: the governments of a level list right before 及其, each of
    which owns that function's department (dev README: one node per level; ~54 corpus lists)."""
    chain = result[_list_start(result, text) :]
    return chain if len(chain) > 1 and all(_owns(b) and not b.relative for b in chain) else []


def _list_start(result: list[Mention], text: str) -> int:
    """Where the list of bodies joined by 、/和 that ends with the last one read opens (its index)."""
    start = len(result) - 1
    while start > 0 and text[result[start - 1].end : result[start].start] in ("、", "和"):
        start -= 1
    return start


def _level_function(body: Mention, department: Mention) -> Mention:
    """The department of one listed government, printed once after 及其."""
    owned = copy.deepcopy(department)
    owner = copy.deepcopy(body)
    owner.end = owner.start
    owned.body, owned.level, owned.collective, owned.level_word = owner, body.level, body.collective, body.level_word
    name = department.display or department.surface  # 城市管理部门 of 城市管理、住房城乡建设等有关部门
    owned.display = (body.display or body.surface) + name
    # 市农业行政主管部门: the level word and the function, as later articles print that level's department
    owned.level_item = body.level_word + name if body.level_word else ""
    return owned


def _single_owner(result: list[Mention], text: str) -> bool:
    """The body before 及其 owns the departments alone: 市、县人民政府及其X部门 (a list of bodies) gives
    each level its own (_listed_owners)."""
    if not _owns(result[-1]):
        return False
    return len(result) < 2 or text[result[-2].end : result[-1].start] not in ("、", "和")


def _owns(body: Mention) -> bool:
    return body.cls in _BODY_CLASSES and body.collective not in organ_lexicon().unnamed_sets and not body.bare


def _owned_stem(mention: Mention) -> str | None:
    """有关部门 / 所属部门 with no level and no body of its own: the departments of some body."""
    if mention.cls != "dept" or mention.level is not None or mention.body is not None or mention.relative:
        return None
    if mention.collective in organ_lexicon().unnamed_sets and not mention.stem:
        return mention.collective
    if mention.head in _OWNED_HEADS and not mention.stem and mention.collective is None:
        return ""  # 市和区人民政府及其职能部门: the head alone names the departments of the bodies before 及其
    return mention.stem if mention.stem in _OWNED_STEMS and mention.collective is None else None


@cache
def _field_office_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = lexicon_data("organs.yaml").get("field_offices", {})
    return tuple(data.get("offices", ())), tuple(data.get("departments", ()))


def _stem_and_head(words: str) -> tuple[str, str]:
    """工作部门 → (工作, 部门): the stem and the longest lexicon head the words end with."""
    head, stem = _split_head(words, organ_lexicon())
    return (stem, head.head) if head is not None else ("", words)


def _field_offices(mentions: list[Mention], text: str) -> list[Mention]:
    """区人民政府职能部门派出机构、派驻机构: each field office is a body inside the government's departments
    (organs.yaml field_offices), named by its own words as 职能部门设在街道的派出机构 names it; an office
    listed right after one such office sits in the same departments."""
    offices, departments = _field_office_words()
    previous: Mention | None = None
    for mention in mentions:
        words, government = mention.stem + mention.head, mention.body
        office = next((o for o in offices if words.endswith(o) and words[: -len(o)] in departments), None)
        if office and mention.cls == "dept" and government is not None and government.cls == "gov":
            department = copy.deepcopy(mention)
            department.end -= len(office)
            department.surface = text[department.start : department.end]
            department.stem, department.head = _stem_and_head(words[: -len(office)])
            department.display = ""
            _member(mention, office, keep_kind=True)
            mention.stem, mention.head = _stem_and_head(office)
            mention.body, mention.level = department, department.level
        elif (
            words in offices
            and mention.cls == "dept"
            and mention.body is not None
            and mention.body.cls == "dept"
            and not mention.body.item
            and (mention.body.stem + mention.body.head).endswith(departments)
        ):
            _member(mention, words, keep_kind=True)  # 工作部门的派出机构: inside the departments
        elif mention.stem + mention.head in offices and mention.body is not None and mention.body.item:
            _bare_office(mention)  # …、生态环境等部门的派驻机构: the list's office, not its last item's
        elif (
            previous is not None
            and previous.member
            and previous.role in offices
            and previous.body is not None
            and text[previous.end : mention.start] in ("、", "和", "及")
            and mention.surface in offices
            and not mention.member
        ):
            _member(mention, mention.surface, keep_kind=True)
            mention.body, mention.level = copy.deepcopy(previous.body), previous.level
            mention.body.end = mention.body.start  # printed once, with the first office
        elif (
            previous is not None
            and previous.cls == "dept"
            and not previous.member
            and (previous.stem + previous.head).endswith(departments)
            and text[previous.end : mention.start] in ("及其", "的")
            and mention.surface in offices
            and not mention.member
        ):
            # 区人民政府工作部门及其派出机构 / 工作部门的派出机构: the offices of the departments just printed
            _member(mention, mention.surface, keep_kind=True)
            mention.body, mention.level = copy.deepcopy(previous), previous.level
            mention.body.end = mention.body.start  # the departments are a mention of their own
        previous = mention
    if "等" in text:  # cheap gate: a list of named offices before the field office it exemplifies
        _listed_stations(mentions, text)
    return mentions


def _listed_stations(mentions: list[Mention], text: str) -> None:
    """公安派出所、司法所、税务所等区人民政府工作部门的派出机构: the stations listed before 等 and the field
    office of a departments' collective are that collective's own (each PART_OF the departments, as the
    possessive printed on the list's head noun says; organs.yaml field_offices stations)."""
    offices, departments = _field_office_words()
    stations = tuple(lexicon_data("organs.yaml").get("field_offices", {}).get("stations", ()))
    for index, mention in enumerate(mentions):
        if index == 0 or not text.endswith("等", 0, mention.start):
            continue
        department = _station_department(mention, offices, departments)
        if department is None:
            continue
        listed: list[Mention] = []
        end = mention.start - 1
        for item in reversed(mentions[:index]):
            joined = text[item.end : end]
            if (joined != "" if not listed else joined not in ("、", "和", "及")) or not (
                item.cls == "dept" and item.body is None and not item.member and not item.collective
            ):
                break
            if not (item.stem + item.head).endswith((*stations, *_station_suffix())):
                break
            listed.append(item)
            end = item.start
        for item in listed:
            _member(item, item.stem + item.head, keep_kind=True)
            item.body = copy.deepcopy(department)
            item.body.end = item.body.start  # printed once, after the list


def _station_department(mention: Mention, offices: tuple[str, ...], departments: tuple[str, ...]) -> Mention | None:
    """The departments' collective a field office is printed in: its body (区人民政府工作部门的派出机构), or
    the department words its own name opens with (区县职能部门派出机构, with no government printed)."""
    words = mention.stem + mention.head
    if (
        mention.member
        and mention.role in offices
        and mention.body is not None
        and mention.body.cls == "dept"
        and (mention.body.stem + mention.body.head).endswith(departments)
    ):
        return mention.body
    office = next((o for o in offices if words.endswith(o) and words[: -len(o)].endswith(departments)), None)
    if office is None or mention.cls != "dept" or mention.member or mention.body is not None:
        return None
    department = copy.deepcopy(mention)
    department.end -= len(office)
    department.surface = department.surface[: -len(office)]
    department.stem, department.head = _stem_and_head(words[: -len(office)])
    department.display = ""
    return department


def _bare_office(mention: Mention) -> None:
    """区公安、生态环境等部门设在街道的派出机构: the office of a list of departments is no body of its last
    item alone; it is named by its own words (the annotations place it in the departments' collective)."""
    mention.body, mention.display = None, mention.stem + mention.head


def _share_government(mentions: list[Mention], text: str) -> list[Mention]:
    """县级以上人民政府财政部门、审计部门: a department listed right after one named inside a
    government, with no level or body of its own, is a department of that government too."""
    for previous, mention in itertools.pairwise(mentions):
        if (
            _shares_joiner(text[previous.end : mention.start], mention)
            and previous.cls == "dept"
            and previous.body is not None
            and previous.body.cls == "gov"
            and not previous.body.bare
            and mention.cls == "dept"
            and mention.level is None
            and mention.body is None
            and not (mention.collective or mention.relative or mention.member)
            and mention.stem
            and not mention.stem.startswith("其他")
            # 国务院X机构和地方X机构: a name marked local (the 以下简称 of 县级以上地方人民政府负责X的机构) is
            # never a department of the central government listed before it (a local one may share its
            # government: 县级以上人民政府…部门和地方金融监管机构)
            and not (previous.level == "central" and mention.stem.startswith(organ_words("local_name_openings")))
            and not _body_head_finder().search(mention.surface)  # 泰安市人民政府X部门 names its own
            and not _body_apart(mention, text)  # 水行政主管部门和流域管理机构: a body apart
        ):
            body = copy.deepcopy(previous.body)
            body.end = body.start  # printed once, with the first department
            mention.body, mention.level, mention.collective = body, previous.level, previous.collective
            mention.relative, mention.level_word = previous.relative, previous.level_word
            if not previous.relative:
                # a list item is named by its display (公安部门), its surface holds the item alone
                own = mention.display or mention.surface
                mention.display = (previous.body.display or previous.body.surface) + own
    return mentions


def _body_apart(mention: Mention, text: str) -> bool:
    """A management body the article also prints alone, opening a clause (流域管理机构应当…): a body of its
    own, not a department of the government named before it in a list."""
    if not mention.surface.endswith(organ_words("own_body_heads")):
        return False
    return any(
        found.start() == 0 or text[found.start() - 1] in _CLAUSE_OPEN
        for found in re.finditer(re.escape(mention.surface), text)
    )


def _shares_joiner(joiner: str, mention: Mention) -> bool:
    """、/和 join a department to the one before; 及/以及 too where a function list follows
    (县级以上人民政府地震工作主管部门以及应急管理、发展改革等部门: the dev annotations give each item the
    government, as after 和), not before a unit of its own (水行政主管部门以及水库主管部门)."""
    return joiner in ("、", "和") or (joiner in ("及", "以及") and bool(mention.item))


def _central_joint(mentions: list[Mention], text: str) -> None:
    """国务院和县级以上地方人民政府建设主管部门: the department named after the local governments is
    named for 国务院 too (国务院建设主管部门, genre rule 2), as a level list shares its department."""
    for previous, mention in itertools.pairwise(mentions):
        body = mention.body
        if (
            previous.cls == "gov"
            and previous.surface == "国务院"
            and text[previous.end : mention.start] == "和"
            and mention.cls == "dept"
            and body is not None
            and body.cls == "gov"
            and body.start == mention.start
            and not (body.bare or body.relative or mention.relative)
            and not mention.stem.startswith("有关")  # 国务院和地方各级人民政府有关部门: resolved apart (lead)
        ):
            own = (mention.display or mention.surface)[len(body.display or body.surface) :]
            previous.body = copy.deepcopy(previous)
            previous.kind, previous.cls, previous.stem, previous.head = "agency", "dept", mention.stem, mention.head
            previous.display = "国务院" + own
            if mention.fixed_name:  # a set named by its work (负责…的部门) keeps its printed name
                previous.fixed_name = previous.display


def _distribute_collective(mentions: list[Mention], text: str) -> list[Mention]:
    """各级党委和政府、扶贫开发领导小组: 各级 covers every noun of the list."""
    for previous, mention in itertools.pairwise(mentions):
        if (
            previous.collective == "各级"
            and text[previous.end : mention.start] in ("、", "和")
            and mention.level is None
            and mention.collective is None
            and mention.cls == "dept"
        ):
            mention.collective = "各级"
    return mentions


@cache
def _scoped_bare_heads() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("scoped_bare_heads", []))


def _bare_pair(mention: Mention) -> Mention | None:
    """The bare 党委和政府 / 政府 / 党委 a mention is or is a role of: printed with no level, place,
    relative or collective word, so its scope comes from the context."""
    body = mention.body if mention.cls == "role" else mention
    if body is None or body.surface not in _scoped_bare_heads():
        # 地方党委和政府主要负责人: a role of the local pair printed with no level word is a bare pair's too
        local = _local_pair_opening(body.surface) if body is not None and body is not mention else ""
        if not local or body is None or body.surface != local + body.head:
            return None
    elif body.surface != body.head:
        return None
    if body.level or body.collective or body.relative or body.level_word or body.place or body.fixed_name:
        return None
    return body


def _scope_bare_pairs(mentions: list[Mention], document: Mention | None = None) -> list[Mention]:
    """各级党委和政府应当…。党委和政府主要负责人是第一责任人: a bare pair after a collective of the same
    class in the same text speaks of that collective (every level's pair), not of the document's own
    level; the role takes the collective too. ``document``: the pair spanning every level the whole
    document speaks of (spanning_pair), the scope of a bare pair's role printed before any collective of
    the text (an article opening 党委和政府领导班子其他成员…)."""
    unnamed = organ_lexicon().unnamed_sets
    scope: Mention | None = None
    for mention in mentions:
        pair = mention.body if mention.cls == "role" and mention.body is not None else mention
        if pair.collective and pair.collective not in unnamed and pair.cls in ("pg", "gov", "party"):
            scope = pair
            continue
        if pair.level and pair.cls in ("pg", "gov", "party"):
            # 设区的市、县（市、区），…约谈其党委和政府主要负责人 / 镇（乡）党委书记…，镇（乡）长协助党委书记: after
            # a level's body the bare pair speaks of that level
            document = None
        body = _bare_pair(mention)
        # before any collective of the text, only a bare pair's role takes the document's (a body printed
        # bare may be the document's own)
        current = scope if scope is not None else document if body is not mention else None
        if current is None or body is None:
            continue
        if body.cls != current.cls:
            if current.cls != "pg" or body.cls not in ("party", "gov"):
                continue
            # 地方各级党委和政府…，党委主要负责人和政府主要负责人…: a bare half after a spanning pair is that
            # pair's half at every level (地方各级党委), a collective body of its own the pair covers
            scoped = current.display or current.surface
            body.collective, body.display = current.collective, scoped.removesuffix(current.head) + body.surface
        else:
            # printed under the collective's name (各级党委和政府), the bare surface stays an alias
            body.collective, body.display = current.collective, current.display or current.surface
        if body is not mention:
            mention.collective = current.collective
            mention.display = body.display + mention.surface[body.end - mention.start :]
    return mentions


def scope_document_pairs(mentions: list[Mention], document: Mention | None) -> list[Mention]:
    """党委和政府领导班子其他成员按照…（an article naming no collective of its own）: in a document speaking of
    the pair at every level, a bare pair's role is that pair's collective role (_scope_bare_pairs)."""
    return _scope_bare_pairs(mentions, document) if document is not None else mentions


def spanning_pair(text: str, doc_level: str | None) -> Mention | None:
    """The 党委和政府 the document speaks of at every level: 各级党委和政府 or 地方各级党委和政府 with no level
    bound (县级以上地方各级党委和政府 bounds it) and no place, the most often printed, else None."""
    if _EVERY_LEVEL not in text or "党委" not in text:  # cheap gate: most documents print no such pair
        return None
    printed = [
        pair
        for mention in find_mentions(text, doc_level)
        if (pair := mention.body if mention.cls == "role" and mention.body is not None else mention).cls == "pg"
        and pair.collective in _UNBOUNDED_SETS
        and not (pair.place or pair.level or pair.relative or pair.area)
    ]
    counts = Counter(pair.display or pair.surface for pair in printed)
    best = max(counts.values(), default=0)
    return next((pair for pair in printed if counts[pair.display or pair.surface] == best), None)


# the set words of a collective spanning every level with no bound (各级, 地方各级)
_UNBOUNDED_SETS = ("各级", "地方各级")


def _fixed_at(pattern: re.Pattern[str], text: str, i: int, doc_level: str | None) -> Mention | None:
    match = pattern.match(text, i)
    if not match:
        return None
    lex = organ_lexicon()
    if match.group("pair"):
        level = lex.level_of.get(match.group("pl"))
        return Mention(i, match.end(), match.group(0), level, "party_and_government", "pg")
    surface = match.group("name")
    if surface in _name_guards() and _guarded(surface, text, i, match.end()):
        return None
    for entry in lex.names:
        if entry.name == surface or ("{" in entry.name and _fits(entry.name, surface, lex)):
            level = entry.level
            if level == "document":
                level = doc_level
            elif level is None:
                level = lex.level_of.get(surface[0])
            cls = entry.cls if entry.cls in _BODY_CLASSES else "name"
            mention = Mention(
                i,
                match.end(),
                surface,
                level,
                entry.kind,
                cls,
                collective="有关" if entry.collective else None,
                fixed_name=entry.name,
                display=entry.same_as or "",  # 各民主党派省委 names its organ 民主党派
            )
            return _event_placed(mention, text, lex)
    return None


@cache
def _name_guards() -> dict[str, dict[str, list[str]]]:
    return dict(lexicon_data("organs.yaml").get("name_guards", {}))


def _guarded(name: str, text: str, start: int, end: int) -> bool:
    """海关法, 海关手续, 直属海关: the name is part of another word, no mention of the body (name_guards); a
    name read only after (驻村第一书记和工作队) or before (…领导班子成员) given words is none elsewhere."""
    guard = _name_guards()[name]
    only = guard.get("only_preceded")
    if only and not any(text.endswith(w, 0, start) for w in only):
        return True
    after = guard.get("only_followed")
    if after and not any(text.startswith(w, end) for w in after):
        return True  # 街道党工委和街道办事处 is one name only as the prefix of its leading group
    return any(text.startswith(w, end) for w in guard.get("not_followed", ())) or any(
        text.endswith(w, 0, start) for w in guard.get("not_preceded", ())
    )


def _clause_placed(mention: Mention, text: str, lex: OrganLexicon, scan: _Scan) -> None:
    """杭州海关负责…: a two- to four-character place opening the clause before a guarded name names one
    office of that body, printed whole (the name alone would be the body at large); a verb there
    (未经海关, 按照海关) is no place."""
    start = mention.start
    while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in lex.stem_stop_chars:
        start -= 1
    opens = start == 0 or text[start - 1] in "，。；：、 \n"
    if not opens or not 2 <= mention.start - start <= 4 or mention.start in scan.verb_ends:
        return
    if not _clause_place(text[start : mention.start], lex):
        return  # 适用海关, 买卖海关, 进口环节海关: a verb or a phrase, no place
    mention.start, mention.surface = start, text[start : mention.end]
    mention.display = mention.surface


def _clause_place(words: str, lex: OrganLexicon) -> bool:
    """A real place: a province (上海), a place word (当地, 发生地) or a name ending in a place character
    (杭州, 宁波港); verbs and phrases (适用, 买卖, 进口环节) end in none of them."""
    return words in lex.provinces or words in _place_words() or words.endswith(organ_words("clause_place_suffixes"))


def _event_placed(mention: Mention, text: str, lex: OrganLexicon) -> Mention:
    """受灾地区村民委员会、居民委员会: the place of an event before a fixed name qualifies it, as it does a
    generic body (the name stays the organ's own; the phrase is one subject)."""
    place, place_start = _place_before(text, mention.start)
    if not place or place not in _event_place_words() or text.endswith("的", 0, mention.start):
        return mention
    start = _place_phrase_start(text, place_start, lex)
    mention.display = mention.display or mention.surface
    mention.start, mention.surface = start, text[start : mention.end]
    return mention


@cache
def _document_level_names() -> frozenset[str]:
    return frozenset(entry.name for entry in organ_lexicon().names if entry.level == "document")


def _placed_name(mention: Mention) -> bool:
    """民主党派, 工商联: a body found at every level, named by the level word before it."""
    return mention.fixed_name in _document_level_names()


@cache
def _level_before_finder() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(organ_lexicon().level_words)})各?$")


def _level_before(mention: Mention, text: str, lex: OrganLexicon, mentions: list[Mention], scan: _Scan) -> None:
    """自治区工商联 / 省各民主党派: the level word before the name places the body at that level."""
    found = _level_before_finder().search(text, max(0, mention.start - 12), mention.start)
    if found is None or not _at_boundary(text, found.start(), lex, mentions, scan):
        return
    word = found.group(0).removesuffix("各")
    if word not in lex.level_of or lex.level_false_starts.match(text, found.start()):
        return
    while mentions and mentions[-1].end > found.start():
        mentions.pop()  # the level word read as a bare body
    mention.start, mention.level, mention.level_word = found.start(), lex.level_of[word], word
    mention.surface = text[found.start() : mention.end]


_BRACKETED_LEVEL = re.compile(r"(?:[（(][^）)]{1,4}[）)])?")


def _role_level_word(mention: Mention, text: str, mentions: list[Mention]) -> None:
    """街道（镇）安全生产专管员 / 乡镇护林员: a bare level word before a collective role only places the
    role (the role's own organ), no body of its own beside it (no second target of 指导/考核)."""
    if not mentions or mentions[-1].cls != "pg" or mentions[-1].surface not in organ_lexicon().level_of:
        return
    if not _BRACKETED_LEVEL.fullmatch(text, mentions[-1].end, mention.start):
        return
    mention.display = mention.display or mention.surface  # the role keeps its own name
    mention.start = mentions.pop().start
    mention.surface = text[mention.start : mention.end]


def _every_level_role(mention: Mention, text: str, mentions: list[Mention]) -> None:
    """各级河湖警长: 各级 before a listed collective role (a post every level fills) names the set of those
    posts, an organ of its own named as printed, as 各级定点帮扶单位 is (_prefixed_name); left bare, the
    subject opened with a word no mention covers and the clause lost its holder."""
    start = mention.start - len(_EVERY_LEVEL)
    if start < 0 or not text.startswith(_EVERY_LEVEL, start) or (mentions and mentions[-1].end > start):
        return
    mention.start, mention.collective = start, _EVERY_LEVEL
    mention.surface = mention.fixed_name = text[start : mention.end]


_EVERY_LEVEL = "各级"


def _fits(template: str, surface: str, lex: OrganLexicon) -> bool:
    return surface in _filled(template, lex)


@cache
def _noun_joined() -> re.Pattern[str]:
    """接受X的领导和Y的监督: 和 after a noun that is no body opens the next body (joined_after_nouns)."""
    rule = lexicon_data("organs.yaml")["joined_after_nouns"]
    return re.compile(rf"(?:{alternation(rule['opened_by'])})[^,，。;；]{{1,40}}?(?:{alternation(rule['nouns'])})和")


_STRAY_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}和")


def _stray_first_items(mentions: list[Mention], text: str, lex: OrganLexicon) -> list[Mention]:
    """市人民政府生态环境和市、县人民政府发展改革、财政等部门: a function printed between a government and
    和 before a function list is that government's department with the list's head (市人民政府生态环境部门),
    the list's first item printed apart; no stray stem under the government."""
    out = list(mentions)
    for k, (gov, item) in enumerate(itertools.pairwise(mentions)):
        gap = text[gov.end : item.start]
        if gov.cls != "gov" or item.cls != "dept" or not item.item or not _STRAY_ITEM.fullmatch(gap):
            continue
        stem = gap[:-1]
        if lex.stem_stop.search(stem) or not item.display.endswith(item.item + item.head):
            continue
        level_word = gov.level_word or gov.surface.removesuffix(gov.head)
        out[k] = replace(
            gov,
            end=item.start - 1,
            surface=text[gov.start : item.start - 1],
            kind=item.kind,
            cls="dept",
            stem=stem,
            head=item.head,
            body=gov,
            level_word=level_word,
            display=gov.surface + stem + item.head,
            item=stem,
            level_item=level_word + stem + item.head,
        )
    return out


@cache
def _level_list_joined() -> re.Pattern[str]:
    """生态环境和|市、县人民政府发展改革、财政等部门: a level list printed with its government after 和 opens
    a body's name of its own; it is no stem 和市 of the item before 和."""
    return re.compile(rf"和(?=(?:{_level_list_prefix().pattern})人民政府)")


@cache
def _province_joined() -> re.Pattern[str]:
    """陕西省和|山西省人民政府: a province printed in full before 和/及 is a place of its own, so the next
    province opens a body's name there; the joined pair is then a list of provinces sharing one head
    (_provinces_listed_before), not one stem 和山西省 under the level word 陕西省."""
    provinces = alternation(list(organ_lexicon().provinces))
    return re.compile(rf"(?:{provinces})(?:省|市|[\u4e00-\u9fff]{{0,3}}?自治区)[和及](?={provinces})")


def _at_boundary(text: str, i: int, lex: OrganLexicon, mentions: list[Mention], scan: _Scan) -> bool:
    if i == 0 or text[i - 1] in lex.stem_stop_chars or text[i - 1] == "\n" or i in scan.verb_ends:
        return True
    if text.endswith("或者", 0, i):
        return True
    place, start = _place_before(text, i)
    if place and start < i and _place_word_before_level(text[start : i + _MAX_LEVEL_WORD], lex):
        return True  # 当地|乡镇人民政府: the body's name opens at the level word after a place word
    if _partner_level_at(text, i, lex):
        return True
    return bool(mentions) and (mentions[-1].end == i or (mentions[-1].end == i - 1 and text[i - 1] in "和及与"))


def _partner_level_at(text: str, i: int, lex: OrganLexicon) -> bool:
    """与相邻|县（区）人民政府…协作: a level word after a partner area word opens a body's name (the area
    joins it later, _area_opening); the generic stem cannot span a bracketed level word (县(区)), so
    without this the partner is lost."""
    if not any(text.endswith(word, 0, i) for word in partner_area_words()):  # cheap gate
        return False
    rest = text[i : i + _MAX_LEVEL_WORD]
    on_level = any(rest.startswith(level) for level in lex.level_of) and not _level_false_start().match(rest)
    return on_level and bool(_partner_area(text, i))


@cache
def _owned_role_gap() -> re.Pattern[str]:
    """及其负责人和: the role the body before it owns (read later, _attach_owned), then a list joiner."""
    return re.compile(f"及其(?:{alternation(lexicon_data('organs.yaml')['shared_role_words'])})(?:和|及|以及)")


def _generic_at(
    pattern: re.Pattern[str],
    text: str,
    i: int,
    lex: OrganLexicon,
    mentions: list[Mention],
    doc_level: str | None,
    scan: _Scan,
) -> Mention | None:
    if i not in scan.collective_starts and not _at_boundary(text, i, lex, mentions, scan):
        return None
    if i in scan.verb_inner and text[i - 1] in lex.stem_stop_chars and i not in scan.collective_starts:
        return None  # 应当遵守…, 所在地…: 当/地, inside a verb or a place word, opens no name
    if text[i] == "有" and i + 1 in scan.verb_ends:
        return None  # 应当有X参加: 有 after a modal is the verb (organs.yaml), the name opens after it
    head_ends = scan.head_ends
    reach = i + _MAX_PREFIX + lex.stem_max + _MAX_HEAD
    first = bisect.bisect_right(head_ends, i)
    # a match ends at or before the first hard stop: the ends past it would only fail fullmatch
    last = bisect.bisect_right(head_ends, min(reach, _next(scan.hard_stops, i)))
    if first == last:
        return None
    if scan.stem_words and i <= _next(scan.stem_words, i) < reach:
        pattern = _generic_with_words()
    for end in reversed(head_ends[first:last]):  # the longest mention that holds together
        match = pattern.fullmatch(text, i, end)
        if match is not None and _holds_together(match, text, lex):
            mention = _mention_of(match, text, i, lex, doc_level)
            if mention is not None:
                return mention
    return None


@cache
def _filled_post() -> re.Pattern[str]:
    return re.compile(lexicon_data("organs.yaml")["filled_post_before"])


@cache
def _person_word_finder() -> re.Pattern[str]:
    """负责人, 举报人: a person word closing on a verb's characters, inside which no mention opens (person_words)."""
    return re.compile(f"(?:{alternation(list(organ_words('person_words')))})(?!民)")


@cache
def _stem_no_open_finder() -> re.Pattern[str]:
    """The words after which a name opens (产生业主委员会); 提高 is none: 提高从业人员 names no member."""
    return re.compile(alternation(list(lexicon_data("organs.yaml").get("stem_opening_words", ()))) or "(?!)")


@cache
def _kind_opening_finder() -> re.Pattern[str]:
    """各类 (every body of the kind), not after a range word (中等以下各类教育机构: a bounded category)."""
    data = lexicon_data("organs.yaml")
    ranges = [w for w in data["stem_no_open_inside"] if w not in data["kind_opening_words"]]
    return re.compile(f"(?<!{alternation(ranges)})(?:{alternation(data['kind_opening_words'])})")


@cache
def _subject_unit_rule() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """What opens the subject slot: a mark, or a joiner after the item before it (教育部门和学校); what
    follows it: a duty word, after a comma too (…等媒体，应当)."""
    rule = lexicon_data("organs.yaml")["subject_unit"]
    marks = f"[{re.escape(rule['opened_by'])}]"
    joiner = f"(?<!{alternation(rule['not_after_joiner'])})(?:{alternation(rule['joiners'])})"
    opener = re.compile(rf"(?:{marks}|{joiner})$")
    duty = re.compile(rf"[{re.escape(rule['comma'])}]?(?:{alternation(rule['duty_words'])})")
    return opener, duty, frozenset(rule["not_heads"])


def _subject_unit(head: str, text: str, start: int, end: int, lex: OrganLexicon) -> bool:
    """学校应当…, 广播、电视等媒体应当…, 教育部门和学校应当…: a social unit's bare head is the subject of
    a duty, a regulated actor of its own (a weak head elsewhere needs a stem: 在学校, 通过媒体 name a
    place or a channel)."""
    opener, duty, not_heads = _subject_unit_rule()
    if head not in lex.social_unit_heads or head in not_heads:
        return False
    qualified = _subject_qualifiers_before().search(text, max(0, start - 12), start)
    begin = qualified.start() if qualified else start  # 各类学校应当, 全市各学校应当: the words qualify the head
    opened = begin == 0 or opener.search(text, max(0, begin - 4), begin) is not None
    if duty.match(text, end) is None:
        return False
    return opened or _listed_after_body(text, begin)


_CLAUSE_MARKS = re.compile(r"[，,。；;：:\n]")


def _listed_after_body(text: str, begin: int) -> bool:
    """教育行政部门、学校应当…, 各级人民政府及其有关部门、新闻媒体、学校应当…: after a 、 that closes a body's
    name the bare head is the last item of a joint subject, as after 和 (corpus ~25 lines of
    X部门、学校应当; 家庭、学校 or 幼儿园、学校, with no organ before the 、, stay as they were)."""
    if begin < 2 or text[begin - 1] != "、":
        return False
    window = max(0, begin - 1 - _LISTED_BODY_WINDOW)
    marks = list(_CLAUSE_MARKS.finditer(text, window, begin - 1))
    clause = text[marks[-1].end() if marks else window : begin - 1]
    return any(mention.end == len(clause) for mention in find_mentions(clause, None))


_LISTED_BODY_WINDOW = 24


@cache
def _subject_qualifiers_before() -> re.Pattern[str]:
    """The stacked subject qualifiers (全市各类) that end where a subject unit's head starts."""
    words = sorted(lexicon_data("organs.yaml").get("subject_qualifiers", ()), key=len, reverse=True)
    return re.compile(rf"(?:{alternation(words)})+$")


@cache
def _time_opener() -> re.Pattern[str]:
    rule = lexicon_data("organs.yaml")["stem_time_opener"]
    return re.compile(rf"{rule['opener']}(?!{alternation(rule['kept'])})")


def _member_stem_stopped(stem: str, head: str, members: _Members) -> bool:
    """A stop verb inside a member's stem ends its name, except one right before a task-named head:
    保护责任人 is the person answering for the protection (红色资源保护责任人), no act done to a 责任人."""
    return any(
        not (head in members.task_heads and verb.end() == len(stem)) for verb in members.stem_stop.finditer(stem)
    )


def _holds_together(match: re.Match[str], text: str, lex: OrganLexicon) -> bool:
    stem, head = match.group("stem"), match.group("head")
    if stem[:1] and stem[0] in lex.stem_no_start:
        return False
    if _time_opener().match(stem):
        return False  # 当事故调查组…时: 当 opens a time clause, the name starts after it
    if stem.endswith("本"):
        return False  # 遵守本单位: 本X is the speaker's own X, no name
    members = _members()
    if head in members.heads or (head in lex.social_unit_heads and head != "单位"):
        if stem and (_member_stem_stopped(stem, head, members) or stem[0] in members.stem_no_start):
            return False  # 提高从业人员, 组建行业协会: an act done to the member, not its name
        if members.count_after.match(text, match.end()):
            return False  # 从业人员超过一百人的: a head count
        if _filled_post().search(text, max(0, match.start("head") - 2), match.start("head")):
            return False  # 由县长任组长: the post a person fills, no organ
    opening = match.start("stem")
    if opening and text[opening - 1 : opening + 1] in organ_words("stem_no_open_inside"):
        return False  # 以下教育机构: 下 is the end of 以下, no stem opens there
    if stem.startswith(organ_words("stem_no_open_words")):
        return False  # 提高医疗卫生机构的能力: an act done to the body, not its name
    act = _stem_no_open_finder().search(stem)
    if act is not None and act.end() < len(stem):
        # 产生业主委员会, 列席常务委员会: the name opens after the act (产生单位 is a name); inside the stem too
        # (镇长列席本级人民代表大会: the person before the act is its subject, no part of the name)
        return False
    if _relative_inside(stem):
        return False  # 相应河湖下一级河长: the name opens at the relative word, not at the object before it
    if _first_stop_word(stem, head, lex) is not None or _joint_at(stem, lex) is not None:
        return False  # a verb inside (负责), or 盟行政公署和旗人民政府: two bodies
    if "和" in stem and _body_joined_at(stem, stem + head) is not None:
        return False  # 居民委员会和企业事业单位, 国务院有关部门和军队有关部门: two bodies
    if "和" in stem and _listed_place_joined(stem, text, match.start("stem")):
        return False  # 甲区、乙区和有关镇人民政府: the list's last place, joined to a second body
    surface = match.group(0)
    if any(found.start() == 0 or found.end() == len(surface) for found in _not_organ_finder().finditer(surface)):
        return False  # 贫困村…, …内部: an object; inside a name (主体内部监督机构) the word is part of it
    anyone = not stem or stem in members.public_stems  # 所有单位和个人 as 单位和个人
    anyone = anyone or stem.endswith(members.public_act_stems)  # 取水单位或者个人: whoever takes water
    if anyone and head in lex.social_unit_heads and members.public_after.match(text, match.end()):
        return False  # 有关单位或者个人: anyone, the general public (水工程管理单位或者个人 is a category)
    glued = _glued_verb().match(text, match.end() - 1)
    if glued is not None and head[:-1] in lex.heads:
        return False  # 市发展改革委会同Y: the verb 会同 opens on the head's last character, the head is 委
    follower = text[match.end() : match.end() + 1]
    if follower and _glued_verb().match(text, match.end()):
        return True  # 委 + 会同: the verb, not the 会 of a longer name (委会, 委员会)
    if follower and follower in lex.head_not_followed.get(head, ""):
        despite = _head_followed_despite().get(head)
        return despite is not None and despite.match(text, match.end()) is not None
    return True


@cache
def _head_followed_despite() -> dict[str, re.Pattern[str]]:
    """行政首长负责 (not 负责制): a follower head_not_followed lists that a longer word lets end the head."""
    return {head: re.compile(p) for head, p in lexicon_data("organs.yaml").get("head_followed_despite", {}).items()}


def _listed_place_joined(stem: str, text: str, opening: int) -> bool:
    """甲区、乙区和有关镇人民政府: a stem opening with the last named place of a 、 list, 和 after it,
    holds two bodies (_places_joined_before reads the places); a single place before 和 (温州市和有关
    县级人民政府有关部门) is left to the joint readings downstream."""
    place = stem[: stem.find("和")]
    return text.endswith("、", 0, opening) and _named_local_place(place, None) is not None


@cache
def _glued_verb() -> re.Pattern[str]:
    """The verbs whose first character also ends a head (会同 after 委, 同意 is no such verb)."""
    return re.compile(lexicon_data("organs.yaml").get("head_glued_verb", "(?!)"))


def _relative_inside(stem: str) -> bool:
    """上一级/下一级 inside a stem, after other characters: the name opens there (see
    _relative_opening_finder, which makes it an opening)."""
    found = _relative_opening_finder().search(stem, 1)
    return found is not None


@cache
def _paired_weak_heads() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per weak head of paired_weak_heads: what ends right before it (a partner and a joiner, or an
    opener) and what starts right after it (a joiner and a partner)."""
    rules = lexicon_data("organs.yaml").get("paired_weak_heads", {})
    out: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for head, rule in rules.items():
        partners, joiners = alternation(rule["partners"]), alternation(rule["joiners"])
        openers = alternation(rule.get("openers", ())) if rule.get("openers") else "(?!)"
        before = re.compile(rf"(?:(?:{partners})(?:{joiners})|{openers})$")
        after = re.compile(rf"(?:{joiners})(?:同级|各级)?(?:{partners})")
        out[head] = (before, after)
    return out


def _paired_weak_head(head: str, text: str, start: int, end: int) -> bool:
    """纪检监察机关、组织部门 / 组织部门和纪检监察机关 / 会同组织部门: a bare weak head beside its usual partner
    (paired_weak_heads) names a body."""
    rule = _paired_weak_heads().get(head)
    if rule is None:
        return False
    before, after = rule
    return before.search(text, max(0, start - 12), start) is not None or after.match(text, end) is not None


def _mention_of(match: re.Match[str], text: str, i: int, lex: OrganLexicon, doc_level: str | None) -> Mention | None:
    mention = _read_mention(match, text, i, lex, doc_level)
    if mention is not None and text[i - 1 : i] == "、" and _bare_prefixed_head(match, lex):
        mention.unprefixed = True  # kept only where a listed level word carries over (_listed_level_departments)
    return mention


def _bare_prefixed_head(match: re.Match[str], lex: OrganLexicon) -> bool:
    """厅/局 printed with neither a level word nor another prefix (民政厅)."""
    head_entry, _ = _split_head(match.group("stem") + match.group("head"), lex)
    has_prefix = bool(match.group("lvl") or match.group("coll") or match.group("rel") or match.group("qual"))
    return head_entry is not None and head_entry.head in _members().prefixed_heads and not has_prefix


def _read_mention(match: re.Match[str], text: str, i: int, lex: OrganLexicon, doc_level: str | None) -> Mention | None:
    surface = match.group(0)
    stem = match.group("stem")
    core = stem + match.group("head")
    level_word = match.group("lvl")
    level = _level_of_word(level_word, lex)
    head_entry, stem = _split_head(core, lex)
    if head_entry is None or (stem[-1:] and stem[-1] in lex.stem_no_start):
        return None  # 部门和单位: two bare heads, not one body
    if stem.count("（") > stem.count("）"):
        return None  # 区委政法委（区网格化管理中心）: the bracket opens another body's name, no part of this one
    has_prefix = bool(level_word or match.group("coll") or match.group("rel") or match.group("qual"))
    area = match.group("area") or match.group("set_area") or ""
    if area and not (level_word or match.group("coll")):
        return None  # 沿线各类设施: the area word qualifies no level phrase here
    if not (stem or has_prefix) and _subject_unit(head_entry.head, text, i, match.end(), lex):
        return Mention(i, match.end(), surface, "social", "enterprise_society", "dept", head=head_entry.head)
    if head_entry.head in lex.weak_heads and not (
        has_prefix
        or (len(stem) >= 2 and not stem.startswith(organ_words("weak_stem_no_open_words")))
        or (not stem and _paired_weak_head(head_entry.head, text, i, match.end()))
    ):
        return None  # a weak head needs a prefix or a stem of its own (召开联席会议: a meeting)
    unprefixed = head_entry.head in _members().prefixed_heads and not has_prefix
    if unprefixed and text[i - 1 : i] != "、" and not text.endswith(_members().prefixing_names, 0, i):
        return None  # 歌舞厅, 活动举办: a place or an event, no body
    if not has_prefix and _place_word_before_level(stem, lex):
        return None  # 当地乡镇人民政府: the place word qualifies the level's body, read from the level word on
    if not has_prefix and head_entry.cls in _BODY_CLASSES and stem:
        placed = _named_place(stem)
        if placed is not None:
            # 锡林郭勒盟行政公署, 某某旗人民政府: a place named with its level suffix; the body of that
            # one place, an organ of its own at the suffix's level
            return Mention(
                i,
                match.end(),
                surface,
                placed,
                head_entry.kind,
                "name",
                stem=stem,
                head=head_entry.head,
                fixed_name=surface,
            )
    listed_level = (
        _level_opened_listed_place(match, stem, text, i, doc_level) if head_entry.cls in _BODY_CLASSES else None
    )
    if listed_level is not None:
        # 甲州市、市中区人民政府: after a named place of a 、 list, 市中区 is the next place, not 市 + 中区
        stem, has_prefix, level_word = level_word + stem, False, None
    local_level = (
        None if has_prefix or not _one_char_place_opens(stem, text, i) else _named_local_place(stem, doc_level)
    )
    local_level = listed_level or local_level
    if local_level is not None and head_entry.cls in _BODY_CLASSES:
        # 泰安市人民政府 in a provincial law: that one city's government, at the suffix's level, keyed by
        # its place apart from the generic 市人民政府 (resolve._placed_level)
        # the stem stays printed: a relation verb read into it (督导市人民政府) is split off downstream
        mention = Mention(
            i, match.end(), surface, local_level, head_entry.kind, head_entry.cls, stem=stem, head=head_entry.head
        )
        mention.named_place = _own_place(local_level, doc_level, stem)
        return mention
    place, place_start = _place_before(text, i)
    if not has_prefix and not stem and head_entry.cls in ("pg", "gov", "party"):
        if not place:
            return None  # a bare 政府/党委 with nothing naming whose
        # 所在地人民政府, 受灾地区人民政府: the governments of the place in question, named from the place
        # phrase on (事故发生地人民政府)
        place_start = _place_phrase_start(text, place_start, lex)
        return Mention(
            place_start,
            match.end(),
            text[place_start : match.end()],
            None,
            head_entry.kind,
            head_entry.cls,
            head=head_entry.head,
            place=place,
        )
    if not place and not has_prefix and stem in _place_words():
        place = stem  # 当地人民政府: the place word is the whole stem
    # 省直定点帮扶单位 is a 定点帮扶单位
    for entry in _plain_names_by_last().get(core[-1:], ()) if head_entry.cls == "dept" else ():
        if core.endswith(entry.name):
            named_level = doc_level if entry.level == "document" else entry.level
            start = _name_opening(entry, has_prefix, i, match.end())
            return _prefixed_name(
                Mention(start, match.end(), text[start : match.end()], named_level, entry.kind, "name"),
                entry,
                match,
                level,
            )
    # 社区文化活动中心, 村林场: a village place word names the area a social unit serves, no state body's level
    served = level == "village" and not (match.group("coll") or match.group("rel") or match.group("qual"))
    if head_entry.head in lex.social_unit_heads and (not has_prefix or served) and "成员" not in stem:
        return Mention(i, match.end(), surface, "social", "enterprise_society", "dept", stem=stem, head=head_entry.head)
    mention = Mention(
        i,
        match.end(),
        surface,
        level,
        head_entry.kind,
        head_entry.cls,
        stem=stem,
        head=head_entry.head,
        collective=match.group("coll"),
        relative=lex.relative.get(match.group("rel") or ""),
        role=head_entry.role,
        level_word=level_word or "",
        place=place if not has_prefix else "",
        area=area,
    )
    if place and place_start < i and not text.endswith("的", 0, i):
        # 受灾地区县级人民政府X: the place of an event qualifies the body, which keeps its own level and
        # name; after 发生地的 (and after 所在地, which refers back) the body opens its own name
        start = _place_phrase_start(text, place_start, lex)
        listed = _listed_place_opening(text, start, place_start, lex)
        if listed is not None or _phrase_place(place, has_prefix, text, start, place_start):
            start = start if listed is None else listed
            mention.start, mention.surface, mention.display = start, text[start : match.end()], surface
    if head_entry.head in _members().heads and not has_prefix:
        return _member(mention, stem + head_entry.head)
    if head_entry.head in _body_members():
        # 村民委员会成员, 县考核组成员: the level word opens the body's own name; the post is that body's
        # member (one organ per body), not a role of the level's bare body
        return _member(mention, mention.surface)
    if head_entry.cls in ("role", "dept") and stem:
        opening = "" if has_prefix else _local_place_opening(stem, doc_level, lex)
        opening = opening if _one_char_place_opens(opening, text, i) else ""
        if opening:  # 泰安市人民政府生态环境主管部门: the department of that one place's body
            stem, mention.stem = stem[len(opening) :], stem[len(opening) :]
            level = mention.level = _named_local_place(opening, doc_level)
            mention.named_place = _own_place(level, doc_level, opening)
        body_head, body_stem = _leading_body(stem, lex)
        if body_head is not None:
            body_end = match.start("stem") + len(opening + body_stem + body_head.head)
            mention.body = Mention(
                i,
                body_end,
                text[i:body_end],
                level,
                body_head.kind,
                body_head.cls,
                head=body_head.head,
                collective=mention.collective,
                area=area,
                named_place=mention.named_place,
            )
            mention.stem = stem[len(body_stem + body_head.head) :]
            if not has_prefix and place in _event_place_words():
                _placed_body(mention, text)
        elif head_entry.cls == "role" and level_word:
            mention.body = Mention(i, i, level_word, level, "party_and_government", "pg", bare=True)
        elif head_entry.cls == "role" and not has_prefix and not mention.member:
            _department_before_role(mention, stem, text, lex)
    elif head_entry.cls == "role" and level_word:
        mention.body = Mention(i, i, level_word, level, "party_and_government", "pg", bare=True)
    if head_entry.role in _party_roles() and not _party_body_role(mention):
        return None
    return mention


def _placed_body(mention: Mention, text: str) -> None:
    """事故发生地党委和政府主要负责人: a body of no level named only by the place of an event is that
    place's body (as 事故发生地人民政府 alone is), not the document's own; the role keeps the place in
    its name, and 上级X seen from it is no body reached by level arithmetic."""
    body = mention.body
    if body is None or body.level is not None or mention.start >= body.start:
        return
    body.start, body.surface, body.place = mention.start, text[mention.start : body.end], mention.place
    mention.display = ""


@cache
def _party_roles() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("party_roles", ()))


def _party_body_role(mention: Mention) -> bool:
    """县委书记 / 村党组织书记: a party role stands only right after its party body's name (not
    五级书记, not 驻村第一书记, which the fixed names read)."""
    body = mention.body
    return body is not None and not body.bare and body.cls in ("party", "pg") and not mention.stem


def _name_opening(entry: Name, has_prefix: bool, start: int, end: int) -> int:
    """日海关总署, 参照最高人民法院: words before a central body's own name with no level word, collective or
    qualifier are the clause's (a date, a verb), never part of the name; one central body stays one."""
    return end - len(entry.name) if entry.level == "central" and not has_prefix else start


def _prefixed_name(mention: Mention, entry: Name, match: re.Match[str], level: str | None) -> Mention:
    """省直定点帮扶单位 (the document's own level) is the plain name; 各级定点帮扶单位 (a collective, genre
    rule 3) and 中央定点帮扶单位 (another level) are organs of their own, named as printed."""
    mention.fixed_name = entry.name
    if match.group("coll") == "各级":
        mention.fixed_name, mention.collective = mention.surface, "各级"
    elif level is not None and entry.level == "document" and level != mention.level:
        mention.fixed_name, mention.level = mention.surface, level
    return mention


@cache
def _place_suffixes(table: str = "place_suffixes") -> tuple[tuple[str, str], ...]:
    suffixes = lexicon_data("organs.yaml").get(table, {})
    return tuple(sorted(((w, lvl) for lvl, words in suffixes.items() for w in words), key=lambda p: -len(p[0])))


def _named_place(stem: str, table: str = "place_suffixes") -> str | None:
    """The level of a stem that is a place name ending with a level suffix of organs.yaml ``table`` (two
    characters of name at least: 城市, 农村 are no places)."""
    for suffix, level in _place_suffixes(table):
        if stem.endswith(suffix) and len(stem) >= len(suffix) + 2:
            return level
    return None


@cache
def _local_place_rule() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    data = lexicon_data("organs.yaml")
    suffixes = data.get("local_place_suffixes", {})
    pairs = tuple((w, lvl) for lvl, words in suffixes.items() for w in words)
    return pairs, tuple(data.get("local_place_not_in", ()))


_LOCAL_PLACE_NAME = (2, 3)  # 泰安, 石家庄: a proper name's length; longer stems are phrases
_PLACE_NAME_CHARS = re.compile(r"[\u4e00-\u9fff]+")


def _one_char_place(stem: str) -> bool:
    """滑县, 歙县: a one-character proper name before 县/市 (organs.yaml one_char_place_suffixes), never a
    character of a common word before the suffix (本县, 全市, 城市, 市县: one_char_place_not)."""
    return (
        len(stem) == 2
        and stem.endswith(organ_words("one_char_place_suffixes"))
        and stem[0] not in organ_words("one_char_place_not")
    )


def _one_char_place_opens(stem: str, text: str, i: int) -> bool:
    """岱县 of 由岱县人民政府 / ，岱县人民政府: a one-character place opens a clause, an item or a preposition's
    object (organs.yaml one_char_place_after); after any other character it is the tail of a word (商丘市:
    丘市, 持市人民政府…批准文件: 持 a verb), no place of its own. True for a stem that is no one-character place."""
    if not _one_char_place(stem[:2]) or _named_local_place(stem[:2], None) is None:
        return True
    before = text[i - 1 : i]
    return not _PLACE_NAME_CHARS.fullmatch(before) or before in organ_words("one_char_place_after")


def _ends_listed_place(text: str, i: int, end: int, doc_level: str | None) -> bool:
    """The level word at ``i`` closes a named place printed before it (甲州市 of 甲州市、市中区) and a place
    list goes on after it (_level_opened_listed_place reads the next item)."""
    if not "\u4e00" <= text[i - 1 : i] <= "\u9fff" or not text.startswith("、", end):
        return False
    place = _listed_place(text, end, doc_level)
    return len(place) > end - i and _level_opened_listed_place_at(text, end + 1, doc_level) is not None


def _level_opened_listed_place(match: re.Match[str], stem: str, text: str, i: int, doc_level: str | None) -> str | None:
    """市中区 of 甲州市、市中区人民政府: a proper name may open with a level word (市中区, 县前镇); right after
    a named place and 、 the level word and a one-character stem before a place suffix are the list's next
    place (the places a list names share their shape), not a level word and a stem. Its level, or None."""
    if match.group("coll") or match.group("rel") or match.group("qual") or match.group("area") or match.start() != i:
        return None
    if text[i - 1 : i] != "、" or not _listed_place(text, i - 1, doc_level):
        return None
    return _level_opened_place(match.group("lvl") or "", stem, doc_level)


def _level_opened_listed_place_at(text: str, start: int, doc_level: str | None) -> str | None:
    """The level of a level-opened place name (市中区) printed at ``start``, or None."""
    return _level_opened_place(text[start : start + 1], text[start + 1 : start + 3], doc_level)


def _level_opened_place(level_word: str, stem: str, doc_level: str | None) -> str | None:
    """The level of the place named by a one-character level word, one character and a place suffix."""
    if len(level_word) != 1 or level_word not in organ_lexicon().level_of:
        return None
    suffixes, not_in = _local_place_rule()
    level = next((lvl for w, lvl in suffixes if stem.endswith(w)), None)
    middle = stem[:-1]
    if level is None or len(middle) != 1 or middle in not_in or _PLACE_NAME_CHARS.fullmatch(middle) is None:
        return None
    if doc_level in LEVELS and LEVELS.index(level) < LEVELS.index(doc_level):
        return None
    return level


def _named_local_place(stem: str, doc_level: str | None) -> str | None:
    """泰安市 / 东平县 of 泰安市人民政府 in a provincial law: the level of a proper place named with the
    common suffix 市/县/区/乡/镇, below the document's own level (at that level the name is the
    document's own place, its plain body); None for a phrase (城市, 调查区, 下年度市)."""
    suffixes, not_in = _local_place_rule()
    level = next((lvl for w, lvl in suffixes if stem.endswith(w)), None)
    name = stem[:-1]
    sized = _LOCAL_PLACE_NAME[0] <= len(name) <= _LOCAL_PLACE_NAME[1] or _one_char_place(stem)
    if level is None or not sized:
        return None
    if doc_level in LEVELS and LEVELS.index(level) < LEVELS.index(doc_level):
        return None  # 北京市海淀区 reads as a county here; a 市 in a provincial law of a 直辖市 is the law's own
    if any(word in name for word in not_in) or organ_lexicon().stem_stop.search(name):
        return None  # 调查区, 指导县: a phrase or a verb before a generic body, no place
    if _PLACE_NAME_CHARS.fullmatch(name) is None:
        return None  # 个人,市: a proper name is Chinese characters only, it never spans a mark
    return level


def _named_place_lists(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """鹿城区、龙湾区、瑞安市人民政府: named places listed before one body head share it, as a level
    list does (市、县人民政府); each place's body is an organ of its own, keyed by its place."""
    result: list[Mention] = []
    for mention in mentions:
        if mention.named_place and mention.cls in _BODY_CLASSES and mention.surface.startswith(mention.stem):
            result += _places_listed_before(mention, text, doc_level)
        elif _placed_department(mention):
            result += _departments_listed_before(mention, text, doc_level)
        elif _named_province(mention):
            result += _provinces_listed_before(mention, text)
        result.append(mention)
    return result


_PLACE_PAIR_JOINERS = ("和", "及")


def _joined_named_places(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """甲市和乙县人民政府: two named places joined by 和/及 before one body head were read as one stem; they
    share the head as a 、 list of named places does (_places_listed_before), so each place's body is an
    organ of its own (genre rule 2: joint subjects are split), keyed by its place."""
    result: list[Mention] = []
    for mention in mentions:
        result += _place_pair_halves(mention, text, doc_level) or [mention]
    return result


def _place_pair_halves(mention: Mention, text: str, doc_level: str | None) -> list[Mention]:
    """The two bodies of ``mention`` when its whole stem is two named places and a joiner, else none."""
    if mention.cls not in _BODY_CLASSES or mention.level_word or not mention.stem:
        return []
    if not mention.surface.startswith(mention.stem):
        return []
    head = mention.surface[len(mention.stem) :]
    for joiner in _PLACE_PAIR_JOINERS:
        first, found, last = mention.stem.partition(joiner)
        levels = [_named_local_place(place, doc_level) for place in (first, last)]
        if not found or None in levels:
            continue
        halves = [copy.deepcopy(mention), copy.deepcopy(mention)]
        starts = (mention.start, mention.start + len(first) + len(joiner))
        for half, place, level, start in zip(halves, (first, last), levels, starts, strict=True):
            half.start, half.stem, half.level = start, place, level
            half.named_place, half.display = _own_place(level, doc_level, place), place + head
        halves[0].end, halves[0].surface = starts[0] + len(first), first
        halves[1].surface = text[starts[1] : mention.end]
        return halves
    return []


@dataclass(frozen=True)
class _PartnerPlaces:
    place: re.Pattern[str]  # a set of places (相关省市) or a named one (浙江省, 北京市结对区)
    levels: dict[str, str]  # the set's level word → level
    paired_levels: dict[str, str]  # the first level word after 结对 → level
    joiners: tuple[str, ...]
    closing: re.Pattern[str]
    reach: int
    acts: re.Pattern[str]  # 配合: an assisting act whose object list needs no cooperation word after it
    cues: re.Pattern[str]  # 与, 会同: the words opening a partner list


@cache
def _partner_place_finder() -> _PartnerPlaces:
    data = lexicon_data("organs.yaml")["partner_places"]
    provinces = alternation(list(organ_lexicon().provinces))
    named = rf"(?P<named>(?:{provinces})(?:省|市|[\u4e00-\u9fff]{{0,3}}?自治区))(?P<paired>{data['paired']})?"
    levels = alternation(list(data["levels"]))
    sets = rf"{data['regions']}(?:{alternation(data['openers'])})(?P<level>{levels}){data['level_tail']}"
    # 推动与济宁市的上下游协作, 与淄博市以及江苏省徐州市…的协作: another named city (its province may open it)
    city = rf"(?:(?:{provinces})省)?(?P<city>[\u4e00-\u9fff]{{2,3}}市)"
    return _PartnerPlaces(
        re.compile(rf"(?:{named}|{sets}|{city}){data['follows']}"),
        dict(data["levels"]),
        dict(data["paired_levels"]),
        tuple(data["joiners"]),
        re.compile(alternation(data["closings"])),
        int(data["reach"]),
        re.compile(alternation(data["acts"])),
        re.compile(alternation(data["cues"])),
    )


def _partner_places(mentions: list[Mention], text: str) -> list[Mention]:
    """加强与相关省市的协作, 深化与浙江省的东西部协作: the places listed right after a partner 与 (with
    organs between them) stand for their governments when a cooperation word follows in the sentence;
    the other party of the 协作 (ASSISTS) is otherwise no organ at all."""
    finder = _partner_place_finder()
    starts = {m.start: m for m in mentions}
    found: list[Mention] = []
    for partner in finder.cues.finditer(text):
        places, cursor = _partner_list(text, partner.end(), starts, finder)
        stop = _sentence_stop(text, cursor)
        if places and finder.closing.search(text, cursor, min(stop, cursor + finder.reach)):
            found += places
    for act in finder.acts.finditer(text):  # 配合对口支援省市: the act itself is the cooperation
        found += _partner_list(text, act.end(), starts, finder)[0]
    if not found:
        return mentions
    # a level word inside the place (自治区 of 有关省、自治区、直辖市) is part of it; a place cutting an organ is none
    inside = [m for m in mentions if any(p.start <= m.start and m.end <= p.end for p in found)]
    kept = [m for m in mentions if m not in inside]
    found = [p for p in found if not any(m.start < p.end and p.start < m.end for m in kept)]
    return sorted(kept + found, key=lambda m: m.start) if found else mentions


def _partner_list(
    text: str, cursor: int, starts: dict[int, Mention], finder: _PartnerPlaces
) -> tuple[list[Mention], int]:
    """The places of the list opening at ``cursor`` (organs may stand between them), and its end."""
    places: list[Mention] = []
    shared = _SHARED_HEAD_GAP.match(text, cursor)  # 与黄河、辽河流域管理机构和相邻省区: items before a shared head
    if shared and shared.end() in starts and not finder.place.match(text, cursor):
        cursor = shared.end()
    while True:
        if cursor in starts:
            cursor = starts[cursor].end
        elif (found := finder.place.match(text, cursor)) and _partner_city(found):
            places.append(_partner_place(found, finder))
            cursor = found.end()
        else:
            return places, cursor
        joiner = next((j for j in finder.joiners if text.startswith(j, cursor)), "")
        if not joiner:
            return places, cursor
        cursor += len(joiner)


def _partner_place(found: re.Match[str], finder: _PartnerPlaces) -> Mention:
    """A partner place: its own organ, keyed by its printed name (a 直辖市's 结对区 are counties)."""
    if found.group("city"):
        name = found.group("city") + "人民政府"  # the city stands for its government (genre rule 2)
        return Mention(
            found.start(), found.end(), found.group(0), "municipal", "government", "name", fixed_name=name, display=name
        )
    if found.group("paired"):
        level = finder.paired_levels[found.group("paired")[2]]
    elif found.group("named"):
        level = "provincial"
    else:
        level = finder.levels[found.group("level")]
    surface = found.group(0)
    return Mention(found.start(), found.end(), surface, level, "government", "name", fixed_name=surface)


def _partner_city(found: re.Match[str]) -> bool:
    """A partner city is a proper one (济宁市), not a phrase ending in 市 (相关城市, 相邻市: sets, read apart)."""
    city = found.group("city")
    openers = tuple(lexicon_data("organs.yaml")["partner_places"]["openers"])
    return not city or (_named_local_place(city, None) == "municipal" and not city.startswith(openers))


_SHARED_HEAD_GAP = re.compile(r"(?:[\u4e00-\u9fff]{1,4}、){1,3}")


def _sentence_stop(text: str, at: int) -> int:
    ends = [i for i in (text.find(mark, at) for mark in "。；;\n") if i >= 0]
    return min(ends, default=len(text))


_PROVINCE_LIST_MARKS = "、和"  # 四川省、湖北省和重庆市、上海市人民政府: a list of places, one head
_PROVINCE_REACH = 10  # 新疆维吾尔自治区: the longest province name


@cache
def _province_name() -> re.Pattern[str]:
    """四川省, 重庆市, 宁夏回族自治区: a province-level place printed in full, ending the searched span; or
    by its short name, as a province's branch of a central body is named (河南、山东黄河河务局: one each)."""
    provinces = alternation(list(organ_lexicon().provinces))
    return re.compile(rf"(?:{provinces})(?:省|市|[\u4e00-\u9fff]{{0,3}}?自治区)?$")


def _named_province(mention: Mention) -> bool:
    """湖北省人民政府, 上海市人民政府水行政主管部门: a body of a province named by its place."""
    word = mention.level_word
    return (
        mention.cls in (*_BODY_CLASSES, "dept")
        and word not in organ_lexicon().level_of
        and mention.surface.startswith(word)
        and _province_name().search(word) is not None
    )


def _provinces_listed_before(mention: Mention, text: str) -> list[Mention]:
    """四川省、湖北省和上海市人民政府水行政主管部门 (river laws name the provinces a basin crosses): the
    provinces printed before a province's body share its name; one body per province, as 、 lists of
    named cities do (_places_listed_before)."""
    head = mention.surface[len(mention.level_word) :]
    listed: list[Mention] = []
    end = mention.start - 1
    while end > 0 and text[end] in _PROVINCE_LIST_MARKS:
        place = _province_name().search(text, max(0, end - _PROVINCE_REACH), end)
        if place is None:
            break
        item = copy.deepcopy(mention)
        item.start, item.end, item.surface, item.level_word = place.start(), end, place.group(), place.group()
        item.display = place.group() + head
        listed.insert(0, item)
        end = place.start() - 1
    for item in [*listed, mention] if listed else []:
        _name_province(item)
    return listed


def _name_province(mention: Mention) -> None:
    """Each listed province's body is an organ of its own, keyed by the province: the list names several
    provinces, so the document's level cannot be each one's. The government printed once before a
    department head owns none of the listed departments alone (gw-cjcs keeps the departments only)."""
    mention.named_place = mention.level_word
    mention.body = None


def _placed_department(mention: Mention) -> bool:
    """西湖区人民政府水行政主管部门 / 滑县人民政府有关部门: a department printed with its named place's
    government, the place opening the mention."""
    body = mention.body
    return (
        mention.cls == "dept"
        and body is not None
        and body.cls == "gov"
        and bool(body.named_place)
        and body.start == mention.start
        and mention.surface.startswith(body.named_place)
    )


def _departments_listed_before(mention: Mention, text: str, doc_level: str | None) -> list[Mention]:
    """东川区、西湖区人民政府水行政主管部门 / 岱县、滑县人民政府有关部门: the named places listed before a
    placed department share its government and its department, as a list of places shares one body
    (_places_listed_before); each place's department an organ of its own, under its own government."""
    body = mention.body
    assert body is not None
    place_head = body.surface[len(body.named_place) :]
    dept_tail = mention.surface[len(body.named_place) :]
    listed: list[Mention] = []
    end = mention.start - 1
    while end > 0 and text[end] == "、":
        place = _listed_place(text, end, doc_level)
        level = _named_local_place(place, doc_level) if place else None
        if not place or level is None:
            break  # 市、甲区人民政府X部门: a level word before the places is read apart
        item, item_body = copy.deepcopy(mention), copy.deepcopy(body)
        item_body.start, item_body.end, item_body.stem = end - len(place), end, place
        item_body.surface = item_body.display = place + place_head  # printed once, after the last place
        item_body.named_place = _own_place(level, doc_level, place)
        item_body.level = item.level = level
        item.start, item.end, item.surface, item.body = end - len(place), end, place, item_body
        item.display, item.named_place = place + dept_tail, item_body.named_place
        listed.insert(0, item)
        end = item.start - 1
    return listed


def _places_listed_before(mention: Mention, text: str, doc_level: str | None) -> list[Mention]:
    """The named places printed right before ``mention`` and joined to it by 、, first to last."""
    head = mention.surface[len(mention.stem) :]
    listed: list[Mention] = []
    end = mention.start - 1
    while end > 0 and text[end] == "、":
        place = _listed_place(text, end, doc_level)
        if not place:
            break
        level = _named_local_place(place, doc_level)
        item = copy.deepcopy(mention)
        item.start, item.end, item.surface, item.stem, item.level = end - len(place), end, place, place, level
        item.display, item.named_place = place + head, _own_place(level, doc_level, place)
        listed.insert(0, item)
        end = item.start - 1
    return listed


def _named_place_joined_bodies(mentions: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """甲市及流域有关县级人民政府[生态环境、水行政主管部门] / 市、县(市)、甲区、乡(镇)人民政府: named places
    joined by 及/和 (or 、) to a government printed without a named place share that government's head,
    and its departments, as a named place list does (_named_place_lists); each place's body an organ of
    its own, keyed by its place."""
    result: list[Mention] = []
    for mention in mentions:
        body = mention if mention.cls == "gov" else _department_body(mention) if mention.cls == "dept" else None
        places = _places_joined_before(body, text, doc_level, result) if body is not None else []
        copies = [_joined_place_copy(mention, body, start, place, text, doc_level) for start, place in places if body]
        if copies and mention is not body and copies[0].start < mention.start:
            # the department is printed from the first place on, as a level list's items are
            mention.display = mention.display or mention.surface
            mention.start, mention.surface = copies[0].start, copies[0].surface
        result += [*copies, mention]
    return result


def _department_body(mention: Mention) -> Mention | None:
    """The government a department is printed with: its body, or (流域有关县级人民政府水行政主管部门,
    read as one stem) the government head inside its stem and all before it."""
    if mention.body is not None:
        return mention.body if mention.body.cls == "gov" and mention.body.head else None  # no bare level word
    heads = sorted((h for h in organ_lexicon().heads.values() if h.cls == "gov"), key=lambda h: -len(h.head))
    head = next((h for h in heads if mention.surface.startswith(mention.stem) and h.head in mention.stem), None)
    if head is None or mention.stem.index(head.head) == 0:
        return None
    end = mention.stem.index(head.head) + len(head.head)
    name, stem = mention.stem[:end], mention.stem[: end - len(head.head)]
    return Mention(mention.start, mention.start + end, name, None, head.kind, head.cls, stem=stem, head=head.head)


# 以及 before its 及; 、 only before a body with no named place (_named_place_lists reads those)
_PLACE_BODY_JOINERS = ("以及", "及", "和", "、")


def _places_joined_before(
    body: Mention, text: str, doc_level: str | None, before: list[Mention]
) -> list[tuple[int, str]]:
    """The named places printed right before ``body`` and joined to it (the last by a joiner, those
    before it by 、), first to last, each as (start, name); none read by a mention already."""
    joiner = next((word for word in _PLACE_BODY_JOINERS if text.endswith(word, 0, body.start)), "")
    if not joiner or body.start != body.end - len(body.surface):
        return []
    if body.named_place:
        # 市、甲县人民政府 / 市和甲区、乙县人民政府: a level word before the named places, read once
        words = [(at, word) for at, word in _level_word_before(body, text, doc_level) if not _read(at, before)]
        if words or joiner == "、":
            return words
    places: list[tuple[int, str]] = []
    end = body.start - len(joiner)
    while True:
        place = _listed_place(text, end, doc_level)
        start = end - len(place)
        # a place opens after a mark (甲市 of 地级以上市, 建成区 of 城市建成区 are no places); a mention ending
        # inside it reads it already (one running on past the joiner is an earlier item of this list)
        if not place or (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"):
            return places
        if any(m.start < end and start < m.end <= end + 1 for m in before):
            return places
        places.insert(0, (start, place))
        if not text.endswith("、", 0, start):
            return places
        end = start - 1


def _level_word_before(body: Mention, text: str, doc_level: str | None) -> list[tuple[int, str]]:
    """市、甲县人民政府[林业、水利等行政主管部门] / 市和甲区、乙县人民政府 (a city regulation naming its
    places): a bare level word above the named places, opening after a mark and joined to the first of
    them by 、, 和, 及 or 以及, is the document's own body of that level sharing the head (and the
    departments); (start, level word), or none."""
    opening = _list_opening(body.start, text, doc_level)
    joiner = next((word for word in _PLACE_BODY_JOINERS if text.endswith(word, 0, opening)), "")
    start = opening - len(joiner) - 1
    level = organ_lexicon().level_of.get(text[start : start + 1], "") if joiner and start >= 0 else ""
    if not level or body.level not in LEVELS or LEVELS.index(level) >= LEVELS.index(body.level):
        return []
    # the word opens after a mark or an agent's 由 (由市、甲县人民政府责令…), never inside a word (城市、)
    before = text[start - 1] if start else ""
    opens = not before or not "\u4e00" <= before <= "\u9fff" or before in lexicon_data("triggers.yaml")["agent_after"]
    return [(start, text[start])] if opens else []


def _list_opening(start: int, text: str, doc_level: str | None) -> int:
    """Where the 、 list of named places ending at ``start`` (甲区、乙县人民政府) opens: its first place."""
    while text.endswith("、", 0, start):
        place = _listed_place(text, start - 1, doc_level)
        if not place:
            return start
        start -= len(place) + 1
    return start


def _read(at: int, mentions: list[Mention]) -> bool:
    """The level word at ``at`` is read as a body already (by the list's first place: 市和甲区、乙县)."""
    return any(m.start == at and m.end == at + 1 and m.cls in _BODY_CLASSES for m in mentions)


def _joined_place_copy(
    mention: Mention, body: Mention, start: int, place: str, text: str, doc_level: str | None
) -> Mention:
    """The place's own body (or department) for a mention printed after 甲市及: its name the place, the
    government's head and the department's rest as printed. A bare level word (市 of 市、甲县人民政府)
    is that level's body, named by its level word as a level list's items are."""
    word = place if len(place) == 1 else ""
    level = organ_lexicon().level_of[word] if word else _named_local_place(place, doc_level)
    gov = Mention(start, start + len(place), place, level, body.kind, body.cls, stem="" if word else place)
    gov.head, gov.level_word = body.head, word
    gov.display, gov.named_place = place + body.head, "" if word else _own_place(level, doc_level, place)
    if mention is body:
        return gov
    item = copy.deepcopy(mention)
    name = mention.display or mention.surface
    # the copy spans the place through the department's printed name, as a level list's copies span the
    # list (_distribute_levels): the place alone reads as its government
    item.start, item.end, item.surface, item.level = start, mention.end, text[start : mention.end], level
    item.stem = mention.stem.removeprefix(body.surface)  # the function alone where the stem held the body
    if mention.start > body.start and mention.item:
        # a later item of the function list (水 of 生态环境、水行政主管部门): the copy spans its function
        # word, as a level list's copies do (_distribute_levels), so the mentions keep their order
        item.start, item.end, item.surface = mention.start, mention.start + len(mention.item), mention.item
    item.body = copy.copy(gov)
    item.body.surface, item.body.display = gov.display, ""  # the body as a department's body is printed
    item.display = gov.display + name.removeprefix(body.surface)
    item.named_place, item.area, item.level_word = gov.named_place, "", word
    if mention.level_item and mention.body is body and body.named_place:
        item.level_item = place + mention.level_item.removeprefix(body.named_place)
    return item


@cache
def _zone_list_rule() -> tuple[frozenset[str], str, str]:
    rule = lexicon_data("organs.yaml").get("zone_lists", {})
    stops = lexicon_data("organs.yaml").get("stem_stop_chars", "")
    return frozenset(rule.get("heads", ())), rule.get("suffix", "区"), stops + rule.get("joins", "")


def _zone_lists(mentions: list[Mention], text: str) -> list[Mention]:
    """高新区、经济开发区和保税区等管委会: zones listed before one committee head share it, each zone's
    committee an organ of its own (as a level list shares its head)."""
    _, suffix, _ = _zone_list_rule()
    result: list[Mention] = []
    for mention in mentions:
        word = _zone_head(mention)
        if word:
            _last_joined_zone(mention, suffix, word)
        if not word or mention.start == 0:
            result.append(mention)
            continue
        before = text[mention.start - 1]
        zone = (mention.stem + mention.head).removesuffix(word)
        named = zone.endswith(suffix) and mention.surface.startswith(mention.stem) and before in "、和"
        open_list = not zone and before == "等"  # 甲区、乙区等管委会: the head printed alone
        zones = _zones_before(text, mention.start - 1) if named or open_list else []
        if len(zones) + named < 2:
            result.append(mention)
            continue
        stem_tail = mention.stem[len(zone) :]  # 管理 of 管理机构 (head 机构), none for 管委会
        for start, listed in zones:
            item = copy.deepcopy(mention)
            item.start, item.end, item.surface, item.stem = start, start + len(listed), listed, listed + stem_tail
            item.display = listed + word
            result.append(item)
        if named:
            result.append(mention)
    return result


def _bracketed_zones(mentions: list[Mention], text: str) -> None:
    """开发区(园区)管理机构, 开发区(工业园区、产业园区)管委会: the zone printed with its alternatives in a
    bracket opens the committee's name (the bracket stops a stem, leaving a bare 管理机构 that names no
    body; corpus ~20 prints, as the zone kinds of a regulation's scope)."""
    _, suffix, _ = _zone_list_rule()
    for mention in mentions:
        word = _zone_head(mention)
        if not word or mention.stem + mention.head != word or not text.endswith(")", 0, mention.start):
            continue
        opening = text.rfind("(", 0, mention.start)
        inside = text[opening + 1 : mention.start - 1].split("、")
        zones = _zones_before(text, opening) if opening > 0 else []
        if not zones or not all(len(item) >= 2 and item.endswith(suffix) for item in inside):
            continue
        start = zones[-1][0]
        kinds = _kind_opening_finder().match(text, start - 1)  # 各类开发区(园区): 各类 is no part of the name
        start = kinds.end() if kinds and kinds.end() > start else start
        prefix = text[start : mention.start]
        mention.start, mention.surface, mention.stem = start, prefix + mention.surface, prefix + mention.stem
        if mention.display:
            mention.display = prefix + mention.display


def _zone_bodies(mentions: list[Mention]) -> None:
    """X开发区管委会, Y新区管理委员会: a development zone's committee is a county-level agency of the city
    (zone_bodies), whatever level the text itself stands at; so are the zones a level owns (市属开发区
    管理委员会: 属 makes the level word the owner, not the body's level)."""
    rule = lexicon_data("organs.yaml")["zone_bodies"]
    for mention in mentions:
        owned = mention.stem.startswith("属") and mention.surface.startswith(mention.level_word + "属")
        if (
            mention.cls == "dept"
            and (owned or not mention.level_word)
            and zone_body(mention.stem.removeprefix("属") + mention.head)
        ):
            mention.level, mention.kind = rule["level"], rule["kind"]


def zone_body(name: str) -> bool:
    """A development zone's committee or management body (开发区(园区)管理机构: the zone before its bracket)."""
    heads, _, _ = _zone_list_rule()
    word = next((word for word in heads if name.endswith(word)), "")
    zone = name.removesuffix(word).replace("）", ")").replace("（", "(").removesuffix(")")
    zone = zone.rpartition("(")[0] or zone
    zones = tuple(lexicon_data("organs.yaml")["zone_bodies"]["zones"])
    return bool(word) and len(zone) >= 3 and zone.endswith(zones)


def _zone_head(mention: Mention) -> str:
    """The committee word a body's name ends with (管委会; 管理机构, read as stem 管理 + head 机构), or ''."""
    heads, _, _ = _zone_list_rule()
    name = mention.stem + mention.head
    return next((word for word in heads if name.endswith(word)), "") if mention.cls == "dept" else ""


def _last_joined_zone(mention: Mention, suffix: str, word: str) -> None:
    """乙园区和丙示范区管委会: the mention read both zones joined by 和 as one stem; the last zone alone
    opens it, so the zones before it are read as a list (_zones_before)."""
    joined, _, last = mention.stem.rpartition("和")
    zone = (last + mention.head).removesuffix(word)
    if (
        joined.endswith(suffix)
        and len(zone) >= 3
        and zone.endswith(suffix)
        and mention.surface.startswith(mention.stem)
    ):
        mention.start += len(joined) + 1
        mention.surface, mention.stem = mention.surface[len(joined) + 1 :], last


def _zones_before(text: str, end: int) -> list[tuple[int, str]]:
    """The zones (names ending with 区) listed right before ``end``, joined by 、 or 和."""
    _, suffix, stops = _zone_list_rule()
    level_words = organ_lexicon().level_of
    zones: list[tuple[int, str]] = []
    while True:
        start = end
        while start > 0 and text[start - 1] not in stops and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        zone = text[start:end]
        if len(zone) < 3 or not zone.endswith(suffix) or zone in level_words:
            return zones
        zones.insert(0, (start, zone))
        if start == 0 or text[start - 1] not in "、和":
            return zones
        end = start - 1


def _listed_place(text: str, end: int, doc_level: str | None) -> str:
    """The named place ending right before ``end``: the shortest name whose start is a boundary (a
    punctuation mark, or a function character such as 和, 的); a two-character name if none is."""
    _, not_in = _local_place_rule()
    openers = tuple(word for word in not_in if len(word) == 1)
    sizes = range(_LOCAL_PLACE_NAME[0], _LOCAL_PLACE_NAME[1] + 2)
    places = [text[end - size : end] for size in sizes if end - size >= 0]
    places = [place for place in places if _named_local_place(place, doc_level) is not None]
    # 和嵩县、栾川县人民政府: a one-character place opens the list only after a boundary (never 商丘市's 丘市)
    places = [p for p in places if len(p) > 2 or _one_char_place_opens(p, text, end - len(p))]
    for place in places:
        start = end - len(place)
        if start == 0 or text[start - 1] in openers or not "\u4e00" <= text[start - 1] <= "\u9fff":
            return place
    return places[0] if places else ""


def _own_place(level: str | None, doc_level: str | None, stem: str) -> str:
    """The named place a body is keyed by: none at the document's own level (郑州市人民政府 in a
    郑州市 law is its 市人民政府), the place itself below it."""
    return "" if level == doc_level else stem


def foreign_places(
    mentions: list[Mention], text: str, own: str, doc_level: str | None, partners: frozenset[str] = frozenset()
) -> list[Mention]:
    """福建省人民政府 in a 宁夏 law, 与滨州市人民政府建立…协作机制 in a 淄博市 law: a named place at the
    document's own level that is not the document's own place (its title's) is another place's body, an
    organ of its own keyed and named by that place, as a named place below the document's level is
    (_own_place); the own place printed in full (淄博市人民政府) stays the document's own body."""
    if len(own) < 2 or doc_level not in LEVELS:
        return mentions  # 全国 or a bare 省: no place of its own to tell others from
    result: list[Mention] = []
    for mention in mentions:
        partner = False
        for body in (mention, mention.body):
            place = _printed_place(body, text) if body is not None and body.level == doc_level else ""
            if body is not None and place and not own.startswith(place[:2]):
                body.named_place, partner = place, partner or body is mention
        if partner and _PARTNER_LIST.search(text, 0, mention.start):
            result += _listed_partners(mention, text, own, doc_level)
        result.append(mention)
    if doc_level == "municipal":
        _listed_county_cities(result, text, own)
        _county_cities(result, own, partners)
    return result


def partner_cities(text: str) -> frozenset[str]:
    """济宁市 of 与济宁市人民政府建立…协作机制 / 下游济宁市: the cities a document prints as a neighbour or a
    partner (partner_city_cues, organs.yaml) anywhere in its text; a body of theirs is another city's,
    never a county-level city inside the document's own."""
    cues = alternation(list(organ_words("partner_city_cues")))
    return frozenset(m.group(1) for m in re.finditer(rf"(?:{cues})([\u4e00-\u9fff]{{2,3}}?市)", text))


def _county_cities(mentions: list[Mention], own: str, partners: frozenset[str]) -> None:
    """林州市人民政府 in a 安阳市 regulation: a proper 市 printed with a body in a city's regulation that is
    neither the city itself nor a partner of a cooperation (those are keyed by their place above) is a
    county-level city inside it (登封市, 新郑市, 青州市, 偃师市 in the city regulations protecting their
    sites: every such 市 of the corpus's city texts), a county body keyed by its place; read at the city's
    level it would be taken for the document's own 市人民政府."""
    for mention in mentions:
        if _county_city(mention, own) and mention.stem not in partners:
            mention.level, mention.named_place = "county", mention.stem
        elif (place := _county_city_department(mention, own)) and place not in partners:
            mention.level, mention.named_place = "county", place


def _county_city_department(mention: Mention, own: str) -> str:
    """林州市 of 林州市文物行政部门 (no 人民政府 printed) in a 安阳市 regulation: the county-level city whose
    department this is, as _county_city reads its government; "" where the stem opens with no such place."""
    if mention.cls != "dept" or mention.level is not None or mention.body is not None or mention.named_place:
        return ""
    if mention.level_word or mention.collective or mention.relative or not mention.surface.startswith(mention.stem):
        return ""
    for size in range(_LOCAL_PLACE_NAME[0] + 1, _LOCAL_PLACE_NAME[1] + 2):
        place = mention.stem[:size]
        if (
            place.endswith("市")
            and len(mention.stem) > size
            and _named_local_place(place, None) == "municipal"
            and not own.startswith(place[:2])
        ):
            return place
    return ""


# 与济南市、济宁市人民政府建立…协作机制, 与江苏省、浙江省人民政府…协调配合: partner places listed before one head
_PARTNER_LIST = re.compile(r"与(?:[\u4e00-\u9fff]{2,3}[省市]、)+$")


def _listed_partners(mention: Mention, text: str, own: str, doc_level: str | None) -> list[Mention]:
    """The other partner places listed before a partner body of the document's level (与甲市、乙市人民政府):
    each its own body keyed by its place, as the last is (genre rule 2: a cooperation partner)."""
    listed = _places_listed_before(mention, text, doc_level)
    for item in listed:
        item.level, item.named_place = mention.level, item.stem
    return [item for item in listed if not own.startswith(item.stem[:2])]


# 泰安高新技术产业开发区等功能区管理机构, 临沂经济技术开发区、临沂高新技术产业开发区等功能区管理机构: sites
# named after the document's own place, summed up by 等 and a kind, before one management body
_OWN_SITES_BEFORE = re.compile(r"((?:[\u4e00-\u9fff]{4,16}、)*[\u4e00-\u9fff]{4,16})等$")


def own_place_sites(mentions: list[Mention], text: str, own: str) -> list[Mention]:
    """X区等功能区管理机构 where each listed site opens with the document's own place (泰安高新技术产业
    开发区 in a 泰安市 law): the named sites' bodies (each site + the body word, a zone's committee at the
    county level), 等 dropping the unnamed rest, as a named body before 等有关部门 is kept alone. Sites
    of no place (经济技术开发区、高新技术产业开发区等功能区管理机构) stay the one collective kind."""
    stem = own[:-1] if len(own) >= 3 and own[-1] in "市县区" else own
    if len(stem) < 2 or "等" not in text:
        return mentions
    result: list[Mention] = []
    for mention in mentions:
        word = _zone_head(mention)
        listed = _OWN_SITES_BEFORE.search(text, 0, mention.start) if word and mention.surface.endswith(word) else None
        sites = listed.group(1).split("、") if listed else []
        if not sites or not all(site.startswith(stem) for site in sites):
            result.append(mention)
            continue
        offset = listed.start(1) if listed else 0
        for site in sites:
            item = copy.deepcopy(mention)
            item.start, item.end, item.surface = offset, offset + len(site), site
            item.stem, item.display = site + word.removesuffix(mention.head), site + word
            if zone_body(site + word):
                item.level, item.kind = lexicon_data("organs.yaml")["zone_bodies"]["level"], "agency"
            result.append(item)
            offset += len(site) + 1
        result[-1].end = mention.end  # the listed phrase, 等 and the kind, is one subject
    return result


def _listed_county_cities(mentions: list[Mention], text: str, own: str) -> None:
    """甲县、乙市、丙区人民政府 in a city's regulation: a named 市 listed by 、 beside the city's named
    counties or districts is a county-level city among them (county), keyed by its place; read as the
    city's level it would be taken for the document's own 市人民政府. The own city stays its own body."""
    changed = True
    while changed:
        changed = False
        for first, second in itertools.pairwise(mentions):
            if text[first.end : second.start] != "、":
                continue
            for city, county in ((first, second), (second, first)):
                if _county_city(city, own) and county.level == "county" and county.named_place:
                    city.level, city.named_place, changed = "county", city.stem, True


def _county_city(mention: Mention, own: str) -> bool:
    """乙市 of 乙市人民政府 read at the city's level, not the document's own place."""
    stem = mention.stem
    return (
        mention.cls in _BODY_CLASSES
        and mention.level == "municipal"
        and not mention.named_place
        and stem.endswith("市")
        and mention.surface.startswith(stem)
        and _named_local_place(stem, None) == "municipal"
        and not own.startswith(stem[:2])
    )


def _printed_place(body: Mention, text: str) -> str:
    """福建省 / 滨州市 printed before a body's head: the province of its level word, or the proper city its
    stem names where it is the partner of a cooperation (a 市 of the document's level is otherwise often
    a county-level city inside the document's own, 登封市人民政府 in a 郑州市 law, or a misread phrase,
    参照市人民政府: read unguarded, 20 corpus city texts and none another city's);
    "" for a plain level word, a phrase, or a body already keyed by its place."""
    if body.cls not in _BODY_CLASSES or body.named_place or body.collective or body.relative:
        return ""
    if any(body.level_word.startswith(p) for p in organ_lexicon().provinces):
        return body.level_word
    if body.level_word or not body.stem or _named_local_place(body.stem, None) != body.level:
        return ""
    return body.stem if _cooperation_partner(body, text) else ""


def _cooperation_partner(body: Mention, text: str) -> bool:
    """与滨州市人民政府建立孝妇河跨市协作机制: a body right after a partner 与, a cooperation word
    (partner_places closings) following in its sentence."""
    finder = _partner_place_finder()
    stop = min(_sentence_stop(text, body.end), body.end + finder.reach)
    opening = text.endswith("与", 0, body.start) or _PARTNER_LIST.search(text, 0, body.start) is not None
    return opening and finder.closing.search(text, body.end, stop) is not None


def _local_place_opening(stem: str, doc_level: str | None, lex: OrganLexicon) -> str:
    """泰安市 of 泰安市人民政府生态环境: a named place opening a stem, right before a body head ("" if none)."""
    for size in range(_LOCAL_PLACE_NAME[0], _LOCAL_PLACE_NAME[1] + 2):
        place = stem[:size]
        if _leading_body(stem[size:], lex)[0] is not None and _named_local_place(place, doc_level) is not None:
            return place
    return ""


@cache
def _place_words() -> tuple[str, ...]:
    """The place words that qualify a body of no level (所在地, 受灾地区), longest first."""
    return tuple(sorted(lexicon_data("organs.yaml").get("place_qualifiers", ()), key=len, reverse=True))


@cache
def _event_place_words() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("event_place_qualifiers", ()))


@cache
def _levelled_place_words() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("levelled_place_qualifiers", ()))


_CLAUSE_OPEN = frozenset("。；;，,：:\n ")


def _phrase_place(place: str, has_prefix: bool, text: str, start: int, place_start: int) -> bool:
    """Whether the place word before a body makes one phrase with it: an event's place always;
    湖泊所在地县级以上人民政府 too where the body prints its own level or span, a place is named before
    the place word and the phrase opens a clause (its subject: the place only narrows which of those
    bodies act, so the name stays the body's). After 由/向 the body alone is the organ, as before."""
    if place in _event_place_words():
        return True
    if not has_prefix or place not in _levelled_place_words() or start >= place_start:
        return False
    return start == 0 or text[start - 1] in _CLAUSE_OPEN


def _listed_place_opening(text: str, start: int, place_start: int, lex: OrganLexicon) -> int | None:
    """市人民政府、河道所在地县（区）人民政府 / 市人民政府和河道所在地…: after a joiner that follows an
    organ's head, a levelled body's place phrase opens the next item of one list (the place narrows which
    bodies act, as at a clause's opening in _phrase_place); the phrase opens after the joiner, never
    inside the organ before it. None where no such joiner opens the phrase."""
    if place_start <= start or text[place_start:].startswith("的"):
        return None
    for at in range(max(start - 1, 0), place_start):
        joiner = next((word for word in _PLACE_ITEM_JOINERS if text.startswith(word, at)), "")
        if joiner and any(text.endswith(head, 0, at) for head in lex.heads):
            return at + len(joiner) if at + len(joiner) < place_start else None
    return None


# What joins a place-phrased item to the organ before it (市人民政府、河道所在地县人民政府)
_PLACE_ITEM_JOINERS = ("、", "以及", "和", "及")


def _place_opened_clauses(mentions: list[Mention], text: str) -> None:
    """所在地县、乡人民政府应当…: a clause opened by the place word, its level phrase (or level list) the
    subject; the mention opens with the place word, so the subject still opens the clause, and keeps the
    body's name (所在地 refers back, as in _phrase_place). The place word may follow the place it names
    (湿地所在地乡镇人民政府、街道办事处应当…), as a single body's phrase does in _phrase_place."""
    lex = organ_lexicon()
    for mention in mentions:
        place, place_start = _place_before(text, mention.start)
        if place not in _levelled_place_words() or mention.place:
            continue
        start = _place_phrase_start(text, place_start, lex)
        if any(text.startswith(word, mention.start) for word in lex.level_of) and (
            start == 0 or text[start - 1] in _CLAUSE_OPEN
        ):
            mention.display = mention.display or mention.surface
            mention.start, mention.surface = start, text[start : mention.end]


def _place_phrase_start(text: str, start: int, lex: OrganLexicon) -> int:
    """Where the phrase of a place word opens (事故|发生地: the event names the place): after a stop
    character or a verb, within a few characters; the place word itself where none is in reach."""
    k = start
    while k > 0 and start - k < _PLACE_PHRASE_MAX and text[k - 1] not in lex.stem_stop_chars and text[k - 1] != "\n":
        k -= 1
    if k > 0 and text[k - 1] not in lex.stem_stop_chars and text[k - 1] != "\n":
        return start  # no opening within reach: the place word alone
    verb_end = max((v.end() for v in lex.stem_stop.finditer(text, k, start)), default=k)
    opening = min(verb_end, start)
    # 市和水源所在地县（区）X: a level word and a list joiner opening the phrase are a level list's item
    # before it (as after 、, a stop character), not the place's; the phrase opens after the joiner
    for word in sorted(lex.level_of, key=len, reverse=True):
        if text.startswith(word, opening) and not _level_false_start().match(text, opening):
            after = opening + len(word)
            mark = next((m for m in _LEVEL_LIST_MARKS if m != "、" and text.startswith(m, after)), "")
            return after + len(mark) if mark and after + len(mark) < start else opening
    return opening


_PLACE_PHRASE_MAX = 8


_MAX_LEVEL_WORD = 12  # 乡（镇、街道）: the longest level word read after a place word


def _place_word_before_level(stem: str, lex: OrganLexicon) -> bool:
    """当地 of 当地乡镇人民政府 / 当地县级人民政府: a place word opening a stem right before a level word
    is the place of the level's body (as 所在地乡镇人民政府 is), no part of a name; the level is printed."""
    word = next((w for w in _place_words() if stem.startswith(w)), "")
    rest = stem[len(word) :]
    return bool(word) and any(rest.startswith(level) for level in lex.level_of) and not _level_false_start().match(rest)


def _place_before(text: str, i: int) -> tuple[str, int]:
    """The place word that ends right before ``i`` (受灾地区|人民政府, 发生地的|人民政府), and its start."""
    end = i - 1 if text.endswith("的", 0, i) else i
    for word in _place_words():
        if text.endswith(word, 0, end):
            return word, end - len(word)
    return "", i


_OWN_UNIT = "本单位"
_MEMBER_SETS = ("成员单位",)


@cache
def _member_set_gaps() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("member_set_gaps", ()))


def _member_set_gap(gap: str | None, mention: Mention) -> bool:
    """禁毒委员会各成员单位: 各 between a body and its member units says "each of", as 的 says "of"; the
    units are that body's members, not a free-standing set."""
    return gap in _member_set_gaps() and mention.stem + mention.head in _MEMBER_SETS


def _joint_at(stem: str, lex: OrganLexicon) -> int | None:
    """Position of a 和/及/、 that joins a second body (one that opens with a level word)."""
    for index, ch in enumerate(stem):
        if ch in "和及与" and any(stem.startswith(word, index + 1) for word in (*lex.level_of, *lex.relative)):
            return index
    return None


@cache
def _joined_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The heads a body's name may end with before 和 joins a second body (two characters at
    least: 部/委 end common words), and the fixed pairs that hold 和 themselves (党委和政府)."""
    heads = organ_lexicon().heads
    ends = tuple(h for h in heads if len(h) >= 2 and "和" not in h)
    pairs = tuple(h for h, entry in heads.items() if "和" in h and entry.cls == "pg")
    return ends, pairs


def _body_joined_at(stem: str, name: str) -> int | None:
    """Position of a 和 in a stem right after a whole body's head (居民委员会|和|企业事业单位):
    the name ends there and a second body opens after it. Function names that hold 和 (住房和城乡
    建设, 工业和信息化) hold no head before it, and a fixed pair (党委和政府) is one head."""
    ends, pairs = _joined_heads()
    index = stem.find("和")
    while index >= 0:
        before = stem[:index]
        head = next((h for h in ends if before.endswith(h)), None) if index >= 2 else None
        if head is not None and not any(name.startswith(p, index - len(head)) for p in pairs):
            return index
        index = stem.find("和", index + 1)
    return None


def _first_stop_word(stem: str, head: str, lex: OrganLexicon) -> int | None:
    """Where an obligation verb starts in the stem, unless it opens the head itself (审计厅). The verbs
    are sought in the whole name, so that a verb's lookahead sees the head (监督 before 部门 in
    质量技术监督部门 names a function; 监督 before 本级人民政府 is a verb)."""
    core = stem + head
    for found in lex.stem_stop.finditer(_mask_function_words(core)):
        if found.start() >= len(stem):
            break
        if core[found.start() :] not in lex.heads:
            return found.start()
    return None


def _mask_function_words(words: str) -> str:
    """人力资源社会保障 → 人力资源□□□□: the verb inside a function name stops nothing."""
    finder = _members().function_words
    return finder.sub(lambda m: "□" * len(m.group(0)), words) if finder.search(words) else words


def _split_head(core: str, lex: OrganLexicon) -> tuple[Head | None, str]:
    """The longest head that ends ``core``, and the stem before it."""
    for size in range(len(core), 0, -1):
        head = lex.heads.get(core[-size:])
        if head is not None:
            stem = core[:-size]
            return _commission(head, stem), stem
    return None, core


@cache
def _commission_data() -> tuple[Head | None, frozenset[str], tuple[str, ...]]:
    data = lexicon_data("organs.yaml").get("commission_head")
    if not data:
        return None, frozenset(), ()
    head = Head(data["head"], data["kind"], "dept")
    return head, frozenset(data["party_stems"]), tuple(data.get("party_openers", ()))


def _commission(head: Head, stem: str) -> Head:
    """市教委, 市住房城乡建委: 委 after a function word is a government commission (a department), not
    the party committee that a bare 市委, 党工委 or 中共X市委 is."""
    commission, party_stems, party_openers = _commission_data()
    if commission is None or head.head != commission.head or stem in party_stems or stem.startswith(party_openers):
        return head
    return commission


def _department_before_role(mention: Mention, stem: str, text: str, lex: OrganLexicon) -> None:
    """执法主体内设机构负责人 / 事故发生单位负责人: the shortest department named at the start of a
    role's stem is its body; what follows it (内设机构) is part of the role's name."""
    for size in range(3, len(stem) + 1):
        head, body_stem = _split_head(stem[:size], lex)
        if head is None or head.cls != "dept" or (len(body_stem) < 2 and head.head in lex.weak_heads):
            continue
        if stem[size : size + 1] and stem[size] in lex.head_not_followed.get(head.head, ""):
            continue  # 水行政主管部 + 门: the head goes on
        if _head_goes_on(stem, size, head.head, lex):
            continue  # 节水办 + 公室: the print is a longer head (办公室), the body's name goes on
        rest_head = lex.heads.get(stem[size:])
        if rest_head is not None and rest_head.cls == "dept":
            continue  # 医疗保障经办 + 机构 (办 is a head too): a lone head after it ends the body's own name
        social = head.head in lex.social_unit_heads
        start = mention.start
        mention.body = Mention(
            start,
            start + size,
            text[start : start + size],
            "social" if social else None,
            "enterprise_society" if social else head.kind,
            "dept",
            stem=body_stem,
            head=head.head,
        )
        rest = stem[size:]
        mention.stem = rest
        if rest:
            mention.role = rest + (mention.role or mention.head)
        return


def _head_goes_on(stem: str, size: int, head: str, lex: OrganLexicon) -> bool:
    """The head ending ``stem[:size]`` opens a longer head printed on past ``size`` (办 of 办公室, 中心 of
    中心站): the body named there is the longer one, and no role word starts inside it."""
    at = size - len(head)
    return any(stem.startswith(longer, at) for longer in _longer_heads().get(head, ()))


@cache
def _longer_heads() -> dict[str, tuple[str, ...]]:
    """Each head with the lexicon's longer heads that open with it (办: 办公室, 办事处)."""
    heads = list(organ_lexicon().heads)
    return {h: tuple(o for o in heads if len(o) > len(h) and o.startswith(h)) for h in heads}


_BRACKET_OPENING = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")


def _leading_body(stem: str, lex: OrganLexicon) -> tuple[Head | None, str]:
    """A body head at the start of a stem (人民政府水行政 → 人民政府), with what precedes it: the bracketed
    level beside the level word (社区（村）党组织书记, 嘎查（村）党组织书记) and a party stem before 委 (街道党工委书记)
    are part of the body's name, so the role after it is that body's, as 村党组织书记 is."""
    bracket = _BRACKET_OPENING.match(stem)
    opening = bracket.group(0) if bracket else ""
    rest = stem[len(opening) :]
    local = _local_pair_opening(rest)
    if local:  # 地方党委和政府主要负责人: the local pair printed with no level word is the role's body
        return lex.heads.get(rest[len(local) :]), opening + local
    commission, party_stems, _ = _commission_data()
    for size in range(len(rest), 0, -1):
        head = lex.heads.get(rest[:size])
        if head is not None and head.cls in ("pg", "gov", "party"):
            return head, opening
        party = rest[: size - 1]
        if commission is not None and party and party in party_stems and rest[size - 1 : size] == commission.head:
            return lex.heads.get(commission.head), opening + party
    return None, ""


def _local_pair_opening(stem: str) -> str:
    """地方 of 地方党委和政府 / 地方党委 / 地方政府 (a whole role stem): a local pair or half printed with no
    level word, a bare pair of its own (_bare_pair), not the start of a department's name."""
    for word in organ_words("local_name_openings"):
        if stem.startswith(word) and stem[len(word) :] in _scoped_bare_heads():
            return word
    return ""


def _level_of_word(word: str | None, lex: OrganLexicon) -> str | None:
    if not word:
        return None
    if word in lex.level_of:
        return lex.level_of[word]
    if word.endswith("市") and word[:-1] in ("北京", "天津", "上海", "重庆"):
        return "provincial"
    return "provincial" if any(word.startswith(p) for p in lex.provinces) else None


def _bare_at(
    pattern: re.Pattern[str], text: str, i: int, lex: OrganLexicon, mentions: list[Mention], doc_level: str | None
) -> Mention | None:
    match = pattern.match(text, i)
    if not match:
        return None
    word = match.group("lvl")
    if match.group("coll") == "各" and _government_at(text, match.end(), lex):
        return None  # 各区人民政府: the governments of the level (read from 区 on), not the level's pair
    if word == "区" and not match.group("coll") and doc_level == "central":
        return None  # 区、乡林业工作站 in a national law: the old 区 below the county, no district
    if word in _guarded_bare_levels() and not _guarded_bare_ok(match, text, i):
        return None  # 所在地区、县人民政府: 地区 ends the place word 所在地, no level
    end = match.end()
    if _level_false_start().match(text, match.start("lvl")):
        return None  # 向市场主体: 市 opens 市场, no level
    if _ends_listed_place(text, i, end, doc_level):
        return None  # 甲州市、市中区人民政府: 市 is the suffix of the named place 甲州市, no level word
    if match.group("coll") in _set_words():
        before_ok = _bare_pick_ok(match, text, i)
    else:
        before_ok = bool(match.group("coll")) or any(text.endswith(w, 0, i) for w in _BARE_BEFORE)
        before_ok = before_ok or text.endswith(_BARE_OVERSIGHT_BEFORE, 0, i)
        before_ok = before_ok or _after_scope_word(text, i)
        before_ok = before_ok or _closes_condition(text, i, end)
        before_ok = before_ok or _frames_under(text, i, end)
    if _level_count_follows().match(text, end):
        return None  # 省、市、县、乡四级设立河长: the levels are counted, not named as bodies
    if _bare_pick_spans(match, text):
        return None
    enumerated = bool(_level_list_follows().match(text, end))
    subject = bool(_MODAL.match(text, end) or _bare_subject_at(text, end)) and _clause_start(text, i)
    subject = subject or _described_subject(text, i, end)
    if not (before_ok or enumerated or subject):
        return None
    # 村组织实施: the verb 组织 starts inside 村组, so the bare word is 村.
    while word and any(lex.stem_stop.match(text, end - k) for k in range(1, len(word))):
        shorter = [w for w in lex.bare_levels if word.startswith(w) and len(w) < len(word)]
        if not shorter:
            return None
        word = max(shorter, key=len)
        end = match.start("lvl") + len(word)
    if end < len(text) and text[end] in _BARE_NOT_AFTER:
        return None
    if text.startswith(organ_words("level_modified_units"), end):
        return None  # 对乡镇煤矿的管理: the level word modifies a unit of the place
    classed = _level_list_end(text, end)
    if text.endswith("级", 0, classed) and text.startswith(organ_words("level_classed_things"), classed):
        return None  # 省级、市级河道, 省、市级河道: rivers classed by level (not 区、县河道保护工作: the places' work)
    if any(text.startswith(word, i) for word in lex.not_organs):
        return None
    if "的" in word and not (before_ok or _opens_phrase(text, i, lex) or _after_levelled_place(text, i)):
        return None  # 受水区设区的市、县: a place before it; the level word is 市, 设区的 ends the qualifier
    after_list_mark = match.group("coll") is None and text.endswith(_LEVEL_LIST_MARKS, 0, i) and not enumerated
    if after_list_mark and (not mentions or mentions[-1].end != i - 1 or not _bare_list_lead(mentions[-1], text, i)):
        return None
    return Mention(i, end, text[i:end], lex.level_of.get(word), "party_and_government", "pg", bare=True)


def _bare_list_lead(before: Mention, text: str, i: int) -> bool:
    """The organ a bare level word is listed after: another bare level word (市、县), or a department
    set joined by 和 (督促本级有关部门和乡镇（街道）履行职责: the township bodies beside the departments)."""
    return before.bare or (text.endswith("和", 0, i) and before.cls == "dept" and before.level != "social")


_MODAL = re.compile(r"(应当|应|可以|可|要|负责|承担)")
# 人数较多或者居住分散的村，可以设立… / 区域较大的村，经村民会议决定，可以…: the modal after a described place,
# past a comma and a 经X决定 approval piece
_DESCRIBED_MODAL = re.compile(r"[,，]?(?:经[^,，。;；]{1,20}(?:决定|同意|批准)[,，])?(?:应当|应|可以|可|要)")


def _described_subject(text: str, i: int, end: int) -> bool:
    """人数较多或者居住分散的村，可以设立村民代表会议 / 林地面积较大、地形复杂的村，可以…: a bare level word closing
    a description of which places (a 的-phrase with no verb, opening its clause, longer than the short
    qualifiers _clause_start allows) is the subject of the modal after it, a comma between (dev fl-cwh,
    sd-cwh, sh-cunwei, cq-cwh, gx-linzhang annotate the 村 so)."""
    if not text.endswith("的", 0, i) or not _DESCRIBED_MODAL.match(text, end):
        return False
    opening = re.split(r"[,，。;；\n:：\s]", text[max(0, i - 20) : i])[-1]
    return (
        2 < len(opening) <= 16
        and not opening.startswith(organ_words("no_subject_openings"))
        and not organ_lexicon().stem_stop.search(opening)
    )


@cache
def _under_frame_tail() -> re.Pattern[str]:
    """What closes a 在X(的)(领导和)指导下 frame right after its body X (triggers.yaml under_frame_verbs)."""
    trig = triggers()
    verbs = alternation(trig["under_frame_verbs"])
    modifiers = alternation(trig["under_frame_modifiers"])
    return re.compile(rf"的?(?:(?:{modifiers})?(?:{verbs})(?:和|、|与|及)?)+下")


def _frames_under(text: str, i: int, end: int) -> bool:
    """村民委员会在乡镇（街道）指导下…: a bare level word that is the whole body of a 在…指导下 frame names
    the level's bodies (who guides the subject), not the place the work is done in (在乡镇开展…)."""
    return text.endswith("在", 0, i) and bool(_under_frame_tail().match(text, end))


def _government_at(text: str, i: int, lex: OrganLexicon) -> bool:
    """A government named at ``i`` (人民政府每年…, 政府和市有关部门), not the owner of a department printed
    after it (人民政府水行政主管部门: the department is the organ)."""
    heads = [word for word, head in lex.heads.items() if head.cls == "gov" and text.startswith(word, i)]
    if not heads:
        return False
    end = i + max(map(len, heads))
    return text.startswith(_LEVEL_LIST_MARKS, end) or not _patterns()[1].match(text, end)


@cache
def _guarded_bare_levels() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("guarded_bare_levels", ()))


def _guarded_bare_ok(match: re.Match[str], text: str, i: int) -> bool:
    """A guarded word (地区) stands alone only with no 各/有关/qualifier of its own and after a clause start
    or a word that opens a body (配合地区和县（市）): after any other character it ends a place word."""
    if match.group("coll") or match.group("qual"):
        return False
    return i == 0 or not re.match(r"[\u4e00-\u9fff]", text[i - 1]) or text.endswith(_BARE_BEFORE, 0, i)


# 有关县 / 相关区县: a pick of the level's bodies (a set word of the lexicon). Unlike 各 the word opens many
# phrases (有关县级以上…, 有关村规民约), so it stands alone only where its phrase ends at a punctuation mark;
# elsewhere it needs what a bare level word needs (向/督促 before it; a list mark before it is no verb).
_LEVEL_LIST_WORDS = ("、", "和", "与")  # 与相关省、市…: a list of places, not a pick
_BARE_PICK_END = "，。；,;:：)）"


def _bare_pick_ok(match: re.Match[str], text: str, i: int) -> bool:
    end = match.end()
    if end == len(text) or text[end] in _BARE_PICK_END:
        return True
    return any(text.endswith(w, 0, i) for w in _BARE_BEFORE if w not in _LEVEL_LIST_WORDS)


def _bare_pick_spans(match: re.Match[str], text: str) -> bool:
    """有关县级以上人民政府: the pick opens a spanning phrase, not a bare level."""
    return match.group("coll") in _set_words() and text.startswith(("以上", "及以上", "以下"), match.end())


@cache
def _bare_subject_opener() -> re.Pattern[str]:
    """县(市、区)参照…进行考核 / 乡(镇)对村级林长…考核: a bare level opening its clause acts as
    the level's bodies even with no modal, when a preposition or a time word opens its predicate."""
    words = alternation(list(lexicon_data("organs.yaml").get("bare_subject_openers", ())))
    return re.compile(rf"(?:{words})(?!外|口|于|此)" if words else "(?!)")  # 市对外贸易…: 对外 is a word


def _bare_subject_at(text: str, end: int) -> bool:
    return bool(_bare_subject_opener().match(text, end))


def _opens_phrase(text: str, i: int, lex: OrganLexicon) -> bool:
    """Nothing of a noun phrase comes right before ``i``: the text's start, a function character
    (punctuation, 由, 向) or a verb (报设区的市…); not a place (受水区, 所在地)."""
    if i == 0 or text[i - 1].isspace() or (text[i - 1] in lex.stem_stop_chars and text[i - 1] != "的"):
        return True
    places = _place_words()
    return any(v.end() == i and v.group() not in places for v in lex.stem_stop.finditer(text, max(0, i - 6), i))


def _after_levelled_place(text: str, i: int) -> bool:
    """(湖泊)所在地(的)设区的市、县人民政府: 所在地 refers back and names no place of its own, so the level
    word after it is printed whole (设区的市), as after a verb; the clause reader then takes the place
    phrase with it (_place_opened_clauses). Corpus: 27 such lists, dev sd-nansihu."""
    return _place_before(text, i)[0] in _levelled_place_words()


def _closes_condition(text: str, i: int, end: int) -> bool:
    """对…不力的县(区)(或者有关部门)，由Z约谈…: a bare level word that closes a 对 condition, right before
    the sanctioning clause, is the body of that level that is to be sanctioned (dev: aks-fangsha,
    dy-huanghe, hz-shuiwuran, xz-xczx; corpus: 7 such sentences)."""
    if not text.endswith("的", 0, i):
        return False
    piece = max(text.rfind(mark, 0, i) for mark in "。；;\n")
    return "对" in text[piece + 1 : i] and bool(_condition_close().match(text, end))


@cache
def _condition_close() -> re.Pattern[str]:
    words = lexicon_data("organs.yaml")["condition_close"]
    joiners, sanctions = alternation(words["joiners"]), alternation(words["sanctions"])
    return re.compile(rf"(?:(?:{joiners})[^,，。;；]{{1,20}})?[,，][^。;；]{{0,30}}?(?:{sanctions})")


@cache
def _level_count_follows() -> re.Pattern[str]:
    return re.compile(rf"(?:[、和](?:{alternation(list(organ_lexicon().level_of))}))*[二三四五六七]级")


@cache
def _level_list_follows() -> re.Pattern[str]:
    # 市、沿河县(市、区)人民政府 / 市、有关县(区)人民政府: an area word or a set word (有关) may open the
    # next level item; it qualifies that item alone
    areas = alternation([*_area_words(), *sorted(_set_words())])
    # 市、北部矿山所在地县级人民政府: a place phrase (X所在地) may open the next item too, as an area word does
    places = rf"[\u4e00-\u9fff]{{1,{_PLACE_PHRASE_MAX}}}?(?:{alternation(sorted(_levelled_place_words()))})的?"
    return re.compile(rf"(?:[、和]|或者|或)(?:{areas}|{places})?(?:{alternation(list(organ_lexicon().level_of))})")


def _level_list_end(text: str, end: int) -> int:
    """Where the list of level words that goes on at ``end`` (、市级、县级) ends."""
    follows = _level_list_follows()
    while (item := follows.match(text, end)) is not None:
        end = item.end()
    return end


def _clause_start(text: str, i: int) -> bool:
    """The word opens its clause, perhaps after a short qualifier with no verb (中西部22个省…应当)."""
    opening = re.split(r"[,。;\n:]", text[max(0, i - 10) : i])[-1]
    return len(opening) <= 8 and not organ_lexicon().stem_stop.search(opening)


def _staff_is_party(text: str, start: int, end: int) -> bool:
    """X及其执法人员 / X的执法人员 (text[start:end]) names the staff of X as a party of its clause, its
    subject or the one sanctioned; after 对 or a verb it is an object (应当对X及其执法人员加强监督), and
    before 的 a possessor (X及其执法人员的主体资格): neither ties the staff to X."""
    opening = re.split(r"[,。;\n:]", text[max(0, start - 10) : start])[-1]
    acted_on = opening.startswith("被") and opening.endswith("的")  # 被检查的X及其执法人员应当配合: the subject
    return not text.startswith("的", end) and (acted_on or _clause_start(text, start))


def _merge_adjacent(mentions: list[Mention], text: str) -> list[Mention]:
    """县级以上人民政府 + 水行政主管部门, 县级党委和政府 + 主要负责人: one mention inside its body."""
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        gap = text[previous.end : mention.start] if previous is not None else None
        if previous is not None and gap == "的" and _is_unit(previous) and _unit_body(mention):
            mention.kind = "enterprise_society"  # 企业的安全管理机构: a body inside the unit
            mention = _member(mention, mention.surface)
            mention.level = None  # the unit's, taken below (a bare 工会 was read social on its own)
        elif (
            previous is not None
            and gap
            and previous.cls in ("dept", "gov", "party", "pg")
            and not previous.bare
            and _internal_department(mention)
            and (gap in _members().links or _members().set_up_link.fullmatch(gap))  # the regex last: dearest
        ):
            # 县人民政府设立的河道管理所: the body set up is the organ, named by its own words; set up by
            # each government of a level list (市、县人民政府设立的…) it is one set, at no one level
            start, joint = previous.start, _after_level_list(merged, text)
            while _after_level_list(merged, text):
                start = merged.pop(-2).start
            merged.pop()  # previous, named inside this mention
            if not joint and previous.cls == "dept":
                mention = _member(mention, mention.surface, keep_kind=True)  # a body inside that department
            mention.display = mention.surface
            mention.start, mention.surface = start, text[start : mention.end]
            if not joint:
                mention.body, mention.level = previous, previous.level
            merged.append(mention)
            continue
        elif (
            previous is not None
            and (gap == "的" or _member_set_gap(gap, mention))
            and previous.cls in ("dept", "gov", "party", "pg")
            and not previous.bare
            and _internal_department(mention)
            and not _after_level_list(merged, text)
        ):
            # 指挥机构的办事机构: a department inside a state body, named with it
            mention.body, mention.start, mention.level = previous, previous.start, previous.level
            mention.collective = previous.collective
            mention.surface = text[previous.start : mention.end]
            mention.display = mention.surface
            if mention.stem + mention.head in _MEMBER_SETS:  # 指挥机构的成员单位 = 指挥机构成员单位
                mention.display = (previous.display or previous.surface) + mention.stem + mention.head
            merged[-1] = mention
            continue
        if previous is not None and _level_word_of(previous, gap, mention):
            # 省、自治区、直辖市的水利行政主管部门 / 市、县的河道主管机关: a bare level word (list) and 的 before a
            # department with no level of its own name the level's department, as printed without 的
            mention.display = previous.surface + (mention.display or mention.surface)
            mention.start, mention.surface = previous.start, previous.surface + "的" + mention.surface
            mention.level, mention.level_word = previous.level, previous.level_word or previous.surface
            mention.collective = mention.collective or previous.collective
            merged[-1] = mention
            continue
        linked = gap == "的" or gap in _members().links
        bodies = ("pg", "gov", "party", "name") + (("dept",) if mention.cls == "role" else ())
        picked = gap == "的" and mention.cls == "dept" and mention.collective in _set_words()
        # 市、县人民政府X的Y: left as it was; but 市、县人民政府的有关部门 picks each level's departments as
        # 市、县人民政府有关部门 does (dev hn-jwh, fl-jwh: 不设区的市、市辖区人民政府的有关部门 split by level)
        listed = picked and _after_level_list(merged, text)
        picked = picked and (not listed or (previous is not None and previous.cls == "gov"))
        if (
            previous is not None
            and (gap == "" or (linked and mention.cls == "role") or picked)
            and not (linked and mention.member and not _staff_is_party(text, previous.start, mention.end))
            and mention.cls in ("role", "dept")
            and previous.cls in bodies
            and mention.level is None
            and mention.body is None
        ):
            if picked:  # 本级人民政府的有关行政部门 = 本级人民政府有关行政部门: the set word picks its departments
                mention.stem, mention.collective = (mention.collective or "") + mention.stem, None
                mention.relative = previous.relative  # 本级 as the one-mention reading has it
                if previous.relative is None:  # its name as printed without 的 (本级X is named by its level)
                    mention.display = (previous.display or previous.surface) + mention.surface
            mention.body = previous
            mention.start = previous.start
            mention.surface = previous.surface + (gap or "") + mention.surface
            mention.level = previous.level
            if gap == "" and mention.cls == "role" and previous.cls in ("pg", "gov"):
                # 旗县人民政府(行政公署)主要负责人: read in two pieces, the role opens with its body's level word
                mention.level_word = mention.level_word or previous.level_word
            mention.collective = mention.collective or previous.collective
            if listed:  # named without 的, by the level word the list's other levels take (_distribute_levels)
                mention.level_word = previous.level_word
                mention.surface = mention.display = previous.surface + mention.surface[len(previous.surface) + 1 :]
            merged[-1] = mention
            continue
        merged.append(mention)
    return merged


_STREET = "街道"
_STREET_PAIR = "人民政府、街道办事处"  # the fixed pair's name after its township word (genre rule 2)


def _government_department_sets(mentions: list[Mention], text: str) -> list[Mention]:
    """市人民政府各部门 / 区政府各部门: a government and 各部门 printed right after it name the set of its
    departments, one node (the dev annotations keep the phrase whole: 4 documents, 县级以上人民政府各部门,
    市人民政府各部门, 区政府各部门; ~50 corpus prints), as 市人民政府工作部门 does; 各 stops the body's name
    where 工作/有关 would carry on. A role read from 部门 on (区政府各部门主要负责人) becomes the set's role, as
    市人民政府有关部门主要负责人 is."""
    words = organ_words("government_department_sets")
    result: list[Mention] = []
    skip = -1
    for index, mention in enumerate(mentions):
        if index == skip:
            continue
        word = next((w for w in words if text.startswith(w, mention.end)), "")
        end = mention.end + len(word)
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        role = (
            after is not None
            and after.cls == "role"
            and after.body is None
            and after.role is not None
            and after.start == end - 2
            and after.surface == word[-2:] + after.role
        )
        if mention.cls != "gov" or not word or (after is not None and after.start < end and not role):
            result.append(mention)
            continue
        dept = Mention(
            start=mention.start,
            end=end,
            surface=text[mention.start : end],
            level=mention.level,
            kind="agency",
            cls="dept",
            stem=word[:-2],
            head=word[-2:],
            collective=mention.collective,
            relative=mention.relative,  # 本级人民政府各部门: seen from the holder, as 本级…工作部门 is
            body=replace(mention, relative=None),
            level_word=mention.level_word,
        )
        if role and after is not None:
            skip = index + 1
            held = replace(after, start=mention.start, surface=text[mention.start : after.end], stem="", body=dept)
            held.level, held.level_word, held.collective = mention.level, mention.level_word, mention.collective
            result.append(held)
            continue
        result.append(dept)
    return result


def _level_word_of(previous: Mention, gap: str | None, mention: Mention) -> bool:
    """省、自治区、直辖市的X部门: ``previous`` is a bare level word (list) whose 的 opens a department of
    no level, no body and no set word of its own (not 市的有关部门: the set is left as it was)."""
    return (
        gap == "的"
        and previous.bare
        and previous.cls == "pg"
        and previous.level is not None
        and mention.cls == "dept"
        and mention.level is None
        and mention.body is None
        and mention.collective is None
        and mention.relative is None
        and bool(mention.stem)
    )


def _street_and_township(mentions: list[Mention], text: str) -> list[Mention]:
    """街道、乡镇 / 乡镇和街道 standing alone: the two bare places name their bodies, the fixed pair
    乡镇人民政府、街道办事处 (one organ, genre rule 2), not two bare level words. A place word that
    heads a department or role (街道、乡镇工作人员) was merged before and is no longer bare."""
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous.bare
            and mention.bare
            and previous.level == mention.level == "township"
            and text[previous.end : mention.start] in ("、", "和")
            and _STREET in (previous.surface, mention.surface)
            and previous.surface != mention.surface
            and _opens_phrase(text, previous.start, organ_lexicon())  # not 城镇、街道、村庄 (places)
        ):
            township = mention.surface if previous.surface == _STREET else previous.surface
            pair = _fixed_named(township + _STREET_PAIR, previous.start, mention.end, text)
            if pair is not None:
                result[-1] = pair
                continue
        result.append(mention)
    return result


def _fixed_named(name: str, start: int, end: int, text: str) -> Mention | None:
    """The mention of the fixed name ``name`` printed otherwise at text[start:end] (None where the lexicon
    holds no such name)."""
    mention = _fixed_at(_patterns()[0], name, 0, None)
    if mention is None or mention.end != len(name):
        return None
    mention.start, mention.end, mention.surface, mention.display = start, end, text[start:end], name
    return mention


def level_index(level: str | None) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def _after_level_list(merged: list[Mention], text: str) -> bool:
    """市、县人民政府X的Y: the last body of a level list; the 的-noun is one set, left to the list."""
    return len(merged) >= 2 and merged[-2].bare and text[merged[-2].end : merged[-1].start] in _LEVEL_LIST_MARKS


def _member(mention: Mention, words: str, keep_kind: bool = False) -> Mention:
    """A member of a unit named by its own printed words (专职安全生产分管负责人); its key leaves out
    the qualifiers (专职/兼职) so that 专职安全管理人员 and 安全管理人员 are one organ."""
    key = words
    heads = organ_lexicon().heads
    for qualifier in _members().qualifiers:
        rest = key[len(qualifier) :]
        # 专职督学 = 督学: a two-character remainder is kept only where it names a head of its own
        if key.startswith(qualifier) and (len(rest) > 2 or rest in heads):
            key = rest
    mention.cls, mention.role, mention.member, mention.display = "role", key, True, words
    if mention.kind != "enterprise_society" and not keep_kind:
        mention.kind = "individual_role"
    return mention


@cache
def _body_members() -> frozenset[str]:
    """委员会成员, 组成员: member heads printed after their body's full name (organs.yaml body_members)."""
    return frozenset(lexicon_data("organs.yaml").get("body_members", ()))


def _is_unit(mention: Mention) -> bool:
    """A non-state unit (生产经营单位, 建设单位): the body its roles and internal bodies belong to."""
    return mention.kind == "enterprise_society" and mention.cls in ("name", "dept") and not mention.collective


# What a set of assisting units sends out (驻村工作队, 第一书记): naming it keeps that set the topic.
_SENT_OUT_KINDS = ("assistance_unit", "individual_role")


def _bare_role_after_role(previous: Mention | None, mention: Mention, text: str) -> bool:
    """A role printed bare right after another body's role in one list (下级人民政府主要负责人和分管负责人)."""
    return (
        previous is not None
        and previous.cls == "role"
        and previous.body is not None
        and mention.cls == "role"
        and mention.body is None
        and mention.level is None
        and not mention.collective
        and not mention.relative
        and _role_list_gap(text[previous.end : mention.start], mention)
    )


def _role_list_gap(gap: str, mention: Mention) -> bool:
    # 或者 joins only a body's leaders (约谈X主要负责人或者分管负责人: X's two leaders as the alternative
    # objects of one talk); a post of its own after 或者 (…分管负责人或者安全总监) stays as printed
    return gap in ("、", "和", "及") or (
        gap in ("或者", "或") and mention.head in organ_words("alternative_leader_heads")
    )


def _sent_out(mention: Mention) -> bool:
    return mention.cls == "name" and mention.kind in _SENT_OUT_KINDS


def _is_assistance_set(mention: Mention) -> bool:
    """A named set of assisting units (各级定点帮扶单位): a later 单位主要负责人 in its sentence is the head
    of each of them, as for a single non-state unit."""
    return mention.kind == "assistance_unit" and mention.cls == "name" and mention.surface.endswith("单位")


def _internal_department(mention: Mention) -> bool:
    return (
        mention.cls == "dept"
        and mention.level is None
        and mention.body is None
        and not mention.collective
        and not mention.relative
        and bool(mention.stem)
    )


def _unit_body(mention: Mention) -> bool:
    """企业的安全管理机构, 生产经营单位的工会: a body inside the unit just named; a union is one though its
    name has no stem (the dev annotations' 生产经营单位的工会 PART_OF the unit, hz-aqjg, sd-aqsc)."""
    if _internal_department(mention):
        return True
    unplaced = not (mention.level_word or mention.collective or mention.body or mention.relative)
    return mention.head in _members().union_heads and mention.cls == "dept" and unplaced


def social_member_heads() -> frozenset[str]:
    """作业人员, 技术人员: the heads of regulated workers (organs.yaml social_member_heads)."""
    return _members().social_heads


def _worker_apart(unit: Mention, mention: Mention, text: str) -> bool:
    """生产经营单位…。特种作业人员应当…持证上岗: workers named in a sentence of their own are the regulated
    workers at large, not the staff of a unit an earlier sentence named (no PART_OF: most dev annotations,
    hn-kuangshan, sh-aqsc, sd-aqsc); a unit's 主要负责人 still takes it across sentences."""
    return mention.head in _members().social_heads and _SENTENCE_OPEN.search(text, unit.end, mention.start) is not None


def _attach_members(mentions: list[Mention], text: str) -> list[Mention]:
    """A role with no body of its own (主要负责人, 安全总监, 单位负责人) belongs to the non-state unit
    named last before it, unless a state body was named after that unit; a member after 及其 belongs
    to the body just named (X及其检查人员)."""
    unit: Mention | None = None
    for previous, mention in zip([None, *mentions], mentions, strict=False):
        if (
            mention.member
            and mention.body is None
            and previous is not None
            and previous.cls in ("dept", "name", *_BODY_CLASSES)
            and text[previous.end : mention.start] == "及其"
            and _staff_is_party(text, previous.start, mention.end)
        ):
            mention.body = copy.deepcopy(previous)  # 水务部门及其监督检查人员: the staff of that body
            mention.body.end = mention.body.start
            mention.level = previous.level
            continue
        if _bare_role_after_role(previous, mention, text):
            assert previous is not None and previous.body is not None  # narrowed by the check
            mention.body = copy.deepcopy(previous.body)  # X主要负责人、分管负责人: X's deputy, not anyone's
            mention.body.end = mention.body.start
            mention.level, mention.place = previous.level, previous.place
            # 下级人民政府主要负责人或者分管负责人: the deputy is that relative body's too
            mention.relative = previous.relative
            if previous.surface.endswith(previous.head):  # named as the list prints it: X分管负责人
                mention.display = previous.surface[: -len(previous.head)] + mention.surface
            continue
        if _is_assistance_set(mention):
            unit = mention
        elif unit is not None and _is_assistance_set(unit) and _sent_out(mention):
            continue  # the teams and first secretaries a set of units sends out leave that set the topic
        elif mention.cls in ("pg", "gov", "party") or (mention.cls in ("name", "dept") and not _is_unit(mention)):
            unit = None
        elif _is_unit(mention) and mention.head not in _members().union_heads:
            unit = mention  # 工会组织从业人员…: a union organises the workers, they are not its staff
        elif mention.cls == "role" and mention.body is not None and _is_unit(mention.body):
            unit = mention.body
        elif (
            unit is not None
            and mention.cls == "role"
            and mention.body is None
            and mention.level is None
            and not mention.collective
            and not mention.relative
            and (mention.member or not mention.stem or mention.stem in _members().unit_stems)
            and not _worker_apart(unit, mention, text)
            and mention.head not in _members().inspector_heads
        ):
            body = copy.deepcopy(unit)
            body.end = body.start  # named where it was printed: not registered a second time
            mention.body = body
            mention.level = unit.level
            if mention.stem == _OWN_UNIT and mention.head == "负责人":
                mention.role = "主要负责人"  # 本单位负责人: the head of the unit the article is about
    return mentions
