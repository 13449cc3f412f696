"""Articles → clauses → duties (holders, label, modality, topics) and relations between organs."""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from itertools import pairwise
from typing import Any, overload

from graph.model import LEVELS, Duty, Liability, Relation
from loaders.lexicon import alternation, lexicon_data, organ_lexicon, organ_words, topics, triggers
from loaders.organs import (
    HIRED_DUTY,
    Key,
    Mention,
    _level_list_before,
    _named_place,
    collective_leader_roles,
    defined_actors,
    defined_short_names,
    find_mentions,
    foreign_places,
    in_unit_kind_list,
    office_dropped,
    own_place_sites,
    partner_area_words,
    partner_cities,
    place_closing_end,
    scope_document_pairs,
    scope_place_words,
    set_posts,
    spanning_pair,
    zone_body,
)
from loaders.reading import TextView
from loaders.resolve import OrganTable
from loaders.structure import ArticleSpan

_CLAUSE_END = re.compile(r"[。;\n]|,")
# 其他 after a joiner (X和其他有关部门): the rest of the set joins the chain.
_SUBJECT_JOINERS = {"", "、", "和", "及", "以及", "及其", "或者", "或", "会同", "商"}
# the commas between the lists of one subject (A、B等部门，C、D，以及E应当…)
_LIST_COMMAS = (",", ",以及")
# A、B等部门和C: the joiners that add one more member after the set closing a list
_SET_MEMBER_JOINERS = ("和", "及", "以及")
# A、B等参与防治工作的组织: the set a list of organs stands for, closing it
_LIST_TAIL = re.compile(r"等[^,。;:的]{0,16}的[^,。;:的]{1,4}")
_LIST_JOINERS = {"、", "和", "及", "以及", "或者", "或"}  # between the members of one object list
_SUBJECT_JOINERS |= {joiner + "其他" for joiner in ("、", "和", "及", "以及")}
# the list joiners after which a qualifier may open the next member (A、各类B应当…; see _qualified_member_gap)
_QUALIFIED_JOINERS = ("以及", "、", "和", "及")
# X或者其(授权的)Y / X或者受其委托的Y / X或者人民政府的Y: Y is X's own body, an alternative holder of the
# same duty; X及其所属(的)Y: Y is X's subordinate body, a joint holder (dev gw-cjcs, gw-shuitu, cq-qixiang,
# hy-baoyu, ks-sthj annotate both). 它的 is the plainer 其 (X或者它的派出机关, the organic laws' wording: dev hn-jwh
# annotates the 派出机关 a holder of its own, explicit ⊂ X).
# X所属的Y / 其所属的Y (其 left by _SUBJECT_LEAD): Y, the subordinate body, is the subject alone
_OWNED_GAP = re.compile(r"其?所属的")
_POSSESSIVE_JOINER = re.compile(
    r"(?:或者|或|和|以及)(?:受?其(?:(?:授权|委托|确定|指定)的)?|它的|人民政府的)|及其所属的?"
)

# The fixed patterns of the hot per-clause checks, compiled once (re's own cache lookup per call
# was a measurable share of the parse).
_SPACE = re.compile(r"\s")
_JOINT_BEFORE = re.compile(r"(会同|商)$")
# 会同其他有关部门: the rest of the set is a partner like a named one (dev: 5 annotations of 会同其他X give
# it the duty, none against)
_JOINT_OTHERS_BEFORE = re.compile(r"会同(?:其他|其余)$")
# levels whose single body works with its own level's departments, not a set spanning levels (_partner_set)
_OWN_SET_LEVELS = ("central", "county", "township", "village")
RELATIVE_SETS = ("上级", "下级", "本级")  # the set words of relative keys (上一级X of a spanning collective)
_LEAD_ONLY = re.compile(r"牵头[，,]\s*$")  # X牵头，会同Y…: a clause that only names the lead
_MODAL_GAP = re.compile(r"(?:应当|要|须|必须|负责|可以|分别|共同|依法)*")  # X应当(分别)会同…
_INTERPRETS = re.compile(r"本.{0,6}(办法|细则|条例|规定|意见|决定|制度).{0,20}解释|解释.{0,12}由")
_SENTENCE_END = re.compile(r"[。\n]")
# A short quotation within one sentence (no 。/;/newline inside): its commas end no clause.
_QUOTED = re.compile(r"“[^“”。;\n]{1,60}”")
_AND_BEFORE = re.compile(r"并$")
_JOINING = re.compile(r"(?:、|和|及|以及|或者|或)?")
_OPENERS = re.compile("对|加强|与")
_OPENERS_PLAN = re.compile("对|加强|与|制定")
# 对X进行检查, 加强X管理, 给予X行政处分 (与X…: a partner, for assistance only: 与X相互协助)
_OPENERS_OVERSIGHT = re.compile(alternation(triggers()["oversight_openers"]))
_BUILT_AFTER = re.compile(triggers()["oversight_built"])
# 对X…行使监察权: a 对 that names the organs a wielded power acts on (相对集中 is an adverb, no opener)
_POWER_OBJECT = re.compile(r"(?<!相)对")
_AGENT_MARKER = re.compile(r"(?:被|由|告知|通知|交由|请)$")
_MODALS = "应当|应|要|必须|须"
_MODAL_OPENING = re.compile(rf"^({_MODALS})")
_MODAL_AT = re.compile(_MODALS)  # matched at a position (a ^ would only match at 0)
_STRICT_MODAL_OPENING = re.compile("^(?:应当|应|必须|须)")
_PIECE_MODAL = re.compile(rf"{_MODALS}|可以")  # a permission carries its subject too (…的，Y可以约谈…)
# X应当为Y提供Z保障: after a modal, 为…提供 is what the subject owes Y (派出单位应当为驻村工作队提供工作保障，
# Z负责…: two duties), not a purpose phrase qualifying the next piece
_PROVISION = re.compile(rf"(?:{_MODALS})为[^,。;]*提供")
_ADVERBIAL_LEAD = re.compile(rf"^(?:\s*[(（][一二三四五六七八九十]{{1,3}}[)）]\s*)?(?:{_MODALS}|可以)?")
_VERB = re.compile(
    rf"{alternation(triggers()['clause_verbs'])}"
    rf"|(?:{alternation(triggers()['clause_setting_up_verbs'])})(?!的)[^,。;的]{{0,30}}"
    rf"(?:{alternation(triggers()['set_up_bodies'])})"
)
_FULL_STOP = re.compile(r"[。]")
_PART_END = re.compile(r"[。;\n]")
# 国家, modal, adverbs and purpose 以 before a clause's verb (X应当积极鼓励…, 以鼓励…, 国家鼓励…).
_LEAD_IN = re.compile(rf"(?:国家|{_MODALS}|可以|也|还|并|同时|积极|大力|依法|以)*")
_ENCOURAGED = re.compile(r"(鼓励|支持|倡导)")
# X应当鼓励Y… / X应当支持Y…: an organ obliged to encourage or support acts itself, a duty of its own (the
# dev annotations keep 38 such clauses with an organ subject as duties in 30 documents, none left out;
# the two left out have no organ subject, 全社会/公民应当支持…). A bare 鼓励Y or 可以鼓励 stays genre rule 5.
_OBLIGED_LEAD = re.compile(r"应当|必须|应")
# …应当支持具有资质的经营者，通过…销售…: a piece ending on the supported party leaves the act to the next
# piece, the one the duty is read from (dev: 1 such piece, annotated as one span with the act after it).
_BARE_SUPPORTED = re.compile(r"(?:者|单位|组织|机构|个人|企业)$")
_IN_FORCE = re.compile(r"自.{0,20}(起施行|起生效|施行)$")
_AID = re.compile(r"帮扶(任务|投入)|帮扶[^,。;]{0,6}的责任")
_PERMISSION = re.compile(r"可以|(?<![不])可(?![持续行能靠])")
_PLEDGE = re.compile(r"[\u4e00-\u9fff]{0,6}责任书")
_PLEDGE_VERB = re.compile(r"^.*?(?:签订|签署|订立|签)")
_WHAT_REPORTED = re.compile(r"(?:报告|汇报)([^,。;]{1,30})$")
_WHAT_BEFORE = re.compile(r"^([^,。;向]{1,20}?)向")
# 将X报Y: sending X to Y is a report even with no report noun (将有关结果报本级人民政府)
_SENT_TO = re.compile(r"将[^,。;]{1,30}?报")
# 经批准 / 经依法批准 with no approver printed: the approval (of a plan, a use) is had, not asked of anyone, so
# its 批准 makes no report of a 向X later in the sentence (经批准…的，使用单位应当向X缴纳费用)
_BARE_APPROVAL = re.compile("经(?:依法)?批准(?!机关|部门|单位|机构)")


def _masked_bare_approval(clause_text: str) -> str:
    return _BARE_APPROVAL.sub(lambda found: "□" * len(found.group()), clause_text)


@cache
def _sanction_proposal() -> re.Pattern[str]:
    """向X提出处分/追究责任的建议 / 建议X给予处分: a proposal that X, who decides, sanction someone (as
    提请), so a submission to X; other 建议 (向被视察单位提出建议) is advice, no report."""
    matters = alternation(triggers()["proposal_matters"])
    leads = alternation(triggers()["proposal_leads"])
    # 建议□(依法)给予处分: the organ asked is blanked right after 建议
    return re.compile(
        rf"提出[^,。;]{{0,30}}?(?:{matters})[^,。;]{{0,8}}?建议|(?:{leads})□[^,。;]{{0,30}}?(?:{matters})"
    )


@cache
def _matter_before_proposal() -> re.Pattern[str]:
    """对…的任免，向X提出建议: the matter proposed is printed in a 对 phrase before the clause, which ends
    the match (a proposal on a person's post, a submission to X like 提出处分建议)."""
    matters = alternation(triggers()["proposal_matters"])
    return re.compile(rf"对[^。;；]{{0,30}}?(?:{matters})[^。;；]{{0,30}}?提出建议$")


def _proposed_before(text: str, clause: Clause) -> bool:
    """The clause's 提出建议 closes a sentence that opens with 对 and a proposal matter."""
    # _sentence_start also stops at ；, which the pattern never spans, so no match is lost
    return _matter_before_proposal().search(text, _sentence_start(text, clause.start), clause.end) is not None


@cache
def _proposal_lead() -> re.Pattern[str]:
    """建议(其) right before the organ asked to sanction (建议监察机关依法给予处分)."""
    return re.compile(rf"(?:{alternation(triggers()['proposal_leads'])})$")


@cache
def _proposed_matter() -> re.Pattern[str]:
    """After the organ of 建议X: a proposal matter in the same piece (建议X依法给予处分); 督促或者建议X履行
    职责 proposes none, and X stays the oversight verb's object."""
    return re.compile(rf"[^,，。;；]{{0,30}}?(?:{alternation(triggers()['proposal_matters'])})")


@cache
def _approval() -> re.Pattern[str]:
    """报X同意 / 经X审批 / 征得X同意: an approval word after 报/经/征得 in the same clause; 报X发布 after 报 only."""
    trig = triggers()
    return re.compile(
        rf"(?:报|经|{alternation(trig['consent_verbs'])})[^,。;]{{0,30}}?(?:{alternation(trig['approvals'])})"
        rf"|报(?!告)[^,。;]{{0,30}}?(?:{alternation(trig['submit_for'])})"
    )


# right before the organ asked to order (报请X责令); 通报X only informs X
_REPORTED_TO = re.compile("(?<![通举汇预])(?:报请|报)$")

_WHAT_SENT = re.compile(r"将([^,。;]{1,30}?)(?:报送|上报|报告|汇报|报)")


_GOVERNMENT_TAIL = re.compile(r"(人民)?政府$")  # the body word after the level words of a name


def _level_words(name: str, core: str) -> tuple[str, str | None]:
    """The level words a name prints before its core and their level (县人民政府水利局 of 水利局: 县,
    county); ("", None) where the name is no more than its core or ends otherwise."""
    if len(name) <= len(core) or not name.endswith(core):
        return "", None
    prefix = _GOVERNMENT_TAIL.sub("", name[: -len(core)])
    return prefix, organ_lexicon().level_of.get(unicodedata.normalize("NFKC", prefix))


def _proper_place_level(prefix: str) -> str | None:
    """The level of a proper place name ending with a level suffix (永嘉县: county, 锡林郭勒盟: municipal);
    None for a bare level word or no place (县, 有关)."""
    return _named_place(prefix) or _named_place(prefix, "local_place_suffixes")


@dataclass
class Clause:
    start: int  # view offsets
    end: int
    mentions: list[Mention]
    pieces: list[int] = field(default_factory=list)  # later piece starts of a merged clause (情况特殊时,X应当…)


@dataclass
class ArticleFacts:
    duties: list[Duty] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    liabilities: list[Liability] = field(default_factory=list)


@dataclass
class TaskLine:
    """A 分工方案 task line (牵头单位：A；配合单位：B、C / 责任单位：…) and the task (（N）…) it follows."""

    start: int  # the line, view offsets
    end: int
    item_start: int | None  # the task's numbered paragraph; None when no item stands before the line
    leads: list[Mention] = field(default_factory=list)
    helpers: list[Mention] = field(default_factory=list)
    units: list[Mention] = field(default_factory=list)  # every unit listed, leads and helpers included


@dataclass
class Extractor:
    view: TextView
    decoded: str
    table: OrganTable
    doc_id: str
    metropolis: bool = False  # a 直辖市: its 市 bodies are provincial, its 区县 county; nothing is municipal
    place: str = ""  # the document's own place (its jurisdiction): other places' bodies are told from it
    # X或者其Y / X或者人民政府的Y as a subject: Y → X, the body the possessive names (PART_OF, explicit);
    # after a list of one kind of body (不设区的市、市辖区人民政府或者它的派出机关) each of them
    possessors: dict[Key, tuple[Key, ...]] = field(default_factory=dict)
    # X及其负责人: each listed body's own head role, with where it is first named (its PART_OF)
    head_roles: dict[Key, tuple[ArticleSpan, Mention]] = field(default_factory=dict)
    # X设立Y / X建立健全Y / X设立的Y: Y (a committee, headquarters, office) → X, which sets it up (PART_OF)
    setters: dict[Key, Key] = field(default_factory=dict)
    # X的决定违反…的，由Y责令改正: the bodies sanctioned through their decisions, with where the condition
    # stands (Y supervises them; the decisions, not the bodies, are the violators: no liability)
    decision_owners: set[tuple[str, int]] = field(default_factory=set)
    # 追究X主要负责人、分管负责人…的责任: the roles named only in a pursued list (their PART_OF is not drawn)
    pursued_roles: set[str] = field(default_factory=set)
    # ... and the article and mention of Y in the clause that sets it up (where the tie is printed)
    set_up_at: dict[Key, tuple[ArticleSpan, Mention]] = field(default_factory=dict)
    # X选派Y / X及其选派的Y: Y (a single role, 第一书记) → each unit X that sends it (PART_OF)
    senders: dict[Key, list[Key]] = field(default_factory=dict)
    # X设在Y: X (an office, a committee) → Y, the department it is housed in (PART_OF, implicit), with
    # the article and mention of X where the statement stands
    housed: dict[Key, list[tuple[Key, ArticleSpan, Mention]]] = field(default_factory=dict)
    # X是Y的派出机关: X (a street office, a party working committee) → Y, the body it is the agency of
    # (PART_OF, explicit), with the article and mention of X where the definition stands
    dispatchers: dict[Key, tuple[Key, ArticleSpan, Mention]] = field(default_factory=dict)
    # Z由Y…，…: the body Z before the agent of the last clause read; the pieces after it are Z's again
    topic: list[Key] = field(default_factory=list)
    # the first holder of the article being read (各级河长按照下列规定履行职责：): the set its items' tiers join
    article_head: list[Key] = field(default_factory=list)
    # 本条例所称X，是指Y…的监督检查: the activity X → Y, the body that performs it
    activities: dict[str, list[Key]] = field(default_factory=dict)
    # the first subject of the last article that named one: the body that conducts an oversight whose
    # procedure an article lists with no subject (督导按照下列程序进行：（一）…)
    previous_heads: list[Key] = field(default_factory=list)
    # X…的，由其所在单位…给予处分: a sanctioned person X (no body printed) → 所在单位, the unit X works in
    # (PART_OF, explicit)
    own_units: dict[Key, Key] = field(default_factory=dict)
    # X的工作人员…的，由其所在单位或者Y给予处分: bodies sanctioned only through their staff; their staff's
    # 所在单位 stays a set of its own (persons are sanctioned) and gives them no edge
    staff_bodies: set[Key] = field(default_factory=set)
    # 市、区X…监督本级人民政府有关部门: each organ a relative name (本级/上一级Y) was read as, seen from a
    # source, → the earliest such print (view offset); the mention as printed reads as one level only
    relative_prints: dict[Key, int] = field(default_factory=dict)
    # 市和区综治委的成员单位: a member set printed over a level list → the listed bodies (their keys); its
    # 本级/同级 body is each of those levels' own (_listed_level_targets)
    listed_levels: dict[Key, list[Key]] = field(default_factory=dict)
    # 县级以上人民政府…督促本级有关部门: the spanning departments made for an unnamed relative set printed with
    # no government; the text never names them, so they cover no single level's 本级有关部门 (_covering_set)
    made_spans: set[Key] = field(default_factory=set)
    # the SUPERVISES edges of the articles read so far: 被督导地区人民政府应当… in an article of its own
    # names the bodies an earlier article's 督导 acts on (_interviewed)
    oversight: list[Relation] = field(default_factory=list)
    # 市、区X…的，由本级人民政府责令改正: a sanction clause's (view offset) agents read as 本级/同级Y → the
    # sanctioned bodies each was seen from; each such agent sanctions those bodies only (市人民政府 the 市 X)
    seen_sanctioned: dict[int, dict[Key, set[Key]]] = field(default_factory=dict)
    # 居民委员会协助不设区的市、市辖区的人民政府或者它的派出机关开展工作: the governments (and their printed
    # offices) a village body is first said to help; a later bare 人民政府 it helps names them again
    assisted: dict[Key, list[Key]] = field(default_factory=dict)

    @cached_property
    def actors(self) -> tuple[str, ...]:
        """The document's own short names of its regulated units (以下统称企业), read once."""
        return defined_actors(self.view.text)

    @cached_property
    def short_names(self) -> tuple[tuple[str, str], ...]:
        """The document's own short names of bodies it names in full first (以下简称督察局), read once."""
        return defined_short_names(self.view.text, self.table.doc_level)

    @cached_property
    def posts(self) -> tuple[tuple[str, str], ...]:
        """The posts the document sets for a body (设主任一人 / 总指挥由区长担任), read once."""
        return set_posts(self.view.text, self.table.doc_level)

    @cached_property
    def spanning_pair(self) -> Mention | None:
        """The 党委和政府 at every level the document speaks of (各级党委和政府), read once."""
        return spanning_pair(self.view.text, self.table.doc_level)

    @cached_property
    def partner_cities(self) -> frozenset[str]:
        """The cities the document prints as neighbours or partners (organs.partner_cities)."""
        return partner_cities(self.view.text) if self.table.doc_level == "municipal" else frozenset()

    @cached_property
    def lone_village_halves(self) -> frozenset[str]:
        """The halves of a village pair (村党组织和村民委员会) the document also prints alone as organs. None
        where it names the pair as one body (村“两委”, a village body's head word, organs.yaml): the dev
        documents printing a 两委 keep one pair node, those printing none split it (5 of 5)."""
        text, level = self.view.text, self.table.doc_level
        found = find_mentions(text, level) if "党组织" in text else []  # cheap gate: most print no pair
        if any(m.cls == "pg" and m.level == "village" and m.head for m in found):
            return frozenset()
        halves = {half.surface for pair in found if _village_pair(pair) for half in _pair_halves(pair, text, level)}
        return frozenset(m.surface for m in found if m.surface in halves)

    @cached_property
    def designations(self) -> dict[str, dict[str, Mention]]:
        """X是本行政区域的T / X为…的T: the bodies of one level each a designation names T (河道主管机关,
        大坝主管部门), by T's name and their level (``_designations``)."""
        return _designations(self.view.text, self.table.doc_level)

    def mentions(self, article: ArticleSpan) -> list[Mention]:
        article_text = self.view.text[article.start : article.end]
        level = self.table.doc_level
        found = find_mentions(article_text, level, self.actors, self.short_names, self.posts)
        found = scope_document_pairs(found, self.spanning_pair)
        found = _split_verb_mentions(found, article_text, level)
        found = foreign_places(found, article_text, self.place, level, self.partner_cities)
        found = own_place_sites(found, article_text, self.place)
        if self.lone_village_halves:
            found = _split_village_pairs(found, article_text, level)
        found = _place_governments(found, article_text)
        found = _pair_governments(found, article_text, self.view.text, article.start, level)
        found = _report_receivers(_agent_governments(found, article_text), article_text)
        found = _qualified_governments(found, article_text, self.view.text)
        found = _sanctioned_persons(found, article_text)
        if self.designations:
            found = _designated_names(found, self.designations)
        _scope_joint_members(found, article_text, level)
        _scope_other_sets(found, article_text, level)
        found = _scope_division_items(found, article_text)
        for mention in found:
            _shift(mention, article.start)
            if self.metropolis:
                _no_municipal_level(mention)
        _resolve_relative_levels(found, self.table.doc_level, self.metropolis, self.view.text)
        _scope_pointed_relative_bodies(found)
        return found

    @staticmethod
    def scope_relative_sets(mentions: dict[str, list[Mention]]) -> None:
        """After every article is read: in a text naming governments of two or more local levels
        (市人民政府, 县人民政府), the 下级 sets of departments printed with no level
        (``_below_unlevelled_departments``)."""
        levels = {
            m.level for found in mentions.values() for m in found if m.cls == "gov" and m.relative is None and m.level
        }
        if len(levels & (set(LEVELS) - {"central"})) >= 2:
            for found in mentions.values():
                _below_unlevelled_departments(found)
        spanning = _spanning_department_cores(mentions)
        if spanning:
            for found in mentions.values():
                _relative_to_spanning_bare_departments(found, spanning)

    def register(self, article: ArticleSpan, mentions: list[Mention]) -> None:
        head = self.head_body(mentions)
        for mention in mentions:
            body = mention.body
            if body is not None and not body.bare and body.end > body.start and body.cls != "name":
                printed = self._surface(body.start, body.end)
                # 市、县人民政府X: the body of the copy for 市 is printed as 市 but named 市人民政府
                # 省、市、县级人民政府X: a level below the document's own is named 市级人民政府 (the list's
                # shared 级); the document's own level keeps its plain name (市人民政府 of a city's text)
                shared = body.display.startswith(printed + "级") and body.level != self.table.doc_level
                levelled = body.display if shared else None
                named = (levelled or body.surface) if len(body.surface) > len(printed) else None
                if named is None and _without_list_possessive(printed) == body.surface != printed:
                    named = body.surface  # 市、县的人民政府有关部门: the body named as read without the 的
                if named is None and office_dropped(body):
                    named = body.display  # 旗县(市、区)党委和人民政府(行政公署)主要负责人: the 盟's 行政公署 dropped
                if body.display and body.collective:  # a bare 党委和政府 under 各级…: the collective's name
                    named = body.display
                if mention.relative:  # 上一级人民政府X: the body is the government of X's level, unnamed
                    body.level, named = body.level or mention.level, ""
                self.table.add(body, printed, body.start, head, named)
                self._register_relative_set_body(mention, head)
            surface = self._surface(mention.start, mention.end)
            if surface.startswith("其") and mention.body is None:
                surface = mention.surface  # 本级人民代表大会或者其常务委员会: 其 printed as its owner
            if mention.tied:
                surface = self._surface(mention.start - mention.tied, mention.end)  # 市、县人民政府及其有关部门
            relative = mention.relative and not mention.of_spanning  # a set of its own is named as printed
            if body is not None and self._relative_set_departments(mention, head):
                surface = body.surface + surface  # 下级人民政府及其有关部门: the set's departments, by their body
            display = mention.display or ("" if mention.bare else _central_name(mention) if relative else None)
            if mention.carried_from and display and display.startswith(mention.level_word):
                display = self._carried_word(mention) + display[len(mention.level_word) :]
            mention.printed_lead = self._set_lead(mention, surface)
            self.table.add(mention, surface, mention.start, head, display)

    def _register_relative_set_body(self, mention: Mention, head: Key | None) -> None:
        """下级人民政府主要负责人 where 下级人民政府 is never printed alone: the role of a relative set is that
        set's role, so the set itself (下级人民政府) is a node of its own as where it is printed alone, for the
        role to sit in (dev: 7 documents draw the edge, 3 do not)."""
        body = mention.body
        if not (mention.cls == "role" and mention.of_spanning and mention.relative in ("up", "down")):
            return
        if body is None or body.bare or body.collective or body.cls not in ("gov", "party", "pg"):
            return
        relative_body = replace(body, relative=mention.relative, of_spanning=True, unanchored=mention.unanchored)
        self.table.add(relative_body, body.surface, body.start, head, body.surface)

    def _set_lead(self, mention: Mention, surface: str) -> str:
        """其他有关行政机关: the word printed right before a set saying it is the rest is one of the set's
        printed forms (an alias), no part of its name (organs.yaml set_leads)."""
        before = self.view.text[max(0, mention.start - 4) : mention.start]
        for lead, sets in lexicon_data("organs.yaml")["set_leads"].items():
            if before.endswith(lead) and surface.startswith(tuple(sets)):
                return str(lead)
        return mention.printed_lead

    def _relative_set_departments(self, mention: Mention, head: Key | None) -> bool:
        """下级人民政府及其有关部门: the departments of a relative set printed after 及其, named with the set
        where no earlier print has named them (…下一级人民政府及其所属部门 after 下级人民政府及其所属部门)."""
        body = mention.body
        return (
            mention.of_spanning
            and body is not None
            and body.relative is not None
            and body.end <= mention.start
            and self.table.key_of(mention, head) not in self.table.entries
        )

    def head_body(self, mentions: list[Mention]) -> Key | None:
        """The body an article opens with: bare roles (党政主要负责人) belong to it."""
        for mention in mentions:
            if mention.cls in ("pg", "gov", "party") and not mention.collective:
                return self.table.key_of(mention)
        return None

    def _carried_word(self, mention: Mention) -> str:
        """The level word carried over to ``mention`` as printed (县（区）, read normalised as 县(区))."""
        start = mention.start - mention.carried_from
        return self._surface(start, start + len(mention.level_word))

    def _surface(self, start: int, end: int) -> str:
        a, b = self.view.span(start, end)
        return _SPACE.sub("", self.decoded[a:b])

    def _accepted_congress_oversight(self, article: ArticleSpan, relations: list[Relation]) -> list[Relation]:
        """X每年向本级人民代表大会或者其常务委员会报告…，依法接受监督: each congress body the report just before
        it goes to oversees X (SUPERVISES, implicit: the oversight accepted names no supervisor); after a
        second report (…，对重大事件及时向本级人民代表大会常务委员会报告，依法接受监督) that report's recipients.
        One reporting government only: a list of levels' governments (市、县人民政府) gives none."""
        _, limit = self.view.span(article.start, article.end)
        nearest: dict[int, list[Relation]] = {}  # where 接受监督 starts → the congress reports just before it
        for report in relations:
            if report.type != "REPORTS_TO" or not report.target.endswith(organ_words("congress_bodies")):
                continue
            if report.target.partition("/")[2].startswith(tuple(organ_lexicon().relative)):
                continue  # 本级人民代表大会 left unnamed (of a list of levels): no one body to name as the overseer
            stop = _PART_END.search(self.decoded, report.end, limit)
            accepted = _trigger_regex("accepted_congress_oversight").search(
                self.decoded, report.end, stop.start() if stop else limit
            )
            if accepted is None:
                continue
            group = nearest.setdefault(accepted.start(), [])
            if group and group[0].start < report.start:
                group.clear()
            if not group or group[0].start == report.start:
                group.append(report)
        found: list[Relation] = []
        seen = {(r.type, r.source, r.target) for r in relations}
        for at, reports in nearest.items():
            if len({r.source for r in reports}) > 1:
                continue  # 市、有关县（区）人民政府…向同级人民代表大会报告: each level's pairing is the reports' own
            accepted = _trigger_regex("accepted_congress_oversight").match(self.decoded, at)
            assert accepted is not None
            evidence = accepted.group(0)
            for report in reports:
                if ("SUPERVISES", report.target, report.source) in seen:
                    continue
                seen.add(("SUPERVISES", report.target, report.source))
                update: dict[str, object] = {"type": "SUPERVISES", "source": report.target, "target": report.source}
                update |= {"evidence": evidence, "start": accepted.start(), "end": accepted.end(), "implicit": True}
                update |= {"confidence": 0.6, "modes": ["监督"], "topics": _topics(evidence)}
                found.append(report.model_copy(update=update | {"what": None, "frequency": None}))
        return found

    def _decoded_span(self, start: int, end: int) -> tuple[int, int, str]:
        a, b = self.view.span(start, end)
        return a, b, self.decoded[a:b]

    # -- duties ---------------------------------------------------------------------------

    def _note_activity(self, article: ArticleSpan, mentions: list[Mention]) -> None:
        """本条例所称X，是指Y在…开展的监督检查: X is an activity that Y performs."""
        text = self.view.text
        for match in _trigger_regex("activity_definition").finditer(text, article.start, article.end):
            stop = _SENTENCE_END.search(text, match.end(), article.end)
            end = stop.start() if stop else article.end
            if not text[match.end() : end].rstrip("。").endswith(tuple(triggers()["activity_nouns"])):
                continue  # a thing or a body is defined, not an activity
            chain = _joined([m for m in mentions if m.start >= match.end()], text, match.end())
            if chain:
                self.activities[match.group(1)] = [self.table.key_of(m) for m in chain]

    def _stated_oversight(
        self, article: ArticleSpan, mentions: list[Mention], start: int | None = None, end: int | None = None
    ) -> list[Relation]:
        """本办法适用于X对Y…的考核 / 本办法所称考核，是指X对Y…作出的综合评价: a scope or definition holds no
        duty, but the oversight it prints, source, verb and target, stands (dev README: scope and
        definition sentences keep their SUPERVISES edges, as X对Y…的考核，适用本办法 does)."""
        text = self.view.text
        start = article.start if start is None else start
        stop = _SENTENCE_END.search(text, start, article.end)
        end = (stop.start() if stop else article.end) if end is None else end
        lead = _trigger_regex("stated_oversight").search(text, start, end)
        if lead is None or not _names_oversight(text[lead.end() : end]):
            return []
        chain = _joined([m for m in mentions if m.start >= lead.end()], text, lead.end())
        if not chain or chain[0].start != lead.end():
            return []
        # 是指X，对Y…: a comma may part the body from its object; the clause read is the one 对 opens
        target = chain[-1].end + (1 if text.startswith(("，对", ",对"), chain[-1].end) else 0)
        # 是指X依法对Y…: a manner word between them
        target += next((len(w) for w in triggers()["stated_oversight_manners"] if text.startswith(w + "对", target)), 0)
        if not text.startswith("对", target):
            return []
        clause = next((c for c in _clauses(text, start, end, mentions) if c.start <= target < c.end), None)
        if clause is None:
            return []
        if re.search(r"[,，]进行[^,，;；]*$", text[clause.end : end]) and not _names_oversight(
            text[clause.start : clause.end]
        ):
            # 对Y…的情况，(以及Z…，)进行监督、检查…的活动: the acts stand in the sentence's last clause; read as
            # one clause up to the 的 before the closing 活动 (the acts are no noun of it)
            tail = text[clause.end : end].rstrip("。")
            closing = tail[tail.rfind("的") + 1 :]
            close = clause.end + tail.rfind("的") if closing in _stated_activities() else end
            inside = [m for m in mentions if clause.start <= m.start < close]
            clause = Clause(clause.start, close, inside)
        return self._relations(article, clause, [self.table.key_of(m) for m in chain], mentions, None)

    def _activity_subject(self, clause_text: str) -> list[Key]:
        """政府督查应当… / 开展政府督查工作应当…: the body that performs the defined activity."""
        if not self.activities:
            return []
        stripped = clause_text.strip()
        for activity, keys in self.activities.items():
            if activity in stripped[:12] and _activity_subject_pattern(activity).match(stripped):
                return keys
        return []

    def article_facts(self, article: ArticleSpan, mentions: list[Mention], counter: dict[str, int]) -> ArticleFacts:
        facts = ArticleFacts()
        text = self.view.text
        body = text[article.start : article.end]
        self._note_activity(article, mentions)  # definitions sit in articles that hold no duty
        self._note_dispatched(article, mentions)  # so does 本条例所称X，是Y的派出机关
        opening = _framework_opening(body)
        scoped = bool(opening) and _scope_opening(body)  # only 由X划定… pieces of its later paragraphs
        if not opening and _non_duty_article(body):
            facts.relations += self._stated_oversight(article, mentions)
            return facts
        head = self.head_body(mentions)
        self._note_housed(article, mentions, head)
        clauses = _merge_adverbials(_clauses(text, article.start + opening, article.end, mentions), text)
        holders: list[Key] = []
        head_holders: list[Key] = []
        self.article_head = []
        partners: set[Key] = set()  # joint holders by 会同: they share the duty, the lead reports
        joined_later: set[Key] = set()  # the joint holders the last duty clause added after its subject
        joined_from = 0  # where that clause starts
        joined_in_chain = False  # that clause had no subject of its own (X负责…，会同Y拟订…)
        item_lead_is_duty = False
        list_holders: list[Key] = []  # the holders of the lead (X按照下列规定处理：) whose items are being read
        conditions, imposing = _sanction_clauses(text, article, clauses)
        sanctioned: list[Key] = []  # the bodies a sanction sentence is about (X未…的，由Y责令改正)
        established: list[Key] = []  # the body a clause sets up (设立X)
        hired: list[Key] = []  # the posts a clause staffs or hires (配备X / 聘用X或者Y)
        setters: list[Key] = []  # who set up ``established`` (X设立Y): X
        designated: list[Key] = []  # a post set up and filled (设立Y，由Z担任): Y
        filled: list[Key] = []  # a post filled, not set up, in the clause before (Y由Z担任，…): Y
        encouraging: list[Key] = []  # the government of 本市 in a sentence opening 本市鼓励…
        package = False  # the last duty is a penalty (由Y责令…): comma-joined pieces after it join it
        agent_clause = -1  # the last clause that was only its agent (由Y依据职权，责令…): Y imposes the next
        acting: list[Key] = []  # the holders of the sentence's last duty (X监督检查，Y应当予以配合)
        article_work: list[tuple[str, list[Key]]] = []  # each earlier duty's text and its leads in the article
        clause_holders: list[tuple[int, list[Key], str]] = []  # each earlier duty's clause start, holders, text
        worked: list[Key] = []  # the township holders of the article's duties so far (村民委员会协助做好…)
        normed: list[Key] = []  # the holders a norm on a thing set aside (编制名录应当征求…意见)
        resumed = False  # the holders were taken back from ``normed`` for one submission sentence
        asked: dict[Key, list[Key]] = {}  # 提请Y协助: Y → the bodies that asked (a sentence's duties)
        asking: dict[Key, list[Key]] = {}  # the same, from the sentence before, for this sentence's Y
        condition_item_end = 0  # the end of a numbered item that states a condition (（一）X未…的；)
        last_duty_clause = -1  # the index of the clause that made the last duty
        lead_end = -1  # the end of the last duty when it is a list lead (履行下列职责：), else -1
        definition_end = 0  # the end of a sentence that defines a term (本条例所称X，是指…)
        leads: list[Key] = []
        tasks = _task_lines(text, article.start, article.end, mentions) if ":" in body else []
        task_item = False  # the clause belongs to a task whose line lists its units (分工方案)
        fine_list = False  # the items being read are the fines of a penalty package's scale
        attending = False  # the holders only attend another party's act (应当有X参加): they carry no further
        topic: list[Key] = []  # Z of a Z由Y… clause: the holder of the pieces after it
        deliberating: list[Key] = []  # X of 报告经X集体审议: the body that sends its report on in the sentence
        listing = False  # the sentence lists the members of a body (成员单位包括A，B等单位)
        # 被约谈单位应当…: the bodies an earlier oversight act named, that act's verb and their sentence's end
        interviewed_keys: list[Key] = []
        interviewed_verb, interviewed_end = "", -1
        procedure: list[Key] = []  # the body whose oversight steps a subjectless list prints
        deciding: list[Key] = []  # the sanctioning bodies the sentence named after 由 (作出处罚决定的部门)
        for index, clause in enumerate(clauses):
            named_imposer = False  # the clause's holder is named after its condition (X…的，Y应当…)
            reporting = False  # …that body only passes the case on (…的，Y可以向Z通报，由Z依法处理)
            if clause.start < max(condition_item_end, definition_end):
                continue  # a later piece of a condition item or of a definition
            clause_text = text[clause.start : clause.end]
            opens = _opens_sentence(text, clause, article.start)  # once per clause: used twice below
            # 由X…；拒不改正的，…: the deciding bodies hold to the sentence's full stop
            deciding = (
                deciding
                if text[max(0, clause.start - 8) : clause.start].rstrip().endswith((";", "；", ",", "，"))
                else []
            )
            if tasks and (task_opening := self._task_opening(tasks, clause, clause_text, head)) is not None:
                # a task line is no duty; the task it follows opens with its units as holders (the
                # subjectless clauses are theirs, a printed subject takes over as usual)
                holders, task_item, item_lead_is_duty = task_opening, bool(task_opening), False
                if not task_opening or _task_title(text, clause):
                    continue
            if opens and not clause.mentions and _heading_line(text, clause, article.end):
                holders, item_lead_is_duty = [], False  # a section title (法律责任) printed without 第X章
                continue
            if opens and (definition_end := _definition_end(text, clause, article.end)):
                holders, item_lead_is_duty = [], False  # genre rule 5: no duty, and no holder carried past it
                facts.relations += self._stated_oversight(article, mentions, clause.start, definition_end)
                continue
            if opens and clause_text.startswith("对") and (reward_end := _reward_end(text, clause, article.end)):
                definition_end = reward_end  # skip the sentence; the holders stay for the next one
                continue
            if opens and (objection_end := _objection_end(text, clause, article.end, mentions)):
                definition_end = objection_end  # 当事人对…不服的，可以…: the party's liberty, skipped likewise
                continue
            fine_item = False  # the clause is a fine item of its package's scale (…按下列规定处罚：（一）…的，处…罚款)
            if opens and _ITEM.match(clause_text):
                fine_list = fine_list or bool(
                    (package and index and _ends_list_lead(text, clauses[index - 1]))
                    or _trigger_regex("fine_scale_lead").search(text, article.start, clause.start)
                )
                if fine_list and holders and (fine_end := _fine_item_end(text, clause)):
                    # genre: penalty clauses split at ；/。 only, each fine of the scale the package's duty
                    # (its pieces' organs too: 报请同级人民政府责令 names the body asked to order)
                    within = [m for m in mentions if clause.start <= m.start and m.end <= fine_end]
                    clause, clause_text = Clause(clause.start, fine_end, within), text[clause.start : fine_end]
                    condition_item_end, fine_item, item_lead_is_duty = fine_end, True, True
            elif opens:
                fine_list = False  # the list of fines ended
            if opens and _ITEM.match(clause_text) and not fine_item:
                if acts := self._nominal_act_item(clause, clause_text, text, head):
                    # (一)X对Y…的督导；: an item of a definition or contents list names an act, no duty,
                    # but it prints source, trigger and target, so its edges stand (dev README: gw-ducha 5)
                    facts.relations += self._relations(article, clause, acts, mentions, head)
                    item_lead_is_duty = package = False
                    continue
                condition_item_end = _condition_item_end(text, clause) or _object_item_end(text, clause, article.start)
                if condition_item_end:
                    continue  # 有下列行为之一的：（一）X将…的；: a violation or a case, never a duty (genre rule 10)
            if opens and _item_topic(clauses, index, text):
                continue  # （三）小型水库，由Y下达…: the item's bare topic names what Y acts on, no duty
            if index not in conditions and _condition_topic(clauses, index, text):
                item_lead_is_duty = package = False  # X变更工作的Y，未…的，由Z警告: the condition's subject
                continue
            if sanction_list_end := _unnamed_list_sanction_end(text, clause, article.end):
                # 有下列情形之一的，应当追究…责任：…的；…的。: no sanctioning body, the items are its cases
                condition_item_end, item_lead_is_duty = sanction_list_end, False
                continue
            if topic and not opens and not _repeats_agent_act(text, clauses[index - 1], clause_text):
                holders = topic  # Z由X会同Y组建，负责…: the pieces after the 由 clause are Z's again
            carried_topic, self.topic = topic, []
            subject = self._subject(clause, text, head, holders) or self._activity_subject(clause_text)
            if not subject and opens:
                subject = self._banned_actors(clause, text, head)  # 禁止X经营者…: the ban is the actor's duty
            if pairs := self._oversight_pairs(clause, text, head):
                subject = _unique([source for source, *_ in pairs])  # A对B、C对D实行考核: each A holds it
            if shared := self._shared_management_pairs(clause, text, head):
                subject = _unique([source for source, *_ in shared])  # X实行A和B共同管理: A and B hold it
                facts.relations += self._pair_edges(article, shared)
            facts.relations += self._inclusion_edges(article, clause, text, head)
            if user := self._result_user(clause, text, head):
                subject = user  # 督导结论作为Y对X考核的依据: Y, who puts the result to use, holds it
                facts.relations += self._pair_edges(article, self._opinion_pairs(clause, text, head))
            topic = self.topic if subject and subject != self.topic else []
            second_agent = _SECOND_AGENT_PIECE.match(clause_text) or _second_agent_act(text, clause)
            if not topic and carried_topic and not opens and second_agent:
                # Z由X选聘，日常由Y管理，业务上接受W指导: a second 由 piece tells who else acts on Z; the
                # pieces after it are Z's still
                topic = carried_topic
            if opens and (timed := _title_holders(text, clause, timed_only=True)):
                subject = [self.table.key_of(m, head) for m in timed]  # Z闭会期间，X的职责是：: X's list
            if not subject and opens:
                subject = self._titled_subject(clause, text, head)
            if opens and (renewed := self._renewed_objector(clause, text, head, article.start, mentions)):
                subject = renewed  # 对复查决定仍有异议的，可以向Y申诉: the party that objected before
            if not subject and (opens or not holders):
                subject = self._reviewer(clause, text, head)  # 应当经X审核后，报Y批准: no one else submits
            if not subject and not opens and index:
                subject = self._certifier(clauses[index - 1], clause, text, head)  # X经Y认定，报Z备案: Y reports
            if not subject and holders:
                subject = self._parallel_submitter(clause, text, holders, facts.relations)  # …；…的，应当报Y备案
            signing: set[Key] = set()
            if not subject and (deliberator := self._deliberator(clause, text, head)):
                subject = deliberating = deliberator  # 督察报告经X集体审议后，报送Y: X sends its own report
            elif deliberating and not opens and _trigger_regex("deliberator_signs").match(text, clause.start):
                # …，由主要负责人签字后报送Y: X's own head signs and shares the duty; X still sends it
                signing = set(subject) - set(deliberating)
                subject = _unique(deliberating + subject)
            if not subject and opens and (team := self._report_team(clause, text)):
                subject = team  # 调查评估报告报Y批准: the 调查评估组 that writes it sends it, not the carried body
            if opens:
                deliberating = [] if subject != deliberating else deliberating
            if fine_item:
                subject = []  # a body named in the item is the offender; the package's authority fines it
            if interviewed := self._interviewed(article, clause, text, facts.relations):
                # 被约谈的林长应当…报告: the organs the article's 约谈 acted on; a comma piece too
                # (约谈情况应当记录在案，被约谈单位应当…: the piece names its own subject)
                subject = interviewed
                talk = _interviewed_opening().match(text, clause.start, clause.end)
                interviewed_keys, interviewed_verb = interviewed, _opening_verb(talk) if talk else ""
                interviewed_end = _sentence_end(text, clause.start, article.end)
            ordered = [] if subject else self._ordered_to_rectify(article, clause, text, holders, facts.relations)
            if ordered:
                subject = ordered  # 约谈X主要负责人，责令限期整改；整改情况应当报Y: X reports, not the orderer
            # 责令有关单位限期整改，整改情况报送Y (the clause opens on the result, so it prints no subject): the
            # unit ordered (no organ) sends it, the orderer draws no report
            unit_result = not ordered and _unit_ordered_to_rectify(text, clause, article.start)
            # 考核每年开展一次，…，考核结果经Y审定后报Z: a sentence that names no organ before the result
            # piece sends it as one that opens with it
            unnamed = opens or _unnamed_before(text, clause, article.start, mentions)
            if unnamed and not subject and (owners := self._result_owners(article, clause, text, head, facts.duties)):
                subject = owners  # X对…进行考核，由Y组织实施。考核结果报Z审定: X, not Y, sends the result
            if opens:
                asking = {k: v for k, v in asked.items() if subject and k in subject}  # only the next sentence
                asked = {}
                if not subject and sanctioned and self._reports_back(clause, text, head, holders):
                    subject = sanctioned  # 由Y约谈…。整改情况应当向Y报告: the sanctioned report back to Y
                if not _graded_part(text, clause):
                    sanctioned = []
                encouraging = []
                acting = []
            if subject and opens and index not in conditions and _event_before_condition(clauses, index, text):
                holders = subject  # X违反…，造成…的，…: X's event opens the condition, no duty of its own
                continue
            designating = any(word in clause_text for word in ("担任", "兼任", "召集"))
            designating = designating and index not in conditions | imposing
            designating = designating and not _barred_then_resigning(clauses, index, text)
            if index and index not in conditions | imposing and _trigger_regex("lead_body").match(clause_text.strip()):
                # 建立X协调机制，由Y牵头，…为成员单位，研究…: Y leading the body just set up names who runs
                # it, no duty of Y's; X bears what follows (elsewhere 由Y牵头，与…建立… is Y's act)
                setting = clauses[index - 1]
                led = self._set_up_at_end(setting, text, head) or self._convened(setting, text, head)
                if led:
                    holders, package = led, False
                    continue
            if designating and _trigger_regex("designation").search(_unnumbered(clause_text)):
                # 设立X，由Y担任主任，负责…: X bears what follows; the incumbent holds nothing, and neither
                # does a post named as the clause's topic (总河长由书记担任。…)
                before = clauses[index - 1] if index else None
                holders = established or self._set_up_at_end(before, text, head) or self._convened(before, text, head)
                designated = holders if established else []
                # 县级林长由其他县领导担任，分别联系…: the post filled bears the pieces after it in its sentence
                filled = [] if holders else self._filled_post(clause, text, head)
                holders = holders or filled
                item_lead_is_duty = package = False
                facts.relations += self._team_heads(article, clause, mentions, head)
                continue
            if opens:
                listing = False
            if listing and _composition_tail(clause_text.strip()):
                continue  # 成员单位包括A，B等单位: the list of members goes on past the comma
            if established and _trigger_regex("set_up_members").match(clause_text.strip()):
                continue  # 设立X，由A和B组成，…: who X is made of, no duty; X still bears what follows
            if _composition(clause_text) or _split_composition(clause_text, clauses[index + 1 : index + 2], text):
                listing = _listed_members(clause_text) or not clause_text.rstrip().endswith("组成")
                # who a body is made of: no duty. X由…组成，负责…: X bears what follows; a roster piece
                # (由Y任组长) names no body, so the holders before it stay
                package = False
                if clause_text.rstrip().endswith("组成") or _term_of_office(clause_text):
                    # 居民委员会每届任期三年。…: the body whose term it is stays the subject of what follows
                    holders = self._subject_at(clause, clause.start, text, head, holders) or holders
                if index and last_duty_clause == index - 1 and facts.duties and _elected_posts(clause_text, facts):
                    facts.duties.pop()  # X主任、副主任和委员，由…居民…选举产生: the posts named are the topic
                    last_duty_clause = -1
                continue
            if index in conditions or index in imposing:
                # X…的，由Y责令改正: X is sanctioned (genre rule 10), Y holds the clause
                agent_at = _agent_marker(text, clause.start, clause.end) if index in imposing else clause.end
                found = self._condition_subject(clause, text, head, agent_at)
                if not found and index in conditions and not opens:
                    found = holders  # X应当…，未…的，由Y…: the condition is the duty holder's failure
                sanctioned += [k for k in found if k not in sanctioned]
                subject = holders = self._agent(clause, text, head, sanctioned) if index in imposing else []
                deciding = subject or deciding
                if not subject and index in conditions:
                    # X拒不整改的，Y应当给予通报批评: Y, named after the condition, imposes it (no 由)
                    subject = holders = self._named_imposer(clause, text, head)
                    named_imposer = bool(subject)
                if not subject and index + 1 in imposing and index in conditions:
                    # X不配合…的，区人民政府可以向其上一级主管部门通报，由上一级主管部门依法处理: the body named
                    # after the condition passes the case on, its own duty; the sanction is the next clause's
                    subject = holders = self._named_imposer(clause, text, head, sanctioning=False)
                    reporting = bool(subject)
                if not subject:
                    continue
                if not _sanction_words()[0].search(text, agent_at, clause.end) and _agent_piece(text, clause):
                    # 由Y按照管理权限，对…给予处分: Y holds the sanction of the next clause, no duty here
                    facts.relations += self._sanction_relations(article, clause, subject, sanctioned)
                    agent_clause = index
                    continue
            if index and _trigger_regex("received_request").match(clause_text):
                subject = self._request_addressee(clauses[index - 1], text, head) or subject
            if index and _summoned_set().match(clause_text):
                # 召集X和Y进行协调，相关单位应当派员参加: the units named only as 相关 are those summoned
                subject = self._summoned(clauses[:index], text, head) or subject
            if index and _receiving_set().match(clause_text):
                # 接到举报的部门: the bodies addressed just before, where printed (else the set's own name)
                subject = self._addressed_before(clauses[:index], text, head) or subject
            elif index and _received_set().match(clause_text) and not self._open_addressing(clauses[:index], text):
                # 收到投诉的机关 / 受理机关 after 向A或者B投诉: the named addressees (a list closed by 有关部门 keeps
                # the set)
                subject = self._addressed_before(clauses[:index], text, head) or subject
            if deciding and any(_deciding_set().match(text, at, clause.end) for at in [clause.start, *clause.pieces]):
                # 由X责令改正，处…罚款；拒不改正的，依法作出处罚决定的部门可以…: the body that decided is X
                subject = deciding
            if not subject and established and _ESTABLISHED_DUTY.match(clause_text):
                subject = established  # 设立X，负责…: the body just set up bears what follows
            elif not subject and hired and _HIRED_DUTY.match(clause_text):
                subject = hired  # 配备扶贫专干，具体承办…: the post hired bears its charge
            hired = self._hired(clause, text, head)
            if not subject and designated and holders == designated:
                if _SETTING_UP.search(clause_text):
                    subject = setters  # X设立Y，由Z担任；设立W…: the setter sets up again, not the post Y
                    if not setters:
                        holders = []  # 设立Y，由Z担任；…分段设立W: no setter printed, and the post sets up nothing
                elif opens and not _ESTABLISHED_DUTY.match(clause_text):
                    holders = []  # 设立Y，由Z担任。其中，…: the post filled carries no further sentence
            designated = []
            if filled and opens and holders == filled:
                holders = []  # 总河长由书记担任。…: the post filled carries no further sentence
            filled = []
            heading = bool(established) and bool(_trigger_regex("set_up_head").match(clause_text.strip()))
            if not heading:  # 设立X，Y担任总指挥，负责…: Y's clause, but X bears the 负责 after it
                established = self._established(clause, text, head, subject)
            if established and not heading:
                setters = subject or holders
            if not subject and holders and not opens:
                holders = self._sending_bodies(clause, text, holders) or holders
                holders = self._reporter_before_receiver(clause, text, head, holders, clause_holders) or holders
            if not subject and opens and self.previous_heads and _oversight_procedure_lead(clause_text):
                # 督导按照下列程序进行：（一）…: the steps are the conducting body's, the one the article
                # before names first (dev: 督导机构, 督导组, 国家统计局 in 5 of 5 such procedures)
                subject = procedure = self.previous_heads
            elif not subject and procedure and opens and _ITEM.match(clause_text):
                # （二）…，被督导单位应当…；（三）审核…: a subjectless step is the body's again; a step that
                # opens with an organ (（七）被督导单位对…有异议的，应当…) is that organ's
                named = _item_named(clause, clause_text)
                subject = [self.table.key_of(named, head)] if named else procedure
            elif procedure and opens and clause_text[:1].isspace():
                procedure = []  # a paragraph after the list: the steps ended
            if not subject and opens and len(head_holders) > 1 and (member := self._item_member(clause, head_holders)):
                subject = member  # A、B等部门共同做好…：（一）A将…；（二）B落实…: each item is its member's
            if list_holders and opens and not _ITEM.match(clause_text) and _line_opening(text, clause):
                list_holders = []  # a paragraph after the list: the lead's items ended
            # X负责…工作，主要包括：（一）… / X负责…工作。具体包括：…: the contents of X's charge are X's duties
            charge_contents = bool(
                not subject
                and holders
                and _BARE_CONTENTS_LEAD.match(clause_text)
                and last_duty_clause == index - 1
                and facts.duties
                and _CHARGE_OPENING.search(facts.duties[-1].text)
            )
            if subject:
                holders, normed, resumed = subject, [], False
                attending = _attending_agent(clause, text)
                partners = set()
                if list_holders and opens and _ITEM.match(clause_text):
                    list_holders = subject  # (一)A负责…；(二)…: an item opening on its own holder carries it on
                    if (
                        index
                        and last_duty_clause == index - 1
                        and self._summary_lead(facts, clauses[index - 1], text)
                        and facts.duties[-1].holders != [self.table.organ_id(k) for k in _unique(subject)]
                    ):
                        facts.duties.pop()
                        lead_end = -1
                if not head_holders:
                    head_holders = self.article_head = subject
            elif opens and not charge_contents:
                if attending:
                    holders, attending = [], False  # 验收不合格的，不得投产: the attended act was another party's
                if resumed:
                    holders, resumed = [], False  # only the submission sentence was X's again
                if _ITEM.match(clause_text):
                    if not item_lead_is_duty and not task_item:
                        continue  # (一)… items of a list that is no duty (障碍物包括：…)
                    if list_holders and not task_item:
                        # X按照下列规定处理：（一）…，Y应当…；（二）…: a subjectless item goes on with the holder the
                        # item before opened with (the lead's, or its own), not a body named inside that item
                        holders = list_holders
                elif not holders and normed and _carried_activity(clause_text, facts.duties):
                    # …开展考核。考核指标应当包括…。考核结果向社会公布: the norm between set the assessing
                    # body aside, but the result of its activity is still its own (a notional passive)
                    holders, resumed = normed, True
                elif not holders and normed and _thing_submission(clause_text):
                    # X编制名录。编制名录应当征求…意见。名录报Y批准: the norm between them set X aside,
                    # but the thing sent for approval is still X's (a notional passive, as after a modal)
                    holders, resumed = normed, True
                elif (
                    _own_subject_norm(clause_text) and not _carried_activity(clause_text, facts.duties)
                ) or _trigger_regex("prohibition_opening").match(clause_text.strip()):
                    holders, normed = [], holders or normed  # 名录应当包括… / 禁止…: no one's duty
                elif _trigger_regex("activity_norm").match(clause_text.strip()):
                    holders, normed = [], holders or normed  # 编制…规划，应当符合…: no organ performs it
                elif _trigger_regex("penalty_reference_part").match(text, clause.start, article.end):
                    holders = []  # 逾期不办理…的，依照…规定处罚: the offender's case, no carried duty
                elif _trigger_regex("public_subject").match(clause_text.strip()) or _trigger_regex(
                    "public_after_opener"
                ).match(text, clause.start, article.end):
                    holders = []  # 信访人提出…，应当… / 因…，…的，当事人应当…: the public's obligation
                elif _encouraging(clause_text):
                    holders = []  # (本市)鼓励X…，支持…: the sentence is addressed to others (genre rule 5)
                    encouraging = self._place_government(clause_text)
                elif _place_regime().match(clause_text):
                    holders = []  # 本市实行河长制，建立…: the regime is framework; the actions are the place's
                    encouraging = self._place_government(clause_text)
            elif encouraging and _encouraging(clause_text):
                holders = []  # 本市鼓励X，推动Y，鼓励Z: addressed to others again
            elif not holders and encouraging and _place_action().match(clause_text):
                holders = encouraging  # 本市鼓励X，推动Y: the place acts again (推动Y is its own duty)
            if holders and _timed_weight_norm(clause_text):
                # X对Y进行考核时，Z的评价意见所占权重不得低于…: the weight is a norm (no duty), but the
                # oversight the time piece prints stands (as in a scope sentence)
                facts.relations += self._relations(article, clause, holders, mentions, head)
                item_lead_is_duty = False
                package = False
                continue
            if holders and _regime_statement(clause_text):
                # X的派出机构，实行以Y管理为主、Z协同管理的管理体制: the regime in force is framework (genre
                # rule 5), no duty; the edges it prints stand, as in a scope statement
                facts.relations += self._relations(article, clause, holders, mentions, head)
                facts.relations += self._dual_management(article, clause, holders, head)
                item_lead_is_duty = False
                package = False
                continue
            if holders and _scope_sentence(clause, text):
                # X对Y的活动进行监督，适用本条例。: a scope statement (genre rule 5) holds no duty, but the
                # edges it prints stand (gold: scope sentences keep their SUPERVISES edges); A对B、C对D的考核，
                # 参照本办法执行: each pair's own edge, as in a duty (never A→D)
                pairs = self._oversight_pairs(clause, text, head)
                if pairs:
                    facts.relations += self._pair_edges(article, pairs)
                else:
                    facts.relations += self._relations(article, clause, holders, mentions, head)
                item_lead_is_duty = False
                package = False
                continue
            if holders and subject and _condition_before_named_subject(text, clauses, index):
                # X承担…事项的，Y应当提供保障: X's act is the condition of Y's duty, no duty of X's own; the
                # edges it prints (经Z批准) stand, as in a scope statement
                facts.relations += self._relations(article, clause, holders, mentions, head)
                item_lead_is_duty = False
                package = False
                continue
            if (
                not holders
                or _not_a_duty(clause_text, clause, text)
                or (not subject and _power_follow_on(clauses, index, text))
                or _reference_topic(clauses, index, text)
                or (_list_lead(clause_text) == "contents" and not charge_contents)
            ):
                # a clause inside an item of a duty list (（四）…，支持…社会组织开展活动；) that is no duty does
                # not end the list: the items after it are still the lead's
                in_item = not opens or bool(_ITEM.match(clause_text))
                item_lead_is_duty = item_lead_is_duty and bool(holders and list_holders) and in_item
                package = False
                continue
            if (
                package
                and not subject
                and text[clause.start - 1 : clause.start] == ","
                # 对X依法追究责任: a sanction of its own; 对单位并处…罚款 is a fine of the same package
                and (not clause_text.startswith("对") or _trigger_regex("fined_party").match(clause_text.lstrip()))
                and facts.duties
            ):
                # 由Y责令停止违法行为，没收违法所得，并处罚款: one sanction package, one duty
                facts.duties[-1] = self._ordered_by(self._extended(facts.duties[-1], clause.end), clause, head, holders)
                facts.relations += self._relations(article, clause, holders, mentions, head)
                continue
            if (
                not subject
                and last_duty_clause == index - 1
                and _continues_duty(text, clause, clause_text, clauses[index - 1])
            ):
                # 编制…，报…批准 / 负总责，履行下列职责：: the tail belongs to the duty before it
                facts.duties[-1] = self._ordered_by(self._extended(facts.duties[-1], clause.end), clause, head, holders)
                facts.relations += self._relations(article, clause, holders, mentions, head, leads)
                last_duty_clause = index
                if _ends_list_lead(text, clause):
                    item_lead_is_duty, list_holders = True, holders
                lead_end = -1  # …负总责，履行下列职责：: the lead went to the duty before, item (一) stands alone
                continue
            duty_list = _list_lead(clause_text) == "duties" and not _title_holders(text, clause)  # X的职责是：joins
            duty_list = duty_list or (charge_contents and clause_text.rstrip().endswith((":", "：")))
            if duty_list or _bare_power_lead(text, clause):
                # X职责主要包括： / X可以采取下列措施：: the items are X's duties, the lead is none
                item_lead_is_duty, list_holders = True, holders
                continue
            if (
                lead_end >= 0
                and _first_item_after_lead(text, lead_end, clause)
                and facts.duties[-1].holders == [self.table.organ_id(k) for k in _unique(holders)]
            ):
                # X履行下列职责：（一）… / 由Y按照下列规定处罚：（一）…: the lead and its first item are one duty
                facts.duties[-1] = self._extended(facts.duties[-1], clause.end)
                facts.relations += self._relations(article, clause, holders, mentions, head)
                last_duty_clause, lead_end = index, -1
                package = self._opens_package(clause, clause_text, True)  # the lead named the authority
                continue
            lead_end = -1
            if _opens_inline_list(text, clause):
                item_lead_is_duty = True  # X履行下列职责：（一）…；（二）… on one line: the items are X's too
            if _ends_list_lead(text, clause):
                item_lead_is_duty, list_holders = True, holders
                joins = (
                    _trigger_regex("joined_list_lead").search(clause_text)
                    or _oversight_procedure_lead(clause_text)
                    or _bare_duty_lead(text, clause)
                    or bool(_title_holders(text, clause))
                )
                lead_end = clause.end if joins else -1
            if subject:
                joined_later = set()
            elif joined_later and (joined_in_chain or _sentence_start(text, clause.start) > joined_from):
                # X会同Y拟定…；（二）指导Z…: Y shares only the sentence that names it, the next one is X's own;
                # X负责…，会同Y拟订…，指导Z…: a 会同 inside X's chain of clauses holds for its own clause only
                holders, joined_later = [h for h in holders if h not in joined_later] or holders, set()
            joint = self._joint(clause, text, head, holders)  # once: both the joint holders and the partners
            joint += self._ordering_bodies(clause, text, head, holders)
            if not subject and set(joint) - set(holders):
                # X会同A建立…，定期…；会同B，加强…: the later 会同 names the partners of its own clause, A's share ends
                holders = [h for h in holders if h not in partners | joined_later] or holders
            joined = _unique(holders + joint)  # `会同Y` / `商Y` later in the clause makes Y a joint holder
            if set(joined) - set(holders):
                joined_later, joined_from = set(joined) - set(holders), clause.start
                # X牵头，会同Y…: the lead's own clause names no duty yet, so Y stays in X's chain
                joined_in_chain = not subject and not _LEAD_ONLY.search(text, max(0, clause.start - 4), clause.start)
            partners |= set(joined) - set(holders)
            if subject:
                partners |= set(joint) & set(subject)  # 由X会同Y: Y shares, X reports
                partners |= self._joined_after_joint(clause, subject, head)
                partners |= signing  # 经X常务会议审议，由主要负责人签字后报送Y: the signer does not report
            holders = joined
            label = _label(clause_text, clause, text)
            counter["duty"] = counter.get("duty", 0) + 1
            opening = clause.start
            if (
                subject
                and index
                and facts.duties
                and last_duty_clause == index - 1
                and clause_text.lstrip().startswith("由")
            ):
                # …，对X，由Y予以补偿: the fronted object is the object of Y's act, so it opens Y's duty
                fronted = _fronted_object_start(text, clauses[index - 1], clause)
                if fronted > facts.duties[-1].start and fronted > clauses[index - 1].start:
                    facts.duties[-1], opening = self._cut_before(facts.duties[-1], fronted), fronted
            duty_index = len(facts.duties) + 1
            start, end, quoted = self._decoded_span(*_item_trimmed(text, opening, clause.end))
            facts.duties.append(
                Duty(
                    id=f"{self.doc_id}/{article.key}.d{duty_index}",
                    article=article.number,
                    article_key=article.key,
                    text=quoted,
                    start=start,
                    end=end,
                    holders=list(dict.fromkeys(self.table.organ_id(k) for k in _unique(holders))),
                    responsibility=label or _inferred_label(self.table, holders, clause_text),
                    modality="may" if _is_permission(clause_text) else "must",
                    topics=_topics(clause_text),
                )
            )
            # 由Y依据职权，责令…，没收…，并处罚款: the agent's own clause before names the authority too
            agent = index in imposing or "由" in clause_text or agent_clause == index - 1
            package = self._opens_package(clause, clause_text, agent)
            last_duty_clause = index
            self._note_set_up(article, clause, text, head, holders)
            self._note_sent(clause, head, holders)
            leads = [h for h in holders if h not in partners] or holders
            read_from = len(facts.relations)
            if pairs:
                facts.relations += self._pair_edges(article, pairs)
            elif not unit_result:
                read = self._relations(article, clause, holders, mentions, head, leads)
                facts.relations += self._respective(clause, holders, head, read)
            facts.relations += self._role_named_reports(article, clause, leads, facts)
            facts.relations += self._convened_reports(article, clauses, index, leads, head)
            if clause.start < interviewed_end and leads and set(leads) <= set(interviewed_keys):
                facts.relations += self._unaddressed_rectification_reports(
                    article, clause, leads, interviewed_verb, facts, read_from
                )
            if index and subject:
                facts.relations += self._assessment_organisers(article, clauses[index - 1], clause, subject, facts)
            ordered_from = len(facts.relations)
            if sanctioned and subject and not reporting:
                facts.relations += self._sanction_relations(article, clause, subject, sanctioned, named_imposer)
            elif index in imposing and subject and not _vague_person().match(text, clause.start):
                # 有下列行为之一的，由Y责令改正：（一）X…的: the items name the sanctioned bodies (not in a
                # piece on their staff only called 有关: 对有关责任人员，由其所在单位…, see _sanctioned_persons)
                violators = self._item_violators(clauses, index, text, head)
                facts.relations += self._sanction_relations(article, clause, subject, violators)
            elif sanctioned and not subject and _requested_imposers(text, clause, _sanction_edge_words()):
                # X…的，由Z责令改正；情节严重的，报请Y予以通报批评: Y sanctions the same X (Z only asks)
                facts.relations += self._sanction_relations(article, clause, holders, sanctioned)
            if len(facts.relations) == ordered_from and (
                ordered := self._reported_order_targets(clauses, index, text, head)
            ):
                # X…的，村民有权向Y反映，Y应当调查核实，责令改正: Y orders the reported X (triggers.yaml
                # reported_order); a sanction sentence with no 由 (…的，责令其改正) gives no edge of its own above
                order = _trigger_regex("reported_order").search(text, clause.start, clause.end)
                modes = [order.group(0).replace(order.group("object"), "")] if order else []
                facts.relations += [
                    self._relation("SUPERVISES", source, target, article, quoted, start, end, modes=modes)
                    for source in leads
                    for target in ordered
                    if self.table.key_of_key(source) != self.table.key_of_key(target)
                ]
            if subject and acting and self._unaddressed_help(clause, text, clause_text, subject, head):
                helped = self._trade_work_holders(subject, article_work) or acting
                facts.relations += self._cooperation(article, clause, subject, helped)
            elif asking and self._unaddressed_help(clause, text, clause_text, subject, head):
                # X可以提请Y协助。Y应当予以协助。: Y helps the bodies that asked (implicit)
                for helper in subject:
                    facts.relations += self._cooperation(article, clause, [helper], asking.get(helper, []))
            elif subject and worked and (committees := self._committee_help(clause, text, subject, head)):
                facts.relations += self._cooperation(article, clause, committees, worked)
            elif subject and self._unaddressed_help(clause, text, clause_text, subject, head):
                # X检查…时，Y应当予以配合: the partner is printed in the time piece (explicit)
                # (a regulated actor that must cooperate, 有关单位和个人应当予以配合, gets no edge)
                partners_then = self._time_piece_bodies(clause, text, head)
                helpers = [k for k in subject if not self._regulated(k)]
                facts.relations += self._cooperation(article, clause, helpers, partners_then, implicit=False)
            acting = leads  # X会同Y…，Z应当予以配合: Z helps the lead X (dev gd-pingan 26)
            article_work.append((clause_text, leads))
            clause_holders.append((clause.start, holders, clause_text))
            worked = [key for key in holders if self._level(key) == "township"] or worked
            for helper in self._asked_helpers(clause, text, head):
                asked[helper] = _unique(asked.get(helper, []) + leads)
            if label in ("第一责任人", "直接责任人") and not _posts(holders) and not _sentence_goes_on(text, clause):
                # 党政主要负责人为第一责任人。负责…: an aside on the body's leader, the body heads the sentences
                # after it; a post of its own (总河长是…第一责任人，组织领导…) keeps the clauses after it, and so does
                # a role whose sentence goes on (主要负责人是第一责任人，对重要工作亲自部署…: dev 15 of 15)
                holders = head_holders
        facts.duties += self._procedure_steps(article, mentions, head, facts.duties, counter)
        facts.relations += self._interprets(article, body, clauses, text, head)
        facts.relations += self._task_line_edges(article, tasks, head)
        facts.relations += self._their_roles(article, mentions, head, facts.relations)
        facts.relations += self._later_their_roles(article, mentions, head, facts.relations)
        facts.relations += self._reprimanded_bodies(article, facts.relations)
        facts.relations += self._own_heads(article, mentions, head, facts.relations)
        facts.relations += self._leading_group_reviews(article, mentions, head)
        facts.relations += self._accepted_congress_oversight(article, facts.relations)
        facts.relations = _without_restated_approvers(facts.relations)
        facts.liabilities += self._liabilities(article, mentions, text, head)
        facts.liabilities += self._sanctioned_targets(article, text, facts.relations, facts.liabilities)
        if scoped:
            facts = _scope_paragraph_facts(facts)
        self.previous_heads = head_holders or self.previous_heads
        self.oversight += [r for r in facts.relations if r.type == "SUPERVISES"]
        return facts

    def _procedure_steps(
        self,
        article: ArticleSpan,
        mentions: list[Mention],
        head: Key | None,
        duties: list[Duty],
        counter: dict[str, int],
    ) -> list[Duty]:
        """按照农户申请、…、X审核、Y审定的程序进行: each step a body opens and a review verb closes is that
        body's duty (triggers.yaml procedure_steps); the sentence itself is a norm, so no clause covers it."""
        text = self.view.text
        found: list[Duty] = []
        for match in _trigger_regex("procedure_steps").finditer(text, article.start, article.end):
            for start, end in _top_level_pieces(text, match.start("steps"), match.end("steps")):
                bodies = _step_bodies(text, start, end, mentions)
                if not bodies or not _trigger_regex("procedure_step_verb").match(text[bodies[-1].end : end]):
                    continue
                span = self._decoded_span(start, end)
                if any(d.start < span[1] and span[0] < d.end for d in duties + found):
                    continue  # a clause already made this step a duty
                counter["duty"] = counter.get("duty", 0) + 1
                holders = _unique([self.table.key_of(m, head) for m in bodies])
                found.append(
                    Duty(
                        id=f"{self.doc_id}/{article.key}.d{len(duties) + len(found) + 1}",
                        article=article.number,
                        article_key=article.key,
                        text=span[2],
                        start=span[0],
                        end=span[1],
                        holders=list(dict.fromkeys(self.table.organ_id(k) for k in holders)),
                        responsibility=None,
                        modality="must",
                        topics=_topics(span[2]),
                    )
                )
        return found

    def _item_member(self, clause: Clause, members: list[Key]) -> list[Key]:
        """The one member of a listed subject (县级以上人民政府A、B等部门) that an item opens with by its short
        name (（一）A部门将…), else []."""
        named = _item_named(clause, self.view.text[clause.start : clause.end])
        if named is None:
            return []
        surface = self._surface(named.start, named.end)
        found = [k for k in members if self.table.organ_id(k).endswith(surface)]
        return found if len(found) == 1 else []

    def _task_opening(
        self, tasks: list[TaskLine], clause: Clause, clause_text: str, head: Key | None
    ) -> list[Key] | None:
        """A clause opening a task line (its holders: none) or the numbered task a line follows (the
        line's units); None for any other clause."""
        task = _task_at(tasks, clause.start)
        if task is None:
            return None
        if clause.start >= task.start:
            return []
        if not _ITEM.match(clause_text):
            return None
        return _unique([self.table.key_of(m, head) for m in task.units])

    def _task_line_edges(self, article: ArticleSpan, tasks: list[TaskLine], head: Key | None) -> list[Relation]:
        """Each helper unit of a task line assists each lead unit of the same line (explicit: the line
        prints 配合), the whole line as evidence."""
        relations: list[Relation] = []
        for task in tasks:
            start, end, evidence = self._decoded_span(task.start, task.end)
            leads = _unique([self.table.key_of(m, head) for m in task.leads])
            for helper in _unique([self.table.key_of(m, head) for m in task.helpers]):
                relations += [
                    self._relation("ASSISTS", helper, lead, article, evidence.strip(), start, end)
                    for lead in leads
                    if lead != helper
                ]
        return relations

    def _reports_back(self, clause: Clause, text: str, head: Key | None, holders: list[Key]) -> bool:
        """A subjectless clause reporting to (向Y…报告) the body that holds the duty carried so far: no
        body reports to itself, so the report is not Y's."""
        return any(
            text[m.start - 1 : m.start] == "向"
            and self.table.key_of(m, head) in holders
            and _report_back().match(text, m.end, clause.end) is not None
            for m in clause.mentions
        )

    def _result_owners(
        self, article: ArticleSpan, clause: Clause, text: str, head: Key | None, duties: list[Duty]
    ) -> list[Key]:
        """考核结果报Z审定 opening a sentence with no modal: the body holding the article's earlier duty of
        that activity (X对…进行考核) sends the result, not the organiser or the participants the sentence
        before named; a holder that is the receiver itself (Z对…考核，考核工作由Y组织) gives way to the next,
        an organising piece (X、Y具体组织实施) counting as one of that activity. A result sent to an
        organisation department is the organiser's (dev als-hhz, xam-lzz)."""
        match = _result_sent().match(text[clause.start : clause.end].strip())
        if match is None:
            return []
        printed = {self.table.organ_id(self.table.key_of(m, head)) for m in clause.mentions}
        earlier = [d for d in duties if d.article_key == article.key and d.start < clause.start]
        organiser = _trigger_regex("result_organiser")
        # 具体工作由Y组织实施。考核结果报送(同级)组织部门: Y hands the result to the organisation
        # department; the assessing party committee or chief does not report to its own department
        to_department = any(m.kind == "organisation_dept" for m in clause.mentions)
        organising = [h for d in earlier if organiser.search(d.text) for h in d.holders if h not in printed]
        if to_department and organising:
            return [key for key in self.table.entries if self.table.organ_id(key) in organising]
        for duty in earlier:
            # 考核工作由Z统一领导，X、Y具体组织实施: the organising piece names no activity but sends it
            if match["activity"] not in duty.text and not organiser.search(duty.text):
                continue
            if ids := [h for h in duty.holders if h not in printed]:
                return [key for key in self.table.entries if self.table.organ_id(key) in ids]
        return []

    def _ordered_to_rectify(
        self, article: ArticleSpan, clause: Clause, text: str, holders: list[Key], relations: list[Relation]
    ) -> list[Key]:
        """整改情况/整改结果(应当)报Y with no subject, after the holders ordered a body to rectify in the same
        sentence (约谈X主要负责人，责令限期整改 / 向X下发督办通知，责令限期整改): the result is the ordered
        body's to send (the body of an interviewed role), as the dev annotations record it; the orderer's
        latest SUPERVISES edges name it."""
        if not holders or not _rectification_report().match(text, clause.start, clause.end):
            return []
        sentence_start = max(text.rfind("。", article.start, clause.start), article.start)
        sources = {self.table.organ_id(key) for key in holders}
        # 督促X整改，整改情况报Y: the overseer follows it up and reports itself (dev yn-xczx)
        orders = set(triggers()["rectification_orders"])
        edges = [
            r
            for r in relations
            if r.type == "SUPERVISES"
            and r.article_key == article.key
            and sentence_start <= r.start < clause.start
            and r.source in sources
            and any(mode in orders for mode in r.modes)
        ]
        if not edges:
            return []
        latest = max(r.start for r in edges)
        ids = {r.target for r in edges if r.start == latest}
        keys = [key for key in self.table.entries if self.table.organ_id(key) in ids]
        keys = [self.table.key_of_key(self.table.entries[key].body or key) for key in keys]
        return _unique([key for key in keys if key in self.table.entries and key not in holders])

    def _interviewed(self, article: ArticleSpan, clause: Clause, text: str, relations: list[Relation]) -> list[Key]:
        """被约谈的林长 / 被约谈地区应当…: the organs the article's earlier 约谈 edges act on, where the
        printed subject is only their common word (林长 of 市（州）林长) or a bare place standing for the
        bodies whose roles were interviewed. A subject that names organs of its own (被约谈的区县党委和政府,
        被约谈的部门和地方人民政府) is left as printed."""
        opening = _interviewed_opening().match(text, clause.start, clause.end)
        if opening is None or not _PIECE_MODAL.search(text, opening.end(), clause.end):
            return []  # 被督察的人民政府违反…的，: a condition on the body, not what it must do
        place = opening.group("place") and not any(m.start == opening.start("place") for m in clause.mentions)
        after = opening.start("body") if opening.group("body") else opening.end()
        printed = next((m for m in clause.mentions if m.start == after), None)
        # 被约谈的人民政府: a head word with no level is no mention; it still names the bodies interviewed
        body_word = opening.group("body") if printed is None else None
        # 被约谈的县（市）应当…: a bare level word after the verb (no mention of its own) is the place interviewed,
        # as 被约谈地区 is: the bodies of that level whose roles the article interviewed answer
        bare_level = _bare_level_subject(text, after, clause.end) if printed is None and not place else None
        bare_place = bare_level is not None and not opening.group("body")
        if not place and not body_word and not bare_place and (printed is None or printed.level_word):
            return []
        # only the edges of the act printed (被通报批评的X: the 通报 edges, not those of a 督察 before it);
        # a mode may be the printed verb's short form (通报 folded from 通报批评)
        verb = _opening_verb(opening)
        ids = {
            r.target
            for r in relations
            if r.type == "SUPERVISES"
            and r.article_key == article.key
            and r.start < clause.start
            and any(mode and mode in verb for mode in r.modes)
        }
        keys = [key for key in self.table.entries if self.table.organ_id(key) in ids]
        # a place word (被督导地区人民政府) names the one place the oversight is on, never a set of levels
        spanning = not opening.group("place")
        if not keys and (common := opening.group("body")):
            return self._overseen_elsewhere(verb, common, spanning)
        if place or bare_place:
            # 约谈X主要负责人。被约谈地区…: the body of each interviewed role answers
            if opening.group("place") in triggers()["interviewed_units"] and verb in triggers()["their_role_verbs"]:
                keys = [key for key in keys if not self._bodiless_role(key)]  # 被约谈单位: no person answers
            keys = [self.table.key_of_key(self.table.entries[key].body or key) for key in keys]
            keys = [key for key in keys if key in self.table.entries]
            if bare_place:
                # the place is its pair of party committee and government where that pair was interviewed
                # (dev cq-jdaq, ks-sthj annotate the pair alone), else each body of the level
                keys = [key for key in keys if self.table.entries[key].level == bare_level]
                keys = [key for key in keys if self.table.entries[key].kind == "party_and_government"] or keys
            return _unique(keys)
        common = printed.surface if printed is not None else body_word or ""
        if keys and all(self.table.organ_id(key).endswith(common) for key in keys):
            return keys
        # 约谈X人民政府分管负责人…。被约谈的人民政府…: the printed word is the common word of the bodies
        # whose roles were interviewed, so each of those bodies answers
        bodies = _unique([self.table.key_of_key(body) for key in keys if (body := self.table.entries[key].body)])
        bodies = [key for key in bodies if key in self.table.entries]
        if bodies and all(self.table.organ_id(key).endswith(common) for key in bodies):
            return bodies
        # 督导组…开展督导。被督导的人民政府应当…: the article's edges act on no such body (the sites
        # inspected), so the earlier articles' edges name it, as where the article has none
        return self._overseen_elsewhere(verb, word, spanning) if (word := opening.group("body")) and not place else []

    def _overseen_elsewhere(self, verb: str, common: str, spanning: bool) -> list[Key]:
        """被督导地区人民政府及其有关部门应当… in an article with no 督导 edge: the bodies the earlier
        articles' edges of that act name, each role answering through its body, where exactly one of
        them ends with the printed head word (人民政府); of several, the set spanning their levels where the
        subject prints no place word (_overseen_set); otherwise none or several stay unread."""
        ids = {r.target for r in self.oversight if any(mode and mode in verb for mode in r.modes)}
        keys = [key for key in self.table.entries if self.table.organ_id(key) in ids]
        keys = [self.table.key_of_key(self.table.entries[key].body or key) for key in keys]
        keys = _unique([key for key in keys if key in self.table.entries])
        found = [key for key in keys if self.table.organ_id(key).endswith(common)]
        if len(found) == 1:
            return found
        return self._overseen_set(found, common) if spanning else []

    def _overseen_set(self, found: list[Key], common: str) -> list[Key]:
        """被督导的人民政府 after edges naming several governments (省级、设区的市级、县级人民政府, 省级 and
        下级人民政府): the collective of that head word spanning levels that the document names and that
        reaches down to every level named (县级以上地方人民政府), the set the overseen governments of every
        level sit in (dev gw-zjdd, gw-wwdc); of several, the narrowest (县级以上地方 inside 县级以上). A relative
        set (下级) is no level of its own; a set with no floor (地方各级) is not taken."""
        levels = {self.table.entries[key].level for key in found if key[0] != "coll"}
        if len(found) < 2 or not levels or None in levels:
            return []
        spans = []
        for key in self.table.entries:
            if key[0] != "coll" or not self.table.organ_id(key).endswith(common):
                continue
            prefix = key[1]
            if prefix not in organ_lexicon().collectives or prefix in organ_lexicon().unnamed_sets:
                continue
            floor = _span_floor(prefix)
            if floor is None or any(level_rank(level) > level_rank(floor) for level in levels):
                continue
            spans.append(key)
        narrowest = max(spans, key=lambda key: (level_rank(self.table.entries[key].level), len(key[1])), default=None)
        return [narrowest] if narrowest is not None else []

    def _unaddressed_rectification_reports(
        self,
        article: ArticleSpan,
        clause: Clause,
        reporters: list[Key],
        verb: str,
        facts: ArticleFacts,
        read_from: int,
    ) -> list[Relation]:
        """被约谈单位应当…提交整改报告 / 被约谈地方和单位应当…，并书面报告整改落实情况: a rectification report
        that prints no receiver goes to whoever did the act on the reporter earlier in the article (its
        SUPERVISES edge of that verb, to the reporter or to a role of it), implicit (dev: tj-sthj, gw-fxzr,
        xz-linzhang and xj-hzz annotate each such report so, none leaves it without an edge); the result of an
        order handled (被督办单位…书面报告办理结果) goes to its issuer, explicit (dev zz-xschh)."""
        text = self.view.text
        if any(r.type == "REPORTS_TO" for r in facts.relations[read_from:]):
            return []  # the clause names its receiver (报Y备案 / 报告约谈机关)
        found = _trigger_regex("unaddressed_rectification_report").search(text, clause.start, clause.end)
        if found is None or any(m.start >= found.start() for m in clause.mentions):
            return []
        acts = [
            r
            for r in facts.relations
            if r.type == "SUPERVISES"
            and r.article_key == article.key
            and r.start < clause.start
            and any(mode and mode in verb for mode in r.modes)
        ]
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        what, frequency = _report_details(_masked(text, clause), triggers(), text[clause.start : clause.end])
        doers = {r.source for r in acts}
        implicit = verb not in triggers()["unaddressed_explicit_acts"]
        relations = []
        for reporter in reporters:
            reporter_id = self.table.organ_id(reporter)
            if reporter_id in doers:
                continue  # a body that did the act is not one it acted on (a misread subject)
            actors = {r.source for r in acts if reporter_id in (r.target, self._body_id(r.target))}
            relations += [
                self._relation(
                    "REPORTS_TO",
                    reporter,
                    actor,
                    article,
                    evidence,
                    start,
                    end,
                    implicit=implicit,
                    what=what,
                    frequency=frequency,
                )
                for actor in self.table.entries
                if self.table.organ_id(actor) in actors
            ]
        return relations

    def _role_named_reports(
        self, article: ArticleSpan, clause: Clause, reporters: list[Key], facts: ArticleFacts
    ) -> list[Relation]:
        """报告约谈机关 / 向提出建议的机关反馈 / 报告交办单位: the body named by its act is the organ that
        did the act earlier in the article: the interviewer of each reporter (its 约谈 edge), else the
        holders of the earlier duties printing the act's verb."""
        text = self.view.text
        found = _role_named_target().search(text, clause.start, clause.end)
        if found is None or not reporters or any(m.start <= found.start("act") < m.end for m in clause.mentions):
            return []  # most clauses name no such body; 约谈机关 printed as an organ of its own is a target already
        verb = triggers()["role_named_targets"][found.group("act")]
        if verb in triggers()["interviewed_verbs"] and any(verb in self.table.name(r) for r in reporters):
            return []  # 被约谈单位 not read as the bodies interviewed (_interviewed): no reporter is named
        ids = [self.table.organ_id(reporter) for reporter in reporters]
        # the duties doing the act before the clause; the reporters' own (收到建议的单位应当整改) are none, and
        # where the act's body is carried on as the reporter (…提出建议。…反馈提出建议的机关) no one is left
        earlier = [d for d in facts.duties if d.start < clause.start and verb in d.text]
        doers = {h for d in earlier if not set(d.holders) & set(ids) for h in d.holders}
        acts = [r for r in facts.relations if r.type == "SUPERVISES" and r.start < clause.start and verb in r.modes]
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        what, frequency = _report_details(_masked(text, clause), triggers(), text[clause.start : clause.end])
        relations = []
        for reporter, reporter_id in zip(reporters, ids, strict=True):
            # 约谈X、Y主要负责人: a role interviewed answers through its body
            actors = {r.source for r in acts if reporter_id in (r.target, self._body_id(r.target))} or doers
            relations += [
                self._relation(
                    "REPORTS_TO", reporter, actor, article, evidence, start, end, what=what, frequency=frequency
                )
                for actor in self.table.entries
                if self.table.organ_id(actor) in actors
            ]
        return relations

    def _convened_reports(
        self, article: ArticleSpan, clauses: list[Clause], index: int, reporters: list[Key], head: Key | None
    ) -> list[Relation]:
        """召集X和Y，(执行其决定，)并(向其负责、)报告工作: a report naming no receiver, after a piece of the same
        sentence or item where the reporters convene an assembly, goes to the assembly convened."""
        text, clause = self.view.text, clauses[index]
        if not reporters or not _UNADDRESSED_REPORT.match(text, clause.start, clause.end):
            return []  # most clauses are no bare report
        if any(self.table.key_of(m, head) not in reporters for m in clause.mentions):
            return []  # an organ of its own in the clause: a receiver printed, read by _relations
        for at in range(index - 1, -1, -1):
            gap = text[clauses[at].end : clauses[at + 1].start]
            if _SENTENCE_END.search(gap) or ";" in gap or "；" in gap:
                return []  # the convening piece must share the report's sentence or item
            convened = self._convened_bodies(clauses[at], text, head)
            if convened:
                start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
                what, frequency = _report_details(_masked(text, clause), triggers(), text[clause.start : clause.end])
                return [
                    self._relation(
                        "REPORTS_TO", reporter, body, article, evidence, start, end, what=what, frequency=frequency
                    )
                    for reporter in reporters
                    for body in convened
                    if body != reporter
                ]
        return []

    def _convened_bodies(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """(二)召集X或者Y: the organs a piece convenes, right after its opening 召集."""
        opening = _CONVENING.match(text, clause.start, clause.end)
        if opening is None:
            return []
        chain = _joined([m for m in clause.mentions if m.start >= opening.end()], text, opening.end())
        return _unique([self.table.key_of(m, head) for m in chain if not m.relative])

    def _pronoun_oversight(
        self,
        article: ArticleSpan,
        clause: Clause,
        holders: list[Key],
        mentions: list[Mention],
        head: Key | None,
        span: tuple[str, int, int],
    ) -> list[Relation]:
        """指导Y…，(并)定期对其…进行检查: 其 is the organ the clause before named beside the holder (Y),
        which the holder oversees (the dev annotations give that edge in every such sentence whose 其 is
        an organ: 12 dev lines, 4 of them read by no other rule; corpus ~10 lines). A clause naming organs
        of its own is left to the other rules."""
        text = self.view.text
        # the clause before: from the last mark before this clause (the article's start at the latest)
        opening = max(article.start, *(text.rfind(mark, 0, clause.start - 1) + 1 for mark in "，,；;。：:\n"))
        found = _pronoun_oversight_opening().match(text, clause.start, clause.end)
        # 向有关单位下达整改通知书，责令限期整改: units (firms, most often) notified take no edge
        units = () if found else tuple(triggers()["notified_unit_heads"])
        found = found or _notified_order(text, opening, clause)
        if found is None:
            return []
        evidence, start, end = span
        relations = []
        for target in mentions:
            if not opening <= target.start < clause.start or not _is_target(target, text):
                continue
            if units and target.surface.endswith(units):
                continue
            for source in holders:
                for target_key in self._target_keys(target, source, head):
                    if target_key in holders or self._regulated(target_key):
                        continue
                    implicit = target.relative in ("up", "down") and not self._relative_only(target_key)
                    relations.append(
                        self._relation(
                            "SUPERVISES",
                            source,
                            target_key,
                            article,
                            evidence,
                            start,
                            end,
                            modes=[found.group("verb")],
                            implicit=implicit,
                        )
                    )
        return relations

    def _pronoun_accepted(
        self,
        article: ArticleSpan,
        clause: Clause,
        holders: list[Key],
        mentions: list[Mention],
        head: Key | None,
        span: tuple[str, int, int],
    ) -> list[Relation]:
        """对口落实Y部署的任务，并接受其业务指导 / 向Y报送图纸，接受其监督、检查 / 对Y负责，并接受其监督: 其 is
        the organ list printed last before it in the sentence (not the holder), and it oversees or guides
        the holder, as 接受Y的指导 does (corpus ~15 lines of 并接受其监督/指导和监督)."""
        text = self.view.text
        found = _pronoun_accepted_pattern().search(text, clause.start, clause.end)
        if found is None:
            return []
        opening = max(article.start, *(text.rfind(mark, 0, found.start()) + 1 for mark in "。；;\n"))
        holder_set = set(holders)
        before = [
            m
            for m in mentions
            if opening <= m.start
            and m.end <= found.start()
            and self._other_than_holders(m, holder_set, head)
            and _is_target(m, text)
        ]
        if not before:
            return []
        chain = [before[-1]]
        for mention in reversed(before[:-1]):
            if text[mention.end : chain[0].start] not in _LIST_JOINERS:
                break
            chain.insert(0, mention)
        words = found.group("words")
        trig = triggers()
        printed = [w for w in trig["accepted_verbs"] if w in words]
        oversight = _found(words, [w for w in printed if w not in trig["guides"]])
        types = ([("SUPERVISES", oversight)] if oversight else []) + (
            [("GUIDES", [])] if any(w in trig["guides"] for w in printed) else []
        )
        evidence, start, end = span
        relations = []
        for other in chain:
            for holder in holders:
                key = self._target_key(other, holder, head)
                if key in holder_set or self._regulated(key) or self._regulated_actor(holder):
                    continue
                implicit = other.relative in ("up", "down") and not self._relative_only(key)
                relations += [
                    self._relation(rel_type, key, holder, article, evidence, start, end, modes=modes, implicit=implicit)
                    for rel_type, modes in types
                ]
        return relations

    def _body_id(self, organ_id: str) -> str | None:
        """The id of the body an organ (a role) belongs to, None where it has none."""
        key = next((key for key in self.table.entries if self.table.organ_id(key) == organ_id), None)
        body = self.table.entries[key].body if key is not None else None
        return self.table.organ_id(body) if body is not None else None

    def _bodiless_role(self, key: Key) -> bool:
        entry = self.table.entries[key]
        return entry.body is None and entry.kind == "individual_role"

    def _holder_seen_from(self, mention: Mention, anchors: list[Key] | None, head: Key | None) -> Key:
        """The key of a holder; 本级X seen from a single anchor (the carried holder, the 会同 lead) that is
        a collective or a body named without a level (河湖长制办公室, set up at every level from the county
        up) is the X of the span (旗县级以上人民政府有关部门) where the document names one, not the
        document's own X."""
        if mention.relative == "same" and anchors and len(anchors) > 1:
            # X会同同级Y as a subject list: Y's own reading (as printed, or the set it resolved to) is
            # among the leads handed on, but a partner is no anchor of itself
            own = {self.table.key_of(mention, head), self._spanning_any(mention, head)}
            anchors = [a for a in anchors if self.table.key_of_key(a) not in own]
        if mention.relative != "same" or not anchors or len(anchors) != 1:
            return self.table.key_of(mention, head)
        anchor = self.table.key_of_key(anchors[0])
        entry = self.table.entries.get(anchor)
        if entry is None or not (entry.collective or anchor[:2] == ("dept", "")):
            # a body of one level: 会同同级X is the X of that level (genre rule 4), as for a target
            return self._target_key(mention, anchor, head)
        spanning = self._spanning_any(mention, head)
        if spanning is not None:
            return spanning
        if anchor[:2] == ("dept", "") and mention.cls == "dept" and not (mention.body or mention.collective):
            # 环境保护主管部门会同同级水行政主管部门: a lead named with no level (of every level alike) has
            # the partner of every level as its 同级 one, the bare X the document names, not the X of the
            # document's own level
            bare = self.table.key_of(replace(mention, relative=None, level=None), head)
            bare_entry = self.table.entries.get(bare)
            if bare_entry is not None and bare_entry.names:
                return bare
        return self.table.key_of(mention, head)

    def _level_list_partners(self, mention: Mention, leads: list[Key] | None, head: Key | None) -> list[Key]:
        """市和区X部门会同同级Y部门: leads of a level list (bodies of distinct levels, none a collective) each
        have their own 同级/本级 partner, one Y per lead level (dev bj-jbnt, bj-shidi, sh-aqsc, kf-hehu, yn-xczx
        annotate one node per level); [] elsewhere (one lead, or leads of no one level each)."""
        if mention.relative != "same" or mention.collective or not leads or len(leads) < 2:
            return []
        levels = []
        for lead in leads:
            entry = self.table.entries.get(self.table.key_of_key(lead))
            if entry is None or entry.collective or not entry.level:
                return []
            levels.append(entry.level)
        if len(set(levels)) != len(levels):
            return []
        return _unique([self._target_key(mention, lead, head) for lead in leads])

    def _lead_level_partner(self, mention: Mention, leads: list[Key]) -> Key | None:
        """县级党委组织部门会同扶贫开发工作机构: a bare partner of one lead of one level is the partner of that
        level (as 会同本级X), where the document names it there; else None."""
        if mention.body or mention.level or mention.relative or mention.collective or len(leads) != 1:
            return None
        lead = self.table.key_of_key(leads[0])
        entry = self.table.entries.get(lead)
        if entry is None or entry.collective or lead[:2] == ("dept", "") or not entry.level:
            return None
        return self._target_key(replace(mention, relative="same"), lead, None, create=False)

    def _partner_set(self, mention: Mention, leads: list[Key], head: Key | None) -> Key | None:
        """X会同有关部门: the bare partner set is the 有关部门 spanning levels (县级以上人民政府有关部门)
        where the document names one (devset: the annotations of 15 such partners in 11 documents name
        the spanning set, 2 keep a bare node); None where it names none, or where a lead is a body of
        one level the set does not speak for (国务院X: 国务院有关部门; 县X: that county's departments)."""
        if mention.body or mention.level or mention.relative or mention.collective not in organ_lexicon().unnamed_sets:
            return None
        leads = [self.table.key_of_key(key) for key in leads]
        if any(key[:1] == ("coll",) and key[1] in RELATIVE_SETS for key in leads):
            return None  # 上一级X会同有关部门: the one body a level up, with that level's departments
        entries = [self.table.entries.get(key) for key in leads]
        if any(e and not e.collective and e.level in _OWN_SET_LEVELS for e in entries):
            return None
        if not _JOINT_BEFORE.search(self.view.text, max(0, mention.start - 2), mention.start):
            return None
        return self._spanning_any(replace(mention, stem=mention.collective, collective=None), head)

    def _asked_to_order(self, clause: Clause, mention: Mention) -> bool:
        """由Y报(请)X责令拆除: X holds the clause with Y (``_ordering_bodies``) and is still the target of Y's
        report (dev gold: hb-qihe, sh-yinshui give the REPORTS_TO; both annotations of py-majiahe too)."""
        text = self.view.text
        if not _REPORTED_TO.search(text, max(clause.start, mention.start - 2), mention.start):
            return False
        chain = _joined([m for m in clause.mentions if m.start >= mention.start], text, mention.start)
        return bool(chain) and text.startswith(tuple(triggers()["reported_orders"]), chain[-1].end)

    def _ordering_bodies(self, clause: Clause, text: str, head: Key | None, sources: list[Key]) -> list[Key]:
        """由Y报(请)X责令拆除: X orders what Y asks of it, so X is a joint holder (genre rule 10: a named
        sanctioning body holds a duty); X is seen from each source, as the target of Y's report."""
        if "责令" not in text[clause.start : clause.end]:
            return []  # cheap pre-check
        orders = tuple(triggers()["reported_orders"])
        found: list[Key] = []
        for index, mention in enumerate(clause.mentions):
            if not _REPORTED_TO.search(text, max(clause.start, mention.start - 2), mention.start):
                continue
            chain = _joined(clause.mentions[index:], text, mention.start)
            if text.startswith(orders, chain[-1].end):
                for ordering in chain:
                    seen = [self._target_key(ordering, source, head) for source in sources]
                    found += seen or [self.table.key_of(ordering, head)]
        return _unique([key for key in found if key not in sources])

    def _joined_after_joint(self, clause: Clause, subject: list[Key], head: Key | None) -> set[Key]:
        """X会同同级A、B等部门…报Y批准: every subject member printed after 会同/商 shares the duty but
        does not report (only the lead does, as 由X会同Y); relations only, the holders stay."""
        text = self.view.text
        marked = next((m for m in clause.mentions if _joint_marked(text, clause.start, m)), None)
        if marked is None:
            return set()
        after = {self.table.key_of(m, head) for m in clause.mentions if m.start >= marked.start}
        return after & set(subject) - {subject[0]}

    def _cooperation(
        self, article: ArticleSpan, clause: Clause, helpers: list[Key], acting: list[Key], implicit: bool = True
    ) -> list[Relation]:
        """X依法监督检查，Y应当予以配合: Y assists the bodies that act earlier in the sentence (the other
        party of the 配合; implicit, the text prints no object); no edge goes to a helper itself."""
        start, end, evidence = self._decoded_span(*_trim(self.view.text, clause.start, clause.end))
        return [
            self._relation("ASSISTS", source, target, article, evidence, start, end, implicit=implicit)
            for source in helpers
            for target in acting
            if source != target and target not in helpers and not self._regulated(target)
        ]

    def _trade_work_holders(self, helpers: list[Key], work: list[tuple[str, list[Key]]]) -> list[Key]:
        """X应当优先安排电力、通信等设施建设。…，电力、通信企业应当予以配合: units named by their trade help
        the holders of the article's first duty that names every one of those trades (the work the trade
        serves), not the bodies of the clause before (dev gz-fupin 24; nb-wuran 35 names its trades in the
        acting clause itself). None where a helper is no regulated unit named trade + unit head."""
        heads = tuple(lexicon_data("organs.yaml")["subject_actor"]["shared_heads"]["heads"])
        entries = [self.table.entries.get(self.table.key_of_key(key)) for key in helpers]
        if any(entry is None or entry.level != "social" or entry.collective for entry in entries):
            return []  # 有关单位应当予以配合: a set of units names no trade
        names = [self.table.organ_id(key).rpartition("/")[2] for key in helpers]
        trades = [_trade_word(name, heads) for name in names]
        if any(len(trade) < 2 for trade in trades):
            return []
        return next((leads for quoted, leads in work if leads and all(t in quoted for t in trades)), [])

    def _unaddressed_help(
        self, clause: Clause, text: str, clause_text: str, subject: list[Key], head: Key | None
    ) -> bool:
        """予以配合 ending the clause, or a bare 配合/协助 right after an organ of the clause's subject
        (Y应当配合 / 由X负责，Y协助): in 可以请求Y协助 the organ before the verb is not the subject."""
        if _unaddressed().search(clause_text):
            return True
        found = _bare_assist().search(text, clause.start, clause.end)
        if found is None:
            return False
        before = [m for m in clause.mentions if m.end == found.start()]
        return bool(before) and self.table.key_of(before[-1], head) in subject

    def _committee_help(self, clause: Clause, text: str, subject: list[Key], head: Key | None) -> list[Key]:
        """乡镇人民政府…。村（居）民委员会应当协助做好…工作: a village or residents' committee of the subject
        helping with a work, no body printed as its object, assists the township bodies (乡镇人民政府、街道办事处)
        holding a duty earlier in the article (dev: 20 of 20 such clauses in 20 annotations give an implicit
        ASSISTS, 17 to those township bodies; none is drawn where the article names none); the units listed
        with it (物业服务企业) get no edge. None where the verb is not the subject's, nor where a township body
        helps along with the committee (乡镇人民政府和村民委员会协助做好…: dev sg-hongse and zk-longhu have the
        committee help the township, yn-xczx has both help the body before; left alone)."""
        found = _committee_work_help().search(text, clause.start, clause.end)
        if found is None or any(self._level(key) == "township" for key in subject):
            return []
        before = [m for m in clause.mentions if m.end == found.start()]
        if not before or self.table.key_of(before[-1], head) not in subject:
            return []
        return [key for key in subject if self._level(key) == "village"]

    def _asked_helpers(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """The organs a clause asks for help (提请Y予以协助): none in most clauses."""
        spans = _assist_request_spans(text, clause)
        return _unique([self.table.key_of(m, head) for m in clause.mentions if _within(m.start, spans)])

    def _time_piece_bodies(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """X办理…时，Y应当予以配合: the bodies opening the time piece merged before Y's piece (they act
        in it, so they are the party Y works with)."""
        if not clause.pieces:
            return []
        if text[clause.start : clause.pieces[0]].rstrip(",").endswith(_time_closers()):
            bodies = self._subject_at(clause, clause.start, text, head)
            if bodies:
                return bodies
        # X…需要Y协助的，Y应当依法协助 / 在…时，X需要…的，Y应当予以配合: a condition piece whose opening
        # bodies act in it (the need or the act is theirs) names the party Y helps
        bounds = [clause.start, *clause.pieces]
        for begin, piece in pairwise(bounds):
            if text[begin:piece].rstrip(",").endswith(_condition_closers()):
                bodies = self._subject_at(clause, begin, text, head)
                if bodies:
                    return bodies
        return []

    def _opens_package(self, clause: Clause, clause_text: str, agent: bool) -> bool:
        """由Y责令…(，罚款) / 情节严重的，处…罚款: a penalty imposed by a named or carried authority in a
        sanction sentence, whose comma-joined pieces (赔偿损失，并处罚款) are the same duty."""
        if clause_text.rstrip().endswith(":") or not _penalty().search(_masked(self.view.text, clause)):
            return False
        if _MODAL_AT.search(clause_text):
            return False  # 发现…的，应当责令改正，并报告: an authority's duty on findings, not a penalty article
        conditioned = bool(clause.pieces) and self.view.text[clause.pieces[0] - 2 : clause.pieces[0]] == "的,"
        if not (agent or conditioned):
            return False
        stop = _SENTENCE_END.search(self.view.text, clause.end)
        sentence_end = stop.start() if stop else len(self.view.text)
        start = max(0, self.view.text.rfind("。", 0, clause.start) + 1)
        # a sanction word (责令改正, 罚款), or any penalty a named body imposes (由Y责令停止违法行为)
        return any(p.search(self.view.text, start, sentence_end) for p in _sanction_words())

    def _extended(self, duty: Duty, end: int) -> Duty:
        """The duty with its span reaching the view offset ``end`` (a piece of the same package)."""
        stop = max(duty.end, self.view.span(*_trim(self.view.text, end - 1, end))[1])
        return duty.model_copy(update={"end": stop, "text": self.decoded[duty.start : stop]})

    def _cut_before(self, duty: Duty, start: int) -> Duty:
        """The duty with its span ending before the piece that opens at the view offset ``start``."""
        stop = self.view.span(*_trim(self.view.text, start - 2, start - 1))[1]
        return duty.model_copy(update={"end": stop, "text": self.decoded[duty.start : stop]})

    def _ordered_by(self, duty: Duty, clause: Clause, head: Key | None, holders: list[Key]) -> Duty:
        """The duty with the bodies asked to order in its added piece (…，并报同级人民政府责令拆除) as
        joint holders, as for a clause of its own (``_ordering_bodies``)."""
        ordering = self._ordering_bodies(clause, self.view.text, head, holders)
        added = [self.table.organ_id(k) for k in ordering]
        return duty.model_copy(update={"holders": list(dict.fromkeys([*duty.holders, *added]))}) if added else duty

    def _subject(self, clause: Clause, text: str, head: Key | None, carried: list[Key] | None = None) -> list[Key]:
        """Mentions at the clause start (joined by 、/和/会同) bear the clause's duty; in a merged clause
        the subject may open a later piece (情况特殊时，市人民政府…应当…). A 本级X subject is seen from
        the carried holder."""
        handled = self._handed_thing_handlers(clause, text, head, carried or [])
        if handled:
            return handled
        qualified = self._qualified_subject(clause, text, head) or self._main_subject(clause, text, head)
        if qualified:
            return qualified
        owners = self._owned_thing_submitters(clause, text, head)
        if owners:
            return owners
        starts = [clause.start, *clause.pieces]
        if clause.pieces and _bare_personnel_topic(clause, text):
            starts = starts[1:]  # X负责人年度考核等次，Y应当…: the head is the matter Y acts on
        for start in starts:
            subject = self._subject_at(clause, start, text, head, carried)
            if subject:
                return subject
        return self._tail_subject(clause, text, head) or self._agent(clause, text, head, seen=carried)

    def _handed_thing_handlers(self, clause: Clause, text: str, head: Key | None, carried: list[Key]) -> list[Key]:
        """常务委员会组成人员的审议意见交由市人民政府研究处理: the organs after 交由 handle a thing of the opening
        organs' (triggers.yaml handed_thing); a 本级 receiver is seen from the carried holders."""
        owners = _joined(clause.mentions, text, clause.start)
        if not owners or owners[0].start != clause.start:
            return []
        found = _trigger_regex("handed_thing").match(text, owners[-1].end, clause.end)
        if found is None:
            return []
        chain = _joined([m for m in clause.mentions if m.start >= found.end()], text, found.end())
        if not chain or not _trigger_regex("handed_thing_act").match(text, chain[-1].end, clause.end):
            return []
        return _unique([k for m in chain for k in self._handler_seen_from(m, carried, head)])

    def _handler_seen_from(self, mention: Mention, carried: list[Key], head: Key | None) -> list[Key]:
        """本级人民政府 seen from the governments carried is each of them (省和设区的市人民政府…交由本级人民政府)."""
        if mention.relative == "same" and carried and all(key[:1] == (mention.cls,) for key in carried):
            return list(carried)
        return self._seen_from(mention, carried, head)

    def _banned_actors(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """禁止X零售经营者在…储存… / 禁止X单位及其有关负责人从事下列行为: a ban whose object, right after the ban
        word, is a named regulated actor is addressed to it; the actor (and the list joined to it) holds the
        clause (triggers.yaml banned_actor_lead). A ban on anyone names no organ there and stays no duty."""
        found = _trigger_regex("banned_actor_lead").match(text, clause.start, clause.end)
        if found is None:
            return []
        chain = _joined([m for m in clause.mentions if m.start >= found.end()], text, found.end())
        if not chain or chain[0].kind not in triggers()["banned_actor_kinds"]:
            return []
        return [self.table.key_of(m, head) for m in chain]

    def _reviewer(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """…的，应当经X审核同意后，报Y批准: a sentence with no submitter printed (none carried either):
        the reviewing bodies X hold it; they pass the matter on to Y (triggers.yaml review_then_report)."""
        at = text.find("经", clause.start, clause.end)
        if at < 0 or text[max(0, clause.start - 2) : clause.start].rstrip().endswith((";", "；")):
            return []  # X应当…报Y审批；…的，经Z签署意见后，报W审批: the subject before ； goes on (gw-cjcs)
        chain = _joined([m for m in clause.mentions if m.start > at], text, at + 1)
        if not chain or not _trigger_regex("review_then_report").match(text, chain[-1].end, clause.end):
            return []
        if any(m.relative for m in chain):
            return []  # 经本级人民政府审核: no holder to see 本级 from
        return [self.table.key_of(m, head) for m in chain]

    def _certifier(self, before: Clause, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """X经Y认定，报Z备案: the body that certified X in the piece right before a subjectless submission sends
        the matter on, not X (triggers.yaml certified_piece; dev cq-zongjiao, sd-cwh, none against)."""
        gap = text[before.end : clause.start].strip()
        if gap not in ("", ",", "，") or not _SUBMITTED.match(text, clause.start):
            return []
        at = text.rfind("经", before.start, before.end)
        chain = _joined([m for m in before.mentions if m.start > at], text, at + 1) if at >= 0 else []
        if not chain or any(m.relative for m in chain):
            return []
        if not _trigger_regex("certified_piece").fullmatch(text[chain[-1].end : before.end].rstrip(",，")):
            return []  # 经Y审核，报Z: a review leaves the reading as it was (split in dev)
        return [self.table.key_of(m, head) for m in chain]

    def _parallel_submitter(
        self, clause: Clause, text: str, holders: list[Key], relations: list[Relation]
    ) -> list[Key]:
        """X…的，应当报A审批，A应当…作出决定；…的，应当报B备案: a conditional submission after ； whose carried
        holder is the receiver of a submission earlier in the sentence is the case parallel to that one, so the
        sender of the earlier one submits again, not its receiver (dev cq-zongjiao 15, none against)."""
        if not text[max(0, clause.start - 2) : clause.start].rstrip().endswith((";", "；")):
            return []  # cheap pre-check: the piece opens a ;-part
        if not _PARALLEL_CASE_SUBMISSION.match(text, clause.start, clause.end):
            return []
        opening = _sentence_start(text, clause.start, "。\n")
        ids = {self.table.organ_id(holder) for holder in holders}
        earlier = [
            r for r in relations if r.type == "REPORTS_TO" and opening <= r.start < clause.start and r.target in ids
        ]
        senders = {r.source for r in earlier}
        if not earlier or senders & ids:
            return []
        return [key for key in self.table.entries if self.table.organ_id(key) in senders]

    def _deliberator(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """督察报告经X集体审议后，报送Y / 自查报告经X常务会议审议，…报送Y: a report opening the piece and
        deliberated by X's own collective or meeting is X's; X sends it on (triggers.yaml deliberated_report)."""
        found = _trigger_regex("deliberated_report").match(text, clause.start, clause.end)
        if not found or any(m.start < found.end() for m in clause.mentions):
            return []
        chain = _joined([m for m in clause.mentions if m.start >= found.end()], text, found.end())
        if not chain or not _trigger_regex("deliberating_meeting").match(text, chain[-1].end, clause.end):
            return []
        if any(m.relative for m in chain):
            return []  # 经本级人民政府常务会议审议: no holder to see 本级 from
        return [self.table.key_of(m, head) for m in chain]

    def _owned_thing_submitters(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """A部门和B人民政府的物资储备情况应当报C备案: the organs owning the thing that opens the clause and is
        sent on (报/向…) after the modal are its submitters, as the owner of a thing-subject is elsewhere
        (_thing_submission); not a subject carried from the sentence before (dev sh-tufa, none against)."""
        chain = _joined(clause.mentions, text, clause.start)
        if not chain or any(m.relative for m in chain):
            return []
        found = _OWNED_THING_SUBMISSION.match(text, chain[-1].end, clause.end)
        if found is None or any(chain[-1].end < m.start < found.end() for m in clause.mentions):
            return []
        if not any(m.start == found.end() for m in clause.mentions):
            return []  # 主席团的名单应当向社会公布: sent to no organ, the body's list is no submission of its own
        return [self.table.key_of(m, head) for m in chain]

    def _report_team(self, clause: Clause, text: str) -> list[Key]:
        """调查评估报告报Y批准 / 事故调查报告报送Y: a report named by its work opens the piece with no organ
        before the report verb; the team the document names after that work (调查评估组, 事故调查组) writes it
        and sends it (triggers.yaml team_report). No such team printed: [] (the usual reading stands)."""
        found = _trigger_regex("team_report").match(text, clause.start, clause.end)
        if not found or any(m.start < found.end() for m in clause.mentions):
            return []
        if text[clause.start : clause.end].rstrip(",，;；。 ").endswith(("后", "时")):
            return []  # 事故调查报告报送Y后，…即告结束: a time piece, no duty (dev gw-accident)
        work = found.group("work")
        for cut in range(len(work) - 1):  # 事故调查报告: 事故调查组 first, then 调查组
            for head in triggers()["team_report_heads"]:
                team = work[cut:] + head
                for key, entry in self.table.entries.items():
                    if team in entry.surfaces or team in entry.names:
                        return [self.table.key_of_key(key)]
        return []

    def _stepwise_relay(self, clause: Clause, text: str, head: Key | None) -> tuple[list[Key], int]:
        """经X审核后逐级上报Y / 逐级上报，经X审核后报Y: the reviewing organs X and where the targets they pass
        the matter on to begin (triggers.yaml relay_stepwise); ([], 0) where the clause climbs no levels."""
        if not _has(text[clause.start : clause.end], triggers()["relay_stepwise"]):
            return [], 0
        at = text.find("经", clause.start, clause.end)
        while at >= 0:
            chain = _joined([m for m in clause.mentions if m.start > at], text, at + 1)
            review = chain and _trigger_regex("relay_review").match(text, chain[-1].end, clause.end)
            stepwise = review and _has(text[clause.start : review.end()], triggers()["relay_stepwise"])
            if review and stepwise and not any(m.relative for m in chain):
                return [self.table.key_of(m, head) for m in chain], review.end()
            at = text.find("经", at + 1, clause.end)
        return [], 0

    def _titled_subject(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """X的职责：: the organs titling a duty list hold it (the possessive makes no subject elsewhere)."""
        return [self.table.key_of(m, head) for m in _title_holders(text, clause)]

    def _renewed_objector(
        self, clause: Clause, text: str, head: Key | None, article_start: int, mentions: list[Mention]
    ) -> list[Key]:
        """对复查决定仍有异议的，可以向Y申诉: a subjectless objection printed with 仍 (again) is raised by the
        organ that objected earlier in the article (X对…有异议的，可以向Z申请复查), not by the body of the
        sentence between (Z应当作出复查决定); an organ printed in the objection only names whose decision
        it is (dev sd-jydd, zz-jydd: both annotations hold the objecting unit)."""
        found = _trigger_regex("renewed_objection").match(text, clause.start, clause.end)
        if not found:
            return []
        earlier = _trigger_regex("first_objection")
        for match in reversed(list(earlier.finditer(text, article_start, clause.start))):
            party = [m for m in mentions if m.end == match.start("obj")]
            if party:
                return [self.table.key_of(party[-1], head)]
        return []

    def _main_subject(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """X办理…时，Y应当予以配合 / X接到报告后，Y应当… / X…的，(除…外，)Y应当… or 由Y…: an organ inside a
        time or condition piece is the subject of that piece only; the organs opening a later piece right
        before the modal (or after its 由) bear the duty (genre rule 4: the subject carrying 应当)."""
        for piece in clause.pieces:
            agent = text.startswith("由", piece)
            if text[piece - 1 : piece] != "," or not (
                text.endswith(_subject_closers(), clause.start, piece - 1)
                or (agent and self._topic_piece(clause, text, piece))
            ):
                continue
            # …时，事发地的Y应当… / …的，项目所在地Y应当…: the place names no body, Y after it is the subject
            place = _piece_place().match(text, piece + agent, clause.end)
            opening = place.end() if place else piece + agent
            if text.startswith("各", opening) and all(m.start != opening for m in clause.mentions):
                opening += 1  # …时，各有关单位应当予以配合: "each of" before a set that has no 各 of its own
            # …的，由X或者其他有关部门…: alternatives too
            chain = _joined([m for m in clause.mentions if m.start >= piece], text, opening, alternatives=bool(agent))
            lead_end = _qualified_piece_lead(text, opening, clause.end) if not chain and not agent else 0
            if lead_end and any(m.start == lead_end for m in clause.mentions):
                # Z举行会议时，不是Z组成人员的Y应当列席: a 的-phrase qualifies Y, the subject after the time piece
                chain = _joined([m for m in clause.mentions if m.start >= lead_end], text, lead_end)
            if (
                chain
                and not agent
                and text.startswith(",", chain[-1].end)
                and not _PIECE_MODAL.match(text, chain[-1].end + 1)
            ):
                # …举行会议时，主席团，乡镇人民政府可以…: two lists parted by a comma, one subject of the modal
                after = chain[-1].end + 1
                more = _joined([m for m in clause.mentions if m.start >= after], text, after)
                if more and _PIECE_MODAL.match(text, more[-1].end):
                    chain = [*chain, *more]
            modal_at = chain[-1].end + (text[chain[-1].end : chain[-1].end + 1] == ",") if chain else 0
            if chain and (agent or _PIECE_MODAL.match(text, modal_at)):  # X的有关部门，应当…: the comma too
                return [self.table.key_of(m, head) for m in chain]
        return []

    def _topic_piece(self, clause: Clause, text: str, piece: int) -> bool:
        """街道办事处的内设机构，由Y核定: the first piece is no more than the organs it names (a fronted topic),
        so the organs after 由 in the next piece act on them and bear the duty."""
        if piece != next((p for p in clause.pieces if p > clause.start), -1):
            return False
        after = re.match(r"[^,;。]*", text[piece : clause.end])
        if after and _has(after.group(0), triggers()["topic_agent_skips"]):
            return False  # 总林长，由书记、县长担任: a post filled (a designation), no duty of the incumbents
        lead = text.find(text[clause.start : piece - 1].lstrip(), clause.start)
        chain = _joined([m for m in clause.mentions if m.start >= lead], text, lead)
        return bool(chain) and chain[-1].end == piece - 1

    def _qualified_subject(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """本规定所列以外的经营单位，…应当… / 规模较大的经营单位应当…: a 的-phrase with no organ of its own
        opens the clause; the organs right after it, ending their piece or followed by the modal, are
        the subject."""
        if not clause.mentions or text.find("的", clause.start, clause.mentions[0].start) < 0:
            return []  # cheap pre-check: no 的 before the first organ
        # 除…另有规定外，高危行业的X，从业人员三百人以下的，…: the exception piece before the qualified subject
        save = _SAVE_PIECE.match(text, clause.start, clause.mentions[0].start)
        if not _QUALIFIED_LEAD.fullmatch(text, save.end() if save else clause.start, clause.mentions[0].start):
            return []
        chain = _joined(clause.mentions, text, clause.mentions[0].start)
        later = next((m for m in clause.mentions if m.start > chain[-1].end), None)
        listed = later is not None and text.startswith(",以及", chain[-1].end) and later.start == chain[-1].end + 3
        if later is not None and listed and _comma_joined(clause, later, text):
            # 保护范围内的A及其B，以及C、D，每年应当…: the lists up to the modal are one subject (_comma_joined)
            chain += _joined([m for m in clause.mentions if m.start >= later.start], text, later.start)
        while (joint := _QUALIFIED_JOINT.match(text, chain[-1].end)) and (
            nxt := next((m for m in clause.mentions if m.start == joint.end()), None)
        ):
            # A的X和B的Y应当…: a second qualified member joined to the first is the subject too
            # (从业人员一百人以上的高危生产经营单位和从业人员三百人以上的其他生产经营单位，应当…)
            chain += _joined([m for m in clause.mentions if m.start >= nxt.start], text, nxt.start)
        cursor = chain[-1].end
        # 保护区所在地的区人民政府…按照职责分工负责…: a manner phrase naming the holders' own powers may stand
        # between the qualified subject and its verb, as after an item's subject (_ITEM_DUTY_AFTER)
        manner = _QUALIFIED_MANNER.match(text, cursor)
        at = manner.end() if manner else cursor
        verb = _MODAL_AT.match(text, at) or _QUALIFIED_DUTY_VERB.match(text, at)
        if verb is None and _described_place(chain, text):
            verb = _PIECE_MODAL.match(text, at)
        if cursor not in clause.pieces and cursor + 1 not in clause.pieces and not verb:
            return []
        if text.find("由", cursor, clause.end) >= 0:
            return []  # …的X，未…的，由Y警告: X is the condition's subject, Y acts (found by _agent)
        return [self.table.key_of(m, head) for m in chain]

    def _tail_subject(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """…规模较小的生产经营单位，应当…: a piece that ends with an organ (after 的) and is followed by a
        modal piece names the subject of that modal piece."""
        for piece in clause.pieces:
            if text[piece - 1 : piece] != ",":
                continue
            last = [m for m in clause.mentions if m.end == piece - 1]
            if not _MODAL_AT.match(text, piece) and not (
                _described_place(last, text) and _APPROVED_PERMISSION.match(text, piece)
            ):
                continue
            if last and text[last[0].start - 1 : last[0].start] == "的":
                return [self.table.key_of(last[0], head)]
        return []

    def _note_owner(self, owned: Key, owners: list[Key]) -> None:
        """X所属的Y / X…，其所属的Y: Y sits in X, the body the possessive names (PART_OF, explicit); 其 points
        to the holder carried from the clause before (dev hn-chaoxian, hz-xihu, xl-caoyuan annotate the tie).
        Owners of several kinds (交通运输主管部门和公安机关，其所属的Y和Z) pair in order: Y is the first's."""
        if not owners or owned in owners:
            return
        kept = owners if _one_kind_of_body(owners) else owners[:1]
        self.possessors.setdefault(owned, tuple(kept))

    def _subject_at(
        self,
        clause: Clause,
        start: int,
        text: str,
        head: Key | None,
        anchors: list[Key] | None = None,
        alternatives: bool = False,
    ) -> list[Key]:
        """The bodies that open the clause at ``start``. With ``alternatives`` (a sanction's condition)
        the 有关 set after 或者其他 joins them, as after 由 (``_joined``)."""
        lead = _SUBJECT_LEAD.match(text, start, clause.end)
        cursor = lead.end() if lead else start
        starts = {m.start for m in clause.mentions}
        region = _subject_region().match(text, cursor)
        if region and region.end() in starts:
            cursor = region.end()  # 叶尔羌河流域甲县、乙县人民政府应当…: the basin says where the bodies lie
        negated = _qualified_piece_lead(text, cursor, clause.end)
        first = start
        if negated in starts:
            # 不是代表的乡长、副乡长列席…: the negated membership (its organs too) qualifies the subject
            cursor = first = negated
        # 驻村第一书记…要, 全省各级人民政府…: the words qualify the subject, not the clause
        cursor = max((end for end in _qualified_ends(text, cursor) if end in starts), default=cursor)
        cursor += _case_lead_at(clause, text, cursor)  # 依法作出处罚决定的行政机关可以…: 依法 qualifies the act
        subject: list[Key] = []
        bare_only = True
        previous: Mention | None = None
        for mention in (m for m in clause.mentions if m.start >= first):
            # 驻村工作队员和第一书记…的: the team's members are printed through the team, the list goes on
            gap = text[cursor + (len(_member_word_at(text, cursor)) if subject else 0) : mention.start]
            if not subject and mention.item and mention.level_word and gap == mention.level_word:
                gap = ""  # 市人力资源和社会保障、教育等部门应当…: the list's level word, printed once, opens it
            if subject and gap == "等" and _set_then_member(clause, mention, text):
                cursor = mention.end  # A、B等部门和C: the set sums up A and B; C after it joins them
                continue
            if subject and gap not in _SUBJECT_JOINERS and _POSSESSIVE_JOINER.fullmatch(gap):
                gap = ""  # 县级以上人民政府或者其防汛指挥机构应当…: both bear the duty
                if len(subject) == 1 or _one_kind_of_body(subject):
                    self.possessors.setdefault(self.table.key_of(mention, head), tuple(subject))
            if _OWNED_GAP.fullmatch(gap) and (
                not text.endswith("其所属的", 0, mention.start) or _one_owner(text, mention.surface)
            ):
                # X所属的Y负责… / 其所属的Y负责…: the subordinate body Y bears the clause, not its owner X (dev
                # gw-cjcs, sh-hedao, hy-baoyu, gw-senlin, hn-chaoxian, xl-caoyuan annotate Y alone; X及其所属的Y
                # is a pair, _POSSESSIVE_JOINER)
                self._note_owner(self.table.key_of(mention, head), subject or list(anchors or ()))
                subject, gap, bare_only = [], "", True
            if gap in _LIST_COMMAS and subject and _comma_joined(clause, mention, text):
                gap = ""  # 市、县人民政府，乡镇人民政府、街道办事处应当…: two lists, one subject
            if gap == "," and subject and _post_list_continued_at(text, cursor, mention.start, clause.end):
                gap = ""  # 乡长、副乡长，镇长、副镇长列席…: two lists of posts, one subject
            if subject and _qualified_member_gap(gap):
                gap = ""  # 乡镇人民政府、各类开发区管委会应当…: 各类 qualifies the next member, the list goes on
            if subject and previous is not None and _examples_member(mention, gap, previous):
                gap = ""  # X及其有关部门、广播电视和报刊等新闻媒体应当…: examples of the next member's kind
            if (alternatives or _bare_set(mention, text)) and subject and _sanctioned_set(clause, start, mention, gap):
                # X或者其他有关部门及其工作人员，有下列行为之一的: the set is sanctioned too; so X或者其他有关
                # 部门应当/可以… bears the duty (dev gw-jianshe twice, hz-shuiwuran annotate the set), unless
                # the pair qualifies a noun after it (X或者其他有关部门指定的机构，负责…)
                gap = ""
            if gap not in _SUBJECT_JOINERS or (not subject and gap in ("会同", "商")):
                break  # a clause opening with 会同Y keeps its carried holder; Y joins it
            if gap == "与" and subject:
                break  # 与 marks a partner, not a holder
            partner_set = self._partner_set(mention, subject, head)  # 由X会同有关部门 as a subject list
            # X会同同级Y: Y is seen from the lead X (genre rule 4), as in a 会同 later in the clause
            seen_from = list(subject) if gap in ("会同", "商") and not anchors else anchors
            listed = [] if partner_set else self._level_list_partners(mention, seen_from, head)
            subject.extend(listed or [partner_set or self._holder_seen_from(mention, seen_from, head)])
            bare_only = bare_only and mention.bare
            cursor = mention.end
            previous = mention
        members = _member_suffix()
        if subject and _possessed().match(text, cursor + (len(members) if text.startswith(members, cursor) else 0)):
            # 河长名单应当向社会公布: the list is the subject, not the river chiefs; so is 工作队员的考核
            # (the team's members' appraisal)
            return []
        if (
            subject
            and lead is not None
            and lead.group("item")
            and not _ITEM_DUTY_AFTER.match(text, cursor)
            and not _report_rule_item(text, start, cursor)
            and not _trigger_regex("frequency_item").match(text, cursor)  # (一)X每年不少于一次: X's duty
            and (not _paragraph_item(text, start) or _titled_item(text, lead.end("item")))
            and not _levelled_members(subject, self.article_head)
            and not _set_departments(subject, self.article_head, text[cursor : clause.end])
        ):
            return []  # (一)党中央、国务院重大决策部署落实情况: an item naming an object, no holder
        if subject and _modified_topic(clause, cursor, text):
            return []  # 市和区X所必需的经费，由Y列入预算: X qualifies the topic; Y after 由 is the holder
        if subject and _relative_clause_agents(clause, cursor, text):
            return []  # X、Y已经批准公布的保护对象，直接列入名录: X acts only inside the modifier of a thing
        if subject and bare_only and _AGENT.search(text, cursor, clause.end):
            return []  # 县级河道的规划由X编制: the level words qualify a thing; X after 由 is the holder
        if subject and _topic_before_agent(text, cursor, clause.end) and self._agent(clause, text, head, seen=anchors):
            return []  # 社区居民委员会换届选举工作由街道办事处组织: X qualifies the topic; Y after 由 acts
        if subject and _trigger_regex("appointed_by").match(text, cursor, clause.end):
            return []  # 组长由本级人民政府确定: the post is appointed; the body after 由 acts (_agent)
        if subject and _body_before_agent(text, cursor, clause.end) and self._agent(clause, text, head, seen=anchors):
            self.topic = subject  # Z由Y统筹组建，负责…: Z bears the pieces after the 由 clause (the loop)
            return []  # 居民会议由居民委员会召集。: the body right before 由 is what the agent acts on
        if subject and _trigger_regex("staff_sent").match(text, cursor, clause.end):
            # 调查组由A、B派人组成: the bodies that send staff act; the team is only made up of them
            return self._agent(clause, text, head, seen=anchors) or subject
        return subject

    def _addressed_before(self, before: list[Clause], text: str, head: Key | None) -> list[Key]:
        """向A、B或者C报告；…的，还应当同时向D报告。接到报告的部门: every body the sentence before (or the
        clauses of this one) addressed, in text order; none past the full stop that opens that sentence."""
        keys: list[Key] = []
        end = before[-1].end
        for at, clause in enumerate(reversed(before)):
            if at and "。" in text[clause.end : end]:
                break
            end = clause.start
            keys = self._addressed(clause, text, head) + keys
        return _unique(keys)

    def _open_addressing(self, before: list[Clause], text: str) -> bool:
        """向A、B或者有关部门投诉: the addressing clause just before (in the same sentence) closes its list with an
        open set, so a body named only by what it received is no sum of the printed ones (organs.yaml)."""
        end = before[-1].end
        for at, clause in enumerate(reversed(before)):
            if at and "。" in text[clause.end : end]:
                break
            end = clause.start
            match = _addressing().search(text, clause.start, clause.end)
            if match is not None and _open_addressees().search(match.group("to")):
                return True
        return False

    def _addressed(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """The bodies a clause addresses (向X、Y或者Z举报): the set 接到举报的部门 of the next clause."""
        match = _addressing().search(text, clause.start, clause.end)
        if match is None:
            return []
        inside = [m for m in clause.mentions if m.start >= match.start("to") and m.end <= match.end("to")]
        return _unique([self.table.key_of(m, head) for m in inside])

    def _organised_evaluators(self, clause: Clause, text: str, head: Key | None) -> tuple[list[Key], int]:
        """X组织A、B对Y…进行评价: the organised organs A, B perform the evaluation of Y (its printed evaluators;
        the organiser keeps its own edge). The keys and where the overseen part begins; ([], 0) where none
        are organised (triggers.yaml organised_evaluation)."""
        at = text.find("组织", clause.start, clause.end)
        if at < 0:
            return [], 0
        chain = _joined([m for m in clause.mentions if m.start >= at + 2], text, at + 2)
        if not chain or any(m.relative for m in chain):
            return [], 0
        opener = _trigger_regex("organised_evaluation").match(text, chain[-1].end, clause.end)
        if opener is None:
            return [], 0
        return _unique([self.table.key_of(m, head) for m in chain]), opener.end()

    def _summoned(self, before: list[Clause], text: str, head: Key | None) -> list[Key]:
        """召集X和Y召开协调会议，…；相关单位应当…: the bodies summoned (the organs joined right after 召集) by
        the nearest clause before in the same sentence; none where a full stop comes between."""
        end = before[-1].end if before else 0
        for clause in reversed(before):
            if "。" in text[clause.end : end]:
                return []
            end = clause.start
            match = _summoning().search(text, clause.start, clause.end)
            if match is None:
                continue
            chain = _joined([m for m in clause.mentions if m.start >= match.end()], text, match.end())
            if any(m.relative for m in chain):
                return []
            return _unique([self._concerned_body(m, head) for m in chain])
        return []

    def _concerned_body(self, mention: Mention, head: Key | None) -> Key:
        """召集相关派驻机构: 相关/有关 before the name of a body the document names elsewhere picks that body
        (the concerned ones among its offices), not a set of its own."""
        key = self.table.key_of(mention, head)
        printed = self._surface(mention.start, mention.end)
        opener = next((o for o in ("相关", "有关") if printed.startswith(o)), None)
        if opener is None:
            return key
        rest = printed[len(opener) :]
        named = {
            self.table.organ_id(self.table.key_of_key(k)): self.table.key_of_key(k)
            for k, e in self.table.entries.items()
            if not e.collective and e.surfaces[rest]
        }
        return next(iter(named.values())) if len(named) == 1 else key

    def _request_addressee(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """向A的上一级B申请复核 / 请求A的上一级B复查: the body asked, B (the mentions after the last 的)."""
        for pattern in _trigger_regexes("request_addressee"):
            match = pattern.search(text, clause.start, clause.end)
            if match is None:
                continue
            start, end = match.start("to"), match.end("to")
            start = max(start, text.rfind("的", start, end) + 1)
            inside = [m for m in clause.mentions if m.start >= start and m.end <= end]
            return _unique([self.table.key_of(m, head) for m in inside])
        return []

    def _note_set_up(
        self, article: ArticleSpan, clause: Clause, text: str, head: Key | None, holders: list[Key]
    ) -> None:
        """X设立Y (X the clause's single holder) or X…设立的Y (X just before the verb): Y is a body X sets
        up, so X is its body (genre rule 8), though Y's name does not contain X's."""
        if not clause.mentions or _setting_up().search(text, clause.start, clause.end) is None:
            return  # cheap pre-check: most clauses set nothing up
        self._note_defined_set_up(clause, text, head)
        for match in _setting_up().finditer(text, clause.start, clause.end):
            relative = text.startswith("的", match.end())
            gap_start = match.end() + 1 if relative else match.end()
            body = next((m for m in clause.mentions if m.start >= gap_start), None)
            if body is None or not _SET_UP_GAP.fullmatch(text, gap_start, body.start):
                continue
            if _FRAMED_SET_UP.match(text, gap_start):
                continue  # 建立以X满意度为主、以Y评价为辅的考核制度: a system framed by Y, Y set up by no one
            if not self._surface(body.start, body.end).endswith(_set_up_bodies()):
                continue
            if not self._surface(body.start, body.end).endswith(_MEETING_BODIES) and _set_up_owned_thing().match(
                text, body.end, clause.end
            ):
                continue  # 建立健全居民委员会工作评价机制: the body owns what is set up (建立X联席会议制度 sets X up)
            if relative:
                before = [m for m in clause.mentions if m.end <= match.start()]
                if not before or not _SET_UP_LEAD.fullmatch(text, before[-1].end, match.start()):
                    continue
                setter = self.table.key_of(before[-1], head)
            elif len(holders) == 1:
                setter = holders[0]
            else:
                continue
            key = self.table.key_of(body, head)
            if key != setter:
                self.setters.setdefault(key, setter)
                self.set_up_at.setdefault(key, (article, body))

    def _note_defined_set_up(self, clause: Clause, text: str, head: Key | None) -> None:
        """X在街道设立的工作委员会(以下简称Y): a body printed as set up by X and named by a short name of its
        own reading from then on (the definition takes Y's reading, which prints no X) is still X's body."""
        for mention in clause.mentions:
            printed = text[mention.start : mention.end]
            if mention.body is not None or not printed.endswith(_set_up_bodies()):
                continue  # (a centre set up and defined is placed by what it is said to belong to)
            if _set_up_relative().search(printed) is None:
                continue
            readings = find_mentions(printed, self.table.doc_level)
            if len(readings) != 1 or readings[0].body is None or readings[0].end - readings[0].start != len(printed):
                continue
            setter = self.table.key_of(readings[0].body, head)
            key = self.table.key_of(mention, head)
            if key != setter and setter in self.table.entries:
                self.setters.setdefault(key, setter)

    def _note_housed(self, article: ArticleSpan, mentions: list[Mention], head: Key | None) -> None:
        """X设在Y, or 设立X，设在Y (X named earlier in the sentence): the body X sits in department Y."""
        text = self.view.text
        if not any(word in text[article.start : article.end] for word in triggers()["located"]):
            return  # cheap pre-check: most articles house nothing
        for match in _housed().finditer(text, article.start, article.end):
            if any(m.start < match.end("verb") and match.start("verb") < m.end for m in mentions):
                continue  # 设在 inside an organ's name
            target = next((m for m in mentions if m.start >= match.end()), None)
            if target is None or target.start != match.end():
                continue  # 设在当地: no department printed
            if text.startswith(tuple(triggers()["object_qualifiers"]), target.end):
                continue  # 设在区人民政府指定的部门: the department is not named
            sentence_start = max(text.rfind(c, article.start, match.start()) for c in "。\n") + 1
            bodies = [
                m
                for m in mentions
                if sentence_start <= m.start
                and m.end <= match.start()
                and self._surface(m.start, m.end).endswith(_set_up_bodies())
            ]
            # the body ends right before the verb, or the verb opens a clause of that body's sentence
            if not bodies or (bodies[-1].end != match.start() and not match.group("comma")):
                continue
            # 市、县（区）X设在同级Y: each listed X sits in the Y of its own level (as in _note_dispatched)
            before = [m for m in mentions if sentence_start <= m.start and m.end <= bodies[-1].start]
            for printed in [*_listed_before(before, text, bodies[-1].start), bodies[-1]]:
                source = self.table.key_of(printed, head)
                relative = target.relative is not None
                housing = self._target_key(target, source, head) if relative else self.table.key_of(target, head)
                if source != housing:
                    self.housed.setdefault(source, []).append((housing, article, printed))

    def _note_dispatched(self, article: ArticleSpan, mentions: list[Mention]) -> None:
        """X是Y的派出机关 / 本条例所称X，是Y的派出机关 / X是Y的办事机构: X sits in Y, the body whose agency it is (the
        agency noun is read as a department named inside Y, the mention's body)."""
        self._note_affiliated(article, mentions)
        text, nouns = self.view.text, tuple(triggers()["dispatched_nouns"])
        if not any(noun in text[article.start : article.end] for noun in nouns):
            return  # cheap pre-check: few articles define an agency
        head = self.head_body(mentions)
        for index, agency in enumerate(mentions):
            if agency.body is None or not agency.surface.endswith(nouns) or index == 0:
                continue
            source = mentions[index - 1]
            if not _dispatched().fullmatch(text, source.end, agency.start):
                continue  # the agency is not the body printed right before the copula
            # 市、区X是本级Y的办事机构: each listed X sits in the Y of its own level (devset cq-jydd, sh-jydd)
            for printed in [*_listed_before(mentions[: index - 1], text, source.start), source]:
                key = self.table.key_of(printed, head)
                body = self._target_key(agency.body, key, head)
                if key != body:
                    self.dispatchers.setdefault(key, (body, article, printed))

    def _note_affiliated(self, article: ArticleSpan, mentions: list[Mention]) -> None:
        """X隶属于Y / X（以下简称Z）隶属于Y / X是Y所属的事业单位: the body X (a river's management centre)
        belongs to Y, the department it is printed as owned by; X sits in Y as an agency does."""
        text = self.view.text
        if not _affiliation_verb().search(text, article.start, article.end):
            return  # cheap pre-check: few articles state whom a body belongs to
        head = self.head_body(mentions)
        for member, owner in pairwise(mentions):
            link = _affiliation_link().fullmatch(text, member.end, owner.start)
            if link is None:
                continue
            copula = bool(link.group("copula"))
            if copula and owner.body is not None and _affiliation_tail().fullmatch(text, owner.body.end, owner.end):
                owner = owner.body  # X为Y所属的管理机构: the owned unit read into one mention with its owner Y
            elif copula and not _affiliation_tail().match(text, owner.end):
                continue
            key = self.table.key_of(member, head)
            body = self._target_key(owner, key, head)
            if key != body:
                self.dispatchers.setdefault(key, (body, article, member))

    def _note_sent(self, clause: Clause, head: Key | None, holders: list[Key]) -> None:
        """X选派Y (X the clause's holders; a role holder stands for its body) or X及其选派的Y (X just
        before the verb): each single role Y right after the verb sits in the unit that sends it."""
        text = self.view.text
        if not clause.mentions or _posting().search(text, clause.start, clause.end) is None:
            return  # cheap pre-check: most clauses send no one
        for match in _posting().finditer(text, clause.start, clause.end):
            if any(m.start <= match.start() < m.end for m in clause.mentions):
                continue  # 派出单位, 派出所: part of an organ's name, no act of sending
            after = [m for m in clause.mentions if match.end() <= m.start <= match.end() + _SENT_REACH]
            keys = (self.table.key_of(m, head) for m in after)
            # 配备 staffs a post (扶贫专干), not a class of staff (专职督学, a member role)
            staffing = match.group() in triggers()["staffing"]
            sent = [
                key
                for key in keys
                if self._single_role(key) and not self._regulated(key) and not (staffing and key[:1] == ("member",))
            ]
            if not sent:
                continue
            senders = self._sending_units(clause, match, head, holders)
            if not staffing and any(_sending_organiser(unit) for unit in senders):
                continue  # 省、市、县选派 / 组织部门会同…选派: organised there, sent by the 派出单位
            for key in sent:
                units = [unit for unit in senders if unit != key]
                if units:
                    self.senders.setdefault(key, units)

    def _sending_bodies(self, clause: Clause, text: str, holders: list[Key]) -> list[Key]:
        """单位主要负责人要…调研，选派工作队…，加强…管理: a subjectless piece of the same sentence that
        opens on sending staff (选派/派驻) is the unit's act, not its head's (units send; corpus senders
        are 单位/机构/部门), so the carried head roles give way to their bodies for it and what follows."""
        match = _sending().search(text, clause.start, min(clause.end, clause.start + _SEND_OPENING))
        if match is None or any(m.start < match.start() for m in clause.mentions):
            return []
        if not all(h[:1] == ("role",) for h in holders):
            return []
        bodies = _unique([tuple(h[1:-1]) for h in holders])
        return bodies if all(b in self.table.entries and not self._single_role(b) for b in bodies) else []

    def _reporter_before_receiver(
        self, clause: Clause, text: str, head: Key | None, holders: list[Key], earlier: list[tuple[int, list[Key], str]]
    ) -> list[Key]:
        """A由B组织，C负责监督，结果应当报C备案: a subjectless report piece whose carried holders are the very
        organs it reports to would report to itself (no relation); where the receiver's own duty just before is
        an oversight of the sentence's work (triggers.yaml receiver_oversight), the piece is the act of the holders
        of the duty before that one (B), the party the receiver oversees. [] where no such duties stand."""
        receivers = [
            self.table.key_of(m, head)
            for m in clause.mentions
            if _report_to().search(text, max(0, m.start - 12), m.start)
        ]
        if not receivers or set(holders) - set(receivers):
            return []
        opening = _sentence_start(text, clause.start, "。\n")
        same = [(keys, duty) for start, keys, duty in earlier if start >= opening and keys]
        if len(same) < 2 or set(same[-1][0]) != set(holders) or set(same[-2][0]) & set(receivers):
            return []
        return same[-2][0] if _has(same[-1][1], triggers()["receiver_oversight"]) else []

    def _single_role(self, key: Key) -> bool:
        entry = self.table.entries.get(key)
        return entry is not None and entry.kind == "individual_role" and not entry.collective

    def _sending_units(self, clause: Clause, match: re.Match[str], head: Key | None, holders: list[Key]) -> list[Key]:
        """The units that send: the organ right before a relative 选派的 (X及其选派的), else the holders, a
        role holder by its body (单位主要负责人…选派: the 单位 sends)."""
        text = self.view.text
        if text.startswith("的", match.end()):
            before = [m for m in clause.mentions if m.end <= match.start()]
            if before and _SENDING_LEAD.fullmatch(text, before[-1].end, match.start()):
                return [self.table.key_of(before[-1], head)]
            return []
        units = [tuple(h[1:-1]) if h[:1] == ("role",) else h for h in holders]
        # a regulated actor's staff (施工企业派驻项目负责人) is no part of the organ graph
        return [u for u in units if u in self.table.entries and not self._single_role(u) and not self._regulated(u)]

    def _filled_post(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """Y of a clause opening Y由Z担任: the post printed first, right before 由 (Z only fills it); else
        the post of a clause X担任Y."""
        if not clause.mentions:
            return []
        first, start = clause.mentions[0], _trim(text, clause.start, clause.end)[0]
        item = _ITEM.match(text, start)  # （三）巡查责任人由…担任，负责…: an item's post
        if first.start in (start, item and item.end()) and text.startswith("由", first.end):
            return [self.table.key_of(first, head)]
        return self._post_filled_by(clause, text, head)

    def _post_filled_by(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """Y of a clause X担任Y (no 由): the post closing it. 公安机关负责人担任同级河湖警长，协助… / 其他领导
        同志担任市级林长，分别负责…: the dev annotations give the pieces after it to the post (als-hhz,
        xam-lzz), as with Y由X担任."""
        last, end = clause.mentions[-1], _trim(text, clause.start, clause.end)[1]
        before = clause.mentions[-2].end if len(clause.mentions) > 1 else clause.start
        filling = _FILLING.fullmatch(text, before, last.start)
        if last.end != end or filling is None:
            return []
        # only a post of a tier (同级X / 市级X): a bare post (X担任网格长，对…负总责) is read as the
        # incumbent's own (dev cq-jdaq), so it is left as before
        return [self.table.key_of(last, head)] if filling.group("tier") or last.level_word else []

    def _set_up_at_end(self, clause: Clause | None, text: str, head: Key | None) -> list[Key]:
        """The body a clause ends on when some holder sets it up (建立健全X委员会): the topic of a
        designation clause after it (，由Y担任主任)."""
        if clause is None or not clause.mentions or clause.mentions[-1].end != _trim(text, clause.start, clause.end)[1]:
            return []
        key = self.table.key_of(clause.mentions[-1], head)
        return [key] if key in self.setters else []

    def _convened(self, clause: Clause | None, text: str, head: Key | None) -> list[Key]:
        """建立X联席会议制度，由Y召集，…，负责…: the meeting set up (its 制度 closing the clause) bears the
        pieces after the clause naming who convenes it (dev bj-jdxz, cq-xzjd, sh-sqzl)."""
        if clause is None or not clause.mentions or clause.mentions[-1].kind != "leading_group":
            return []
        last = clause.mentions[-1]
        if text[last.end : _trim(text, clause.start, clause.end)[1]] not in _SYSTEM_WORDS:
            return []
        return [self.table.key_of(last, head)]

    def _established(self, clause: Clause, text: str, head: Key | None, setters: list[Key]) -> list[Key]:
        """设立/设置/成立X at the end of a clause: X, which may bear the clause after it. 市、县相应设立X:
        a bare X set up by bodies of several levels is the X of each setter's level, where the document
        names X at each of them (devset cq-jydd)."""
        end = _trim(text, clause.start, clause.end)[1]
        # a mention right after （以下简称 (five letters) is the alias, not the body set up
        named = [m for m in clause.mentions if not _ALIAS_AFTER.fullmatch(text, max(0, m.start - 5), end)]
        if not named:
            return []
        last = named[-1]  # not the alias printed in （以下简称Y）, itself a mention
        alias = _ALIAS_AFTER.fullmatch(text, last.end, end)
        if last.end != end and not alias:
            return []
        if not _ESTABLISHING.search(text, max(clause.start, last.start - _ESTABLISHING_REACH), last.start) and not (
            text.startswith(_CHIEF_TIERS, last.start) and _BARE_SETTING.search(text, clause.start, last.start)
        ):
            return []
        if len(setters) > 1 and last.level is None and last.body is None and last.relative is None:
            own = [self._target_key(replace(last, relative="same"), setter, head, False) for setter in setters]
            if all(key is not None for key in own):  # only bodies the document names at each level
                return _unique([key for key in own if key is not None])
        return [self.table.key_of(last, head)]

    def _hired(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """配备扶贫专干 / 聘用河道专管员或者保洁员 closing a clause: the posts (individual roles) a body staffs or
        hires, the holders of a 负责/承办 clause right after it (_HIRED_DUTY)."""
        if not clause.mentions or clause.mentions[-1].end != _trim(text, clause.start, clause.end)[1]:
            return []
        run = _hired_staff(clause.mentions, text)
        if not run or not _HIRING.search(text, max(clause.start, run[0].start - _ESTABLISHING_REACH), run[0].start):
            return []
        return _unique([self.table.key_of(m, head) for m in run])

    def _condition_subject(self, clause: Clause, text: str, head: Key | None, until: int) -> list[Key]:
        """The bodies that open the condition of a sanction (X未履行职责的 / X有下列行为之一的, or the
        subject of the clauses before 由Y责令…): sanctioned parties (genre rule 10), not holders."""
        starts = [clause.start, *clause.pieces]
        for index, start in enumerate(starts):
            if start >= until:
                break
            subject = (
                self._subject_at(clause, start, text, head, alternatives=True)
                or self._staff_owners(clause, start, text, head)
                or self._framed_person(clause, start, text, head)
                or self._fronted_sanctioned(clause, start, text, head)
            )
            if subject:
                more = self._comma_listed_offenders(clause, starts[index:], text, head, until)
                return self._through_staff_bodies(_unique([*subject, *more]))
        return self._decision_owners(clause, text, head, until)

    def _comma_listed_offenders(
        self, clause: Clause, starts: list[int], text: str, head: Key | None, until: int
    ) -> list[Key]:
        """A、B，C，D和E，有下列情形之一的 / A，B未…的: the offenders printed in pieces of organs only,
        joined by commas up to the condition word, are all sanctioned (not the first piece alone); nothing
        when a piece holds anything else (A，对…的 / A，B应当…)."""
        found: list[Mention] = []
        for number, start in enumerate(starts):
            if start >= until:
                return []
            chain = _joined([m for m in clause.mentions if m.start >= start], text, start)
            end = chain[-1].end if chain else start
            if (chain or number) and _CONDITION_AFTER.match(text, end, until) and text[end : end + 1] not in ",，":
                return [self.table.key_of(m, head) for m in [*found, *chain]] if number else []
            if not chain or text[end : end + 1] not in ",，" or end + 1 not in starts:
                return []
            found += chain
        return []

    def _decision_owners(self, clause: Clause, text: str, head: Key | None, until: int) -> list[Key]:
        """村规民约以及村民会议或者村民代表会议的决定违反…的，由Y责令改正: a condition about the decisions of
        bodies (triggers.yaml sanctioned_decisions) sanctions the bodies that took them, though no organ
        opens it (dev fl-cwh, sh-cunwei, cq-cwh: Y supervises each assembly)."""
        before = [m for m in clause.mentions if m.end <= until]
        for index, mention in enumerate(before):
            if not _trigger_regex("sanctioned_decisions").match(text, mention.end, until):
                continue
            # A或者B的决定 / A、B的决定: the longest run of joined organs that ends on the owner
            chain = next(
                (
                    joined
                    for i in range(index + 1)
                    if (joined := _joined(before[i : index + 1], text, before[i].start)) == before[i : index + 1]
                ),
                [mention],
            )
            owners = _unique([self.table.key_of(m, head) for m in chain])
            self.decision_owners.update((self.table.organ_id(key), clause.start) for key in owners)
            return owners
        return []

    def _fronted_sanctioned(self, clause: Clause, start: int, text: str, head: Key | None) -> list[Key]:
        """对履职不力的X，(可以)采取通报、诫勉等方式问责；涉嫌违纪违法的，由Y给予处分: the sanction sentence
        fronts the sanctioned X with 对 and ends the piece on X; the graded parts after it act on X too."""
        if not _FRONTED_SANCTIONED.match(text, start, clause.end):
            return []
        stop = next((i for i in range(start, clause.end) if text[i] in ",，"), clause.end)
        before = [m for m in clause.mentions if start < m.start and m.end <= stop]
        if not before or before[-1].end != stop or text[before[-1].start - 1 : before[-1].start] not in ("的", "对"):
            return []
        # 对A、B和C，…: the longest run of joined organs that ends the piece
        chain = next(
            (
                joined
                for i in range(len(before))
                if (joined := _joined(before[i:], text, before[i].start)) == before[i:]
            ),
            before[-1:],
        )
        return [self.table.key_of(m, head) for m in chain]

    def _through_staff_bodies(self, keys: list[Key]) -> list[Key]:
        """A、B及C工作人员玩忽职守的，由Y给予处分 (no 的): C's staff are sanctioned through C, as with
        C的工作人员 (``_staff_owners``; the dev annotations record the body, 20 of 20 edges), where the
        document names C as an organ of its own."""
        result: list[Key] = []
        for key in keys:
            body = self._printed_staff_body(key)
            if body is not None:
                self.staff_bodies.add(body)
            result.append(body or key)
        return _unique(result)

    def _printed_staff_body(self, key: Key) -> Key | None:
        """The organ printed as the stem of a staff member role (C of C工作人员), if the document has one; for a
        staff role read on its body (有关部门工作人员), that body."""
        if key[:1] == ("role",) and str(key[-1]) in triggers()["sanctioned_staff"]:
            entry = self.table.entries.get(self.table.key_of_key(key))
            body = self.table.key_of_key(entry.body) if entry is not None and entry.body else None
            owner = self.table.entries.get(body) if body is not None else None
            stems = {surface.removesuffix(str(key[-1])) for surface in entry.surfaces} if entry is not None else set()
            # the stem printed as the body's own name (not 国家 of 国家工作人员, read as a body of its own)
            return body if owner is not None and stems & set(owner.surfaces) else None
        name = str(key[-1]) if key[:1] == ("member",) else ""
        word = next((w for w in triggers()["sanctioned_staff"] if name.endswith(w)), "")
        stem = name[: -len(word)] if word else ""
        if not stem:
            return None
        for entry in self.table.entries.values():
            if entry.kind != "individual_role" and stem in entry.surfaces:
                return self.table.key_of_key(entry.key)
        return None

    def _framed_person(self, clause: Clause, start: int, text: str, head: Key | None) -> list[Key]:
        """对违反本规定造成事故负有直接责任的人员，由其所在单位…: the person of the sanction frame
        (``_sanctioned_persons``), however long the phrase 对 opens before it."""
        # a slice to the sentence's end (the frame's 由其所在单位 may be the next clause): its ^ is the piece's start
        stop = text.find("。", start)
        frames = list(_sanctioned_person().finditer(text[start : stop if stop >= 0 else len(text)]))
        if not frames or frames[0].start() > 0:
            return []  # the piece opens with no person frame
        persons = {start + m.start("person") for m in frames if m.start("person") < clause.end - start}
        return [self.table.key_of(m, head) for m in clause.mentions if m.start in persons]

    def _staff_owners(self, clause: Clause, start: int, text: str, head: Key | None) -> list[Key]:
        """X和Y的工作人员玩忽职守的，由Z给予处分: the staff are sanctioned through the bodies they work in
        (gold README: staff phrases are recorded through their body), so X and Y are the sanctioned."""
        lead = _SUBJECT_LEAD.match(text, start, clause.end)
        cursor = lead.end() if lead else start
        # 各级人民政府及其有关部门的工作人员: the lead's 各 is the first letter of the body's own 各级
        # X或者其他有关部门的工作人员: the 有关 set's staff are sanctioned too (``_subject_at``)
        mentions = [m for m in clause.mentions if m.start >= start and m.end > cursor]
        chain = _joined(mentions, text, cursor, alternatives=True)
        if not chain or not _STAFF_OWNED.match(text, chain[-1].end):
            return []
        bodies = _unique([self.table.key_of(m, head) for m in chain])
        self.staff_bodies.update(bodies)
        return bodies

    def _named_imposer(self, clause: Clause, text: str, head: Key | None, *, sanctioning: bool = True) -> list[Key]:
        """X拒不整改的，Y应当给予通报批评: a merged condition clause whose later piece opens with a named
        body and a modal, a sanction word after it; that body imposes the sanction and holds the clause.
        With ``sanctioning`` off, the body named with a modal and no sanction word (it acts otherwise)."""
        sanction = _sanction_words()[0]
        for start in clause.pieces:
            if text[start - 2 : start] not in ("的,", "外,"):
                continue  # only the piece right after the condition (…的，(除…外，)Y应当…)
            lead = _SUBJECT_LEAD.match(text, start, clause.end)
            cursor = lead.end() if lead else start
            # …拒不改正的，依法作出处罚决定的行政机关可以按日连续处罚: 依法 qualifies the body's past act
            lawful = text.startswith("依法", cursor)
            cursor += 2 if lawful else 0
            chain = _joined([m for m in clause.mentions if m.start >= cursor], text, cursor)
            modal = _IMPOSER_MODAL.match(text, chain[-1].end, clause.end) if chain else None
            found = sanction.search(text, modal.end(), clause.end) if modal else None
            if modal and not found:
                # X…落实不力的，Y可以约谈X主要负责人…；…的，予以通报批评: a sanction that marks the sentence
                # only when named (约谈, 责令限期整改) is imposed by the body named before its modal
                found = _imposed_sanction().match(text, modal.end(), clause.end)
            if modal and not sanctioning:
                return [] if found else self._subject_at(clause, cursor if lawful else start, text, head)
            # Y可以建议Z对X给予处分: Z imposes at Y's request, Y is no imposer (deputing, triggers.yaml)
            if modal and found and not _DEPUTING_WORD.search(text, modal.end(), found.start()):
                return self._subject_at(clause, cursor if lawful else start, text, head)
        return []

    def _nominal_act_item(self, clause: Clause, clause_text: str, text: str, head: Key | None) -> list[Key]:
        """The bodies that open a numbered item naming an act as a noun (（一）X对Y…的督导；), else []."""
        if not clause_text.endswith(tuple(triggers()["nominal_act_nouns"])):
            return []  # cheap pre-check: most items end on a verb phrase
        marker = _ITEM.match(clause_text)
        start = clause.start + (marker.end() if marker else 0)
        chain = _joined([m for m in clause.mentions if m.start >= start], text, start)
        if (
            not chain
            or chain[0].start != start
            or not _trigger_regex("nominal_act_item").match(text, chain[-1].end, clause.end)
        ):
            return []
        return self._subject_at(clause, start, text, head)

    def _reported_order_targets(self, clauses: list[Clause], index: int, text: str, head: Key | None) -> list[Key]:
        """X…的，村民有权向Y反映，Y应当调查核实，(经查证…的，)责令(其)改正: the organs the order of clause
        ``index`` is given to, when it names none but 其 or an organ after 责令, after a clause earlier in the
        article that reports to an authority (向Y反映/举报/投诉): the bodies its sentence's condition opens with
        (X…的), or the subjects of the numbered items of the order's lead (有下列情形之一的); [] otherwise."""
        clause = clauses[index]
        order = _trigger_regex("reported_order").search(text, clause.start, clause.end)
        if order is None:
            return []
        named = [m for m in clause.mentions if order.start("object") <= m.start and m.end <= order.end("object")]
        if not named and order.group("object") not in ("", "其"):
            return []
        verbs = tuple(triggers()["reported_verbs"])
        for at in range(index - 1, -1, -1):
            found = _addressing().search(text, clauses[at].start, clauses[at].end)
            if found is None or not found.group(0).endswith(verbs):
                continue
            if named:
                return _unique([self.table.key_of(m, head) for m in named if not m.relative])
            first = at
            while first and not _SENTENCE_END.search(text, clauses[first - 1].end, clauses[first].start):
                first -= 1
            opening = clauses[first]
            until = found.start() if first == at else opening.end
            if re.search(r"的[,，]|的$", text[opening.start : until].rstrip()):
                # the condition (X…的) may share its clause with the report (…的，村民有权向Y反映)
                violators = self._condition_subject(opening, text, head, until)
                if violators:
                    return violators
            return self._item_violators(clauses, index, text, head) or self._item_violators(clauses, at, text, head)
        return []

    def _item_violators(self, clauses: list[Clause], index: int, text: str, head: Key | None) -> list[Key]:
        """The bodies opening the numbered items of a sanction lead that ends in ：, when its condition
        (有下列行为之一的) names none: each item's subject is a sanctioned body."""
        line_end = text.find("\n", clauses[index].end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[clauses[index].start : line_end].rstrip().endswith(("：", ":")):
            return []
        violators: list[Key] = []
        for clause in clauses[index + 1 :]:
            if clause.start < line_end or text[clause.start - 1] != "\n":
                continue  # the rest of the lead, or a later piece of an item
            if not _ITEM.match(text, clause.start, clause.end):
                break  # the list is over
            item_end = text.find("\n", clause.start)
            if not text[clause.start : item_end if item_end >= 0 else len(text)].rstrip(" ;；。").endswith("的"):
                continue  # an item that states no violation (…的) names no violator
            lead = _SUBJECT_LEAD.match(text, clause.start, clause.end)
            cursor = lead.end() if lead else clause.start
            chain = _joined([m for m in clause.mentions if m.start >= cursor], text, cursor)
            violators += [k for k in (self.table.key_of(m, head) for m in chain) if k not in violators]
        return violators

    def _sanction_relations(
        self, article: ArticleSpan, clause: Clause, agents: list[Key], sanctioned: list[Key], named: bool = False
    ) -> list[Relation]:
        """由Y责令改正 / 由Y通报批评: Y supervises the sanctioned body (not a regulated actor); ``named``:
        Y opens the piece after the condition (X…的，Y应当通报批评), no 由 needed."""
        text = self.view.text
        clause_text = _masked(text, clause)
        words = _sanction_edge_words()
        modes = _found(clause_text, words)
        if _BARE_INTERVIEW.search(clause_text):
            modes = _found(clause_text, [*words, "约谈"])  # 由Y(对其)进行约谈: an interview of the body itself
        if not modes and _agent_piece(text, clause):
            # 由Y按照管理权限，对…给予处分: the sanction follows in the same sentence
            stop = _SENTENCE_END.search(text, clause.end)
            modes = _found(text[clause.end : stop.start() if stop else len(text)], words)
        asked = _requested_imposers(text, clause, modes) if modes else []
        if asked:
            # X…的，(由Z)报请/提请Y予以通报批评: Y imposes the sanction, Z only asks
            agents = self._requested_keys(asked, agents, None)
        if not modes or ("由" not in clause_text and not named and not asked):
            return []
        if _penalises_actor(text, clause):
            return []  # 由Y责令改正，并处罚款: the sanctioned are regulated actors, not organs Y oversees
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        # 由(其)所在单位或者Y: a sanctioned body's own unit is the body itself (``_own_unit_folds``), which
        # oversees neither itself nor its co-offenders (A、B…的，由其所在单位… gives no A→B edge)
        agent = _AGENT.search(text, clause.start, clause.end)
        unit = _printed_own_unit(text, agent, clause.end) if agent else None
        own = set(sanctioned) if self._own_unit_folds(unit, sanctioned) else set()
        if unit and not own:
            self._note_own_unit(unit.removeprefix("其"), agents, sanctioned)
        relations: list[Relation] = []
        stop = _PART_END.search(text, clause.start)  # the sanction's own ;-part, not a later one on staff
        disciplinary = self._disciplinary(text[clause.start : stop.start() if stop else len(text)], agents)
        roles, with_staff = self._sanctioned_roles(clause, stop.start() if stop else len(text))
        seen = self._per_level_agents(clause)
        paired = set().union(*seen.values()) if seen else set()
        for target in sanctioned:
            entry = self.table.entries.get(self.table.key_of_key(target))
            public = self._public_unit(target) or (disciplinary and self._unit_word(target))  # 由Y责令人民团体改正
            if entry is None or ((entry.kind == "enterprise_society" or entry.level == "social") and not public):
                continue  # no oversight edge to a regulated actor or its roles (生产经营单位的主要负责人)
            if entry.surfaces and all(_non_state_unit(surface) for surface in entry.surfaces):
                continue  # nor to one printed only by a non-state unit's word (医疗机构, 中介机构)
            body = self.table.key_of_key(target)
            reached = roles.get(body, []) + ([target] if body not in roles or body in with_staff else [])
            # the chiefs sanctioned are read as their tiers: a co-agent (…或者本级总河湖长) gets no edge to
            # the tierless node either
            tiered = any(self._chief_tier_pairs(source, body) for source in agents)
            for source in agents:
                if source in own or (target in self.staff_bodies and self._own_unit_name(source, unit)):
                    continue  # the staff's own unit is the body itself
                if source in seen and target in paired and target not in seen[source]:
                    continue  # 市、区X…的，由本级人民政府…: the 市 government oversees no 区 X (genre rule 4)
                if tiers := self._chief_tier_pairs(source, body):
                    span = (article, evidence, start, end)
                    relations += [
                        self._relation("SUPERVISES", upper, lower, *span, modes=modes, implicit=True)
                        for upper, lower in tiers
                    ]
                if tiered:
                    continue
                relations += [
                    self._relation("SUPERVISES", source, key, article, evidence, start, end, modes=modes)
                    for key in reached
                ]
        return relations

    def _managed_before(
        self,
        article: ArticleSpan,
        clause: Clause,
        holders: list[Key],
        mentions: list[Mention],
        head: Key | None,
        span: tuple[str, int, int],
    ) -> list[Relation]:
        """配备巡河员、保洁员，由Z进行日常管理 / X、Y由A会同B选聘，日常由B管理: a piece that is only 由Z and
        the oversight verb, with no organ of its own before 由, manages the staff the piece right before it
        hires (the organs joined after the hiring verb that ends it) or fronts before its own 由 (triggers.yaml
        managed_staff_hires)."""
        text = self.view.text
        if not holders or not _managed_piece().fullmatch(_blanked(text[clause.start : clause.end], clause, "□")):
            return []
        comma = clause.start - 1
        while comma >= 0 and text[comma] in " \u3000":
            comma -= 1
        if comma < 0 or text[comma] not in ",，":
            return []
        opened = max(text.rfind(p, 0, comma) for p in ",，;；。:：\n")
        inside = [m for m in mentions if opened < m.start and m.end <= comma]
        piece = list(text[opened + 1 : comma])
        for mention in inside:
            piece[mention.start - opened - 1 : mention.end - opened - 1] = "□" * (mention.end - mention.start)
        masked = "".join(piece)
        hired, fronted = _managed_staff_frames()
        found = hired.search(masked) or fronted.match(masked)
        if found is None:
            return []
        low, high = opened + 1 + found.start(1), opened + 1 + found.end(1)
        staff = [m for m in inside if low <= m.start and m.end <= high]
        evidence, start, end = span
        relations: list[Relation] = []
        for source in holders:
            for mention in staff:
                for key in self._target_keys(mention, source, head):
                    if key is None or key == source or (self._regulated(key) and not self._own_staff(source, mention)):
                        continue
                    relations.append(
                        self._relation("SUPERVISES", source, key, article, evidence, start, end, modes=["管理"])
                    )
        return relations

    def _assessment_organisers(
        self, article: ArticleSpan, before: Clause, clause: Clause, organisers: list[Key], facts: ArticleFacts
    ) -> list[Relation]:
        """X对Y…进行考核，由Z(具体)组织实施: Z organises the assessment of Y the clause before names (implicit: 2
        of the 3 dev annotations of the frame, cq-jdaq and gx-hezhang, record it so, gx-linzhang explicit)."""
        text = self.view.text
        if not _trigger_regex("organised_assessment").fullmatch(text[clause.start : clause.end].strip()):
            return []
        if _SENTENCE_END.search(text, before.end, clause.start):
            return []
        _, _, before_evidence = self._decoded_span(*_trim(text, before.start, before.end))
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        words = set(triggers()["assessment_words"])
        sources = [self.table.organ_id(k) for k in _unique(organisers)]
        relations: list[Relation] = []
        for relation in facts.relations:
            if (
                relation.type != "SUPERVISES"
                or relation.article != article.number
                or relation.evidence not in before_evidence
                or not words & set(relation.modes)
            ):
                continue
            update = {"evidence": evidence, "start": start, "end": end, "implicit": True, "confidence": 0.6}
            relations += [
                relation.model_copy(update={**update, "source": source, "topics": _topics(evidence)})
                for source in sources
                if source not in (relation.source, relation.target)
            ]
        return relations

    def _requested_keys(self, asked: list[Mention], askers: list[Key], head: Key | None) -> list[Key]:
        """The organs the asked mentions name, each seen from the bodies that ask (报请本级人民政府: the
        asker's own government; 提请本级河湖长: the chief of each level the asker stands at)."""
        keys: list[Key] = []
        for mention in asked:
            if not askers:
                keys.append(self.table.key_of(mention, head))
            for asker in askers:
                keys += [k for k in self._target_keys(mention, asker, head) if k is not None]
        return _unique(keys)

    def _per_level_agents(self, clause: Clause) -> dict[Key, set[Key]]:
        """市、区X…的，由本级人民政府…: the clause's 本级/同级 agents → the sanctioned bodies each was seen from,
        where the list spans levels, read as one body at each of two levels or more (市人民政府, 区人民政府);
        {} otherwise (one agent, or only sets spanning levels such as 县级以上人民政府 seen from bodies of no
        level, which oversee them all)."""
        seen = self.seen_sanctioned.get(clause.start, {})
        entries = [self.table.entries.get(self.table.key_of_key(key)) for key in seen]
        levels = {entry.level for entry in entries if entry is not None and not entry.collective}
        return seen if len(levels) > 1 else {}

    def _chief_tier_pairs(self, source: Key, target: Key) -> list[tuple[Key, Key]]:
        """河湖长(下级河湖长)…的，由上级河湖长责令改正 / 对其进行约谈: the chiefs of every tier are sanctioned,
        each by the chief one tier up, so the edges run between the tiers the document names (implicit,
        level arithmetic: dev xz-hhz, jl-hhz, nm-hehu, nmg-hzz, 5 articles); [] for other pairs, or where
        fewer than two tiers are named (the relative post stays)."""
        if source[:2] != ("position", "") or not source[2].startswith("up"):
            return []
        word = source[2].removeprefix("up")
        if target not in (("position", "", word), ("position", "", "down" + word)):
            return []
        top = LEVELS.index(self.table.doc_level) if self.table.doc_level in LEVELS else 0
        pairs: list[tuple[Key, Key]] = []
        for level in LEVELS[top:]:
            lower = _stepped(level, "down", self.metropolis)
            if lower in ("social", None):
                break
            upper_entry = self.table.entries.get(("position", level, word))
            lower_entry = self.table.entries.get(("position", lower, word))
            if upper_entry is not None and lower_entry is not None and upper_entry.names and lower_entry.names:
                pairs.append((("position", level, word), ("position", lower, word)))
        return pairs

    def _sanctioned_roles(self, clause: Clause, stop: int) -> tuple[dict[Key, list[Key]], set[Key]]:
        """X…的，由Y对X(的)主要负责人给予处分: the sanction reaches X through the role printed on it, so
        the edge goes to that role (PART_OF X), as the dev annotations record it (role only in 25 of 27
        sanctions of a role printed on its body, 14 documents); with staff words listed too
        (…和直接负责的主管人员, the other 2), X itself as well. By body: its roles, and the bodies
        listed with staff."""
        text = self.view.text
        roles: dict[Key, list[Key]] = {}
        with_staff: set[Key] = set()
        for mention in clause.mentions:
            if mention.start >= stop or mention.cls != "role" or mention.member or mention.body is None:
                continue
            if mention.body.bare or not _SANCTIONED_OBJECT.search(text, max(0, mention.start - 2), mention.start):
                continue  # 对主要负责人: a bare head is the staff of the sanctioned body (``_staff_head``)
            key = self.table.key_of_key(self.table.key_of(mention))
            entry = self.table.entries.get(key)
            if entry is None or entry.kind != "individual_role" or not entry.body:
                continue
            body = self.table.key_of_key(entry.body)
            roles.setdefault(body, []).append(key)
            if _STAFF_JOINED.match(text, mention.end):
                with_staff.add(body)
        return roles, with_staff

    def _agent(
        self, clause: Clause, text: str, head: Key | None, own: list[Key] | None = None, seen: list[Key] | None = None
    ) -> list[Key]:
        """由X负责 / 由X解释: the organ after 由 bears a clause that opens without a subject. In a
        sanction, 由所在单位或者Y: the sanctioned body's own unit (``own``) and Y. A 本级X with no level
        of its own is seen from ``own``, else from the holders carried so far (``seen``)."""
        agent = _AGENT.search(text, clause.start, clause.end)
        while agent and _describing_agent(text, clause, agent):
            agent = _AGENT.search(text, agent.end(), clause.end)  # the next 由 may name the agent
        if not agent or _handed_over(text, clause.start, agent.start()):
            return []
        late = None if agent.group(1) else _late_own_unit(text, agent.end(), clause.end)
        folds = self._own_unit_folds(agent.group(1) or late, own or [])
        after = agent.start(1) if agent.group(1) and not folds else agent.end()
        chain = [m for m in clause.mentions if m.start >= after]
        if agent.group(0) == "有" and (not chain or chain[0].start != after):
            return []  # 应当有计划地… / 应当有专人负责: 有 names an agent only where an organ follows it
        if chain and (
            _PLACE_QUALIFIER.fullmatch(text, after, chain[0].start)
            or _lone_place().fullmatch(text, after, chain[0].start)
            or (chain[0].surface.startswith("所在地") and _PLACE_WORDS.fullmatch(text, after, chain[0].start))
            or (agent.group(0) == "由" and _charged_description().fullmatch(text, after, chain[0].start))
            or _subject_qualified(text, after, chain[0].start)  # 由本市各级人民政府: the document's place
        ):
            after = chain[0].start  # 由X所在地Y / 由X|所在地人民政府: the place qualifies the organ
        listed = _joined(chain, text, after, alternatives=True)
        if after == agent.start(1) and chain and chain[0].start == after:
            # 由所在单位或者其上级机关: the unit, then the list that follows the joiner (and its 其)
            listed = [chain[0], *_joined(chain[1:], text, agent.end())]
        if folds and late:
            listed = [m for m in listed if m.surface != late]  # 由其上级机关或者所在单位: the unit is ``own``
        agents: list[Key] = []
        topic = self._topic_before_agent(clause, text, head, agent.start())
        for mention in listed:
            reference = own or (seen if mention.level is None or self._seen_same_level(mention, seen) else None) or []
            if mention.relative == "same" and topic and not own:
                reference = topic  # 督学由本级人民政府颁发证书: 本级 is the level of the body the clause opens with
            if mention.relative == "same" and not own:
                listed_levels = self._level_list_anchors(mention, clause, text, head, (agent.start(), reference))
                reference = listed_levels or reference
            partner_set = self._partner_set(mention, agents, head)  # 由X会同有关部门: as in X会同有关部门
            pairs = self.seen_sanctioned.setdefault(clause.start, {})
            agents += [partner_set] if partner_set else self._seen_from(mention, reference, head, pairs)
        agents = _unique(agents)
        return (list(own or []) + agents) if folds else agents

    def _topic_before_agent(self, clause: Clause, text: str, head: Key | None, at: int) -> list[Key]:
        """专职督学由本级人民政府任免: the organs that open the clause and run right up to its 由 (the body the
        agent acts on); [] where the clause opens otherwise (…的，由本级Y: the sanctioned are ``own``)."""
        before = [m for m in clause.mentions if m.start < at]
        if not before or before[0].start != clause.start:
            return []
        chain = _joined(before, text, clause.start)
        if not chain or chain[-1].end != at or any(m.relative for m in chain):
            return []
        # 市、县（区）安全委员会成员单位由本级安全委员会确定: a level list names no body of each level (the
        # document may print none); the level-list reading below decides it
        if len(chain) > 1:
            return []
        return _unique([self.table.key_of(m, head) for m in chain])

    def _seen_same_level(self, mention: Mention, seen: list[Key] | None) -> bool:
        """专职督学由本级人民政府任免 / X…，由同级财政部门审查: a 本级/同级 agent is seen from the holders carried
        into the clause, not read at the level it was given by default (the document's own, or a level of
        the sentence), where those holders are bodies of their own levels; a set spanning levels among
        them keeps the levelled reading (其他有关部门 carried beside 省X: 本级Y is the province's)."""
        if mention.relative != "same" or not seen:
            return False
        if mention.level == self.table.doc_level:
            return True
        entries = [self.table.entries.get(self.table.key_of_key(key)) for key in seen]
        return all(entry is not None and not entry.collective for entry in entries)

    def _level_list_anchors(
        self, mention: Mention, clause: Clause, text: str, head: Key | None, seen: tuple[int, list[Key]]
    ) -> list[Key]:
        """地（州、市）、县（市、区）X由本级Y确定: a list of levels opening the clause before the agent gives
        本级Y at each listed level (one Y per level), where the bodies it would be seen from hold
        fewer of those levels (a bare 成员单位 of no level) and the document names Y at each level."""
        before, reference = seen
        before_agent = [m for m in clause.mentions if m.start < before]
        if not before_agent:
            return []
        listed = _joined(before_agent, text, before_agent[0].start)
        levels = {m.level for m in listed}
        if len(levels) < 2 or None in levels:
            return []
        entries = [self.table.entries.get(self.table.key_of_key(k)) for k in reference]
        if levels <= {e.level for e in entries if e is not None}:
            return []  # the bodies seen from are already one per listed level
        anchors = _unique([self.table.key_of(m, head) for m in listed])
        if any(self._target_key(mention, anchor, head, False) is None for anchor in anchors):
            return []  # 本级Y of a level the document never names (a relative surface alone names no organ)
        return anchors

    def _note_own_unit(self, unit_name: str, agents: list[Key], sanctioned: list[Key]) -> None:
        """国家工作人员…的，由其所在单位或者上级机关给予处分: each sanctioned person sits in 所在单位, the
        unit it works in (the dev annotations' PART_OF in the 7 documents printing it so)."""
        units = [key for key in agents if self.table.name(key) == unit_name]
        for person in sanctioned if units else ():
            if self._role_entry(person):
                self.own_units.setdefault(person, units[0])

    def _own_unit_name(self, source: Key, unit: str | None) -> bool:
        """``source`` is the 所在单位 printed in the agent phrase (由其所在单位或者Y, ``_printed_own_unit``)."""
        return unit is not None and self.table.name(source) == unit.removeprefix("其")

    def _role_entry(self, key: Key) -> bool:
        entry = self.table.entries.get(self.table.key_of_key(key))
        return entry is not None and entry.kind == "individual_role"

    def _own_unit_folds(self, unit: str | None, sanctioned: list[Key]) -> bool:
        """由其所在单位或者Y: where a sanctioned party is a body (X部门及其工作人员…的), its unit is itself
        (folded into the sanctioned, no self edge); where only persons are sanctioned (国家工作人员…的) or
        none, 所在单位 is a set of its own, the dev annotations' reading (11 of 14 documents printing it).
        本单位 always folds. ``unit`` is the unit as printed (``_printed_own_unit``)."""
        if not unit:
            return False
        if unit == "本单位":
            return True
        entries = [self.table.entries.get(self.table.key_of_key(k)) for k in sanctioned if k not in self.staff_bodies]
        return any(entry is not None and entry.kind != "individual_role" for entry in entries)

    def _seen_from(
        self, mention: Mention, sanctioned: list[Key], head: Key | None, pairs: dict[Key, set[Key]] | None = None
    ) -> list[Key]:
        """由本级人民政府责令改正: 本级/同级 X is relative to the sanctioned bodies (the government of
        each), not to the organ named last; 上级X of a body spanning levels stays its own node. ``pairs``
        gets each X read → the bodies it was seen from (市、区X…的: 市人民政府 sanctions the 市 X only)."""
        if mention.relative != "same" or not sanctioned:
            return [self.table.key_of(mention, head)]
        # X和其他有关部门: the unnamed set shares X's government, which X names
        named = [b for b in sanctioned if self.table.key_of_key(b)[:2] not in (("coll", "有关"), ("coll", "相关"))]
        bodies = named or sanctioned
        seen = [self._target_key(mention, body, head) for body in bodies]
        for key, body in zip(seen, bodies, strict=True):
            if pairs is not None and key is not None:
                pairs.setdefault(key, set()).add(body)
        return _unique(seen)

    def _joint(self, clause: Clause, text: str, head: Key | None, leads: list[Key] | None = None) -> list[Key]:
        """The organs right after 会同/商 in the clause, with the list joined to them (分别会同国务院Y、Z、W:
        every organ of the list is a joint holder). A later member joins only where the list's
        prefix named its body or its own level (a bare 民政 of 会同统计、民政等部门 has no government of its own)."""
        reach = max((m.start for m in clause.mentions), default=clause.start)
        if text.find("商", clause.start, reach) < 0 and text.find("会同", clause.start, reach) < 0:
            return []  # cheap pre-check: most clauses hold neither word
        joint: list[Key] = []
        for index, mention in enumerate(clause.mentions):
            if _joint_marked(text, clause.start, mention):
                chain = _joined(clause.mentions[index:], text, mention.start)
                # 会同省X、省Y: a member printed with its own level word is named whole and joins too, and
                # so does a bare member that took the lead's body (_scope_joint_members)
                # and a bare lead's bare members (会同公安、生态环境等部门) are of the lead's own scope
                bare_lead = not (mention.body or mention.level)
                joined = chain[:1] + [m for m in chain[1:] if m.body or m.level or bare_lead]
                for m in joined:
                    joint += self._level_list_partners(m, leads, head) or [
                        self._partner_set(m, leads or [], head)
                        or self._lead_level_partner(m, leads or [])
                        or self._holder_seen_from(m, leads, head)
                    ]
        return _unique(joint)

    # -- relations ------------------------------------------------------------------------

    def _relations(
        self,
        article: ArticleSpan,
        clause: Clause,
        holders: list[Key],
        mentions: list[Mention],
        head: Key | None,
        leads: list[Key] | None = None,
    ) -> list[Relation]:
        text = self.view.text
        clause_text = _masked(text, clause)
        raw = text[clause.start : clause.end]  # the clause with organ names (clause_text has them blanked)
        holder_set = set(holders)
        self._note_listed_levels(clause.mentions, head)
        # a relative target (上一级X) is resolved from each source later; its own key says nothing yet, unless
        # it is a relative node of its own among the holders (上级河长或者河长制办公室可以约谈下级河长: a
        # co-subject, never a target)
        others = [
            m
            for m in clause.mentions
            if self._other_than_holders(m, holder_set, head) or self._asked_to_order(clause, m)
        ]
        relations: list[Relation] = []
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        trig = triggers()

        def report(source: Key, target: Key, details: tuple[str | None, str], implicit: bool = False) -> Relation:
            what, frequency = details
            return self._relation(
                "REPORTS_TO",
                source,
                target,
                article,
                evidence,
                start,
                end,
                what=what,
                frequency=frequency,
                implicit=implicit,
            )

        reports = _negated_case_filter(
            text,
            clause,
            _assist_request_filter(
                text, clause, _unapproved_filter(text, clause, self._report_targets(clause, others, text))
            ),
        )
        reports = _donor_consent_filter(text, clause, reports)
        reports = _passed_through_filter(text, clause, reports, trig)
        reports = _deliberated_filter(text, clause, reports)
        reported = reports and (
            _has(_masked_bare_approval(clause_text), [w for w in trig["reports"] if w not in trig["report_lead_verbs"]])
            or _SENT_TO.search(clause_text)
            or _sanction_proposal().search(clause_text)
            or _proposed_before(text, clause)
            or _approval().search(clause_text)
            or _sent_result().search(clause_text)
            or _acting_receiver().search(clause_text)
            or _bare_submission().match(clause_text)
            or _fed_back().search(clause_text)
        )
        # 向X(提交)申请: an application, from an applicant printed before X; 提交 alone: a submission
        applied = bool(reports) and not reported and _has(clause_text, trig["applications"])
        submitted = bool(reports) and not reported and not applied and _has(clause_text, trig["report_lead_verbs"])
        # 向X提供…信息: a report only from a body the sentence itself names (a weak word: a carried holder
        # is no safe reporter where the printed subject is no organ)
        provided = (
            bool(reports)
            and not (reported or applied or submitted)
            and bool(_information_provided().search(clause_text))
        )
        if reported or applied or submitted or provided:
            details = _report_details(clause_text, trig, raw)
            relayers, relay_at = self._stepwise_relay(clause, text, head)
            first_report = len(relations)
            for holder in leads or holders:
                for target in reports:
                    # 经X审核后逐级上报Y: X, not the submitter, passes the matter on to Y
                    relayed = relayers and target.start >= relay_at and holder not in relayers
                    for source in relayers if relayed else [holder]:
                        relative_set = None
                        if target.relative in ("up", "down") and self._spans_levels_any(source):
                            # 县级以上X报上一级Y: one level up from each level, no single Y to name; only
                            # a node the text names by the relative words alone (上一级Y) is the target
                            relative_set = self._relative_set(target, head)
                            if relative_set is None:
                                continue
                        if (applied or submitted or provided) and not self._printed_before(
                            source, target, mentions, head, applied, article.start
                        ):
                            continue
                        if provided and self._regulated(self._target_key(target, source, head)):
                            continue  # 向施工单位提供…资料: data handed to a regulated actor, no report to an organ
                        if provided and self._handed_down(source, self._target_key(target, source, head)):
                            continue  # 部门应当向居民委员会提供…信息: data handed down to a lower body, no report
                        target_keys = [relative_set] if relative_set else self._target_keys(target, source, head)
                        # 报上一级X备案 where X is a node named only by the relative words: an edge to that
                        # node as printed (explicit); to a body of a level the text names, level arithmetic
                        implicit = relative_set is None and target.relative in ("up", "down")
                        relations += [
                            report(source, key, details, implicit=implicit and not self._relative_only(key))
                            for key in target_keys
                        ]
            relations[first_report:] = self._level_paired(relations[first_report:])
        for source in [] if reports else leads or holders:
            # 对X提出的建议，Y应当反馈… / 听取X意见，并向其反馈…: Y answers the body that proposed
            for proposer in self._proposers(clause, mentions, head):
                proposer_key = self._target_key(proposer, source, head)
                if proposer_key != source:
                    relations.append(report(source, proposer_key, _report_details(clause_text, trig, raw)))
        pledged = not reports and (
            any(word in clause_text for word in trig["pledge"]) or _bare_pledge(text, article, clause, trig["pledge"])
        )
        pledging = (self._pledging(clause, others, text) or _pledged_back(clause, mentions, text)) if pledged else []
        if pledging:
            # X与A、B订立责任书: the pledging parties report to X (as 向中央签署责任书)
            details = _report_details(clause_text, trig, raw)
            for party in pledging:
                for holder in leads or holders:
                    party_key = self._target_key(party, holder, head, create=False)
                    if party_key is None or party_key == holder:
                        continue
                    lower = self._pledges_to(holder, party_key, party)
                    pledger, receiver = (holder, party_key) if lower else (party_key, holder)
                    relations.append(report(pledger, receiver, details, implicit=party.relative in ("up", "down")))
        if pledged and not pledging and any(word in clause_text for word in trig["pledge_stepwise"]):
            details = _report_details(clause_text, trig, raw)
            for junior, senior, unprinted in self._stepwise_pledges(leads or holders):
                relations.append(report(junior, senior, details, implicit=unprinted))
        targets = [m for m in others if m not in reports and m not in pledging]
        evaluators, evaluated_from = self._organised_evaluators(clause, text, head)
        helped: dict[Key, list[Key]] = {}
        for rel_type, target, modes in _oversight(text, clause, clause_text, targets, trig):
            if evaluators and rel_type == "ASSISTS":
                continue  # 组织X对Y支持配合…的情况进行评议: the assistance is the matter evaluated, no act
            own_staff = any(self._own_staff(holder, target) for holder in holders)
            if (rel_type != "ASSISTS" and not _is_target(target, text) and not own_staff) or _staff_head(target, text):
                continue
            if _ALIAS_BEFORE.search(text, max(0, target.start - 18), target.start):
                continue  # A、B等部门（以下统称X）…做好管理工作: X is the name given to the holders, no object
            if target.bare and not target.head and _OWNED_AFTER.match(text, target.end):
                continue  # 督促市属国有企业…: the bare 市 names the owner of the units, it is no object
            asked = _requested_imposers(text, clause, modes)
            if _deputed(text, clause, target) and not asked:
                continue  # 建议监察机关对X给予处分: the body asked acts on X, not the holder
            # 下级X of a set printed in the sentence is a set of its own; seen only through 本级X, level pairs
            own_set = target.of_spanning and self._set_printed_before(target, mentions, holders, head)
            spans = not own_set and self._spans_levels(holders, target.cls)
            if target.relative == "down" and target.cls in ("gov", "pg") and spans:
                # 县级以上人民政府…对下级人民政府约谈: the collective acts at every level, each on the one below
                relations += [
                    self._relation(rel_type, upper, lower, article, evidence, start, end, modes=modes, implicit=True)
                    for upper, lower in self._level_pairs(target.cls)
                ]
                continue
            if _among_agents(text, clause, target):
                continue  # 对X由其所在单位或者上级主管机关给予处分: the unit and Y impose, neither is overseen
            if (
                _owned_by_subject(text, target)
                or (_assessed_departments(text, clause, target, modes) and self._governments(holders))
                or (
                    _bare_named_departments(target)
                    and _OWN_DEPARTMENTS_BEFORE.search(text, article.start, target.start) is not None
                    and self._split_governments(holders)
                )
            ):
                target = _as_own_departments(target)
            organised = (
                evaluators
                if set(modes) & set(trig["organised_evaluation_verbs"]) and target.start >= evaluated_from
                else []
            )
            sources = _unique(holders + organised)
            if asked:
                # 报请Y予以通报批评: Y imposes it, the holder only asks (and reports to Y)
                if target in asked:
                    continue
                sources = self._requested_keys(asked, holders, head)
            for source in sources:
                for target_key in self._target_keys(target, source, head):
                    if (
                        rel_type != "ASSISTS"
                        and self._regulated(target_key)
                        and not self._guided(target_key)
                        and not self._own_staff(source, target)
                    ):
                        continue  # oversight of a regulated actor (生产经营单位, its staff): no edge between organs
                    if target_key == source:
                        continue
                    # 下级人民政府: level arithmetic (genre rule 4); the set of its own is printed (explicit)
                    implicit = target.relative in ("up", "down") and not (
                        target.of_spanning or self._relative_only(target_key)
                    )
                    relations.append(
                        self._relation(
                            rel_type, source, target_key, article, evidence, start, end, modes=modes, implicit=implicit
                        )
                    )
                    if rel_type == "ASSISTS" and not implicit:
                        helped.setdefault(source, []).append(target_key)
        relations += self._helpers_of_holders(article, clause, holders, others, (evidence, start, end))
        self._note_assisted(helped)
        for target, modes in _found_at_fault(text, clause, mentions):
            for source in holders:
                target_key = self._target_key(target, source, head)
                if target_key != source and not self._regulated(target_key):
                    relations.append(
                        self._relation("SUPERVISES", source, target_key, article, evidence, start, end, modes=modes)
                    )
        relations += self._bare_government_assisted(article, clause, holders, (evidence, start, end))
        relations += self._needed_helpers(article, clause, holders, head, (evidence, start, end))
        relations += self._partner_cooperation(article, clause, holders, head, (evidence, start, end))
        relations += self._reversed(article, clause, leads or holders, head, (evidence, start, end))
        relations += self._answers_to(article, clause, holders, head, (evidence, start, end))
        relations += self._managed_before(article, clause, holders, mentions, head, (evidence, start, end))
        relations += self._submitted_to_holder(article, clause, holders, head, (evidence, start, end))
        if not others:
            relations += self._pronoun_oversight(article, clause, holders, mentions, head, (evidence, start, end))
        if "接受其" in raw:
            relations += self._pronoun_accepted(article, clause, holders, mentions, head, (evidence, start, end))
        if "下" in clause_text:  # cheap pre-check for 在X指导下
            frames = _under_frames(text, clause)
            agents = {id(agent) for _, agent, _ in frames}
            # the subject printed in the clause or earlier in its sentence (X负责…，并在Y的指导下…), not
            # one carried over from an earlier sentence
            opening = _sentence_start(text, clause.start)
            printed = {
                self.table.key_of(m, head)
                for m in [*clause.mentions, *(m for m in mentions if opening <= m.start < clause.start)]
                if id(m) not in agents
            }
            framed = {id(agent) for _, agent, _ in frames}
            frames += self._own_unit_agents(text, article, clause, mentions)
            for rel_type, agent, modes in frames:
                for holder in (h for h in holders if h in printed):
                    if self._regulated(holder) and rel_type != "ASSISTS" and not self._guided(holder):
                        continue  # no oversight edge to a regulated actor
                    source = self._target_key(agent, holder, head)
                    # (the units 本单位 names guide their own committee, though the text regulates them)
                    if source != holder and (id(agent) not in framed or not self._regulated(source)):
                        implicit = agent.relative in ("up", "down")
                        relations.append(
                            self._relation(
                                rel_type, source, holder, article, evidence, start, end, modes=modes, implicit=implicit
                            )
                        )
        return relations

    def _own_unit_agents(
        self, text: str, article: ArticleSpan, clause: Clause, mentions: list[Mention]
    ) -> list[tuple[str, Mention, list[str]]]:
        """前款所列单位的职工…；其家属聚居区…成立家属委员会，在X和本单位的指导下进行工作: 本单位 is each unit
        the paragraph before lists as its subject (dev fl-jwh, hn-jwh annotate one GUIDES per listed unit; bj-jwh,
        with no 其, one from 所在单位); without the back-reference 本单位 names no body."""
        opening = _sentence_start(text, clause.start, "。\n")
        if not _trigger_regex("own_unit_backref").search(text, opening, clause.end):
            return []
        kinds = [
            rel_type
            for frame in _under_frame().finditer(text, clause.start, clause.end)
            if _unread_own_unit(text, frame.start(), _frame_bodies_end(text, frame))
            for rel_type in (_oversight_patterns()[1][word] for word in _frame_words(frame))
        ]
        units = self._previous_paragraph_subject(text, article, opening, mentions) if kinds else []
        return [(rel_type, unit, []) for rel_type in kinds for unit in units]

    def _previous_paragraph_subject(
        self, text: str, article: ArticleSpan, at: int, mentions: list[Mention]
    ) -> list[Mention]:
        """The organs that open the paragraph before the one ``at`` stands in (机关、团体、部队、企业事业组织，…)."""
        own = len(text[article.start : at].rstrip()) + article.start  # the end of the paragraph before
        if "\n" not in text[own:at]:
            return []
        start = text.rfind("\n", article.start, own) + 1 or article.start
        return _joined(sorted((m for m in mentions if start <= m.start < own), key=lambda m: m.start), text, start)

    def _helpers_of_holders(
        self,
        article: ArticleSpan,
        clause: Clause,
        holders: list[Key],
        others: list[Mention],
        span: tuple[str, int, int],
    ) -> list[Relation]:
        """X对Y协助政府开展工作应当提供必要的条件: Y helps the government X (the holder) whose support of that
        help the clause states (dev cq-cwh, sh-cunwei, fl-cwh annotate Y ASSISTS X); none where the verb
        names another party (对Y协助Z…)."""
        text = self.view.text
        found: list[Relation] = []
        for mention in others:
            verb = _assist_verb().match(text, mention.end, clause.end)
            if verb is None or not text.startswith("对", mention.start - 1):
                continue
            helped = next((m for m in others if m.start == verb.end()), None)
            if helped is not None and not (helped.bare and helped.cls == "gov"):
                continue
            helper = self.table.key_of(mention, None)
            found += [self._relation("ASSISTS", helper, h, article, *span) for h in _unique(holders) if h != helper]
        return found

    def _needed_helpers(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None, span: tuple[str, int, int]
    ) -> list[Relation]:
        """X…需要Y(或者它的Z)协助(进行)的(工作): Y helps X, the holder whose work needs it (dev bj-jwh, fl-jwh,
        hn-jwh, hu-fzxc, sd-xiangzhen annotate Y ASSISTS X); 需要Y协助的事项 names matters, no help (4 documents
        annotate no edge there; triggers.yaml needed_help)."""
        text = self.view.text
        found = _trigger_regex("needed_help").search(text, clause.start, clause.end)
        if not found or not holders:
            return []
        opened, closed = found.start() + len("需要"), found.start(1)
        helpers = _joined_chain(text, [m for m in clause.mentions if opened <= m.start and m.end <= closed])
        if not helpers or helpers[0].start != opened or helpers[-1].end != closed:
            return []  # 需要其他部门参与或者提供协助: no organ list right between the words
        # A需要B协助的，B应当…协助: the body printed right before 需要 is the one helped, not the holder
        needing = [m for m in clause.mentions if m.end <= found.start()]
        subject = _joined_chain(text, needing, backward=True) if needing and needing[-1].end == found.start() else []
        helped = [self.table.key_of(m, head) for m in subject] or _unique(holders)
        evidence, start, end = span
        return [
            self._relation("ASSISTS", key, target, article, evidence, start, end)
            for helper in helpers
            for target in helped
            if (key := self._target_key(helper, target, head)) != target
        ]

    def _bare_government_assisted(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], span: tuple[str, int, int]
    ) -> list[Relation]:
        """村民委员会协助人民政府…: a village body helps the government over it, printed bare (no organ
        mention): with no government printed before it in the article, the document's 各级人民政府 set; after
        one, or where the document prints no set, the township's (the dev annotations of the 村民委员会组织法
        wording). Listed with bodies of no tier (村民委员会以及红十字会
        等社会组织), the subject helps the governments at large: every member to the 各级 set; so too bodies of
        no tier alone (工会…等社会团体，企业、事业单位都应当协助人民政府: dev sh-jisheng, as gw-disaster)."""
        levels = {h: self._level(h) for h in _unique(holders)}
        if "village" not in levels.values() and set(levels.values()) != {"social"}:
            return []
        mixed = "social" in levels.values()
        helpers = [h for h, level in levels.items() if level == "village" or (mixed and level == "social")]
        text = self.view.text
        verbs = "|".join(triggers()["bare_government_helpers"])
        named = {m.start for m in clause.mentions}
        found = [
            m
            for m in re.compile(rf"(?:{verbs})((?:人民)?政府)").finditer(text, clause.start, clause.end)
            if m.start(1) not in named
        ]
        if not found:
            return []  # 协助人民政府有关部门 is a mention of its own
        # 村民委员会应当…协助政府开展工作 with no government printed before it in the article: the governments
        # at large, the document's 各级 set where it prints one (the dev majority: bj-jwh, sh-jwh, sh-cunwei,
        # cq-cwh, bj-yanglao, gw-disaster); after 所在地人民政府 or 乡镇人民政府、街道办事处 the word points back
        before = text[article.start : found[0].start(1)].replace("各级人民政府", "")
        at_large = [] if _government_word().search(before) else self._government_sets()
        fallback = [self._government_over_village(mixed)]
        evidence, start, end = span
        return [
            self._relation("ASSISTS", h, target, article, evidence, start, end)
            for h in helpers
            for target in at_large or (self.assisted.get(h, []) if not mixed else []) or fallback
            if target is not None
        ]

    def _note_assisted(self, helped: dict[Key, list[Key]]) -> None:
        """居民委员会协助不设区的市、市辖区的人民政府或者它的派出机关开展工作: the bodies a village body is
        first printed helping, where a government above the village is among them, are the 人民政府 its later
        bare 协助人民政府 names (the dev annotations of the organic laws' wording: the same governments)."""
        for source, targets in helped.items():
            if source in self.assisted or self._level(source) != "village":
                continue
            entries = [self.table.entries.get(self.table.key_of_key(t)) for t in targets]
            if any(e is not None and e.kind == "government" and e.level not in ("village", "social") for e in entries):
                self.assisted[source] = _unique(targets)

    def _government_over_village(self, at_large: bool) -> Key | None:
        """The township government where the document names one (unless ``at_large``), else its
        各级人民政府 set."""
        township = self.table.key_of_key(("gov", "township"))
        if township in self.table.entries and not at_large:
            return township
        sets = self._government_sets()
        return sets[0] if sets else None

    def _government_sets(self) -> list[Key]:
        """The document's 各级人民政府 set (本市各级人民政府…), if it prints one."""
        return [
            k
            for k in self.table.entries
            if k[:1] == ("coll",) and k[1].endswith("各级") and k[2:4] == ("gov", "人民政府")
        ][:1]

    def _partner_cooperation(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None, span: tuple[str, int, int]
    ) -> list[Relation]:
        """X应当与Y…加强合作 / X建立健全与Y的…协作机制: the holder assists the partner marked by 与 (genre
        rule 2: 与 marks a partner, not a holder); the cooperation word may follow in a later piece of the
        same sentence (与Y，在…领域加强合作)."""
        evidence, start, end = span
        partners = _cooperation_partners(self.view.text, clause)
        relations: list[Relation] = []
        for source in holders:
            for partner in partners:
                target = self._target_key(partner, source, head)
                # a partner read as one of the holders (与相关省、市 in a 省、市 document) is no other party
                if target not in holders and not self._regulated(target) and not self._regulated(source):
                    relations.append(self._relation("ASSISTS", source, target, article, evidence, start, end))
        return relations

    def _reversed(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None, span: tuple[str, int, int]
    ) -> list[Relation]:
        """听取X汇报: X reports to the clause's holder; 接受X的监督/指导: X supervises/guides it. The
        organ after the verb is the edge's other end, so the edge runs against the sentence's subject
        (no oversight edge to a regulated actor, as everywhere)."""
        text = self.view.text
        evidence, start, end = span
        relations: list[Relation] = []
        for rel_type, other, modes, verb_at in _reversed_frames(text, clause):
            if not self._acts_itself(clause, verb_at, holders, head):
                continue
            what, frequency = (
                _report_details(_masked(text, clause), triggers(), text[clause.start : clause.end])
                if rel_type == "REPORTS_TO"
                else (None, None)
            )
            for holder in holders:
                key = self._target_key(other, holder, head)
                if key == holder or (rel_type != "REPORTS_TO" and self._regulated_actor(holder)):
                    continue
                implicit = other.relative in ("up", "down")
                relations.append(
                    self._relation(
                        rel_type,
                        key,
                        holder,
                        article,
                        evidence,
                        start,
                        end,
                        modes=modes,
                        implicit=implicit,
                        what=what,
                        frequency=frequency,
                    )
                )
        return relations

    def _answers_to(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None, span: tuple[str, int, int]
    ) -> list[Relation]:
        """督查组对本级人民政府负责 / 国务院对全国人民代表大会负责并报告工作: the holder answers to the organs
        between 对 and a closing 负责 (REPORTS_TO, unspecified frequency)."""
        text = self.view.text
        evidence, start, end = span
        relations: list[Relation] = []
        if self._head_system(clause, holders):
            return relations  # 主任主持…全面工作，对Y负责: the head-responsibility system, no report
        for other in _answer_frames(text, clause):
            for holder in holders:
                key = self._target_key(other, holder, head)
                if key != holder:
                    relations.append(
                        self._relation(
                            "REPORTS_TO", holder, key, article, evidence, start, end, what=None, frequency="unspecified"
                        )
                    )
        return relations

    def _head_system(self, clause: Clause, holders: list[Key]) -> bool:
        """X主持…工作，对Y负责: every holder a role that 主持 (runs) a body's work earlier in the sentence."""
        lead = self.view.text[_sentence_start(self.view.text, clause.start) : clause.end]
        if not _has(lead, triggers()["head_system_verbs"]):
            return False
        kinds = [self.table.entries.get(self.table.key_of_key(holder)) for holder in holders]
        return bool(kinds) and all(entry is not None and entry.kind == "individual_role" for entry in kinds)

    def _submitted_to_holder(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None, span: tuple[str, int, int]
    ) -> list[Relation]:
        """审核X报送的督察报告 / 对X上报的案件进行受理: what the holder reviews or takes in is what X sent it, so
        X reports to the holder (triggers.yaml submitted_object)."""
        text = self.view.text
        if "的" not in text[clause.start : clause.end]:
            return []  # cheap pre-check: no relative clause
        evidence, start, end = span
        sent, before, fronted = (_trigger_regex(k) for k in ("submitted_by", "submission_taker", "submission_fronted"))
        relations: list[Relation] = []
        for mention in clause.mentions:
            after = sent.match(text, mention.end, clause.end)
            if not after:
                continue
            lead = text[clause.start : mention.start]
            if not before.search(lead) and not (lead.endswith("对") and fronted.match(text, after.end(), clause.end)):
                continue
            for holder in holders:
                source = self._target_key(mention, holder, head)
                if source != holder and source not in holders:
                    noun = _SUBMITTED_NOUN.match(text, after.end(), clause.end)
                    relations.append(
                        self._relation(
                            "REPORTS_TO",
                            source,
                            holder,
                            article,
                            evidence,
                            start,
                            end,
                            what=noun.group(0) if noun else None,
                            frequency="unspecified",
                        )
                    )
        return relations

    def _acts_itself(self, clause: Clause, verb_at: int, holders: list[Key], head: Key | None) -> bool:
        """The holder is who hears or accepts: no other organ stands between it and the verb
        (建议常务委员会听取X汇报: the committee hears, not the holder that proposes it)."""
        # 在X领导下开展工作，接受Y的指导: X only frames the holder's work, no other subject
        frames = [f.span() for f in _under_frame().finditer(self.view.text, clause.start, verb_at)]
        before = [m for m in clause.mentions if m.end <= verb_at and not any(a <= m.start < b for a, b in frames)]
        return not before or self.table.key_of(before[-1], head) in holders

    def _governments(self, holders: list[Key]) -> bool:
        """Every holder is a government (市人民政府, 县级以上人民政府), no department or party body."""
        kinds = [self.table.entries.get(self.table.key_of_key(holder)) for holder in holders]
        return bool(kinds) and all(entry is not None and entry.kind == "government" for entry in kinds)

    def _split_governments(self, holders: list[Key]) -> bool:
        """市、县（区）人民政府 as the clause's holders: governments of two or more single levels (no collective
        set), each acting at its own level; after 本级/及其有关部门 earlier in the article, a bare 有关部门 they
        oversee points back to each one's own set (dev kf-hehu, hz-aqjg annotate it so; xy-daqi, where the
        level sets are printed only after it, keeps the document's bare set)."""
        keys = [self.table.key_of_key(holder) for holder in holders]
        levels = {key[1] for key in keys if len(key) == 2 and key[0] == "gov"}
        if len(keys) < 2 or len(levels) != len(keys):
            return False
        # only where the text names each level's set as a node of its own (市、县人民政府及其有关部门)
        owned = [self.table.entries.get(("dept", level, "有关部门")) for level in levels]
        return all(entry is not None and entry.names for entry in owned)

    def _spans_levels(self, holders: list[Key], cls: str) -> bool:
        """A single holder that is a collective of bodies of class ``cls`` spanning levels (县级以上人民政府)."""
        if len(holders) != 1:
            return False
        key = self.table.key_of_key(holders[0])
        entry = self.table.entries.get(key)
        return (
            entry is not None
            and entry.collective
            and key[:1] == ("coll",)
            and key[1] not in organ_lexicon().unnamed_sets
            and key[1] not in ("上级", "下级", "本级")
            and entry.kind == ("government" if cls == "gov" else "party_and_government")
        )

    def _spans_levels_any(self, source: Key) -> bool:
        """A collective of bodies of several levels (县级以上人民政府X), not an unnamed 有关 set."""
        key = self.table.key_of_key(source)
        entry = self.table.entries.get(key)
        return (
            entry is not None
            and entry.collective
            and key[:1] == ("coll",)
            and key[1] not in organ_lexicon().unnamed_sets
        )

    def _level_pairs(self, cls: str) -> list[tuple[Key, Key]]:
        """(upper, lower) bodies of class ``cls`` one level apart, from the document's level down."""
        top = LEVELS.index(self.table.doc_level) if self.table.doc_level in LEVELS else 0
        pairs: list[tuple[Key, Key]] = []
        for level in LEVELS[top:]:
            lower = _stepped(level, "down", self.metropolis)
            upper_key, lower_key = (cls, level), (cls, lower or "")
            if lower in ("village", "social", None):
                break
            upper_entry, lower_entry = self.table.entries.get(upper_key), self.table.entries.get(lower_key)
            if upper_entry is not None and lower_entry is not None and upper_entry.names and lower_entry.names:
                pairs.append((upper_key, lower_key))  # bodies the text names (not only 下级X)
        return pairs

    def _report_targets(self, clause: Clause, others: list[Mention], text: str) -> list[Mention]:
        """The organs a report goes to (向X / 报X, and those joined after them)."""
        windows = [(m, text[max(clause.start, m.start - 12) : m.start]) for m in others]
        requesting = _requesting_bodies(others, windows, text)
        reach = max((m.start for m in others), default=clause.start)
        if not requesting and not _REPORT_CHARS.search(text, clause.start, reach):
            return []  # cheap pre-check: every report verb holds one of these characters
        reports = [
            m
            for m, window in windows
            if (_report_to().search(window) and not _informed_to().search(window))
            or _feedback_to().search(window)
            or (_proposal_lead().search(window) and _proposed_matter().match(text, m.end))
        ]
        reports += requesting
        return [m for m in _joined_after(reports, others, text) if not _only_informed(text, m, clause)]

    def _proposers(self, clause: Clause, mentions: list[Mention], head: Key | None) -> list[Mention]:
        """The organs whose proposal the clause answers with a 反馈: 对X提出的(…)建议 earlier in the sentence,
        or 听取X(的)意见 where the clause feeds back 向其. 反馈 to anyone else stays no report (feedback)."""
        text, trig = self.view.text, triggers()
        feedback = _first_of(text, clause, trig["feedback"])
        if feedback is None:
            return []
        opening = _sentence_start(text, clause.start, "。\n")
        proposed, heard, noun = _proposal_patterns()
        by_other = "向其" in text[clause.start : feedback]
        found: list[Mention] = []
        for index, m in enumerate(mentions):
            if not opening <= m.start < feedback or m.relative is not None:
                continue
            chain = _joined(mentions[index:], text, m.start) if text[m.start - 1 : m.start] == "对" else []
            deputed = _has(text[opening : m.start], trig["proposal_deputed"])  # 督促相关单位对X…反馈: not the holder
            if chain and not deputed and proposed.match(text, chain[-1].end, feedback):
                found += chain  # 对X、Y提出的建议: X and Y proposed, what the clause answers
            elif by_other and heard.search(text, opening, m.start) and noun.match(text, m.end, feedback):
                found.append(m)  # 听取X意见和建议，并向其反馈: 其 is X
        return found

    def _local_government(self, target: Mention, source: Key) -> Key | None:
        """协助当地人民政府 from a body of known level: the government of its place (a village body has
        none of its own: the township's), where the document names it."""
        if (
            target.cls != "gov"
            or target.level is not None
            or (target.stem or target.place) not in triggers()["local_government"]
        ):
            return None
        entry = self.table.entries.get(self.table.key_of_key(source))
        level = entry.level if entry is not None else None
        if level not in LEVELS or level == "social":
            return None
        government = ("gov", "township" if level == "village" else str(level))
        return government if government in self.table.entries and government != source else None

    def _place_government(self, clause_text: str) -> list[Key]:
        """本市鼓励…: the government 本市 stands for, where the document names one."""
        stripped = clause_text.lstrip()
        place = next((p for p in triggers()["place_self"] if stripped.startswith(p)), None)
        level = organ_lexicon().level_of.get(place[1:]) if place else None
        if level is None:
            return []
        if self.metropolis and level == "municipal":
            level = "provincial"
        key = self.table.key_of_key(("gov", level))
        return [key] if key in self.table.entries else []

    def _regulated_actor(self, key: Key) -> bool:
        """A regulated actor that accepts no oversight edge (接受X的监督): not the public units the
        vocabulary files as social (国家机关、国有企业事业单位、人民团体应当接受X的监督指导)."""
        return self._regulated(key) and not self._public_unit(key)

    def _public_unit(self, key: Key) -> bool:
        """国有企业事业单位, 人民团体: filed social by the vocabulary, yet overseen as public bodies are."""
        return self.table.name(key) in triggers()["accepting_public_units"] or self._guided(key)

    def _disciplinary(self, sentence: str, agents: list[Key]) -> bool:
        """A sanction only public staff bear (处分, 依纪), or one a discipline or organisation body imposes."""
        if any(word in sentence for word in triggers()["disciplinary_words"]):
            return True
        entries = [self.table.entries.get(self.table.key_of_key(key)) for key in agents]
        return any(entry is not None and entry.kind in triggers()["disciplining_kinds"] for entry in entries)

    def _unit_word(self, key: Key) -> bool:
        """A body named by the word 单位 (承办单位, 派出单位), not a firm or a trade (企业, 经营者)."""
        return self.table.name(key).endswith(tuple(triggers()["disciplined_unit_heads"]))

    def _guided(self, key: Key) -> bool:
        """群防群治组织, 人民调解组织, 专职消防队: filed social, yet guided by the state as its auxiliaries."""
        return self.table.name(key) in triggers()["guided_social_bodies"]

    def _own_staff(self, source: Key, target: Mention) -> bool:
        """生产经营单位应当督促从业人员…: a regulated actor overseeing the bare members of its own unit is an
        edge inside one company (the dev annotations of hz-aqjg, sh-aqsc, sd-aqsc, nb-zhuti)."""
        if not (self._regulated(source) and target.cls == "role" and target.head in triggers()["own_staff_words"]):
            return False
        return target.body is None or self.table.name(source) in (target.body.fixed_name, target.body.surface)

    def _regulated(self, key: Key) -> bool:
        """A regulated actor or one of its roles: the level ``social`` of the vocabulary."""
        entry = self.table.entries.get(self.table.key_of_key(key))
        return entry is not None and entry.level == "social"

    def _handed_down(self, source: Key, target: Key) -> bool:
        """``target`` of a lower level than ``source`` (公安、民政等部门应当向居民委员会提供…基础信息): what the
        higher body hands over is support going down, not a report up (dev sh-jwh, both annotations)."""
        levels = [self._level(key) for key in (source, target)]
        return None not in levels and level_rank(levels[0]) < level_rank(levels[1])

    def _pledges_to(self, holder: Key, party: Key, printed: Mention) -> bool:
        """X与Y签订责任书 where X pledges to Y: a regulated unit pledges to the authority (建设单位与主管部门
        签订…), and so does a body of a lower level to a party printed with a higher level word, whichever
        is the subject (乡镇人民政府与县级人民政府签订…). Otherwise the subject receives the pledge (an HQ
        与成员单位签订…: a bare party takes the document's level, which says nothing of rank)."""
        if self._regulated(holder) and not self._regulated(party):
            return True
        levelled = bool(printed.level_word) or (printed.level is not None and not printed.collective)
        levels = [self._level(key) for key in (holder, party)]
        return levelled and None not in levels and level_rank(levels[0]) > level_rank(levels[1])

    def _stepwise_pledges(self, holders: list[Key]) -> list[tuple[Key, Key, bool]]:
        """逐级签订责任书: (lower, upper, implicit) for each pair of adjacent levels among the subjects
        (市、县、乡人民政府逐级签订…), explicit; a single collective spanning levels (各级人民政府逐级签订…)
        names no level, so every pair of its levels the document names, implicit (genre rule 4)."""
        for cls in ("gov", "pg"):
            if self._spans_levels(holders, cls):
                return [(lower, upper, True) for upper, lower in self._level_pairs(cls)]
        levelled = sorted(
            (key for key in _unique(holders) if self._level(key) is not None),
            key=lambda key: level_rank(self._level(key)),
        )
        return [
            (lower, upper, False)
            for upper, lower in pairwise(levelled)
            if level_rank(self._level(upper)) < level_rank(self._level(lower))
        ]

    def _level_paired(self, reports: list[Relation]) -> list[Relation]:
        """由市或者区、县A…报市或者区、县B批准: senders and receivers printed at the same levels pair level by
        level (each level's A reports to its own level's B), never across (市A -> 区县B)."""
        if len(reports) < 4:
            return reports  # cheap pre-check: two senders and two receivers at least
        level_of = {self.table.organ_id(key): self._level(key) for key in self.table.entries}
        sources = {r.source: level_of.get(r.source) for r in reports}
        targets = {r.target: level_of.get(r.target) for r in reports}
        levels = set(sources.values())
        if None in levels or "social" in levels or len(levels) < 2 or len(levels) != len(sources):
            return reports  # one sender, senders not one per level, or regulated ones: nothing to pair
        if set(targets.values()) != levels or len(set(targets.values())) != len(targets):
            return reports
        return [r for r in reports if sources[r.source] == targets[r.target]]

    def _level(self, key: Key) -> str | None:
        entry = self.table.entries.get(self.table.key_of_key(key))
        return entry.level if entry is not None and entry.level in LEVELS else None

    def _pledging(self, clause: Clause, others: list[Mention], text: str) -> list[Mention]:
        """与A、B及C订立/签订责任书: the organs after 与 in a clause that signs a 责任书 (与各县人民政府 /
        与所辖县人民政府: a word picking the parties may stand between)."""
        first = next(
            (m for m in others if _PLEDGE_PARTY_LEAD.search(text, max(clause.start, m.start - 3), m.start)), None
        )
        if first is None:
            return []
        return _joined(others[others.index(first) :], text, first.start)

    @overload
    def _target_key(self, target: Mention, source: Key, head: Key | None) -> Key: ...

    @overload
    def _target_key(self, target: Mention, source: Key, head: Key | None, create: bool) -> Key | None: ...

    def _target_key(self, target: Mention, source: Key, head: Key | None, create: bool = True) -> Key | None:
        """本级/上一级 X seen from each source: X at the source's own level, or one up or down. With
        ``create`` False, a relative X the document names nowhere at that level is None."""
        key = self._relative_target_key(target, source, head, create)
        if key is not None and target.relative is not None:
            self.relative_prints[key] = min(self.relative_prints.get(key, target.start), target.start)
            if create:
                self._note_relative_surface(key, target)
        return key

    def _note_relative_surface(self, key: Key, target: Mention) -> None:
        """上一级Y报备 read as the 市级Y: the relative surface is one of the printed forms of the organ it
        resolves to (genre rule 11, aliases are every surface resolved to the organ), where that organ is
        one the document names (a node known only by relative surfaces has them already)."""
        entry = self.table.entries.get(self.table.key_of_key(key))
        if entry is None or not entry.names:
            return
        surface = self._surface(target.start, target.end)
        if surface and surface not in entry.surfaces:
            entry.surfaces[surface] += 1

    def _relative_target_key(self, target: Mention, source: Key, head: Key | None, create: bool) -> Key | None:
        if target.relative is None:
            return self._local_government(target, source) or self.table.key_of(target, head)
        if target.of_spanning:
            return self.table.key_of(target, head)  # 县级以上X…上一级Y: the collective 上级Y, as printed
        if target.relative in ("up", "down") and self._relative_only(self.table.key_of_key(source)):
            # 上一级河长对下一级河长…考核: seen from a relative set there is no level to step from, so
            # the target is the relative set as printed (devset gx-hezhang, zb-hezhang)
            relative_set = self._relative_set(target, head)
            if relative_set is not None:
                return relative_set
        every_level_relative = self._relative_chief_of_every_level(target, source, head, create)
        if every_level_relative is not None:
            return every_level_relative
        role_of_set = self._role_of_spanning_body(target, source, head)
        if role_of_set is not None:
            return role_of_set
        source_key = self.table.key_of_key(source)
        every_level_chief = self._every_level_chief(target, source_key, head)
        if every_level_chief is not None:
            return every_level_chief
        if (
            target.relative == "same"
            and source_key[:1] == ("coll",)
            and source_key[1] not in organ_lexicon().unnamed_sets
        ):
            # 县级以上人民政府X报本级人民政府: the collective of governments at the same levels (seen from
            # 县级以上地方各级X: 县级以上…, the shorter prefix of the same set, where that one is named)
            for prefix in _prefix_forms(source_key[1]):
                spanning = self._spanning_government_departments(target, prefix, head) or self._spanning(
                    target, prefix, head
                )
                if spanning is not None:
                    return spanning
            if create:
                own = self._departments_of_spanning_government(target, source_key, head)
                if own is not None:
                    return own
            if create and source_key[2:3] == ("gov",) and target.head in organ_words("congress_bodies"):
                return self._spanning_congress(target, source_key[1], head)
        if target.relative == "same" and source_key[:2] == ("dept", ""):
            # a department or team named without a level (督查组对本级人民政府负责) in a document whose
            # governments are a set spanning levels: its own government is that set
            spanning_same = self._spanning_of_department(target, source_key, head)
            bare_government = target.cls == "gov" and self._bare_under_local_governments(source_key)
            if spanning_same is None and not bare_government:
                # (a government set the department is never printed over, 区以上人民政府划定, is not its own)
                spanning_same = self._spanning_any(target, head)
            elif spanning_same is None:
                # 市、县人民政府… 审计机关向本级人民政府报告, in a text that names 县级以上人民政府: the bare
                # department of every level answers to the set of governments from a printed level floor
                # up (devset: every text printing 县级以上人民政府 and 本级人民政府 so annotates it; none of the
                # 12 keeping 本级人民政府 apart prints such a set; 区以上, topped by the document's level, stays apart)
                spanning_same = self._spanning_from_floor(target, head)
            if spanning_same is not None:
                return spanning_same
            if self._named_at_local_levels(source_key):
                # 市、区X… X报同级人民政府批准: the bare X covers the X of every level the text names,
                # so its 同级 body is no one level's but the relative set as printed (devset bj-hehu,
                # cq-jydd), as seen from an event's place
                return self._relative_of_place(target, head, create)
            if bare_government:
                # 市、区人民政府… 农业部门报请同级人民政府责令关闭: a department the text never names with a
                # level, in a text whose governments are of several levels, is of any of them
                return self._relative_of_place(target, head, create)
        unit = source_key[:2] == ("dept", "") and target.body is None
        # a staff role printed without its body (督学, 督导人员) serves at every level alike
        staff = source_key[:1] == ("member",)
        # 成员单位应当向本级河湖长制办公室报送: a member set printed with no level word (its one levelled reading
        # a 本级…成员单位 seen at one tier) is the members of every tier, as a unit named with no level (dev
        # nmg-hzz, xz-hhz annotate its office as the bare office; jl-hhz, zb-hedao read so already)
        member_entry = self.table.entries.get(source_key)
        members = (
            source_key[:1] == ("dept",)
            and source_key[-1].endswith(organ_words("level_free_member_sets"))
            and member_entry is not None
            and not member_entry.names
        )
        unlevelled_source = source_key[:2] == ("position", "") or unit or staff or members
        if target.relative == "same" and target.cls == "dept" and source_key[:1] == ("name",):
            # 帮扶单位向同级扶贫开发领导小组报告: units named with no level (of every tier alike) report
            # to the X of every level, the bare or spanning X the document names (devset gs-fupin, gz-fupin)
            unlevelled_body = self._spanning(target, None, head) or self._spanning_any(target, head)
            if unlevelled_body is not None and not self._relative_only(unlevelled_body):
                return unlevelled_body
        if target.relative == "same" and target.cls == "dept" and unlevelled_source:
            # 河湖长…调整的，由本级河湖长制办公室报…: a post printed with no level word stands for the post at
            # every tier, so its 本级 office is the one the document names with no level (各级…), if any
            # (not its 本级 post: 总河湖长…本级河湖长 is one tier's chief over that tier's chiefs); so does a
            # unit named with no level (成员单位…向本级扶贫开发领导小组报告: the bare 扶贫开发领导小组; a
            # government's own department, 本级人民政府法制工作机构, stays the level's)
            unlevelled_body = self._spanning(target, None, head) or self._spanning(target, "各级", head)
            if unlevelled_body is not None and not self._relative_only(unlevelled_body):
                return unlevelled_body
        if target.relative == "same" and target.cls == "gov" and staff:
            # 督学向本级人民政府反映情况: the staff of every level answer to no one level's government but
            # to the set spanning levels the document names (县级以上人民政府), else to the relative set
            # as printed where the text names governments of several local levels
            staff_government = self._spanning_any(target, head)
            if staff_government is not None:
                return staff_government
            if self._bare_under_local_governments(source_key):
                return self._relative_of_place(target, head, create)
        source_entry = self.table.entries.get(source_key)
        if target.relative == "same" and source_entry is not None and source_entry.collective:
            # 负有…职责的部门报告同级X: departments of several levels, so X of no one level; a node
            # named only as 上级X/下级X is another body, not the departments' own
            unlevelled = self._spanning(target, None, head)
            if unlevelled is not None and not self._relative_only(unlevelled):
                return unlevelled
            spanning_any = self._spanning_any(target, head)
            if spanning_any is not None:
                return spanning_any
            if target.cls == "gov" and source_key[-1] == "document" and self._bare_under_local_governments(source_key):
                # 有关行政管理部门…由本级人民政府责令改正, in a text of 市 and 区 governments: a set of no
                # one level, so its 本级 government is the relative set as printed
                return self._relative_of_place(target, head, create)
        if _of_local_place(source_key) or (source_key[:2] == ("dept", "") and self._named_at_local_levels(source_key)):
            # (a bare X of several levels: its 下级人民政府 is the set one level below each, as printed)
            return self._relative_of_place(target, head, create)
        base = source_entry.level if source_entry else None
        if base == "social" and target.relative == "same":
            # 绩效责任单位应当报本级人民政府批准: units of no government tier (of the city, counties and
            # towns alike) have no one 本级 body, the relative set as printed
            return self._relative_of_place(target, head, create)
        level = _stepped(base, target.relative, self.metropolis)
        if level is None:
            return self.table.key_of(target, head)
        same_function = self._same_function(target, source_key, level)
        if same_function is not None:
            return same_function
        shifted = Mention(
            target.start,
            target.end,
            target.surface,
            level,
            target.kind,
            target.cls,
            stem=target.stem,
            head=target.head,
            body=target.body,
            display="",
        )
        key = self.table.key_of(shifted, head)
        entry = self.table.entries.get(key)
        chief_tier = source_key[:1] == ("position",) and source_key[1] in LEVELS
        if target.relative == "same" and chief_tier and target.cls == "dept":
            # 市级、县级河长…督促本级有关部门: a chief post's own departments are the set spanning levels the
            # document names (县级以上人民政府有关部门), even where one level's (其他)有关部门 is printed
            # apart (devset jl-hhz, nm-hehu; a level's set stays where no spanning one is named, bz-hhz)
            covering = self._covering_set(target, level, head)
            if covering is not None:
                return covering
        if target.relative == "same" and chief_tier and target.cls == "position" and self._unnamed_tier(key):
            # 市（州）级河湖长…报本级总河湖长批准: the 总河湖长 of that level is never printed by name (at most
            # as 下级总河湖长 seen from above), so the post named without a level covers it (devset jl-hhz)
            unlevelled = self._spanning(target, None, head)
            if unlevelled is not None and not self._relative_only(unlevelled):
                return unlevelled
        if (entry is None or not entry.names) and target.relative == "same" and source_key[:1] != ("gov",):
            # (省级人民政府…对设区的市级人民政府和本级有关部门进行考核: a single level's government sees its own
            # level's departments, named for that level even where the text prints them only as a spanning
            # set: dev gw-zaihai, gw-spdd annotate one set per level, as do bj-safety, cq-jydd, hz-aqjg,
            # rz-yinshui, sh-spzr, zb-hedao where the level's set is printed; only chief posts, above, and
            # bodies of no government see the spanning set)
            covering = self._covering_set(target, level, head)
            if covering is not None:
                return covering
        if not create and (entry is None or not entry.names):
            return None  # known only by relative surfaces (下级X): the document names no such organ
        if entry is None or not entry.names:
            same_source = source_key if target.relative == "same" else None
            display = (
                _central_name(shifted)
                or self._level_body_name(shifted, same_source)
                or self._unprinted_level_name(shifted)
            )
            if not display and target.relative == "same":
                display = self._named_like_source(shifted, source_key)
            if not display:
                display = self._named_like_level(shifted)
            if entry is None or display:  # a relative surface alone names no organ
                self.table.add(shifted, self._surface(target.start, target.end), target.start, head, display)
        return key

    def _same_function(self, target: Mention, source_key: Key, level: str) -> Key | None:
        """市、区X、Y等部门…督促指导下级部门: a bare 上级/下级部门 seen from a department of one level is the
        department of the same function one level up or down (devset bj-jiesu); where the text names
        none at that level, the member has no such body and the edge is dropped (the source itself:
        a self-loop is no relation)."""
        if target.relative not in ("up", "down") or target.cls != "dept" or target.stem or target.body is not None:
            return None
        if target.head != "部门" or source_key[:1] != ("dept",) or source_key[1] not in LEVELS:
            return None
        own = self.table.key_of_key(("dept", level, source_key[-1]))
        entry = self.table.entries.get(own)
        return own if entry is not None and entry.names else source_key

    def _printed_before(
        self,
        source: Key,
        target: Mention,
        mentions: list[Mention],
        head: Key | None,
        applied: bool,
        article_start: int,
    ) -> bool:
        """X应当向Y(提出)申请 / X将…提交Y: the source is named in the target's sentence before it (not
        carried over from an earlier sentence onto a subject that is no organ), no one else is told to
        apply (告知当事人向Y申请), and an application follows Y (申请破产的，应当向Y说明: none to Y)."""
        text = self.view.text
        opening = max(text.rfind("。", 0, target.start), text.rfind("\n", 0, target.start)) + 1
        item_open = opening
        if applied:
            opening = _list_lead_start(text, opening)  # X履行下列职责：（五）向Y反映情况: X is printed in the lead
        stop = _SENTENCE_END.search(text, target.end)
        if applied and not _has(text[target.end : stop.start() if stop else len(text)], triggers()["applications"]):
            return False
        if applied and _has(target.surface, triggers()["judicial"]):
            return False
        named = [m for m in mentions if opening <= m.start < target.start and self.table.key_of(m, head) == source]
        renewed = self._renewed_objector(Clause(opening, target.start, []), text, head, article_start, mentions)
        if applied and not named and source in renewed:
            return True  # 对…仍有异议的，可以向Y申诉: the party printed in the objection before appeals again
        if named:
            named_end = named[-1].end
        else:  # X停业的，应当向Y申请: an applicant opening its sentence may be read as no mention
            named_end = self._unread_name_end(source, opening, target.start, mentions) if applied else -1
        if named_end < 0 or _PUBLIC_AFTER.match(text, named_end):
            return False  # 用火单位或者个人应当向X申请: anyone who applies, no organ
        between = text[named_end : target.start]
        if opening < item_open and named_end <= item_open:
            # X可以采取下列措施：（五）要求Y作出说明；（六）向Z反映情况: the lead and the item itself are X's
            # sentence, the items between them are other acts of X (their 要求 tells no one else to apply)
            lead_end = max(text.rfind(":", 0, item_open), text.rfind("：", 0, item_open))
            # X的任务：（六）向Y反映…: the 的 of a title naming X's duties is no possessor of X (X applies)
            title = _trigger_regex("duty_title_lead").match(text[named_end : lead_end + 1].strip())
            between = ("" if title else text[named_end:lead_end]) + text[item_open : target.start]
        if applied and _trigger_regex("other_applicant").search(between):
            return False  # 企业对X的答复有异议的 / X…，村民也可以向Y反映: someone else applies, not X
        # 自收到…通知之日起十五日内向Y申请: a time limit counted from a notice the applicant received tells
        # no one else to apply; nor does the act naming Y after 向 (向下达…通知书的Y申请复查)
        lead = between[: between.rfind("向")] if "向" in between else between
        return not _has(_trigger_regex("deadline_piece").sub("", lead), triggers()["others_apply"])

    def _unread_name_end(self, source: Key, opening: int, end: int, mentions: list[Mention]) -> int:
        """The end of the source's printed name opening the sentence where no mention was read there
        (X停业的，应当向Y申请: a regulated actor opening a condition is no subject mention, yet it is
        printed); -1 where the sentence does not open with it (改变X的 / 用户对X不满的: X applies not)."""
        entry = self.table.entries.get(source)
        text = self.view.text
        at = end - len(text[opening:end].lstrip())
        for surface in sorted(entry.surfaces if entry else [], key=len, reverse=True):
            stop = at + len(surface)
            if text.startswith(surface, at, end) and not any(m.start < stop and at < m.end for m in mentions):
                return stop
        return -1

    def _named_at_local_levels(self, source_key: Key) -> bool:
        """A department printed bare (水行政主管部门) that the text also names at two or more local levels
        (市水行政主管部门, 区水行政主管部门): the bare name is all of them, of no one level."""
        levels = {
            key[1]
            for key in self.table.entries
            if key[:1] == ("dept",) and key[-1] == source_key[-1] and key[1] in LEVELS and key[1] != "central"
        }
        return len(levels) >= 2

    def _bare_under_local_governments(self, source_key: Key) -> bool:
        """A department printed bare (港口行政管理部门; a 市港口… printed beside it does not make the bare
        name the city's) in a text that names the governments of two or more local levels (市人民政府,
        区人民政府): annotators read the bare name as the department of every level (devset jh-shuihuan)."""
        governments = {key[1] for key, entry in self.table.entries.items() if key[:1] == ("gov",) and entry.names}
        return len(governments & (set(LEVELS) - {"central"})) >= 2

    def _relative_of_place(self, target: Mention, head: Key | None, create: bool) -> Key | None:
        """事故发生地党委和政府…向上级党委和政府报告: the place may be of any level, so its 上级 is no one
        body by level arithmetic; the relative collective as printed (as seen from 县级以上X)."""
        spanning = replace(target, of_spanning=True)
        key = self.table.key_of(spanning, head)
        if key in self.table.entries or not create:
            return key if key in self.table.entries else None
        # (a relative word shared from the list, 上一级X和Y: Y is named as read, 上一级Y)
        surface = self._surface(target.start, target.end)
        return self.table.add(spanning, surface, target.start, head, target.display or None)

    def _role_of_spanning_body(self, target: Mention, source: Key, head: Key | None) -> Key | None:
        """本级人民政府行政首长 seen from a set spanning levels: the role of the body 本级人民政府 resolves to
        when that is a collective (县级以上人民政府行政首长), not the role of the document's own level."""
        body = target.body
        if target.cls != "role" or target.relative != "same" or body is None or body.relative is not None:
            return None
        body_key = self._target_key(replace(body, relative="same"), source, head, False)
        if body_key is None or body_key[:1] != ("coll",) or body_key not in self.table.entries:
            return None
        role = replace(target, relative=None, body=replace(body, collective=body_key[1], level=None))
        if self.table.key_of(role, head)[1:-1] != body_key:
            return None  # the set's body key is not rebuilt from its prefix: keep the level arithmetic
        display = self.table.name(body_key) + target.surface[len(body.surface) :]
        return self.table.add(role, self._surface(target.start, target.end), target.start, head, display)

    def _target_keys(self, target: Mention, source: Key, head: Key | None) -> list[Key]:
        """The organs a target names seen from ``source``: the post at each level the source stands at
        (``_same_level_posts``), else the one organ of ``_target_key``."""
        return (
            self._listed_level_targets(target, source, head)
            or self._same_level_posts(target, source, head)
            or [self._target_key(target, source, head)]
        )

    def _note_listed_levels(self, mentions: list[Mention], head: Key | None) -> None:
        """Remember each member set printed over a level list (市和区综治委的成员单位) with its listed bodies."""
        for mention in mentions:
            if mention.listed:
                bodies = [self.table.key_of(body, head) for body in mention.listed]
                self.listed_levels[self.table.key_of(mention, head)] = bodies

    def _listed_level_targets(self, target: Mention, source: Key, head: Key | None) -> list[Key]:
        """市和区综治委的成员单位…向同级综治委报告: the members of each listed level answer to that level's
        body, one target per listed body (dev cq-flood, sh-zongzhi); [] for any other source."""
        bodies = self.listed_levels.get(self.table.key_of_key(source))
        if target.relative != "same" or not bodies:
            return []
        return _unique([self._target_key(target, body, head) for body in bodies])

    def _same_level_posts(self, target: Mention, source: Key, head: Key | None) -> list[Key]:
        """协助同级河湖长 seen from a body or post of no one level that stands at several (旗县级以上公安机关;
        河湖警长 printed as 市级/县级河湖警长, or set up 县级以上): the post of each of those levels, one per
        level, where the text names the post at every one of them (自治区级/盟市级/旗县级河湖长), not the
        every-level collective (devset jl-hhz, lc-hzz, nm-hehu annotate one edge per level)."""
        if target.relative != "same" or target.cls != "position" or target.body is not None or target.collective:
            return []
        source = self.table.key_of_key(source)
        if _bare_chief_office(source) and (target.head + target.stem).startswith(organ_words("position_tiers")):
            return []  # the office's 本级总河湖长 is the span's 总 post as one organ (devset nm-hehu, jl-hhz)
        levels = self._levels_standing_at(source)
        if len(levels) < 2:
            return []
        posts = [self.table.key_of(replace(target, relative=None, level=level), head) for level in levels]
        if all((entry := self.table.entries.get(post)) is not None and entry.names for post in posts):
            return posts
        return []

    def _levels_standing_at(self, source: Key) -> list[str]:
        """The levels a body or post of no one level stands at: the span of its prefix (旗县级以上X), the
        level words it is printed with (市级河湖警长, 县级河湖警长), or the span it is set up at
        (县级以上设立河湖警长); [] where none is printed."""
        entry = self.table.entries.get(source)
        if entry is None:
            return []
        top = LEVELS.index(self.table.doc_level) if self.table.doc_level in LEVELS else 0
        if source[:1] == ("coll",):
            floor = _span_floor(source[1])
            return list(LEVELS[top : LEVELS.index(floor) + 1]) if floor in LEVELS else []
        if source[:1] == ("position",) and not source[1] and source[-1].startswith(organ_words("position_tiers")):
            # 总河湖长 (a tier, no level word) set up by a 、 list of levels (省、市、县设立总河湖长): it stands at
            # each (devset jl-hhz, nmg-hzz annotate 督促本级河湖长 as one edge per listed level); a bare 河湖长
            # is the chief of whatever river, no tier of a level. A deputy tier (副总河湖长) stands where its
            # chief tier is set up (地（市）、县（区）设立总河湖长…；副总河湖长由本级…担任: devset xz-hhz)
            core = source[-1]
            listed = _listed_set_up_levels(core, self.view.text)
            return listed or _listed_set_up_levels(core.removeprefix("副"), self.view.text)
        if source[:1] != ("name",) and not _bare_chief_office(source):
            return []
        lex = organ_lexicon()
        core = source[-1]
        printed = {unicodedata.normalize("NFKC", name.removesuffix(core)) for name in entry.names}
        levels = {lex.level_of[word.removesuffix("级")] for word in printed if word.removesuffix("级") in lex.level_of}
        if levels:
            return [level for level in LEVELS if level in levels]
        text = self.view.text
        for prefix in lex.collectives:
            floor = _span_floor(prefix)
            if floor in LEVELS and f"{prefix}设立{core}" in text:
                return list(LEVELS[top : LEVELS.index(floor) + 1])
        # the office keeps its every-level chiefs (各级河长), as it did before the listed levels were read
        return [] if _bare_chief_office(source) else _listed_set_up_levels(core, text)

    def _relative_chief_of_every_level(
        self, target: Mention, source: Key, head: Key | None, create: bool
    ) -> Key | None:
        """各级河长…对下级河长履职情况进行督导: seen from the chiefs of every level (各级X) there is no one
        tier to step from, so the 下级/上一级 chief is the relative collective as printed, even where the
        document names the tier below its top one (devset dz-jianhe, ta-dawenhe, sh-shuiziyuan, gw-gdkh)."""
        source_key = self.table.key_of_key(source)
        if target.relative not in ("up", "down") or target.cls != "position" or target.level:
            return None
        if source_key[:1] != ("coll",) or source_key[1] not in organ_words("all_level_collectives"):
            return None
        key = self.table.key_of(target, head)
        if key not in self.table.entries:
            if not create:
                return None
            self.table.add(target, self._surface(target.start, target.end), target.start, head)
        return key if self._relative_only(key) else None

    def _relative_set(self, target: Mention, head: Key | None) -> Key | None:
        """上一级教育督导机构 seen from a set spanning levels: the collective the text names only by the
        relative words (explicit, gw-ducha/zj-jydd devset), if it is a node; else None."""
        key = self.table.key_of(target, head)
        return key if key in self.table.entries and self._relative_only(key) else None

    def _set_printed_before(
        self, target: Mention, mentions: list[Mention], holders: list[Key], head: Key | None
    ) -> bool:
        """A holder printed by its own name (县级以上人民政府, not 本级人民政府) earlier in the target's sentence."""
        opening = self.view.text.rfind("。", 0, target.start) + 1
        return any(
            opening <= m.start < target.start and m.relative is None and self.table.key_of(m, head) in holders
            for m in mentions
        )

    def _other_than_holders(self, mention: Mention, holder_set: set[Key], head: Key | None) -> bool:
        """A mention of the clause that is not one of its holders: a relative one (上一级X) unless its key is a
        relative node of its own that holds the clause (上级河长或者河长制办公室…, not 报上一级X seen from 市、县)."""
        key = self.table.key_of(mention, head)
        return key not in holder_set or (bool(mention.relative) and not self._relative_only(key))

    def _unnamed_tier(self, key: Key) -> bool:
        """A level's post no text names by its own name: no node, one with no name, or one named only by
        relative words (下级总河湖长)."""
        entry = self.table.entries.get(key)
        return entry is None or not entry.names or self._relative_only(key)

    def _relative_only(self, key: Key) -> bool:
        """An organ every printed name of which is relative (上级人民政府): no body of its own level."""
        entry = self.table.entries.get(key)
        names = (entry.names or entry.surfaces) if entry is not None else {}
        # 共同的上一级X (the common superior of two parties) is still a name of the relative set
        common = tuple(lexicon_data("organs.yaml").get("common_superior_words", ()))
        return bool(names) and all(_RELATIVE_NAME.match(_without_prefix(name, common)) for name in names)

    def _every_level_chief(self, target: Mention, source: Key, head: Key | None) -> Key | None:
        """经本级河长审定 / 提请同级河湖长协调 seen from the bare chief office (every level's, with its 各级
        set): the chiefs of every level (各级河长) where the document names them, not a relative node
        (devset gx-hezhang, lc-hzz, yl-hhz)."""
        if target.relative != "same" or target.cls != "position" or not _bare_chief_office(source):
            return None
        # a set of chiefs with a floor first (县级及以上河长设置相应的河长制办公室…报告本级河长: 县级及以上
        # 河长, devset zb-hezhang), else every level's
        found = (self._spanning(target, prefix, head) for prefix in organ_words("all_level_collectives"))
        return self._spanning_any(target, head) or next((key for key in found if key is not None), None)

    def _spanning_any(self, target: Mention, head: Key | None) -> Key | None:
        """本级X seen from an unnamed set of departments (负有…职责的有关部门) of no level of its own:
        the collective X spanning levels (县级以上人民政府) where the document names one, the set the
        departments of every level sit in; of several such sets, the widest (县级以上 over 县级以上地方)."""
        return self._widest(self._spanning_sets(target, head))

    def _spanning_sets(self, target: Mention, head: Key | None) -> list[Key]:
        return [
            key
            for prefix in organ_lexicon().collectives
            if prefix not in organ_lexicon().unnamed_sets and prefix not in ("各级", "地方各级")  # sets with a floor
            for key in [self._spanning(target, prefix, head)]
            if key is not None
        ]

    def _spanning_from_floor(self, target: Mention, head: Key | None) -> Key | None:
        """The one set of governments a printed level word floors (县级以上, 旗县级以上; not 区以上, whose top is
        the document's own level), where the text names only one: a bare department's own government. Where
        it names two (县级以上 and 县级以上地方) the dev annotations split on which one a bare department's is
        (gw-ybjg, gw-zjdd the wider; gw-fxzr, gw-wwdc the local one): the relative set as printed stays."""
        collectives = organ_lexicon().collectives
        found = {k for k in self._spanning_sets(target, head) if collectives.get(k[1]) not in (None, "document")}
        return next(iter(found)) if len(found) == 1 else None

    def _covering_set(self, target: Mention, level: str, head: Key | None) -> Key | None:
        """本级有关部门 seen from a body of one level whose 有关部门 the document never names at that
        level: the set of departments spanning levels it does name (旗县级以上人民政府有关部门), where
        the set reaches down to that level. A relative surface alone names no node of its own, and the
        unnamed set at each level is a member of the spanning one (devset pv-poverty, nm-hehu)."""
        if target.stem not in organ_lexicon().unnamed_sets:
            return None
        spanning = self._spanning_any(target, head)
        if spanning is None or spanning in self.made_spans:
            return None
        floor = _span_floor(spanning[1])
        return spanning if floor is None or level_rank(level) <= level_rank(floor) else None

    def _widest(self, keys: list[Key]) -> Key | None:
        """Of several collectives spanning levels, the one reaching highest (县级以上 over 县级以上地方)."""
        return min(keys, key=lambda key: (level_rank(self.table.entries[key].level), len(key[1])), default=None)

    def _spanning_of_department(self, target: Mention, source_key: Key, head: Key | None) -> Key | None:
        """本级人民政府 seen from a department named without a level (安全生产监督管理部门), where the
        document also names it over a collective spanning levels (县级以上人民政府安全生产监督管理部门):
        the bare name is that set, present at every level, so its own government is the spanning
        collective (县级以上人民政府), not the government of the document's level. Of several spanning
        sets the widest the document names: the bare name also covers its central member (政府督查机构 of
        国务院办公厅督查机构 and 县级以上地方人民政府督查机构 answers to 县级以上人民政府; in a central text
        党委和政府信访部门 of 各级… and 地方各级… answers to 各级党委和政府)."""
        # (a set folded into the bare name, 各级河湖长制办公室 into 河湖长制办公室, was named over all the same)
        printed = (*self.table.entries, *self.table.redirects)
        named_over = {k[1] for k in printed if k[:1] == ("coll",) and k[2:4] == ("dept", source_key[2])}
        # 县级以上地方人民政府X部门(以下称X部门) read as the bare X部门 itself: the full form is one of its prints
        folded = self._folded_prefixes(source_key)
        if folded - named_over:
            named_over |= folded
        local_set = any(prefix.startswith("地方") for prefix in named_over)
        if "各级" in named_over and local_set:
            # named over 各级 and over a 地方 set apart: 各级 holds the central member too, the widest set
            every_level = self._spanning(target, "各级", head)
            if every_level is not None:
                return every_level
        found = [
            spanning
            for prefix in organ_lexicon().collectives
            if prefix in named_over and prefix not in organ_lexicon().unnamed_sets and prefix != "各级"
            for spanning in [self._spanning(target, prefix, head)]
            if spanning is not None
        ]
        if self._every_level_body(target, source_key, named_over, bool(found)):
            every_level = self._spanning(target, "各级", head)
            if every_level is not None:
                return every_level
        # a name marked local itself (地方督导机构, the 以下简称 of 县级以上地方人民政府负责督导的机构) covers no
        # central member: its own government is the 地方 set it is named over, not a wider one; named over
        # none (其办公室…（以下统称地方教育督导机构）), the one 地方 set of governments the text names
        local_name = source_key[2].startswith("地方")
        if local_name and not found:
            local = {k for k in self._spanning_sets(target, head) if "地方" in k[1]}
            return next(iter(local)) if len(local) == 1 else None
        # (国务院办公厅督查机构 beside 县级以上地方人民政府督查机构: the bare 督查机构 covers a central member)
        central = any(k[:2] == ("dept", "central") and k[-1].endswith(source_key[2]) for k in self.table.entries)
        if found and not central and not local_name:
            # named over sets only, with no central member: the set the name is printed over most often
            # (县级以上地方人民政府X部门(以下称X部门)…, 县级以上人民政府X部门 once: the local set's own body)
            return self._most_printed_over(found, source_key[2], folded)
        widest = self._spanning_any(target, head) if found and not local_name else None
        return self._widest([*found, widest] if widest is not None else found)

    def _folded_prefixes(self, source_key: Key) -> set[str]:
        """The set prefixes (县级以上地方) printed in full in the bare department's own forms (县级以上地方人民政府
        X部门 folded into X部门 by its definition)."""
        entry = self.table.entries.get(source_key)
        if entry is None:
            return set()
        return {
            prefix
            for prefix in organ_lexicon().collectives
            for surface in entry.surfaces
            if surface == prefix + "人民政府" + source_key[2]
        }

    def _most_printed_over(self, governments: list[Key], core: str, folded: set[str]) -> Key | None:
        """Of the government sets a department is named over, the one whose department the bare name
        defines (县级以上地方人民政府X部门(以下称X部门): the bare name is one of its printed forms, or the full
        form one of the bare name's), else the one whose department is printed most often; a tie goes to
        the widest."""
        entries = self.table.entries.items()
        counts = {
            government: max(
                [
                    (core in entry.surfaces, sum(entry.surfaces.values()))
                    for key, entry in entries
                    if key[:4] == ("coll", government[1], "dept", core)
                ],
                default=(government[1] in folded, 0),
            )
            for government in governments
        }
        best = max(counts.values(), default=0)
        return self._widest([g for g, n in counts.items() if n == best])

    def _every_level_body(self, target: Mention, source_key: Key, named_over: set[str], spanned: bool) -> bool:
        """A bare name the document prints over 各级 alone (各级林长制办公室, no 县级以上 set to prefer), or
        over a 地方 set and at the centre apart (中央X beside 地方各级X): the body of every level, so its 本级
        government or pair is the 各级 one. A post (本级河长) keeps its own reading: 各级河长 may stand
        beside 县级及以上河长."""
        if target.cls not in ("gov", "pg"):
            return False
        if "各级" in named_over and not spanned and self._printed_with_prefix(("coll", "各级", "dept", source_key[2])):
            return True
        local_set = any(prefix.startswith("地方") for prefix in named_over)
        return local_set and ("dept", "central", source_key[2]) in self.table.entries

    def _printed_with_prefix(self, partial: Key) -> bool:
        """各级X printed so at least once (各级人民政府和生态环境主管部门 names the department without 各级:
        the set word was spread over the list, the text never calls the department an every-level body)."""
        keys = [k for k in self.table.entries if k[: len(partial)] == partial]
        folded = [to for k, to in self.table.redirects.items() if k[: len(partial)] == partial]
        keys += [k for k in folded if k in self.table.entries]  # 各级X folded into the bare X
        return any(partial[1] in surface for k in keys for surface in self.table.entries[k].surfaces)

    def _spanning_government_departments(self, target: Mention, prefix: str, head: Key | None) -> Key | None:
        """本级人民政府有关部门 seen from a collective spanning levels (县级以上人民政府安全生产委员会): the
        departments of that collective's own government (县级以上人民政府有关部门), named so even where the
        text never prints them, not the bare X of no government the body-less spanning form folds into."""
        body = target.body
        if target.cls != "dept" or body is None or body.cls != "gov" or body.body is not None:
            return None
        government = self._spanning(body, prefix, head)
        if government is None or not self.table.entries[government].names:
            return None
        spanning = replace(target, relative=None, collective=prefix, body=replace(body, collective=prefix), display="")
        key = self.table.key_of(spanning, head)
        if key in self.table.entries:
            return key
        display = self.table.name(government) + target.stem + target.head
        return self.table.add(spanning, self._surface(target.start, target.end), target.start, head, display)

    def _departments_of_spanning_government(self, target: Mention, source: Key, head: Key | None) -> Key | None:
        """县级以上人民政府…对下一级人民政府和本级有关部门进行督查: the unnamed set of departments (本级有关部门,
        no 人民政府 printed) seen from a collective spanning levels is the departments of the governments (or
        党委和政府 pairs) of that span (县级以上人民政府有关部门; of 县级以上地方X, 县级以上地方人民政府有关部门),
        named so even where the text never prints them, as 本级人民政府有关部门 is (a relative surface alone
        names no node of its own)."""
        if target.cls != "dept" or target.body is not None or target.stem not in organ_lexicon().unnamed_sets:
            return None
        government = source
        if source[2:3] == ("position",):
            return None  # 各级河长…督促本级相关部门: a chief's own departments are no government's set
        if source[2:3] not in (("gov",), ("pg",)):
            # a body of the span (县级以上地方食品安全委员会): the span's own governments, where named
            governments = [k for k in self.table.entries if k[:3] == ("coll", source[1], "gov")]
            government = governments[0] if len(governments) == 1 else source
        entry = self.table.entries.get(government) if government[2:3] in (("gov",), ("pg",)) else None
        if entry is None or not entry.names:
            return None
        spanning = replace(target, relative=None, collective=government[1], display="")
        key = self.table.key_of(spanning, head)
        if key in self.table.entries:
            return key
        display = self.table.name(government) + target.stem + target.head
        self.made_spans.add(key)
        return self.table.add(spanning, self._surface(target.start, target.end), target.start, head, display)

    def _spanning(self, target: Mention, prefix: str | None, head: Key | None) -> Key | None:
        """本级X seen from a collective spanning levels (县级以上…): the same collective's X (with no
        prefix: X named without a level), where the document names it."""
        spanning = Mention(
            target.start,
            target.end,
            target.surface,
            None,
            target.kind,
            target.cls,
            stem=target.stem,
            head=target.head,
            collective=prefix,
            display="",
        )
        key = self.table.key_of(spanning, head)
        if key in self.table.entries:
            return key
        # 本级党委、政府 seen from a set the document names as 各级党委和政府: the two ways of printing
        # the pair name one body (triggers.yaml pair_heads)
        pairs = triggers()["pair_heads"]
        if target.cls != "pg" or target.head not in pairs:
            return None
        keys = (self.table.key_of(replace(spanning, head=other), head) for other in pairs if other != target.head)
        return next((key for key in keys if key in self.table.entries), None)

    def _spanning_congress(self, target: Mention, prefix: str, head: Key | None) -> Key:
        """县级以上人民政府每年向本级人民代表大会(或者其常务委员会)报告: the congresses of the same levels,
        one collective named with the governments' prefix (县级以上人民代表大会常务委员会), as the dev
        annotations name it (gs-fupin, jl-hhz, ks-sthj, qh-fupin, sd-fazhi), where the text prints no such
        collective itself."""
        spanning = replace(target, level=None, relative=None, collective=prefix, display="")
        relative = next((w for w in organ_lexicon().relative if target.surface.startswith(w)), "")
        display = prefix + target.surface[len(relative) :]
        return self.table.add(spanning, self._surface(target.start, target.end), target.start, head, display)

    def _named_like_source(self, shifted: Mention, source: Key) -> str:
        """市水行政主管部门会同同级财政部门: 市财政部门, the same-level department named with the level
        words its source prints ("" where the source is no department named by level words and core).
        市和区县工会协助本级人民政府(有关部门): a department's own government and that government's
        departments are named so too (市人民政府, 市人民政府有关部门), one organ per member of the list,
        not one 本级X for the whole list."""
        body = shifted.body
        of_department = source[:1] == ("dept",)
        own_government = shifted.cls == "gov" and of_department
        government_department = body is not None and body.cls == "gov" and body.body is None and of_department
        if (shifted.cls != "dept" and not own_government) or not shifted.head:
            return ""
        if body is not None and not government_department:
            return ""
        if source[:1] not in (("dept",), ("gov",)):
            return ""
        name, core = self.table.name(source), source[-1]
        if source[:1] == ("gov",):
            # 县（区）人民政府向本级人民代表大会报告: the body of the government's level, named with its level
            # words (县（区）人民代表大会), as a department's 同级X is
            core = "人民政府" if name.endswith("人民政府") else "政府"
        # the level words only: 县人民政府X部门 → 县Y (同级人大常委会 is no department of the government)
        prefix, level = _level_words(name, core)
        if level is None and source[:1] == ("gov",) and any(w in prefix for w in organ_words("set_words")):
            # 市、有关县（区）人民政府向同级人民代表大会报告: some governments of one level (the key's), each
            # with its own body, named with the printed words (有关县（区）人民代表大会; dev majority)
            level = source[1]
        if level is None and source[:1] == ("gov",) and _proper_place_level(prefix) == source[1].partition(":")[0]:
            # 永嘉县人民政府向本级人民代表大会或者其常务委员会报告: the body of that one place's level, named
            # with the place (永嘉县人民代表大会常务委员会), as 县人民政府's is with 县 (key county:永嘉县 where
            # the text names the bare county government too)
            level = source[1].partition(":")[0]
        # 国家机关 is a class of state organs at any level, no central body: its 同级X has no level
        if level in (None, "central"):
            return ""
        return prefix + (body.head if body is not None else "") + shifted.stem + shifted.head

    def _named_like_level(self, shifted: Mention) -> str:
        """市、区X…监督下级人民政府 in a text that names no 区人民政府: the government of that level named
        with the level words a department of that level prints (区人民政府 after 区X), not the
        relative surface ("" where no department of the level is named by level words and core)."""
        if shifted.cls != "gov" or shifted.body is not None or not shifted.head or not shifted.level:
            return ""
        for key, entry in sorted(self.table.entries.items(), key=lambda item: item[1].first):
            if key[:2] != ("dept", shifted.level) or not entry.names:
                continue
            prefix, level = _level_words(self.table.name(key), key[-1])
            if prefix and level == shifted.level:
                return prefix + shifted.head
        return ""

    def _unprinted_level_name(self, shifted: Mention) -> str:
        """县(市、区)人民政府对下级人民政府…督导 in a text that names no township organ: 乡(镇)人民政府, the
        level's general name, as level arithmetic creates an organ the text leaves unprinted (genre rule 4)."""
        if shifted.body is not None or any(e.level == shifted.level and e.names for e in self.table.entries.values()):
            return ""
        names = lexicon_data("organs.yaml").get("unprinted_level_names", {})
        return str(names.get(shifted.level, {}).get(shifted.cls, ""))

    def _level_body_name(self, shifted: Mention, source: Key | None = None) -> str:
        """本级人民政府有关部门 seen from a district body: 区人民政府有关部门, the department named after
        the government of that level where the document names one ("" otherwise: no name). ``source``:
        the body a same-level (本级) target is seen from."""
        body = shifted.body
        if shifted.cls != "dept" or body is None or body.cls not in ("gov", "party") or not shifted.head:
            return ""
        # (本级党委农村工作领导小组 seen from a county member: 县委农村工作领导小组, after the level's 县委)
        government = (body.cls, shifted.level or "")
        entry = self.table.entries.get(government)
        if entry is None:
            return ""
        if not entry.names and source is not None and (named := self._named_like_source(shifted, source)):
            # a government printed only as 本级人民政府, seen from 区X: 区人民政府有关部门, as its source
            # names its level, where the relative surface would make one organ of every member's
            return named
        return self.table.name(government) + shifted.stem + shifted.head

    def _dual_management(
        self, article: ArticleSpan, clause: Clause, holders: list[Key], head: Key | None
    ) -> list[Relation]:
        """X的派出机构，实行以Y(管理)为主、Z协同管理/共同参与的双重管理(体制): the regime prints both managing
        bodies and what they manage, so each of Y and Z oversees the office (SUPERVISES, explicit: dev sh-sqzl
        and wh-jiedao annotate both edges so)."""
        text = self.view.text
        shape = _trigger_regex("dual_management").search(text, clause.start, clause.end)
        if shape is None:
            return []
        managers = [
            self.table.key_of(m, head)
            for m in clause.mentions
            if any(shape.start(part) <= m.start and m.end <= shape.end(part) for part in ("lead", "partner"))
        ]
        # the office is the subject printed last before the regime (the departments listed before it are
        # its genitive modifier: 公安、司法行政等区人民政府职能部门设在街道的派出机构)
        before = [m for m in clause.mentions if m.end <= shape.start()]
        managed = [key for key in [self.table.key_of(before[-1], head)] if key in holders] if before else []
        managed = [key for key in managed if key not in managers]
        if not managers or not managed:
            return []
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        return [
            self._relation("SUPERVISES", source, target, article, evidence, start, end, modes=["管理"])
            for source in dict.fromkeys(managers)
            for target in managed
        ]

    def _oversight_pairs(self, clause: Clause, text: str, head: Key | None) -> list[tuple[Key, Key, int, int, str]]:
        """省人民政府对州人民政府、州人民政府对县人民政府，实行…考核: two or more 对 pairs before one oversight
        verb; each pair's first organ holds the duty and oversees its own second organ only (the dev
        annotations give A→B and C→D, never A→D). Each with its pair's span and the verb."""
        run, end = _paired_run(clause, text)
        verb = _trigger_regex("supervises").search(text, end, clause.end)
        if len(run) < 2 or not verb:
            return []
        return [(self.table.key_of(a, head), self.table.key_of(b, head), a.start, b.end, verb.group()) for a, b in run]

    def _result_user(self, clause: Clause, text: str, head: Key | None) -> list[Key]:
        """督导结论应当作为Y对X…考核的重要依据 / X对Z的考核评价意见，作为Y对Z考核评价的依据: a result used as
        the basis of Y's assessment of X is Y's to use (a notional passive: the dev annotations give Y the
        duty and the SUPERVISES edge to X, 4 of 4 documents). Only where no body before 作为 acts on the
        result (X将考核意见作为…依据: X keeps it) and both Y and X are printed organs (对其 is left alone)."""
        match = _result_use().search(text, clause.start, clause.end)
        if match is None or "将" in text[clause.start : match.start()]:
            return []
        users = [m for m in clause.mentions if match.start("user") <= m.start and m.end <= match.end("user")]
        objects = [m for m in clause.mentions if m.start == match.start("object")]
        if not users or users[0].start != match.start("user") or not objects:
            return []
        joined = _joined(users, text, users[0].start)
        if not joined or joined[-1].end != match.end("user"):
            return []
        return _unique([self.table.key_of(m, head) for m in joined])

    def _inclusion_edges(self, article: ArticleSpan, clause: Clause, text: str, head: Key | None) -> list[Relation]:
        """(X工作情况)纳入Y对Z…的年度考核: Y, printed with its object inside the assessment the matter is taken
        into, oversees Z (SUPERVISES Y → each joined Z); who holds the clause is left to the rest (a later
        由W组织实施 piece makes W the holder: dev gx-linzhang). Only where no body before 纳入 acts on the
        matter (X将…纳入对Z的考核: X's own edge), both Y and Z are printed organs and Y is no relative body
        (上级人民政府: the clause holds no body to step from)."""
        found = self._inclusion_match(clause, text, head)
        if found is None:
            return []
        match, sources, objects = found
        a, b, evidence = self._decoded_span(match.start("user"), match.end())
        edges = []
        for source in sources:
            for target, key in self._assessed_keys(objects, source, text, head):
                if key != source:
                    # 下一级人民政府: level arithmetic (genre rule 4), as on the main path
                    implicit = target.relative in ("up", "down") and not (
                        target.of_spanning or self._relative_only(key)
                    )
                    modes = [match.group("verb")]
                    edges.append(
                        self._relation(
                            "SUPERVISES", source, key, article, evidence, a, b, implicit=implicit, modes=modes
                        )
                    )
        return edges

    def _assessed_keys(
        self, objects: list[Mention], source: Key, text: str, head: Key | None
    ) -> list[tuple[Mention, Key]]:
        """纳入市、区人民政府对所属部门、下一级人民政府的考核: seen from each assessor, 所属部门 are its own
        departments and 下一级X the body one level below it, as where the assessors act themselves
        (市、区人民政府对所属部门和下一级人民政府进行考核), not the bodies below the last level printed."""
        keys: list[tuple[Mention, Key]] = []
        for target in objects:
            if _owned_by_subject(text, target):
                target = _as_own_departments(target)
            if target.relative is None:
                keys.append((target, self.table.key_of(target, head)))
            else:
                keys += [(target, key) for key in self._target_keys(target, source, head)]
        return keys

    def _inclusion_match(
        self, clause: Clause, text: str, head: Key | None
    ) -> tuple[re.Match[str], list[Key], list[Mention]] | None:
        """The 纳入Y对Z…考核 frame of a clause: the match, the assessors Y and the joined objects Z."""
        match = _result_inclusion().search(text, clause.start, clause.end)
        if match is None or "将" in text[clause.start : match.start()]:
            return None
        users = [m for m in clause.mentions if match.start("user") <= m.start and m.end <= match.end("user")]
        objects = [m for m in clause.mentions if match.start("object") <= m.start and m.end <= match.end("object")]
        if not users or not objects or users[0].start != match.start("user"):
            return None
        if objects[0].start != match.start("object"):
            return None
        joined = _joined(users, text, users[0].start)
        if not joined or joined[-1].end != match.end("user") or any(m.relative for m in joined):
            # (纳入上级人民政府对下级人民政府的考核: no body to step from, so no one assessor to name)
            return None
        sources = _unique([self.table.key_of(m, head) for m in joined])
        return match, sources, _joined(objects, text, objects[0].start)

    def _opinion_pairs(self, clause: Clause, text: str, head: Key | None) -> list[tuple[Key, Key, int, int, str]]:
        """X对Z的考核评价意见，作为Y对Z…的依据: the opinion's author X, printed with its object, keeps its own
        SUPERVISES edge to Z although Y holds the clause (dev tj-jdbsc, cq-jdbsc)."""
        match = _opinion_of().match(text, clause.start, clause.end)
        if match is None:
            return []
        sources = [m for m in clause.mentions if m.start == clause.start and m.end == match.end("author")]
        objects = [m for m in clause.mentions if match.start("object") <= m.start and m.end <= match.end("object")]
        if not sources or not objects or objects[0].start != match.start("object"):
            return []
        source = self.table.key_of(sources[0], head)
        targets = _unique([self.table.key_of(m, head) for m in _joined(objects, text, objects[0].start)])
        verb = match.group("verb")
        return [(source, t, match.start(), match.end(), verb) for t in targets if t != source]

    def _respective(
        self, clause: Clause, holders: list[Key], head: Key | None, found: list[Relation]
    ) -> list[Relation]:
        """对A和B的督导，分别由C、D组织实施: 分别 pairs the agents with the objects in order (C → A, D → B),
        where both lists are as long; the other edges of the clause stay."""
        text = self.view.text
        opening = _RESPECTIVE_AGENTS.match(text, clause.start, clause.end)
        if opening is None or len(holders) < 2:
            return found
        objects = [m for m in clause.mentions if m.end <= opening.end("objects")]
        listed = _joined(objects, text, objects[0].start) if objects else []
        targets = _unique([self.table.key_of(m, head) for m in listed])
        if len(targets) != len(holders) or len(listed) != len(objects):
            return found
        ids = [self.table.organ_id(k) for k in holders], [self.table.organ_id(k) for k in targets]
        paired = set(zip(*ids, strict=True))
        return [r for r in found if (r.source, r.target) in paired or r.source not in ids[0] or r.target not in ids[1]]

    def _shared_management_pairs(
        self, clause: Clause, text: str, head: Key | None
    ) -> list[tuple[Key, Key, int, int, str]]:
        """X实行A、B和C共同管理 / X实行A与B双重管理: the managers printed after 实行 hold the clause and each
        oversees the organs X opening it (dev xz-xczx annotates the three managers as holders and SUPERVISES
        sources; no dev text against)."""
        found = _shared_management().match(text, clause.start, clause.end)
        if found is None:
            return []
        inside = sorted(clause.mentions, key=lambda m: m.start)
        managed = _joined([m for m in inside if m.start >= found.start("managed")], text, found.start("managed"))
        managers = _joined([m for m in inside if m.start >= found.start("managers")], text, found.start("managers"))
        if not managed or managed[-1].end != found.end("managed") or managed[0].start != found.start("managed"):
            return []
        if not managers or managers[0].start != found.start("managers") or managers[-1].end != found.end("managers"):
            return []
        sources = _unique([self.table.key_of(m, head) for m in managers])
        targets = _unique([self.table.key_of(m, head) for m in managed])
        verb = found.group("verb")
        return [(s, t, found.start(), found.end(), verb) for s in sources for t in targets if s != t]

    def _pair_edges(self, article: ArticleSpan, pairs: list[tuple[Key, Key, int, int, str]]) -> list[Relation]:
        found = []
        for source, target, start, end, verb in pairs:
            a, b, evidence = self._decoded_span(start, end)
            found.append(self._relation("SUPERVISES", source, target, article, evidence, a, b, modes=[verb]))
        return found

    def _relation(
        self,
        rel_type: str,
        source: Key,
        target: Key,
        article: ArticleSpan,
        evidence: str,
        start: int,
        end: int,
        *,
        implicit: bool = False,
        modes: list[str] | None = None,
        what: str | None = None,
        frequency: str | None = None,
    ) -> Relation:
        return Relation(
            id="",
            type=rel_type,  # type: ignore[arg-type]
            source=self.table.organ_id(source),
            target=self.table.organ_id(target) if rel_type != "INTERPRETS" else self.doc_id,
            article=article.number,
            article_key=article.key,
            evidence=evidence,
            start=start,
            end=end,
            implicit=implicit,
            confidence=0.6 if implicit else 1.0,
            modes=modes or [],
            topics=_topics(evidence),
            what=what,
            frequency=frequency,  # type: ignore[arg-type]
        )

    def _interprets(
        self, article: ArticleSpan, body: str, clauses: list[Clause], text: str, head: Key | None
    ) -> list[Relation]:
        if not _INTERPRETS.search(body):
            return []
        relations = []
        for clause in clauses:
            if "解释" not in text[clause.start : clause.end]:
                continue
            start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
            for key in self._subject(clause, text, head) + [
                self.table.key_of(m, head)
                for m in clause.mentions
                if _JOINT_BEFORE.search(text[max(clause.start, m.start - 2) : m.start])
            ]:
                relations.append(self._relation("INTERPRETS", key, key, article, evidence, start, end))
        return relations

    def _their_roles(
        self, article: ArticleSpan, mentions: list[Mention], head: Key | None, found: list[Relation]
    ) -> list[Relation]:
        """X、Y…不力的，由Z约谈其党政主要负责人: 其 is each body the sentence opens with, so Z supervises
        that body's role, not the body (nor the role of the article's head body). A sentence opening
        with 对…的X (对…的X，由Z约谈其…) is left to the oversight matcher (annotations differ there); a
        piece opening with 对X (对X推诿扯皮的，由Z约谈其R) names its bodies first, as the subject frame."""
        text = self.view.text
        relations: list[Relation] = []
        for start, end in _sentences(text, article.start, article.end):
            lead = _SUBJECT_LEAD.match(text, start, end)
            if lead is None:
                continue
            # every frame of the sentence: …的，由Z约谈其R；…的，由W对其R提出组织调整意见
            for frame in _THEIR_ROLE.finditer(text, start, end):
                fronted = self._fronted_bodies(text, mentions, start, frame)
                inside = [m for m in mentions if start <= m.start < end and m.start >= (fronted or lead).end()]
                bodies = _joined(inside, text, (fronted or lead).end())
                edges = self._their_role_frame(article, frame, bodies, mentions, (start, end), head)
                if fronted and edges:
                    self._drop_fronted_bodies(found, article, mentions, (fronted.end(), frame.start()), head)
                relations += edges
            relations += self._closing_their_roles(article, mentions, head, found, (start, end))
        return relations

    def _later_their_roles(
        self, article: ArticleSpan, mentions: list[Mention], head: Key | None, found: list[Relation]
    ) -> list[Relation]:
        """由Z约谈X的R1 (约谈其R1 / 约谈该X R1)；情节严重的，(报经…后)约谈其R2: a later 约谈其 with no agent of
        its own goes on with the sentence's earlier interview of a body's role, so Z supervises that body's
        R2, which sits in it (dev gw-zaihai, gw-spdd draw the second role so; none was made)."""
        text = self.view.text
        roles = [k for k in self.table.entries if k[:1] == ("role",)]
        relations: list[Relation] = []
        for start, end in _sentences(text, article.start, article.end):
            for frame in _LATER_THEIR_ROLE.finditer(text, start, end):
                role = next((m for m in mentions if m.start == frame.end() and m.cls == "role"), None)
                if role is None or role.body is not None:
                    continue
                stop = _CLAUSE_END.search(text, frame.end(), end)
                a, b, evidence = self._decoded_span(*_trim(text, frame.start("verb"), stop.start() if stop else end))
                for earlier in found:
                    if earlier.type != "SUPERVISES" or frame.group("verb") not in (earlier.modes or []):
                        continue  # the earlier edge of the same act (约谈), not a 考核 of another role
                    if earlier.article_key != article.key or not start <= earlier.start < frame.start():
                        continue
                    for body in _unique([k[1:-1] for k in roles if self.table.organ_id(k) == earlier.target]):
                        key = self.table.add(
                            replace(role, body=None), self._surface(role.start, role.end), role.start, body
                        )
                        self.head_roles.setdefault(key, (article, role))
                        update = {"target": self.table.organ_id(key), "evidence": evidence, "start": a, "end": b}
                        relations.append(earlier.model_copy(update=update))
        return relations

    def _reprimanded_bodies(self, article: ArticleSpan, found: list[Relation]) -> list[Relation]:
        """X…的，由Z约谈其R，并予以通报批评 / 对…的X，由Z约谈其R；情节较重的，予以通报批评: the later reprimand
        names no agent and no object, so Z, who interviewed the role of the body X referred back to (其/该),
        reprimands X itself (a role's key holds its body). Roles named outright (对X主要负责人进行约谈；…，予以
        通报批评) are the reprimanded themselves. Edges already drawn to X in the article are kept."""
        text = self.view.text
        roles = [k for k in self.table.entries if k[:1] == ("role",)]
        drawn = {(r.source, r.target) for r in found if r.type == "SUPERVISES" and r.article_key == article.key}
        relations: list[Relation] = []
        for start, end in _sentences(text, article.start, article.end):
            for piece in _reprimand_piece().finditer(text, start, end):
                a, b, evidence = self._decoded_span(*_trim(text, piece.start("act"), piece.end()))
                for earlier in found:
                    if earlier.type != "SUPERVISES" or "约谈" not in (earlier.modes or []):
                        continue
                    if earlier.article_key != article.key or not start <= earlier.start < piece.start():
                        continue
                    if not _REFERRED_ROLE_INTERVIEW.search(earlier.evidence or ""):
                        continue  # 对X主要负责人进行约谈 / 约谈X和Y主要负责人: the roles named are the reprimanded
                    for body in _unique([k[1:-1] for k in roles if self.table.organ_id(k) == earlier.target]):
                        if body not in self.table.entries:
                            continue
                        target = self.table.organ_id(body)
                        if (earlier.source, target) in drawn:
                            continue
                        drawn.add((earlier.source, target))
                        update = {"target": target, "evidence": evidence, "start": a, "end": b, "id": ""}
                        update["modes"] = [piece.group("word")]
                        relations.append(earlier.model_copy(update=update))
        return relations

    def _closing_their_roles(
        self,
        article: ArticleSpan,
        mentions: list[Mention],
        head: Key | None,
        found: list[Relation],
        span: tuple[int, int],
    ) -> list[Relation]:
        """对…不力的X(或者Y)，(由)Z(可以)约谈其R: 其 is each body that closes the 对 condition right before
        the comma, so Z supervises their roles, not the bodies (the reading of 11 of 13 dev documents that
        annotate a 约谈其R). Relative bodies (下级X, 本级Y) are left to the oversight matcher: there the
        annotation reads the bodies themselves."""
        text = self.view.text
        start, end = span
        relations: list[Relation] = []
        for frame in _CLOSING_THEIR_ROLE.finditer(text, start, end):
            piece = max(text.rfind(mark, start, frame.start()) for mark in ";；") + 1 or start
            subjects = _subject_before_dui(mentions, text, piece, frame)
            if subjects:
                piece = subjects[-1].end
            fronted = _FRONTED_BODIES.match(text, piece)
            before = [m for m in mentions if piece <= m.start and m.end <= frame.start()]
            bodies = _listed_before(before, text, frame.start())
            if fronted is None or not bodies or not _closes_condition(bodies, fronted, text):
                continue
            if [m for m in before if m.start >= fronted.end()] != bodies:
                continue  # 对省人民政府考核不合格的市级人民政府: another organ in the condition, left as it was
            if any(m.relative for m in bodies):
                continue  # …的下级人民政府和本级有关部门: a relative body keeps the body reading
            edges = self._their_role_frame(article, frame, bodies, mentions, span, head, subjects)
            if edges and frame.group("later"):
                # 由Z予以通报批评，并对其R进行约谈: Z's own act on the bodies keeps its edges; the roles the
                # oversight matcher read as the head body's give way to the bodies' roles
                _drop_misplaced_roles(found, edges, frame.start("later"))
            elif edges:
                self._drop_fronted_bodies(found, article, mentions, (bodies[0].start, frame.start()), head)
            relations += edges
        return relations

    @staticmethod
    def _fronted_bodies(text: str, mentions: list[Mention], start: int, frame: re.Match[str]) -> re.Match[str] | None:
        """The 对 of a piece 对X、Y…的，由Z约谈其R whose only organs before the frame are the bodies after 对
        (对A考核不合格的B: 其 is B, not A)."""
        fronted = _FRONTED_BODIES.match(text, text.rfind(";", start, frame.start()) + 1 or start)
        if fronted is None:
            return None
        inside = [m for m in mentions if fronted.end() <= m.start < frame.start()]
        return fronted if inside and _joined(inside, text, fronted.end()) == inside else None

    def _drop_fronted_bodies(
        self,
        found: list[Relation],
        article: ArticleSpan,
        mentions: list[Mention],
        span: tuple[int, int],
        head: Key | None,
    ) -> None:
        """对X…的，由Z约谈其R: the oversight matcher's edge to X itself gives way to the edge to X's role."""
        start, end = span
        bodies = {self.table.organ_id(self.table.key_of(m, head)) for m in mentions if start <= m.start < end}
        found[:] = [
            r
            for r in found
            if not (
                r.type == "SUPERVISES"
                and r.article_key == article.key
                and r.target in bodies
                and r.start <= start < r.end
            )
        ]

    def _leading_group_reviews(self, article: ArticleSpan, mentions: list[Mention], head: Key | None) -> list[Relation]:
        """X将…纳入Y(党政)领导班子和领导干部…考核: the 考核 of a place's leading group and cadres is the
        oversight of that place's 党委和政府 pair by the sentence's subject (责任制 rules, dev: 4 edges in 3
        documents); the pair must be an organ the document names elsewhere (the phrase makes no node)."""
        text = self.view.text
        found: list[Relation] = []
        for start, end in _sentences(text, article.start, article.end):
            lead = _SUBJECT_LEAD.match(text, start, end)
            inside = [m for m in mentions if start <= m.start < end]
            agents = _joined([m for m in inside if lead and m.start >= lead.end()], text, lead.end()) if lead else []
            for match in _LEADING_GROUP_REVIEW.finditer(text, start, end):
                if not agents or agents[-1].end > match.start():
                    continue
                pairs = find_mentions(match.group("place") + "党委和政府", self.table.doc_level)
                keys = [self.table.key_of(m, head) for m in pairs if m.cls == "pg"]
                a, b, evidence = self._decoded_span(*_trim(text, start, match.end()))
                for target in _unique([k for k in keys if k in self.table.entries]):
                    for agent in _unique([self.table.key_of(m, head) for m in agents]):
                        found.append(
                            self._relation("SUPERVISES", agent, target, article, evidence, a, b, modes=["考核"])
                        )
            # X应当将…纳入Y(年度)(工作)考核(内容): a body printed right after 纳入 names whose 考核 it is
            for body in inside:
                if not agents or body.start <= agents[-1].end or not text.endswith("纳入", 0, body.start):
                    continue
                review = _BODY_REVIEW.match(text, body.end, end)
                if review is None or body.cls not in ("gov", "pg", "dept"):
                    continue
                target = self.table.key_of(body, head)
                a, b, evidence = self._decoded_span(*_trim(text, start, review.end()))
                for agent in _unique([self.table.key_of(m, head) for m in agents]):
                    if agent != target and not self._regulated(target):
                        found.append(
                            self._relation("SUPERVISES", agent, target, article, evidence, a, b, modes=["考核"])
                        )
        return found

    def _team_heads(
        self, article: ArticleSpan, clause: Clause, mentions: list[Mention], head: Key | None
    ) -> list[Relation]:
        """第一书记兼任驻村工作队队长 / 驻村工作队…，队长由第一书记兼任: the role designated to head a team
        sits in it (PART_OF, explicit); the team is the sentence's last body before the post whose name
        ends with the post's team word (triggers.yaml team_heads)."""
        text = self.view.text
        post = _team_head_post().search(text, clause.start, clause.end)
        if post is None:
            return []
        team_word = triggers()["team_heads"][post.group(0)]
        stop = max((m.end() for m in _SENTENCE_END.finditer(text, article.start, clause.start)), default=article.start)
        teams = [m for m in mentions if stop <= m.start and m.end <= post.start() and m.surface.endswith(team_word)]
        roles = [m for m in clause.mentions if m.kind == "individual_role"]
        if not teams or not roles:
            return []
        team = self.table.key_of(teams[-1], head)
        start, end, evidence = self._decoded_span(*_trim(text, clause.start, clause.end))
        return [
            self._relation("PART_OF", role, team, article, evidence, start, end)
            for role in _unique([self.table.key_of(m, head) for m in roles])
            if role != team
        ]

    def _own_heads(
        self, article: ArticleSpan, mentions: list[Mention], head: Key | None, relations: list[Relation]
    ) -> list[Relation]:
        """纳入对A和B、C及其负责人的考核: 及其负责人 adds each listed body's own head role to what is
        supervised (the frame the genre uses for 考核评价 of departments and lower governments), in place
        of the article's head body's role; a list ends at an earlier 及其负责人 (A及其负责人、B及其负责人)."""
        text = self.view.text
        supervised = [r for r in relations if r.type == "SUPERVISES" and r.article_key == article.key]
        if not supervised:
            return []
        found: list[Relation] = []
        for match in _OWN_HEAD.finditer(text, article.start, article.end):
            role = self._head_mention(mentions, match)
            if role is None:
                continue
            before = [m for m in mentions if m.end <= match.start()]
            wrong = self.table.organ_id(self.table.key_of(role, head))  # read as the head body's role
            listed = _listed_before(before, text, match.start())
            # only the body the role is printed on spans the levels; an earlier listed one keeps one reading
            # (本级人民政府有关部门和下一级人民政府及其负责人: whether 及其 reaches back is disputed)
            bound = [m for m in listed if m.end == match.start()]
            keys = [key for m in bound for key in self._listed_bodies(m, supervised, head)]
            for body in _unique([self.table.key_of(m, head) for m in listed if m not in bound] + keys):
                edges = [r for r in supervised if r.target == self.table.organ_id(body) and r.start <= role.start]
                if not edges:
                    continue
                role_key = self.table.add(role, role.surface, role.start, body)
                self.head_roles.setdefault(role_key, (article, role))
                role_id = self.table.organ_id(role_key)
                found += [r.model_copy(update={"target": role_id}) for r in edges]
            if found:
                relations[:] = [r for r in relations if not (r in supervised and r.target == wrong)]
        return found

    def _listed_bodies(self, listed: Mention, supervised: list[Relation], head: Key | None) -> list[Key]:
        """A body of an 及其负责人 list; 本级X / 下一级X after a list of levels (市、县（区）人民政府…对本级人民政府
        有关部门…及其负责人) is X seen from each source of the oversight, one body (and head role) per level."""
        if listed.relative is None or listed.of_spanning:
            return [self.table.key_of(listed, head)]
        keys = {self.table.organ_id(key): key for key in self.table.entries}
        sources = _unique([keys[r.source] for r in supervised if r.source in keys])
        seen = [self._target_key(listed, source, head, create=False) for source in sources]
        return [key for key in seen if key is not None] or [self.table.key_of(listed, head)]

    @staticmethod
    def _head_mention(mentions: list[Mention], match: re.Match[str]) -> Mention | None:
        """The role after 及其: its mention, or (a bare 负责人 is no mention alone) one made for it."""
        at = next((m for m in mentions if m.start == match.start("role")), None)
        if at is not None:
            return at if at.cls == "role" and at.body is None and not at.member else None
        word = match.group("role")
        return Mention(
            match.start("role"), match.end("role"), word, None, "individual_role", "role", head=word, role=word
        )

    def _their_role_frame(
        self,
        article: ArticleSpan,
        frame: re.Match[str],
        bodies: list[Mention],
        mentions: list[Mention],
        span: tuple[int, int],
        head: Key | None,
        subjects: list[Mention] | None = None,
    ) -> list[Relation]:
        """One 由Z约谈其R frame of a sentence, with the bodies 其 stands for (Z the piece's subject where it
        opens the piece before 对: Z对…的X，可以约谈其R)."""
        text = self.view.text
        start, end = span
        inside = [m for m in mentions if start <= m.start < end]
        roles = [m for m in inside if m.start == frame.end() and m.cls == "role" and _their_body(m) is not None]
        agents = subjects or _joined([m for m in inside if m.start >= frame.start("agent")], text, frame.start("agent"))
        # 约谈其分管负责人: a leader role read as a member (named by its own words) is the body's deputy too
        leader = bool(roles) and (not roles[0].member or roles[0].role in collective_leader_roles())
        if not bodies or not leader or not agents or frame.start() < bodies[-1].end:
            return []
        roles += _joined_roles(inside, text, roles[0])  # 约谈其主要负责人和分管负责人: each role of each body
        for role in roles:
            role.member = False  # a role of each body 其 stands for, wherever it is keyed later
        stop = _CLAUSE_END.search(text, frame.end(), end)
        close = stop.start() if stop else end
        a, b, evidence = self._decoded_span(*_trim(text, frame.start("agent") - 1, close))
        verb = frame.group("verb") or frame.groupdict().get("later") or ""
        # 对其R给予处分: the verb follows the role; recorded when it is an oversight word
        after = _found(text[frame.end() : close], triggers()["supervises"])[:1]
        modes = [verb] if verb in triggers()["their_role_verbs"] else after
        relations: list[Relation] = []
        keys = _unique([self.table.key_of(m, head) for m in bodies])
        for body in keys:
            placed = self._their_place_body(body, roles[0])
            for printed in roles:
                surface = self._surface(printed.start, printed.end)
                key = self.table.add(replace(printed, body=None), surface, printed.start, placed)
                # the printed role is keyed to one body only: the role of each other body 其 stands for
                # (X或者Y…约谈其R) sits in its own body as well, except a bare 有关部门 (its level left open)
                listed = len(keys) > 1 and not _bare_set_key(body)
                if placed != body or printed is not roles[0] or listed:
                    self.head_roles.setdefault(key, (article, printed))  # the role sits in the body made for it
                for agent in _unique([self.table.key_of(m, head) for m in agents]):
                    relations.append(self._relation("SUPERVISES", agent, key, article, evidence, a, b, modes=modes))
        return relations

    def _their_place_body(self, place: Key, role: Mention) -> Key:
        """约谈其党委和政府R / 约谈其人民政府R after places (设区的市、县（市、区）): the role sits in the body of
        each place its body word names (the pair, or the government), made where the document never prints it
        alone; the name follows the place's printed body (设区的市人民政府 → 设区的市党委和政府)."""
        word, suffixes = role.body, lexicon_data("organs.yaml")["place_body_words"]
        if word is None or len(place) != 2 or place[0] not in suffixes or place[0] == word.cls:
            return place
        key = (word.cls, place[1])
        if key not in self.table.entries:
            stem = self.table.name(place).removesuffix(suffixes[place[0]])
            body = replace(word, surface=stem + word.surface, level=place[1])
            self.table.add(body, body.surface, word.start)
        return key

    def _summary_lead(self, facts: ArticleFacts, lead: Clause, text: str) -> bool:
        """各级河长按照下列规定履行职责：（一）市级河长负责…: a bare duty-list lead whose item (一) opens on a
        holder of its own summarises the items' holders; the lead is no duty of its subject, only the items
        are (dev: hz-zwh, zz-xschh, wf-blh keep it apart with no duty, sq-yinshui, zb-taihe join it to the
        item's holder; none gives the lead's subject a duty)."""
        if not facts.duties or not _ends_list_lead(text, lead):
            return False
        if self._decoded_span(*_item_trimmed(text, lead.start, lead.end))[0] != facts.duties[-1].start:
            return False  # …负总责，履行下列职责：: the lead went to a duty of its own content
        own_start = max([lead.start] + [m.end for m in lead.mentions if m.end <= lead.end])
        return _trigger_regex("summary_duty_lead").match(text[own_start : lead.end].strip()) is not None

    def _liabilities(
        self, article: ArticleSpan, mentions: list[Mention], text: str, head: Key | None
    ) -> list[Liability]:
        """Bodies or roles named to be sanctioned (genre rule 10): the subject of a sanctioned
        condition (X有下列行为之一的，…给予处分) and the object of 对/追究/责令 in a sanction sentence."""
        sanction = _sanction_pattern()
        found: list[Liability] = []
        sentences = _sentences(text, article.start, article.end)
        listed_penalty = False  # under 有下列情形之一的，由Y…处罚款： (its items name the offenders)
        for start, end in [part for span in sentences for part in _offence_parts(text, mentions, *span)]:
            # 追究有关X、Y及其相关责任人员的责任: a pursuit over a long list of the liable is a sanction too
            sanctioned = sanction.search(text, start, end) is not None
            strict = sanctioned or _PURSUED_WIDE.search(text, start, end) is not None
            penalised = strict or _penalty_on_offender().search(text, start, end) is not None
            if _ITEM.match(text, start) is None:
                listed_penalty = penalised and _PENALTY_LIST_LEAD.match(text, start) is not None
            elif listed_penalty:
                offenders = _item_offenders([m for m in mentions if start <= m.start < end], text, start, end)
                found += self._liable(offenders, article, text, start, end, head)
                continue
            # X违反…的，由Y责令改正 / 由Y依法予以处罚: any penalty makes the offender opening the sentence liable
            if not penalised:
                continue
            everyone = [m for m in mentions if start <= m.start < end]
            inside = [m for m in everyone if m.collective not in organ_lexicon().unnamed_sets]
            # 对主要负责人、负有责任的主管人员…给予处分: the bare head is the sanctioned body's staff, as for edges
            named = [
                m
                for m in inside
                if strict
                and _SANCTIONED_OBJECT.search(text, max(start, m.start - 2), m.start)
                and not _staff_head(m, text)
                and not _vague_staff(m)
            ]
            if strict:
                named += [m for m in _qualified_objects(inside, text, start) if m not in named]
                named += _sanctioned_set_heads(everyone, text, start)
                pursued = _pursued_list(inside, text, start, end, [])
                # the roles liable through this list alone (a sanction sentence names its first anyway)
                self._note_pursued_roles([m for m in pursued if not (sanctioned and m in named)], head)
                named += [m for m in pursued if m not in named]
            lead = _SUBJECT_LEAD.match(text, start, end)
            # 违反本条例第X条规定，X未…的: the breach of the rule printed before the offender
            bare = lead is not None and not text[lead.start() : lead.end()].strip()
            breach = _BREACH_LEAD.match(text, lead.end()) if lead and bare else None
            cursor = breach.end() if breach else lead.end() if lead else start
            # 市、县人民政府有关部门…的: every body of the opening list, which shares its suffix (genre rule 2);
            # a person joined to a body (X及其有关人员) is the body's staff, recorded through it. An 有关 set in
            # the list is liable too (各级人民政府、有关部门及其工作人员有下列行为之一的: about 25 dev lists
            # annotate the set)
            opening = _opening(everyone, text, cursor) if lead else []
            listed = [m for m in inside if lead and lead.start() <= m.start < lead.end()]
            if opening and listed and _opening(everyone, text, listed[0].start)[-1:] == opening[-1:]:
                # 自然资源、生态环境…等部门，对…不依法查处的: the lead ate the list, whose bodies all open it
                opening = _opening(everyone, text, listed[0].start)
            elif not opening and listed:
                # 娱乐场所、旅馆、洗浴等经营服务场所未…的: the lead ate a list the kind of place closes
                opening = _place_closed_list(everyone, text, listed)
                cursor = opening[0].start if opening else cursor
            # X对…拒不执行的，可以责令…: with a bare penalty the X before 对 is the enforcer, not the offender
            enforcer = not strict and text.startswith("对", opening[-1].end) if opening else False
            past = place_closing_end(text, opening[-1].end) if opening else 0
            condition = _SANCTIONED_CONDITION.match(text, past) if opening and not enforcer else None
            if (
                condition
                and "对" in text[opening[-1].end : condition.start(1)]
                and not _CONDITION_END.search(text, condition.end(), end)
            ):
                # X对…中的失职失责问题进行问责: X's oversight of an offence, no condition of its own (no …的，)
                condition = None
            # 违反…规定，X在开工前未…的，由Y…处罚款: X's own offence, worded freely
            free = (
                not condition
                and bool(opening)
                and not enforcer
                and _offence_to_penalty(opening, text, cursor, end, breach)
            )
            if condition or free:
                named = [opening[0], *(m for m in opening[1:] if not self._own_role(m, head)), *named]
            elif lead and strict:
                # the 有关 sets the liable lead names are kept here (8 dev sentences annotate 有关部门)
                after = [m for m in everyone if m.end > lead.end()]
                named = [*_offenders(after, text, lead.end()), *named]
            # 违反…规定，…，或者Y未…的，由Z…: an offender opening a later clause of the condition
            named += [m for m in _clause_offenders(everyone, text, cursor, end) if m not in named]
            found += self._liable(named, article, text, start, end, head)
        return found

    def _liable(
        self, named: list[Mention], article: ArticleSpan, text: str, start: int, end: int, head: Key | None
    ) -> list[Liability]:
        """One liability per organ ``named`` in the sentence from ``start`` to ``end`` (its evidence)."""
        a, b, evidence = self._decoded_span(*_trim(text, start, end))
        # C工作人员…的，依法给予处分: the staff are liable through C, the body the document names (gold README:
        # staff phrases are recorded through their body), as the sanctioning edge already reads them
        keys = [self.table.key_of(m, head) for m in named]
        organs = dict.fromkeys(self.table.organ_id(self._printed_staff_body(key) or key) for key in keys)
        return [
            Liability(organ=organ, article=article.number, article_key=article.key, evidence=evidence, start=a, end=b)
            for organ in organs
        ]

    def _own_role(self, mention: Mention, head: Key | None) -> bool:
        """A role listed after the first offender (X及其主要负责人) is not liable of its own; the staff of a
        body the document names (X和Y工作人员有下列行为之一的) are, through Y (``_liable``)."""
        return mention.cls == "role" and self._printed_staff_body(self.table.key_of(mention, head)) is None

    def _note_pursued_roles(self, pursued: list[Mention], head: Key | None) -> None:
        """Record the roles a pursued list names: made for the liability, they sit in no body the
        annotations draw (属地党委和政府主要负责人 is read into the level collective, not the printed pair)."""
        for mention in pursued:
            if mention.cls == "role":
                self.pursued_roles.add(self.table.organ_id(self.table.key_of(mention, head)))

    def _sanctioned_targets(
        self, article: ArticleSpan, text: str, relations: list[Relation], known: list[Liability]
    ) -> list[Liability]:
        """由Y约谈X主要负责人 / 由Y对X给予处分 / 由Y责令X改正，通报批评: the body or role a SUPERVISES edge
        sanctions (one of its modes is a sanction, ``sanctioned_target_modes``) is named to be sanctioned, a
        liability (genre rule 10) beside Y's edge (dev: 约谈 277 of 306 edges, 处分 273 of 296, 责令改正 209
        of 216, 通报批评 184 of 199 annotate the target liable). The evidence is the edge's sentence."""
        words = set(triggers()["sanctioned_target_modes"])
        have = {(li.organ, li.article_key) for li in known}
        found: list[Liability] = []
        for relation in relations:
            if relation.type != "SUPERVISES" or not words.intersection(relation.modes):
                continue
            if (relation.target, article.key) in have or relation.article_key != article.key:
                continue
            # relation offsets are in the decoded text: compare each sentence's decoded span
            sentences = (
                (a, b, self._decoded_span(*_trim(text, a, b))) for a, b in _sentences(text, article.start, article.end)
            )
            found_at = next(((a, b, s) for a, b, s in sentences if s[0] <= relation.start < s[1]), None)
            if found_at is None:
                continue
            if any(organ == relation.target and found_at[0] <= at < found_at[1] for organ, at in self.decision_owners):
                continue  # 村民会议的决定违反…的，由Y责令改正: the decisions are at fault, not the assembly
            a, b, evidence = found_at[2]
            have.add((relation.target, article.key))
            found.append(
                Liability(
                    organ=relation.target,
                    article=article.number,
                    article_key=article.key,
                    evidence=evidence,
                    start=a,
                    end=b,
                )
            )
        return found


def _drop_misplaced_roles(found: list[Relation], edges: list[Relation], at: int) -> None:
    """The SUPERVISES edges of the same agents from the 对其R / 约谈其R clause at ``at`` to roles other than
    the ones a 其 frame placed in its bodies (the head body's role, read before 其 was resolved)."""
    agents = {r.source for r in edges}
    targets = {r.target for r in edges}
    article = edges[0].article_key
    found[:] = [
        r
        for r in found
        if not (
            r.type == "SUPERVISES"
            and r.article_key == article
            and r.source in agents
            and r.target not in targets
            and r.start <= at < r.end
            and r.start > at - 4
        )
    ]


# 约谈其主要负责人和分管负责人 / 其主要负责人或者分管负责人: what joins a second role of the same bodies
_ROLE_JOINER = re.compile(r"(?:和|或者|或|、|以及|及)")


def _hired_staff(named: list[Mention], text: str) -> list[Mention]:
    """聘用河道专管员或者保洁员 / 配备扶贫专干 at the end of a clause: the run of posts (individual roles)
    joined by 、/和/或者 that closes it, first to last; [] where the clause closes on anything else."""
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if m.end > run[0].start or not _ROLE_JOINER.fullmatch(text, m.end, run[0].start):
            break
        run.insert(0, m)
    return [] if any(m.kind != "individual_role" for m in run) else run


def _bare_set_key(key: Key) -> bool:
    """有关部门, 相关单位 printed with no level: which level's set a role of it sits in is left to the
    reading of the whole document (dev: ta-dawenhe puts 约谈其主要负责人 in the bare set, dy-huanghe in the
    city government's), so no edge is made for it from a 约谈其R list."""
    return key[:1] == ("coll",) and key[1] in organ_lexicon().unnamed_sets


def _joined_roles(mentions: list[Mention], text: str, first: Mention) -> list[Mention]:
    """The roles printed right after the first role of a 约谈其R frame and joined to it (和/或者/、), each a
    role of the bodies 其 stands for too (其主要负责人和分管负责人: the head and the deputy of each body)."""
    found: list[Mention] = []
    cursor = first.end
    for m in sorted((m for m in mentions if m.start >= cursor), key=lambda m: m.start):
        joiner = _ROLE_JOINER.fullmatch(text, cursor, m.start)
        if joiner is None or m.cls != "role" or _their_body(m) not in ("", _their_body(first)) or m.role is None:
            break
        found.append(m)
        cursor = m.end
    return found


def _their_body(role: Mention) -> str | None:
    """The body class a 约谈其R role names: "" for none (其主要负责人), pg or gov for a bare pair or
    government word with no level (其党委和政府主要负责人, 其人民政府主要负责人: the role of that body of each
    place 其 stands for); None for a role of a body of its own."""
    if role.body is None:
        return ""
    bare = role.body.cls in ("pg", "gov") and not role.body.level and not role.body.relative
    return role.body.cls if bare and not role.body.collective else None


def _vague_staff(mention: Mention) -> bool:
    """追究有关人员责任: a bare vague staff word (``vague_sanctioned_staff``) names no one the sanction
    singles out; the staff of the bodies the article names, never an organ of the annotations (dev: no
    document annotates a bare 有关人员, 8 such liabilities were extras)."""
    return mention.cls == "role" and mention.body is None and mention.head in triggers()["vague_sanctioned_staff"]


def _opening(mentions: list[Mention], text: str, cursor: int) -> list[Mention]:
    """The bodies joined from the start of a sanctioned condition (X、Y及其工作人员有下列情形之一的). The
    subject lead may eat the 各 of 各级人民政府 (各类/各 before a body), which still opens the sentence. The
    alternative sets join too (X或者其他有关部门及其工作人员违反…的: both offend)."""
    after = sorted((m for m in mentions if m.end > cursor), key=lambda m: m.start)
    if after and after[0].start < cursor:
        cursor = after[0].start
    return _joined([m for m in after if m.start >= cursor], text, cursor, alternatives=True)


# …的，由Y…: the condition of a part closed and its imposer named right after
_IMPOSED_PART = re.compile(r"的,由")


def _offence_parts(text: str, mentions: list[Mention], start: int, end: int) -> list[tuple[int, int]]:
    """…，由Y处罚款；Z发现…，未报告的，由W…: a ;-part opening with bodies of its own, their offence (a condition
    word or their finding) and its own imposer is a sanction sentence of its own, whose bodies open it
    (read whole, Z stood in the tail of the first offender's sentence)."""
    cuts = [start]
    for semicolon in re.finditer(";", text[start:end]):
        at = start + semicolon.end()
        chain = _joined(sorted((m for m in mentions if m.start >= at), key=lambda m: m.start), text, at)
        if not chain or chain[0].start != at:
            continue
        offence = _SANCTIONED_CONDITION.match(text, chain[-1].end) or text.startswith("发现", chain[-1].end)
        stop = text.find(";", at, end)
        if offence and _IMPOSED_PART.search(text, at, stop if stop >= 0 else end):
            cuts.append(at)
    return list(zip(cuts, [*cuts[1:], end], strict=True))


# 有下列情形之一的，由Y责令改正，处…罚款：(一)X未…: a penalty whose offences (and offenders) the items print
_PENALTY_LIST_LEAD = re.compile(r"\s*有下列(?:情形|行为)之一的,")


def _item_offenders(everyone: list[Mention], text: str, start: int, end: int) -> list[Mention]:
    """(一)X未按规定开设…; / (三)X或者Y拒不提供…: the bodies opening an item of a penalty list, right before
    their offence (a condition word), are the offenders the penalty is for."""
    lead = _SUBJECT_LEAD.match(text, start, end)
    opening = _opening(everyone, text, lead.end() if lead else start)
    if not opening or _SANCTIONED_CONDITION.match(text, opening[-1].end) is None:
        return []
    return opening


def _place_closed_list(everyone: list[Mention], text: str, listed: list[Mention]) -> list[Mention]:
    """娱乐场所、旅馆、会所、洗浴等经营服务场所未…的: the places the subject lead ate, joined from its first to its
    last and closed by the kind of place they are, open the condition (the kind is no body of its own)."""
    chain = _opening(everyone, text, listed[0].start)
    if not chain or chain[-1] is not listed[-1] or place_closing_end(text, chain[-1].end) == chain[-1].end:
        return []
    return chain


def _offence_to_penalty(opening: list[Mention], text: str, cursor: int, end: int, breach: re.Match[str] | None) -> bool:
    """违反本条例…规定，X造成水土流失的，… / X擅自改变…用途的，由Y责令改正，处…罚款: the bodies opening the
    sentence are the offenders whatever verb their condition opens with, where nothing but their offence (no
    modal: X应当…的 is X's duty) stands between them and the condition's 的; a sentence with no breach printed
    before them needs its penalty imposed by a named body right after the condition (…的，由Y…)."""
    if opening[0].start != cursor or opening[0].member:
        return False  # 村民委员会成员…的: members stand for their body, which the annotations name (no node here)
    close = _CONDITION_END.search(text, opening[-1].end, end)
    if close is None or _CONDITION_MODAL.search(text, opening[-1].end, close.start()):
        return False
    if _trigger_regex("sanctioned_decisions").match(text, opening[-1].end):
        return False  # 村民会议的决定违反…的，由Y责令改正: the decisions are at fault, not the assembly
    if ";" in text[opening[-1].end : close.start()]:
        return False  # X对…实行清单管理；整改不力的，由Y…: X's own act, the condition is someone else's
    if "约谈" in _CLAUSE_BREAK.split(text[close.end() : end], maxsplit=1)[0]:
        return False  # X推进…不力的，由Y约谈其主要负责人: the roles summoned are the ones named liable
    return breach is not None or text.startswith("由", close.end())


_CLAUSE_BREAK = re.compile(r"[,;。]")
# ，或者Y未…的 / ，且Y未…的: the joiner that may open a later offender's clause of a condition
_CLAUSE_OPENER = re.compile(r",(?:或者|或|且|并且|以及)?")


def _clause_offenders(mentions: list[Mention], text: str, cursor: int, end: int) -> list[Mention]:
    """违反本条例…规定，X未…，或者Y未…的，由Z责令改正 / …，在…地区，Y、W将…的，由Z…: the bodies opening a
    clause after the first one of a condition are offenders too, where nothing but their own offence (no
    modal) stands between them and the condition's 的 and a named body imposes the penalty (…的，由Z)."""
    close = _CONDITION_END.search(text, cursor, end)
    if close is None or not text.startswith("由", close.end()):
        return []
    found: list[Mention] = []
    for opener in _CLAUSE_OPENER.finditer(text, cursor, close.start()):
        chain = _joined(
            sorted((m for m in mentions if m.start >= opener.end()), key=lambda m: m.start), text, opener.end()
        )
        if not chain or chain[0].start != opener.end() or chain[-1].end >= close.start():
            continue
        if _CONDITION_MODAL.search(text, chain[-1].end, close.start()) or not _clause_offence(text, chain[-1].end):
            continue
        found += chain
    return found


def _clause_offence(text: str, at: int) -> bool:
    """What opens a later clause's offence after its bodies: a condition word (未/不/违反/擅自…, after the
    staff and the setting) or an act of the offence (将…混接, 变更…用途); not a need (X需要取得许可证的) nor
    the rest of a noun the bodies only qualify (扰乱X工作秩序)."""
    return bool(_SANCTIONED_CONDITION.match(text, at) or _trigger_regex("clause_offence_acts").match(text, at))


def _pursued_list(inside: list[Mention], text: str, start: int, end: int, named: list[Mention]) -> list[Mention]:
    """追究有关X、Y和Z的责任: every body or role of the list whose 责任 is pursued is named to be sanctioned
    (genre rule 10), not only the first, right after 追究 (有关/相关 may stand between)."""
    found: list[Mention] = []
    for first in inside:
        if not _PURSUED.search(text, max(start, first.start - 4), first.start):
            continue
        chain = _joined([m for m in inside if m.start >= first.start], text, first.start)
        if not chain or not _PURSUED_END.match(text, chain[-1].end, end):
            continue
        found += [m for m in chain if m not in named and not _staff_head(m, text) and not _vague_staff(m)]
    # 有关部门负责人: the head of an unnamed set is liable through the set (annotated as 有关部门), no role
    sets = organ_lexicon().unnamed_sets
    return [m.body if m.body is not None and m.body.collective in sets else m for m in found]


# 对没有完成…任务的X、Y / 对在…工作中…不力的X: a 对 opening a clause, then the offence the object is picked by
_QUALIFIED_OBJECT = re.compile(r"(?:^|[,;:])对[^,;。:对]{1,30}的$")


def _qualified_objects(mentions: list[Mention], text: str, start: int) -> list[Mention]:
    """对未完成…任务的X、Y…予以通报批评 / 对…不力的X进行问责: the bodies a sanction sentence picks by their
    offence after 对 are named to be sanctioned (genre rule 10), as the bare object of 对 is; the list joined
    to the first is too (X、Y). Roles are left out: 对负有责任的R / 对…的责任人员 mostly name staff the
    annotations record through their body (dev: 4 more extras, relation edges to them lost)."""
    for first in mentions:
        if _QUALIFIED_OBJECT.search(text[start : first.start]) is None:
            continue
        chain = _joined([m for m in mentions if m.start >= first.start], text, first.start)
        return [m for m in chain if m.cls != "role"]
    return []


def _sanctioned_set_heads(everyone: list[Mention], text: str, start: int) -> list[Mention]:
    """对有关人民政府负责人和其他直接责任人员依法给予处分: the head of an unnamed set named after 对 in a
    sanction sentence is sanctioned through the set, as in a 追究 list (``_pursued_list``); the set is liable,
    no role (dev: ay-hqq annotates the set, none the bare role). After 追究 the annotations keep the role
    (追究相关地方党委和政府主要负责人的责任: gw-shengtai, zb-zhuijiu), so only 对 opens it."""
    sets = organ_lexicon().unnamed_sets
    return [
        m.body
        for m in everyone
        if m.cls == "role" and m.collective in sets and m.body is not None and text.endswith("对", start, m.start)
    ]


_PURSUED = re.compile(r"追究(?:有关|相关)?$")
_PURSUED_END = re.compile(r"[^,;。]{0,16}?责任")
_PURSUED_WIDE = re.compile(r"追究[^,;:。]{0,60}?的责任")


def _offenders(mentions: list[Mention], text: str, cursor: int) -> list[Mention]:
    """X、Y及其工作人员在…工作中滥用职权、玩忽职守的，…给予处分: the bodies opening an offender
    sentence are liable (the dev annotations name them in 47 of 49 such sentences; corpus 812 in 799 files), the
    staff suffix and the 在…中 piece between them and the offence notwithstanding."""
    # m.end past the lead: the lead may eat the 各 of 各级人民政府, which still opens the sentence
    if mentions and mentions[0].start < cursor:
        cursor = mentions[0].start
    chain = _joined(mentions, text, cursor)
    if chain and _trigger_regex("offender_condition").match(text, chain[-1].end):
        return chain
    return []


def _sanction_clauses(text: str, article: ArticleSpan, clauses: list[Clause]) -> tuple[set[int], set[int]]:
    """In each sanction sentence: the clauses that state its condition (X未…的 / X有下列行为之一的),
    and the clause in which a named body imposes it (由Y责令改正). A sentence with no 由Y has
    conditions only where a subject is followed by a condition word."""
    conditions: set[int] = set()
    imposing: set[int] = set()
    sanction, imposed = _sanction_words()
    if not sanction.search(text, article.start, article.end) and not _offence_sanction().search(
        text, article.start, article.end
    ):
        return conditions, imposing  # most articles: no sanction at all
    starts = [c.start for c in clauses]
    sentences = _sentences(text, article.start, article.end)
    for a, b in [part for span in sentences for part in _offender_parts(text, clauses, starts, *span)]:
        members = range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))
        if not _sanction_sentence().search(text, a, b) and not _offence_sentence(text, clauses, members, b):
            continue
        by = next(
            (
                i
                for i in members
                if imposed.search(text, clauses[i].start, clauses[i].end) or _agent_of_its_part(text, clauses[i], b)
            ),
            None,
        )
        if by is None:
            # 由有权机关按照管理权限，对…给予处分: the agent's clause, the sanction in the next one
            by = next(
                (
                    i
                    for i in members
                    if clauses[i].mentions
                    and _agent_piece(text, clauses[i])
                    and sanction.search(text, clauses[i].end, b)
                ),
                None,
            )
        if by is not None:
            # X应当…，未…的，由Y警告: X's own duty opens the sentence, only the 的-piece is the condition
            conditions.update(i for i in members if i < by and not _duty_before_condition(text, clauses, i, by))
            imposing.add(by)
            later = (i for i in members if i > by)
            imposing.update(
                i for i in later if _person_part(text, clauses[i]) or _needed_sanction_part(text, clauses[i])
            )
            continue
        if members and _lenient_end(text, clauses[members[-1]], b):
            conditions.update(members)  # X已经履职…的，可以从轻…追究责任: X is judged, nobody acts
            continue
        conditions.update(i for i in members if _opens_offender_condition(text, clauses[i]))
    return conditions, imposing


def _opens_offender_condition(text: str, clause: Clause) -> bool:
    """X未履行…的 / X拒不整改的: the clause opens with named organs followed by a condition word."""
    opening = _after_time_piece(text, clause)  # 突发事件发生后，X…不予配合的: X's condition
    lead = _SUBJECT_LEAD.match(text, opening, clause.end)
    cursor = lead.end() if lead else opening
    # m.end: the lead may eat the 各 of 各级人民政府, which still opens the condition
    chain = _joined([m for m in clause.mentions if m.end > cursor], text, cursor)
    return bool(
        chain
        and _CONDITION_AFTER.match(text, chain[-1].end, clause.end)
        and not _qualified_object(text, clause, chain[-1].end)
    )


def _opens_finding_offence(text: str, clause: Clause) -> bool:
    """…；X企业发现…，未向Y报告的，由Z…: regulated actors opening a clause with their finding, whose report the
    offence then fails (organs.yaml subject_actor.offence leads: 发现), open a condition of their own."""
    chain = _joined(list(clause.mentions), text, clause.start)
    return bool(chain) and all(m.kind == "enterprise_society" for m in chain) and text.startswith("发现", chain[-1].end)


def _offender_parts(text: str, clauses: list[Clause], starts: list[int], a: int, b: int) -> list[tuple[int, int]]:
    """X…的，由Y予以解聘；Z未履行…的，由W予以通报批评: a ;-part that names an offender of its own and
    its own imposer is a sanction sentence of its own (without the split Z's part was read as a tail of
    X's and gave no W → Z edge); a part with no offender of its own (情节严重的，由W…) stays with the first."""
    imposed = _sanction_words()[1]
    cuts = [a]
    for index in range(bisect.bisect_left(starts, a + 1), bisect.bisect_left(starts, b)):
        clause = clauses[index]
        if text[clause.start - 1 : clause.start] not in (";", "；"):
            continue
        if not _opens_offender_condition(text, clause) and not _opens_finding_offence(text, clause):
            continue
        stop = _PART_END.search(text, clause.start, b)
        if imposed.search(text, clause.start, stop.start() if stop else b):
            cuts.append(clause.start)
    return list(zip(cuts, [*cuts[1:], b], strict=True))


@cache
def _offence_sanction() -> re.Pattern[str]:
    """…的，由Y依法处理 (triggers.yaml offence_sanctions): a sanction only after a body's own offence."""
    return re.compile(rf"的,(?:[^。;]*?,)?由其?[^,。;]*?(?:{alternation(triggers()['offence_sanctions'])})")


def _offence_sentence(text: str, clauses: list[Clause], members: range, end: int) -> bool:
    """X(及其工作人员)有下列行为之一的，由Y依法处置: the sentence's 的-condition opens with a printed body
    and its offence (``_SANCTIONED_CONDITION``), and a named Y deals with it."""
    found = _offence_sanction().search(text, clauses[members[0]].start if members else end, end)
    if not found:
        return False
    for i in members:
        clause = clauses[i]
        if clause.start >= found.start():
            break
        opening = _after_time_piece(text, clause)
        lead = _SUBJECT_LEAD.match(text, opening, clause.end)
        cursor = lead.end() if lead else opening
        chain = _joined([m for m in clause.mentions if m.end > cursor], text, cursor)
        # 市、区人民政府，有关部门及其工作人员有下列…: the subject list may go on past a comma
        later = [m for m in clause.mentions if chain and chain[-1].end <= m.start < found.start()]
        if chain and any(_SANCTIONED_CONDITION.match(text, m.end, clause.end) for m in [*chain, *later]):
            return True
    return False


def _qualified_object(text: str, clause: Clause, after: int) -> bool:
    """X对落实不力的Y，可以约谈…，并提请Z予以通报批评: the 对…的 phrase after X qualifies Y, the object X
    acts on with the modal after the comma; X holds the duty, it is no condition (the 的 ends no clause)."""
    if not text.startswith("对", after):
        return False
    for mention in clause.mentions:
        if mention.start > after and text[mention.start - 1 : mention.start] == "的":
            return _OBJECT_THEN_MODAL.match(text, mention.end) is not None
    return False


_OBJECT_THEN_MODAL = re.compile(r"[,，]\s*(?:应当|可以|应)")


def _person_part(text: str, clause: Clause) -> bool:
    """…，处罚款；对…负有直接责任的人员，由其所在单位或者Y给予处分: a later ;-part opened by a sanctioned
    person's frame (``_sanctioned_person``) is a sanction of its own, on that person; not the offenders'
    staff (对直接负责的主管人员…, ``_graded_part``)."""
    return (
        text[clause.start - 1 : clause.start] in (";", "；")
        and _sanctioned_person().match(text, clause.start) is not None
        and _STAFF_PART.match(text, clause.start) is None
    )


def _needed_sanction_part(text: str, clause: Clause) -> bool:
    """…，由Z进行问责；需要给予处分的，由任免机关或者监察机关依法给予处分: a later ;-part whose condition is
    only the need of a sanction (triggers.yaml needed_sanction_part) is a sanction of its own, imposed by the
    agent after it on the same parties as the sentence before it (its items' subjects, or the bodies the
    sentence's condition names)."""
    return (
        text[clause.start - 1 : clause.start] in (";", "；")
        and _trigger_regex("needed_sanction_part").match(text, clause.start, clause.end) is not None
    )


# a modal or a bar, 应 not inside another word (适应, 响应, 供应, 反应, 回应, 答应, 对应, 相应, 应急)
_STRICT_MODALS = r"应当|必须|(?<![适响供反回答对相])应(?!急)|须|不得|可以"
_CONDITION_MODAL = re.compile(_STRICT_MODALS)


def _condition_before_named_subject(text: str, clauses: list[Clause], index: int) -> bool:
    """X承担…事项的，Y应当…: a 的-piece whose only duty word is a verb (承担/负责, no modal) states the
    condition of the duty the body named right after the comma holds (Y opens the next clause and a modal
    follows it); the piece is no duty of X's own."""
    clause = clauses[index]
    if index + 1 >= len(clauses) or not _clause_is_condition_piece(text, clause):
        return False
    if _CONDITION_MODAL.search(text, clause.start, clause.end):
        return False
    nxt = clauses[index + 1]
    if text[clause.end : nxt.start].strip(" ,，") or not text[clause.start : nxt.start].rstrip(" ").endswith(
        ("，", ",")
    ):
        return False
    lead = _SUBJECT_LEAD.match(text, nxt.start, nxt.end)
    cursor = lead.end() if lead else nxt.start
    chain = _joined([m for m in nxt.mentions if m.end > cursor], text, cursor)
    return bool(chain) and _IMPOSER_MODAL.match(text, chain[-1].end, nxt.end) is not None


def _duty_before_condition(text: str, clauses: list[Clause], index: int, by: int) -> bool:
    """A clause before the imposing one that is a duty of its own: its printed subject is followed by a
    modal (X应当建立台账), it is no 的-piece, and a later 的-piece states the condition (未按期建立的)."""
    if _clause_is_condition_piece(text, clauses[index]):
        return False
    agent_at = _agent_marker(text, clauses[by].start, clauses[by].end)
    # the 的-piece may be its own clause or the head of the imposing one (未按时设置的，由Y…)
    if not re.search("的[,，]", text[clauses[index].end : agent_at if agent_at > 0 else clauses[by].start]):
        return False
    clause = clauses[index]
    lead = _SUBJECT_LEAD.match(text, clause.start, clause.end)
    cursor = lead.end() if lead else clause.start
    chain = _joined([m for m in clause.mentions if m.end > cursor], text, cursor)
    return bool(chain) and _IMPOSER_MODAL.match(text, chain[-1].end, clause.end) is not None


def _clause_is_condition_piece(text: str, clause: Clause) -> bool:
    return text[clause.start : clause.end].rstrip(",，;；:：。 ").endswith("的")


def _after_time_piece(text: str, clause: Clause) -> int:
    """Where the clause's own words start: past a merged leading time piece (…发生后，), else its start."""
    first = clause.pieces[0] if clause.pieces else -1
    if first > 0 and text[first - 1 : first] == "," and text.endswith(_time_closers(), clause.start, first - 1):
        return first
    return clause.start


def _agent_of_its_part(text: str, clause: Clause, sentence_end: int) -> bool:
    """由Y按照管理权限，对X严肃问责；对Z，由W进行问责: Y's manner-only clause imposes the sanction of its
    own ;-part, which comes before the later part's 由W…问责 (that later clause is no agent of the first)."""
    if not clause.mentions or not _agent_piece(text, clause):
        return False
    part_end = text.find(";", clause.end, sentence_end)
    return _sanction_words()[0].search(text, clause.end, sentence_end if part_end < 0 else part_end) is not None


@cache
def _sanction_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Any sanction (处分, 罚款, 责令改正, …), and a sanction imposed by a named body (由Y责令改正)."""
    trig = triggers()
    sanctions = alternation([*trig["sanction_supervises"], *trig["conditional_sanctions"]])
    words = f"{sanctions}|{_sanction_pattern().pattern}"
    # 约谈 alone is also an ordinary duty (X应当约谈…): a sanction only when a named body imposes it on
    # a condition (X…的，由Y约谈)
    extra = rf"的,由其?[^,。;]*?(?:{alternation(triggers()['imposed_sanctions'])})"
    # 由Y责令限期退回: any penalty Y imposes makes Y's clause the imposing one, the clauses before it the
    # condition (a later 由Z给予处分 of the sentence is Z's own duty)
    offences = alternation([*triggers()["penalties"], *triggers()["offence_sanctions"]])
    imposed = rf"由其?[^,。;]*?(?:{words}|{offences})|{extra}"
    # 对…的X，由Y约谈Z；…严重的，由W通报批评: the 由Y约谈 after the condition's X imposes the first part's
    # sanction (without it the later 由W clause took the whole sentence as its condition)
    fronted = rf"的[^,。;]{{1,20}},由其?[^,。;]*?(?:{alternation(triggers()['imposed_sanctions'])})"
    return re.compile(f"{words}|{extra}"), re.compile(f"{imposed}|{fronted}")


@cache
def _imposed_sanction() -> re.Pattern[str]:
    """A sanction word that marks a sanction only when a named body imposes it (约谈, 责令限期整改), right
    after the imposer's modal."""
    return re.compile(alternation(triggers()["imposed_sanctions"]))


@cache
def _sanction_sentence() -> re.Pattern[str]:
    """What makes a sentence a sanction: any sanction word, but 予以处理 only after a condition (…的，
    …由Y予以处理); 由X对查获的物品予以处理 deals with a thing and sanctions no one."""
    trig = triggers()
    conditional = rf"的,[^。]*?由[^。;]*?(?:{alternation(trig['conditional_sanctions'])})"
    extra = rf"的,由其?[^,。;]*?(?:{alternation(trig['imposed_sanctions'])})"
    words = alternation(trig["sanction_supervises"])
    return re.compile(rf"{words}|{_sanction_pattern().pattern}|{extra}|{conditional}")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text[start:end]):
        spans.append((cursor, start + match.end()))
        cursor = start + match.end()
    spans.append((cursor, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# the 的 closing a sanctioned condition (X对…不依法查处的，… / X有下列情形之一的：)
_CONDITION_END = re.compile(r"的[,:;]")
# 违反本条例(第X条)规定，X未…的: the breach printed before the offender who opens the condition
_NUMERAL = "[一二三四五六七八九十百零]+"
_BREACH_LEAD = re.compile(rf"违反本[\u4e00-\u9fff]{{1,4}}(?:第{_NUMERAL}[条款项])*(?:的)?规定,")


@cache
def _penalty_on_offender() -> re.Pattern[str]:
    """A penalty on the offender of a condition (X…的，由Y责令改正 / 由Y依法予以处罚 / 的，责令限期改正): any
    sanction or penalty word after the condition's 的 (a bare 约谈 names the role it summons, no offender)."""
    trig = triggers()
    words = alternation(
        [*trig["sanction_supervises"], *trig["conditional_sanctions"], *trig["penalties"], *trig["offender_penalties"]]
    )
    return re.compile(rf"的,[^。]*?(?:{words}|{_sanction_pattern().pattern})")


@cache
def _sanction_pattern() -> re.Pattern[str]:
    return re.compile("|".join(triggers()["liability"]))


# The modal after the named imposer of a sanction (X…的，Y应当(依法)给予…; Y可以责令…).
_IMPOSER_MODAL = re.compile(r"(?:应当|应|必须|须|可以)")
_DEPUTING_WORD = re.compile(alternation(triggers()["deputing"]))
# 给予施工单位…处罚 / 给予X负责人行政处分: the body after 给予 takes the sanction, as after 对 (dev gw-gongzi 55,
# cq-changwu 14 annotate it liable; none against)
_SANCTIONED_OBJECT = re.compile(r"(对|追究|责令|给予)$")
# X(及其工作人员)(，在…工作中)…违反/未/滥用…: the condition may follow the body's staff and the setting
# of the offence (市、县人民政府有关部门及其工作人员，违反…的 / X，在…工作中滥用职权…的)
_SANCTIONED_CONDITION = re.compile(
    r"(?:(?:或者|和|以及)个人)?"
    rf"(?:(?:及其|的)(?:{alternation(triggers()['sanctioned_staff'])}))?,?(?:在[^,。;]{{1,30}}?(?:中|时|期间),?)?"
    r"(?:,?对[^,。;]{1,24}?)?(有下列|存在下列|违反|未|不|拒绝|拒不|玩忽|滥用|弄虚作假|擅自|谎报|瞒报|迟报|漏报|阻碍|失职|履职不力|负有责任)"
)


@cache
def _subject_region() -> re.Pattern[str]:
    return re.compile(str(lexicon_data("organs.yaml").get("subject_region", "(?!)")))


@cache
def _subject_qualifiers() -> tuple[str, ...]:
    """The words that may qualify a subject (本市, 全省, 各类), longest first (各类 before 各)."""
    data = lexicon_data("organs.yaml")
    words = [*data.get("subject_qualifiers", ()), *data["competent_sets"]["subject_qualifiers"]]
    return tuple(sorted(words, key=len, reverse=True))


def _subject_qualified(text: str, start: int, end: int) -> bool:
    """The gap from ``start`` to ``end`` is one subject qualifier (本市, 有管辖权的 before a department)."""
    word = text[start:end]
    return word in _subject_qualifiers() and _subject_qualifier_at(text, start) != ""


def _subject_qualifier_at(text: str, cursor: int) -> str:
    """The subject qualifier printed at ``cursor``; a competence one (有管辖权的) only before a department
    printed without its government (有管辖权的人民政府防汛指挥机构 is the competent governments' body)."""
    word = next((w for w in _subject_qualifiers() if text.startswith(w, cursor)), "")
    competent = lexicon_data("organs.yaml")["competent_sets"]["subject_qualifiers"]
    if word in competent and text.startswith("人民政府", cursor + len(word)):
        return ""
    return word


def _qualified_ends(text: str, cursor: int) -> list[int]:
    """The ends of the stacked qualifiers from ``cursor`` (全市|各类|学校: 2 and 4 after it), longest word first
    (各类 before 各)."""
    ends: list[int] = []
    while word := _subject_qualifier_at(text, cursor):
        cursor += len(word)
        ends.append(cursor)
    return ends


# 、广播电视和报刊等 / 以及广播电台、电视台、报刊和互联网站等 between two members of a subject list: a joiner, then an
# open list of examples of the next member's kind, summed up by it (新闻媒体, 公用事业单位). Dev: qh-fupin,
# sh-chengguan, sh-fxzr print a regulated actor so after the government bodies and annotate it a joint holder.
_EXAMPLE_ITEM = r"(?:(?!应当|会同|及其|对|的)[\u4e00-\u9fff]){1,8}"
_EXAMPLES_GAP = re.compile(rf"(?:、|和|及|以及)(?:{_EXAMPLE_ITEM}(?:、|和|及|以及))*{_EXAMPLE_ITEM}等")


def _examples_member(mention: Mention, gap: str, before: Mention) -> bool:
    """A regulated actor after an open list of its examples continues a subject list: after a state body
    (有关部门、广播电视和报刊等新闻媒体) or after 以及/和/及 (国有林场、矿山企业以及石油天然气管道、电力线路等经营
    管理单位, after 以及 anywhere in the gap). Right after another regulated actor and a bare 、 that actor may be
    the first of the examples (行业协会、商会等社会组织: dev gd-pingan names the examples alone), so the list is
    left as printed."""
    if mention.kind != "enterprise_society" or not _EXAMPLES_GAP.fullmatch(gap):
        return False
    return not gap.startswith("、") or "以及" in gap or before.kind != "enterprise_society"


def _qualified_member_gap(gap: str) -> bool:
    """、各类 / 和各类 between two members of a subject list: a list joiner, then the qualifiers (各类, 全市…)
    that open the next member as they open the first (各类X应当…; corpus ~10 lists 乡镇人民政府、各类开发区管委会,
    本市各级国家机关、各类企业和事业单位)."""
    joiner = next((j for j in _QUALIFIED_JOINERS if gap.startswith(j)), "")
    alternative = next((j for j in ("或者", "或") if gap.startswith(j)), "")
    if (joiner or alternative) and _member_place_qualifier().fullmatch(gap, len(joiner or alternative)):
        # 县人民政府和水源保护所涉及的乡（镇）人民政府应当…: the phrase says which of the next member act; so
        # after 或者 (由市X部门或者水源所在地县（区）X部门责令…: either may act, both hold the duty)
        return True
    ends = _qualified_ends(gap, len(joiner)) if joiner else []
    return bool(ends) and ends[-1] == len(gap)


@cache
def _member_place_qualifier() -> re.Pattern[str]:
    """X所涉及的 / X所在地的 (member_place_qualifiers): a short phrase naming the place or matter the next
    member of a subject list is concerned with; no punctuation, modal or agent word inside it. The place
    word may stand alone after the joiner (报告A和所在地B: B of the reporter's place joins as A does)."""
    words = lexicon_data("organs.yaml").get("member_place_qualifiers", ())
    return re.compile(rf"[^,，、。;；:：()（）由向对应经]{{0,20}}(?:{alternation(words)})" if words else "(?!)")


@cache
def _member_suffix() -> str:
    """The suffix that turns a body's name into its members (驻村工作队 → 驻村工作队员)."""
    return str(lexicon_data("organs.yaml").get("body_member_suffix", "员"))


def _member_word_at(text: str, at: int) -> str:
    """The member word printed right after a team's name at ``at``: 员 (驻村工作队员), or 员 after the
    name's last character repeated (驻村工作队队员); "" where none is."""
    suffix = _member_suffix()
    return next((w for w in (suffix, text[at - 1 : at] + suffix) if text.startswith(w, at)), "")


@cache
def _possessed() -> re.Pattern[str]:
    """河长名单 / 执法人员的执法证件: what the organ at a clause's start owns is the subject (an organ
    of the organ, X的主要负责人, is one mention already)."""
    return re.compile(rf"的(?!{triggers()['own_work_overseen']})|{alternation(triggers()['possessed_nouns'])}")


# X的工作人员 opening a sanction condition: the staff of the bodies before 的 (triggers.yaml).
_STAFF_OWNED = re.compile(rf"的(?:{alternation(triggers()['sanctioned_staff'])})")

# 设立X，(具体)负责…: the verbs that set up a body, and the opening of the duty that body then bears.
# 设立相应的X / 设立由行政首长担任总指挥的X: a 相应的 or a 由…的 modifier (who heads or makes up the body)
# may stand between the verb and the body (dev gs-fupin, yt-senlin: the body set up bears the 负责 after it).
_ESTABLISHING = re.compile(r"(?:设立|设置|成立|组建)(?:相应的|由[^,，。;；的]{1,20}的)?$")
_ESTABLISHING_REACH = 26
# X配备/聘用/聘请Y (Y posts): the verbs that staff a post, and the clause after them the post bears. Dev readings
# of X+verb+posts，+clause: a 负责/承办 clause, or one framed 在Z指导下, is the posts' (qh-fupin 具体承办, wh-jiedao
# and lyi-yihe 负责, hz-zwh 在…指导下开展: 4 of 4); a 协助/承担 clause stays the hiring body's, its assistance
# through them (nm-hehu, cq-gdzr, sh-spzr 协助; xj-hzz, gx-hezhang 承担: 5 of 5, none annotates the posts).
_HIRING = re.compile(rf"(?:{alternation(triggers()['hiring'])})(?:{alternation(triggers()['hiring_counts'])})?$")
_HIRED_DUTY = re.compile(HIRED_DUTY)
# ... and a bare 设 right before a chief's tier (县设总林长 / 设副总河长，由…担任: dev bz-hhz, gx-hezhang,
# gx-linzhang), not inside a word (建设, 下设, 内设)
_BARE_SETTING = re.compile(r"(?<![建开增新假陈常预铺敷架下分内专附])设$")
_CHIEF_TIERS = ("总", "副")
# 建立X联席会议制度 / X工作机制: the words after a meeting's name that make it a system set up.
_SYSTEM_WORDS = ("", "制度", "工作制度", "机制", "工作机制")
# A clause with a set-up verb (；设立副总河长，由…担任): the same setter acts again; a bare 设 opening the
# clause before a chief's tier (；设副总河长，由…担任: dev bz-hhz, gx-hezhang, gx-linzhang) is the same verb.
_SETTING_UP = re.compile(r"设立|设置|成立|^\s*设(?=副|总)")
# X设立Y: what may stand between the verb and the body set up (道路交通、消防等安全专业委员会), and
# between X and a relative 设立的 (根据实际需要).
_SET_UP_GAP = re.compile(r"[^,。;的由]{0,30}")
# 建立以…为主/为主体/为核心的…制度: what is set up is a system framed by the things after 以 (dev bj-jiedao,
# dy-huanghe, jh-shuihuan, sd-gonglu print the frame; none annotates a body set up inside it)
_FRAMED_SET_UP = re.compile(r"以(?!下|上|及|外|后|前|内)")
_SET_UP_LEAD = re.compile(r"[^,。;的]{0,12}")
# X选派Y: how far after the verb the role sent may start (选派政治素质好、工作能力强的干部担任驻村第一书记)
_SENT_REACH = 30
# How far into a clause the sending verb may open it (按要求选派, 每年按规定派驻): a short adverbial lead.
_SEND_OPENING = 8
# X及其选派的Y / X所选派的Y: what may stand between the sending unit and the verb.
_SENDING_LEAD = re.compile(r"(?:及其|和其|其|所)?")


@cache
def _sending() -> re.Pattern[str]:
    return re.compile(alternation(triggers()["sending"]))


@cache
def _posting() -> re.Pattern[str]:
    """The verbs that place a role in a unit: sending (选派) and staffing (配备)."""
    return re.compile(alternation(triggers()["sending"] + triggers()["staffing"]))


@cache
def _setting_up() -> re.Pattern[str]:
    return re.compile(alternation(triggers()["setting_up"]))


@cache
def _set_up_relative() -> re.Pattern[str]:
    """X设立的Y / X在街道设立的Y: a body named by the one that sets it up."""
    return re.compile(rf"(?:{alternation(triggers()['setting_up'])})的")


@cache
def _set_up_bodies() -> tuple[str, ...]:
    return tuple(triggers()["set_up_bodies"])


_MEETING_BODIES = ("会议", "机制")


@cache
def _set_up_owned_thing() -> re.Pattern[str]:
    return re.compile(triggers()["set_up_owned_things"])


# 设立X，在Y领导下，统一组织…: the body set up works under Y, so it bears the clause whatever its verb;
# 设立X，协助/配合…: the post set up assists (市公安机关设立河湖警长，协助同级河长…); 成立X，主持…: the
# group set up presides (居民委员会成立选举领导小组，主持本居民委员会的选举工作: the setter does not preside)
_ESTABLISHED_DUTY = re.compile(r"\s*(?:在[^,，。;；]{1,20}领导下|(?:具体|主要)?(?:负责|承担)|协助|配合|主持)")
# 设立X（以下简称Y），…: the alias printed after the body set up
_ALIAS_AFTER = re.compile(r"[（(]以下简称[^）)(（]{1,20}[）)]")
# …（以下统称X）/（以下简称X）/（下称X）: a mention inside the bracket (X, or the tail of X) is the alias defined
_ALIAS_BEFORE = re.compile(r"[（(](?:以下)?(?:统称|简称|称)[^（()）,，。;；]{0,12}$")
# 市属/省属X: a bare level word before 属 (not 属于, 属地) owns X
_OWNED_AFTER = re.compile(r"属(?![于地])")
# A clause opening with its agent (由X按照管理权限，…), not with 由于 (because).
_AGENT_OPENING = re.compile(r"\s*由(?!于)")
# X…的，由Y(对其)进行约谈 / 由Y约谈。: Y interviews the sanctioned body itself, no role printed (其R frames
# give the role's edge); dev 9 such sentences in 9 documents, corpus 3.
_BARE_INTERVIEW = re.compile(r"由[^,。;:对]*?(?:对其)?(?:进行)?约谈(?=$|[,。;:、])")


# What may follow the agent in a piece that names no act of its own (由Y按照管理权限 / 依法).
_STAFF = alternation(triggers()["agent_staff"])
_AGENT_MANNER = re.compile(
    r"\s*(?:(?:按照|依照|根据|依据)[^,。;]*?(?:权限|职权|职责|分工|规定|情节轻重|情节|事实))?\s*(?:依法)?\s*"
    rf"(?:对(?:{_STAFF})(?:(?:和|、|及|以及)(?:{_STAFF}))*)?\s*"  # 对直接负责的主管人员和…: staff, no act
)


@cache
def _rectification_report() -> re.Pattern[str]:
    """A clause opening on a rectification result sent on (整改情况应当报Y / 整改结果报Y备案); not 并将整改情况
    向Y报告, the orderer's own next act (dev yl-hhz: 下发督办单，责令X限期整改，并将整改情况向Y报告)."""
    results = alternation(triggers()["rectification_results"])
    return re.compile(rf"\s*(?:{results})[^,，。;；]{{0,20}}?报")


def _unit_ordered_to_rectify(text: str, clause: Clause, article_start: int) -> bool:
    """整改情况/整改结果(应当)报Y with no subject, after an order to a unit to rectify in the same sentence or
    the one before (责令有关单位限期整改，整改情况报送Y / 责令责任单位限期整改。整改情况应当报送Y): the result
    is the unit's to send, never the orderer's (dev als-fanghuo and zb-hedao annotate no report of the
    orderer's). Called where _ordered_to_rectify found no ordered organ by its edge."""
    if not _rectification_report().match(text, clause.start, clause.end):
        return False
    stop = text.rfind("。", article_start, clause.start)
    if not text[stop + 1 : clause.start].strip():  # the clause opens its sentence: the sentence before too
        stop = text.rfind("。", article_start, max(stop, article_start))
    return _unit_order().search(text, max(stop, article_start), clause.start) is not None


@cache
def _unit_order() -> re.Pattern[str]:
    """责令X单位(限期)整改: an order to rectify given to a unit (notified_unit_heads)."""
    heads = alternation(triggers()["notified_unit_heads"])
    return re.compile(rf"责令(?P<unit>[^,，;；。、其]{{0,8}}?(?:{heads}))(?:限期|立即|及时)?(?:整改|改正)")


# 召集X和Y，…并(向其负责、)报告工作 (dev 3 documents, all annotate the edge to the convened assembly, none
# against): the piece that convenes (after an item number) and the bare report piece with no receiver
_CONVENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[)）])?召集")
_UNADDRESSED_REPORT = re.compile(r"\s*(?:并|同时)?(?:向其(?:负责、)?)?报告(?!\s*[□])")

# 按照X(和Y)的要求(定期)报送/报告…: the report goes to the bodies whose demand it answers (dev 2 documents,
# 3 clauses, all annotate the edge to X, none against; 不按照…的要求报送 is an offence item). The comma form
# (按照X的要求，定期报告) splits into two clauses and is not read here.
_REQUESTED_REPORT = re.compile(r"的要求(?:定期|及时|按时|如实)?(?:报送|报告|上报)")


def _requesting_bodies(others: list[Mention], windows: list[tuple[Mention, str]], text: str) -> list[Mention]:
    """The first organ after 按照 whose 的要求 (after the organs joined to it) is followed by the report verb,
    with no 向/报 receiver printed between: 按照X的要求报送 reports to X."""
    for m, window in windows:
        if window.endswith("按照") and not window.endswith(("不按照", "未按照")):
            chain = _joined(others[others.index(m) :], text, m.start)
            if chain and _REQUESTED_REPORT.match(text, chain[-1].end):
                return [m]
    return []


@cache
def _report_back() -> re.Pattern[str]:
    """After 向Y in a clause: the report verb (向Y书面报告 / 向Y报送整改情况)."""
    return re.compile(rf"[^,。;]{{0,6}}?(?:{alternation(triggers()['report_back_verbs'])})")


def _condition_item_end(text: str, clause: Clause) -> int:
    """The end of the numbered item's line when the item ends in 的 (（一）…未履行职责的；): such an item
    names a case or a violation of its list's lead, not a duty; else 0."""
    item_end = _item_end(text, clause)
    return item_end if text[clause.start : item_end].rstrip(" ;；。.").endswith("的") else 0


def _first_item_after_lead(text: str, lead_end: int, clause: Clause) -> bool:
    """Item (一) printed right after a list lead that ends at ``lead_end`` (only blanks between)."""
    return not text[lead_end : clause.start].strip() and _FIRST_ITEM.match(text, clause.start) is not None


def _bare_duty_lead(text: str, clause: Clause) -> bool:
    """X(应当)履行下列职责：: a duty-list lead with nothing past its subject but modal words."""
    own_start = max([clause.start] + [m.end for m in clause.mentions if m.end <= clause.end])
    return _trigger_regex("bare_duty_lead").match(text[own_start : clause.end].strip()) is not None


def _title_holders(text: str, clause: Clause, timed_only: bool = False) -> list[Mention]:
    """The organs opening a duty-list title (X的(主要)职责(是)： / X在…工作中的任务：), else none; with
    ``timed_only`` only a title after a time piece (Z闭会期间，X的职责是：)."""
    own = text[clause.start : clause.end]
    starts = [] if timed_only else [clause.start + len(own) - len(own.lstrip())]
    # X闭会期间，Y的职责是：: a time piece before the title names no holder; the organs after it do
    timed = [p for p in clause.pieces if text[p - 1 : p] == "," and text.endswith(_time_closers(), clause.start, p - 1)]
    starts += timed
    starts += _owned_body_starts(text, clause, starts)
    for start in starts:
        chain = _joined([m for m in clause.mentions if m.start >= start], text, start)
        if chain and _trigger_regex("duty_title_lead").match(text[chain[-1].end : clause.end].strip()):
            return chain
    return []


def _owned_body_starts(text: str, clause: Clause, starts: list[int]) -> list[int]:
    """核电厂的核事故应急机构的主要职责是：: a title opening on a unit and 的 names the body inside it printed next
    (organs._possessor_actors), so the title's holders may start there too."""
    units = {m.end for m in clause.mentions if m.start in starts and m.kind == "enterprise_society"}
    bodies = {m.start for m in clause.mentions}
    return [end + 1 for end in units if text[end : end + 1] == "的" and end + 1 in bodies]


def _bare_power_lead(text: str, clause: Clause) -> bool:
    """X可以采取下列措施： / X行使下列职权：: a power-list lead with nothing past its subject but modal words.
    The subject is the run of mentions opening the clause (组织有关部门采取下列措施： has content of its own)."""
    own_start = clause.start + len(text[clause.start : clause.end]) - len(text[clause.start : clause.end].lstrip())
    for mention in sorted(clause.mentions, key=lambda m: m.start):
        if mention.start > own_start + 1:
            break  # past the subject: a mention after a verb or a lead
        own_start = max(own_start, mention.end)
    return _trigger_regex("bare_power_lead").match(text[own_start : clause.end].strip()) is not None


# A list lead whose item (一) follows its colon on the same line (…：（一）…；（二）…): one clause holds both
# (corpus 17402 such inline lists in 2970 files; dev: the inline items are annotated as duties)
_INLINE_LIST = re.compile(r"[:：]\s*(?:[(（]一[)）]|1[.、])")


def _opens_inline_list(text: str, clause: Clause) -> bool:
    return _INLINE_LIST.search(text, clause.start, clause.end) is not None


def _oversight_procedure_lead(clause_text: str) -> bool:
    """督导按照下列程序进行：: the subjectless lead of an oversight's steps."""
    return _trigger_regex("oversight_procedure_lead").match(clause_text.strip()) is not None


def _item_named(clause: Clause, clause_text: str) -> Mention | None:
    """（七）X对…有异议的: the organ a numbered item opens with (right after its marker), else None."""
    marker = _ITEM.match(clause_text)
    start = clause.start + (marker.end() if marker else 0)
    return next((m for m in clause.mentions if m.start == start), None)


def _line_opening(text: str, clause: Clause) -> bool:
    """True when the clause opens a line (a paragraph), not a sentence inside one."""
    i = clause.start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _ends_list_lead(text: str, clause: Clause) -> bool:
    return text[clause.start : clause.end].rstrip().endswith((":", "："))


def _fine_item_end(text: str, clause: Clause) -> int:
    """The end of a numbered item that states a case and its fine (（一）…的，处…罚款；), else 0."""
    item_end = _item_end(text, clause)
    stop = re.compile(r"[;；。]").search(text, clause.start, item_end)
    end = stop.start() if stop else item_end
    return end if _trigger_regex("fine_item").search(text, clause.start, end) else 0


def _item_end(text: str, clause: Clause) -> int:
    """Where the numbered item opening the clause ends: its line, but an item printed inline after its
    lead (…之一的，由Y约谈Z：（一）…的；（二）…的。被约谈的Z应当…) ends with the list's sentence, so the
    sentences after the list in the same paragraph are read (they are no part of an item)."""
    line_end = text.find("\n", clause.start)
    line_end = len(text) if line_end < 0 else line_end
    if clause.start == 0 or text[clause.start - 1] == "\n":
        return line_end  # an item on a line of its own: several sentences may belong to it
    stop = text.find("。", clause.start, line_end)
    return line_end if stop < 0 else stop + 1


# The condition piece of a sanction sentence: a failure or violation (未…/违反…) closed by 的, then 由Y
_CONDITION_PIECE = re.compile(r"(?:未|不(?!得)|拒绝|拒不|违反|擅自)[^。;]{0,60}?的,由")
_TOPIC_TAIL_MAX = 12  # the noun after the last 的 of a 的-phrase topic (林业经营单位和个人)


def _condition_topic(clauses: list[Clause], index: int, text: str) -> bool:
    """X变更工作的经营单位，未办理…的，由Y警告: a piece that only names who (a 的-phrase, no modal) and
    is followed by a condition piece is that condition's subject, sanctioned (genre rule 10): no duty,
    even when an organ stands inside its 的-phrase."""
    if index + 1 >= len(clauses):
        return False
    clause, after = clauses[index], clauses[index + 1]
    if text[clause.end : after.start] != "," or not _CONDITION_PIECE.match(text, after.start):
        return False
    last_de = text.rfind("的", clause.start, clause.end)
    words = text[clause.start : clause.end]
    return 0 < clause.end - last_de - 1 <= _TOPIC_TAIL_MAX and not _TOPIC_DUTY_WORD.search(words)


def _item_topic(clauses: list[Clause], index: int, text: str) -> bool:
    """（二）其他中型水库，由Y…: an item opening on a bare noun phrase (no organ, no word of a duty)
    followed by a 由 piece is only the topic of the agent's clause."""
    if index + 1 >= len(clauses):
        return False
    clause, after = clauses[index], clauses[index + 1]
    marker = _ITEM.match(text, clause.start)
    if marker is None or clause.mentions or text[clause.end : after.start] != ",":
        return False
    return text.startswith("由", after.start) and not _TOPIC_DUTY_WORD.search(text, marker.end(), clause.end)


def _unnamed_list_sanction_end(text: str, clause: Clause, article_end: int) -> int:
    """The end of the lead's sentence or line when the clause leads a sanction list that names no
    sanctioning body (有下列情形之一的，应当追究…责任：): the items printed inline after the colon are
    its cases, so nothing up to there is a duty; else 0. A numbered list's line ends at the colon."""
    # cheap pre-check; the sanctioned may stand in the piece before (X及其工作人员在…工作中，有下列…)
    if "之一" not in text[clause.start : clause.end] and not text.startswith(",有下列", clause.end):
        return 0
    ends = (text.find("。", clause.start, article_end), text.find("\n", clause.start, article_end))
    stops = [at for at in ends if at >= 0]
    end = min(stops) if stops else article_end
    # the lead may run past the clause's ；(…给予处分；构成犯罪的，依法追究刑事责任：)
    return end if _trigger_regex("unnamed_list_sanction").search(text, clause.start, end) else 0


def _list_lead_start(text: str, opening: int) -> int:
    """The start of the lead sentence (X履行下列职责：) of the numbered list whose item opens at `opening`,
    so the lead's subject counts as printed in the item; `opening` itself where no item opens there or
    where something other than items stands between the lead's colon and it."""
    if not _ITEM.match(text, opening):
        return opening
    colon = max(text.rfind(":", 0, opening), text.rfind("：", 0, opening))
    if colon < 0 or any(line.strip() and not _ITEM.match(line) for line in text[colon + 1 : opening].split("\n")):
        return opening
    return max(text.rfind("。", 0, colon), text.rfind("\n", 0, colon)) + 1


def _object_item_end(text: str, clause: Clause, article_start: int) -> int:
    """The end of the numbered item's line when its list's lead sentence names things, cases or
    measures (对下列事项组织开展督导：（一）…情况；): the item is an object or a condition of the lead,
    not a duty; else 0."""
    colon = max(text.rfind(":", article_start, clause.start), text.rfind("：", article_start, clause.start))
    if colon < 0 or any(line.strip() and not _ITEM.match(line) for line in text[colon + 1 : clause.start].split("\n")):
        return 0  # the item does not belong to a list opened by that colon
    sentence_start = max(article_start, text.rfind("。", article_start, colon) + 1, text.rfind("\n", 0, colon) + 1)
    if not _trigger_regex("object_list_lead").search(text, sentence_start, colon):
        return 0
    if _trigger_regex("fine_scale_lead").search(text, sentence_start, colon):
        return 0  # 有下列行为之一的，由Y按照下列规定处罚：: the 下列行为 are the items' cases, each item a penalty
    end = _item_end(text, clause)
    titled = _OBJECT_ITEM_TITLE.match(text, clause.start, end)
    return titled.end() if titled and titled.end() < end else end


# 建立以下制度：（一）X制度。Y负责…: an item of an object list that opens with the object's bare title
# (no break inside, closed by 。) and goes on with sentences of its own; the title is the lead's object,
# the sentences after it are read as any article's (their subject acts).
_OBJECT_ITEM_TITLE = re.compile(r"\s*(?:\(|（)[一二三四五六七八九十]+(?:\)|）)[^,，;；:：。\n]{2,30}。")


def _describing_agent(text: str, clause: Clause, agent: re.Match[str]) -> bool:
    """由X修建管理的水库 / 由X营造…的，其林木…: 由X V的 qualifies a thing (a relative phrase, or a
    condition piece ending in 的), so X does not act in the clause."""
    if agent.group(0) != "由":
        return False
    chain = _joined([m for m in clause.mentions if m.start >= agent.end()], text, agent.end())
    if not chain or chain[0].start != agent.end():
        return False
    if len(chain) == 1 and _described_by().match(text, chain[0].end, clause.end):
        return True  # (由X或者X授权的部门: the relative may qualify the last member only)
    stop = _CLAUSE_END.search(text, chain[-1].end, clause.end)
    return stop is not None and text[stop.start() - 1 : stop.end()] == "的,"


@cache
def _described_by() -> re.Pattern[str]:
    """由X(修建)管理的 / 由X批准的: a qualifying verb right before 的 (no object between)."""
    return re.compile(rf"[^的,。;]{{0,2}}(?:{alternation(triggers()['qualifying_verbs'])})的")


def _handed_over(text: str, start: int, at: int) -> bool:
    """将…交由X承担: X receives the task; the carried subject that hands it over is the agent, not X. So
    does …的，交由X处理, a piece opening on 交由 for X to handle (triggers.yaml handing_piece)."""
    if text[at - 1 : at] != "交":
        return False
    return text.find("将", start, at) >= 0 or _handing_piece(text, start, at)


def _handing_piece(text: str, start: int, at: int) -> bool:
    """交由X(研究)处理 opening its piece (only adverbs before 交): the piece's subject hands the matter over."""
    if not _trigger_regex("handing_piece").search(text[start : at - 1]):
        return False
    end = _CLAUSE_END.search(text, at)
    act_end = end.start() if end else len(text)
    return re.search(r"(?:研究)?(?:处理|办理)$", text[at:act_end].rstrip("。；;，, ")) is not None


@cache
def _degree_lead() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(triggers()['degree_leads'])})")


def _graded_part(text: str, clause: Clause) -> bool:
    """…；情节严重的，由Z给予处分: a ;-part opened by the offence's degree, about the same offenders; so is
    …；对直接负责的主管人员和其他直接责任人员，由Z给予处分 (the staff of the offenders before it), also as
    a paragraph of its own after the offenders' sentence and its items (X有下列情形之一的，由Y追究责任：
    （一）…。\\n对负有责任的领导人员和直接责任人员，由Z给予处分: dev bj-jiesu, gw-gdkh)."""
    if text[clause.start - 1 : clause.start] == "\n" and _STAFF_PART.match(text, clause.start):
        # not after a fine anywhere in the article (the offenders before are regulated actors)
        opening = text.rfind("\n第", 0, clause.start) + 1
        return not any(word in text[opening : clause.start] for word in triggers()["actor_penalties"])
    if text[clause.start - 1 : clause.start] not in (";", "；"):
        return False
    if _degree_lead().match(text, clause.start):
        return True
    # …的，依法追究责任；由Z给予处分: a ;-part opened by its agent has no condition of its own (not 由Z…的)
    if _AGENT_OPENING.match(text, clause.start) and not text[clause.start : clause.end].rstrip(" ,，").endswith("的"):
        return True
    if _STAFF_PART.match(text, clause.start) is None:
        return False
    # not after a fine: the offenders before are regulated actors (用水单位…，处…罚款；对…直接责任人员…)
    before = text[text.rfind("。", 0, clause.start) + 1 : clause.start]
    return not any(word in before for word in triggers()["actor_penalties"])


# 对…的X，采取…方式问责 / 对X，…问责: the sanctioned fronted by 对 at the piece's start, the sanction after
# the comma (a later degree part, _graded_part, acts on them too)
_FRONTED_SANCTIONED = re.compile(
    r"[ ]*对(?=[^,，。;；]{1,40}[,，][^。;；]{0,40}?(?:问责|处分|追究[^,，。;；]{0,8}责任))"
)
# …；对直接负责的主管人员和其他直接责任人员，由Z…: a ;-part opened by the offenders' staff (agent_staff)
_STAFF_PART = re.compile(rf"\s*对(?:{_STAFF})")


def _agent_piece(text: str, clause: Clause) -> bool:
    """The clause or one of its merged pieces is its agent and a manner only (X…的，由Y按照管理权限):
    the act follows in the next clause (对…给予处分)."""
    for start in (clause.start, *clause.pieces):
        if not (opening := _AGENT_OPENING.match(text, start, clause.end)):
            continue
        # 由其任免机关或者监察机关按照管理权限: 其 refers to the sanctioned, the agent follows it
        cursor = opening.end() + text.startswith("其", opening.end())
        chain = _joined([m for m in clause.mentions if m.start >= start], text, cursor)
        if chain and _AGENT_MANNER.fullmatch(text, chain[-1].end, clause.end):
            return True
    return False


# X及其负责人 / X及其主要负责人: the listed bodies and each body's own head role
_OWN_HEAD = re.compile(r"及其(?P<role>主要负责人|负责人)")
# 由X / 由其X / 由所在单位或者X: the agent of a clause (所在单位, 所在机关: a sanctioned body's own unit, see
# _own_unit_folds).
# 验收，应当有X参加 (the agent the 有 of _AGENT names, with no organ before it in the clause)
_ATTENDING = re.compile(r"(?<=应当|必须)有(?!关)")


def _attending_agent(clause: Clause, text: str) -> bool:
    """验收，应当有X参加: X attends an act of a party the sentence leaves unnamed, so the sentences
    after it (验收不合格的，不得投产) are that party's, not X's."""
    found = _ATTENDING.search(text, clause.start, clause.end)
    return found is not None and not any(m.start < found.start() for m in clause.mentions)


# 验收应当有X参加: after the modal, 有 names the agent the same way (the organ finder ends 有 there).
# (无)正当理由 / 说明理由 / 任何理由 hold the character 由 but name no agent (无正当理由拒不改正的，由Y责令改正:
# the agent is Y; 830 corpus files print 正当理由); only these set phrases: 管理由X负责 / 处理由X决定 end a
# verb on 理 before a real agent.
_NOT_REASON = r"(?<!正当理)(?<!无理)(?<!明理)(?<!何理)"
# 由其所在单位或者其上级主管机关: the second 其 (the sanctioned party's again) belongs to the joiner, so
# Y stays in the agent list (not 其他: 或者其他有权机关 is a set of its own).
_UNIT_JOINER = r"(?:或者|或|、|和)"
_OWN_UNIT = r"其?所在(?:单位|机关)|本单位"
_AGENT = re.compile(
    _NOT_REASON + rf"由其?(?:({_OWN_UNIT})(?:{_UNIT_JOINER}其(?!他))?{_UNIT_JOINER}?)?|(?<=应当|必须)有(?!关)"
)
_AGENT_CHAR = re.compile(_NOT_REASON + "由")


def _printed_own_unit(text: str, agent: re.Match[str], end: int) -> str | None:
    """The sanctioned party's own unit printed in the agent phrase of ``agent``: first (由其所在单位或者Y) or
    second, after an upper authority (由其上级主管机关或者所在单位)."""
    return agent.group(1) or _late_own_unit(text, agent.end(), end)


def _late_own_unit(text: str, start: int, end: int) -> str | None:
    """由其上级主管机关或者所在单位给予处分: the sanctioned person's own unit printed second, right after
    one upper authority of triggers.yaml own_unit_upper_agents (the same frame as 由其所在单位或者Y)."""
    found = _late_own_unit_pattern().match(text, start, end)
    return found.group(1) if found else None


@cache
def _late_own_unit_pattern() -> re.Pattern[str]:
    upper = alternation(triggers()["own_unit_upper_agents"])
    return re.compile(rf"(?:{upper}){_UNIT_JOINER}(所在(?:单位|机关))")


def _agent_marker(text: str, start: int, end: int) -> int:
    """Where 由 marks an agent in text[start:end] (not the 由 of 正当理由), or -1."""
    found = _AGENT_CHAR.search(text, start, end)
    return found.start() if found else -1


# …的，(必要时)由Z约谈其R / 由Z…对其R提出组织调整意见: the bodies the sentence opens with are 其 (the
# verbs and the 对 that fronts 其R in triggers.yaml)
# (由Z予以通报批评，并对其R进行约谈 / 由Z责令限期整改，约谈其R: one act of Z's may come first, its own clause;
# a bare comma goes on only to 约谈其, a 对其 after it opens an act of its own: …罚款，对其负责人处以罚款)
_THEIR_VERBS = alternation(triggers()["their_role_verbs"])
_THEIR_ROLE = re.compile(
    rf"的[,，]\s*(?:[^,，。;；由]{{0,8}})?由(?P<agent>)[^,，。;；]{{1,30}}?(?:[,，](?:并|同时|(?={_THEIR_VERBS})))?"
    rf"(?P<verb>{alternation(triggers()['their_role_verbs'] + triggers()['their_role_fronting'])})其"
)
# 对…的X(或者Y)，(由)Z(可以)约谈其R: the frame right after the bodies closing a 对 condition
# (…的X，由Z予以通报批评，并对其R进行约谈: after an act of Z's of its own clause, 对其R fronts the role too)
_CLOSING_THEIR_ROLE = re.compile(
    rf"[,，]\s*由?(?P<agent>)[^,，。;；由]{{1,30}}?"
    rf"(?:(?P<verb>{alternation(triggers()['their_role_verbs'])})"
    rf"|[,，](?:并|同时|(?={_THEIR_VERBS}))(?P<later>{_THEIR_VERBS}|{alternation(triggers()['their_role_fronting'])}))其"
)
# …；情节严重的，(报经…后)约谈其R: a later 约谈其 of a sentence, with no 由 agent of its own
# 约谈其R / 约谈该部门R: the role is referred back to a body named before (not 该级, which leaves the level open)
_REFERRED_ROLE_INTERVIEW = re.compile(r"约谈(?:其|该(?!级))")


@cache
def _reprimand_piece() -> re.Pattern[str]:
    """…，(并)予以通报批评 / …；情节较重的，(在全州范围内)通报批评: a reprimand piece that names no agent (no 由,
    no organ before the verb) and no object; it closes its piece."""
    words = alternation(triggers()["interviewed_body_reprimands"])
    return re.compile(
        r"(?:[,，]|[;；][^,，。;；由]{1,12}的[,，])(?P<act>(?:并|同时)?(?:可以)?(?:在[^,，。;；由]{1,8}范围内)?"
        rf"(?:予以|给予|进行)?(?P<word>{words}))(?=[,，。;；]|$)"
    )


_LATER_THEIR_ROLE = re.compile(
    rf"[;；][^,，。;；由]*的[,，][^,，。;；由]{{0,20}}?(?P<verb>{alternation(triggers()['their_role_verbs'])})其"
)
# 纳入/作为Y(党政)领导班子和领导干部…考核: Y is a place (县(市), 区县); no 对 or clause mark inside
_LEADING_GROUP_REVIEW = re.compile(
    r"(?:纳入|作为)(?P<place>[\u4e00-\u9fff()、]{1,10}?)(?:党政)?领导班子和领导干部[^,，。;；]{0,12}考核"
)
# 纳入Y年度工作考核(内容) / 纳入Y绩效考核: the words of the review right after the body, no 对, 的 or clause mark
_BODY_REVIEW = re.compile(r"[^,，。;；对的]{0,8}?考核")
# 对X…的，由Z约谈其R: a piece whose 对 is followed at once by the bodies 其 stands for (their_role_frame
# checks that a body follows)
_FRONTED_BODIES = re.compile(r"[ ]*对(?=[\u4e00-\u9fff])")
# 由河道所在地(设区的)X: a place qualifier between 由 and the organ
# (the organ may have taken the 地 itself: 由活动所在|地人民政府以及Y实施); 由所在X (the person's own
# 乡镇人民政府 / 街道办事处 / 行政执法机构) is the same qualifier with no noun before it: X is the agent
_PLACE_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{0,6}所在(?:地[\u4e00-\u9fff]{0,3})?")
_PLACE_WORDS = re.compile(r"[\u4e00-\u9fff]{1,8}")


@cache
def _charged_description() -> re.Pattern[str]:
    """由负责监督管理的X审查: the work X is charged with describes X, which is the agent all the same."""
    verb = lexicon_data("organs.yaml")["charged_sets"]["verb"]
    return re.compile(rf"{verb}[^,。;、的由\n]{{2,16}}的")


@cache
def _lone_place() -> re.Pattern[str]:
    """由所在地(的)Y / 由当地Y: a place word alone between 由 and the organ qualifies it (Y holds)."""
    words = sorted(lexicon_data("organs.yaml").get("place_qualifiers", ()), key=len, reverse=True)
    return re.compile(rf"(?:{alternation(words)})的?")


@cache
def _piece_place() -> re.Pattern[str]:
    """事发地的 / 项目所在地 / 当地: a place (maybe of a short noun) before the subject of a later piece."""
    words = sorted(lexicon_data("organs.yaml").get("place_qualifiers", ()), key=len, reverse=True)
    return re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{alternation(words)})的?")


# The same condition after a subject in a sanction sentence (X及其工作人员未…的, X对Y的调查不予配合的);
# 不得 is a prohibition.
_CONDITION_AFTER = re.compile(
    # X、实施许可的部门和其他有关部门及其工作人员滥用职权的: the list goes on past the last organ found
    r"(?:(?:、|和|或者|以及)(?:其他)?[^,。;应由对]{1,16}?)?"
    # X等部门，对…的行为不依法查处的: the object of the failure may follow the subject after a comma
    r"(?:及其[\u4e00-\u9fff]{0,6}?)?(?:在[^,。;]{1,12}?中|,?对[^,。;]{1,24}?|向[^,。;]{1,8}?)?"  # X向水体违法排放…的
    r"(?:有下列|违反|违法|未|不(?!得)|拒绝|拒不|玩忽|滥用|弄虚作假|擅自|谎报|瞒报|迟报|漏报|阻碍|越权|失职|渎职|徇私舞弊"
    r"|负有[^,。;]{0,8}?责任的)"  # X对事故发生负有责任的，处…罚款: the party at fault is sanctioned
)


# What may stand before a clause's subject: an item number ((一)市公安局负责…: each item its own
# holder), 并/同时, 其 (其生产经营单位), 各/其他/中西部22个, or a list it sums up (广播、电视等新闻单位);
# 各类 too (各类保安组织应当…: the holder is the kind, 保安组织; ~190 各类…应当/必须 corpus hits).
# A list opened by a verb (组织X、Y等部门; 配合/协助X、Y等部门: the carried subject assists them) holds
# the objects of that verb.
_SUBJECT_LEAD = re.compile(
    r"[ ]*(?P<item>\([一二三四五六七八九十]{1,3}\)[ ]*)?"
    r"(?:并|同时|还|另外)?(?:其(?!他|余|中|次|实))?(?:有[\u4e00-\u9fff]{1,8}?(?:任务|职责|义务)的)?"
    r"(?:各类|各|其他|其余|所有|[\u4e00-\u9fff]{0,4}\d+个)?"
    r"(?:(?!组织|会同|督促|指导|配合|协助)"
    # 区城市管理综合执法、…等部门: the level word before a long function (no body, joint or 的 in the item)
    r"(?:[区市县](?:(?!应当|对|会同|及其|部门|政府|和|的)[\u4e00-\u9fff]){8}|(?:(?!应当|对)[\u4e00-\u9fff]){1,8})"
    r"、(?:[\u4e00-\u9fff]{1,8}、)*[\u4e00-\u9fff]{1,8}等"
    # 经济技术开发区、高新技术产业开发区等功能区管理机构: zones (longer names, ending with 区) summed up by 等
    r"|(?:[\u4e00-\u9fff]{2,12}区、)*[\u4e00-\u9fff]{2,12}区等)?"
)
# 北山范围内的乡镇人民政府负责… / 湖区内的村（居）民委员会协助…: after a 的-phrase, the organs are the subject
# where a duty verb (triggers.yaml qualified_subject_verbs) follows them as a modal would
_QUALIFIED_DUTY_VERB = re.compile(alternation(triggers()["qualified_subject_verbs"]))
# 集体协商双方的协商代表在协商前应当…: a time piece (在…前/后/时) may stand there too, before the modal
_QUALIFIED_MANNER = re.compile(
    r"(?:(?:按照|依照|根据|依据)[^,，。;；:：]{0,8}?(?:职责|分工|职能|权限)+|在[^,，。;；:：]{0,8}?职责范围内|依法"
    r"|在[^,，。;；:：的]{1,8}?(?:前|后|时|期间|过程中)(?=应当|应|必须|须|可以))+"
)
# 不是X组成人员的 / 不是本级人民代表大会代表的: a membership negated before a subject qualifies it (no condition)
_NOT_MEMBER_LEAD = re.compile(r"不是[^,，。;；:：的]{1,24}的")


def _qualified_piece_lead(text: str, start: int, end: int) -> int:
    """不是…的 opening a piece: where the organ it qualifies begins (0 where none opens the piece)."""
    found = _NOT_MEMBER_LEAD.match(text, start, end)
    return found.end() if found else 0


# A 的-phrase before a clause's subject (本规定所列以外行业的经营单位): not a condition, a preposition,
# a sanction's opening, a sentence of its own (国家鼓励…的X) or a second 的.
_QUALIFIED_LEAD = re.compile(
    r"\s*(?:\([一二三四五六七八九十]{1,3}\))?+(?!对|在|为|经|因|由|向|按照|根据|依照|依据|除|与|将|把|凡|如|当|自|从(?!业)|违反|未|不|擅自|拒|有|其)"
    r"(?![^,，。;；:：的]*(?:鼓励|支持|倡导|应当|国家|本市|本省))(?:[^,，。;；:：的]{1,24}的){1,2}"
)  # two 的-pieces too (列入名录的湿地的管理机构应当…: the list entry's own managing body)
_SAVE_PIECE = re.compile(r"\s*除[^,，。;；:：的]{1,30}外,")  # 除法律、法规另有规定外，
# 和/以及 and the 的-phrase qualifying the next member of a qualified subject (A的X和B的Y应当…)
_QUALIFIED_JOINT = re.compile(
    r"(?:和|以及|及|、)(?![^,，。;；:：的]*(?:应当|鼓励|支持))[^,，。;；:：的]{1,24}的(?:其他)?"
)
# What comes right before the organ a report goes to: 向X, 向事故发生地X, 报(送/请/经)X, 上报至X, 经X批准.
# 征得X(的)同意: asking X's consent is a submission for X's approval, as 经X同意 (triggers.yaml consent_verbs)
_CONSENT = alternation(triggers()["consent_verbs"])
_REPORT_VERBS = rf"(向(?:[\u4e00-\u9fff]{{1,5}}地)?|报送|报请|提请|报经|报告|汇报|上报至|上报|报至|报|经|{_CONSENT})"

_SUBMITTED_NOUN = re.compile("[^,，;；。:：]{1,20}?(?=进行|[,，;；。:：]|$)")  # 督察报告 of 审核X报送的督察报告
_RELATIVE_NAME = re.compile("上一级|上级|下一级|下级")  # a name that is only a relative reference


def _without_prefix(name: str, prefixes: tuple[str, ...]) -> str:
    """``name`` with the longest of ``prefixes`` it opens with taken off."""
    return next((name[len(p) :] for p in sorted(prefixes, key=len, reverse=True) if name.startswith(p)), name)


_PUBLIC_AFTER = re.compile("(?:或者|或|和|及)个人")  # X单位或者个人: anyone of the public
_REPORT_CHARS = re.compile("[向报请经交征馈议]")  # one is in every report verb (交: 提交, 征: 征得, 馈: 反馈, 议: 建议)


@cache
def _feedback_to() -> re.Pattern[str]:
    """反馈交办的X / 向交办的X(…反馈): what opens the organ a 反馈 goes to. 反馈 reports only to the body
    that assigned the matter; 向被督导单位反馈意见 is an overseer's word going down, no report."""
    trig = triggers()
    words, receivers = alternation(trig["feedback"]), alternation(trig["feedback_receivers"])
    # 将处理结果反馈X: a result fed back names X right after 反馈 (_fed_back asks for the result)
    return re.compile(rf"(?:(?:{words})给?|向)(?:{receivers})$|(?:{words})给?$")


@cache
def _fed_back() -> re.Pattern[str]:
    """The masked clause returns a result to the assigning body (将结果反馈交办的□ / 向交办的□反馈结果), or
    a handling result named before 反馈 to any body (将处理结果反馈□ / 将整改情况向□反馈, ~100 corpus
    hits); 向被督导单位反馈意见 (an overseer's opinion going down) stays no report. 向…的□反馈(处理)结果:
    a body qualified by the act that sent the matter (向派单的□ / 向发出指令的□, as 交办的) gets the handling
    result printed after 反馈; bare 向□反馈处理结果 is left out: its □ is mostly a body named by its act
    (向抄告部门反馈), which the table does not resolve, and 向□反馈督导结果 is an oversight going down."""
    trig = triggers()
    words, receivers = alternation(trig["feedback"]), alternation(trig["feedback_receivers"])
    results = alternation(trig["fed_back_results"])
    handling = alternation(trig["fed_back_handling"])
    return re.compile(
        rf"(?:{words})给?(?:{receivers})□|向(?:{receivers})□+[^,，。;；]*?(?:{words})"
        rf"|(?:{results})[^,，。;；]{{0,14}}?(?:向□+[^,，。;；]{{0,8}}?)?(?:{words})给?□?"
        rf"|向[^,，。;；□]{{1,8}}的□[^,，。;；]{{0,12}}?(?:{words})(?:{handling})?(?:{results})"
    )


@cache
def _information_provided() -> re.Pattern[str]:
    """向□提供…信息/情况/资料 on the masked clause: information handed up to that body is a report
    (REPORTS_TO, as 报送); 向X提供服务/救助/支持 hands over no information and stays no report, nor does
    a ban (不得向X提供…数据) or the information as a noun (向X提供的…信息，应当真实)."""
    trig = triggers()
    verbs, nouns = alternation(trig["information_provide_verbs"]), alternation(trig["provided_information"])
    bans = alternation(trig["provide_bans"])
    return re.compile(
        rf"^(?:(?!{bans})[^,，。;；])*?向[^,，。;；□]{{0,6}}□+[^,，。;；]*?(?:{verbs})(?!的)[^,，。;；]*?(?:{nouns})"
    )


def _first_of(text: str, clause: Clause, words: list[str]) -> int | None:
    """Where the first of ``words`` starts in the clause (None: none printed)."""
    found = [at for word in words for at in [text.find(word, clause.start, clause.end)] if at >= 0]
    return min(found, default=None)


@cache
def _proposal_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What follows X in 对X提出的(…)建议, the verb right before X in 听取X(的)意见, and the proposal noun
    right after X there (only 的 between)."""
    trig = triggers()
    nouns = alternation(trig["proposals"])
    proposed = re.compile(rf"(?:{alternation(trig['proposal_verbs'])})的[^,，。;；]{{0,30}}?(?:{nouns})")
    heard = re.compile(rf"(?:{alternation(trig['heard_proposals'])})$")
    return proposed, heard, re.compile(rf"的?(?:{nouns})")


@cache
def _sent_result() -> re.Pattern[str]:
    """考核结果报X / 整改情况(应当)报X, with no 将 and no report word: the result is submitted to X (a
    modal between the result and 报 changes nothing)."""
    trig = triggers()
    modals = alternation(trig["bare_submission_modals"])
    return re.compile(rf"(?:{alternation(trig['sent_results'])})(?:{modals})?报")


@cache
def _acting_receiver() -> re.Pattern[str]:
    """报X组织实施 / 报X核发林权证 / 报X裁决 on the masked clause: a verb of X's own right after the organs
    reported to makes X act on what is submitted, a report to X as 报X批准 is (dev texts: ~20 of 21
    such clauses are annotated REPORTS_TO; 报X验收 is the one not). 通报/填报X… (triggers.yaml) and 报X的… are none."""
    trig = triggers()
    joins = "(?:、|和|或者|或|及)"
    words = alternation(trig["not_report_words"])
    return re.compile(rf"(?<!{words})报请?□+(?:{joins}□+)*(?![的等])[\u4e00-\u9fff]")


@cache
def _finding_frame() -> re.Pattern[str]:
    """…发现X…的，应当(及时)V: V an oversight or sanction verb (通报 only informs here, no object)."""
    trig = triggers()
    verbs = [w for w in (*trig["supervises"], *trig["sanction_supervises"]) if w not in trig["fronted_only"]]
    # …的，可以发出督办通知 / 下达督办单: the order issued is the act (an issue verb before an issued order)
    issued = rf"(?:(?:{alternation(trig['order_issue_verbs'])})(?=(?:{alternation(trig['issued_orders'])})))?"
    return re.compile(
        rf"的[,，](?:{_MODALS}|{alternation(trig['may'])})?(?:{alternation(trig['finding_adverbs'])})?"
        rf"{issued}(?P<verb>{alternation(verbs)})"
    )


def _found_at_fault(text: str, clause: Clause, mentions: list[Mention]) -> list[tuple[Mention, list[str]]]:
    """发现下级X未履行职责的，应当责令纠正: the organs right after 发现 (earlier in the sentence, the
    condition may span commas) are supervised, where the oversight verb that closes the condition
    has no organ after it."""
    if "的" not in text[clause.start : clause.end]:
        return []  # cheap pre-check: the frame closes its condition with 的
    frame = _finding_frame().search(text, clause.start, clause.end)
    if frame is None or any(m.start == frame.end() for m in mentions):
        return []
    sentence_start = _sentence_start(text, frame.start())
    finding = None
    for found in _finding_words().finditer(text, sentence_start, frame.start()):
        finding = found  # the last finding verb before the condition closes
    if finding is None:
        return []
    chain = _joined([m for m in mentions if finding.end() <= m.start < frame.start()], text, finding.end())
    return [(m, [frame.group("verb")]) for m in chain]


@cache
def _finding_words() -> re.Pattern[str]:
    return re.compile(alternation(triggers()["finding"]))


def _only_informed(text: str, mention: Mention, clause: Clause) -> bool:
    """向X通报…(，向Y报告): the words after X up to the next 向 inform X (通报/告知) and hold no report
    word, so X is no report target."""
    stop = text.find("向", mention.end, clause.end)
    after = text[mention.end : stop if stop >= 0 else clause.end]
    trig = triggers()
    if not after.startswith(tuple(trig["informs"])):
        return False
    return not _has(after, [w for w in trig["reports"] if w not in trig["report_lead_verbs"]])


@cache
def _bare_submission() -> re.Pattern[str]:
    """(并)报X。 on the masked clause: the clause is nothing but 报 and the organs it goes to, opened at
    most by its subject, a modal and a deadline (X应当在三十日内报Y / 在规定期限内报Y，并…). The work done
    before it (X应当汇总考核结果后报Y) or a 由-subject (结果由X(汇总后)报Y) may open it too: what X
    produced still goes to Y. That work may stand before the deadline, a comma after it (X汇总后，于次年
    一月底前报Y / X汇总后于1月底前报Y): still X's own submission."""
    trig = triggers()
    leads, modals = alternation(trig["bare_submission_leads"]), alternation(trig["bare_submission_modals"])
    opener, closer = alternation(trig["deadline_openers"]), alternation(trig["deadline_closers"])
    deadline = rf"(?:{opener})[^,，。;；□]{{1,14}}?(?:{closer})"
    joins = "(?:、|和|或者|或|及)"
    subject = rf"(?:[^,，。;；□]{{0,20}}?由)?□*(?:{joins}□+)*"
    done = r"[^,，。;；□]{1,20}?后"
    # X应当在十日内制定整改方案并报Y: the work and its submission joined by 并, as X汇总后报Y
    done_and = r"[^,，。;；□]{1,20}?并"
    return re.compile(
        rf"\s*{subject}(?:{modals})?(?:{done}[,，]?)?(?:{deadline})?(?:{done}|{done_and}|{leads})?"
        rf"报□+(?:{joins}□+)*(?:[,，。;；]|\s*$)"
    )


def _unapproved_filter(text: str, clause: Clause, reports: list[Mention]) -> list[Mention]:
    """未经X批准，Y不得…: Y needs X's approval, a REPORTS_TO Y → X, only where the lead piece is the bare
    approval and an organ Y opens the next piece. With no printed subject (未经X批准，不得… / …，任何单位
    不得…) or an offence (未经X批准擅自…的，由Z…) no one is named as asking X, so X is no report target."""
    if not clause.pieces or not _UNAPPROVED_LEAD.match(text, clause.start):
        return reports
    piece = clause.pieces[0]
    inside = [m for m in reports if m.start < piece]
    if not inside:
        return reports
    bare = _unapproved_piece().fullmatch(text[clause.start : piece].strip(" ,，"))
    subject = next((m for m in clause.mentions if m.start >= piece), None)
    opens = (
        subject is not None
        and not text[piece : subject.start].strip()
        and not text.startswith(tuple(triggers()["unapproved_anyone"]), subject.start)
    )
    return reports if bare and opens else [m for m in reports if m.start >= piece]


def _donor_consent_filter(text: str, clause: Clause, reports: list[Mention]) -> list[Mention]:
    """向X筹集…，但是必须经X同意: X gives (a donor asked for funds earlier in the sentence), its consent is
    no approval by an authority, so X is no report target."""
    if not reports:
        return reports
    lead = text[_sentence_start(text, clause.start) : clause.start]
    verbs = alternation(triggers()["donor_verbs"])
    kept = []
    for mention in reports:
        printed = text[mention.start : mention.end]
        # the plain name gates the regex (one pattern per name: too many for re's cache)
        if printed in lead and re.search(rf"向[^,，。;；]{{0,12}}?{re.escape(printed)}(?:{verbs})", lead):
            continue
        kept.append(mention)
    return kept


@cache
def _review_step() -> re.Pattern[str]:
    """经Y评议/审议 (triggers.yaml review_steps): Y reviews X's own act; 经Y考核、Z核实后 stays a procedure step."""
    return re.compile(alternation(triggers()["review_steps"]))


def _passed_through_filter(text: str, clause: Clause, reports: list[Mention], trig: dict[str, Any]) -> list[Mention]:
    """X批准…，应当经Y评议 / X决定…前，经Y论证: 经 reaches Y as a report target only where a report or approval
    word follows Y in the clause (经Y同意, 经Y批准); the approval printed before it is X's own act, and Y's
    评议/论证 is no report (kf-gucheng header: 经…评议/论证 give no edge)."""
    if not reports:
        return reports
    words = [*trig["reports"], *trig["approvals"]]
    kept = []
    for mention in reports:
        before = text[max(clause.start, mention.start - 2) : mention.start]
        passed = before.endswith("经") and not before.endswith(("报经", "已经"))
        if passed and not _has(text[mention.end : clause.end], words) and _review_step().match(text, mention.end):
            continue
        kept.append(mention)
    return kept


@cache
def _deliberation() -> re.Pattern[str]:
    """经X(或者Y)讨论/表决 (triggers.yaml assembly_deliberations): the span of the deliberating bodies."""
    words = alternation(triggers()["assembly_deliberations"])
    return re.compile(rf"经([^,，;；。]{{1,40}}?)(?:{words})")


def _deliberated_filter(text: str, clause: Clause, reports: list[Mention]) -> list[Mention]:
    """经X或者Y表决通过后，报Z批准: X and Y deliberate and adopt the matter (a meeting's vote), Z approves it;
    the deliberating bodies are no report targets, even with a 报 later in the clause."""
    spans = [m.span(1) for m in _deliberation().finditer(text, clause.start, clause.end)]
    if not spans or not reports:
        return reports
    return [m for m in reports if not any(start <= m.start and m.end <= end for start, end in spans)]


_UNAPPROVED_LEAD = re.compile(r"\s*未经")
# 与(各/所辖/所属)Y签订: the word before the pledging party (与 itself, or a word picking the parties)
_PLEDGE_PARTY_LEAD = re.compile("与(?:各|所辖|所属)?$")
# A与B签订 closing its clause with no object: the pledge named earlier in the article (…责任书实行逐级签订。
# 市人民政府与县人民政府签订，县人民政府与乡镇人民政府签订…)
_BARE_SIGNING = re.compile(r"与[^,，;；。]{1,40}?(?:签订|签署)[,，;；。]?\s*$")


def _bare_pledge(text: str, article: ArticleSpan, clause: Clause, pledges: list[str]) -> bool:
    """A与B签订 with no object, in an article that names the 责任书 signed before this clause."""
    return bool(_BARE_SIGNING.search(text, clause.start, clause.end)) and _has(
        text[article.start : clause.start], pledges
    )


_PIECE_MARK = re.compile("[,，;；。]")


def _negated_case_filter(text: str, clause: Clause, reports: list[Mention]) -> list[Mention]:
    """…未经X批准的 / 未按照规定向X备案的，由Z…: a case naming a report not made (an offence) reports
    nothing, so X is no report target. 未经X同意的，Y不得… (a ban after the case) still makes Y ask X."""
    kept = []
    for m in reports:
        opening = max([clause.start] + [p.end() for p in _PIECE_MARK.finditer(text, clause.start, m.start)])
        closing = _PIECE_MARK.search(text, m.end, clause.end)
        case = closing is not None and text[m.end : closing.start()].rstrip().endswith("的")
        if case and closing is not None:
            after = _PIECE_MARK.search(text, closing.end(), clause.end)
            case = not _has(text[closing.end() : after.start() if after else clause.end], triggers()["case_bans"])
        if not (case and _trigger_regex("unreported_case").search(text, opening, m.start)):
            kept.append(m)
    return kept


def _assist_request_filter(text: str, clause: Clause, reports: list[Mention]) -> list[Mention]:
    """提请Y(予以)协助/配合: X asks for Y's help, it submits nothing to Y, so Y is no report target
    (报请Y批准, or 报请Y通知Z协助 with a verb of Y's own before the help, stays a report)."""
    if not reports:
        return reports
    spans = _assist_request_spans(text, clause)
    return [m for m in reports if not _within(m.start, spans)]


def _assist_request_spans(text: str, clause: Clause) -> list[tuple[int, int]]:
    """Where the clause asks for help (提请Y予以协助), as text offsets: none in most clauses."""
    if not any(word in text[clause.start : clause.end] for word in triggers()["assist_requests"]):
        return []  # cheap pre-check: most clauses ask no one
    masked = _blanked(text[clause.start : clause.end], clause, "□")
    return [(clause.start + r.start(), clause.start + r.end()) for r in _assist_request().finditer(masked)]


def _within(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


@cache
def _assist_request() -> re.Pattern[str]:
    """提请 + organs (blanked as □) and their joiners + 协助/配合, on a masked clause."""
    trig = triggers()
    fillers = alternation(trig["assist_request_fillers"])
    verbs = alternation(trig["bare_assists"])
    return re.compile(rf"(?:{alternation(trig['assist_requests'])})(?:□|{fillers})+?(?:{verbs})")


@cache
def _unapproved_piece() -> re.Pattern[str]:
    """The bare lead 未经X批准(的): the approval word closes it (any verb after it makes it an offence)."""
    words = alternation([*triggers()["approvals"], "批准"])
    return re.compile(rf"\s*未经[^,。;]{{1,40}}?(?:{words})的?")


@cache
def _report_to() -> re.Pattern[str]:
    """报有管辖权的X / 报请共同的上一级X / 向作出决定的X / 报送工程所在地的X: a qualifier may stand between
    the verb and the organ."""
    qualifiers = alternation(triggers()["report_target_qualifiers"])
    leads = alternation(triggers()["report_lead_verbs"])
    # 向作出决定的X: a short act clause naming the addressee (no punctuation, no second 向 inside it)
    acts = rf"(?:{alternation(triggers()['report_target_acts'])})[^，。；：、向\n]{{1,8}}的"
    # 报送工程所在地的X: the place of a short noun (no punctuation, no second 向/报 inside it)
    places = rf"[^，。；：、向报\n]{{1,6}}(?:{alternation(triggers()['report_target_places'])})"
    return re.compile(rf"(?:{_REPORT_VERBS}|{leads})(?:{qualifiers}|{acts}|{places})?$")


@cache
def _informed_to() -> re.Pattern[str]:
    """通报X / 将情况通报有关的X: the 报 before X ends 通报, which only informs X (通报 is no report word,
    gold README rule 7), so X is no report target."""
    trig = triggers()
    qualifiers = alternation(trig["report_target_qualifiers"])
    return re.compile(rf"(?:{alternation(trig['informs'])})(?:{qualifiers})?$")


_TYPE_WORDS = (("SUPERVISES", "supervises"), ("GUIDES", "guides"), ("ASSISTS", "assists"))


def _oversight(
    text: str, clause: Clause, masked: str, targets: list[Mention], trig: dict[str, Any]
) -> list[tuple[str, Mention, list[str]]]:
    """Which organs each oversight verb acts on: its direct object (督促指导县级, 指导乡、村), the organs
    of a 对/加强 phrase before it (对X的管理考核), or those of 制定X…的指导意见; a verb joined by 并
    shares the organs of the verb before it (…的指导意见并监督实施)."""
    finder, type_of, gaps = _oversight_patterns()
    occurrences = [(m.start(), m.end(), m.group(0), type_of[m.group(0)]) for m in finder.finditer(masked)]
    result: list[tuple[str, Mention, list[str]]] = []
    previous: list[Mention] = []
    for start, end, word, rel_type in occurrences:
        absolute_start, absolute_end = clause.start + start, clause.start + end
        if masked.startswith(tuple(trig["praise"]), end):
            continue  # 对…的X予以通报表扬: a reward, no oversight edge
        if _trigger_regex("supported_oversight").match(masked, end):
            continue  # 对X实施的督导应当积极配合: the oversight the subject supports, no edge from it
        if masked.rfind("《", 0, start) > masked.rfind("》", 0, start):
            continue  # 依照《治安管理处罚法》: a word of a law's title, no act of the holder
        if masked.startswith(tuple(trig["verb_nouns"]), end):
            continue  # 按照管理权限: the noun of a body's powers, no oversight edge
        if masked.startswith(tuple(trig["power_nouns"]), end) and not _POWER_OBJECT.search(masked, 0, start):
            continue  # 行使Y赋予的检查权: a power wielded, Y grants it and is not overseen
        if _handled_result(masked, start, end, trig):
            continue  # 对X的督导报告，由Y报Z审定: the document the oversight produced, no act on X
        if _deferred_matter().match(masked, end):
            continue  # 对X的管理职责另有规定的: the matter of another law's rule, no oversight edge
        if _accepted_noun(masked, start, end, trig):
            continue  # 接受X的监督和Y的指导: the oversight the subject accepts, Y no object of it
        if any(a.start("words") <= start < a.end() for a in _pronoun_accepted_pattern().finditer(masked, 0, end)):
            continue  # 接受其业务指导: the oversight the subject accepts from 其, no object of its own
        if _organised_public().search(masked, 0, start):
            continue  # 组织居民对X进行评议: the public evaluates, not the organiser
        if rel_type == "ASSISTS" and _assist_pivot().search(masked, 0, start):
            continue  # X安排社区工作者协助Y: the workers put to it assist, not X
        overruled = trig.get("overruling_verbs", {}).get(word)
        if overruled and overruled not in masked[end:]:
            continue  # 撤销村民委员会: the body abolished, not overseen; 撤销X不适当的决定 overrules X
        if _trigger_regex("oversight_ban").search(masked, 0, start):
            continue  # X不得单独对Y进行考核: a forbidden act, no oversight edge
        objects = (
            []
            if word in trig["fronted_only"] and not _imposed_by_agent(masked, start, word, trig)
            else _direct_objects(text, absolute_end, targets, gaps[rel_type])
        )
        if word in trig["direct_only"]:
            pass  # 协同 as a noun (工作协同) acts on nothing before it
        elif not objects and not _found_things().match(masked, end) and not _BUILT_AFTER.match(masked, end):
            # (对X巡视、考核等发现的问题 has no fronted object: X found the problems, it is not overseen)
            # (加强X应急管理能力建设 neither: X's own capacity is built, X is not overseen)
            # (对X…考核的内容: the assessment's scope noun after 的, not a thing the verb qualifies)
            after = "" if _assessment_scope().match(masked, end) else masked[end : end + 2]
            objects = _fronted_objects(text, clause, absolute_start, targets, after, rel_type)
        if not objects and _agent_after().match(masked, end):
            objects = _possessor_objects(text, absolute_start, targets)
        if not objects and word in trig["audit_verbs"]:
            objects = _audited_objects(text, absolute_start, targets)
        if not objects and rel_type in ("SUPERVISES", "GUIDES"):
            objects = _charged_objects(text, clause, absolute_start, targets)  # 负责X的指导和管理: both
        if not objects and rel_type == "SUPERVISES":
            objects = _passive_objects(text, clause, absolute_start)
        if not objects and word in trig["assessment_modes"]:
            objects = _assessment_system_objects(text, clause, absolute_start, absolute_end)
        if not objects and masked.startswith(tuple(trig["issued_orders"]), start):
            objects = _addressed_objects(text, clause, absolute_start)
        if not objects and rel_type != "SUPERVISES":
            objects = _provided_objects(text, clause, absolute_start, targets)
        if not objects and rel_type == "GUIDES" and _MANNER_OPEN.search(masked, 0, start):
            objects = _manner_helped_objects(text, masked, clause.start, end, targets, gaps[rel_type])
        if not objects and _AND_BEFORE.search(masked[:start]) and word not in trig["direct_only"]:
            objects = previous
        previous = objects or previous
        if rel_type == "ASSISTS" and masked[:start].endswith(tuple(trig["mutual"])):
            # 与有关X相互协助: the other members of the holder's own set, no edge between organs
            objects = [m for m in objects if m.collective not in organ_lexicon().unnamed_sets]
        modes = [_full_sanction(masked, word, end, trig)] if rel_type == "SUPERVISES" else []
        result += [(rel_type, target, modes) for target in objects]
        if word in trig["supervises_and_guides"]:
            result += [("GUIDES", target, []) for target in objects]  # 督导 = 督促指导: both halves
    return result


def _full_sanction(masked: str, word: str, end: int, trig: dict[str, Any]) -> str:
    """对考核不合格的X，由Y予以通报批评: an oversight word that opens a longer sanction word printed whole
    (通报 of 通报批评) is that sanction, the mode the liability of its object reads."""
    return next(
        (w for w in trig["sanctioned_target_modes"] if w.startswith(word) and masked.startswith(w[len(word) :], end)),
        word,
    )


# 通过加强分类指导、开展培训等方式，帮助X…: guidance named inside a manner phrase reaches the organs the verb
# after the phrase helps (corpus: 2 such phrases, both read as guidance of those organs; dev sh-jwh art. 31,
# where both annotators give GUIDES)
_MANNER_OPEN = re.compile(r"通过[^,，。;；]*$")
_MANNER_CLOSE = re.compile(r"[^,，。;；]*?等(?:方式|形式|措施|途径)[,，](?:帮助|推动|支持|督促|引导|指导)")


def _manner_helped_objects(
    text: str, masked: str, offset: int, end: int, targets: list[Mention], gap: re.Pattern[str]
) -> list[Mention]:
    """The organs right after the verb that closes a 通过…等方式， manner phrase holding the guidance word."""
    close = _MANNER_CLOSE.match(masked, end)
    return _direct_objects(text, offset + close.end(), targets, gap) if close else []


def _handled_result(masked: str, start: int, end: int, trig: dict[str, Any]) -> bool:
    """对X的督导报告，由Y报Z审定 / 对X的督导结果，经…，由Y向社会公开: the result noun after the oversight word,
    handled by an agent printed after it, names a document; not X对Y的评价结果，占… (X evaluates Y)."""
    if not masked.endswith("的", 0, start) or not masked.startswith(tuple(trig["oversight_result_nouns"]), end):
        return False
    return re.search(r"[,，](?:[^,，]*[,，])?由(?!于)", masked[end:]) is not None


def _accepted_noun(masked: str, start: int, end: int, trig: dict[str, Any]) -> bool:
    """接受X的监督和Y…: an oversight noun after 的, joined by 和 to the next list 接受 governs."""
    if not (masked.endswith("的", 0, start) and masked.startswith("和", end)):
        return False
    return any(word in masked[:start] for word in trig["accepts"] if len(word) > 1)


def _among_agents(text: str, clause: Clause, target: Mention) -> bool:
    """The target is one of the agents listed after 由其所在单位或者… (the unit, then the joined list)."""
    agent = _AGENT.search(text, clause.start, clause.end)
    if agent is None or not agent.group(1) or target.start < agent.start(1):
        return False
    unit = [m for m in clause.mentions if agent.start(1) <= m.start < agent.end()][:1]
    listed = _joined([m for m in clause.mentions if m.start >= agent.end()], text, agent.end())
    return any(m.start == target.start for m in unit + listed)


def _owned_by_subject(text: str, target: Mention) -> bool:
    """对其有关部门 / 对其所属部门 / 对所属部门: a set of departments of no body, its 其 (or its 所属) right
    after the opener, is the clause holder's own (as 本级人民政府有关部门 is)."""
    return (
        target.head == "部门"
        and target.body is None
        and target.relative is None
        and not target.level
        and (
            text[max(0, target.start - 2) : target.start] in _OWNER_PRONOUNS
            # 对所属部门: 所属 names the owner as 其 does (the holder's own departments, ~20 corpus hits)
            or (text[target.start - 1 : target.start] == "对" and target.surface.startswith("所属"))
        )
    )


_OWNER_PRONOUNS = ("对其",)


# 本级有关部门 / 及其有关部门 / 本级人民政府有关部门: each level's own set, printed earlier in the article
_OWN_DEPARTMENTS_BEFORE = re.compile(r"(?:本级|同级|及其)(?:人民政府)?(?:有关|相关)部门")


def _bare_named_departments(target: Mention) -> bool:
    """有关部门/相关部门 printed bare: no body, no level, no function word, not relative."""
    bare = target.head == "部门" and target.body is None and target.relative is None and not target.level
    return bare and target.collective in ("有关", "相关") and not target.stem


def _assessed_departments(text: str, clause: Clause, target: Mention, modes: list[str]) -> bool:
    """对有关部门和区县人民政府…进行考核 / 对下一级人民政府、有关部门…考核: a bare 有关部门 inside the 对 list of
    an assessment (no clause break since 对) is the assessing government's own set, as 对其有关部门 is (dev
    bj-shidi, dy-huanghe annotate the level set; the caller checks the holders are governments)."""
    bare = target.head == "部门" and target.body is None and target.relative is None and not target.level
    named = target.collective in ("有关", "相关") and not target.stem
    assessed = any(mode in triggers()["assessment_modes"] for mode in modes)
    # (…有关部门和乡镇人民政府及其负责人: the head roles are read from the list as printed, left as they are)
    heads = _OWN_HEAD.search(text, target.end, clause.end) is not None
    listed = _OPEN_OBJECT_LIST.search(text, clause.start, target.start) is not None
    return bare and named and assessed and listed and not heads


# 对 and the list before the target, with no clause break between (对下一级人民政府、有关部门)
_OPEN_OBJECT_LIST = re.compile(r"对[^,，。;；]*$")


def _as_own_departments(target: Mention) -> Mention:
    """其有关部门 read as 本级人民政府有关部门 (the 本级 government unprinted, at the mention's start). The
    有关 of a bare 有关部门 is its collective prefix; under a body it is the stem, as printed in
    本级人民政府有关部门 (else the set is named 市人民政府部门)."""
    body = Mention(target.start, target.start, "本级人民政府", None, "government", "gov", head="人民政府")
    if target.collective in ("有关", "相关") and not target.stem:
        target = replace(target, stem=target.collective, collective=None)
    return replace(target, relative="same", body=body)


@cache
def _result_use() -> re.Pattern[str]:
    """作为Y对X…考核(评价)…的(重要)依据/参考: Y (user) and the first characters of X (object); Y ends right
    before 对, the assessment word and its scope noun close the clause piece."""
    modes = alternation(triggers()["assessment_modes"])
    scopes = alternation(triggers()["result_use_scopes"])
    return re.compile(
        rf"作为(?P<user>[^,，。;；对]{{2,40}}?)对(?P<object>[^,，。;；]{{2,60}}?(?:{modes})[^,，。;；]{{0,16}}?)"
        rf"的(?:重要|主要)?(?:{scopes})"
    )


@cache
def _result_inclusion() -> re.Pattern[str]:
    """(X工作情况)纳入Y对X…的(年度)考核(内容): the matter taken into Y's assessment of X, the assessment word
    closing the clause piece; Y (user) and the first characters of X (object), as in 作为Y对X考核的依据
    (dev gw-fxzr, gx-linzhang: both annotations of the shape with organs on both sides give Y → X)."""
    modes = alternation(sorted(triggers()["assessment_modes"], key=len, reverse=True))
    scopes = alternation(triggers()["oversight_scope_nouns"])
    return re.compile(
        rf"纳入(?P<user>[^,，。;；对]{{2,40}}?)对(?P<object>[^,，。;；]{{2,60}}?)(?P<verb>{modes})"
        rf"(?:的?(?:重要|主要)?(?:{scopes}))?(?=[,，。;；]|$)"
    )


@cache
def _opinion_of() -> re.Pattern[str]:
    """X对Z的考核评价意见 opening a clause: the author X (up to 对), Z and the assessment word."""
    modes = alternation(sorted(triggers()["assessment_modes"], key=len, reverse=True))
    return re.compile(
        rf"(?P<author>[^,，。;；对的]{{2,30}}?)对(?P<object>[^,，。;；的]{{2,40}})的(?P<verb>{modes})(?:评价)?意见"
    )


@cache
def _assessment_scope() -> re.Pattern[str]:
    """的 and a scope noun of the oversight right after its verb (纳入对X考核的(重要)内容, 作为对X考核的依据):
    the organs of the 对 phrase are still what is overseen."""
    return re.compile(rf"的(?:重要)?(?:{alternation(triggers()['oversight_scope_nouns'])})")


@cache
def _deferred_matter() -> re.Pattern[str]:
    """The rest of a 另有规定 piece after an oversight verb (管理职责分工另有规定的): a few noun characters and
    the deference word, with no clause break between them."""
    return re.compile(rf"[^,。;]{{0,12}}?(?:{alternation(triggers()['deference'])})")


def _imposed_by_agent(masked: str, start: int, word: str, trig: dict[str, Any]) -> bool:
    """由Z(依法)追究X的责任: a body named by 由 earlier in the clause imposes the sanction, so the organs
    right after the verb are its object (without 由Z they are only liable, genre rule 10)."""
    return word in trig["agent_direct"] and _AGENT_BEFORE.search(masked, 0, start) is not None


# 由 opening the clause or a piece of it (…的,由Z追究…), not 应当由Z追究…的 inside a condition
_AGENT_BEFORE = re.compile(r"(?:^|,)由(?!于)[^,。;]{2,40}$")


@cache
def _agent_after() -> re.Pattern[str]:
    """(工作)由 right after an oversight noun: its agent follows (X的考核由Y组织实施), also after a comma
    (X的任期审计，由Y负责组织: the noun phrase fronted as the topic)."""
    trig = triggers()
    return re.compile(rf"(?:{alternation(trig['agent_after_nouns'])})?[,，]?(?:{alternation(trig['agent_after'])})")


def _possessor_objects(text: str, verb_start: int, targets: list[Mention]) -> list[Mention]:
    """A的考核由…: the organs joined right before 的 (A、B和C) are what the noun oversees; a kind of
    oversight may stand between 的 and the noun (A的日常管理由…, as after 负责)."""
    verb_start -= next((len(w) for w in triggers()["charge_modifiers"] if text.endswith(w, 0, verb_start)), 0)
    if text[verb_start - 1 : verb_start] != "的":
        return []
    objects: list[Mention] = []
    cursor = verb_start - 1
    for mention in sorted((m for m in targets if m.end <= cursor), key=lambda m: m.end, reverse=True):
        gap = text[mention.end : cursor]
        # the first organ ends at 的, or names a team by its members (驻村工作队员的考核)
        if gap not in ("", _member_suffix()) if not objects else gap not in _LIST_JOINERS:
            break
        objects.insert(0, mention)
        cursor = mention.start
    return objects


@cache
def _audit_form() -> re.Pattern[str]:
    """的 (optional) and the kind of audit right before 审计 (自然资源资产离任, 任期经济责任)."""
    return re.compile(rf"的?(?:{alternation(triggers()['audit_forms'])})$")


def _audited_objects(text: str, verb_start: int, targets: list[Mention]) -> list[Mention]:
    """A、B主要负责人(的)自然资源资产离任审计: the organs joined right before the kind of audit are the
    audited (a thing there, 专项资金离任审计, names no organ and gives nothing)."""
    form = _audit_form().search(text, max(0, verb_start - 12), verb_start)
    if form is None:
        return []
    objects: list[Mention] = []
    cursor = form.start()
    for mention in sorted((m for m in targets if m.end <= form.start()), key=lambda m: (m.end, m.start), reverse=True):
        # the first ends at the kind of audit; the others are joined before it or share its role word
        shared = bool(objects) and _shares_end([mention], objects[0])
        if not shared and text[mention.end : cursor] not in (_LIST_JOINERS if objects else {""}):
            break
        objects.insert(0, mention)
        cursor = min(cursor, mention.start)
    return objects


@cache
def _charge_frame() -> re.Pattern[str]:
    """负责 then the organs (□, joined), 的, an optional modifier, up to the oversight verb; the acts
    that go with the oversight may come first (负责护林员的(业务)培训和年度考核, 负责X的选派、培训和管理)."""
    trig = triggers()
    joiners = alternation(sorted(_LIST_JOINERS, key=len, reverse=True))
    modifier = rf"(?:{alternation(trig['charge_modifiers'])})?"
    prior = alternation([*trig["passive_prior_acts"], *trig["charge_prior_acts"]])
    acts = rf"(?:{modifier}(?:{prior})[、和])*"
    places = alternation(sorted(scope_place_words(), key=len, reverse=True))  # 负责全市X的…: every X of the place
    # 负责本行政区域内X的…
    area = rf"(?:本[^□的,，。;；]{{0,4}}?(?:{alternation(trig['object_locatives'])})的?|{places})?"
    works = rf"(?:{alternation(trig['charge_object_works'])})?"  # 负责X工作的指导: X's work is X overseen
    return re.compile(
        rf"(?:{alternation(trig['charge_openers'])}){area}□+(?:(?:{joiners})□+)*{works}的{acts}{modifier}$"
    )


def _charged_objects(text: str, clause: Clause, verb_start: int, targets: list[Mention]) -> list[Mention]:
    """负责护林员的日常管理和考核: the organs between 负责 and 的 are overseen by the holder; only when
    nothing but organs and joiners stands there (负责X辖区内…的监督 names a thing, not X)."""
    inside = [m for m in targets if clause.start <= m.start and m.end <= verb_start]
    masked = list(text[clause.start : verb_start])
    for mention in inside:
        masked[mention.start - clause.start : mention.end - clause.start] = "□" * (mention.end - mention.start)
    frame = _charge_frame().search("".join(masked))
    if frame is None:
        return []
    frame_start = clause.start + frame.start()
    return [m for m in inside if m.start >= frame_start]


@cache
def _managed_piece() -> re.Pattern[str]:
    """(日常)由Z(进行)(日常)管理 / 由Z统一管理和考核: only the agents and the oversight verb (with its
    modifiers and acts), no organ before 由."""
    trig = triggers()
    joiners = alternation(sorted(_SUBJECT_JOINERS - {""}, key=len, reverse=True))
    modifier = rf"(?:{alternation(trig['charge_modifiers'])})?"
    verbs = alternation(trig["managed_staff_verbs"])
    acts = rf"(?:{modifier}(?:{alternation(trig['passive_prior_acts'])})[、和])*"  # 统一选聘和日常管理
    return re.compile(
        rf"\s*{modifier}由□+(?:(?:{joiners})□+)*(?:进行|负责)?{acts}{modifier}(?:{verbs})(?:[、和](?:{verbs}))*"
        r"[。；;，,]?\s*"
    )


@cache
def _managed_staff_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The staff of the piece before: the organs joined after a hiring verb that end it (配备X、Y), or
    those fronted before its 由 (X、Y由A会同B选聘)."""
    joiners = alternation(sorted(_LIST_JOINERS, key=len, reverse=True))
    organs = rf"(□+(?:(?:{joiners})□+)*)"
    hires = alternation(triggers()["managed_staff_hires"])
    label = r"(?:第[^□,，。]{1,8}?条)?"  # the article's label where the piece opens it
    count = r"(?:[一二两三四五六七八九十若干\d]{1,3}名)?"  # 配备一名X: the number hired
    return re.compile(rf"(?:{hires}){count}{organs}\s*$"), re.compile(rf"\s*{label}\s*{organs}由")


@cache
def _passive_frame() -> re.Pattern[str]:
    """The organs (□, joined) opening the clause, 由, the agents (joined), then only modifiers and the
    acts that go with the oversight (统一选聘、) up to its verb (由Y根据…督导工作需要任免 is no oversight)."""
    trig = triggers()
    joiners = alternation(sorted(_SUBJECT_JOINERS - {""}, key=len, reverse=True))
    words = alternation([*trig["charge_modifiers"], *trig["passive_prior_acts"], "、", "和"])
    return re.compile(rf"\s*(□+(?:(?:{joiners})□+)*)由□+(?:(?:{joiners})□+)*(?:{words})*$")


def _passive_objects(text: str, clause: Clause, verb_start: int) -> list[Mention]:
    """巡河员、保洁员由乡镇人民政府统一选聘和管理: the organs fronted before 由 are what the agent after it
    oversees (the clause's topic, not its holder)."""
    masked = _blanked(text[clause.start : verb_start], clause, "□")
    frame = _passive_frame().match(masked)
    if frame is None:
        return []
    topic_end = clause.start + frame.end(1)
    return [m for m in clause.mentions if clause.start <= m.start and m.end <= topic_end]


@cache
def _assessment_system_frames() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """建立(健全)X(工作)考核(评价)…制度 / (统一)进行X工作考核: the opener, the organs (□, joined) right after
    it, a few words of what is assessed, up to the assessment verb; 建立 wants the system it sets up
    (制度, 机制) printed right after the verb."""
    trig = triggers()
    joiners = alternation(sorted(_LIST_JOINERS, key=len, reverse=True))
    organs = rf"(□+(?:(?:{joiners})□+)*)"
    gap = r"[^,，。;；:：□由]{0,8}"
    before = re.compile(rf"(?:{alternation(trig['assessment_system_openers'])}){organs}{gap}$")
    after = re.compile(rf"[^,，。;；:：□]{{0,8}}?(?:{alternation(trig['assessment_systems'])})")
    return before, after


def _assessment_system_objects(text: str, clause: Clause, verb_start: int, verb_end: int) -> list[Mention]:
    """区人民政府统一进行街道办事处工作考核 / 建立健全街道办事处考核评价和激励制度: the organs right after
    进行 or 建立 that name whose work the assessment (or the assessment system set up) covers are
    overseen by the holder (dev bj-jiedao, tj-jdtl, sh-xczx, zj-caoejiang; a 监督管理制度 of a regulated
    trade, nb-wuran, is no assessment)."""
    before, after = _assessment_system_frames()
    masked = _blanked(text[clause.start : verb_start], clause, "□")
    frame = before.search(masked)
    if frame is None:
        return []
    opener = masked[frame.start() : frame.start(1)]
    if opener.startswith("建立") and not after.match(text, verb_end, clause.end):
        return []
    first, last = clause.start + frame.start(1), clause.start + frame.end(1)
    return [m for m in clause.mentions if first <= m.start and m.end <= last]


@cache
def _address_frame() -> re.Pattern[str]:
    """向, the organs (□, joined), then the verb that issues an order (下达) right before it."""
    joiners = alternation(sorted(_LIST_JOINERS, key=len, reverse=True))
    verbs = alternation(triggers()["order_issue_verbs"])
    return re.compile(rf"向(□+(?:(?:{joiners})□+)*)(?:{verbs})$")


def _addressed_objects(text: str, clause: Clause, verb_start: int) -> list[Mention]:
    """向下一级X或者同级Y签发督办单: the organs an order is issued to are overseen by its issuer (the clause's
    mentions: those after 向 are set aside as addressees of a report)."""
    masked = _blanked(text[clause.start : verb_start], clause, "□")
    frame = _address_frame().search(masked)
    if frame is None:
        return []
    first, last = clause.start + frame.start(1), clause.start + frame.end(1)
    return [m for m in clause.mentions if first <= m.start and m.end <= last]


@cache
def _found_things() -> re.Pattern[str]:
    """What after an oversight verb, with no organ (□) or clause break between, names the problems
    found (考核等发现的, 、年度考核中指出的): the verb qualifies those problems."""
    trig = triggers()
    leads, things = alternation(trig["found_leads"]), alternation(trig["found_things"])
    return re.compile(rf"[^,，。;；□]{{0,12}}?(?:{leads})?(?:{things})")


@cache
def _assist_pivot() -> re.Pattern[str]:
    """安排/组织…Z right before 协助: the assisting party is Z, put to the work by the subject."""
    return re.compile(rf"(?:{alternation(triggers()['assist_pivots'])})(?![、和或及与])[^,，。;；]{{1,16}}$")


@cache
def _organised_public() -> re.Pattern[str]:
    """组织…居民…对…: the public organised to evaluate, right before the oversight verb."""
    trig = triggers()
    guards = trig["organised_evaluator_guards"]
    people = "|".join(
        "".join(f"(?<!{re.escape(mark)})" for mark in guards.get(word, ())) + re.escape(word)
        for word in sorted(trig["organised_evaluators"], key=len, reverse=True)
    )
    return re.compile(rf"组织(?![、和或及与])[^,，。;；□]{{0,16}}(?:{people})[^,，。;；]{{0,16}}对[^,，。;；]*$")


def _notified_order(text: str, opening: int, clause: Clause) -> re.Match[str] | None:
    """向X下发整改通知，责令限期整改 / 书面通知X，责令限期整改 / 向X反馈，责令限期整改: the order that
    opens the clause is given to the organs the clause before notified (as 对其…检查 is to 其)."""
    found = _notified_order_patterns()[0].match(text, clause.start, clause.end)
    if found is None or not _notified_order_patterns()[1].search(text, opening, clause.start - 1):
        return None
    return found


@cache
def _notified_order_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The order opening a clause (并责令限期整改), and the notice that ends the clause before it."""
    trig = triggers()
    orders = re.compile(rf"\s*并?(?P<verb>{alternation(trig['notified_orders'])})")
    return orders, re.compile(trig["notice_frame"] + "$")


@cache
def _pronoun_accepted_pattern() -> re.Pattern[str]:
    """(并)接受其(的)(业务)指导(和监督): the oversight the subject accepts from the organ 其 points back to (其他
    is no pronoun: 接受其他单位的挂靠)."""
    trig = triggers()
    modifiers = alternation(trig["under_frame_modifiers"] + trig["accepted_modifiers"])
    verbs = alternation(trig["accepted_verbs"])
    return re.compile(rf"接受其(?P<words>的?(?:(?:{modifiers})?(?:{verbs})(?:和|、|与|及)?)+)")


@cache
def _pronoun_oversight_opening() -> re.Pattern[str]:
    """(并)(定期)对其…进行检查 at a clause's start: an oversight verb whose object is the pronoun 其."""
    verbs = alternation(triggers()["pronoun_oversight_verbs"])
    return re.compile(rf"\s*并?(?:定期|每年|适时)?对其[^,，。;；]{{0,20}}?(?P<verb>{verbs})")


@cache
def _oversight_patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, re.Pattern[str]]]:
    """The oversight verbs (longest first), the relation type of each, and, by type, what may stand
    between a verb and its object (more verbs, 、/和; for assistance also a place: 配合区域内的X)."""
    trig = triggers()
    type_of = {word: rel_type for rel_type, key in reversed(_TYPE_WORDS) for word in trig[key]}
    listed = alternation(list(type_of) + list(trig["verb_list_words"]))
    locatives = alternation(trig["object_locatives"])
    qualifiers = alternation(trig["object_qualifiers"])
    # 该 alone or with the place it points back to (约谈该地区X: X is the object, find_mentions masks the place);
    # 所在 before a levelled body (约谈所在设区的市、县人民政府X) points back to the condition's place as well
    place_words = [*trig["object_determiners"], *trig["object_place_determiners"], *trig["object_local_determiners"]]
    place_words += trig["object_own_determiners"]  # 督促所负责河湖沿线X: the holder's own charge
    # 督促指导所辖县（市、区）人民政府: 所辖 says where the object lies (find_mentions reads the body after it)
    place_words += lexicon_data("organs.yaml").get("level_scope_words", [])
    determiners = alternation([*_demonstrative_places(), *place_words])
    own_places = rf"(?:{alternation(trig['object_own_places'])})(?!域)"  # 本区街道, not 本区域
    distributives = alternation(trig["object_distributives"])
    # X或者其Y / X或者它的Y (不设区的市、市辖区人民政府或者它的派出机关): the owner's own body, one more object
    joiners = r"、|和|及|以及|或者它的|或者其(?!他)|或者|或|本级及|及其|其他"
    plain = rf"(?:{listed}|{joiners}|{determiners}|{distributives}|{own_places})*"
    # 指导本行政区域内街道办事处 / 督促指导责任区域内X: the holder's own area (or a chief's 责任区域) before the
    # object (find_mentions ends it there)
    openers = alternation(trig["object_area_openers"])
    own_area = rf"(?:(?:{openers})[\u4e00-\u9fff]{{0,4}}?(?:{locatives})的?)?"
    gaps = {rel_type: re.compile(plain + own_area) for rel_type, _ in _TYPE_WORDS}
    # 协助人民政府和有关部门: a bare government (no mention of its own) opening the list of bodies helped
    bare_government = rf"(?:(?:人民)?政府(?:{alternation(trig['helped_government_joiners'])}))?"
    gaps["ASSISTS"] = re.compile(
        rf"{bare_government}{plain}(?:[\u4e00-\u9fff]{{1,10}}?(?:{locatives})的?|[\u4e00-\u9fff]{{0,8}}?(?:{qualifiers}))?"
    )
    return re.compile(alternation(list(type_of))), type_of, gaps


def _cooperation_partners(text: str, clause: Clause) -> list[Mention]:
    """The organs listed right after a partner 与 that opens the holder's act (X应当与Y, 建立健全与Y的), when a
    cooperation word follows them in the same sentence. 指导A与B建立合作机制 is A's and B's act, not the
    holder's: the 与 must follow the subject, a modal or a cooperation-opening verb."""
    prelude, closing = _cooperation_frame()
    found: list[Mention] = []
    mentions = sorted(clause.mentions, key=lambda m: m.start)
    for index, mention in enumerate(mentions):
        partner = _placed_partner(text, clause, mention, mentions[index - 1] if index else None)
        if partner < 0:
            continue
        before = text[clause.start : partner]
        if not (prelude.search(before) or _opens_clause(text, clause, mentions[:index], partner)):
            continue
        listed = [mention]
        for following in mentions[index + 1 :]:
            if text[listed[-1].end : following.start] not in _LIST_JOINERS and not _area_owned(listed, following, text):
                break
            listed.append(following)
        last = max(m.end for m in listed)
        sentence_end = _SENTENCE_OR_ITEM_END.search(text, last)
        stop = sentence_end.start() if sentence_end else len(text)
        # another place's bodies (相邻的其他市、县人民政府…): the sentence's cooperation word (…跨行政区域执法协作
        # 机制) is theirs however far it stands; no other party is in view
        reach = stop if mention.area in partner_area_words() else last + _COOPERATION_REACH
        if closing.search(text, last, min(stop, reach)):
            found += [m for m in listed if m not in found]
    return found


def _area_owned(listed: list[Mention], following: Mention, text: str) -> bool:
    """其他市、县人民政府及其公安、水利等主管部门: another place's departments after 及其 (and the level copies of
    one function item, which share its start) are partners with their governments (organs._area_departments)."""
    if not following.area or following.area not in partner_area_words() or following.area != listed[0].area:
        return False
    gap = text[listed[-1].end : following.start]
    return following.start <= listed[-1].end or gap in (*_LIST_JOINERS, "及其")


def _placed_partner(text: str, clause: Clause, mention: Mention, previous: Mention | None) -> int:
    """Where the partner 与 before ``mention`` stands (-1: none): right before it, or before the place phrase
    that opens another place's bodies (与黄河故道湿地所在地相邻的其他市、县人民政府: organs._partner_area)."""
    if text[mention.start - 1 : mention.start] == "与":
        return mention.start - 1
    if mention.area not in partner_area_words():
        return -1
    at = text.rfind("与", max(clause.start, previous.end if previous else 0), mention.start)
    if at < 0 or any(mark in text[at : mention.start] for mark in "，,。；;：:"):
        return -1
    return at


def _opens_clause(text: str, clause: Clause, earlier: list[Mention], cursor: int) -> bool:
    """The organs right before ``cursor`` (A、B与) are the clause's opening list, its subject."""
    for mention in reversed(earlier):
        if mention.end != cursor and text[mention.end : cursor] not in _LIST_JOINERS:
            return False
        cursor = mention.start
        if not text[clause.start : cursor].strip():
            return True
    return False


_SENTENCE_OR_ITEM_END = re.compile(r"[。；;\n]")
_COOPERATION_REACH = 40  # 与Y，在A和B等领域加强合作: the word stays near; farther on it is another act's


def _sentence_end(text: str, at: int, limit: int) -> int:
    """Where the sentence holding ``at`` closes: at the next 。 (the limit at the latest)."""
    found = text.find("。", at, limit)
    return found if found >= 0 else limit


def _sentence_start(text: str, at: int, marks: str = "。；;\n") -> int:
    """Where the sentence (or item) holding ``at`` opens: right after the last 。/；/newline before it
    (``marks="。\\n"``: the whole sentence, its ;-parts included)."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


@cache
def _cooperation_frame() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand before a partner 与 (a modal, 加强/建立健全; or the subject itself, checked by the
    caller), and the cooperation words after the partner (not 合作社, a kind of body)."""
    trig = triggers()
    preludes = alternation(trig["cooperation_preludes"])
    words = alternation(trig["cooperation_words"])
    # …应当根据国家有关规定，与Y建立合作机制: a 与 opening a piece of the clause is the holder's act too
    prelude = re.compile(rf"(?:^|[,，]|{preludes})$")
    return prelude, re.compile(rf"(?:{words})(?!社)")


@cache
def _answer_close() -> re.Pattern[str]:
    """负责 (not 负责人) closing the clause after the organs of 对X: 对X负责, 对X负责并报告工作."""
    return re.compile(rf"(?:{alternation(triggers()['answers'])})(?!人)(?:并报告工作)?(?=$|[,，。;；并])")


def _answer_frames(text: str, clause: Clause) -> list[Mention]:
    """The organs X of 对X负责 / 向X负责 in the clause."""
    if "负责" not in text[clause.start : clause.end]:
        return []  # cheap pre-check
    close = _answer_close()
    openers = triggers()["answer_openers"]
    for index, mention in enumerate(clause.mentions):
        if text[mention.start - 1 : mention.start] not in openers:
            continue
        chain = _joined(clause.mentions[index:], text, mention.start)
        if close.match(text, chain[-1].end, clause.end):
            return chain
    return []


@cache
def _role_named_target() -> re.Pattern[str]:
    """A report verb right before a body named by its act (报告约谈机关 / 向提出建议的机关 / 报告交办单位 /
    报告检查部门 / 反馈移送的督察机构)."""
    trig = triggers()
    acts, heads = alternation(list(trig["role_named_targets"])), alternation(trig["role_named_heads"])
    kinds, joined = alternation(trig["role_named_kinds"]), alternation(trig["role_named_joined"])
    # 反馈移送的督察机构 / 向通报或者移送的部门: a kind word before the head, a joined act word before the act
    return re.compile(rf"(?:报告|报送|报|向|反馈)(?:{joined})?(?P<act>{acts})的?(?:{kinds})?(?:{heads})")


def _bare_level_subject(text: str, start: int, end: int) -> str | None:
    """The level of a bare level word (县（市）, 街道（镇）) standing alone as the subject at start, right before
    its modal (被约谈的县（市）应当…), else None."""
    lex = organ_lexicon()
    words = sorted(lex.bare_levels, key=len, reverse=True)
    found = re.compile(rf"({alternation(words)})(?={_MODALS})").match(text, start, end)
    return lex.level_of.get(found.group(1)) if found else None


@cache
def _interviewed_opening() -> re.Pattern[str]:
    """被约谈的 / 被约谈地区 opening a sentence: its subject is whom an earlier 约谈 acted on."""
    trig = triggers()
    verbs, places = alternation(trig["interviewed_verbs"]), alternation(trig["interviewed_places"])
    bodies = alternation(trig["interviewed_bodies"])
    handlers = alternation(list(trig["handling_units"]))
    # 被约谈、被通报的单位: the bodies of either act (the verb group holds both); 受督办单位 / 承办单位: the
    # addressees of an order (the handler word stands for the act, _opening_verb)
    return re.compile(
        rf"\s*(?:(?:被|受)(?P<verb>(?:{verbs})(?:、被(?:{verbs}))*)|(?P<handler>{handlers}))的?"
        rf"(?P<place>{places})?(?P<body>{bodies})?"
    )


def _opening_verb(opening: re.Match[str]) -> str:
    """The act an _interviewed_opening names: its verb, or the act a handler word answers (承办 → 督办)."""
    return opening.group("verb") or triggers()["handling_units"][opening.group("handler")]


_HEARING_COUNT = "[一两三四五六七八九十几多]次"  # 听取两次X汇报: a count between the verb and its object


@cache
def _reversed_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The verb right before the organs (听取/接受), what follows 听取X (…汇报: the matter may take up to 14
    characters, 听取X上年度绩效管理工作情况的报告, but no 向Y, 意见 or 建议 of X's stands between), and the
    verbs that follow 接受X (的监督, 的指导和监督)."""
    trig = triggers()
    # 听取各成员单位…汇报: 各 outside the member set's mention may follow the verb; so may a count (每年至少
    # 听取两次X…汇报: how often the subject hears X)
    # 接受所在区县党委和政府的监督: 所在 points to the body of the place the subject lies in (as after an
    # oversight verb, object_place_determiners), the organ after it is the supervisor (dev cq-aqsc, als-fanghuo)
    verbs = re.compile(
        rf"(?P<verb>{alternation(trig['hears'] + trig['accepts'])})(?:{_HEARING_COUNT})?"
        rf"(?:{alternation(trig['object_distributives'])})?(?:{alternation(trig['object_place_determiners'])})?$"
    )
    reports = alternation(trig["heard"])
    heard = re.compile(
        rf"的?(?:(?!向|意见|建议)[\u4e00-\u9fff]){{0,14}}?(?:{reports})"
        rf"|关于[^,，。;；]{{1,40}}?的[\u4e00-\u9fff]{{0,4}}?(?:{reports})"
    )
    # 接受X的业务指导和监督 / 接受X民主监督; 接受X对Y工作的监督: what X oversees may come between
    modifiers = alternation(trig["under_frame_modifiers"] + trig["accepted_modifiers"])
    # 接受X的统筹协调、指挥调度和考核: coordination nouns may come before the oversight verbs
    # 接受X的领导和监督: the lead noun may open the list too (领导 itself gives no edge, the oversight after it does)
    coordination = alternation(trig["accepted_coordination"] + trig["accepted_leads"])
    # 接受X依法实施的监督 / 接受X依法进行的检查: the act X performs, named before the oversight noun
    acts = alternation(trig["accepted_acts"])
    accepted = re.compile(
        rf"(?:对[^,，。;；]{{1,24}}?)?(?:依法)?(?:(?:{acts})(?=的))?的?(?:(?:{coordination})(?:和|、|与|及))*"
        rf"(?:(?:{modifiers})?(?:{alternation(trig['accepted_verbs'])})(?:和|、|与|及)?)+"
    )
    return verbs, heard, accepted


def _reversed_frames(text: str, clause: Clause) -> list[tuple[str, Mention, list[str], int]]:
    """听取A、B(的工作)汇报 → (REPORTS_TO, A, [], where 听取 starts), …; 接受A(的)监督检查 →
    (SUPERVISES, A, [监督检查], where 接受 starts)."""
    if not any(word in text[clause.start : clause.end] for word in ("听取", "审议", "受")):
        return []  # cheap pre-check: most clauses hold none of the verbs (受 also covers 接受)
    verbs, heard, accepted = _reversed_patterns()
    trig = triggers()
    distributive = max(map(len, trig["object_distributives"]))
    reach = max(len(word) for word in trig["hears"] + trig["accepts"]) + distributive + len("两次")
    found: list[tuple[str, Mention, list[str], int]] = []
    carried: tuple[int, int] | None = None  # (where the next list must open, where 接受 starts)
    for index, mention in enumerate(clause.mentions):
        opening = _shared_level_start(mention, text)
        verb = verbs.search(text, max(clause.start, opening - reach), opening)
        if verb is None and (carried is None or carried[0] != mention.start):
            continue
        verb_at = verb.start() if verb is not None else carried[1] if carried is not None else mention.start
        chain = _joined(clause.mentions[index:], text, mention.start)
        after = chain[-1].end
        if verb is not None and verb.group("verb") in trig["hears"]:
            if heard.match(text, after, clause.end):
                found += [("REPORTS_TO", other, [], verb_at) for other in chain]
            continue
        link = _accepted_link().match(text, after, clause.end)
        carried = (link.end(), verb_at) if link else None
        words = accepted.match(text, after, clause.end)
        if words is None:
            continue
        printed = [w for w in trig["accepted_verbs"] if w in words.group(0)]
        oversight = _found(words.group(0), [w for w in printed if w not in trig["guides"]])
        for other in chain:
            if oversight:
                found.append(("SUPERVISES", other, oversight, verb_at))
            if any(w in trig["guides"] for w in printed):
                found.append(("GUIDES", other, [], verb_at))
    return found


def _shared_level_start(mention: Mention, text: str) -> int:
    """接受国务院财政、审计等部门的监督: the first item of a list sharing its level word opens after that
    word (财政), which its name holds (国务院财政部门); the list, and what governs it, opens before it."""
    word = mention.level_word
    if word and not mention.surface.startswith(word) and text.endswith(word, 0, mention.start):
        return mention.start - len(word)
    return mention.start


@cache
def _accepted_link() -> re.Pattern[str]:
    """接受X的领导和Y的监督: the nouns after X's list and the 和 that opens the next list 接受 governs."""
    trig = triggers()
    nouns = alternation(trig["accepted_verbs"] + trig["accepted_leads"])
    modifiers = alternation(trig["under_frame_modifiers"] + trig["accepted_modifiers"])
    return re.compile(rf"的?(?:(?:{modifiers})?(?:{nouns})(?:、|与|及)?)+和")


@cache
def _under_frame() -> re.Pattern[str]:
    """在X(的)(统一)指导(和监督)下: the organs X name who acts on the clause's subject."""
    trig = triggers()
    verbs = alternation(trig["under_frame_verbs"])
    modifiers = alternation(trig["under_frame_modifiers"])
    return re.compile(rf"在[^,。;在]{{1,40}}?的?(?P<verbs>(?:(?:{modifiers})?(?:{verbs})(?:和|、|与|及)?)+)下")


def _under_frames(text: str, clause: Clause) -> list[tuple[str, Mention, list[str]]]:
    """在X的指导下，Y…: X guides Y (在X监督下: supervises; 在X协助下: assists). The organs are the chain
    that ends right before the verbs; 领导 and the other non-triggers give no edge."""
    _, type_of, _ = _oversight_patterns()
    found: list[tuple[str, Mention, list[str]]] = []
    for frame in _under_frame().finditer(text, clause.start, clause.end):
        body_end = _frame_bodies_end(text, frame)
        body_end -= _unread_own_unit(text, frame.start(), body_end)
        # (在所在地人民政府的指导下: the frame's 在 may be matched inside the organ's own place word)
        inside = [
            m
            for m in clause.mentions
            if (frame.start() < m.start or (frame.start() < m.end and "在" in m.place)) and m.end <= body_end
        ]
        if not inside or inside[-1].end != body_end:
            continue
        chain = [inside[-1]]
        for mention in reversed(inside[:-1]):
            gap = text[mention.end : chain[0].start]
            if gap not in _SUBJECT_JOINERS and gap not in _OWNED_ALTERNATIVES:  # 在X或者它的Y的指导下: both
                break
            chain.insert(0, mention)
        for word in _frame_words(frame):
            rel_type = type_of[word]
            found += [(rel_type, agent, [word] if rel_type == "SUPERVISES" else []) for agent in chain]
    return found


def _joined_chain(text: str, mentions: list[Mention], backward: bool = False) -> list[Mention]:
    """The organs of ``mentions`` that form one list (joined by 、/和/或者 or 或者它的), from the first on, or
    from the last back (``backward``)."""
    chain: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start, reverse=backward):
        if chain:
            gap = text[mention.end : chain[0].start] if backward else text[chain[-1].end : mention.start]
            if gap not in _SUBJECT_JOINERS and gap not in _OWNED_ALTERNATIVES:
                break
        chain.insert(0, mention) if backward else chain.append(mention)
    return chain


def _frame_bodies_end(text: str, frame: re.Match[str]) -> int:
    """Where the bodies of 在X(的)指导下 end: before the verbs and the 的 that may open them."""
    verbs = frame.start("verbs")
    return verbs - 1 if text[verbs - 1] == "的" else verbs


def _frame_words(frame: re.Match[str]) -> list[str]:
    """The trigger words of an under-frame's verbs (指导和监督), in the order printed."""
    _, type_of, _ = _oversight_patterns()
    words = [w for w in type_of if w in frame.group("verbs")]
    return sorted(set(words), key=frame.group("verbs").find)


def _unread_own_unit(text: str, start: int, end: int) -> int:
    """在X和本单位的指导下: the length of a joined own-unit word closing the frame's bodies (triggers.yaml
    under_frame_own_units), which the organ finder reads as no body; the bodies before it still guide."""
    tail = re.compile(rf"(?:和|及|以及|、)(?:{alternation(triggers()['under_frame_own_units'])})$")
    found = tail.search(text, start, end)
    return found.end() - found.start() if found else 0


def _direct_objects(text: str, verb_end: int, targets: list[Mention], gap_pattern: re.Pattern[str]) -> list[Mention]:
    """督促指导县级 / 指导乡、村: organs right after the verb (other verbs and 、/和 may come between)."""
    objects: list[Mention] = []
    cursor = verb_end
    for mention in sorted(targets, key=lambda m: m.start):
        if mention.start < cursor and not _shares_end(objects, mention) and not _same_word(objects, mention):
            continue
        gap = text[cursor : mention.start] if mention.start >= cursor else ""
        if gap and not gap_pattern.fullmatch(gap):
            break
        if not objects and gap.endswith("、"):
            break  # 经X评议、Y核实后: a list comma right after the verb closes X's act, Y opens the next
        if mention.level is None and not mention.collective and _after_demonstrative_place(gap):
            # 约谈该地区人民政府主要负责人: a body of no level after the place names no node; one the document's
            # spanning pair scopes (该地方党委和政府主要负责人: that pair's collective role) is that node
            break
        objects.append(mention)
        cursor = mention.end
    return objects


def _after_demonstrative_place(gap: str) -> bool:
    return gap.endswith(_demonstrative_places())


@cache
def _demonstrative_places() -> tuple[str, ...]:
    """该地区, 该地方: a determiner with the place word it points back with (triggers.yaml)."""
    trig = triggers()
    return tuple(d + p for d in trig["object_determiners"] for p in trig["object_determiner_places"])


def _same_word(objects: list[Mention], mention: Mention) -> bool:
    """协助人民政府或者它的派出机关: the governments a bare word points back to stand at that one word
    (``_pair_governments``), each an object as the first is."""
    return bool(objects) and (mention.start, mention.end) == (objects[-1].start, objects[-1].end)


def _shares_end(objects: list[Mention], mention: Mention) -> bool:
    """约谈A、B(的)主要负责人: A's role spans to the shared role word, so B's role (inside that span) is
    the next object, not a piece of the one before."""
    return bool(objects) and mention.cls == "role" and objects[-1].cls == "role" and mention.end == objects[-1].end


def _fronted_objects(
    text: str, clause: Clause, verb_start: int, targets: list[Mention], after: str, rel_type: str
) -> list[Mention]:
    """对X…进行检查 / 加强X工作管理 / 制定X…的指导意见: organs between the opener and the verb."""
    if after.startswith("的"):
        return []  # 对X未予查处的违法行为: the verb qualifies a thing
    openers = _OPENERS_PLAN if after.startswith("意见") else _OPENERS if rel_type == "ASSISTS" else _OPENERS_OVERSIGHT
    before = text[clause.start : verb_start]
    # the nearest opener that has organs after it: 对X…应加强监督管理 (加强 opens nothing here)
    for found in reversed(list(openers.finditer(before))):
        opener_end = clause.start + found.end()
        if _work_of_another(text, clause, found, opener_end) or _partner_opened(text, opener_end, rel_type):
            continue
        objects = [
            m
            for m in targets
            if opener_end <= m.start
            and m.end <= verb_start
            and not _agent_marked(text, opener_end, m.start)
            and not _relative_agent().match(text, m.end)
            and not _referred(text, opener_end, m.start)
            and not (rel_type != "ASSISTS" and _assisted(text, opener_end, m.start))
            and not _opener_spent(text, opener_end, m.start)
            and not _participating(text, m.end, verb_start)
            and not (rel_type == "ASSISTS" and _helping_act(text, opener_end, m, verb_start))
            and not _qualifying_owner(text, m, targets)
        ]
        if objects:
            return objects
    return []


def _qualifying_owner(text: str, mention: Mention, targets: list[Mention]) -> bool:
    """对居民委员会有关的下属委员会进行业务指导: a body joined to the next one by 有关的 only says whose part that
    one is; the part is the object (dev fl-jwh, hn-jwh: the departments guide the sub-committees only)."""
    for link in triggers()["owner_links"]:
        if text.startswith(link, mention.end) and any(m.start == mention.end + len(link) for m in targets):
            return True
    return False


def _helping_act(text: str, opener_end: int, mention: Mention, verb_start: int) -> bool:
    """对X协助政府开展工作应当提供必要的条件: X right before the assistance verb, after 对, is the helper of the
    act the holder supports, no party the holder helps (``_helpers_of_holders``)."""
    return mention.end == verb_start and text.startswith("对", opener_end - 1)


@cache
def _assist_verb() -> re.Pattern[str]:
    return re.compile(alternation(triggers()["assists"]))


def _participating(text: str, at: int, verb_start: int) -> bool:
    """对X参与督导活动应当给予补助 / 对X协助政府开展公共服务、公共管理等工作，应当提供…: X (or the list it
    heads) takes part in the activity the oversight word names, so X is no object of that word; the act
    on X comes later (给予/提供), after a light verb, and no 的 closes the activity first (对X协助Y开展工作的
    情况进行监督 stays X's oversight)."""
    rest = text[at:verb_start]
    found = _participation().match(rest)
    return found is not None and "的" not in rest[found.end() :] and not _fronted_object_verbs().search(rest)


@cache
def _participation() -> re.Pattern[str]:
    """The organ list's joined members (、A / 和A), then a participation verb right after them."""
    verbs = alternation(triggers()["participation_verbs"])
    return re.compile(rf"(?:(?:、|和|及|以及|或者)[^,，;；。、的]{{1,20}}?)?(?:{verbs})")


def _opener_spent(text: str, opener_end: int, at: int) -> bool:
    """X对Y进行考核时，Z的评价意见…: the opener's phrase closed on its own oversight verb before a comma, so
    an organ in the piece after that comma (Z, the author of the opinion) is no object of the opener."""
    comma = text.rfind("，", opener_end, at)
    if comma < 0:
        comma = text.rfind(",", opener_end, at)
    return comma >= 0 and _oversight_patterns()[0].search(text, opener_end, comma) is not None


def _assisted(text: str, opener_end: int, at: int) -> bool:
    """对本系统…开展督导，并协助X开展综合督导: X, right after an assistance word, is the party the holder
    assists (it performs the 督导 itself), no object of the opener's oversight verb."""
    return text.endswith(tuple(triggers()["assists"]), opener_end, at)


def _referred(text: str, opener_end: int, at: int) -> bool:
    """对涉及X的问题进行通报: X only names what the matter concerns (a referring verb between the opener and
    X), so X is no object of the verb."""
    return any(word in text[opener_end:at] for word in triggers()["referring_verbs"])


def _partner_opened(text: str, opener_end: int, rel_type: str) -> bool:
    """加强与X在…管理方面的协作 / 做好与X有关的指导: organs after an opener's 与 are the holder's partners
    or a reference, not what it oversees."""
    return rel_type != "ASSISTS" and text.startswith("与", opener_end)


def _work_of_another(text: str, clause: Clause, opener: re.Match[str], opener_end: int) -> bool:
    """指导Y做好X选聘管理工作 / 协助Y做好X监督管理工作: the work after 做好 is Y's (the organ right
    before 做好), so its oversight of X is no act of the clause's holder."""
    if opener.group() not in triggers()["work_openers"]:
        return False
    opener_start = opener_end - len(opener.group())
    if not any(m.end == opener_start for m in clause.mentions):
        return False
    return bool(_work_handing().search(text, clause.start, opener_start))


@cache
def _work_handing() -> re.Pattern[str]:
    """A handing verb, then nothing but the organs it hands the work to, up to the opener."""
    return re.compile(rf"(?:{alternation(triggers()['work_handing_verbs'])})[^,;。会同与做]{{1,40}}$")


@cache
def _provide_frame() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """为X提供…: the opener alone, and the opener, the organs, then the providing verb up to the clause
    end (the verb's noun list follows it)."""
    trig = triggers()
    opener = alternation(trig["provide_openers"])
    frame = re.compile(rf"(?:{opener})(.+?)(?:{alternation(trig['provide_verbs'])})[^,，;；。]*$")
    return re.compile(opener), frame


def _provided_objects(text: str, clause: Clause, verb_start: int, targets: list[Mention]) -> list[Mention]:
    """为X提供经费保障、技术指导: X receives the guidance (or help). Only where the span between the opener
    and 提供 is nothing but organs and joining words, so 为X的建设提供指导 (a thing) gives no edge."""
    before = text[clause.start : verb_start]
    opener, frame_pattern = _provide_frame()
    frames = (frame_pattern.match(before, found.start()) for found in opener.finditer(before))
    for frame in (f for f in frames if f):
        span_start, span_end = clause.start + frame.start(1), clause.start + frame.end(1)
        objects = sorted((m for m in targets if span_start <= m.start and m.end <= span_end), key=lambda m: m.start)
        if objects and _only_joined(text, objects, span_start, span_end):
            return objects
    return []


def _only_joined(text: str, mentions: list[Mention], start: int, end: int) -> bool:
    """The span [start, end) is the mentions and the words joining them (、/和/及) and nothing else."""
    cursor = start
    for mention in mentions:
        if not _JOINING.fullmatch(text[cursor : mention.start]):
            return False
        cursor = mention.end
    return bool(_JOINING.fullmatch(text[cursor:end]))


def _deputed(text: str, clause: Clause, target: Mention) -> bool:
    """建议/提请/委托Y对X…: an organ asked to act stands before the 对 that opens X (the holder only
    asks); the organs right after 责成 are its own objects (责成A、B整改)."""
    pattern = _deputing()
    return any(
        m.end <= target.start
        and pattern.search(text, max(clause.start, m.start - 2), m.start)
        and "对" in text[m.end : target.start]
        for m in clause.mentions
    )


@cache
def _deputing() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(triggers()['deputing'])})$")


def _requested_imposers(text: str, clause: Clause, words: list[str]) -> list[Mention]:
    """报请/提请Y(、Z)予以通报批评: the organs asked to impose a measure (joined after the request verb, 本级
    allowed before them), where one of ``words`` follows them in the clause; [] where none, or where the
    organs only consent to the asker's own act (报请Y同意后予以…)."""
    before, consent = _requested_frame()
    chain = sorted(clause.mentions, key=lambda m: m.start)
    for index, mention in enumerate(chain):
        if not before.search(text, max(clause.start, mention.start - 5), mention.start):
            continue
        asked = _joined(chain[index:], text, mention.start)
        if not asked or consent.match(text, asked[-1].end, clause.end):
            return []
        rest = text[asked[-1].end : clause.end]
        return asked if any(word in rest for word in words) else []
    return []


def _sanction_edge_words() -> list[str]:
    """The words of a sanction a named body imposes on another (由Y责令改正, 由Y予以处理)."""
    trig = triggers()
    words = [*trig["sanction_supervises"], *trig["sanction_orders"], *trig["conditional_sanctions"]]
    return [*words, *trig["offence_sanctions"]]


@cache
def _requested_frame() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The request verb right before the organs asked, and the consent words right after them."""
    trig = triggers()
    levels = alternation(trig["requested_imposer_levels"])
    before = re.compile(rf"(?:{alternation(trig['requested_imposers'])})(?:{levels})?$")
    return before, re.compile(rf"(?:{alternation(trig['requested_consent'])})")


@cache
def _relative_agent() -> re.Pattern[str]:
    """对X指定的企业进行审计: X is the agent of a clause qualifying the object, not the object; so in
    对X(在)巡查(中)发现的问题实行清单管理, where X found the problems that are dealt with."""
    trig = triggers()
    return re.compile(
        rf"(?:{alternation(trig['qualifying_adverbs'])})?(?:{alternation(trig['qualifying_verbs'])})的"
        rf"|[^,，。;；]{{0,12}}?(?:{alternation(trig['found_things'])})"
    )


def _agent_marked(text: str, start: int, at: int) -> bool:
    """告知X予以查处 / 被X查处: X is who acts (or is told to), not the object of the verb."""
    return _AGENT_MARKER.search(text, max(start, at - 3), at) is not None


def _masked(text: str, clause: Clause) -> str:
    """The clause with organ names blanked, so 定点帮扶单位 triggers no 帮扶."""
    return _blanked(text[clause.start : clause.end], clause, "□")


def _blanked(clause_text: str, clause: Clause, blank: str) -> str:
    """``clause_text`` with each mention's characters replaced by ``blank``."""
    chars = list(clause_text)
    for mention in clause.mentions:
        first = max(0, mention.start - clause.start)
        last = min(mention.end - clause.start, len(chars))
        chars[first:last] = blank * max(0, last - first)  # a slice: one step per mention, not per char
    return "".join(chars)


@cache
def _relation_verbs() -> re.Pattern[str]:
    """The relation trigger verbs a name's stem may have swallowed (监督本级人民政府有关部门)."""
    trig = triggers()
    words = [*trig["supervises"], *trig["guides"], *trig["assists"], *trig["sanction_supervises"], "责令"]
    return re.compile(alternation(words))


def _one_kind_of_body(subject: list[Key]) -> bool:
    """不设区的市、市辖区人民政府或者它的派出机关: the governments of a list of levels (one kind of body, no
    collective), each of which the possessive names (dev hn-jwh, fl-jwh: the 派出机关 ⊂ each government)."""
    return all(key[0] == "gov" and len(key) == 2 for key in subject)


def _without_list_possessive(printed: str) -> str:
    """县的人民政府 of 市、县的人民政府有关部门 without the 的 the list prints before its body."""
    return re.sub("的(?=人民)", "", printed, count=1)


def _split_verb_mentions(found: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """A mention whose stem holds a relation verb next to a complete, anchored organ name
    (监督|本级人民政府有关部门, 责成|有关部门, 本级人民政府|责令|建设单位) is a verb between organs:
    the text is read again with that verb blanked. A side counts only where it reads as an organ
    anchored by a level, relative or collective word or a body (not 市场|监督|管理部门, 行政|监察|机关)."""
    if not _relation_verbs().search(text):
        return found  # cheap pre-check: no relation verb anywhere, none inside a mention
    blanks: list[tuple[int, int]] = []
    for mention in found:
        if not mention.stem or mention.cls == "name" or mention.fixed_name:
            continue  # a name fixed whole (县级以上人民政府管理节能工作的部门) holds its verb as printed
        for verb in _relation_verbs().finditer(text, mention.start, mention.end - len(mention.head)):
            if _office_function(verb, mention):
                continue  # 人民政府督查机构: the office's function, no verb between organs
            if _inside_zone_word(verb, mention, text):
                continue  # 鸡公山管理区管理委员会: 管理 is part of the zone's name (管理区), no verb
            anchored_after = _anchor_start().match(text, verb.end(), mention.end)
            anchored_before = _head_end().search(text, mention.start, verb.start())
            if not (anchored_after or anchored_before):
                continue  # cheap test first: no organ can end or start at the verb
            if _verb_between_organs(mention, verb.start(), verb.end(), text, doc_level):
                blanks.append((verb.start(), verb.end()))
                break
    if not blanks:
        return found
    chars = list(text)
    for a, b in blanks:
        chars[a:b] = " " * (b - a)
    return find_mentions("".join(chars), doc_level)


def _village_pair(mention: Mention) -> bool:
    """村党组织和村民委员会 (organs.yaml): a village's party organisation and committee read as one pair."""
    return mention.cls == "pg" and mention.level == "village" and "党组织" in mention.surface


def _pair_halves(pair: Mention, text: str, doc_level: str | None) -> list[Mention]:
    """The two organs of a village pair, read with its 和/、 blanked (shifted to ``text``'s offsets)."""
    blanked = _PAIR_JOINER.sub(" ", text[pair.start : pair.end])
    halves = find_mentions(blanked, doc_level)
    for half in halves:
        _shift(half, pair.start)
    return halves if len(halves) == 2 else []


_PAIR_JOINER = re.compile(r"[、和](?![^（(]*[）)])")  # outside brackets: 村（社区）党组织


def _split_village_pairs(found: list[Mention], text: str, doc_level: str | None) -> list[Mention]:
    """Where the document also prints a half alone (村民委员会…), the dev annotations read the village
    pair as its two organs, as a joint subject is: 协助村党组织和村民委员会 assists each of them."""
    result: list[Mention] = []
    for mention in found:
        halves = _pair_halves(mention, text, doc_level) if _village_pair(mention) else []
        result += halves or [mention]
    return result


@cache
def _office_function_verbs() -> frozenset[str]:
    return frozenset(lexicon_data("organs.yaml").get("office_function_verbs", []))


def _office_function(verb: re.Match[str], mention: Mention) -> bool:
    """督查 in 县级以上地方人民政府督查机构: an oversight verb right before the head names what the office
    does (督查机构, 督察机构), so the name is one organ, not 人民政府 + 督查 + 机构."""
    return verb.end() == mention.end - len(mention.head) and verb.group() in _office_function_verbs()


@cache
def _receiving_set() -> re.Pattern[str]:
    """接到举报的部门 opening a clause: a set named only by what it received."""
    return re.compile(lexicon_data("organs.yaml").get("receiving_set", "(?!)"))


@cache
def _received_set() -> re.Pattern[str]:
    """收到投诉的机关 / 受理机关 opening a clause: a set named only by what it received (organs.yaml received_set)."""
    return re.compile(lexicon_data("organs.yaml").get("received_set", "(?!)"))


@cache
def _open_addressees() -> re.Pattern[str]:
    """An addressee list closed by an open set (…或者有关部门): organs.yaml open_addressees."""
    return re.compile(lexicon_data("organs.yaml").get("open_addressees", "(?!)"))


@cache
def _summoned_set() -> re.Pattern[str]:
    """相关单位应当… opening a clause: a set of units named only as concerned (organs.yaml summoned_set)."""
    return re.compile(lexicon_data("organs.yaml").get("summoned_set", "(?!)"))


@cache
def _summoning() -> re.Pattern[str]:
    """召集 before the bodies it summons (organs.yaml summoning)."""
    return re.compile(lexicon_data("organs.yaml").get("summoning", "(?!)"))


@cache
def _addressing() -> re.Pattern[str]:
    """向X、Y或者Z举报: the bodies a clause addresses (group ``to``)."""
    return re.compile(lexicon_data("organs.yaml").get("addressing", "(?!)"))


@cache
def _unaddressed() -> re.Pattern[str]:
    """予以配合 ending a clause: assistance with no object printed."""
    return re.compile(rf"(?:{alternation(triggers()['unaddressed_assists'])})\s*$")


@cache
def _committee_work_help() -> re.Pattern[str]:
    """(应当)(依法)协助做好… right after the subject: help with a work, no body as the object."""
    trig = triggers()
    adverbs = alternation(trig["bare_assist_adverbs"])
    works = alternation(trig["committee_help_works"])
    return re.compile(rf"(?:{adverbs})*(?:{alternation(trig['bare_assists'])})(?:{works})")


@cache
def _bare_assist() -> re.Pattern[str]:
    """(应当)(依法)配合 ending a clause; the match opens where the subject ends."""
    trig = triggers()
    adverbs = alternation(trig["bare_assist_adverbs"])
    return re.compile(rf"(?:{adverbs})*(?:{alternation(trig['bare_assists'])})\s*$")


@cache
def _penalty() -> re.Pattern[str]:
    """A penalty an authority imposes (责令…, 罚款, 吊销…): the clause opens a sanction package."""
    return re.compile(alternation(triggers()["penalties"]))


@cache
def _receiver_words() -> re.Pattern[str]:
    """接到报告的 / 收到报告的 right before an organ (its end anchors the match)."""
    return re.compile(rf"(?:{alternation(triggers()['report_receivers'])})$")


def _report_receivers(found: list[Mention], text: str) -> list[Mention]:
    """…向县级人民政府卫生主管部门报告。接到报告的卫生主管部门应当…: the short name after 接到报告的 is
    the organ the article reported to, printed in full before it (the last one whose name ends with it)."""
    if not any(word in text for word in triggers()["report_receivers"]):
        return found  # cheap pre-check: most articles receive no report
    receivers = _receiver_words()
    result = list(found)
    targets: list[Mention] = []  # the organs reported to so far (向X、Y报告), in text order
    index = 0
    while index < len(result):
        mention = result[index]
        if receivers.search(text, max(0, mention.start - 6), mention.start):
            chain = _joined(result[index:], text, mention.start)
            for offset, short_mention in enumerate(chain):
                antecedent = next(
                    (
                        t
                        for t in reversed(targets)
                        if t.surface != short_mention.surface and t.surface.endswith(short_mention.surface)
                    ),
                    None,
                )
                if antecedent is not None:
                    result[index + offset] = replace(
                        antecedent,
                        body=_copied(antecedent.body),  # shifted to the document once per mention
                        start=short_mention.start,
                        end=short_mention.end,
                        surface=short_mention.surface,
                        display=antecedent.display or antecedent.surface,
                    )
            index += len(chain)
            continue
        if mention.relative is None and _report_to().search(text, max(0, mention.start - 12), mention.start):
            targets += _joined(result[index:], text, mention.start)
        index += 1
    return result


def _copied(mention: Mention | None) -> Mention | None:
    return None if mention is None else replace(mention, body=_copied(mention.body))


@cache
def _place_self_pattern() -> re.Pattern[str]:
    """本市 + (按照…)? action verb at a clause start."""
    trig = triggers()
    places = alternation(trig["place_self"])
    adverbial = rf"(?:{alternation(trig['place_adverbial'])})[^,，。;；]{{0,20}}?|{_place_frame()}"
    actions = alternation(trig["place_actions"])
    adverbs = alternation(trig["place_adverbs"])
    modals = alternation(trig["place_modals"])
    # 本市与相关省市建立健全…协作机制: a partner 与 between the place and a mechanism-building action
    # (corpus/dev 25 本市/本省与X…; not 开展: 本省与上海市开展东西部协作 states the pairing, no duty)
    partnered = rf"与[^,，。;；]{{1,30}}?(?:{modals})?(?:{alternation(trig['place_partner_actions'])})"
    return re.compile(
        # 本市按照…的原则，建立…: the adverbial may end on a comma before the action (corpus 40)
        rf"(?:^|(?<=[。;；\n,，:： ]))(?P<place>{places})(?:{partnered}|(?:(?:{adverbial})[,，]?)?"
        rf"(?:{modals})?(?:{adverbs})?(?:{actions}))"
    )


@cache
def _place_adverbial_piece() -> re.Pattern[str]:
    """本市按照…的原则 / 本市依托…平台: the place and an adverbial, with no action of its own."""
    trig = triggers()
    places, adverbial = alternation(trig["place_self"]), alternation(trig["place_adverbial"])
    return re.compile(rf"\s*(?:{places})(?:(?:{adverbial})[^,，。;；]{{1,24}}|{_place_frame()})")


def _place_frame() -> str:
    """本市在国家有关部门的指导下 / 本市在风险可控的前提下: a 在…下 frame, an adverbial as 按照… is."""
    return rf"在[^,，。;；]{{1,24}}?(?:{alternation(triggers()['place_frame_ends'])})"


def _place_adverbial_lead(clause: Clause, following: list[Clause], text: str) -> bool:
    """本市按照…的原则，整合…: the place's adverbial piece qualifies the action in the comma piece after
    it, so both are one clause (the gold keeps the adverbial with its action)."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    piece = text[clause.start : clause.end]
    if _place_adverbial_piece().fullmatch(piece) is None or _PIECE_MODAL.search(piece):
        return False
    # 本市按照…建立X，… / 本市按照…实行X: the piece acts itself (its 的-modifier's verbs, 分级负责的原则, do not)
    acts = (*triggers()["place_actions"], *triggers()["place_regime"])
    return not any(word in piece for word in acts)


@cache
def _place_regime() -> re.Pattern[str]:
    """本市(全面)实行X / 本市对X实行…: a sentence stating the regime in force."""
    trig = triggers()
    places = alternation(trig["place_self"])
    adverbs = alternation(trig["place_adverbs"])
    regime = alternation(trig["place_regime"])
    return re.compile(rf"\s*(?:{places})(?:对[^,，。;；]{{1,20}}?)?(?:{adverbs})?(?:{regime})")


@cache
def _place_self_words() -> re.Pattern[str]:
    """Any 本市/本省… word (escaped literals): one search instead of a substring test per word."""
    return re.compile("|".join(map(re.escape, triggers()["place_self"])) or "(?!)")


@cache
def _place_action() -> re.Pattern[str]:
    """A clause opening with one of the actions a place takes (推动…, 加强…)."""
    return re.compile(rf"\s*(?:{alternation(triggers()['place_actions'])})")


def _place_governments(found: list[Mention], text: str) -> list[Mention]:
    """本市建立…制度: the place opening the sentence stands for its government (the 市人民政府)."""
    if not _place_self_words().search(text):
        return found
    added: list[Mention] = []
    level_of = organ_lexicon().level_of
    for match in _place_self_pattern().finditer(text):
        word = match.group("place")[1:]
        level = level_of.get(word)
        if level is None:
            continue
        start, end = match.start("place"), match.end("place")
        display = f"{word}人民政府"
        added.append(Mention(start, end, display, level, "government", "gov", head="人民政府", display=display))
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


@cache
def _designation_tail() -> re.Pattern[str]:
    """是本行政区域的T / 为其所管辖的大坝的主管部门: the end of a designation, the name T it designates the
    bodies before it by (triggers.yaml designated_name_heads)."""
    heads = alternation(triggers()["designated_name_heads"])
    return re.compile(rf"(?:是|为)(?P<rest>[^,，。；;\n]{{0,30}}?(?:{heads}))(?=[,，。；;])")


def _designation_sentences(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, rest, end) of each designation: the sentence (or the piece after the last one) up to its
    tail. The tail is found first and the sentence start looked up behind it, so a long text without
    sentence marks is read in one pass (a lazy sentence prefix in front of the tail rescans the line
    from every position)."""
    piece_start = 0
    for tail in _designation_tail().finditer(text):
        boundary = max(text.rfind(mark, piece_start, tail.start()) for mark in "。；;\n") + 1
        yield max(piece_start, boundary), tail.start("rest"), tail.end()
        piece_start = tail.end()


def _designations(text: str, doc_level: str | None) -> dict[str, dict[str, Mention]]:
    """各省、自治区、直辖市的水利行政主管部门是该行政区域的河道主管机关 / 市、区水行政主管部门是本辖区内的河道
    主管机关: each level-bound body (no set, no relative) opening the sentence is the T of its level, so a
    later 省、自治区、直辖市的T / 市T / 区T is that body (dev gw-hedao, qd-hedao read it so; a bare T stays
    the collective of its own the annotations keep). T is the name the sentence ends on, with the thing
    before 的 when it prints a bare head (…是大坝的主管部门: 大坝主管部门)."""
    found: dict[str, dict[str, Mention]] = {}
    for start, rest_start, end in _designation_sentences(text):
        sentence = text[start:end]
        mentions = find_mentions(sentence, doc_level)
        rest = rest_start - start
        named = [m for m in mentions if m.end == len(sentence) and m.start >= rest]
        if len(named) != 1 or named[0].cls != "dept" or named[0].level or named[0].collective or named[0].relative:
            continue
        term = named[0]
        name = _designated_key(term)
        if not term.stem:
            qualifier = re.search(r"([^的,，。；;\s]{1,6})的$", sentence[rest : term.start])
            name = (qualifier.group(1) if qualifier else "") + name
        for mention in mentions:
            if mention.end > rest or mention.cls != "dept" or mention.collective or mention.relative:
                continue
            if mention.level and _designated_key(mention) != name:
                found.setdefault(name, {}).setdefault(mention.level, mention)
    return found


def _designated_key(mention: Mention) -> str:
    """The name a department mention prints past its level word (河道主管机关 of 区（市）河道主管机关)."""
    return re.sub(r"^[（(][^）)]*[）)]", "", mention.stem) + mention.head


def _designated_names(found: list[Mention], designations: dict[str, dict[str, Mention]]) -> list[Mention]:
    """市T after X是…的T: the designated body of that level (``_designations``), printed as 市T."""
    result: list[Mention] = []
    vague = triggers()["designated_name_vague"]
    for mention in found:
        bodies = designations.get(_designated_key(mention), {})
        body = bodies.get(mention.level or "") if mention.cls == "dept" else None
        if body is None or (mention.collective and mention.collective not in vague) or mention.relative:
            result.append(mention)
            continue
        designated = copy.deepcopy(body)
        designated.start, designated.end, designated.surface = mention.start, mention.end, mention.surface
        if designated.body is not None:
            designated.body.start = designated.body.end = mention.start  # named inside the designated body
        result.append(designated)
    return result


def _sanctioned_persons(found: list[Mention], text: str) -> list[Mention]:
    """工作人员…的，由其所在单位或者Y给予处分: a bare person word (no body printed) opening the condition of
    a sanction by its own unit is the sanctioned role (the dev annotations' reading in 6 documents; the
    person words of triggers.yaml are organs only in this frame). A person that is only 有关 (对有关责任人员，由其
    所在单位…给予处分, after unnamed violators) names no one: no role, no edge (dev gw-hedao, qd-hedao); a person
    the phrase qualifies (对…负有直接责任的人员, 有…行为的责任人员) stays a role (dev rz-yinshui, gw-senlin)."""
    if "所在" not in text:
        return found  # cheap pre-check: most articles have no such sanction
    added = [
        Mention(
            m.start("person"),
            m.end("person"),
            m.group("person"),
            None,
            "individual_role",
            "role",
            head=m.group("person"),
            role=m.group("person"),
            display=m.group("person"),
            member=True,
        )
        for m in _sanctioned_person().finditer(text)
        if not any(o.start < m.end("person") and m.start("person") < o.end for o in found)
        and not _vague_person().fullmatch(m.group(0).strip())
        and not (m.group("lead") and any(m.start() <= o.start < m.end("lead") for o in found))  # X部门的工作人员
    ]
    return sorted(found + added, key=lambda m: m.start) if added else found


@cache
def _vague_person() -> re.Pattern[str]:
    """对有关责任人员: a sanctioned person word only called 有关 (triggers.yaml sanctioned_person_vague)."""
    words = alternation(triggers()["sanctioned_person_words"])
    return re.compile(rf"[ ]*对(?:{alternation(triggers()['sanctioned_person_vague'])})(?:{words})")


@cache
def _sanctioned_person() -> re.Pattern[str]:
    """A person word of triggers.yaml at the start of a piece, after a 对…的 phrase (对…负有直接责任的人员)
    or ending a 的-phrase that opens the piece (有…行为的责任人员), whose condition (…的) ends right before
    由其所在单位 / 由所在机关; two such persons may be joined by 或者 (…的责任人员或者…的国家工作人员，由其所在单位)."""
    words = alternation(triggers()["sanctioned_person_words"]) + "|" + triggers()["sanctioned_person_work"]
    phrase = r"[^,，。;；\n]{0,40}?"
    upper = alternation(triggers()["own_unit_upper_agents"])
    return re.compile(
        rf"(?:^|(?<=[,，。;；:：\n])|(?<=或者))[ ]*(?:对{phrase}|(?P<lead>{phrase}的))?(?P<person>{words})"
        rf"(?=(?:或者{phrase}的(?:{words}))?(?:[,，]?{phrase}的)?[,，]由其?(?:(?:{upper}){_UNIT_JOINER})?所在(?:单位|机关))"
    )


@cache
def _bare_agent_government() -> re.Pattern[str]:
    """由人民政府或者X给予奖励: a bare 人民政府 listed first after 由 (the joiners in triggers.yaml), or
    alone right before its act (由人民政府给予表彰)."""
    joiners = alternation([*triggers()["bare_government_joiners"], *triggers()["bare_government_acts"]])
    return re.compile(rf"由(?P<gov>人民政府)(?={joiners})")


@cache
def _qualified_government() -> re.Pattern[str]:
    """向作出该督查结论的人民政府申请复核 / 向设立该机构的人民政府申诉: a bare 人民政府 named by the act of a
    short qualifier between the report verb and it (triggers.yaml report_target_acts)."""
    acts = alternation(triggers()["report_target_acts"])
    unqualified = alternation(triggers()["bare_report_government_next"])
    return re.compile(
        rf"(?:向|报请|报送|报)(?:{acts})[^,，。;；:：、向\n]{{1,10}}的(?P<gov>人民政府)"
        rf"|向(?P<bare>人民政府)(?={unqualified})"
    )


@cache
def _government_word() -> re.Pattern[str]:
    """A government printed by name (triggers.yaml government_words): what a later bare 人民政府 may point back to."""
    return re.compile(alternation(triggers()["government_words"]))


def _qualified_governments(found: list[Mention], text: str, document: str) -> list[Mention]:
    """向作出该督查结论的人民政府申请复核: the organ finder reads no body in a bare 人民政府 qualified by the act
    that names it (作出…的, 设立…的), nor in one the report goes to with no qualifier at all (向人民政府反映情况,
    向人民政府及其有关部门反映: dev sd-jydd, sh-cunwei), so the report lost its addressee. The act is one of the
    governments the law binds as a set: the set the document prints most often (县级以上人民政府,
    各级人民政府…; dev gw-ducha, sd-jydd); a document printing no such set gives nothing."""
    if "的人民政府" not in text and "向人民政府" not in text:
        return found  # cheap pre-check
    matches = [
        m
        for m in _qualified_government().finditer(text)
        if not any(f.start <= m.start(m.lastgroup or "gov") < f.end for f in found)
    ]
    if not matches:
        return found
    counts = {
        prefix: len(re.findall(rf"(?<!地方){prefix}人民政府", document)) for prefix in triggers()["government_sets"]
    }
    prefix = max(counts, key=lambda p: counts[p])
    if not counts[prefix]:
        return found
    added = [
        Mention(
            m.start(m.lastgroup or "gov"),
            m.end(m.lastgroup or "gov"),
            "人民政府",
            None,
            "government",
            "gov",
            "",
            "人民政府",
            prefix,
            display=f"{prefix}人民政府",
        )
        for m in matches
    ]
    return sorted(found + added, key=lambda m: m.start)


# The rest of a list that ends in its members' role (人民政府、监察委员会或者人民检察院的负责人).
_OWNED_ROLE = re.compile(r"[^,，。;；]*的(?:主要)?负责人")


@cache
def _bare_pair_government() -> re.Pattern[str]:
    """人民政府或者它的派出机关 / 当地人民政府和街道办事处: a government word of no level (or only a 当地 place)
    before one of a pair's joiners and the government's own agency (triggers.yaml bare_pair_government_*)."""
    trig = triggers()
    local = alternation(trig["local_government"])
    joiners = alternation(trig["bare_pair_government_joiners"])
    agencies = alternation(trig["bare_pair_government_agencies"])
    return re.compile(rf"(?P<gov>(?:{local})?人民政府)(?P<tail>(?:{joiners})(?:{agencies}))")


# the joiners inside a printed list of governments (不设区的市、市辖区的人民政府)
_GOVERNMENT_LIST_GAPS = ("、", "和", "或者", "及")


def _pair_governments(found: list[Mention], text: str, document: str, offset: int, level: str | None) -> list[Mention]:
    """协助人民政府或者它的派出机关 / 向人民政府和街道办事处反映, after the document has printed that very pair
    with its governments named (不设区的市、市辖区的人民政府或者它的派出机关, 本市各级人民政府和街道办事处): the
    bare 人民政府 (or 当地人民政府) is those governments again, one mention of each at the bare word (dev
    fl-jwh, hn-jwh, bj-jwh). Only where every earlier print of the pair names one and the same list; a pair
    printed nowhere before with its governments, or with two lists, leaves the word as it was."""
    if "人民政府" not in text:
        return found
    local = tuple(triggers()["local_government"])
    replaced: list[Mention] = []
    added: list[Mention] = []
    for match in _bare_pair_government().finditer(text):
        start, end = match.span("gov")
        covering = [m for m in found if m.start <= start < m.end]
        local_word = [m for m in covering if (m.start, m.end) == (start, end) and (m.stem or m.place) in local]
        if covering and not local_word:
            continue  # 市辖区的人民政府或者它的派出机关: the governments are printed here
        named = _earlier_pair_governments(document, offset + start, match.group("tail"), level)
        if not named:
            continue
        replaced += local_word
        for mention in named:
            display = mention.display or mention.surface
            added.append(replace(mention, start=start, end=end, display=display, tied=0, carried_from=0))
        added += _pair_agency(found, text, match, level)
    if not added:
        return found
    kept = [m for m in found if not any(m is r for r in replaced)]
    return sorted(kept + added, key=lambda m: m.start)


def _pair_agency(found: list[Mention], text: str, match: re.Match[str], level: str | None) -> list[Mention]:
    """The agency of the pair (人民政府和街道办事处), which the organ finder leaves unread after a bare 人民政府: read
    on its own, where nothing found covers it."""
    agency_end = match.end("tail")
    agencies = triggers()["bare_pair_government_agencies"]
    agency_start = next(agency_end - len(a) for a in agencies if match.group("tail").endswith(a))
    if any(m.start <= agency_start < m.end for m in found):
        return []
    alone = find_mentions(text[agency_start:agency_end], level)
    if len(alone) != 1 or (alone[0].start, alone[0].end) != (0, agency_end - agency_start):
        return []
    return [replace(alone[0], start=agency_start, end=agency_end)]


def _earlier_pair_governments(document: str, before: int, tail: str, level: str | None) -> list[Mention]:
    """The governments printed right before ``人民政府`` + ``tail`` earlier in the document (the list that
    ends on that 人民政府), when every such print names the same list; else none."""
    local = tuple(triggers()["local_government"])
    lists: dict[tuple[tuple[str, str], ...], list[Mention]] = {}
    for match in re.finditer("人民政府" + re.escape(tail), document[:before]):
        end = match.start() + len("人民政府")
        opening = max(document.rfind(stop, 0, end) for stop in ("，", "。", "；", "：", ",", ";", ":", "\n")) + 1
        segment = document[opening:end]
        chain: list[Mention] = []
        cursor = len(segment)
        for mention in sorted(find_mentions(segment, level), key=lambda m: m.end, reverse=True):
            if mention.end > cursor:
                continue  # a mention inside the one already taken
            gap = segment[mention.end : cursor]
            if gap and not (chain and gap in _GOVERNMENT_LIST_GAPS):
                break
            chain.insert(0, mention)
            cursor = mention.start
        if not chain:
            continue  # a bare print of the pair: nothing named there
        if any(m.cls != "gov" or m.relative or (m.stem or m.place) in local or m.surface == "人民政府" for m in chain):
            return []  # a relative or local government, or a body that is none: no list to point back to
        lists[tuple((m.surface, m.display) for m in chain)] = chain
    return next(iter(lists.values())) if len(lists) == 1 else []


def _agent_governments(found: list[Mention], text: str) -> list[Mention]:
    """由人民政府或者林业主管部门给予奖励: the organ finder reads no body in a bare 人民政府, so the agent
    list after 由 broke there and the clause fell back to the carried subject. With no level or place
    the word names the governments at every level the law binds (各级人民政府, as the dev gold reads
    it), and the bodies joined after it stay agents."""
    if "由人民政府" not in text:
        return found
    added: list[Mention] = []
    for match in _bare_agent_government().finditer(text):
        start, end = match.span("gov")
        if any(m.start <= start < m.end for m in found) or _OWNED_ROLE.match(text, end):
            continue  # 由人民政府、人民法院的负责人报告: the governments own the role, the role acts
        display = "各级人民政府"
        added.append(
            Mention(start, end, "人民政府", None, "government", "gov", "", "人民政府", "各级", display=display)
        )
    return sorted(found + added, key=lambda m: m.start) if added else found


@cache
def _anchor_start() -> re.Pattern[str]:
    """What an anchored organ name starts with: a collective, relative or level word."""
    lex = organ_lexicon()
    return re.compile(alternation([*lex.collectives, *lex.relative, *lex.level_of]))


@cache
def _head_end() -> re.Pattern[str]:
    """A head word right before the verb (本级人民政府|责令)."""
    return re.compile(rf"(?:{alternation(list(organ_lexicon().heads))})$")


@cache
def _zone_words() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml")["zone_bodies"]["zones"])


def _inside_zone_word(verb: re.Match[str], mention: Mention, text: str) -> bool:
    """A zone body's name (X管理区管理委员会) whose zone word (管理区, zone_bodies) holds the verb: the
    verb is part of the place's name, not a verb between organs."""
    if not zone_body(mention.surface):
        return False
    for zone in _zone_words():
        at = text.find(zone, max(mention.start, verb.end() - len(zone)), mention.end)
        if 0 <= at <= verb.start() and at + len(zone) > verb.end():
            return True
    return False


def _verb_between_organs(mention: Mention, at: int, end: int, text: str, doc_level: str | None) -> bool:
    before = find_mentions(text[mention.start : at], doc_level) if at > mention.start else []
    if before and before[-1].end == at - mention.start and _anchored(before[-1]):
        return True
    after = find_mentions(text[end : mention.end], doc_level) if end < mention.end else []
    return bool(after) and after[0].start == 0 and after[-1].end == mention.end - end and _anchored(after[0])


def _anchored(mention: Mention) -> bool:
    return bool(mention.relative or mention.collective or mention.level_word or mention.body is not None)


def _central_name(mention: Mention) -> str:
    """上一级人民政府 of a provincial body is the State Council: a central organ the text implies
    gets the central name (国务院, 国务院X); others keep their printed relative name."""
    if mention.level != "central":
        return ""
    if mention.cls == "gov":
        return "国务院"
    if mention.cls == "pg":
        return "党中央、国务院"
    body = mention.body
    if mention.cls == "dept" and body is not None and body.cls == "gov":
        return "国务院" + mention.stem + mention.head
    return ""


# 市、县（区）公安机关设立河湖警长 / 州、县（市）河湖设立河道警长: a 、 list of level words, then at most a few
# words naming where (公安机关, 河湖), then 设立 and the post
_SET_UP_AT_LEVELS = "(?P<levels>(?:{words})(?:、(?:{words}))+)[^,，。;；、]{{0,6}}?设立{post}"


def _listed_set_up_levels(post: str, text: str) -> list[str]:
    """The levels of the 、 list a post is set up at (市、县（区）公安机关设立河湖警长): each level's post
    is one node, as where the post is printed with each level word (devset gx-hezhang, yl-hhz annotate
    协助同级河长 as one edge per listed level)."""
    lex = organ_lexicon()
    pattern = _SET_UP_AT_LEVELS.format(words=alternation(lex.level_words), post=re.escape(post))
    found = re.search(pattern, unicodedata.normalize("NFKC", text))
    if found is None:
        return []
    # 、 inside a level word's brackets (县(市、区)) parts no two levels
    levels = {lex.level_of.get(word) for word in re.split(r"、(?![^()]*\))", found.group("levels"))}
    return [level for level in LEVELS if level in levels]


@cache
def _span_floor(prefix: str) -> str | None:
    """The lowest level a spanning collective's prefix reaches (旗县级以上 → county); None where the
    prefix opens with no level word (各级, 地方各级: every level)."""
    lex = organ_lexicon()
    word = next((w for w in lex.level_words if prefix.startswith(w)), None)
    return lex.level_of[word] if word is not None else None


def _unanchored_chief_office(mention: Mention, mentions: list[Mention]) -> bool:
    """同级/本级河长制办公室 with no levelled organ before it in the article: a chief's office exists at
    every level, so it is the office of whichever level the matter is of, the bare office with its 各级 set
    (devset gx-hezhang, lc-hzz), not the office of the document's own level."""
    if not (mention.stem + mention.head).endswith(organ_words("all_level_chief_offices")):
        return False
    return not any(m.start < mention.start and m.level for m in mentions if m is not mention)


def _bare_chief_office(key: Key) -> bool:
    """The key of a chief's office printed with no level (河湖长制办公室): every level's office, whose levels
    are those the text sets it up at (县级以上设立河湖长制办公室; devset jl-hhz, nm-hehu)."""
    return key[:2] == ("dept", "") and key[-1].endswith(organ_words("all_level_chief_offices"))


@cache
def _prefix_forms(prefix: str) -> tuple[str, ...]:
    """县级以上地方各级 → (县级以上地方各级, 县级以上地方, 县级以上): the prefix and the shorter collective
    prefixes it starts with that cover the same levels."""
    collectives = organ_lexicon().collectives
    top = collectives.get(prefix)
    shorter = sorted(
        (p for p in collectives if p != prefix and prefix.startswith(p) and collectives[p] == top),
        key=len,
        reverse=True,
    )
    return (prefix, *shorter)


def _of_local_place(key: Key) -> bool:
    """The key (or, for a role, its body's) is the collective of an event's place (事故发生地党委和政府:
    ("coll", place, cls, head, "local")), whose level the text leaves open."""
    body = key[1:-1] if key[:1] == ("role",) else key
    return body[:1] == ("coll",) and body[-1:] == ("local",)


def _stepped(level: str | None, relative: str, metropolis: bool = False) -> str | None:
    """The level one up or down from ``level`` (本级: itself). A 直辖市 has no municipal tier: its
    区县 answer to the 市 itself (provincial), and the 市 to the centre."""
    if level not in LEVELS:
        return None
    step = {"same": 0, "up": -1, "down": 1}[relative]
    index = LEVELS.index(level) + step
    if metropolis and step and 0 <= index < len(LEVELS) and LEVELS[index] == "municipal":
        index += step
    return LEVELS[index] if 0 <= index < len(LEVELS) else None


def _scope_pointed_relative_bodies(mentions: list[Mention]) -> None:
    """约谈该级人民政府主要负责人 pointing back to 下级人民政府: the role's body is a copy of the relative body
    printed before, made before relative words were scoped; it takes that body's scope (a set of its own)."""
    relative = {(m.start, m.end): m for m in mentions if m.relative in ("up", "down") and m.body is None}
    for mention in mentions:
        body = mention.body
        if mention.cls != "role" or body is None:
            continue
        printed = relative.get((body.start, body.end))
        if printed is not None and body.relative == printed.relative and printed.of_spanning:
            body.of_spanning, body.unanchored, body.level = True, printed.unanchored, printed.level


def _resolve_relative_levels(
    mentions: list[Mention], doc_level: str | None, metropolis: bool = False, text: str = ""
) -> None:
    """本级/同级 take the level of the organ named before them; 上一级/下级 one level up or down."""
    last: str | None = doc_level
    spanning = False  # the last organ named is a collective spanning levels (县级以上X)
    for mention in mentions:
        opening = mention.relative == "up" and last in (doc_level, None) and _first_of_sentence(mention, mentions, text)
        if opening and doc_level != "central":
            # 上级人民政府应当… opening the article or a sentence of it (…。上一级人民政府发现…): any superior,
            # not the one above the document's own level (a local regulation charges no central body), nor
            # the 上一级X of a set spanning levels in an earlier sentence (县级以上人民政府…报上一级人民政府。
            # 上级人民政府应当…); it keeps its printed name
            if mention.cls != "position":  # 上级河长 stays an organ of its own (below)
                mention.of_spanning = mention.unanchored = True
                last, spanning = None, True
            continue
        if mention.relative is None:
            if mention.collective and mention.collective not in organ_lexicon().unnamed_sets:
                last, spanning = None, True  # 县级以上人民政府对下一级人民政府…: one level down from each
            elif mention.level != "social" and mention.level:  # 建设单位 has no place in the chain of levels
                last, spanning = mention.level, False  # (其他有关部门 of no level keeps the span before it)
            continue
        if mention.cls == "position":
            continue  # 上级河长 / 下级河长 stay organs of their own
        if last is None:
            mention.of_spanning = spanning and mention.relative in ("up", "down")
            continue
        if mention.relative == "same" and last == doc_level and _unanchored_chief_office(mention, mentions):
            continue  # 方案由同级河长制办公室编制: any level's office (the bare one), not the document's own
        level = _stepped(last, mention.relative, metropolis)
        if level is not None:
            mention.level = level
        elif mention.relative == "up" and last == "central":
            # 上级X in a central text, seen from no lower body: nothing is above the centre, so it is the
            # superior of some set of local bodies (事发地党委和政府…向上一级党委和政府报告): a set of its own,
            # and a 下级X after it, where it opens the article, the set below (not the provinces a step down)
            mention.of_spanning = True
            if mention is mentions[0]:
                last, spanning = None, True


def _below_unlevelled_departments(mentions: list[Mention]) -> None:
    """市、县人民政府… 生态环境主管部门…指导和监督下级人民政府及其有关部门: a department printed with no level,
    in a text whose governments are of several levels, is the department of any of them (as its 同级 body
    is the relative set, ``_bare_under_local_governments``), so the 下级 government it oversees (and that
    government's departments after 及其) is the relative set as printed, not the tier below the
    document's own (dev README: 下级人民政府 of a collective is a collective with explicit edges)."""
    last: Mention | None = None
    below: Mention | None = None
    opening = mentions[0] if mentions else None  # the department is the article's opening subject
    for mention in mentions:
        if mention.relative is None:
            if mention.level != "social" and not mention.collective:  # (会同有关部门: an object, no subject)
                last, below = mention, None
            continue
        unlevelled = (
            last is opening
            and last is not None
            and last.cls == "dept"
            and not (last.level or last.body or last.collective or last.bare)
        )
        if mention.relative == "down" and mention.cls == "gov" and unlevelled:
            mention.of_spanning, mention.level, below = True, None, mention
        elif below is not None and mention.body is not None and mention.body.start == below.start:
            mention.of_spanning, mention.level = True, None  # 下级人民政府及其有关部门


def _spanning_department_cores(mentions: dict[str, list[Mention]]) -> set[str]:
    """The functions (水行政主管部门) the text prints as departments of a set spanning levels (县级以上人民政府
    水行政主管部门), so that the same function printed bare is that set's."""
    lex = organ_lexicon()
    return {
        m.stem + m.head
        for found in mentions.values()
        for m in found
        if m.cls == "dept"
        and m.relative is None
        and m.collective in lex.collectives
        and m.collective not in lex.unnamed_sets
        and m.stem
    }


def _relative_to_spanning_bare_departments(mentions: list[Mention], spanning: set[str]) -> None:
    """水行政主管部门…报上一级人民政府水行政主管部门: the bare department just before stands for the set spanning
    levels the text names (县级以上人民政府水行政主管部门), so the 上一级/下级 one of the same function is one
    level up or down from each level, the relative set as printed, not the tier above the document's own
    (dev README: 上一级X of a collective is a collective with explicit edges; devset hn-kuangshan, sd-hupo).
    A 上级X of the same function read earlier in the article keeps the later one its organ (上级X…。X…报请
    共同的上一级X: one superior, devset gw-ldjc)."""
    last: Mention | None = None
    read: set[tuple[str | None, str]] = set()  # the relative functions already read in the article
    for mention in mentions:
        if mention.relative is None:
            if mention.level != "social":
                last = mention
            continue
        earlier = (mention.relative, mention.stem + mention.head) in read
        read.add((mention.relative, mention.stem + mention.head))
        if earlier:
            continue
        bare = (
            last is not None
            and last.cls == "dept"
            and not (last.level or last.body or last.collective or last.bare or last.place)
            and last.stem + last.head in spanning
        )
        if (
            bare
            and last is not None
            and mention.relative in ("up", "down")
            and mention.cls == "dept"
            and not mention.of_spanning
            and mention.stem + mention.head == last.stem + last.head
        ):
            mention.of_spanning, mention.level = True, None


def _first_of_sentence(mention: Mention, mentions: list[Mention], text: str) -> bool:
    """``mention`` opens the article, or a government (上一级人民政府发现…) opens a sentence of it."""
    if mention is mentions[0] or not text or mention.cls not in ("gov", "pg"):
        return mention is mentions[0]
    return _SENTENCE_OPENING.fullmatch(text, _sentence_start(text, mention.start, "。\n"), mention.start) is not None


# What may stand before a sentence's opening subject: spaces, the article's number
_SENTENCE_OPENING = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*)?")


# A sentence that names its own, non-organ subject before the modal (河道名录应当包括…).
_OWN_SUBJECT = re.compile(
    r"(?!根据|按照|依照|依据|对|在|为|经|因|凡|如|除|当|自)[^,，:：]{2,24}?"
    r"(?:应当|(?<![适响供反回答对相])应(?!急)|必须|须|不得|可以|包括|是指)"
)
# X的Y情况应当报Z / 向Z报告: the owner's 的, the thing (no organ, no stop), the modal, then the submission
_OWNED_THING_SUBMISSION = re.compile(r"的[^,，。;；:：的报向]{2,16}?(?:应当|必须|须)(?:及时|定期)?(?:报(?![告请])|向)")
# …的，应当报Y备案 / …的，报Y批准: a case piece whose act is a submission (no organ before 报)
_PARALLEL_CASE_SUBMISSION = re.compile(r"[^,，。;；]{2,30}?的[,，](?:应当|须|必须)?(?:及时)?报(?![告请])")
# After the modal of a thing-subject: a submission by the organ that owns the thing (…范围应当报X同意). A
# time or manner adverbial may stand before 报 (应急预案应当在开工前报X备案 / 应当按照规定报X备案 / 应当及时报X)
# and before a 向 whose clause reports (方案应当及时向X报告; not 可以依法向法院提起诉讼)
_SUBMITTED = re.compile(
    r"(?:及时|定期|按时|依法|(?:按照|依照)[^,，。;；报]{1,16}?|在[^,，。;；报]{1,12}?前|自[^,，。;；报]{1,20}?[内前])?(?:报|向(?=[^,，。;；]*报))|向"
)
# Thing-subjects that are the carried holder's own (its work's records, its project's facilities)
_CARRIED_THINGS = ("carried_record", "carried_facility")


def _thing_submission(clause_text: str) -> bool:
    """名录报市人民政府批准后公布: a thing opens the sentence and goes to X for approval or filing."""
    return _thing_submission_pattern().match(clause_text.strip()) is not None


@cache
def _thing_submission_pattern() -> re.Pattern[str]:
    ends = alternation(triggers()["thing_submission_ends"])
    # no adverbial or agent opening (根据…/经…/由X…), no second clause before 报; 报 the verb (not 申报,
    # 报告) and no time piece (报送审批前)
    opener = r"(?!根据|按照|依照|依据|对|在|为|经|因|凡|如|除|当|自|由)"
    verb = r"(?<![申汇通预举])报(?!告)"
    return re.compile(rf"{opener}[^,，:：;；。报]{{2,24}}?{verb}[^,，。;；]{{0,30}}?(?:{ends})(?!前)")


def _levelled_members(subject: list[Key], lead: list[Key]) -> bool:
    """(一)市级河长组织领导… under 各级河长按照下列规定履行职责: each item names one tier of the lead's 各级
    set, so it opens with its own holder whatever its verb (an item naming an object names no such member)."""
    sets = {(key[2], key[3]) for key in lead if key[:2] == ("coll", "各级") and len(key) > 3}
    return bool(sets) and all(len(key) == 3 and key[1] and (key[0], key[2]) in sets for key in subject)


def _set_departments(subject: list[Key], lead: list[Key], rest: str) -> bool:
    """(一)财政部门保障… under 有关部门按照职责分工做好下列工作: the lead names a set of departments and
    hands out its work item by item, so an item opening on one department opens with its own holder whatever
    its verb; an item naming an object ((二)A、B工作落实情况: ``rest`` after the organs ends on the state
    of a matter) keeps the carried holder."""
    # the unnamed set (有关部门); a lead listing its members by name (县级以上人民政府A、B等部门) maps an
    # item's short name onto the member it lists (Extractor._item_member)
    sets = any(key[0] == "coll" and len(key) > 3 and key[2] == "dept" and key[3] == "部门" for key in lead)
    if not sets or len(subject) != 1 or subject[0][0] != "dept":
        return False
    return not _trigger_regex("object_item_tail").search(rest.rstrip(" ;；。\n"))


def _own_subject_norm(clause_text: str) -> bool:
    """名录应当包括…: a norm on a thing, no duty; but 管理范围应当报X同意 is the carried holder's
    submission (a notional passive)."""
    match = _OWN_SUBJECT.match(clause_text)
    if match is not None and _trigger_regex("modal_in_object").match(clause_text.strip()):
        return False  # 依法确定应当服兵役的人员: the modal is inside the verb's object, the carried holder acts
    if match is not None and any(_trigger_regex(k).match(clause_text.strip()) for k in _CARRIED_THINGS):
        return False  # 检查情况应当如实记录 / 其设施应当与主体工程同时设计: the carried holder's own act
    return match is not None and not _SUBMITTED.match(clause_text, match.end())


# An item that opens with its own holder goes on with the duty verb ((二)市公安局负责…, (三)X应当…).
# (二)A、B分别负责… / (三)C、D配合做好…: an adverb of the list (分别, 共同) may stand before the duty word, and
# 配合 opens a helper's duty as 负责 opens a lead's
_ITEM_DUTY = re.compile(r"(?:分别|共同|依法)*(?:负责|应当|应(?!急)|必须|要(?![素点求])|承担|牵头|会同|配合)")
# (二)A、B等部门按照各自职责，负责… / (三)C在职责范围内做好…: the set word closing the list and a manner
# phrase naming the holders' own powers (after a comma too: (六)A、B等部门，按照各自职责…) may stand
# between the item's subject and its duty (an item naming an object, (一)重大决策部署落实情况, has neither).
# (一)X对Y实施统一监督管理: a 对-phrase naming what the holder acts on, with no 的 (an object item names a
# state of things: (一)下级人民政府对决策部署的落实情况). A comma may part the subject from its modal
# ((九)其他有关部门和单位，应当按照各自职责…), as it parts it from the manner phrase
_ITEM_DUTY_AFTER = re.compile(
    r"(?:等[\u4e00-\u9fff]{0,6}?(?:部门|单位|机构))?"
    r"(?:,?(?:按照|依照|根据|依据)[^,。;:]{0,40}?(?:职责|分工|职能|权限)|,?在[^,。;:]{0,8}?职责范围内|依法"
    r"|对[^,。;:的]{1,30}?(?:实施|进行|开展|行使)"
    rf"|{_ITEM_DUTY.pattern}|,(?:应当|应(?!急)|必须))"
)
# X一般担任本级Y / 其他领导同志担任Y: the words between the incumbent (printed or not) and the post
_FILLING = re.compile(r"[^,;。由]{0,16}?(?:一般|分别|共同)?[担兼]任(?P<tier>同级|本级)?")
_ITEM = re.compile(r"\s*(?:\(|（)[一二三四五六七八九十]+(?:\)|）)|\s*\d+[.、]")
_FIRST_ITEM = re.compile(r"\s*(?:[(（]一[)）]|1[.、])")


def _opens_sentence(text: str, clause: Clause, article_start: int) -> bool:
    """True when the clause starts a sentence: after 。/;/newline or at the article's start."""
    i = clause.start
    while i > article_start and text[i - 1] == " ":
        i -= 1  # look back over spaces only: slicing the article's head per clause is quadratic
    return i <= article_start or text[i - 1] in "。;；\n:："


_SECTION_TITLE = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、)?[^,，。;；:：()（）\n]{2,24}\s*")


def _report_rule_item(text: str, item_start: int, cursor: int) -> bool:
    """(一)A向B报送； under a lead 应当按照下列规定报送…：: the lead's modal covers each item, so the
    item's subject sends (the same item with 应当 is read so), not an object the item names."""
    if not _trigger_regex("report_rule_item").match(text, cursor):
        return False
    colon = text.rfind(":", 0, item_start)
    if colon < 0 or any(line.strip() and not _ITEM.match(line) for line in text[colon + 1 : item_start].split("\n")):
        return False  # the item does not belong to a list opened by that colon
    sentence_start = max(text.rfind("。", 0, colon), text.rfind("\n", 0, colon)) + 1
    return _trigger_regex("report_rule_lead").search(text, sentence_start, colon) is not None


def _paragraph_item(text: str, item_start: int) -> bool:
    """True when the numbered item is a paragraph of a 意见's section, not an element of a list: the
    line before it is the section's title (市委、市政府的责任) or an item of several sentences (（四）…。
    …。). List elements follow their lead (…：) or items of one piece (（一）…情况；)."""
    line_end = text.rfind("\n", 0, item_start)
    while line_end > 0 and not text[text.rfind("\n", 0, line_end) + 1 : line_end].strip():
        line_end = text.rfind("\n", 0, line_end)  # skip blank lines
    if line_end <= 0:
        return False
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end].strip()
    if _SECTION_TITLE.fullmatch(line) and not _MODAL_AT.search(line):
        return True
    return bool(_ITEM.match(line)) and line.endswith("。") and line.count("。") >= 2


# An item's title sentence (（十五）河长会议和信息报送。): short, no comma, no predicate of a duty.
_ITEM_TITLE = re.compile(r"[^,，;；:：。\n]{1,12}。")
_TITLE_PREDICATE = re.compile(r"负|是")


def _titled_item(text: str, after_marker: int) -> bool:
    """True when the numbered paragraph opens with a title sentence: its organ names a topic."""
    title = _ITEM_TITLE.match(text, after_marker)
    return title is not None and not _TITLE_PREDICATE.search(title.group())


@cache
def _task_line_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The lead and helper marker words of a task line, the line's opening (a marker and a colon at a
    line's start) and any marker segment inside it."""
    trig = triggers()
    words = alternation(trig["task_line_leads"] + trig["task_line_helpers"] + trig["task_line_units"])
    return (
        frozenset(trig["task_line_leads"]),
        frozenset(trig["task_line_helpers"]),
        re.compile(rf"(?<![^\n])[ ]*(?P<word>{words})[ ]*:"),
        re.compile(rf"(?P<word>{words})[ ]*:"),
    )


def _task_lines(text: str, start: int, end: int, mentions: list[Mention]) -> list[TaskLine]:
    """The task lines of an article: the whole line lists units, one segment per marker word (a
    分工方案 prints them after each task; no law does, a colon right after the marker is required)."""
    leads, helpers, opening, segment = _task_line_words()
    lines: list[TaskLine] = []
    floor = start
    for found in opening.finditer(text, start, end):
        line_start = found.start("word")
        if line_start < floor:
            continue  # a second marker inside a line already read
        newline = text.find("\n", line_start, end)
        line_end = newline if newline >= 0 else end
        line = TaskLine(line_start, line_end, _task_item_start(text, floor, line_start))
        markers = list(segment.finditer(text, line_start, line_end))
        for index, marker in enumerate(markers):
            stop = markers[index + 1].start() if index + 1 < len(markers) else line_end
            listed = [m for m in mentions if marker.end() <= m.start and m.end <= stop]
            line.units += listed
            if marker.group("word") in leads:
                line.leads += listed
            elif marker.group("word") in helpers:
                line.helpers += listed
        lines.append(line)
        floor = line_end
    return lines


def _task_item_start(text: str, floor: int, line_start: int) -> int | None:
    """The nearest paragraph before a task line that opens on an item marker (（三）…), not before
    ``floor`` (the previous line's end: a task owns one line)."""
    at = line_start
    while at > floor:
        paragraph = max(text.rfind("\n", floor, at - 1) + 1, floor)
        if text[paragraph : paragraph + 1] != "\n" and _ITEM.match(text, paragraph):
            return paragraph
        at = paragraph
    return None


# A task's title sentence (（五）巩固“三保障”和饮水安全成果。): a heading, longer than a list item's.
_TASK_TITLE = re.compile(r"[^,;:。\n]{1,24}。")


def _task_title(text: str, clause: Clause) -> bool:
    """True when a task opens with a title sentence: no organ, no comma, no word of a duty."""
    marker = _ITEM.match(text, clause.start)
    title = _TASK_TITLE.match(text, marker.end()) if marker else None
    return title is not None and not clause.mentions and not _ITEM_DUTY.search(title.group())


def _task_at(tasks: list[TaskLine], at: int) -> TaskLine | None:
    """The task line whose task or line holds offset ``at``."""
    for task in tasks:
        if (task.start if task.item_start is None else task.item_start) <= at < task.end:
            return task
    return None


def _no_municipal_level(mention: Mention) -> None:
    if mention.level == "municipal":
        mention.level = "provincial"
    for body in (mention.body, *mention.listed):
        if body is not None:
            _no_municipal_level(body)


def _shift(mention: Mention, offset: int) -> None:
    mention.start += offset
    mention.end += offset
    for body in (mention.body, *mention.listed):
        if body is not None:
            _shift(body, offset)


def _clauses(text: str, start: int, end: int, mentions: list[Mention]) -> list[Clause]:
    pieces: list[Clause] = []
    cursor = start
    inside = _inside_marks(mentions, start, end)  # one flag per position: long articles stay linear
    _mark_quoted(text, start, end, inside)
    for match in _CLAUSE_END.finditer(text, start, end):
        if inside[match.start() - start]:
            continue  # a comma inside 县(市、区) is no clause end
        pieces.append(Clause(cursor, match.start(), []))
        cursor = match.end()
    pieces.append(Clause(cursor, end, []))
    pieces = [p for p in pieces if text[p.start : p.end].strip()]
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    for piece in pieces:
        found = order[bisect.bisect_left(starts, piece.start) : bisect.bisect_left(starts, piece.end)]
        piece.mentions = [mentions[i] for i in sorted(found)]
    return pieces


def _inside_marks(mentions: list[Mention], start: int, end: int) -> bytearray:
    """1 at every position of ``start…end`` strictly inside a mention (past its first character)."""
    inside = bytearray(end - start + 1)
    for m in mentions:
        first, last = max(m.start + 1, start), min(m.end, end)
        if first < last:
            inside[first - start : last - start] = b"\x01" * (last - first)
    return inside


def _mark_quoted(text: str, start: int, end: int, inside: bytearray) -> None:
    """Flag the commas of a quoted slogan (按照“谁主管、谁负责，谁设障、谁清除”的原则): the quote is one
    phrase of its clause, and the gold keeps it whole."""
    if text.find("“", start, end) < 0:
        return  # cheap pre-check: few articles quote anything
    for quote in _QUOTED.finditer(text, start, end):
        inside[quote.start() + 1 - start : quote.end() - 1 - start] = b"\x01" * (quote.end() - quote.start() - 2)


def _merge_adverbials(clauses: list[Clause], text: str) -> list[Clause]:
    """因地制宜,分类指导 / 按照工作职责,运用…: a qualifying piece joins the clause it qualifies."""
    merged: list[Clause] = []
    pending: Clause | None = None
    topic = False  # pending is a topic whose modal piece follows: that piece ends the clause
    owner_end = -1  # the index of the 由其X负责 piece that a run of topic pieces before it joins
    for index, clause in enumerate(clauses):
        if pending is None and merged and _post_list_continued(merged[-1], clause, text):
            # 选举本级人民代表大会主席、副主席，乡长、副乡长，镇长、副镇长: the post list goes on past the comma
            last = merged[-1]
            # one object list: the posts after the comma open no piece (no subject of their own)
            merged[-1] = Clause(last.start, clause.end, last.mentions + clause.mentions, list(last.pieces))
            continue
        if pending is not None:
            if text[pending.end : clause.start] == ",":
                pieces = [*pending.pieces, clause.start, *clause.pieces]
                joined = Clause(pending.start, clause.end, pending.mentions + clause.mentions, pieces)
                before, pending = pending, None
                if index < owner_end:
                    pending = joined  # more topic pieces before the 由其X负责 piece
                elif not topic and _approval_after_place(before, clause, clauses[index + 1 : index + 2], text):
                    pending = joined  # 居住分散的村，经村民会议决定，可以设立…: the approval joins the permission
                elif (
                    not topic
                    and _qualifier_piece(clause, text)
                    and not _trigger_regex("manner_led_act").match(text, clause.start, clause.end)
                    and not _coordinated(clause, clauses, index + 1, text)
                    and not _agent_after_act(joined, clause, clauses[index + 1 : index + 3], text)
                ):
                    pending = joined  # 根据…,经报…批准,X可以…: qualifiers in a row all join the clause
                elif not topic and _qualified_subject(clause, clauses[index + 1 : index + 3], text):
                    pending = joined  # …启动后,发生地的X,应当…: the subject piece still joins its modal piece
                elif not topic and _subject_lists(
                    clause, clauses[index + 1 : index + 6], text, _listed_piece(clauses[index - 1], text)
                ):
                    pending = joined  # A部门，B，以及C…应当: every list piece joins the modal piece
                elif not topic and _measures_lead(clause, clauses[index + 1 : index + 3], text):
                    pending = joined  # X，应当采取措施，加强…: the measures still join the modal piece
                elif (
                    not topic
                    and not _TOPIC_DUTY_WORD.search(text, clause.start, clause.end)
                    and _topic_before_modal(clause, clauses[index + 1 : index + 3], text)
                ):
                    pending, topic = joined, True  # X…时，对Y，应当…: the joined topic joins its modal piece too
                else:
                    merged.append(joined)
                continue
            merged.append(pending)
            pending = None
        following = clauses[index + 1 : index + 3]  # the next piece, and the one after it (_fronted_topic)
        topic = False
        owner_end = _owner_piece(clauses, index, text)
        if owner_end > index:
            pending = clause
            continue
        if (
            (
                _qualifier_piece(clause, text)
                and not _coordinated(clause, clauses, index + 1, text)
                and not _agent_after_subject(clause, following, text)
                and not _means_before_result(clause, following, text)
            )
            or _fronted_topic(clause, following, text)
            or _qualified_subject(clause, following, text)
            or _fronted_object(clause, following, text)
            or _partner_lead(clause, following, text)
            or _measures_lead(clause, following, text)
            or _object_before_agent(clause, following, text, index)
            or _place_adverbial_lead(clause, following, text)
            or _subject_lists(clause, clauses[index + 1 : index + 6], text)
            or _pair_piece(clause, text)
            or _regime_subject(clause, following, text)
        ):
            pending = clause
            continue
        if _topic_before_modal(clause, following, text) or _object_before_subject(clause, following, text):
            pending, topic = clause, True
            continue
        if _topic_noun(clause, following, text, index):
            pending = clause
            continue
        merged.append(clause)
    if pending is not None:
        merged.append(pending)
    return merged


@cache
def _post_lists() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A piece that is a 、-list of posts only (乡长、副乡长 / 镇长、副镇长的辞职) and a piece ending on one."""
    tails = alternation(triggers()["post_list_tails"])
    member = rf"[\u4e00-\u9fff]{{0,5}}(?:{tails})"
    return re.compile(rf"\s*(?:{member}、)+{member}(?:的[\u4e00-\u9fff]{{1,6}})?"), re.compile(rf"、{member}$")


def _post_list_continued(last: Clause, clause: Clause, text: str) -> bool:
    """…主席、副主席，乡长、副乡长，镇长、副镇长: a comma parts two 、-lists of posts (the posts of two bodies
    printed in one object list); the later list continues the clause before it, no duty of its own."""
    if text[last.end : clause.start] != ",":
        return False
    piece, ending = _post_lists()
    if piece.fullmatch(text, clause.start, clause.end) and ending.search(text[last.start : last.end]):
        return True
    # 不是代表的乡长、副乡长，镇长、副镇长列席…: a piece that is only a qualified list of posts is the first list
    # of the subject the next piece goes on with
    lead = _qualified_piece_lead(text, last.start, last.end)
    return bool(lead and piece.fullmatch(text, lead, last.end) and piece.match(text, clause.start, clause.end))


def _barred_then_resigning(clauses: list[Clause], index: int, text: str) -> bool:
    """X不得担任Y的职务；如果担任上述职务，应当辞去…: a bar the next clause backs with a resignation is a duty
    of X, not an eligibility rule (triggers.yaml bar_resignation)."""
    if index + 1 >= len(clauses) or "不得" not in text[clauses[index].start : clauses[index].end]:
        return False
    nxt = clauses[index + 1]
    return _trigger_regex("bar_resignation").match(text, nxt.start, nxt.end) is not None


def _post_list_continued_at(text: str, end: int, start: int, stop: int) -> bool:
    """A 、-list of posts ends at ``end`` and another opens at ``start`` after the comma (the lists that
    _post_list_continued keeps in one clause)."""
    piece, ending = _post_lists()
    return bool(ending.search(text, max(0, end - 12), end) and piece.match(text, start, stop))


# …，(具体办法)由Y制定: a piece that names its own agent after 由 (not 由其, X's own body)
_OWN_AGENT_PIECE = re.compile(r"\s*(?![并报])[\u4e00-\u9fff]{0,6}?由(?!其|于)")
# 所需 / 所耗 / 所发生: a 所-nominal (the costs of an act) rather than an act; 所在地, 所属, 所辖 are places
_NOMINAL_PIECE = re.compile(r"所(?!在|属|辖)")


def _means_before_result(clause: Clause, following: list[Clause], text: str) -> bool:
    """…开展督查，可以采取暗访等方式，督查结果及时向X报告: a means piece (采取/通过…等方式) followed by a
    piece opening on a result noun (its own subject) is the manner of the act before it, not of the report
    after it; it joins nothing (dev: 2 such pieces, both annotated apart)."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    rest = _ADVERBIAL_LEAD.sub("", _after_modified_subject(clause, text))
    if not _trigger_regex("means_piece").fullmatch(rest):
        return False
    nxt = text[following[0].start : following[0].end]
    return re.match(rf"[^,，;；。的]{{0,8}}?(?:{alternation(triggers()['oversight_result_nouns'])})", nxt) is not None


def _agent_after_subject(clause: Clause, following: list[Clause], text: str) -> bool:
    """X可以根据需要聘请…，由Y统一管理 / X根据…实施督导，具体办法由Y制定: a piece with a printed subject
    is no qualifier of a next piece that names another agent after 由; each is a duty of its own."""
    if not following or not clause.mentions or clause.mentions[0].start != clause.start:
        return False
    rest = _after_subject(clause, text)
    if not rest or rest.endswith(_subject_closers()) or _NOMINAL_PIECE.search(rest):
        # X的成员单位 / X…审定后 / X…所耗费用，由Y…: a bare topic, a time or condition piece, or a
        # 所-noun (what Y acts on or pays) is no act of X's own; one clause with the agent piece
        return False
    nxt = following[0]
    if text[clause.end : nxt.start] != ",":
        return False
    opening = _OWN_AGENT_PIECE.match(text, nxt.start, nxt.end)
    if opening is not None and any(m.start == opening.end() for m in nxt.mentions):
        return True
    # X可以根据需要设立Y，Z应当予以支持 / X按照规定开展巡查，Z负责…: the next piece opens on its own
    # subject and its modal, so it is no act X's frame is waiting for; each is a duty of its own (not
    # after a time piece: X决定…前，Z应当… is Z's duty at that time, one clause)
    if rest.endswith("前"):
        return False
    # X应当按照…处置，Y对…进行督办 / X可以…聘用Y，Y协助X…: after an act with its own modal, a piece that
    # opens on a new organ subject and its verb is that organ's act (s35c)
    # X依照…计划向Y办理…手续，Y按照…进行放水: a rule frame with the act printed after it (_act_after_frame)
    # holds that act as a modal does, so the next piece opening on its own subject and verb is Y's act
    acted = _ACT_MODAL.search(rest) is not None or _act_after_frame(clause, text)
    return _own_subject_modal(nxt, text) or (acted and _own_subject_act(nxt, text))


def _agent_after_act(joined: Clause, piece: Clause, following: list[Clause], text: str) -> bool:
    """X可以通过…方式，按照…配备Y，由Z进行日常管理 / …的，应当在…后提出申请，由Z审查同意: the joined pieces
    already make an act of their own (a printed subject, or a modal in the last piece), so the next piece
    that names another agent after 由 is a duty of its own, not one more qualifier of the same clause."""
    if not following or text[piece.end : following[0].start] != ",":
        return False
    rest = text[piece.start : piece.end].rstrip()
    if rest.endswith(_subject_closers()) or _NOMINAL_PIECE.search(rest):
        return False  # X…的 / X…后 / X…所需经费，由Y…: a condition, time or thing Y acts on (_agent_after_subject)
    modals = list(_ACT_MODAL.finditer(rest))
    modal = modals[-1] if modals else None  # the last modal of the piece
    if modal is not None and _BARE_TIME.fullmatch(rest, modal.end()):
        return False  # 应当在十日内，由Y报Z备案: a bare deadline qualifies the agent piece, no act of its own
    if modal is None:
        # no modal of the piece's own: the act is the printed subject's, unless a piece of the joined
        # clause closes a condition (X有下列情形之一的，按照…权限，由Y追究: all one sanction clause)
        if not joined.mentions or joined.mentions[0].start != joined.start or not _after_subject(joined, text):
            return False
        if any(text[joined.start : at].rstrip(", ").endswith(_subject_closers()) for at in joined.pieces):
            return False
    nxt = following[0]
    opening = _OWN_AGENT_PIECE.match(text, nxt.start, nxt.end)
    if opening is not None and any(m.start == opening.end() for m in nxt.mentions):
        return True
    # …的，应当…上报至Y，Y及时报告Z / A、B，应当成立…队伍，该队伍应当…: the last piece's modal made an act,
    # so a next piece opening on a new organ subject and its verb is that organ's duty (s35c)
    return modal is not None and _own_subject_act(nxt, text)


# 在十日内 / 于…之前: a bare time frame after the modal, with no act of its own
_BARE_TIME = re.compile(r"\s*(?:(?:在|于)[^,;。]{0,20}?(?:以内|之内|内|以前|之前|前|以后|之后|后|时))?\s*")
# 应当 / 必须 / 可以 opening an act of the piece's own (not 应 or 要: 相应, 重要)
_ACT_MODAL = re.compile(r"应当|必须|可以")


def _own_subject_modal(piece: Clause, text: str) -> bool:
    """The piece opens on an organ (or a joined list of organs) right followed by a modal or 负责."""
    chain = _joined([m for m in piece.mentions if m.start >= piece.start], text, piece.start)
    return bool(chain) and _OWN_SUBJECT_MODAL.match(text, chain[-1].end, piece.end) is not None


_OWN_SUBJECT_MODAL = re.compile(rf"(?:{_MODALS}|可以|负责)")
# what may not follow an organ that opens a piece as its subject: a possessive, a 所-nominal, a list tail
# or joiner, a bracket, a copula or a pause (Y的…, Y所属…, Y等…, Y为成员单位)
_NOT_ACT_AFTER_SUBJECT = re.compile(r"[的所等、和与或（(是为,，:：;；]|及(?!时)|\s|$")


def _own_subject_act(piece: Clause, text: str) -> bool:
    """The piece opens right on an organ (or a joined list of organs) followed by its own act, and is no
    condition or time piece itself (Y发现…的 / Y接到…后): Y对…进行督办 / Y汇总后报Z / Y协助X…."""
    chain = _joined([m for m in piece.mentions if m.start >= piece.start], text, piece.start)
    if not chain or chain[0].start != piece.start:
        return False
    if any(m.member or m.surface.startswith(_BACK_REFERENCES) for m in chain):
        # 移送Y、Z，有关机关应当… / …，养护作业人员应当…: a set pointing back to the bodies just named, or a
        # unit's staff (recorded through their body), is no new holder the loader can name; one clause
        return False
    if _OWN_SUBJECT_MODAL.match(text, chain[-1].end, piece.end) is not None:
        return True
    whole = text[piece.start : piece.end].rstrip()
    if whole.endswith(_subject_closers()) or _NOT_ACT_AFTER_SUBJECT.match(text, chain[-1].end, piece.end):
        return False
    # with no modal, only an organ the text has already named (often the addressee of the act before:
    # 报告Y，Y汇总后报Z) is trusted to open an act of its own
    return all(text.find(m.surface, 0, piece.start) >= 0 for m in chain)


# 有关机关 / 相关部门 / 该单位 / 上述机关: a set that points back to bodies named before it
_BACK_REFERENCES = ("有关", "相关", "该", "上述")


def _event_piece(clause: Clause, text: str) -> bool:
    """X违反…规定 / X发生…事故 / X拖欠…: a piece with a printed subject that meets an event (triggers
    ``event_condition``) and carries no modal of its own."""
    rest = _after_subject(clause, text)
    if not clause.mentions or len(rest) == len(text[clause.start : clause.end].strip()) or rest.endswith("的"):
        return False  # no printed subject; a …的 piece is a condition of its own (genre rule 10)
    return bool(_trigger_regex("event_condition").match(rest)) and not _TOPIC_DUTY_WORD.search(rest)


def _event_before_condition(clauses: list[Clause], index: int, text: str) -> bool:
    """X违反…规定，造成…的，由Y…: an event piece (_event_piece) whose comma piece after it ends the
    condition with 的 is part of that condition (genre rule 10), not a duty of X."""
    clause = clauses[index]
    if index + 1 >= len(clauses) or text[clause.end : clauses[index + 1].start] != ",":
        return False
    nxt = clauses[index + 1]
    first_end = nxt.pieces[0] - 1 if nxt.pieces else nxt.end  # 情节严重的,由Y…: merged with its agent piece
    return text[nxt.start : first_end].rstrip().endswith("的") and not clause.pieces and _event_piece(clause, text)


# 由其(X)负责/承担: the body the 其 points back to is the owner of the thing named before it.
_OWNER_AGENT = re.compile(r"\s*由其(?!他|余|中|次|实)(?P<owned>[^,;。]{0,12}?)(?:负责(?!人)|承担)")
_OWNER_TOPIC_MAX = 6  # topic pieces a 由其 piece may gather (a list of places or things)
# A duty word in a topic piece (not 要: 重要设施 is a thing)
_TOPIC_DUTY_WORD = re.compile(rf"{_STRICT_MODALS}|负责|承担")


def _owner_piece(clauses: list[Clause], index: int, text: str) -> int:
    """X管理的湖泊，由其负责… / 村庄、学校等周围，铁路两侧，由其责任单位负责…: the things named before a
    由其(X)负责 piece are its topic (其 is their owner), one clause with it. Returns the index of that
    piece, or -1. Not a condition (…的，由其…), a modal or located piece, nor one opening on its own
    subject (X主管…，由其所属的Y负责: two duties)."""
    owners = False  # a topic piece opens on organs (X管理的湖泊)
    for at in range(index, min(index + _OWNER_TOPIC_MAX, len(clauses) - 1)):
        piece, after = clauses[at], clauses[at + 1]
        if text[piece.end : after.start] != "," or not _topic_piece(piece, text):
            return -1
        owners = owners or _opens_on_organ(piece, text)
        agent = _OWNER_AGENT.match(text, after.start, after.end)
        if agent:
            # 由其主管部门负责 after X举办的学校: the organs X would be taken for the subject of the
            # merged clause, so only a bare 由其负责 (X itself acts) joins a piece opening on organs
            return at + 1 if not (owners and agent.group("owned").strip()) else -1
    return -1


def _opens_on_organ(piece: Clause, text: str) -> bool:
    return bool(_joined([m for m in piece.mentions if m.start >= piece.start], text, piece.start))


def _topic_piece(piece: Clause, text: str) -> bool:
    """A piece naming things: no modal, item, lead, condition or place of an office; organs at its
    start only as owners of a thing after 的 (X管理的湖泊)."""
    words = text[piece.start : piece.end].strip()
    if not words or words.endswith((":", "：", "的")) or _ITEM.match(words) or _TOPIC_DUTY_WORD.search(words):
        return False
    if _located().search(words):
        return False
    opening = _joined([m for m in piece.mentions if m.start >= piece.start], text, piece.start)
    return not opening or "的" in text[opening[-1].end : piece.end]  # X管理的湖泊: X owns the thing


_HEADING_LINE = re.compile(r"[^,，。;；:：、()（）\[\]《》\d]{2,10}")


def _heading_line(text: str, clause: Clause, article_end: int) -> bool:
    """A line of its own, short, with no punctuation, organ or modal (法律责任 / 监督管理): a chapter
    title the source prints without 第X章, so the structure reader folds it into the article before."""
    line_end = clause.end == article_end or text[clause.end : clause.end + 1] == "\n"
    if not line_end or text[clause.start - 1 : clause.start] != "\n":
        return False
    words = text[clause.start : clause.end].strip()
    return _HEADING_LINE.fullmatch(words) is not None and _MODAL_AT.search(words) is None and "可以" not in words


def _definition_end(text: str, clause: Clause, article_end: int) -> int:
    """The end of the sentence the clause opens if that sentence defines a term (本条例所称X，是指… /
    （一）X，是指… / 下列用语的含义： / X和Y，统称Z), else 0."""
    stop = _SENTENCE_END.search(text, clause.start, article_end)
    end = stop.start() if stop else article_end
    sentence = text[clause.start : end]
    if not any(word in sentence for word in ("所称", "是指", "含义", "统称", ",称")):
        return 0  # cheap pre-check
    if not any(p.match(sentence) for p in _trigger_regexes("definition_sentence")):
        return 0
    # …，具体范围由市人民政府划定: the definition ends before the body named to fix its bounds
    tail = _trigger_regex("definition_bounds_tail").search(sentence)
    return clause.start + tail.start() if tail and clause.start + tail.start() > clause.end - 1 else end


def _reward_end(text: str, clause: Clause, article_end: int) -> int:
    """The end of the sentence the clause opens if it only rewards (对…的单位和个人，按照有关规定给予
    表彰和奖励) and names no rewarding body: no duty (genre rule 5), else 0."""
    stop = _SENTENCE_END.search(text, clause.start, article_end)
    end = stop.start() if stop else article_end
    return end if _trigger_regex("subjectless_reward").match(text[clause.start : end].strip()) else 0


def _objection_end(text: str, clause: Clause, article_end: int, mentions: list[Mention]) -> int:
    """The end of the part (to ；or 。) the clause opens if a party read as no organ objects and may seek
    review (当事人对…不服的，可以申请复议): its liberty, no duty (triggers.yaml objection_liberty), else 0.
    A later piece opened by an organ (…向供水企业提出，供水企业应当核实) is that organ's again."""
    stop = _PART_END.search(text, clause.start, article_end)
    end = stop.start() if stop else article_end
    found = _trigger_regex("objection_liberty").match(text, clause.start, end)
    if not found or any(clause.start <= m.start < found.end("party") for m in mentions):
        return 0
    if not found.group("party"):
        # 对复议决定不服的，可以起诉: the objector of the part before, if that part was a party's objection
        before = max(text.rfind(mark, 0, clause.start - 1) for mark in "。;\n") + 1
        if not _objection_end(text, Clause(before, clause.start - 1, []), clause.start, mentions):
            return 0
    # a later piece a body opens (…，Y应当核实) or names as its agent (…，由受理的部门复检) is not the party's
    opened = [m.start for m in mentions if found.end() <= m.start < end and text[m.start - 1] == ","]
    agent = text.find(",由", found.end(), end)
    return min([*opened, *([agent + 1] if agent >= 0 else []), end])


# A sentence's last piece that is only a short verb phrase (恢复重建, 限期改正), no 并 and no organ
_SHORT_TAIL = re.compile(r"(?!并)[\u4e00-\u9fff]{2,4}")


def _closing_verb(text: str, clause: Clause, stripped: str, previous: str) -> bool:
    """The sentence's last piece is a bare short verb (恢复重建) after a full piece: it closes that duty.
    Not after another short piece (受理，沟通信息，了解情况，统筹协调: a list of acts, one duty each),
    nor a piece of its own kind (接受监督: the oversight of another party)."""
    if not _SHORT_TAIL.fullmatch(stripped) or text[clause.end : clause.end + 1] not in ("。", ";", "\n", ""):
        return False
    if _SHORT_TAIL.fullmatch(previous):
        return False
    return not stripped.startswith(tuple(triggers()["own_closing_verbs"]))


def _purpose_tail(text: str, clause: Clause, stripped: str) -> bool:
    """The sentence's last piece opens with an aim word (确保/提升…): the purpose of the duty before."""
    at_end = text[clause.end : clause.end + 1] in ("。", ";", "\n", "")
    return at_end and _trigger_regex("purpose_tail").match(stripped) is not None


def _identity_regime(clause: Clause, text: str) -> bool:
    """The piece after an identity piece of its sentence (X是…的组织，实行…): the regime that defines the body."""
    start = max(text.rfind(mark, 0, clause.start) for mark in "。;\n") + 1
    return _trigger_regex("identity_piece").search(text[start : clause.start]) is not None


def _fronted_object_start(text: str, before: Clause, clause: Clause) -> int:
    """The view offset of a fronted 对-object piece closing the clause before (…，对X，由Y…), or -1."""
    if text[clause.start - 1 : clause.start] != ",":
        return -1
    found = _trigger_regex("fronted_object_piece").search(text, before.start, before.end)
    return -1 if found is None else found.start() + (text[found.start()] == ",")


def _continues_duty(text: str, clause: Clause, clause_text: str, before: Clause) -> bool:
    """A comma-joined purpose phrase, procedural tail or paired piece (gold item 2: one span with
    the obligation before it)."""
    if text[clause.start - 1 : clause.start] != "," or (clause.mentions and clause.mentions[0].start == clause.start):
        return False
    stripped = clause_text.strip()
    previous = text[before.start : before.end].strip()
    if stripped.startswith("报") and _trigger_regex("handed_for_review").search(previous):
        return False  # X将材料提交Y审核，报Z审批: the reviewer Y submits, a duty of its own
    openers, tails = _continuation_words()
    if stripped.startswith(openers) or any(tail.search(stripped) for tail in tails):
        return True
    if _closing_verb(text, clause, stripped, previous):
        return True  # …应急预案，严格执行。 / …自救互救，恢复重建。: a bare closing verb, one span (gold item 2)
    if _purpose_tail(text, clause, stripped):
        return True  # …实行目标责任制，确保…不减少。: the aim closing the sentence, one span (gold item 2)
    return any(end.search(previous) and opening.match(stripped) for end, opening in _paired_pieces())


@cache
def _paired_pieces() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    return tuple((re.compile(end), re.compile(opening)) for end, opening in triggers()["paired_pieces"])


@cache
def _continuation_words() -> tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]:
    trig = triggers()
    return tuple(trig["purpose_openers"]), tuple(re.compile(p) for p in trig["chain_tails"])


def _carried_activity(clause_text: str, duties: list[Duty]) -> bool:
    """约谈应当明确事由 after …应当约谈X: the activity of the last duty opens the sentence, so its
    holders carry on (a notional passive, dev README), not a norm on a thing."""
    match = _carried_activity_pattern().match(clause_text.strip())
    return match is not None and any(match.group("activity") in duty.text for duty in duties)


@cache
def _result_sent() -> re.Pattern[str]:
    words = alternation(triggers()["carried_activities"])
    return re.compile(triggers()["result_sent"].replace("{words}", f"(?P<activity>{words})"))


@cache
def _carried_activity_pattern() -> re.Pattern[str]:
    trig = triggers()
    words = "|".join(map(re.escape, trig["carried_activities"]))
    return re.compile(trig["carried_activity_subject"].replace("(?:{words})", f"(?P<activity>{words})"))


def _unnamed_sanction(clause_text: str, clause: Clause) -> bool:
    """构成犯罪的，依法追究刑事责任: a sanction whose last piece names no sanctioning body."""
    stripped = clause_text.rstrip()
    if not stripped.endswith(("责任", "责任:", "责任：")):
        return False  # cheap pre-check
    last = clause.pieces[-1] if clause.pieces else clause.start
    if any(m.start >= last for m in clause.mentions):
        return False  # 由公安机关依法追究刑事责任: the body is named
    return any(p.search(stripped) for p in _trigger_regexes("unnamed_sanctions"))


def _offender_sanction(clause_text: str, clause: Clause, text: str) -> bool:
    """X在…工作中滥用职权、玩忽职守的，对直接负责的主管人员…依法给予处分: a whole sentence whose subject is
    the offender and whose sanction names no sanctioning body (no 由Y) is a liability, no duty of X (dev:
    about 13 such sentences taken as the offender's duty, none annotated). A sanction piece after another
    clause of the sentence (由Y责令改正；情节严重的，…给予处分) keeps Y's duty."""
    end = _PART_END.search(text, clause.end)
    part_end = text[: end.start() if end else len(text)].rstrip()
    if not part_end.endswith(("处分", "责任")):
        return False  # cheap pre-check
    start = _sentence_start(text, clause.start, "。\n")
    start = _ARTICLE_MARKER.match(text, start).end()  # type: ignore[union-attr]
    part = part_end[start:]  # the sentence's first part (up to ；), which holds the clause
    return "由" not in part and _trigger_regex("offender_sanction").fullmatch(part) is not None


_ARTICLE_MARKER = re.compile(r"\s*(?:第[零〇一二三四五六七八九十百千]+条)?\s*")


def _offender_compensation(clause_text: str, clause: Clause, text: str) -> bool:
    """…处…罚款；造成损失的，应当予以赔偿: the offender's compensation after a sanction of the same
    sentence, no duty of the sanctioning body carried into it."""
    if "赔偿" not in clause_text or any(m.start >= clause.start for m in clause.mentions):
        return False  # cheap pre-check; 由Y赔偿: a named body pays
    if not _trigger_regex("offender_compensation").search(clause_text.rstrip()):
        return False
    start = _sentence_start(text, clause.start, "。\n")
    return _sanction_sentence().search(text, start, clause.start) is not None


def _lenient_end(text: str, last: Clause, sentence_end: int) -> bool:
    """The sentence ends in leniency right after its condition (…的，可以从轻…处罚) with no body named
    there; a body granting it (…的，主管部门可以从轻处罚 / 经查证属实后，免予处罚) acts itself."""
    start = last.pieces[-1] if last.pieces else last.start  # a merged clause: its last piece
    if any(m.start >= start for m in last.mentions) or text[start - 2 : start] not in ("的,", "的，"):
        return False
    return _trigger_regex("leniency").search(text[start:sentence_end].rstrip("。.;； ")) is not None


def _unnamed_before(text: str, clause: Clause, article_start: int, mentions: list[Mention]) -> bool:
    """No organ is printed in the clause's sentence before it."""
    sentence_start = max(text.rfind("。", article_start, clause.start), article_start)
    return not any(sentence_start <= m.start < clause.start for m in mentions)


def _sending_organiser(unit: Key) -> bool:
    """A government, a party committee (or the pair) or a party organisation department organises the
    sending of first secretaries; they sit in the units that send them (triggers.yaml sending_organisers)."""
    return unit[0] in ("gov", "party", "pg") or unit[-1].endswith(tuple(triggers()["sending_organisers"]))


@cache
def _team_head_post() -> re.Pattern[str]:
    """The post heading a team (队长), as triggers.yaml team_heads lists it."""
    return re.compile(alternation(list(triggers()["team_heads"])))


@cache
def _trigger_regex(key: str) -> re.Pattern[str]:
    """The triggers.yaml pattern ``key``, compiled once: one pattern, or a list of alternatives."""
    value = triggers()[key]
    return re.compile(value if isinstance(value, str) else "|".join(f"(?:{p})" for p in value))


def _without_restated_approvers(relations: list[Relation]) -> list[Relation]:
    """X…报Y批准。…确需修改的，应当报原批准机关批准: the past approver is Y again, whose edge stands, so
    the submission to 原批准机关 is dropped (triggers.yaml past_approver); with no approval before it, it
    stays a body of its own."""
    past, approved = _trigger_regex("past_approver"), _trigger_regex("approved_by")
    return [
        r
        for r in relations
        if r.type != "REPORTS_TO"
        or not past.match(r.target.split("/", 1)[-1])
        or not any(
            e.type == "REPORTS_TO" and e.start < r.start and approved.search(e.evidence) and e.target != r.target
            for e in relations
        )
    ]


@cache
def _trigger_regexes(key: str) -> tuple[re.Pattern[str], ...]:
    """The triggers.yaml patterns ``key``, each compiled once (tried in order)."""
    return tuple(re.compile(p) for p in triggers()[key])


@cache
def _activity_subject_pattern(activity: str) -> re.Pattern[str]:
    return re.compile(triggers()["activity_subject"].replace("{activity}", re.escape(activity)))


# A lead with no topic of its own (，主要包括： / 。具体包括：) right after a duty X负责… opens: the list is the
# contents of X's charge, so its items are X's duties (dev lc-hzz, xam-lzz annotate each item; corpus 188
# such bare leads, most after a thing's name, where no 负责 duty stands before them).
_BARE_CONTENTS_LEAD = re.compile(r"\s*(?:主要|具体)?包括[:：]")
_CHARGE_OPENING = re.compile(r"负责")


def _list_lead(clause_text: str) -> str | None:
    """The kind of list a lead-in opens: duties (X职责主要包括：), contents (预案应当包括下列内容：) or None."""
    stripped = clause_text.rstrip()
    if not stripped.endswith((":", "：")):
        return None  # cheap pre-check: most clauses open no list
    for kind, pattern in _list_lead_patterns():
        if pattern.search(stripped):
            return kind
    return None


@cache
def _list_lead_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    leads = triggers()["list_leads"]
    return ("duties", re.compile(leads["duties"])), ("contents", re.compile(leads["contents"]))


def _encouraging(clause_text: str) -> bool:
    """A sentence that opens with 鼓励/支持/倡导, or with 本市 and one of them."""
    if not _ENCOURAGED.search(clause_text, 0, 8):
        return False
    stripped = clause_text.lstrip()
    for place in triggers()["place_self"]:
        if stripped.startswith(place):
            stripped = stripped[len(place) :]
            break
    return bool(_ENCOURAGED.match(stripped))


def _regime_subject(clause: Clause, following: list[Clause], text: str) -> bool:
    """X设在街道的派出机构，实行…的管理体制: a piece ending on its organ, followed by the regime piece
    it is the subject of, is one clause with it (a regime statement, no duty of either piece)."""
    if not following or not clause.mentions or text[clause.end : following[0].start] != ",":
        return False
    piece = text[following[0].start : following[0].end]
    if clause.mentions[-1].end != clause.end or ("体制" not in piece and "双重管理" not in piece):
        return False
    piece = text[following[0].start : following[0].end].strip()
    return piece.startswith("实行") and _regime_statement(piece)


# 居住分散的村，(经村民会议决定，)可以设立…: the permission of a described place, past an approval piece
_APPROVED_PERMISSION = re.compile(rf"(?:经[^,，。;；]{{1,20}}(?:决定|同意|批准)[,，])?(?:{_MODALS}|可以)")


def _described_place(chain: list[Mention], text: str) -> bool:
    """人数较多或者居住分散的村，可以设立… / 林地面积较大、地形复杂的村，可以…: a bare level word after a
    description of which places is the subject of a permission too (可以), not only of a modal (dev fl-cwh,
    sd-cwh, sh-cunwei, cq-cwh, gx-linzhang annotate the 村's duty); an eligible unit (符合条件的企业可以申请…)
    is left as it was."""
    if len(chain) != 1 or not chain[0].bare or text[chain[0].start - 1 : chain[0].start] != "的":
        return False
    opening = re.split(r"[,，。;；:：\n]", text[max(0, chain[0].start - 30) : chain[0].start])[-1].strip()
    opening = re.sub(r"^第[一二三四五六七八九十百零〇\d]+条\s*", "", opening)
    return "对" not in opening and not opening.startswith(organ_words("no_subject_openings"))


def _approval_after_place(subject: Clause, clause: Clause, following: list[Clause], text: str) -> bool:
    """居住分散的村，经村民会议决定，可以设立…: the 经X决定 piece between a described place and its permission."""
    last = subject.mentions[-1] if subject.mentions else None
    return (
        last is not None
        and last.end == subject.end
        and _described_place([last], text)
        and bool(following)
        and text[clause.end : following[0].start] == ","
        and _APPROVED_PERMISSION.fullmatch(text, clause.start, following[0].start + 2) is not None
    )


def _qualified_subject(clause: Clause, following: list[Clause], text: str) -> bool:
    """…规模较小的生产经营单位，应当…: a piece ending with an organ after 的, followed by a modal piece,
    is that organ's subject with its qualifier: one clause."""
    if not following or not clause.mentions or text[clause.end : following[0].start] != ",":
        return False
    last = clause.mentions[-1]
    if last.end != clause.end or not (_after_de(last, clause, text) or _qualified_list(clause, text)):
        return False
    if _MODAL_AT.match(text, following[0].start):
        return True
    if _described_place([last], text) and _APPROVED_PERMISSION.match(text, following[0].start):
        return True  # 居住分散的村，可以设立…: a described place's permission (_described_place)
    # …的经营单位，从业人员超过百人的，应当…: a condition (…的) between the subject and the modal
    return clause.mentions[0] is last and text[following[0].end - 1 : following[0].end] == "的"


def _after_de(mention: Mention, clause: Clause, text: str) -> bool:
    """An organ right after a 的 of the clause (…规模较小的生产经营单位)."""
    return mention.start - 1 >= clause.start and text[mention.start - 1] == "的"


def _qualified_list(clause: Clause, text: str) -> bool:
    """A的X和B的Y，应当…: a list of organs whose first member follows a 的 and whose members join up to the
    piece's end is one qualified subject, as a single one is (办矿单位的主要负责人 joins after 和)."""
    first = clause.mentions[0]
    chain = _joined(clause.mentions, text, first.start)
    return len(chain) > 1 and chain[-1] is clause.mentions[-1] and _after_de(first, clause, text)


def _subject_lists(clause: Clause, following: list[Clause], text: str, listed: bool = False) -> bool:
    """A部门，B，以及C、D等…的组织，应当…: pieces that are lists of organs only, comma after comma, up to
    a piece opening with the modal, are one subject (the holders of that modal piece). ``listed``: a
    list piece already joined the clause before ``clause``."""
    lists = int(listed)
    for piece in [clause, *following]:
        if lists and _modal_after_adverb(text, piece.start):
            return lists > 1  # a single list before the modal is _topic_before_modal's
        if not _listed_piece(piece, text) or text[piece.end : piece.end + 1] != ",":
            return False
        lists += 1
    return False


def _listed_piece(piece: Clause, text: str) -> bool:
    """The piece is a list of organs only (以及A、B), perhaps closed by 等…的N (等参与防治工作的组织)."""
    lead = len("以及") if text.startswith("以及", piece.start) else 0
    qualified = _QUALIFIED_LEAD.match(text, piece.start, piece.mentions[0].start) if piece.mentions else None
    if (
        not lead
        and qualified
        and qualified.end() == piece.mentions[0].start
        and "以及" in text[piece.end : piece.end + 3]
    ):
        lead = qualified.end() - piece.start  # 保护范围内的A及其B，以及C，应当…: the place opens the first list
    chain = _joined(piece.mentions, text, piece.start + lead)
    return bool(chain) and (
        chain[-1].end == piece.end or _LIST_TAIL.fullmatch(text, chain[-1].end, piece.end) is not None
    )


def _topic_before_modal(clause: Clause, following: list[Clause], text: str) -> bool:
    """X收到信访事项，应当予以登记 / 名单，应当公布: a piece with no modal of its own, followed by a
    subjectless modal piece, is that obligation's subject and topic (or condition): one clause."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    if not _STRICT_MODAL_OPENING.match(text[following[0].start : following[0].end].strip()):
        return False  # not 要: in policy texts …，要… opens a new obligation after a duty of its own
    piece = text[clause.start : clause.end]
    if _responsibility_statement(clause, following[0], text):
        return False
    if piece.rstrip().endswith("组成") and _composition(piece):
        return False  # X成员单位由A、B组成，应当…: the make-up is no topic; the members bear the modal piece
    return not _MODAL_AT.search(piece) and not _ITEM.match(piece) and not piece.rstrip().endswith(":")


def _responsibility_statement(clause: Clause, nxt: Clause, text: str) -> bool:
    """X对…负主体责任，应当…: a piece that only states the subject's responsibility is the headline duty
    (gold README rule 5: the label sits on that clause alone), not a topic of the modal piece after it;
    before a list lead (…承担主体责任，应当履行下列责任：) the two stay one clause."""
    if text[nxt.start : nxt.end].rstrip().endswith((":", "：")):
        return False
    return _responsibility_piece().fullmatch(_after_subject(clause, text).strip()) is not None


@cache
def _responsibility_piece() -> re.Pattern[str]:
    return re.compile(triggers()["responsibility_statement"])


def _fronted_topic(clause: Clause, following: list[Clause], text: str) -> bool:
    """X对Y的执法活动，应当加强监督: a fronted 对Y topic with no verb of its own, followed by the modal
    clause that acts on it, is one clause (its oversight verb reaches Y)."""
    if not following or text[clause.end : following[0].start] != "," or text.find("对", clause.start, clause.end) < 0:
        return False
    rest = _after_subject(clause, text)
    if not rest.startswith("对") or _has_verb(rest) or _oversight_patterns()[0].search(rest):
        return False
    if _responsibility_statement(clause, following[0], text):
        return False  # X对…负主体责任，应当…: a headline duty of its own
    opening = text[following[0].start : following[0].end].strip()
    if _MODAL_OPENING.match(opening):
        return True
    if len(following) > 1 and _is_adverbial(opening) and text[following[0].end : following[1].start] == ",":
        # 对…的X，视情节轻重，由Y约谈: a manner piece may stand between the topic and the agent's piece
        opening = text[following[1].start : following[1].end].strip()
    # 对…不力的下级人民政府，由本级人民政府约谈其主要负责人: the 对 object (an organ ending the piece)
    # is what the agent's verb acts on
    return opening.startswith("由") and bool(clause.mentions) and clause.mentions[-1].end == clause.end


def _partner_lead(clause: Clause, following: list[Clause], text: str) -> bool:
    """X应当会同有关部门，制定…: a clause that ends on its partner or staff (会同/组织 + organs) has not
    printed its act yet; the comma piece after it is that act, so both are one clause (gold item 2)."""
    if not following or not clause.mentions or text[clause.end : following[0].start] != ",":
        return False
    leads, tails = _partner_lead_words()
    cursor = -1
    for mention in clause.mentions:
        if cursor >= 0 and text[cursor : mention.start] in _SUBJECT_JOINERS:
            cursor = mention.end  # the next member of the partner list
        elif text[max(clause.start, mention.start - 2) : mention.start].endswith(leads):
            cursor = mention.end
        else:
            cursor = -1
    return cursor >= 0 and text[cursor : clause.end].strip() in tails


def _measures_lead(clause: Clause, following: list[Clause], text: str) -> bool:
    """X应当采取措施，维持…: a piece whose act is only a bare 采取措施 names its measures in the comma
    piece after it, so both are one clause (gold item 2)."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    return _trigger_regex("measures_lead").match(_after_subject(clause, text)) is not None


@cache
def _partner_lead_words() -> tuple[tuple[str, ...], frozenset[str]]:
    trig = triggers()
    return tuple(trig["partner_leads"]), frozenset(["", *trig["partner_lead_tails"]])


def _fronted_object(clause: Clause, following: list[Clause], text: str) -> bool:
    """对…发现的问题，认真组织整改落实 / 对表现突出的干部，优先提拔使用: a 对 object (a short noun or an
    organ after its last 的) fronted before the piece that acts on it (subjectless, or opening on its
    subject and modal) is that piece's object: one clause. The verbs inside the 的-modifier (发现,
    表现) are not the clause's own."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    rest = _after_subject(clause, text)
    if not rest.startswith("对") or "的" not in rest or _has_verb(rest):
        return False
    tail = rest[rest.rindex("的") + 1 :]
    ends_on_organ = bool(clause.mentions) and clause.mentions[-1].end == clause.end
    nxt = following[0]
    opens_on_organ = bool(nxt.mentions) and nxt.mentions[0].start == nxt.start
    longest = (
        _OBJECT_NOUN_MAX
        if opens_on_organ
        else _SUBJECT_OBJECT_MAX
        if _NORM_OPENING.match(text, nxt.start)
        else _ACTED_OBJECT_MAX
    )
    if tail.endswith(_fronted_object_nouns()):
        # 对…中出现的重大、复杂行政执法事项，实行联合执法: a tail closing on a matter noun ends on no verb,
        # however long its modifiers (dev ly-shidi, zz-shidi, zz-jialuhe annotate such pieces as one duty)
        longest = max(longest, _SUBJECT_OBJECT_MAX)
    if not (ends_on_organ or 0 < len(tail) <= longest) or _fronted_object_verbs().search(tail):
        return False
    nxt_text = text[nxt.start : nxt.end].rstrip()
    if opens_on_organ:
        # 对…的扶贫对象，X应当…: the object of X's own duty (X opens the next piece before its modal);
        # a piece opening on an organ with no modal (对…的，X负责) is left alone
        chain = _joined(nxt.mentions, text, nxt.start)
        return bool(chain) and _MODAL_AT.match(text, chain[-1].end) is not None
    # an oversight word inside the modifier (督查发现的问题) is no act of the clause; after 的 it would be
    return not nxt_text.endswith("的") and not nxt_text.startswith("由") and not _oversight_patterns()[0].search(tail)


# The longest noun after 的 read as a fronted object (问题, 干部, 扶贫对象).
_OBJECT_NOUN_MAX = 4
# …before a subjectless piece that acts on it (对…的单位和个人，按照规定给予表彰奖励 / 对新发现的突发传染病，
# 及时…): a five-character noun too (dev: 12 such pieces annotated in one span with the act, in 12
# documents). Longer tails are mostly a noun and a verb (对发现的问题及时处理, 林木组织补种), kept apart.
_ACTED_OBJECT_MAX = 5
# …before a piece that opens on its modal (对…的超限货运车辆，不得收取…; corpus 223 with a 6–12 character
# noun in 194 files, dev 11): the modal piece has no subject to end the noun, so the noun is its object.
_NORM_OPENING = re.compile(r"\s*(?:应当|应(?![急用对])|必须|可以|不得|严禁|禁止)")
# The longest noun read as the fronted object of a piece that opens on its own subject and modal
# (对…有功的单位和个人，X应当…): the subject marks the object's end, so a longer noun is safe.
_SUBJECT_OBJECT_MAX = 12


def _object_before_subject(clause: Clause, following: list[Clause], text: str) -> bool:
    """对…的单位和个人，X应当予以奖励 / 对应急物资，X应当优先运输: a verbless 对 noun before a piece that
    opens on its subject chain and modal is the object of X's duty, whatever the noun's length; that
    modal piece ends the clause."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    rest = _after_subject(clause, text)
    nxt = following[0]
    if not rest.startswith("对") or _has_verb(rest) or not nxt.mentions or nxt.mentions[0].start != nxt.start:
        return False
    chain = _joined(nxt.mentions, text, nxt.start)
    if not chain or _PIECE_MODAL.match(text, chain[-1].end) is None:
        return False  # 对…的重大问题，X可以提请…: a permission has its object too
    tail = rest[rest.rindex("的") + 1 :] if "的" in rest else rest[1:]
    return 0 < len(tail) <= _SUBJECT_OBJECT_MAX and not _fronted_object_verbs().search(tail)


@cache
def _fronted_object_verbs() -> re.Pattern[str]:
    return re.compile(alternation(triggers()["fronted_object_verbs"]))


@cache
def _fronted_object_nouns() -> tuple[str, ...]:
    return tuple(triggers()["fronted_object_nouns"])


def _topic_noun(clause: Clause, following: list[Clause], text: str, index: int) -> bool:
    """…的森林火灾，由X负责调查 / 其中，…: a sentence that opens on a bare noun (no organ, no verb, no
    modal) names the case that the agent of its next piece (由X) deals with, or a connector opens it:
    one clause with that piece (gold item 2)."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    piece = text[clause.start : clause.end].strip()
    if not piece or len(piece) > _TOPIC_NOUN_MAX or piece.endswith((":", "：")):
        return False
    # X负责人年度考核等次，Y应当…: organs running with no 的 into a personnel matter (_organs_modifier_only)
    bare_personnel = "的" not in piece and _organs_modifier_only(clause, text)
    if clause.mentions and not bare_personnel and not _organ_modified_topic(clause, following[0], text):
        return False
    at = clause.start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    if index and text[at - 1 : at] not in ("。", ";", "；", "\n"):
        return False  # mid-sentence: a list of objects or a piece of the clause before
    if bare_personnel:
        return _opens_on_subject_modal(following[0], text)
    if piece.startswith("对") or _ITEM.match(piece) or _PIECE_MODAL.search(_names_masked(clause, text)):
        return False  # a 对 object has rules of its own (_fronted_object, _object_before_subject)
    if _PIECE_MODAL.search(piece):
        # 派出机构主要负责人的任免、调整，Y应当…: the 要 of an organ's name is no modal, yet such a topic
        # joins only the piece of its own subject and modal (the personnel reading below)
        return _organs_modifier_only(clause, text) and _opens_on_subject_modal(following[0], text)
    if _has_verb(piece[piece.rfind("的") + 1 :] if clause.mentions else piece):
        return False  # the verbs of an organ's 的-modifier (…依法实施的处罚) are not the piece's own
    if _NOT_TOPIC_NOUN.search(piece):
        return False  # a list lead (有下列情形之一) or a definition (所称X)
    nxt_text = text[following[0].start : following[0].end].strip()
    if piece in _topic_connectors():
        # 其中，由Y… / 其中，X的管理范围应当… / 其中，公安机关负责…: the piece after it says what, the
        # connector alone says nothing (dev gw-fxzr annotates 其中，X负责… as one duty); a piece opening on
        # an organ that only fills a post (其中，X由Y担任) stays apart, as the designation it is
        nxt = following[0]
        if not nxt.mentions or text[nxt.start : nxt.mentions[0].start].strip() != "":
            return True
        return not _trigger_regex("designation").search(nxt_text)
    # 由Y负责: the agent acts on the case the noun names (a piece opening on its own subject or on a
    # verb is left alone: the noun may be a subject whose verb _has_verb does not know)
    if nxt_text.startswith("由") and not nxt_text.startswith("由于"):
        return True
    # X负责人的任免、调整，Y应当事先征求Z的意见: a topic whose organs stand only inside its 的-modifier,
    # before a piece opening on its own subject and modal, is the case that subject acts on (dev: 6 of 6
    # such sentences annotated as one duty of Y's)
    return _organs_modifier_only(clause, text) and _opens_on_subject_modal(following[0], text)


def _bare_personnel_topic(clause: Clause, text: str) -> bool:
    """X负责人年度考核等次，…: the clause's first piece is organs running with no 的 into a personnel matter."""
    end = clause.pieces[0]
    while end > clause.start and text[end - 1] in ",， ":
        end -= 1
    chain = _joined([m for m in clause.mentions if m.start < end], text, clause.start)
    if not chain or "的" in text[clause.start : end]:
        return False
    tail = _personnel_topic().search(text, chain[-1].end, end)
    return tail is not None and tail.start() == chain[-1].end


def _names_masked(clause: Clause, text: str) -> str:
    """The clause's words with its organs' names blanked (the 要 of 主要负责人 is no modal)."""
    chars = list(text[clause.start : clause.end])
    for mention in clause.mentions:
        for at in range(max(mention.start, clause.start), min(mention.end, clause.end)):
            chars[at - clause.start] = "□"
    return "".join(chars).strip()


@cache
def _personnel_topic() -> re.Pattern[str]:
    """年度考核等次 / 任免、调整: the personnel matter a head's name runs into with no 的 (triggers.yaml)."""
    nouns = alternation(triggers()["personnel_topic_nouns"])
    return re.compile(rf"(?:{nouns})(?:[、和](?:{nouns}))*\s*$")


def _organs_modifier_only(clause: Clause, text: str) -> bool:
    """X、Y负责人的N: the piece is a list of organs, then 的 and the noun (nothing else before the 的);
    X负责人年度考核等次: with no 的, the organs run right into a personnel matter."""
    piece_end = clause.start + text[clause.start : clause.end].rfind("的")
    if piece_end < clause.start and clause.mentions:
        tail = _personnel_topic().search(text, clause.mentions[-1].end, clause.end)
        if tail is not None and tail.start() == clause.mentions[-1].end:
            piece_end = tail.start()
    if not clause.mentions or piece_end < clause.start:
        return False
    cursor = clause.start
    while cursor < piece_end and text[cursor] == " ":
        cursor += 1
    for mention in clause.mentions:
        if mention.start >= piece_end:
            break
        if text[cursor : mention.start] not in _SUBJECT_JOINERS:
            return False
        cursor = max(cursor, mention.end)
    return cursor == piece_end


def _opens_on_subject_modal(clause: Clause, text: str) -> bool:
    """Y应当… / Y和Z应当… / 其Y应当…: the piece opens on a chain of organs followed by its modal (其 only
    points the organ back to the topic's)."""
    at = clause.start
    while at < clause.end and text[at] == " ":
        at += 1
    if text.startswith("其", at) and clause.mentions and clause.mentions[0].start == at + 1:
        at += 1
    if not clause.mentions or clause.mentions[0].start != at:
        return False
    chain = _joined(clause.mentions, text, at)
    return bool(chain) and _MODAL_AT.match(text, chain[-1].end) is not None


def _body_before_agent(text: str, cursor: int, end: int) -> bool:
    """X由Y负责组织 / X由Y统一管理: a body printed right before 由 is the object of the agent's act (the
    dev annotations give the clause to Y). Not 由于 (a reason), nor X由…组成 (X bears what follows)."""
    if not text.startswith("由", cursor) or text.startswith(("由于", "由此"), cursor):
        return False
    if _COMPOSED_END.search(text, cursor, end):
        return False
    # a piece before a comma too (X由Y统筹组建，负责…: the loop gives what follows back to X), but not
    # X由Y牵头，负责…: Y only leads X, which bears the piece and the ones after it
    return text[end : end + 1] in ("。", "") or (text[end : end + 1] == "," and not _led_by(text, cursor, end))


_COMPOSED_END = re.compile(r"组成\s*$")


def _repeats_agent_act(text: str, agent_clause: Clause, clause_text: str) -> bool:
    """Z由Y选聘和管理，优先从…中选聘: a piece ending with a verb of the 由 clause tells how Y does that
    act, so it stays Y's (dev: the hired patrollers hold no duty of their own selection)."""
    printed = text[agent_clause.start : agent_clause.end]
    at = printed.rfind("由")
    tail = clause_text.rstrip("。；;，, ")
    return at >= 0 and len(tail) > 2 and tail[-2:] in printed[at + 1 :]


def _led_by(text: str, cursor: int, end: int) -> bool:
    return _trigger_regex("led_by").match(text[cursor:end].rstrip()) is not None


def _one_owner(text: str, surface: str) -> bool:
    """其所属的Y: the document prints Y after no other owner (no X的Y but 其所属的Y), so the bare Y names the one
    body (其所属的草原监督管理机构); Y of several owners (A的Y, B的Y) cannot be told apart by its words alone."""
    owned = text.count("的" + surface)
    return owned == text.count("其所属的" + surface)


def _topic_before_agent(text: str, cursor: int, end: int) -> bool:
    """X + a topic noun + 由Y V in one piece (X换届选举工作由Y组织 / X及其职责由Y调整 / X实施…的具体事项由Y确定):
    the words between the subject's organs and 由 are a noun phrase (no modal) whose noun, after the last 的,
    ends on a topic head (triggers.yaml agent_topic_heads), so X only qualifies what Y acts on."""
    at = _agent_marker(text, cursor, end)
    if at <= cursor or text.startswith(("由于", "由此", "由其"), at):
        return False
    gap = text[cursor:at]
    if _PIECE_MODAL.search(gap):
        return False
    noun = gap[gap.rfind("的") + 1 :]
    return _topic_tail(noun)


def _topic_tail(noun: str) -> bool:
    """A topic noun before 由Y: short, closing on a head of triggers.yaml agent_topic_heads, with no verb of its
    own (X统筹绿地认养工作，由Y负责… is X's own act; place_actions holds the act verbs) and no modal."""
    return (
        0 < len(noun) <= 12
        and noun.endswith(_agent_topic_heads())
        and not _has_verb(noun)
        and not _PIECE_MODAL.search(noun)
        and _ACT_VERB.search(noun) is None
    )


_ACT_VERB = re.compile(alternation(triggers()["place_actions"]))


@cache
def _agent_topic_heads() -> tuple[str, ...]:
    return tuple(triggers()["agent_topic_heads"])


def _modified_topic(clause: Clause, cursor: int, text: str) -> bool:
    """X所必需的经费，由Y… / X负责的事项，由Y办理: the subject's piece goes on into a 的-modifier of a
    topic noun (no modal, the noun after the last 的) and the next piece opens on 由: X is no subject.
    A piece ending on 的 (违反…的，由Y处罚) is a condition, left to the sanction rules."""
    comma = text.find(",", cursor, clause.end)
    if comma < 0 or not text.startswith("由", comma + 1) or text.startswith(("由于", "由其"), comma + 1):
        return False  # X管理的湖泊，由其负责…: 其 is X, the holder (_OWNER_AGENT)
    piece = text[cursor:comma]
    if "的" not in piece and _topic_tail(piece):
        # 市级机关义务植树任务，由Y安排 / X所需核查等费用，由Y承担: no 的, the subject's piece goes on into the
        # topic noun itself (a head of triggers.yaml agent_topic_heads)
        return not any(cursor < m.start < comma for m in clause.mentions)
    if "的" not in piece or piece.endswith("的") or "由" in piece or _PIECE_MODAL.search(piece):
        return False
    noun_at = cursor + piece.rindex("的")
    if _has_verb(text[noun_at + 1 : comma]):
        return False  # the noun after the last 的 goes on into a verb: X acts in its own piece
    # X根据Y的建议作出决定: another organ in the modifier makes it X's own act, not a topic
    return not any(cursor < m.start < comma for m in clause.mentions)


_RELATIVE_CLAUSE_MARKS = ("受", "被", "经", "由", "对")


@cache
def _relative_clause_verb() -> re.Pattern[str]:
    """(已经)批准(公布)的 right after the opening organs: a relative clause of theirs (triggers.yaml
    relative_clause_adverbs, relative_clause_verbs, relative_clause_tails)."""
    trig = triggers()
    adverbs = alternation(trig["relative_clause_adverbs"])
    verbs = alternation(trig["relative_clause_verbs"])
    tails = alternation(trig["relative_clause_tails"])
    return re.compile(rf"(?:{adverbs})?(?:{verbs})(?:{tails})?的")


def _relative_clause_agents(clause: Clause, cursor: int, text: str) -> bool:
    """国务院、省人民政府已经批准公布的保护对象，直接列入保护名录 / 省人民政府批准的分配方案，是…的依据: the
    opening organs are the agents of a relative clause (an approving verb and 的, no object between) on a
    thing, not the subject of the clause (dev kf-gucheng, kf-hehu, gw-hhsl, gw-tuigeng: no duty of theirs
    there), where the clause charges no one: a modal, 负责 or 由其 after it keeps X the holder of its own
    product (X制定的章程，应当报Y备案; X管理的湖泊，由其负责…, dev hn-cwh, bj-hehu). A noun after 的 that is
    itself an organ (X确定的重点单位应当…) is left to the usual reading, as is a condition (X批准的，…)."""
    if text[clause.start : clause.start + 1] in _RELATIVE_CLAUSE_MARKS:
        return False  # 受X委托的事项: X is named by a passive or agent word, not as an opening subject
    found = _relative_clause_verb().match(text, cursor, clause.end)
    if found is None or found.end() >= clause.end or text[found.end()] in ",，;；。":
        return False
    rest = text[found.end() : clause.end]
    if _PIECE_MODAL.search(rest) or any(word in rest for word in triggers()["relative_clause_charges"]):
        return False  # X作出的决定，应当告知Y / X管理的湖泊，由其负责…: X still acts on its own product
    return not any(m.start == found.end() for m in clause.mentions)


def _organ_modified_topic(clause: Clause, nxt: Clause, text: str) -> bool:
    """市和区X所必需的经费，由Y列入预算 / X的设立和撤销，由Y提出: organs printed only inside the 的-modifier
    of the topic noun are no subject; the noun is the case the agent of the 由 piece acts on (the gold
    gives the duty to Y). The 由 piece must name its agent, or the topic's organ may be the subject."""
    piece = text[clause.start : clause.end]
    last_de = piece.rfind("的")
    if last_de < 0 and "由" not in piece and nxt.mentions and text.startswith("由", nxt.start):
        # 市级机关义务植树任务，由Y安排 / X所需核查等费用，由Y承担: no 的, the organs open the piece and the
        # topic noun (a head of triggers.yaml agent_topic_heads) closes it
        chain = _joined(clause.mentions, text, clause.mentions[0].start)
        tail = piece[chain[-1].end - clause.start :].strip() if chain else ""
        return len(chain) == len(clause.mentions) and _topic_tail(tail)
    if last_de < 0 or "由" in piece or not nxt.mentions:
        return False
    if any(m.end > clause.start + last_de for m in clause.mentions) or _has_verb(piece[last_de + 1 :]):
        return False
    # X确定Y管理的河道: a second organ after the first list is the object of X's own act
    return len(_joined(clause.mentions, text, clause.mentions[0].start)) == len(clause.mentions)


def _object_before_agent(clause: Clause, following: list[Clause], text: str, index: int) -> bool:
    """对…的领导干部，(视情节轻重，)由Y约谈… / 对…不明确的，由Y确定…: a 对 piece that opens its sentence,
    before the piece naming the agent (由Y), is what Y acts on: one clause with it, as the gold keeps it
    (a 由 piece is joined by _merge_adverbials's run of qualifiers when one qualifier comes between)."""
    if not following or text[clause.end : following[0].start] != ",":
        return False
    piece = text[clause.start : clause.end].strip()
    if not piece.startswith("对") or _PIECE_MODAL.search(piece) or _NOT_TOPIC_NOUN.search(piece):
        return False
    at = clause.start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    if index and text[at - 1 : at] not in ("。", ";", "\n"):
        return False  # mid-sentence: 对 opens a piece of the clause before
    nxt = text[following[0].start : following[0].end].strip()
    if _qualifier_piece(following[0], text) and len(following) > 1:
        if text[following[0].end : following[1].start] != ",":
            return False
        nxt = text[following[1].start : following[1].end].strip()  # 视情节轻重，由Y…
    return _AGENT_PIECE_OPENING.match(nxt) is not None


# 对A和B的督导，分别由C、D组织实施: the objects fronted by 对 before the agents 分别 pairs them with
_RESPECTIVE_AGENTS = re.compile(r"\s*对(?P<objects>[^,，。;；]{2,60}?)的[^,，。;；]{1,12}[,，]分别由")
# 由Y… / 分别由Y、Z…: the agent piece, an adverb of the agents' list (分别, 均) before its 由
_AGENT_PIECE_OPENING = re.compile(r"(?:分别|均)?由(?!于)")


# The longest bare noun read as the topic of the piece after it (发生在…位置不清的森林火灾).
_TOPIC_NOUN_MAX = 30
_NOT_TOPIC_NOUN = re.compile("下列|以下|所称|之一")


@cache
def _topic_connectors() -> frozenset[str]:
    return frozenset(triggers()["topic_connectors"])


def _coordinated(clause: Clause, clauses: list[Clause], index: int, text: str) -> bool:
    """在规定时限内报Y，并按期报送…: a piece opening on a time or place (在…) with an act after it, then a
    comma piece opening on 并, holds the first of two acts (a verb _has_verb does not know): it
    qualifies nothing and both stay duties of their own. A piece ending as a time or condition (在…期间,
    …的) still joins (…的，并处罚款), and so does a 并 piece naming another agent (并由Y…) or qualifying the
    piece after it (并在…日内，…); a 并报…备案 tail still joins its duty (chain_tails)."""
    if index < len(clauses) and _case_duty_follows(clause, clauses, index, text):
        return True
    if index < len(clauses) and _deadline_act_before_agent(clause, clauses[index], text):
        return True
    if (
        index < len(clauses)
        and text[clause.end : clauses[index].start] == ","
        and _plain_act_piece(clauses[index], text)
        and _act_after_frame(clause, text)
    ):
        return True  # X应当按照规定开展巡查，如实填写…: two acts
    if index >= len(clauses) or not text.startswith("并", clauses[index].start):
        return False
    second = text[clauses[index].start + 1 : clauses[index].end].strip()
    qualifies_next = index + 1 < len(clauses) and text[clauses[index].end : clauses[index + 1].start] == ","
    # 并自…之日起三日内，…: a time limit (…内) qualifies the piece after it
    qualifier = _is_adverbial(second) or second.endswith(("内", *_adverbial_words()[1]))
    if second.startswith("由") or (qualifies_next and qualifier):
        return False  # 并由Y送达: another agent takes over / 并在…日内，…: the 并 piece is a qualifier itself
    rest = _ADVERBIAL_LEAD.sub("", _after_modified_subject(clause, text))  # the same subject as _qualifier_piece
    if rest.endswith(_adverbial_words()[1]):
        return False
    # 按照…规定检测…，并对…负责 / 根据…进行整改，并在…内报告: a 并 piece with a frame of its own (对/在)
    # is a second act, so the 按照/根据 piece before it holds the first
    return rest.startswith(_coordinated_openers()) or (
        rest.startswith(_rule_openers()) and second.startswith(_own_frame_openers())
    )


def _act_after_frame(clause: Clause, text: str) -> bool:
    """X应当按照规定开展巡查，如实填写… / 按照职责分工落实…，每半年报送… / 在Y领导下开展工作，…: a rule or
    leadership frame (按照…规定 / 在…领导下, ending on a frame noun) with an act after it in the same piece
    (a verb _has_verb does not know) holds that act; the comma piece after it is a second act, not the act
    the frame was waiting for (dev survey: 157 such boundaries split by the annotations, 50 kept whole;
    a frame ending the piece, 按照职责分工，…, still joins; chain and purpose tails still rejoin)."""
    rest = _ADVERBIAL_LEAD.sub("", _after_modified_subject(clause, text))
    if not rest.startswith((*_rule_openers(), "在")):
        return False  # cheap pre-check
    joiners = _frame_act_words()[1]
    if rest.endswith((*_adverbial_words()[1], "后")):
        return False  # the piece ends as a time or condition (…征求意见后，报Y…): it waits for its act
    opening = _frame_act_opening().match(rest)
    if opening is None:
        return False
    last = -1  # the end of the frame's last closer that an act follows
    for closer in _frame_act_closer_pattern().finditer(rest):
        after = rest[closer.end() :]
        if closer.end() < opening.end() or _frame_act_closer_pattern().match(after):
            continue  # inside the frame's opening / 职责分工: the next closer goes on with it
        if after and not joiners.match(after) and not _FRAME_MODIFIER.match(after):
            last = closer.end()
    if last < 0 or rest.startswith(tuple(triggers()["setting_up"]), last):
        return False  # 根据需要设立X，负责…: the body set up bears the piece after it (_ESTABLISHED_DUTY)
    if rest.startswith("对", last) and not _trigger_regex("frame_object_act").search(rest, max(last, rest.rfind("的"))):
        return False  # 按照规定对…的单位和个人，予以表彰: only the act's object (no act word past its last 的)
    if _trigger_regex("frame_reference_act").fullmatch(rest, last):
        return False  # 依照…规定办理: a reference to the rules, no act of its own
    if _trigger_regex("frame_measures_act").fullmatch(rest, last):
        return False  # 按照预案要求采取有效措施，排除险情: the measures are named after the comma (measures_lead)
    return len(rest) - last >= 2


def _plain_act_piece(clause: Clause, text: str) -> bool:
    """A comma piece that is only an act of the subject before it: no agent of its own (并由Y… / 具体办法由Y…),
    no organ or modal of its own (公民应当…), no qualifier of a piece after it (经…, 除…外, …的) and no 把
    piece carrying on the object before it; any of these the frame piece before it still joins as before
    (_act_after_frame)."""
    piece = text[clause.start : clause.end].strip()
    if _NEXT_AGENT.match(piece) or _OWN_AGENT_PIECE.match(piece) or piece.endswith("的"):
        return False
    if clause.mentions and clause.mentions[0].start <= clause.start + 1:
        return False
    return not _MODAL_OR_PERMISSION.search(piece) and not _qualifier_piece(clause, text)


# 并由Y… / 经Y… / 除…外: a piece naming another agent or qualifying the next one; 把…落实到…: a disposal
# piece carrying on the object of the act before it
# a piece naming only another agent of the topic (日常由Y管理, 并由Y负责考核): a short adverb, then 由
_SECOND_AGENT_PIECE = re.compile(r"\s*[\u4e00-\u9fff]{0,3}?由(?!于|此|其)")


def _second_agent_act(text: str, clause: Clause) -> bool:
    """Z由X推荐，Y聘用，在W指导下…: a piece of only bodies and a hiring act names the second agent of the 由
    chain (its own duty); the pieces after it are Z's still (dev zb-hedao: the patrollers work under the chief)."""
    masked = _blanked(text[clause.start : clause.end], clause, "□")
    return _second_agent_frame().fullmatch(masked.strip(" \n，,。；;")) is not None


@cache
def _second_agent_frame() -> re.Pattern[str]:
    joiners = alternation(sorted(_SUBJECT_JOINERS - {""}, key=len, reverse=True))
    acts = alternation(sorted({*triggers()["passive_prior_acts"], *triggers()["hiring"]}, key=len, reverse=True))
    return re.compile(rf"□+(?:(?:{joiners})□+)*(?:负责)?(?:{acts})")


_NEXT_AGENT = re.compile(r"并?由(?!于)|经|除|把")
# 按照…规划确定的功能定位 / 按照规定设立的基金: a short modifier ending on 的 after a closer goes on with the
# frame (a noun phrase), no act
_FRAME_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,4}的")


@cache
def _frame_act_words() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The frame's closing nouns (frame_piece_closers, both kinds, and frame_act_closers) and the words
    that go on with a frame after one of them (frame_act_joiners)."""
    trig = triggers()
    closers = [w for kind in trig["frame_piece_closers"].values() for w in kind] + trig["frame_act_closers"]
    return tuple(closers), re.compile(trig["frame_act_joiners"])


@cache
def _frame_act_closer_pattern() -> re.Pattern[str]:
    return re.compile(alternation(list(_frame_act_words()[0])))


@cache
def _frame_act_opening() -> re.Pattern[str]:
    """A rule frame (按照…规定) or a leadership frame (在…领导下), up to its first closer."""
    closers = alternation(list(_frame_act_words()[0]))
    return re.compile(rf"(?:{alternation(list(_rule_openers()))}|在)[^,;。:：]{{0,30}}?(?:{closers})")


def _case_duty_follows(clause: Clause, clauses: list[Clause], index: int, text: str) -> bool:
    """X应当在十日内作出决定，不予批准的(，)应当说明理由: a piece with its own modal, then a case with a
    modal of its own: two obligations (gold item 2), the first qualifies nothing."""
    own = _after_subject(clause, text)
    if not _trigger_regex("own_modal").match(own) or own.endswith(_adverbial_words()[1]):
        return False
    case = text[clauses[index].start : clauses[index].end].strip()
    if _trigger_regex("case_with_modal").match(case):
        return True  # 不同意的应当说明理由
    joined = index + 1 < len(clauses) and text[clauses[index].end : clauses[index + 1].start] == ","
    return (
        joined
        and _trigger_regex("case_piece").fullmatch(case) is not None
        and _trigger_regex("own_modal").match(text, clauses[index + 1].start) is not None
    )


def _deadline_act_before_agent(clause: Clause, nxt: Clause, text: str) -> bool:
    """…的，应当在一个月内完成调整，由Y报Z备案: a deadline with its act after it (完成调整, a verb _has_verb
    does not know), then a comma piece naming its own agent after 由: two acts by two holders, so the
    deadline piece qualifies nothing (else Y's report is merged into the first piece and gets its holder)."""
    if text[clause.end : nxt.start] != ",":
        return False
    rest = _ADVERBIAL_LEAD.sub("", _after_modified_subject(clause, text))
    if not _trigger_regex("deadline_act").fullmatch(rest) or rest.endswith(_adverbial_words()[1]):
        return False  # (在…一年内又发生…情形的，由Y…: a condition, which still joins Y's piece)
    opening = _OWN_AGENT_PIECE.match(text, nxt.start, nxt.end)
    return opening is not None and any(m.start == opening.end() for m in nxt.mentions)


@cache
def _coordinated_openers() -> tuple[str, ...]:
    return tuple(triggers()["coordinated_openers"])


@cache
def _rule_openers() -> tuple[str, ...]:
    return tuple(triggers()["coordinated_rule_openers"])


@cache
def _own_frame_openers() -> tuple[str, ...]:
    return tuple(triggers()["coordinated_frames"])


def _paired_run(clause: Clause, text: str) -> tuple[list[tuple[Mention, Mention]], int]:
    """A对B、C对D，… (省人民政府对市人民政府、市人民政府对县人民政府，实行…考核): the organ pairs joined by 对
    that open the clause, each pair's two organs printed back to back, the pairs apart by 、 or a comma;
    with where the run ends."""
    found: list[tuple[Mention, Mention]] = []
    inside = sorted(clause.mentions, key=lambda m: m.start)
    pos = clause.start + len(text[clause.start : clause.end]) - len(text[clause.start : clause.end].lstrip())
    index = 0
    while index + 1 < len(inside) and inside[index].start == pos:
        first, second = inside[index], inside[index + 1]
        if not _pair_joint().fullmatch(text, first.end, second.start):
            break
        found.append((first, second))
        pos, index = second.end, index + 2
        if pos >= clause.end or text[pos] not in "、,":
            break
        pos += 1
    return found, pos


@cache
def _shared_management() -> re.Pattern[str]:
    """X实行A、B和C共同管理: the managed organs, 实行, the managers, a word saying they share it, the verb
    (the organs' own spans are checked against the mentions; triggers.yaml shared_management_words)."""
    words = alternation(triggers()["shared_management_words"])
    return re.compile(rf"\s*(?P<managed>[^,，。;；]+?)实行(?P<managers>[^,，。;；]+?)(?:{words})(?P<verb>管理)")


@cache
def _pair_joint() -> re.Pattern[str]:
    """对, or 对所辖 (市人民政府对所辖县人民政府，县人民政府对乡镇人民政府开展考核): the scope word only says where
    the pair's second organ lies, the pair stays one (dev ah-fupin)."""
    return re.compile(rf"对(?:{alternation(lexicon_data('organs.yaml').get('level_scope_words', []))})?")


def _pair_piece(clause: Clause, text: str) -> bool:
    """省人民政府对市（州）人民政府，市（州）人民政府对…实行考核: a piece made of 对 pairs alone has no verb of its
    own, it shares the next piece's (dev yn-xczx, qh-fupin; corpus 市对区，区对乡镇…进行考评)."""
    pairs, end = _paired_run(clause, text)
    return bool(pairs) and not text[end : clause.end].strip(" 、,")


def _qualifier_piece(clause: Clause, text: str) -> bool:
    """A piece that qualifies the clause after it: an adverbial (past a subject) or an approval piece.
    Not a right (X在…中享有…权利，Y应当配合: the right is no frame of Y's duty, right_predicate), nor a
    roster piece inside a sentence (建立X机制，由Y召集，Z为成员单位，协调解决…: 为 there is "are", not "for";
    the piece is a composition, no duty). A sentence opened so (Z为成员单位，按照职责分工…) is the members'."""
    if text[clause.start - 1 : clause.start] in (",", "，") and _composition(text[clause.start : clause.end]):
        return False
    if "权利" in text[clause.start : clause.end] and _trigger_regex("right_predicate").match(
        _after_subject(clause, text)
    ):
        return False
    return (
        _is_adverbial(_after_modified_subject(clause, text))
        or _approval_piece(clause, text)
        or _listed_subject_rule(clause, text)
        or _framed_subject(clause, text)
    )


# X（以下简称Y）在Z领导下 / X应当会同Y按照…规定 / A、B等部门在…的同时: what a subject may carry before its
# frame: its organs (blanked), their joiners and list tail, its short name, a modal and its partners.
_FRAMED_HEAD = re.compile(
    rf"□[□、和及与或者其他等各级有关相关部门单位]*(?:{_MODALS})?"
    r"(?:(?:会同|协同|联合)□[□、和及与或者其他等各级有关相关部门单位]*)?"
)
_SHORT_NAME = re.compile(r"[(（][^()（）]{0,30}[)）]")


def _framed_subject(clause: Clause, text: str) -> bool:
    """嘎查村“两委”（以下简称…）在苏木党委领导下，… / X应当会同Y按照…的要求，… / A、B等部门在…的
    同时，…: a subject whose name, list, short name or partners _after_subject does not step over, then
    only a frame (a manner, rule or time phrase, _is_adverbial) has not printed its act yet; the comma
    piece after it is that act, one duty with it (dev: 13 documents gain, none lose; s27n)."""
    if not clause.mentions or clause.mentions[0].start - clause.start > 2:
        return False  # cheap pre-check: the piece opens on its subject
    blanked = _blanked(text[clause.start : clause.end], clause, "□")
    openers = _adverbial_words()[0]
    cut = next((i for i in range(len(blanked)) if blanked.startswith(openers, i)), -1)
    if cut < 0 or not _FRAMED_HEAD.fullmatch(_SHORT_NAME.sub("", blanked[:cut]).strip()):
        return False
    frame = text[clause.start + cut : clause.end].strip()
    # 按照工作流程及时流转办理 / 在…中履行…职责: a frame with the act after it in the same piece
    closers = _frame_closers().get("rule" if frame.startswith(_rule_openers()) else frame[0], ())
    return frame.endswith(tuple(closers)) and _is_adverbial(frame)


@cache
def _frame_closers() -> dict[str, list[str]]:
    return dict(triggers()["frame_piece_closers"])


_RULE_PIECE_MAX = 10  # 按照国务院规定的 (职责分工); a longer rule holds an act (依照…约定履行…职责)


def _listed_subject_rule(clause: Clause, text: str) -> bool:
    """其他有关部门按照各自职责，做好… / A、B等部门按照职责分工，…: a subject with its lead (其他) or its
    list tail (等部门) and only the rule it acts by (按照/根据…) has not printed its act; the comma piece
    after it is that act, one duty with it (the dev annotations merge it in 32 of 40)."""
    if not clause.mentions:
        return False
    lead = _SUBJECT_LEAD.match(text, clause.start, clause.end)
    cursor = lead.end() if lead else clause.start
    # the lead's list part (A、B等) may hold the organs themselves: then the chain starts at the piece
    chain = _joined([m for m in clause.mentions if m.start >= cursor], text, cursor) or _joined(
        clause.mentions, text, clause.start
    )
    if not chain:
        return False
    rest = text[chain[-1].end : clause.end].strip()
    tail = max((t for t in _partner_lead_words()[1] if t and rest.startswith(t)), key=len, default="")
    if not tail and cursor == clause.start:
        return False  # a bare subject is _after_subject's (the plain adverbial test above)
    rest = _ADVERBIAL_LEAD.sub("", rest[len(tail) :])
    if not rest.startswith(_rule_openers()) or not _is_adverbial(rest):
        return False
    rule = rest
    while rule.endswith(_rule_piece_closers()):  # 职责分工: the closers in a row end the rule
        rule = rule[: -len(next(c for c in _rule_piece_closers() if rule.endswith(c)))]
    # 按照职责分工履行…职责: a closer before the end is in an act of the piece's own
    return rule != rest and len(rule) <= _RULE_PIECE_MAX and not any(c in rule for c in _rule_piece_closers())


@cache
def _rule_piece_closers() -> tuple[str, ...]:
    return tuple(triggers()["rule_piece_closers"])


# 水库的管理单位 / 产生废物的单位: a 的-modifier printed before the holder's name (a topic opening with a
# preposition, 对…的 / 在…的, is a piece of its own)
_SUBJECT_MODIFIER = re.compile(r"(?!对|在|经|由|按照|依照|根据|依据|为)[\u4e00-\u9fff、]{1,16}的")
_MODAL_OR_PERMISSION = re.compile(rf"(?:{_MODALS}|可以)")


def _after_modified_subject(clause: Clause, text: str) -> str:
    """水库的管理单位应当按照…规定，定期…: what follows a subject whose name carries a 的-modifier (the
    mention starts after it), when a modal follows the subject; else what follows the bare subject."""
    if clause.mentions and clause.mentions[0].start > clause.start:
        first = clause.mentions[0]
        if _SUBJECT_MODIFIER.fullmatch(text, clause.start, first.start):
            rest = _after_subject(Clause(first.start, clause.end, clause.mentions), text)
            if _MODAL_OR_PERMISSION.match(rest):
                return rest
    return _after_subject(clause, text)


def _approval_piece(clause: Clause, text: str) -> bool:
    """经负责事故调查的人民政府批准: 经 + the approving organs + an approval word and nothing else; the
    organ's name may hold a verb (负责) that would make _is_adverbial see an act of its own."""
    if text[clause.start : clause.start + 1] != "经" or not clause.mentions:
        return False  # cheap pre-check
    blanked = _blanked(text[clause.start : clause.end], clause, "□").strip()
    return _approval_piece_pattern().fullmatch(blanked) is not None


@cache
def _approval_piece_pattern() -> re.Pattern[str]:
    words = alternation(triggers()["approval_piece_words"])
    # 经X批准或者决定: a second approval word joined to the first (决定 is one only after an approval word)
    return re.compile(rf"经□+(?:(?:或者|或|和|、)□+)*(?:{words})(?:(?:或者|或|和|、)(?:{words}|决定))?后?")


@cache
def _deciding_set() -> re.Pattern[str]:
    """作出处罚决定的部门 opening a clause (organs.yaml deciding_set)."""
    return re.compile(lexicon_data("organs.yaml").get("deciding_set", "(?!)"))


def _case_lead_at(clause: Clause, text: str, cursor: int) -> int:
    """The length of 依法 at ``cursor`` where a case body opens right after it (依法作出处罚决定的行政机关:
    the manner of the body's past act, organs.yaml relative_actor case_lead), else 0."""
    rule = lexicon_data("organs.yaml")["relative_actor"]
    lead = rule["case_lead"]
    if not text.startswith(lead, cursor):
        return 0
    after = cursor + len(lead)
    opened = any(m.start == after and m.surface.startswith(tuple(rule["case_verbs"])) for m in clause.mentions)
    return len(lead) if opened else 0


def _is_adverbial(rest: str) -> bool:
    """A manner, purpose, time or condition phrase with no obligation of its own (after an item's number
    or a modal: （二）按照…标准，营造… / X可以根据…结论，提出…建议)."""
    if _PROVISION.match(rest):
        return False  # X应当为Y提供Z: the subject's own provision, not a purpose (为加强…)
    rest = _ADVERBIAL_LEAD.sub("", rest)
    if rest == "":
        return True
    if rest.startswith("对") and rest.endswith("的"):
        return True  # 对…的, 依法…: a condition
    if _trigger_regex("model_piece").fullmatch(rest):
        return True  # 参照…考核办法: the rules followed, whatever verb their name holds
    if rest.startswith(("通过", "采取", "采用")) and _trigger_regex("means_piece").fullmatch(rest):
        return True  # 通过购买服务等方式: the means of the act after it, whatever verb their name holds
    if rest.startswith(("依托", "以", "充分", "积极")) and _trigger_regex("basis_piece").fullmatch(rest):
        return True  # 依托…平台 / 以…为依托: what the act after it relies on, whatever its name holds
    if rest.endswith("内") and _trigger_regex("deadline_piece").fullmatch(rest):
        return True  # 自收到通知之日起三十日内: the act's time limit, whatever verb names its start
    if _EXCEPT_PIECE.fullmatch(rest) and "由" not in rest:
        return True  # 除依法承担…责任之外: what else applies, even with a verb in it (承担); 除X由A负责外 is A's duty
    if rest.endswith("后") and not _not_time_after().search(rest):
        return not _has_verb(rest)  # 隐患消除后 / X整改完成后: a time piece, not a duty of its own
    if rest.startswith("为") and rest.endswith(_role_statement_nouns()):
        return False  # X为…第一责任人，对…负责: a role statement, not a purpose (为加强…)
    openers, closers = _adverbial_words()
    opens = rest.startswith(openers)
    closes = rest.endswith(closers)
    return (opens or closes) and not _has_verb(rest)


# 除…(之)外/以外: an exception piece that qualifies the clause after it.
_EXCEPT_PIECE = re.compile(r"除[^,。;]{1,40}(?:之外|以外|外)")


@cache
def _not_time_after() -> re.Pattern[str]:
    """A piece ending on 后 that is no bare time piece (善后 / 报…批准后: triggers.yaml)."""
    trig = triggers()["not_time_after"]
    return re.compile(rf"(?:{alternation(trig['words'])})$|{alternation(trig['acts'])}")


def _timed_weight_norm(clause_text: str) -> bool:
    """X对Y进行考核时，Z的评价意见所占权重不得低于…: the piece after the time piece (a time closer right
    before its comma) is a norm on a weight, the clause's main predicate."""
    if "重" not in clause_text:
        return False
    for match in reversed(list(re.finditer("[,，]", clause_text))):
        if clause_text.endswith(_time_closers(), 0, match.start()):
            return bool(_trigger_regex("weight_norm").match(clause_text[match.end() :].strip()))
    return False


@cache
def _time_closers() -> tuple[str, ...]:
    return tuple(triggers()["time_closers"])


@cache
def _condition_closers() -> tuple[str, ...]:
    return tuple(triggers()["condition_closers"])


@cache
def _subject_closers() -> tuple[str, ...]:
    """Ends of a time, condition (X…的) or exception (除…外) piece: organs opening the piece after it,
    right before the modal, are the new subject (genre rule 4)."""
    return (*_time_closers(), *triggers()["condition_closers"])


@cache
def _role_statement_nouns() -> tuple[str, ...]:
    return tuple(triggers()["role_statement_nouns"])


@cache
def _adverbial_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    trig = triggers()
    return tuple(trig["adverbial_openers"]), tuple(trig["adverbial_closers"])


_ITEM_SUBJECT_LEADS = ("", "其他", "其余")


def _after_subject(clause: Clause, text: str) -> str:
    cursor = clause.start
    number = _ITEM.match(text, cursor, clause.end)
    if number is not None and clause.mentions and text[number.end() : clause.mentions[0].start] in _ITEM_SUBJECT_LEADS:
        # （二）A、B等部门，按照…: an item's number before its subject is no act, nor 其他 before the rest of a
        # set ((九)其他有关部门和单位，应当…)
        cursor = clause.mentions[0].start
    for mention in clause.mentions:
        if text[cursor : mention.start] in _SUBJECT_JOINERS:
            cursor = mention.end
        else:
            break
    return text[cursor : clause.end].strip()


def _has_verb(text: str) -> bool:
    return bool(_VERB.search(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n。;,":
        end -= 1
    return start, end


def _unnumbered(clause_text: str) -> str:
    """The clause without blanks and the number of the list item it opens: （二）担任本级…委员会主任 inside X's
    duty list is X filling the post, its own duty (the number is no subject of the post-filling phrase)."""
    stripped = clause_text.strip()
    marker = _ITEM.match(stripped)
    return stripped[marker.end() :].strip() if marker else stripped


def _item_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The duty's span without the number of the 意见 paragraph that opens it: （五）X要… quotes X要…
    (the gold quotes the duty; the number is the section's). A list item keeps its number (s14f)."""
    start, end = _trim(text, start, end)
    marker = _ITEM.match(text, start, end)
    if marker and marker.end() < end and _paragraph_item(text, start) and not text[marker.end()].isdigit():
        return _trim(text, marker.end(), end)
    return start, end


# The last words of a composition clause (cheap pre-check): the body's make-up, posts, headcount, or where its
# members are drawn from (成员从…抽调 / …中确定)
_COMPOSITION_ENDS: tuple[str, ...] = ("组成", "长", "主任", "成员", "成员单位", "协作单位", "配合单位", "名", "人")
_COMPOSITION_ENDS += ("抽调", "选派", "选调", "遴选", "确定", "产生")
_TERM_ENDS: tuple[str, ...] = ("年", "相同", "连选连任", "续聘", "连任", "被选举权")


# 居民委员会主任、副主任和委员，(由…选举产生): a piece that only lists the posts elected, the topic of the
# public election after it
_POSTS = r"(?:主任|委员|成员|组长)"
_POST_LIST = re.compile(rf"[^,;。，；由的]{{0,30}}{_POSTS}(?:[、和及][^,;。，；由的]{{0,8}}{_POSTS})*")


def _elected_posts(clause_text: str, facts: ArticleFacts) -> bool:
    """The duty just made is the bare list of posts that ``clause_text`` says the public elects."""
    return bool(_trigger_regex("public_election").search(clause_text.strip())) and bool(
        _POST_LIST.fullmatch(facts.duties[-1].text.strip())
    )


@cache
def _quorum_rules() -> tuple[re.Pattern[str], ...]:
    """The quorum, attendance and voting norms of an assembly (triggers.yaml quorum)."""
    return tuple(re.compile(p) for p in lexicon_data("triggers.yaml")["quorum"])


def _term_of_office(clause_text: str) -> bool:
    """X每届任期三年 / X任期与Y任期相同 / …可以连选连任 (term_of_office): the term of a body or post."""
    stripped = clause_text.strip()
    return stripped.endswith(_TERM_ENDS) and bool(_trigger_regex("term_of_office").search(stripped))


def _composition(clause_text: str) -> bool:
    """成员单位由…组成 / 由X任组长 / Z为成员: the make-up of a body, with no modal of its own (s18f)."""
    if _listed_members(clause_text):
        return True
    if _term_of_office(clause_text):
        return True  # X每届任期五年 / 其成员可以连选连任: the term of a body or post, its make-up
    if any(pattern.search(clause_text.strip()) for pattern in _quorum_rules()):
        return True  # X必须有…的过半数出席 / 所作决定应当经到会人员的过半数同意: the session's validity norm
    if _trigger_regex("member_rules").search(clause_text.strip()):
        return True  # X成员中应当有妇女成员 / X成员依照《…》选举产生 / X成员可以兼任…: the members' make-up
    if not clause_text.endswith(_COMPOSITION_ENDS):
        return False  # cheap pre-check: most clauses end otherwise
    stripped = clause_text.strip()
    if _trigger_regex("public_election").search(stripped):
        return True  # X由本居住地区全体有选举权的居民选举产生: elected by the public, no act of a body
    return bool(_trigger_regex("composition").search(stripped)) and not _trigger_regex("composition_modals").search(
        stripped
    )


def _split_composition(clause_text: str, following: list[Clause], text: str) -> bool:
    """成员单位由A、B，C、D等单位组成: a member list broken by a comma, its tail ending 组成 (composition_tail)."""
    if "由" not in clause_text or not following:
        return False
    tail = text[following[0].start : following[0].end].strip()
    opened = _trigger_regex("composition_split").search(clause_text.strip())
    return bool(opened) and tail.endswith("组成") and _composition_tail(tail)


def _composition_tail(tail: str) -> bool:
    """A later piece of a member list: more bodies (A，B等单位) or the list's close (C的负责人组成)."""
    closing = _trigger_regex("composition_split_tail").search(tail)
    return bool(_trigger_regex("composition_tail").search(tail) or closing)


def _listed_members(clause_text: str) -> bool:
    """成员单位包括A、B: the members of a body listed (s30r), with no modal of its own."""
    stripped = clause_text.strip()
    return bool(_trigger_regex("composition_listed").search(stripped)) and not _trigger_regex(
        "composition_modals"
    ).search(stripped)


@cache
def _stated_activities() -> tuple[str, ...]:
    return tuple(triggers()["stated_oversight_activities"])


def _names_oversight(sentence: str) -> bool:
    """…作出的综合评价 / …进行的督促检查、指导推动和跟踪问效: the noun phrase closing the sentence (after
    its last 的) names an oversight, last or among the acts it lists."""
    tail = sentence.rstrip("。")
    nouns = tuple(triggers()["stated_oversight_nouns"])
    closing = tail[tail.rfind("的") + 1 :] if "的" in tail else ""
    if tail.endswith(nouns) or any(noun in closing for noun in nouns):
        return True
    # …进行监督、检查、评估和指导的活动: the acts listed after the last 进行 before a closing 活动
    if "的" not in tail or closing not in _stated_activities():
        return False
    acts = tail[: tail.rfind("的")]
    acts = acts[acts.rfind("进行") + 2 :] if "进行" in acts else ""
    return (
        bool(acts) and not re.search("[,，;；]", acts) and any(a in acts for a in triggers()["stated_oversight_acts"])
    )


def _non_duty_article(body: str) -> bool:
    if _trigger_regex("interpretation_opening").match(body):
        return False  # 本办法由X负责解释，自印发之日起施行: the interpretation is X's duty (the date is none)
    for patterns in _non_duty_patterns():
        if any(p.search(body[:80]) for p in patterns) and len(body) < 400:
            first = _FULL_STOP.split(body)[0]
            if any(p.search(first) for p in patterns):
                return True
    return False


def _framework_opening(body: str) -> int:
    """X实行…的原则。 followed by paragraphs of their own (由市X管理…): the principle is framework, the
    paragraphs after it still hold duties; where they start (0: no such article). So does a scope article
    (本条例适用于…。) whose later paragraph names who fixes the bounds (具体范围由市人民政府划定): its definitions
    and references stay no duty by their own rules."""
    first = _FULL_STOP.split(body)[0]
    kinds = triggers()["non_duty_articles"]
    if not any(re.search(p, first) for p in kinds["framework"] + kinds["scope"]):
        return 0
    paragraph = body.find("\n", len(first))
    return paragraph + 1 if paragraph > 0 and body[paragraph:].strip() else 0


def _scope_opening(body: str) -> bool:
    """The article opens with its text's scope (本条例适用于…。)."""
    first = _FULL_STOP.split(body)[0]
    return any(re.search(p, first) for p in triggers()["non_duty_articles"]["scope"])


def _scope_paragraph_facts(facts: ArticleFacts) -> ArticleFacts:
    """The later paragraphs of a scope article: only a body named to fix the text's bounds holds a duty
    (X的具体范围，由市人民政府划定并公布 / 名录由X会同Y编制); the rest (参照本办法执行, 适用本条例的有关规定,
    definitions) stays scope (genre rule 5), and so do the edges outside the kept duties."""
    pattern = _trigger_regex("scope_paragraph_duty")
    duties = [d for d in facts.duties if pattern.search(d.text)]
    spans = [(d.start, d.end) for d in duties]
    relations = [r for r in facts.relations if any(s <= r.start and r.end <= e for s, e in spans)]
    liabilities = [x for x in facts.liabilities if any(s <= x.start and x.end <= e for s, e in spans)]
    return ArticleFacts(duties, relations, liabilities)


@cache
def _reference_clause() -> re.Pattern[str]:
    return re.compile("|".join(triggers()["reference_clause"]))


def _may_refer(clause_text: str) -> bool:
    """Cheap pre-check of a reference clause: it ends with 执行, or 参照执行 opens what it applies."""
    return clause_text.endswith("执行") or "参照执行" in clause_text


def _refers_only(clause_text: str) -> bool:
    """…的，依照本条例的有关规定执行 with no modal of its own (应当按照规定执行 stays a duty), nor a 由X naming
    the body that carries it out (由X按照国家有关规定执行 is X's duty)."""
    return (
        _reference_clause().search(clause_text) is not None
        and _OWN_MODAL.search(clause_text) is None
        and not ("由" in clause_text and _trigger_regex("reference_agent").search(clause_text))
    )


_OWN_MODAL = re.compile(r"应当|必须|负责")


def _reference_topic(clauses: list[Clause], index: int, text: str) -> bool:
    """X发生的事故的报告，参照本条例的规定执行: the clause is the topic of the reference clause that
    follows it in the sentence, no duty of its own."""
    if index + 1 >= len(clauses) or _OWN_MODAL.search(text, clauses[index].start, clauses[index].end):
        return False
    following = clauses[index + 1]
    if text[clauses[index].end : following.start].strip() != ",":
        return False
    following_text = text[following.start : following.end]
    return _may_refer(following_text) and _refers_only(following_text)


@cache
def _non_duty_patterns() -> tuple[tuple[re.Pattern[str], ...], ...]:
    return tuple(tuple(re.compile(p) for p in patterns) for patterns in triggers()["non_duty_articles"].values())


def _regime_statement(clause_text: str) -> bool:
    """X实行…的管理体制 (no modal): a sentence naming the management system in force."""
    return ("体制" in clause_text or "双重管理" in clause_text) and _trigger_regex("regime_statement").match(
        clause_text.strip()
    ) is not None


def _scope_sentence(clause: Clause, text: str) -> bool:
    """Whether the clause's sentence ends on ，(不)适用本条例, ，(可以)参照本条例(有关规定)执行 or
    ，本条例关于X的规定适用于Y (a scope statement, no duty in any piece)."""
    stop = text.find("。", clause.end - 1)
    if stop < 0 or (
        text.find("适用本", stop - 8, stop) < 0
        and text.find("参照本", stop - 16, stop) < 0
        and text.find("规定适用于", max(clause.start, stop - 34), stop) < 0
    ):
        return False  # cheap pre-check: most sentences state no scope
    if text.find(";", clause.start, stop) >= 0 or text.find("；", clause.start, stop) >= 0:
        return False  # a later ;-part may hold a duty of its own
    return _trigger_regex("scope_sentence_end").search(text, clause.start - 1, stop) is not None


@cache
def _encouragement() -> re.Pattern[str]:
    """鼓励/支持/倡导 (joined to more of them: 鼓励和支持, 鼓励、引导) addressed to others; 支持、督促X and
    支持和参与 list a verb of the subject's own, a duty. So does 支持 run into an assisting verb
    (支持配合X, 支持并协助X: the subject assists X; corpus ~18 prints, dev hn-chaoxian, lc-hzz)."""
    assisting = alternation(triggers()["support_joined_assists"])
    return re.compile(rf"(?:鼓励|支持|倡导)(?:[、和](?:鼓励|支持|倡导|引导))*(?![、和])(?!(?<=支持)并?(?:{assisting}))")


def _sent_to_other_law(clause_text: str) -> bool:
    """…的，依照有关法律规定处理 with no modal of its own (应当依照…处理 stays a duty)."""
    if not clause_text.endswith(("处罚", "处理", "办理")) or _OWN_MODAL.search(clause_text):
        return False
    return _trigger_regex("penalty_reference").match(clause_text.strip()) is not None


def _content_norm(clause: Clause, text: str) -> bool:
    """名录，应当包括… / X节能规划应当包括…: a thing (past the organ that owns it) whose content is set.
    After an organ subject the thing must stand right before the modal: X订立合同，应当载明… is X's own
    act (dev gw-ggjn), a comma after the subject's act."""
    after = _after_subject(clause, text)
    match = _trigger_regex("content_norm").match(after)
    if match is None:
        return False
    return "," not in after[: match.end()] or after == text[clause.start : clause.end].strip()


_USE_PIECE = re.compile(r"(?:应当|必须|主要|全部|专款|专项)*用于")


def _fee_use_norm(clause_text: str, clause: Clause, text: str) -> bool:
    """X收取的各项费用，用于… / 收取的水费主要用于…: the piece (or the piece with the comma piece after it)
    states the use of the money collected."""
    pattern = _trigger_regex("fee_use_norm")
    if pattern.match(clause_text.strip()):
        return True
    if text[clause.end : clause.end + 1] in (",", "，"):
        return pattern.match(clause_text.strip() + "，" + text[clause.end + 1 : clause.end + 12]) is not None
    # …收取的各项费用，|用于…: the use piece after the money piece
    if _USE_PIECE.match(clause_text.strip()) is None:
        return False
    line = max(text.rfind(stop, 0, clause.start) for stop in ("。", "；", ";", "\n")) + 1
    return pattern.match(text[line : clause.end].strip()) is not None


def _obliged_support_piece(predicate: str, lead: int, clause: Clause, text: str) -> bool:
    """X应当加强…，支持开展…，促进…: a subjectless 支持 piece in a sentence whose subject is obliged before it
    (a modal earlier in the sentence) is one more act of that subject, as X应当支持Y is (dev: 28 such pieces
    annotated as duties in 23 documents, 20 of them
    as a span of their own; the means piece before one joins it, as any means piece joins its act: means_piece)."""
    if lead or not predicate.startswith("支持") or predicate.startswith(("支持和", "支持、")):
        return False
    opening = max(text.rfind(stop, 0, clause.start) for stop in ("。", "；", ";", "\n", ":", "：")) + 1
    before = text[opening : clause.start]
    return bool(_OBLIGED_LEAD.search(before)) and text[clause.start - 1 : clause.start] in (",", "，")


# cheap gate of triggers.yaml post_status: a word each of its patterns needs
_POST_STATUS_WORDS = ("辞职", "终止", "列席", "有", "止", "退出", "审计")


def _not_a_duty(clause_text: str, clause: Clause, text: str) -> bool:
    if _ENCOURAGED.search(clause_text):  # cheap pre-check: most clauses encourage nothing
        predicate = _after_subject(clause, text)
        lead = _LEAD_IN.match(predicate).end()  # type: ignore[union-attr]
        if (
            _encouragement().match(predicate, lead)
            and (not _OBLIGED_LEAD.search(predicate, 0, lead) or _BARE_SUPPORTED.search(predicate))
            and not _obliged_support_piece(predicate, lead, clause, text)
        ):
            return True  # (可以/国家)鼓励Y…: addressed to others (genre rule 5); X应当支持Y者，(Y's act)
    if _IN_FORCE.search(clause_text) or _trigger_regex("scope_clause").search(clause_text):
        return True  # effective date; X应当遵守本条例 (whom the text binds): genre rule 5
    if _unnamed_sanction(clause_text, clause) or _offender_compensation(clause_text, clause, text):
        return True
    if _offender_sanction(clause_text, clause, text):
        return True  # X在…中滥用职权…的，依法给予处分: X's liability, no sanctioning body (genre rule 10)
    if clause_text.endswith(("职责", "职权")) and _trigger_regex("catch_all_item").match(clause_text):
        return True  # (七)法律、法规规定的其他职责: points at other law (a reference clause, genre rule 5)
    if _trigger_regex("catch_all_rest").match(clause_text):
        return True  # (七)其他应急措施: the rest of the list, no act of its own
    if "为" in clause_text and _trigger_regex("fixed_statement").match(clause_text.strip()):
        return True  # 每年三月为森林防火宣传月 / 任期为三年 / X分为…: a fixed statement, no one performs it
    if "米" in clause_text and _trigger_regex("measured_extent").match(clause_text.strip()):
        return True  # （一）X堤脚外临河五十米，背河一百米: the bounds of a range, no act of anyone
    if ("的" in clause_text or "用于" in clause_text) and _fee_use_norm(clause_text, clause, text):
        return True  # X收取的各项费用，用于…: the use of the money collected, a norm on a thing
    if clause_text.endswith((":", "：")) and _trigger_regex("range_list_lead").match(clause_text.strip()):
        return True  # X安全保护区的范围：: the noun lead of a list of bounds, no act of anyone
    if "实行" in clause_text and _trigger_regex("matter_regime").match(clause_text.strip()):
        return True  # 防汛工作实行行政首长负责制: a work under a regime, framework (genre rule 5)
    if "党政同责" in clause_text and _trigger_regex("regime_principle").match(clause_text.strip()):
        return True  # …负总责，实行党政同责、一岗双责: a principle, framework (genre rule 5)
    if "设" in clause_text and _trigger_regex("setting_up_norm").search(clause_text.rstrip()):
        return True  # X根据…，按照…的原则设立 / 一般在…的范围内设立: where the body is set up, no act of its own
    if clause_text.lstrip().startswith("实行") and _identity_regime(clause, text):
        return True  # X是…的基层群众性自治组织，实行民主选举…: what the body is, framework (genre rule 5)
    if "重" in clause_text and _trigger_regex("weight_norm").match(clause_text.strip()):
        return True  # 考核意见所占权重不得低于百分之五十: a norm on a weight, no act of anyone
    if any(word in clause_text for word in ("包括", "包含", "载明", "列明")) and _content_norm(clause, text):
        return True  # 名录，应当包括… / X节能规划应当包括…: a content norm on a thing, no duty
    if (
        clause_text.rstrip().endswith("候选人")
        and text[clause.end : clause.end + 2] in (",由", "，由")
        and _trigger_regex("candidate_topic").match(_unnumbered(clause_text))
    ):
        return True  # X候选人，由Y提名: the topic of the 由 piece, no duty of its own
    if "包括" in clause_text and _trigger_regex("inclusion_statement").match(_unnumbered(clause_text).strip()):
        return True  # X专业规划，包括A、B等规划 / 评议内容包括…: what a term takes in, no act of anyone
    if _may_refer(clause_text) and _refers_only(clause_text):
        return True  # …的，依照本条例的有关规定执行: applies other rules, no duty of its own
    if _sent_to_other_law(clause_text):
        return True  # 当事人逾期不履行的，依照有关法律规定处理: sent on to other law, no one named to act
    if "规定" in clause_text and _trigger_regex("deference_clause").search(clause_text):
        return True  # 法律、法规另有规定的，从其规定: defers to other law, no act of anyone (genre rule 5)
    if ("权利" in clause_text or "享" in clause_text) and _trigger_regex("right_predicate").match(
        _after_subject(clause, text)
    ):
        return True  # X依法享有…权利 / X享有下列权利：: a right of its subject, no duty (like 有权)
    if _located().search(clause_text) and not _VERB.search(clause_text):
        return True  # X的办事机构设在Y: where an office sits, no duty
    if any(word in clause_text for word in _POST_STATUS_WORDS) and _trigger_regex("post_status").search(
        clause_text.strip()
    ):
        return True  # X成员可以兼任… / 其职务自行终止 / 依照…选举产生: a rule on the post, no act (post_status)
    if "是" in clause_text and _trigger_regex("status_clause").search(clause_text):
        return True  # X是Y的派出机关: what the body is, no act of it
    if "有权" in clause_text and "有权" not in _masked(text, clause):
        clause_text = clause_text.replace("有权", "")  # 有权机关: the word is inside an organ's name
    if "所有权" in clause_text:
        # 根据…土地所有权关系等分设…: the grounds of the act name an ownership, no power of the subject
        clause_text = _trigger_regex("basis_ownership").sub("", clause_text)
    return any(word in clause_text for word in triggers()["no_duty_words"])


def _power_follow_on(clauses: list[Clause], index: int, text: str) -> bool:
    """X有权决定…，调度…，协调…: the subjectless clauses a comma runs on from a power (有权) in one sentence are
    powers too, no duty (dev: gd-aizi, gw-tudi, hn-hhfx, hn-kuangshan, nb-szy, qd-shenji, sh-fangxun, sh-tufa annotate
    none of them). Not a clause with a modal or one opening on 并/但 (有权予以制止，并向X报告: bj-shidi, zz-jydd
    annotate the report; 并可以向X反映 gz-jiedao): an act of its own."""
    start = clauses[index].start
    own = text[start : clauses[index].end].strip()
    if own.startswith(("并", "但")) or _OWN_ACT_MODAL.search(own):
        return False
    opening = max(text.rfind(mark, 0, start) for mark in "。；;：:\n") + 1
    for piece in reversed(re.split("[,，]", text[opening:start])[:-1]):
        if _OWN_ACT_MODAL.search(piece):
            return False  # a duty stands between them (应当向有权机构申请…: 有权 of a name)
        if _POWER.search(piece):
            return True
    return False


_POWER = re.compile("有权(?!机关|机构)")  # 有权机关/有权机构 name a body
# a modal or prohibition making a clause an act of its own (有关单位不得拒绝; not the 应 of 应急/应用/应对,
# the 须 of 须知)
_OWN_ACT_MODAL = re.compile("应当|必须|可以|不得|须(?!知)|应(?![急用对变])")


@cache
def _housed() -> re.Pattern[str]:
    """X（以下简称…）设在Y / ，一般设在Y: the verb of housing and what may stand before it (the view
    text has full-width brackets and commas folded to ASCII)."""
    trig = triggers()
    adverbs = alternation(trig["located_adverbs"])
    return re.compile(
        rf"(?:[（(]以下简称[^）)]{{1,20}}[）)]|(?P<comma>[，,]))?(?:{adverbs})?(?P<verb>{alternation(trig['located'])})"
    )


@cache
def _affiliation_verb() -> re.Pattern[str]:
    """隶属于 / 所属的事业单位: the words of a statement of whom a body belongs to."""
    return re.compile(alternation([*triggers()["affiliation_verbs"], *triggers()["affiliation_tails"]]))


@cache
def _affiliation_link() -> re.Pattern[str]:
    """X隶属于Y / X（以下简称Z）隶属于Y / X，是Y: what stands between the body and its owner."""
    verbs = alternation(triggers()["affiliation_verbs"])
    copula = alternation(triggers()["dispatched_copula"])
    return re.compile(rf"[）)]?[,，]?(?:{verbs}|(?P<copula>{copula}))")


@cache
def _affiliation_tail() -> re.Pattern[str]:
    """…是Y所属的事业单位: the owned unit noun after the owner Y that makes the copula an affiliation."""
    return re.compile(alternation(triggers()["affiliation_tails"]))


@cache
def _dispatched() -> re.Pattern[str]:
    """X，是 / X是: the copula between the agency X and its definition (…的派出机关)."""
    copula = alternation(triggers()["dispatched_copula"])
    return re.compile(rf"[,，]?(?:{copula})")


@cache
def _located() -> re.Pattern[str]:
    """设在/设于 as the clause's verb (X的办事机构设在Y), not inside a noun (设在当地的派出机构)."""
    return re.compile(rf"(?:{alternation(triggers()['located'])})[^的]*$")


def _label(clause_text: str, clause: Clause, text: str) -> str | None:
    trig = triggers()
    plain = _blanked(clause_text, clause, " ")
    for false in trig["responsibility_false"]:
        plain = plain.replace(false, " " * len(false))
    if not _label_words().search(plain):
        return None  # cheap pre-check: most clauses hold no label word
    for label, words in trig["responsibility"].items():
        for word in words:
            if word in plain:
                return str(label)
    return None


@cache
def _label_words() -> re.Pattern[str]:
    """Any word of any label (escaped literals): one search tells whether a label can be found at all."""
    words = [word for words in triggers()["responsibility"].values() for word in words]
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _inferred_label(table: OrganTable, holders: list[Key], clause_text: str) -> str | None:
    trig = triggers()
    kinds = {table.entries[k].kind for k in holders if k in table.entries}
    if kinds & set(trig["oversight_kinds"]) and (_found(clause_text, trig["supervises"]) or "整治" in clause_text):
        return "监督责任"
    # 县级以上人民代表大会常务委员会…进行监督: the congress bodies oversee as the discipline bodies do
    if any(str(k[-1]).endswith(tuple(trig["oversight_heads"])) for k in holders) and "监督" in clause_text:
        return "监督责任"
    if "民主监督" in clause_text:
        return "监督责任"
    if _AID.search(clause_text):
        return "帮扶责任"
    return None


def _is_permission(clause_text: str) -> bool:
    return bool(_PERMISSION.search(clause_text)) and "应当" not in clause_text


def _topics(text: str) -> list[str]:
    """Every topic whose keywords the text holds, in the vocabulary's order; `other` when none."""
    finder, topic_of = _topic_finder()
    hits = {topic_of[m.group(0)] for m in finder.finditer(text)}
    return [topic for topic in topics() if topic in hits] or ["other"]


@cache
def _topic_finder() -> tuple[re.Pattern[str], dict[str, str]]:
    topic_of: dict[str, str] = {}
    for topic, words in topics().items():
        for word in words:
            topic_of.setdefault(word, topic)
    return re.compile(alternation(list(topic_of))), topic_of


def _found(text: str, words: list[str]) -> list[str]:
    found: list[str] = []
    remaining = text
    for word in sorted(words, key=len, reverse=True):
        if word in remaining:
            found.append(word)
            remaining = remaining.replace(word, " ")
    return sorted(found, key=text.find)


def _has(text: str, words: list[str]) -> bool:
    return bool(_alternation_pattern(tuple(words)).search(text))


@cache
def _alternation_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(list(words)))


def _report_details(clause_text: str, trig: dict[str, Any], raw: str) -> tuple[str | None, str]:
    """What is reported and how often; ``clause_text`` has organ names blanked, ``raw`` has them."""
    if any(word in clause_text for word in trig["pledge"]):
        match = _PLEDGE.search(clause_text)
        return (_PLEDGE_VERB.sub("", match.group(0)) if match else "责任书"), "once"
    what = None
    for pattern in (_WHAT_SENT, _WHAT_REPORTED, _WHAT_BEFORE):
        match = pattern.search(clause_text)
        if match and "□" not in match.group(1):  # a blanked organ is where it goes, not what
            what = raw[match.start(1) : match.end(1)]
            break
    for frequency, words in trig["frequency"].items():
        if frequency != "once" and any(word in clause_text for word in words):
            return what, str(frequency)
    return what, "unspecified"


def _set_then_member(clause: Clause, mention: Mention, text: str) -> bool:
    """A、B等行业主管部门和C应当…: the set after 等 closes the list A, B; an organ joined after it by
    和/以及/及 is one more member of the subject (the set itself holds nothing of its own)."""
    following = next((m for m in clause.mentions if m.start >= mention.end), None)
    return following is not None and text[mention.end : following.start] in _SET_MEMBER_JOINERS


def _comma_joined(clause: Clause, mention: Mention, text: str) -> bool:
    """After a comma, organs joined up to the modal (…，乡镇人民政府、街道办事处应当) continue the subject
    list before the comma; organs followed by anything else open a clause of their own. The lists may
    run over more commas, the last one opened by 以及 (A、B等部门，C、D，以及E应当: one subject)."""
    rest = [m for m in clause.mentions if m.start >= mention.start]
    chain = _joined(rest, text, mention.start)
    while chain:
        end = chain[-1].end
        tail = _LIST_TAIL.match(text, end)
        if tail and text.startswith(",", tail.end()):
            end = tail.end() + 1  # …科研机构等参与防治工作的组织，应当: the list closed by its set
        if _MODAL_AT.match(text, end) or _rule_after_last_list(text, end, chain[0].start):
            return True
        adverb = _LIST_MODAL_ADVERB.match(text, end)
        if (
            adverb
            and chain[0].start >= 3
            and text.endswith(",以及", 0, chain[0].start)
            and _MODAL_AT.match(text, adverb.end())
        ):
            return True  # A及其B等部门，以及C、D，每年应当…: the last list, a comma and a time word before the modal
        gap = next((g for g in _LIST_COMMAS[::-1] if text.startswith(g, end)), None)
        if gap is None:
            return False
        chain = _joined([m for m in rest if m.start >= end + len(gap)], text, end + len(gap))
    return False


_LIST_MODAL_ADVERB = re.compile(r",(?:每年|每季度|每月|每半年|定期|均|都|也)")


def _modal_after_adverb(text: str, at: int) -> bool:
    """应当… / 每年应当…: the modal opens the piece, perhaps after a time or scope word (_LIST_MODAL_ADVERB)."""
    adverb = _LIST_MODAL_ADVERB.match("," + text[at : at + 4])
    return bool(_MODAL_AT.match(text, at + (adverb.end() - 1 if adverb else 0)))


def _rule_after_last_list(text: str, end: int, start: int) -> bool:
    """A、B等部门，以及市、县人民政府其他有关部门，按照职责分工…: a last list opened by 以及 and followed by
    the rule the subject acts by (no modal printed) still closes the one subject."""
    if not text.endswith(",以及", 0, start):
        return False
    return text.startswith(_rule_openers(), end + 1 if text.startswith(",", end) else end)


def _joint_marked(text: str, floor: int, mention: Mention) -> bool:
    """The mention is printed right after 会同/商, or after 会同 and a level word the organ finder
    gave the whole list without printing it in the first member (会同市财政、医疗保障等部门: 市财政
    部门 and 市医疗保障部门 are joint holders; corpus: 230 files print 会同+level word+a list)."""
    start = mention.start
    word = mention.level_word
    if word and not mention.surface.startswith(word) and text.startswith(word, start - len(word)):
        start -= len(word)
    if _JOINT_BEFORE.search(text[max(floor, start - 2) : start]) is not None:
        return True
    return _JOINT_OTHERS_BEFORE.search(text[max(floor, start - 4) : start]) is not None


def _scope_joint_members(found: list[Mention], text: str, level: str | None) -> None:
    """X人民政府Y部门会同A、B等部门: A and B are printed bare but are X's departments like the lead
    (genre rule 2 splits the list, gold 会同 gives joint holders), so they take the lead's body,
    level and set word; a lead printed bare leaves them bare too."""
    for index, mention in enumerate(found):
        before = text[max(0, mention.start - 12) : mention.start]
        if _report_to().search(before) or _SENTENCE_START.search(before):
            # a list of report targets, or a subject list (国务院A部门和负有…职责的有关部门应当报告):
            # the bare members share the first member's body
            _scope_report_members(found, index, text, level)
        if index == 0 or not _JOINT_BEFORE.search(text[max(0, mention.start - 2) : mention.start]):
            continue
        lead = found[index - 1]
        scoped = lead.body is not None or lead.level is not None
        if lead.cls != "dept" or not scoped or not _MODAL_GAP.fullmatch(text[lead.end : mention.start - 2]):
            continue
        for member in _joined(found[index:], text, mention.start):
            _take_body(member, lead)


# What joins an unnamed set to the department printed before it (X部门和其他有关部门).
_OTHER_SET_JOINERS = {joiner + "其他" for joiner in ("、", "和", "及", "以及")}


def _scope_other_sets(found: list[Mention], text: str, level: str | None) -> None:
    """X人民政府Y部门和其他有关部门: the other departments are Y's peers, so the set of Y's body or
    level, not the set of every level (dev set: 13 of 13 holders so after a scoped Y; after a bare Y
    the set stays bare)."""
    index = 1
    while index < len(found):
        lead, member = found[index - 1], found[index]
        index += 1
        if text[lead.end : member.start] not in _OTHER_SET_JOINERS or lead.cls != "dept":
            continue
        if member.collective is None or member.body is not None or member.level_word or member.relative:
            continue
        # 市、县人民政府X部门和其他有关部门: a lead printed as a level list has one copy per level, and the
        # set is the peers of each (dev: rz-yinshui, yt-aqsc, hz-shuiwuran annotate one set per level)
        leads = [m for m in _level_leads(found[: index - 1], text, lead.end) if m.cls == "dept"] or [lead]
        copies = [c for c in (_other_set_of(one, member, level) for one in leads) if c is not None]
        if len(copies) == len(leads):
            found[index - 1 : index] = copies
            index += len(copies) - 1


def _other_set_of(lead: Mention, member: Mention, level: str | None) -> Mention | None:
    """The unnamed set ``member`` (其他有关部门) scoped to the body or level ``lead`` is printed with."""
    prefix = _printed_scope(lead)
    if not prefix:
        return None
    if lead.end - lead.start < len(prefix) and not lead.surface.startswith(prefix):
        # 市 of 市、县（区）人民政府X部门: the short level item's body carries the last item's qualifier
        # (（区）), which belongs to that level alone
        prefix = re.sub(r"[（(][^）)]*[）)]", "", prefix)
    name = prefix + member.surface
    scoped = find_mentions(name, level)
    if len(scoped) != 1 or scoped[0].end != len(name):
        return None
    if scoped[0].body is not None:
        # the body is printed where the lead prints it (offsets of ``name`` otherwise: the text
        # at the article's start, 违反本条例规定，县级, became one of its names)
        _shift(scoped[0].body, lead.body.start if lead.body is not None else lead.start)
    return replace(scoped[0], start=member.start, end=member.end)


_OWNED_SET_STEMS = frozenset({"有关", "相关"})


def _scope_division_items(found: list[Mention], text: str) -> list[Mention]:
    """县级以上人民政府有关部门按照下列分工…：（一）发展改革部门负责…: the departments the items print
    bare are the lead set's members, so they take its body and level (genre rule 2: the prefix of a
    list is shared; dev gs-fupin, qh-fupin, cq-aqsc annotate them so). A lead printed as a level list
    (省、市、县人民政府有关部门按照下列分工) shares its prefix level by level: the department an item opens
    with is one department per listed level (dev gz-fupin; corpus 德州市扬尘污染防治条例 art. 9); a
    partner the item names later (会同扶贫开发工作机构) is no member of the divided set and stays bare."""
    leads: list[Mention] = []
    result: list[Mention] = []
    subject_end = -1  # where the item's subject list last ended (the next member follows a list mark)
    for mention in found:
        bare = mention.cls == "dept" and not (mention.body or mention.level or mention.collective)
        if bare and len(leads) == 1:
            result.append(_division_member(mention, leads[0]))
            continue
        if bare and leads and _item_subject(text, mention.start, subject_end):
            result.extend(_division_member(mention, lead) for lead in leads)
            subject_end = mention.end
            continue
        result.append(mention)
        if mention.cls == "dept" and (mention.body is not None or mention.level):
            if not _trigger_regex("division_lead").match(text, mention.end):
                leads = [] if mention.collective else leads
            elif mention.collective or (mention.body is None and mention.stem in _OWNED_SET_STEMS):
                # 市有关部门按照下列分工…: the level's set of departments printed with no body leads as
                # a collective does (its members are the level's departments)
                leads = [mention]
            else:
                leads = _level_leads(result, text, mention.end) or leads
    return result


def _level_leads(result: list[Mention], text: str, end: int) -> list[Mention]:
    """The one-level departments of a lead printed as a level list: copies each printed apart
    (省、市、县人民政府有关部门) or spanning the list up to one end (市、县人民政府其他有关部门)."""
    spanning = [m for m in result if m.end == end and m.cls == "dept" and m.level and not m.collective]
    if len(spanning) > 1 and len({m.level for m in spanning}) == len(spanning):
        return spanning
    return _level_list_before(result, text, end)


def _item_subject(text: str, start: int, subject_end: int) -> bool:
    """True when the mention at ``start`` opens its numbered item ((一)X部门…), alone or as a member of
    the item's opening list (X、Y等部门)."""
    if subject_end >= 0 and text[subject_end:start] in _LIST_JOINERS:
        return True
    return bool(_ITEM.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


def _division_member(member: Mention, lead: Mention) -> Mention:
    """A bare item department of a division lead, as a member of the lead's body (a copy per lead)."""
    scoped = replace(member)
    _take_body(scoped, lead)
    # named with its body; a level list's copy by its body's full name where the list prints it short
    # (市 of 市、县人民政府其他有关部门)
    body = lead.body
    scope = (body.display or body.surface) if body is not None and not lead.collective else _printed_scope(lead)
    scoped.display = scope + (member.display or member.surface)
    return scoped


def _printed_scope(lead: Mention) -> str:
    """The body or level word a department is printed with (县（区）人民政府农业主管部门 → 县（区）人民政府)."""
    if lead.body is not None:
        return lead.body.surface
    at = lead.surface.find("人民政府")
    prefix = lead.surface[: at + len("人民政府")] if at > 0 else lead.level_word or ""
    return prefix if lead.surface.startswith(prefix) else ""  # 沿河县X: a place, not a level's set


def _take_body(member: Mention, lead: Mention) -> None:
    """A bare department of a list takes the body, level and set word of the scoped lead of its list."""
    if member.cls == "dept" and not (member.body or member.level or member.collective or member.relative):
        # a copy of the body: every mention's body is shifted to document offsets
        member.body = replace(lead.body) if lead.body is not None else None
        if lead.body is not None and lead.body.cls == "party" and member.kind != lead.kind:
            # 县委组织部门会同扶贫开发主管部门: a government function is no department of the party
            # committee, only of its level (the level's government's department)
            member.body = None
        member.level, member.collective = lead.level, lead.collective
        member.place, member.of_spanning = lead.place, lead.of_spanning


# What opens a sentence's subject: the article's start (after its number) or a sentence break.
_SENTENCE_START = re.compile(r"(?:^|[。；;\n])$")  # the article text starts after its 第N条 marker

# What joins the members of one list of report targets (X人民政府A部门和其他有关部门).
_TARGET_LIST_JOINERS = {"、", "和", "及", "以及"} | {joiner + "其他" for joiner in ("、", "和", "及", "以及")}


def _scope_report_members(found: list[Mention], index: int, text: str, level: str | None) -> None:
    """向/上报至X人民政府A部门和负有…职责的有关部门: the departments listed bare after a report's first
    target, itself a department of a named body, are that body's departments too (genre rule 2: the
    prefix of a list is shared), not the bare set of every level."""
    lead = found[index]
    if lead.cls != "dept" or lead.body is None:
        return
    # 市、县人民政府A部门和有关部门: a first target printed as a level list (one copy per level) shares
    # its body level by level, so a bare member is one set per listed level (dev: rz-yinshui, yt-aqsc,
    # hz-shuiwuran annotate the set at each level)
    leads = _level_list_from(found, index, text) or [lead]
    cursor = leads[-1].end
    at = index + len(leads)
    while at < len(found):
        member = found[at]
        if text[cursor : member.start] not in _TARGET_LIST_JOINERS:
            break
        cursor = member.end
        at += 1
        if member.body is not None or member.level_word or member.relative or member.cls not in ("dept", "name"):
            continue  # a member printed with a body or level of its own
        copies = [c for c in (_body_member(one, member, level) for one in leads) if c is not None]
        if len(copies) == len(leads):
            found[at - 1 : at] = copies
            at += len(copies) - 1


def _level_list_from(found: list[Mention], index: int, text: str) -> list[Mention]:
    """The copies of one department a level list prints from ``found[index]`` on (市、县人民政府A部门:
    市's A and 县's A), each with a body of its own; [] where the list names one level."""
    last = index
    while last + 1 < len(found):
        after = found[last + 1]
        gap = text[found[last].end : after.start]
        if after.cls != "dept" or after.body is None or not (after.start == found[last].start or gap in ("、", "和")):
            break
        last += 1
    chain = _level_list_before(found[: last + 1], text, found[last].end) if last > index else []
    return chain if chain and chain[0] is found[index] and all(m.body is not None for m in chain) else []


def _body_member(lead: Mention, member: Mention, level: str | None) -> Mention | None:
    """The bare ``member`` of a list read as a department of ``lead``'s body (its offsets stay the printed
    ones), or None where the joined name is no one department."""
    assert lead.body is not None
    name = lead.body.surface + member.surface
    scoped = find_mentions(name, level)
    if len(scoped) == 1 and scoped[0].cls == "dept" and scoped[0].end == len(name):
        return replace(scoped[0], start=member.start, end=member.end, body=replace(lead.body))
    return None


def _joined(
    chain: list[Mention], text: str, cursor: int, alternatives: bool = False, authorized: bool = False
) -> list[Mention]:
    """The mentions of ``chain`` joined one to the next from ``cursor`` (X、Y和Z). With ``alternatives``
    (after 由) the alternative agents of the same act join too: 由X或者其他有关部门责令改正 (14 of 16 dev
    annotations give the 有关 set the duty) and 由X或者其授权的Y. The subject path keeps its joiners
    (X或者其他单位应当… names regulated parties); 其他相关机关 is left alone (a set of its own, named with
    其他, where the organ finder prints 相关机关). With ``authorized`` (report targets) only the post a
    head delegates to joins: 报X主任或者其委托的副主任批准 (dev gw-spdd), not the bodies X authorizes (经X或者
    其授权的Y批准: dev qd-senlin gives Y no report), and X's own body (报X或者它的派出机关备案)."""
    joined: list[Mention] = []
    for mention in chain:
        gap = text[cursor : mention.start]
        if gap not in _SUBJECT_JOINERS and not (
            (alternatives and _alternative_agent(gap, mention, joined))
            or (authorized and _delegated_post(gap, mention, joined))
            or (authorized and joined and gap in _OWNED_ALTERNATIVES and joined[-1].relative is None)
            or (joined and _member_place_qualifier().fullmatch(gap, 1) and gap[0] in "、和")
            or (joined and alternatives and gap.startswith("或者") and _member_place_qualifier().fullmatch(gap, 2))
        ):
            break
        joined.append(mention)
        cursor = mention.end
    return joined


def _delegated_post(gap: str, mention: Mention, joined: list[Mention]) -> bool:
    """The gap before Y in X主任或者其委托的副主任: a post the post before it delegates to."""
    return mention.cls == "role" and bool(joined) and joined[-1].cls == "role" and _authorized_alternative(gap, joined)


def _alternative_agent(gap: str, mention: Mention, joined: list[Mention]) -> bool:
    if gap in _OTHER_JOINERS and _alternative_set(mention):
        return True
    if joined and gap in _UPPER_JOINERS and mention.surface.startswith(_UPPER_WORDS):
        return True  # 由X或者其上级主管部门责令改正: the upper authority (of the party at fault) acts too
    # 其授权的有关部门、机构: a joint set the finder names as printed, not the 有关部门 the text means
    return _authorized_alternative(gap, joined) and "、" not in mention.surface


_OTHER_JOINERS = ("或者其他", "或其他")
# 由区人民政府或者其上级主管部门责令改正: 其 before an upper authority names the sanctioned party's (as in
# 由其上级机关或者主管部门, 由所在单位或者其上级机关); the authority is one more alternative agent (dev tjxq-jiedao;
# the dev annotations give 上级主管部门 its edge where the 其 is left out: 8 prints of 由本级人民政府或者上级主管部门)
_UPPER_JOINERS = ("或者其", "或其")
_UPPER_WORDS = ("上级", "上一级")
# 报X或者它的派出机关备案 / 经X或者其派出机关同意: the owner's own body, reported to as X is (dev hn-jwh, fl-jwh);
# not 或者其授权的Y (the bodies X authorizes, see _joined), nor the body of a relative X (向上一级X或者其Y报告: Y
# is named by its owner, 上一级X的Y, no node the loader names: dev gw-senlin)
_OWNED_ALTERNATIVES = ("或者它的", "或者其", "或它的", "或其")
# …指定的Y / …的工作人员: what follows a subject set when it only qualifies the noun after it
_QUALIFYING_OF = re.compile(r"[^,。;、]{0,4}的")


def _bare_set(mention: Mention, text: str) -> bool:
    """有关部门 as printed, not qualifying a noun (有关部门指定的机构, 有关部门的工作人员)."""
    return "的" not in mention.surface and not _QUALIFYING_OF.match(text, mention.end)


def _sanctioned_set(clause: Clause, start: int, mention: Mention, gap: str) -> bool:
    """X或者其他有关部门 in a sanction's condition: the set joins the sanctioned bodies, unless they are
    of several levels (市、县人民政府及其…或者其他有关部门), where the bare set would name none of them."""
    if gap not in _OTHER_JOINERS or not _alternative_set(mention):
        return False
    levels = {m.level for m in clause.mentions if start <= m.start < mention.start}
    return len(levels - {None}) <= 1


# 由X或者其授权的Y / 由X或者由其授权的Y: the body X authorizes is the other agent (5 of 5 dev annotations);
# so is the post X delegates to, 由X或者其委托的Y (4 of 4: gx-hezhang, gx-linzhang twice, nmg-hzz)
_OWN_AUTHORIZED = re.compile(r"(?:或者|或)(?:由|受)?其(?:授权|委托)的?")


def _authorized_alternative(gap: str, joined: list[Mention]) -> bool:
    """The gap before Y in 由X或者其授权的Y, or in 由X或者X授权的Y (X printed twice, joined by 或者)."""
    if _OWN_AUTHORIZED.fullmatch(gap):
        return bool(joined)
    repeated = len(joined) >= 2 and joined[-1].surface == joined[-2].surface
    return repeated and gap in ("授权的", "授权")


def _alternative_set(mention: Mention) -> bool:
    return mention.surface.startswith(tuple(triggers()["alternative_set_openers"]))


def _subject_before_dui(mentions: list[Mention], text: str, piece: int, frame: re.Match[str]) -> list[Mention]:
    """Z对…的X，可以约谈其R: the bodies opening the piece right before its 对, where the frame names no agent
    of its own (no 由, no organ between the comma and 约谈其), are who interviews (dev xz-hhz, annotated on
    the role as the 由Z form is)."""
    if text[frame.start() : frame.end()].lstrip(",， ").startswith("由"):
        return []
    if any(frame.start() < m.start < frame.end() for m in mentions):
        return []
    opening = [m for m in mentions if m.start >= piece and m.start < frame.start()]
    subjects = _joined(opening, text, piece) if opening and opening[0].start == piece else []
    if not subjects or subjects[-1].cls == "role" or not text.startswith("对", subjects[-1].end):
        return []
    return subjects


def _closes_condition(bodies: list[Mention], fronted: re.Match[str], text: str) -> bool:
    """对…的X，由Z约谈其R / 对X，由Z约谈其R: the bodies close the 对 condition, or are all it names (其 is
    X either way; dev dz-jianhe prints the bare form, annotated on the role as the 的 form is)."""
    return text.endswith("的", 0, bodies[0].start) or bodies[0].start == fronted.end()


def _listed_before(before: list[Mention], text: str, cursor: int) -> list[Mention]:
    """The bodies printed as one list right before a cursor (…A和B、C|及其R), nearest last; the list
    stops at a role (an earlier X及其R) or at anything that is not a joiner."""
    listed: list[Mention] = []
    for mention in reversed(before):
        gap = text[mention.end : listed[0].start if listed else cursor]
        if mention.cls == "role" or gap not in _SUBJECT_JOINERS - {"及其"}:
            break
        listed.insert(0, mention)
    return listed


def _pledged_back(clause: Clause, mentions: list[Mention], text: str) -> list[Mention]:
    """X负责聘用A、B，与其签订责任书 / X将任务分解落实到A，与其签订…: 其 after 与 is the organs of the piece
    just before the clause (the holder among them is dropped by the caller, no self-pledge)."""
    if not re.match(r"[^,，。;；]{0,6}与其(?:签订|签署|订立)", text[clause.start : clause.end]):
        return []
    start = max(text.rfind(mark, 0, clause.start - 1) for mark in ",，。;；\n") + 1
    return [m for m in mentions if start <= m.start < clause.start]


def _joined_after(first: list[Mention], others: list[Mention], text: str) -> list[Mention]:
    """向A、B报告: the mentions joined to the one after 向 are targets too; so are those after a second
    report verb of the clause (报本级人民政府批准，并报上一级X备案: both X are reported to)."""
    joined: list[Mention] = []
    seen: set[int] = set()  # by identity: two printings of one name are two mentions
    for lead in first:
        if id(lead) not in seen:
            chained = _joined(others[others.index(lead) :], text, lead.start, authorized=True)
            chain = [m for m in chained if id(m) not in seen]
            seen.update(id(m) for m in chain)
            joined += chain
    return joined


def _is_target(mention: Mention, text: str) -> bool:
    """An organ oversight may act on: not a regulated actor (中介机构), nor a role of a non-state
    unit (约谈X企业的主要负责人, 中介机构及其从业人员), whether that unit is an organ mention or plain text."""
    if mention.cls == "name" and (mention.kind == "enterprise_society" or in_unit_kind_list(mention, text)):
        # the state's auxiliaries (群防群治组织) take guidance as public bodies do
        return mention.fixed_name in triggers()["guided_social_bodies"]
    if mention.cls != "role":
        return not _non_state_unit(mention.surface)
    body = mention.body
    if body is not None:
        return body.kind != "enterprise_society" and body.level != "social" and not _non_state_unit(body.surface)
    owner = mention.surface[: len(mention.surface) - len(mention.head)] if mention.head else ""
    if not owner:  # a bare role: the unit printed right before it
        owner = _ROLE_OWNER.sub("", text[max(0, mention.start - 12) : mention.start])
    return not _non_state_unit(owner)


# What joins a role to the unit printed before it: X的主要负责人, X及其从业人员, X和其从业人员.
_ROLE_OWNER = re.compile(r"(?:的|及其|和其|以及其)$")


def _staff_head(mention: Mention, text: str) -> bool:
    """对主要负责人、直接负责的主管人员…给予处分: a bare head listed with the staff words is the staff
    of the sanctioned body (gold: staff phrases are recorded through their body), not a role node."""
    if mention.cls != "role" or (mention.body is not None and not mention.body.bare):
        return False
    return _STAFF_AFTER.match(text, mention.end) is not None


_STAFF_AFTER = re.compile(rf"、(?:{alternation(triggers()['staff_after_head'])})")
# 对X的主要负责人和直接负责的主管人员: a role listed with the staff words of its body
_STAFF_JOINED = re.compile(rf"(?:、|和|及|以及)(?:{_STAFF})")


def _penalises_actor(text: str, clause: Clause) -> bool:
    """The sentence of ``clause`` imposes a penalty only a regulated actor bears (处…罚款, 没收违法所得)."""
    stop = _SENTENCE_END.search(text, clause.start)
    sentence = text[clause.start : stop.start() if stop else len(text)]
    return any(word in sentence for word in triggers()["actor_penalties"])


def _non_state_unit(name: str) -> bool:
    """A name ending in the word of a non-state unit (造林企业, 中介机构, 森林经营者)."""
    return bool(name) and _non_state_pattern().search(name) is not None


@cache
def _non_state_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(triggers()['non_state_units'])})$")


def _top_level_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] split at 、 outside brackets (县(市、区)X审核 stays one piece)."""
    pieces: list[tuple[int, int]] = []
    depth, cursor = 0, start
    for at in range(start, end):
        char = text[at]
        depth += 1 if char in "(（" else -1 if char in ")）" and depth else 0
        if char == "、" and not depth:
            pieces.append((cursor, at))
            cursor = at + 1
    return [*pieces, (cursor, end)]


def _step_bodies(text: str, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The bodies a procedure step opens with (X和Y入户核实 → X, Y); none when the step opens with
    anything else (农户申请)."""
    return _joined(
        sorted((m for m in mentions if start <= m.start and m.end <= end), key=lambda m: m.start), text, start
    )


def _unique(keys: list[Key]) -> list[Key]:
    return list(dict.fromkeys(keys))


def _sentence_goes_on(text: str, clause: Clause) -> bool:
    """The clause opens its sentence and a comma follows it: the next clause is part of a sentence the role
    heads (X主要负责人是第一责任人，对…亲自部署), not of one the body opened (X承担主体责任，主要负责人是
    第一责任人，…)."""
    before = text[max(0, clause.start - 3) : clause.start].rstrip()
    rest = text[clause.end : clause.end + 2].lstrip()
    return not before.endswith(("，", ",", "、")) and rest[:1] in ("，", ",")


def _posts(keys: list[Key]) -> bool:
    """Every key is a post of its own (总河长, 河长), not a role inside a body (主要负责人) or a body."""
    return bool(keys) and all(key[0] == "position" for key in keys)


def level_rank(level: str | None) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def _trade_word(name: str, heads: tuple[str, ...]) -> str:
    """电力企业 → 电力: the trade a unit's name gives before its unit head; empty without such a head."""
    head = next((h for h in heads if name.endswith(h)), "")
    return name[: -len(head)] if head else ""
