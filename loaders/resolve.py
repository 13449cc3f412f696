"""Mentions → canonical organs: keys by level and head class, bare words and roles resolved."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from graph.model import LEVELS, Organ
from loaders.lexicon import alternation, lexicon_data, organ_lexicon, organ_words
from loaders.organs import Key, Mention, social_member_heads, township_government

_BODY_CLASSES = ("pg", "gov", "party")
_BARE_MEMBER_SETS = ("成员单位", "直成员单位")  # the members of a body the article names elsewhere
# ... and 盟直成员单位 / 市直成员单位 (level word + 直): the members directly under the level, the same set
# 指挥部有关成员单位 / 其他成员单位: some of a body's members, annotated as its one member set
_MEMBER_PICKS = ("有关", "相关", "其他")


def _plain_member_set(core: str) -> bool:
    """X成员单位 with no 有关/相关/其他 inside: a body's member set as the document names it."""
    return core.endswith(_BARE_MEMBER_SETS) and core not in _BARE_MEMBER_SETS and not _picks_members(core)


def _picks_members(core: str) -> bool:
    return any(core.endswith(pick + member) for pick in _MEMBER_PICKS for member in _BARE_MEMBER_SETS)


def _bare_member_set(key: Key) -> bool:
    return key[:1] == ("dept",) and key[2] in _BARE_MEMBER_SETS


def _picked_member_set(key: Key) -> bool:
    """市禁毒委有关成员单位 (a department key) or 有关成员单位 alone (a collective of unnamed members)."""
    if key[:1] == ("dept",):
        return _picks_members(key[-1])
    return key[:1] == ("coll",) and key[1] in _MEMBER_PICKS and key[2:4] == ("dept", "成员单位")


@dataclass
class OrganTable:
    """Every organ of a document, and the organ key of each mention."""

    document: str
    doc_level: str | None
    entries: dict[Key, _Entry] = field(default_factory=dict)
    redirects: dict[Key, Key] = field(default_factory=dict)
    frozen: bool = False  # set once every mention is registered: names no longer change
    id_cache: dict[Key, str] = field(default_factory=dict)
    township_pair: bool = False  # 乡镇人民政府、街道办事处 printed as one body somewhere in the document
    metropolis: bool = False  # a 直辖市's document: its 市/区 bureaus sit in their government (pipeline._level_body)

    def key_of(self, mention: Mention, head_body: Key | None = None) -> Key:
        key = _raw_key(mention, self.doc_level, head_body, self)
        return self._canonical(key)

    def key_of_key(self, key: Key) -> Key:
        return self._canonical(key)

    def add(
        self, mention: Mention, surface: str, position: int, head_body: Key | None = None, display: str | None = None
    ) -> Key:
        raw = _raw_key(mention, self.doc_level, head_body, self)
        self.township_pair = self.township_pair or _township_pair(mention)
        # Before the table is frozen a bare body (街道, 乡镇, alone or under a role) stays as printed:
        # which body of its level it names is known only once every mention is in, and finalise
        # folds it there, so the key extraction computes later is the key an entry holds.
        held = _bare_based(raw) or township_half(raw) or township_half(raw[1:-1])  # a half's role (乡镇长)
        key = raw if not self.frozen and held else self._canonical(raw)
        entry = self.entries.get(key)
        if entry is None:
            if not self.frozen:
                # a new body can change what bare words resolve to; once frozen, an id handed out to a
                # holder stays (a late 本级X entry must not re-point one whose names grew since)
                self.id_cache.clear()
            entry = _Entry(
                key, _level(mention, key, self.doc_level), mention.kind, _collective(mention), first=position
            )
            if mention.cls == "role":
                # 决策机构, 河道管理机构: a body inside a body keeps its kind; a person is an individual_role
                body_kind = mention.member or mention.kind == "enterprise_society"
                entry.kind = mention.kind if body_kind else "individual_role"
                entry.own_name = mention.member
                entry.body = tuple(key[1:-1])
                body_entry = self.entries.get(self._canonical(entry.body))
                if mention.body is None and body_entry is not None:
                    entry.level = body_entry.level  # 党政主要负责人 of the article's body works at its level
            self.entries[key] = entry
        entry.surfaces[surface] += 1
        if mention.joint and mention.joint != surface:
            entry.surfaces[mention.joint] += 1  # 市、县人民政府 of 市人民政府 and 县人民政府 (genre rule 11)
        if mention.own_place:
            entry.surfaces[mention.own_place + surface] += 1  # 本省各级人民政府 (genre rule 11)
        if mention.printed_lead:
            entry.surfaces[mention.printed_lead + surface] += 1  # 驻村第一书记 (organs.yaml fixed_name_leads)
        if mention.printed_tail:
            entry.surfaces[surface + mention.printed_tail] += 1  # 政协组织 (organs.yaml fixed_name_tails)
        if _township_pair(mention):
            # the pair's first half is one of its printed forms: where a document keeps no pair node
            # (its halves two holders), the pair is nearest that half
            entry.surfaces[re.split("[、和]", surface, maxsplit=1)[0]] += 1
        if mention.item and mention.display and mention.item != surface:
            entry.surfaces[mention.item] += 1  # 农业农村 of 市人民政府农业农村、林业等部门 (genre rule 11)
        for form in _printed_item_forms(mention):
            entry.surfaces[form] += 1  # 市水利行政主管部门 of 市、县人民政府林业、水利等行政主管部门
            entry.listed[form] += 1
        if mention.placed_name:
            entry.surfaces[mention.placed_name] += 1  # 北部矿山所在地县级人民政府X部门 (Mention.placed_name)
        if mention.level_item and mention.level_item != surface:
            entry.surfaces[mention.level_item] += 1  # 区财政部门 of 市、区人民政府财政、…等部门
            entry.listed[mention.level_item] += 1
            for plain in _plain_level_items(mention):
                entry.surfaces[plain] += 1
                entry.listed[plain] += 1
        if display and mention.body is not None and not mention.body.bare:
            display = self._printed_body(mention.body, display)
        elif display:
            display = _printed_prefix(surface, display)
        if display != "":  # bare words and relative references name no organ
            entry.names[display or surface] += 1
        return key

    def _printed_body(self, body: Mention, display: str) -> str:
        """县(市、区)人民政府有关部门 → 县（市、区）人民政府有关部门: a name built on its body's name takes
        that name as printed (the mention's text is normalised), so the two stay prefixes of each other."""
        body_entry = self.entries.get(self.key_of(body))
        if body_entry is None or not body_entry.surfaces:
            return display
        printed = _best_surface(body_entry.names or body_entry.surfaces)
        levelled = body.display != body.surface and body.display.replace("级", "", 1) == body.surface
        if levelled and display.startswith(body.display) and body.display != printed:
            # 市级人民政府X部门 of 市、县级人民政府X、Y等部门 in a text naming its 市人民政府: the body's name
            return printed + display[len(body.display) :]
        # the body's best name first, then any other form it is printed in (县（市、区）人民政府 of a body
        # most often named 县级人民政府)
        for form in (printed, *body_entry.surfaces):
            size = len(form)
            if size < len(display) and unicodedata.normalize("NFKC", display[:size]) == unicodedata.normalize(
                "NFKC", form
            ):
                return form + display[size:]
        return display

    def _canonical(self, key: Key, of_role: bool = False) -> Key:
        """bare L → the main body of level L when the document names one. Once the table is frozen
        an answer is kept, so organs added later (本级X seen from a source) never re-point a holder."""
        village_role = of_role and key[:2] == ("bare", "village")  # decided apart from the bare word's own
        if key in self.redirects and not village_role:
            return self.redirects[key]
        canonical = key
        if key[:1] == ("bare",):
            level = key[1]
            # 村应当建立村务监督委员会 beside 村党组织, in a text on village self-government (its assemblies and
            # oversight committee act): the bare village stands for the village's bodies, not for its party
            # organisation alone (dev sd-cunwu, sd-cwh, fl-cwh, sh-cunwei keep a literal 村 so); elsewhere (河长制
            # texts: 村（社区）河长 in the village's pair) and for a village role the body stays as it was
            self_governing = level == "village" and not of_role and self._self_governing_village()
            classes = [cls for cls in _BODY_CLASSES if not (cls == "party" and self_governing)]
            canonical = next(((cls, level) for cls in classes if (cls, level) in self.entries), key)
            if own_place_node(key, self.entries):
                canonical = key  # 街道党工委 and 街道办事处 printed apart, no pair: 街道（乡镇） is the pair itself
            if canonical == key and ":" in level:  # 州 with no 州 body named: the level's body
                canonical = self._canonical(("bare", level.split(":", 1)[0]))
        elif key[:1] == ("role",) and not state_class(key):
            canonical = ("role", *self._canonical(self._role_body(tuple(key[1:-1])), of_role=True), key[-1])
        elif township_half(key) and not self.township_pair:
            canonical = key[:2]  # no pair printed: 街道办事处 alone is the township's one body
        if self.frozen and key[:1] in (("bare",), ("role",)) and not village_role:
            self.redirects[key] = canonical
        return canonical

    def _self_governing_village(self) -> bool:
        """The document names the village's self-governing bodies (村民会议, 村务监督委员会: organs.yaml
        self_governing_village_heads)."""
        heads = organ_words("self_governing_village_heads")
        return any(k[:2] == ("dept", "village") and str(k[-1]) in heads for k in self.entries)

    def _role_body(self, body: Key) -> Key:
        """The body of a role printed over one half of the township pair (街道办事处主任, 乡镇长, 乡镇主要负责人):
        that half where the document prints the pair and the half on its own, else the body the role
        had before halves were told apart (the pair, or the bare word's body)."""
        if len(body) != 3 or body[0] not in ("gov", "bare") or not body[1].startswith("township"):
            return body
        half = ("gov", *body[1:])
        return half if self.township_pair and half in self.entries else body[:2]

    def finalise(self) -> None:
        """Re-point bare keys that a later full mention named, and fold their surfaces in."""
        self._merge_lone_place_kinds()
        self._merge_short_function_words()
        self._merge_head_variants()
        self._merge_joiner_variants()
        self._merge_unit_body_prints()
        self._merge_level_department_sets()
        self._merge_named_bureaus()
        self._merge_organ_prints()
        self._place_unlevelled_departments()
        self._place_relative_chief_offices()
        self._place_local_departments()
        self._place_bare_members()
        self._place_sending_units()
        self._merge_pair_leader_groups()
        self._merge_congress_back_references()
        self._merge_defined_state_sets()
        self.frozen = True
        for key in list(self.entries):
            target = self._canonical(key)
            if target != key and target in self.entries:
                folded = self.entries.pop(key)
                self.entries[target].surfaces.update(folded.surfaces)
                self.entries[target].names.update(folded.names)
            elif target != key and (key[:1] == ("role",) or township_half(key)):
                moved = self.entries.pop(key)  # a member of a body that was re-pointed: it follows its body
                moved.key = target
                moved.body = tuple(target[1:-1]) if key[:1] == ("role",) else moved.body
                self.entries[target] = moved

    def _merge_lone_place_kinds(self) -> None:
        """自治州人民政府 is an organ apart from the municipal 市人民政府 only where the document names
        both kinds of place at that level (设区的市、自治州人民政府); a document that names one kind
        alone (a 州's own rules: 州人民政府, 州财政部门) has one body of that level, the level's own."""
        kinds: dict[str, set[str]] = {}
        for key, entry in self.entries.items():
            # printed names only: 上一级人民政府 seen from a county names no kind of place
            if entry.names and key[:1] in (("dept",), *((cls,) for cls in _BODY_CLASSES)):
                level, _, kind = key[1].partition(":")
                printed = kind or _printed_place_kind(entry.names)
                if printed is not None:
                    kinds.setdefault(level, set()).add(printed)
        for level, named in kinds.items():
            if len(named) > 1 or named == {""}:
                continue  # two kinds of place (or none but the ordinary one): kept as they are
            for key in [k for k in self.entries if k[:1] != ("role",) and len(k) > 1 and k[1].startswith(level + ":")]:
                plain = (key[0], level, *key[2:])
                first = self.entries[key].first
                self.aliases_to(key, plain)
                self.entries[plain].first = min(first, self.entries[plain].first)

    def _merge_head_variants(self) -> None:
        """自治县规划自然资源部门 (an item of 发展改革、规划自然资源…等部门) and 自治县规划自然资源主管部门 printed
        elsewhere: one department of that level and function, named by the fuller printed name. So too with
        no level printed (林业和草原等部门 beside 林业和草原主管部门), and for a spanning level set
        (县级以上人民政府卫生健康、…等部门 beside 县级以上人民政府卫生健康主管部门): the same function's department,
        whichever of 部门/主管部门/行政部门/行政主管部门 a sentence prints."""
        groups: dict[Key, list[Key]] = {}
        for key in self.entries:
            slot = _function_slot(key)
            if slot is not None:
                groups.setdefault(slot, []).append(key)
        for keys in groups.values():
            fuller = self._printed_full(k for k in keys if "主管" in _department_head(_head_variant_core(k)))
            if len(keys) < 2 or len(fuller) != 1:
                continue  # none printed in full, or two full names (主管部门 and 行政主管部门): kept apart
            for key in keys:
                if key != fuller[0]:
                    self.aliases_to(key, fuller[0])

    def _merge_joiner_variants(self) -> None:
        """森林、林木、林地的经营单位 beside 森林、林木、林地经营单位, 居民委员会和村民委员会 beside
        居民委员会、村民委员会: one organ printed with or without 的, its bodies joined by 和 or 、 (dev set:
        6 documents so, none apart). The form printed most often names it."""
        groups: dict[str, list[Key]] = {}
        for key in self.entries:
            if key[:1] == ("name",) and len(key) == 2:
                groups.setdefault(_joiner_free(key[1]), []).append(key)
        for keys in groups.values():
            if len(keys) > 1:
                kept = max(keys, key=lambda k: (sum(self.entries[k].surfaces.values()), -self.entries[k].first))
                for key in keys:
                    if key != kept:
                        self.aliases_to(key, kept)

    def _merge_unit_body_prints(self) -> None:
        """核电厂核事故应急机构 beside 核电厂的核事故应急机构: the body inside a unit printed with its unit's name
        run on (no 的) is that body, not a department of its own (every print of it must be so)."""
        joined: dict[str, Key] = {}
        for key, entry in self.entries.items():
            unit = self.entries.get(entry.body) if key[0] == "role" and entry.body is not None else None
            if unit is not None and unit.kind == "enterprise_society":
                joined.update({printed + key[-1]: key for printed in unit.surfaces})
        if not joined:
            return
        for key, entry in list(self.entries.items()):
            targets = {joined.get(printed) for printed in entry.surfaces}
            target = targets.pop() if len(targets) == 1 else None
            if key[0] in ("dept", "name") and target is not None:
                self.aliases_to(key, target, named=False)

    def _merge_organ_prints(self) -> None:
        """公安部门 (an item of 民政、公安等部门) beside 公安机关, 审计部门 beside 审计机关, at one level: the
        function's department printed as the organ of state it is, one organ (organs.yaml
        organ_printed_functions). The organ's key and name stay, so its kind (审计机关: audit, 监察机关:
        discipline) holds and names containing it (公安机关交通管理部门) still find it. Only prints by name
        count: 本级人民政府公安机关 alone is a relative reference, kept apart (pipeline._printed_relative_only)."""
        groups: dict[Key, list[Key]] = {}
        for key, entry in self.entries.items():
            slot = _organ_print_slot(key)
            if slot is not None and entry.names:
                groups.setdefault(slot, []).append(key)
        for keys in groups.values():
            organs = [k for k in keys if _head_variant_core(k).endswith(organ_words("organ_print_heads"))]
            if len(organs) != 1 or len(keys) < 2:
                continue  # no organ print, or two (公安机关 and 公安行政机关): left as they are
            for key in keys:
                if key != organs[0]:
                    self.aliases_to(key, organs[0], named=False)

    def _printed_whole(self, key: Key) -> bool:
        """Whether a department's name is printed whole: a list item's level form (市生态环境行政主管部门 of
        市、县人民政府生态环境、水行政主管部门) is the loader's name for the item, not a print of it, so only
        surfaces printed more often than so formed count."""
        entry = self.entries[key]
        core = _head_variant_core(key)
        return any(s.endswith(core) and count > entry.listed[s] for s, count in entry.surfaces.items())

    def _merge_level_department_sets(self) -> None:
        """区人民政府有关部门 (or 区人民政府及其有关部门) where the document names 区人民政府职能部门 or 工作部门: the
        district's one collective of departments, into which a 工作部门 beside a 职能部门 folds too (organs.yaml
        level_department_sets). A 有关部门 any print of which names no district government (区有关部门,
        县（市、区）人民政府有关部门) stays apart."""
        data = lexicon_data("organs.yaml")["level_department_sets"]
        governments = tuple(word + government for word in data["level_words"] for government in data["governments"])
        for key in list(self.entries):
            if key[:1] != ("dept",) or len(key) != 3 or key[1] not in LEVELS:
                continue
            sets = [(*key[:2], name) for name in data["sets"] if (*key[:2], name) in self.entries]
            if not sets or key != sets[0]:
                continue
            for other in sets[1:]:
                self.aliases_to(other, key, named=False)
            for pick in data["picks"]:
                picked = (*key[:2], pick)
                names = self.entries[picked].names if picked in self.entries else None
                if names and all(name.startswith(governments) for name in names):
                    self.aliases_to(picked, key, named=False)
            for pick in data["level_picks"]:
                if (*key[:2], pick) in self.entries:
                    self.aliases_to((*key[:2], pick), key, named=False)  # 区级部门, 区级职能部门
        words = tuple(data["level_words"])
        district = [
            key
            for key in self.entries
            if key[:1] == ("dept",)
            and len(key) == 3
            and key[1] in LEVELS
            and key[2] in data["sets"]
            and all(name.startswith(words) and "、" not in name for name in self.entries[key].names)
        ]
        if len(district) == 1:  # 职能部门 / 工作部门 printed bare: the district's one set (not 区委、区政府工作部门's)
            for name in data["sets"]:
                if ("dept", "", name) in self.entries:
                    self.aliases_to(("dept", "", name), district[0], named=False)

    def _merge_short_function_words(self) -> None:
        """市环保部门 (an item of 市环保、林业等部门) where the document also prints 市环境保护主管部门: one
        department of that level, the short function word (function_short_words) an alias of the full one."""
        short_words = lexicon_data("organs.yaml").get("function_short_words", {})
        for key in list(self.entries):
            if key[:1] != ("dept",) or len(key) != 3 or key not in self.entries:
                continue
            word = next((w for w in short_words if key[2].startswith(w)), None)
            if word is None:
                continue
            full = (*key[:2], short_words[word] + key[2][len(word) :])
            if full in self.entries:
                self.aliases_to(key, full)

    def _printed_full(self, keys: Iterable[Key]) -> list[Key]:
        """The full names among ``keys``; where two, those printed whole: 林业主管部门 of 市人民政府林业、水利等
        行政主管部门 is a list item's name the loader gives, not a second department beside the 市林业行政主管部门
        another article prints (zk-longhu annotates them as one)."""
        full = list(keys)
        printed = [k for k in full if self._printed_whole(k)]
        return printed if len(full) > 1 and len(printed) == 1 else full

    def _merge_named_bureaus(self) -> None:
        """市人民政府财政部门 (an item of 市、县人民政府发展改革、财政…等部门) where the document names 市财政局:
        the level's department of that function is the bureau it names (one bureau of that function and level
        only; 林业部门 beside 林业和草原局 is no same function). The bureau keeps its printed name (dev set: 3
        documents merge the two, 10 departments, none apart). A commission (市发展改革委) is that department
        only at a level where a bureau already is: the document names the level's departments by their bodies
        (organs.yaml commission_heads)."""
        named_levels: set[Key] = set()
        for heads in (organ_words("bureau_heads"), organ_words("commission_heads")):
            for key in list(self.entries):
                slot = _function_slot(key, supervision=True)
                if slot is None or key[:1] != ("dept",) or not key[1] or key not in self.entries:
                    continue
                if heads != organ_words("bureau_heads") and key[:2] not in named_levels:
                    continue
                stems = dict.fromkeys((slot[-1], _printed_functions().get(slot[-1], slot[-1])))
                bureaus = [(*key[:2], stem + _keyed_head(head)) for stem in stems for head in heads]
                named = [bureau for bureau in bureaus if bureau in self.entries]
                if len(named) == 1:  # a bureau only seen as 同级X局 takes the department's printed name
                    self.aliases_to(key, named[0], named=not self.entries[named[0]].names)
                    named_levels.add(key[:2])

    def _place_unlevelled_departments(self) -> None:
        """卫生行政主管部门 printed with no level after the document named 县级以上人民政府卫生行政主管部门:
        the bare name refers back to that collective (dev set: 25 bare names so, 1 kept apart). A local
        document's 县级以上 set takes the bare name printed before it too (an opening article's 水行政主管部门:
        dev set 14 so, none apart), unless one level's department of that function came first, which the
        bare name may mean (2 of 3 so); a 各级 set printed later does not (3 bare names apart, 1 merged).
        With no set at all it stays an organ apart, even where one level's department of that function is
        printed too (市卫生行政主管部门): the dev set's shared reading is the function's department wherever
        it acts (17 documents against 5)."""
        local_prefixes = _all_level_prefixes()[1]
        for key in [k for k in self.entries if k[:2] == ("dept", "")]:
            spanning = self._all_levels_collective(key[2])
            if spanning is None:
                continue
            if key[2].endswith(organ_words("all_level_chief_offices")):
                if spanning[1] in _all_level_prefixes()[0]:  # not a 县级以上 set: the offices from the county up
                    self.aliases_to(spanning, key)  # 各级河湖长制办公室 and the bare office: the office at any level
                continue
            earlier = self.entries[spanning].first < self.entries[key].first
            if earlier or (spanning[1] in local_prefixes and not self._levelled_before(key)):
                self.aliases_to(key, spanning, named=False)  # the set keeps its printed name

    def _place_relative_chief_offices(self) -> None:
        """同级/本级河湖长制办公室 at a level whose office the text never prints by name: the office of
        whichever level the chief stands at, the bare office of the document (with its 各级 set), not an
        office of one level (dev set: 5 documents of the chief genre annotate it so, none one level's)."""
        same = tuple(w for w, way in organ_lexicon().relative.items() if way == "same")  # 本级, 同级
        for key in [
            k
            for k in self.entries
            if k[:1] == ("dept",) and k[1] and k[-1].endswith(organ_words("all_level_chief_offices"))
        ]:
            entry, bare = self.entries[key], ("dept", "", key[-1])
            if bare in self.entries and not entry.names and all(s.startswith(same) for s in entry.surfaces):
                self.aliases_to(key, bare, named=False)

    def _levelled_before(self, key: Key) -> bool:
        """市和区县（市）人民政府及其水行政主管部门 after 市和区县（市）水行政主管部门 were printed: a bare name
        printed after one level's department of its function may be those levels' departments, not the set."""
        first = self.entries[key].first
        return any(
            other[:1] == ("dept",) and other[1] not in ("", _PLACE_SLOT) and other[2:] == key[2:] and seen.first < first
            for other, seen in self.entries.items()
        )

    def _all_levels_collective(self, core: str) -> Key | None:
        """The collective of one function's department over every level the document governs: 县级以上各级 /
        各级 X; in a local document also 县级以上 / 县级以上地方 / 地方各级 X (in a national one these are the
        local governments' departments, the central one left out). Where several are printed, a local
        document's 县级以上 set before 各级 (townships have no departments, so the county-up set is the one
        that acts), then the first printed."""
        prefixes, local_prefixes, set_openers, heads = _all_level_prefixes()
        if core.startswith(set_openers) or not core.endswith((*heads, *organ_words("all_level_chief_offices"))):
            return None  # 有关部门 is a set of unnamed departments, not one function's department
        if self.doc_level not in (None, "central"):
            prefixes += local_prefixes
        spanning = [
            key for key in self.entries if key[:1] == ("coll",) and key[1] in prefixes and key[2:4] == ("dept", core)
        ]
        return min(spanning, key=lambda key: (key[1] not in local_prefixes, self.entries[key].first), default=None)

    def _place_local_departments(self) -> None:
        """受灾地区人民政府应急管理部门: the departments of a place's governments are the local collective
        of that function (县级以上地方人民政府应急管理部门) where the document names one; else an organ apart."""
        for key in [k for k in self.entries if k[:2] == ("dept", _PLACE_SLOT)]:
            core = key[2]
            local = next(
                (
                    other
                    for prefix in organ_words("place_department_collectives")
                    for other in self.entries
                    if other[:4] == ("coll", prefix, "dept", core)
                ),
                None,
            )
            if local is not None:
                self.aliases_to(key, local)
            else:
                self.entries[key].level = self.doc_level

    def _place_bare_members(self) -> None:
        """成员单位 with no body named → the one ``X成员单位`` of the document (指挥机构成员单位), if one.
        有关/相关/其他成员单位, with X before them or none, pick among the same members: one set with it."""
        loose = [k for k in self.entries if _picked_member_set(k) or _bare_member_set(k)]
        named = [k for k in self.entries if k[:1] == ("dept",) and _plain_member_set(k[-1])]
        named = named or [k for k in loose if k[:1] == ("dept",) and not _bare_member_set(k)]
        # 市食安委各成员单位 may key as 委成员单位 beside 食安委成员单位: one set when every core ends the longest
        # of sets alike (盟 and 旗（区）河湖长制成员单位), the one printed first, not the one keyed last
        whole = max(named, key=lambda k: (len(k[-1]), -self.entries[k].first), default=None)
        if whole is None or not all(whole[-1].endswith(k[-1]) for k in named):
            return
        for key in loose:
            if key != whole:  # its surfaces become aliases; the name stays the full one
                entry = self.entries.pop(key)
                self.redirects[key] = whole
                self.entries[whole].surfaces.update(entry.surfaces)

    def _place_sending_units(self) -> None:
        """派出单位 (the unit that sent the 驻村工作队 / 第一书记) → the one set of assisting units spanning
        levels the document names (各级定点帮扶单位): the sender is whichever of them sent the team."""
        sending = [k for k in self.entries if k[:1] == ("dept",) and k[-1] in _sending_units()]
        sets = [
            k
            for k, e in self.entries.items()
            if e.kind == "assistance_unit" and e.collective and k[:1] == ("name",) and k[-1].endswith("单位")
        ]
        if len(sets) != 1:
            return  # no set, or several: the sender is not known
        for key in sending:
            entry = self.entries.pop(key)
            self.redirects[key] = sets[0]
            self.entries[sets[0]].surfaces.update(entry.surfaces)

    def _merge_pair_leader_groups(self) -> None:
        """街道（镇）领导班子成员 in a rule whose addressees are the 党政领导干部: the leading group of a level's
        党委/政府 is that collective role, printed another way (dev cq-aqsc, cq-jdaq, zb-zhuijiu list the
        pair's 领导班子成员 as its alias); a department's leading group (区有关部门领导班子成员) stays apart. Where
        both 党政领导干部 and 地方党政领导干部 are printed, the one printed more often."""
        leaders = [k for k in self.entries if k[:1] == ("name",) and k[-1] in pair_leader_sets()]
        counts = sorted((self.entries[k].surfaces.total() for k in leaders), reverse=True)
        if not leaders or counts[1:2] == counts[:1]:
            return
        leader = max(leaders, key=lambda k: self.entries[k].surfaces.total())
        for key in list(self.entries):
            # a level's group printed by its level word alone (乡（镇）领导班子成员) is that level's 党委/政府's
            if (
                key[:1] == ("role",)
                and key[1] in (*_BODY_CLASSES, "bare")
                and key[-1] in organ_words("pair_leader_groups")
            ):
                self.aliases_to(key, leader, named=False)

    def _merge_congress_back_references(self) -> None:
        """人民代表大会 / 本届人民代表大会 / 上届人民代表大会主席团 printed with no level in a document that names
        one levelled congress body of that head (乡、民族乡、镇人民代表大会(主席团)): the bare name or the name with
        a term word (本届, 上届, 下次) refers back to that body, one body across its terms (genre rule 4). Two
        levelled bodies of the head (县 and 乡 congresses): the bare name is kept apart."""
        data = lexicon_data("organs.yaml")["congress_back_references"]
        terms = sorted(data["terms"], key=len, reverse=True)
        heads = tuple(data["heads"])
        for key in [k for k in self.entries if k[:1] == ("dept",) and len(k) == 3]:
            core, entry = key[2], self.entries[key]
            if key[1] in LEVELS and (
                key[1] != self.doc_level or entry.names or not all(s.startswith("本级") for s in entry.surfaces)
            ):
                continue  # a body printed at its level, 上级X, or 本级X read at another body's level: no reference back
            if key[1] not in LEVELS and key[1]:
                continue
            for term in terms:
                if core.startswith(term):
                    core = core[len(term) :]
                    break
            core = data["short_heads"].get(core, core)  # 常务委员会: the one levelled 人大常委会
            if core not in heads and core not in data["short_heads"].values():
                continue
            printed = [
                k
                for k, seen in self.entries.items()
                if k != key and k[:1] == ("dept",) and len(k) == 3 and k[1] in LEVELS and k[2] == core and seen.names
            ]
            if len(printed) == 1:
                self.aliases_to(key, printed[0], named=False)

    def _merge_defined_state_sets(self) -> None:
        """A、B部门、C人民政府(以下统称W单位): the definition reads W as the set of the state bodies before it
        (organs._state_reading); W printed later, read by its words as a regulated unit, is that set."""
        for key in [k for k in self.entries if k[:1] == ("dept",) and len(k) == 3 and k[1] == "social"]:
            state = [
                k
                for k, entry in self.entries.items()
                if k[:1] == ("dept",) and len(k) == 3 and k[2] == key[2] and k[1] != "social" and entry.kind == "agency"
            ]
            if len(state) == 1 and key[2].endswith("单位"):
                self.aliases_to(key, state[0])

    def aliases_to(self, key: Key, target: Key, named: bool = True) -> None:
        """key becomes target; its printed names count toward target's name unless ``named`` is False
        (a bare form folded into a fuller printed name stays an alias)."""
        entry = self.entries.pop(key)
        self.redirects[key] = target
        if target in self.entries:
            self.entries[target].surfaces.update(entry.surfaces)
            self.entries[target].listed.update(entry.listed)
            if named:
                self.entries[target].names.update(entry.names)
        else:
            entry.key = target
            entry.level = target[1] or None
            self.entries[target] = entry

    def organ_id(self, key: Key) -> str:
        if not self.frozen:
            return f"{self.document}/{self.name(key)}"
        cached = self.id_cache.get(key)
        if cached is None:
            cached = self.id_cache[key] = f"{self.document}/{self.name(key)}"
        return cached

    def name(self, key: Key) -> str:
        key = self._canonical(key)
        entry = self.entries.get(key)
        if entry is not None and entry.own_name and entry.names:
            # 安全总监: a member named by its own words; the plainest printed form (安全管理人员 over
            # 专职安全管理人员) among the most frequent
            return max(entry.names, key=lambda s: (entry.names[s], -len(s), s))
        if entry is not None and entry.names and self._street_split(key):
            return _best_surface(entry.names)  # 街道党工委书记 / 乡镇党委书记: each half's role as printed
        if key[:1] == ("role",) and not state_class(key):
            body = tuple(key[1:-1])
            body_entry = self.entries.get(self._canonical(body))
            if body_entry is not None:
                head = body_entry.key[-1] if body_entry.key[:1] == ("dept",) else ""
                # 乡、民族乡、镇人民代表大会主席: a role head restating its body's head prints it once
                role = key[-1][len(head) :] if head and key[-1].startswith(head) and key[-1] != head else key[-1]
                return self.name(body_entry.key) + role
        if entry is None:
            return "".join(key[1:])
        plain = _best_surface(entry.names or entry.surfaces)
        return self._township_joint_name(key, entry, plain) or plain

    def _township_joint_name(self, key: Key, entry: _Entry, plain: str) -> str | None:
        """乡、镇人民政府和街道办事处: the township's one body (no pair name printed) is named by the joint
        phrase of its government and street office where that phrase is printed more often than the
        government alone (each joint print counts once for each half): the dev annotations name the pair so
        (sh-tufa, sh-jindu, sh-yanhua, sh-aqsc; bj-shuitu, printing the government alone more, keeps it)."""
        if self.township_pair or key != ("gov", "township"):
            return None
        joints = [s for s in entry.surfaces if _TOWNSHIP_STREET_JOINT.fullmatch(s)]
        if not joints:
            return None
        joint = max(joints, key=lambda s: (entry.surfaces[s], s))
        return joint if entry.surfaces[joint] > entry.surfaces[plain] else None

    def _street_split(self, key: Key) -> bool:
        """A role of the street's working committee (_street_half), or the township committee's role beside it."""
        stem = lexicon_data("organs.yaml")["street_party_body"]
        return key[:1] == ("role",) and (key[-1].startswith(stem) or (*key[:-1], stem + key[-1]) in self.entries)

    def organs(self, holders: set[Key]) -> list[Organ]:
        organs: list[Organ] = []
        for key, entry in sorted(self.entries.items(), key=lambda item: item[1].first):
            aliases = sorted(entry.surfaces, key=lambda s: (-entry.surfaces[s], s))
            # 市水行政主管部门 of 市、区水行政主管部门: a printed name the entry lost to a fuller one
            # (市人民政府水行政主管部门 elsewhere) stays one of its forms; its surface is the bare 市
            name = self.name(key)
            aliases += sorted(n for n in entry.names if n != name and n not in entry.surfaces)
            organs.append(
                Organ(
                    id=self.organ_id(key),
                    name=name,
                    level=entry.level,  # type: ignore[arg-type]
                    kind=entry.kind,  # type: ignore[arg-type]
                    aliases=aliases,
                    collective=entry.collective,
                    covers=self._covers(entry),
                )
            )
        return _dedupe(_headed_list_forms(_basin_forms(organs)))

    def _covers(self, entry: _Entry) -> list[str]:
        if not entry.collective or entry.key[0] != "coll":
            return []
        cls = entry.key[2]
        top = LEVELS.index(entry.level) if entry.level in LEVELS else 0
        return [
            self.organ_id(other.key)
            for other in self.entries.values()
            if other.key[:1] == (cls,)
            and not other.collective
            and other.level in LEVELS
            and LEVELS.index(other.level) >= top
        ]


@dataclass
class _Entry:
    key: Key
    level: str | None
    kind: str
    collective: bool
    surfaces: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    first: int = 0
    body: Key | None = None
    own_name: bool = False
    listed: Counter[str] = field(default_factory=Counter)  # surfaces formed from a list item, not printed whole


@cache
def pair_leader_sets() -> tuple[str, ...]:
    """党政领导干部, 地方党政领导干部: the collective leader roles of a 党政领导干部 rule (organs.yaml)."""
    return tuple(lexicon_data("organs.yaml").get("pair_leader_sets", ()))


def _keyed_head(head: str) -> str:
    """A name head as the table keys it: 委 is read as 党委 (市发展改革委 → 发展改革党委)."""
    heads = organ_lexicon().heads
    return (heads[head].same_as or head) if head in heads else head


def _head_variant_core(key: Key) -> str:
    """The department name of a levelled (dept, L, core) or spanning (coll, prefix, dept, core, L) key."""
    return key[2] if key[:1] == ("dept",) else key[3]


def _department_parts(key: Key) -> tuple[Key, str, Key] | None:
    """A single department's key split into its kind, its name and its level: (dept, L, core) or spanning
    (coll, prefix, dept, core, L); None for any other key."""
    if key[:1] == ("dept",) and len(key) == 3 and key[1] != _PLACE_SLOT:
        return ("dept", key[1]), key[2], ()
    if key[:1] == ("coll",) and len(key) == 5 and key[2] == "dept":
        return ("coll", key[1], "dept"), key[3], (key[4],)
    return None


def _organ_print_slot(key: Key) -> Key | None:
    """The key with the head of its department or organ print dropped (公安部门, 公安机关 → 公安), for the
    functions the genre prints both ways (organs.yaml organ_printed_functions); None for any other key."""
    parts = _department_parts(key)
    if parts is None:
        return None
    kind, core, level = parts
    heads = (*organ_words("organ_print_heads"), *_department_head_variants())
    head = next((h for h in heads if core.endswith(h)), "")
    stem = core[: -len(head)] if head else ""
    return (*kind, stem, *level) if stem in organ_words("organ_printed_functions") else None


def _joiner_free(name: str) -> str:
    """A fixed name with 的 dropped and 和 read as 、 (受委托的组织 = 受委托组织)."""
    return name.replace("的", "").replace("和", "、")


def _function_slot(key: Key, supervision: bool = False) -> Key | None:
    """The key with its department head dropped (卫生健康主管部门 → 卫生健康), shared by every head variant
    of one function at one level; None for keys that are no single function's department. With
    ``supervision``, a named supervising function (市场监督管理) is one too: its bureau is 市场监督管理局."""
    parts = _department_parts(key)
    if parts is None:
        return None
    kind, core, level = parts
    head = _department_head(core)
    stem = core[: -len(head)] if head else ""
    # 市场监督管理部门 beside the 市场监督管理局 a document names is that bureau (dev sh-spzr); a bare
    # 监督管理部门 is no function's name
    supervising = supervision and stem.endswith("监督管理") and stem != "监督管理"
    if not stem or (stem.endswith(("主管", "监督管理", "有关", "相关")) and not supervising) or stem == "管理":
        # 有关部门 is a set; 监督管理部门 / 管理部门 is its own function's full name; 应急管理 or 城市管理
        # is one function (应急管理部门 beside 应急管理主管部门: one department)
        return None
    return (*kind, stem, *level)


@lru_cache(maxsize=1)
def _department_head_variants() -> tuple[str, ...]:
    """部门 heads one function's department is printed with, longest first."""
    heads = lexicon_data("organs.yaml").get("department_head_variants", ())
    return tuple(sorted(heads, key=len, reverse=True))


@lru_cache(maxsize=1)
def _printed_functions() -> dict[str, str]:
    """水 (of 水行政主管部门) → 水利: a list item the genre names by a fixed name (enumeration_item_names:
    水利 → 水行政主管部门) keeps its printed word in the bureau's name (市水利局; dev: gx-hezhang and xz-xczx
    annotate the item 水利 as the 市水利局 they name, none apart)."""
    printed = {}
    for item, name in lexicon_data("organs.yaml").get("enumeration_item_names", {}).items():
        core = name["stem"] + name["head"]
        head = _department_head(core)
        printed[core[: -len(head)] if head else core] = item
    return printed


def _department_head(core: str) -> str:
    """The longest department head ending the name (水行政主管部门 → 行政主管部门), or ""."""
    return next((h for h in _department_head_variants() if core.endswith(h)), "")


def _printed_item_forms(mention: Mention) -> set[str]:
    """市水利行政主管部门 / 水利行政主管部门 of 市、县人民政府林业、水利等行政主管部门: an item the genre names by
    a fixed name (水行政主管部门) printed with the list's head, after the level word (or the prefix) of its name."""
    if not mention.printed_head or not mention.item:
        return set()
    names = lexicon_data("organs.yaml").get("enumeration_item_names", {})
    if mention.item not in names:
        return set()
    fixed = names[mention.item]["stem"] + names[mention.item]["head"]
    head = mention.printed_head.removeprefix("行政") if mention.item.endswith("行政") else mention.printed_head
    forms = {
        name[: -len(fixed)] + mention.item + head
        for name in (mention.level_item, mention.display)
        if name and name.endswith(fixed) and "人民政府" not in name
    }
    return forms - {mention.surface, mention.display}


def _plain_level_items(mention: Mention) -> set[str]:
    """县（区）交通部门 and 县（区）人民政府水利部门 of 市、县（区）人民政府交通、水利等主管部门: each level's
    department by its printed function word and the plainest head (部门, 主管部门, 行政主管部门 are one
    name: department_head_variants; 水利 is printed where the genre's name is 水行政主管部门), with and
    without its government, so that the level, not only the function word all levels share, tells the
    list's departments apart. Where the list shares 级 (省、市、县级人民政府X、Y等部门: 市级人民政府X部门), the
    level's plain name carries it too (市级X部门, as 县级X部门 of the printed last item)."""
    if not mention.item or mention.body is None:
        return set()
    name = mention.item + _department_head_variants()[-1]
    body = mention.body.display or mention.body.surface
    forms = {mention.level_word + name, body + name}
    shared = mention.level_word + "级"
    if not mention.level_word.endswith("级") and body.startswith(shared):
        forms.add(shared + name)
    return forms - {mention.level_item, mention.surface}


_TOWNSHIP_STREET_JOINT = re.compile(r"[^、和]+(?:、[^、和]+)*人民政府[和、]街道办事处")


def _best_surface(surfaces: Counter[str]) -> str:
    full = [s for s in surfaces if not s.startswith(("各", "有关", "相关")) or len(surfaces) == 1]
    pool = full or list(surfaces)
    return max(pool, key=lambda s: (surfaces[s], len(s)))


def _collective(mention: Mention) -> bool:
    if mention.of_spanning and mention.relative is not None:
        return True  # 上级X of 县级以上…: the X of every level above one of the set (本级X: at each)
    if mention.area:
        return True  # 沿海县(区)人民政府: the bodies of that level lying along the coast
    return bool(mention.collective) or bool(mention.place and mention.cls in _BODY_CLASSES and not mention.level)


def _level(mention: Mention, key: Key, doc_level: str | None) -> str | None:
    if key[:1] == ("coll",):
        top = key[-1]
        if top == "document":
            return "provincial" if doc_level in (None, "central") else doc_level
        if top == "local":  # the local governments of a place: the highest local level below the document's
            return LEVELS[min(LEVELS.index(doc_level) + 1, LEVELS.index("township"))] if doc_level in LEVELS else None
        return top if top in LEVELS else doc_level
    if mention.cls == "role" and mention.body is not None and mention.body.level:
        return mention.body.level  # a role works where its body does (事故发生单位负责人: social)
    if mention.cls == "role" and mention.member and mention.body is None and mention.head in social_member_heads():
        return "social"  # 特种作业人员 with no unit named: the workers of regulated units (genre rule 9)
    return mention.level or doc_level


def _raw_key(mention: Mention, doc_level: str | None, head_body: Key | None, table: OrganTable) -> Key:
    lex = organ_lexicon()
    body_head = mention.body.head if mention.body is not None and not mention.body.bare else ""
    if body_head in ("人民政府", "政府"):
        body_head = ""  # 市人民政府水行政主管部门 = 同级水行政主管部门 of 市
    if mention.body is not None and mention.body.cls == "party" and body_head in lex.heads:
        # 市委农村工作领导小组 = 本级党委农村工作领导小组 seen from a 市 department: one party body's two
        # heads (a commission's 委, 市食安委成员单位, is no party body)
        body_head = lex.heads[body_head].same_as or body_head
    head = lex.heads[mention.head].same_as or mention.head if mention.head in lex.heads else mention.head
    core = body_head + _set_stem(mention) + head
    if mention.fixed_name and mention.cls == "name":
        return ("name", _fixed_label(mention))
    if mention.area and mention.cls != "role":
        return _area_key(mention, core)
    if mention.cls in _BODY_CLASSES and mention.fixed_name:
        return (mention.cls, mention.level or "central")
    if mention.of_spanning and mention.relative is not None:
        # 上一级X / 下级X / 同级X of a collective spanning levels: one set per direction (上级 = 上一级,
        # 同级 = 本级)
        word = {"up": "上级", "down": "下级"}.get(mention.relative, "本级")
        return ("coll", word, mention.cls, core, "any" if mention.unanchored else doc_level or "document")
    picked = _picked_level_body(mention) or _picked_body_role(mention)
    if mention.collective and mention.collective in lex.collectives and not picked:
        top = lex.collectives[mention.collective]
        prefix = lex.collective_same.get(mention.collective, mention.collective)
        if mention.cls == "position":
            return ("coll", prefix, "position", mention.head, top)
        if prefix == "有关" and mention.body is not None:
            body_level = mention.body.level or mention.level
            return ("coll", prefix, mention.cls, _unnamed_owner_core(mention.body) + core, body_level or "document")
        if prefix == "有关" and core in lex.collective_department_heads:
            core = "部门"  # 有关部门 = 相关部门 = 有关主管部门: one unnamed set
        return ("coll", prefix, mention.cls, core, top)
    if mention.cls == "position":
        # 河长 with no level, 上级河长, 下级河长, 省副总林长 beside 省总林长 and 省级林长: organs of their own
        return ("position", mention.level or "", (mention.relative or "") + _position_tier(mention) + mention.head)
    if mention.cls == "role" and mention.member and mention.body is None:
        return ("member", mention.role or mention.head)  # 从业人员 with no unit named: an organ apart
    if mention.cls == "role":
        body = _body_key(mention, doc_level, head_body, table)
        return ("role", *body, _street_half(mention) + (mention.role or mention.head))
    if mention.bare:
        return ("bare", _placed_level(mention.level or "", mention))
    if mention.cls in _BODY_CLASSES and mention.place and not mention.level and not mention.relative:
        # 当地人民政府, 受灾地区人民政府: the governments of the place in question, a collective of local levels
        return ("coll", mention.place, mention.cls, head, "local")
    if mention.cls in _BODY_CLASSES:
        key = (mention.cls, _placed_level(mention.level or "", mention))
        return (*key, mention.head) if _half_of_pair(mention) else key
    if mention.place and not mention.level and mention.body is not None and mention.body.cls in _BODY_CLASSES:
        return ("dept", _PLACE_SLOT, core)  # 受灾地区人民政府应急管理部门: placed at finalise
    if not mention.level and mention.body is None and _local_core(core) != core:
        return ("dept", _PLACE_SLOT, _local_core(core))  # 当地林业主管部门: as 受灾地区人民政府X
    return ("dept", _placed_level(mention.level or "", mention), core)


_PLACE_SLOT = "place"


def _unnamed_owner_core(body: Mention) -> str:
    """有关人民政府 of 有关人民政府及其部门 / 有关地方人民政府 of 有关地方人民政府及其部门: the departments of
    an unnamed set of bodies are that set's own (one organ per printed owner, as the dev annotations name
    them: 有关人民政府部门, 有关地方人民政府部门), not the departments of every other 有关 set of the text."""
    if body.cls not in _BODY_CLASSES or body.collective not in organ_lexicon().unnamed_sets:
        return ""
    return body.stem + body.cls


def _street_half(mention: Mention) -> str:
    """街道党工委书记、乡镇党委书记: the street's working committee and the township's party committee are one
    party body of the level, but each prints its own secretary, and the dev annotations keep the two roles apart
    (tj-wgzr, bj-jiesu): the street half's role key carries the working committee's stem."""
    body = mention.body
    stem = str(lexicon_data("organs.yaml")["street_party_body"])
    if body is None or body.cls != "party" or body.level != "township" or stem not in body.surface:
        return ""
    return stem


def _picked_level_body(mention: Mention) -> bool:
    """有关县人民政府 / 有关旗县(市)党委和政府: 有关 before a printed level word picks some of that level's
    bodies (those a check found wanting), which the genre records as the level's body, as it does 各县.
    So too a local level's post or office (相关县（市）河长, 有关旗（县、市）林长制办公室: the dev set records
    them as the level's one post/office); 有关国家机关 (国家 no local level) stays a set of its own."""
    prefix = mention.collective or ""
    local = mention.cls in ("position", "dept") and mention.level != "central"
    return (
        organ_lexicon().collective_same.get(prefix, prefix) == "有关"
        and bool(mention.level_word)
        and (mention.cls in ("pg", "gov") or local)
        and mention.body is None
    )


def _picked_body_role(mention: Mention) -> bool:
    """有关市级人民政府主要负责人 / 相关县人民政府主要负责人: the role of a level body picked by 有关/相关 is that
    level body's role, as the picked body alone is the level's body (_picked_level_body; dev gw-wenze,
    dz-jianhe record the level's role). The level word is on the role's mention, not its body's."""
    body = mention.body
    prefix = mention.collective or ""
    return (
        mention.cls == "role"
        and body is not None
        and body.cls in ("pg", "gov")
        and body.body is None
        and organ_lexicon().collective_same.get(prefix, prefix) == "有关"
        and bool(mention.level_word)
    )


def _position_tier(mention: Mention) -> str:
    """The 总/副总 tier printed at the end of a position's stem: 省总林长 and 省副总林长 are two posts."""
    return next((t for t in organ_words("position_tiers") if mention.stem.endswith(t)), "")


def _area_key(mention: Mention, core: str) -> Key:
    """沿海县级以上地方人民政府 / 沿线区县(自治县)X: a set of its own, apart from the plain level's body
    (the place keeps its name), spanning what its collective or level word spans."""
    lex = organ_lexicon()
    prefix = mention.collective or mention.level_word
    top = lex.collectives.get(mention.collective or "", "") or mention.level or "document"
    return ("coll", mention.area + prefix, mention.cls, core, top)


@cache
def _body_set_stems() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    data = lexicon_data("organs.yaml").get("body_set_stems", {})
    return tuple(data.get("openers", ())), frozenset(data.get("stems", ())), frozenset(data.get("heads", ()))


def _set_stem(mention: Mention) -> str:
    """区人民政府有关工作部门 = 区人民政府工作部门: after a named body, 有关/相关 only picks among its
    working departments, the one set the genre names either way (not a second organ); so 区人民政府相关职能部门,
    whether 职能 is read into the stem or the head; and after a level word alone (市、区有关职能部门), the level's
    set of that head (sh-wgzl annotates the level's 职能部门)."""
    openers, stems, heads = _body_set_stems()
    if not mention.stem.startswith(openers) or (mention.body is None and not mention.level_word):
        return mention.stem
    rest = next(mention.stem[len(o) :] for o in openers if mention.stem.startswith(o))
    if mention.body is None:
        return rest if not rest and mention.head in heads else mention.stem
    if not rest and mention.head == "部门":
        # 区人民政府及其相关部门 = 区人民政府及其有关部门: after a named body, one set whichever word picks it
        # (dev: kf-yinshui, zb-taihe, cq-szy annotate the one level set)
        return openers[0]
    return rest if rest in stems or (not rest and mention.head in heads) else mention.stem


@cache
def _local_openers() -> tuple[str, ...]:
    return tuple(sorted(lexicon_data("organs.yaml").get("local_department_openers", ()), key=len, reverse=True))


def _local_core(core: str) -> str:
    """当地公安机关交通管理部门 / 当地人民政府林业主管部门 (a name that swallowed its place word): the
    function's department of the place in question, i.e. of a local government, so the function's local
    collective where the document names one (dev set: 6 当地 forms so, none kept apart); 当地人民政府有关部门
    names no function and stays a set of its own."""
    opener = next((o for o in _local_openers() if core.startswith(o)), "")
    rest = core[len(opener) :]
    if not opener or rest.startswith(_all_level_prefixes()[2]):
        return core
    return rest


@cache
def _all_level_prefixes() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = lexicon_data("organs.yaml")
    return (
        tuple(data.get("all_level_collectives", ())),
        tuple(data.get("local_level_collectives", ())),
        tuple(data.get("all_level_set_openers", ())),
        tuple(data.get("all_level_heads", ())),
    )


def _body_key(mention: Mention, doc_level: str | None, head_body: Key | None, table: OrganTable) -> Key:
    body = mention.body
    if body is None:
        return head_body or ("pg", mention.level or doc_level or "")
    # 该级人民政府R pointing back to 下级人民政府 read as a set of its own (of_spanning): that set's role
    set_body = body.collective or (body.place and not body.level) or (body.of_spanning and body.relative is not None)
    if body.cls in _BODY_CLASSES and set_body and not body.bare and not _picked_body_role(mention):
        # 有关地方人民政府的负责人: the role of that set, not of one level's body; so for the body of an
        # event's place (事故发生地党委和政府主要负责人)
        return table.key_of(body)
    congress = _congress_member_heads().get(mention.head, "")
    if congress and (body.bare or body.cls == "gov") and not body.collective and not body.relative:
        # 乡、民族乡、镇人民代表大会主席: the place's congress, the body the role's own name prints
        return ("dept", _placed_level(body.level or mention.level or doc_level or "", body, mention), congress)
    if _unlevelled_named_body(body):
        # 地方人民政府、X和Y主要负责人: a government printed with a word that is no level keeps the key it has
        # alone; the document's level would make it that level's body (国务院 in a national law)
        return table.key_of(body)
    half = _named_half(body, mention.surface)
    if half:
        # 街道办事处主任, 乡镇长: the half of the township pair the role is printed over (OrganTable._role_body)
        level = _placed_level(body.level or mention.level or "", body, mention)
        return ("bare" if body.bare else body.cls, level, half)
    if body.bare or body.cls in _BODY_CLASSES:
        return (
            ("bare", _placed_level(body.level or mention.level or "", body, mention))
            if body.bare
            else (body.cls, _placed_level(body.level or mention.level or doc_level or "", body, mention))
        )
    return table.key_of(body)


def _named_half(body: Mention, printed: str) -> str:
    """The head of the township pair's half a role's body names: 街道办事处 (printed whole) or a bare one-kind
    township word (乡镇 of 乡镇长, 街道 of 街道主要负责人: organs.yaml township_half_heads); "" for any other body,
    and where the role as ``printed`` names both kinds (乡镇、街道领导班子成员: the pair's)."""
    if body.level != "township" or body.collective or body.relative or body.fixed_name:
        return ""
    heads = {head for word, head in _township_half_heads().items() if word in printed}
    if len(heads) != 1:
        return ""
    if not body.bare:
        return body.head if _half_of_pair(body) and body.head in heads else ""
    return heads.pop()


@cache
def _congress_member_heads() -> dict[str, str]:
    return dict(lexicon_data("organs.yaml").get("congress_member_heads", {}))


@cache
def _township_half_heads() -> dict[str, str]:
    return dict(lexicon_data("organs.yaml").get("township_half_heads", {}))


def _unlevelled_named_body(body: Mention) -> bool:
    """A government or party body printed with a stem but no level (地方人民政府): not the document's own."""
    return body.cls in _BODY_CLASSES and bool(body.stem) and not body.level and not body.level_word and not body.bare


@cache
def _sending_units() -> tuple[str, ...]:
    return tuple(lexicon_data("organs.yaml").get("sending_units", ()))


@cache
def _place_kinds() -> tuple[tuple[str, str], ...]:
    """Level words naming one kind of place among several at their level, longest first."""
    kinds = lexicon_data("organs.yaml").get("place_kinds", {})
    return tuple(sorted(kinds.items(), key=lambda item: -len(item[0])))


def _placed_level(level: str, *mentions: Mention) -> str:
    """The level slot of a body's key: ``municipal:州`` for a body named with 自治州/州 (盟, 地区), so
    that 设区的市人民政府 and 自治州人民政府 are two organs; the plain level otherwise. The first
    mention that prints a level word decides (a body, then the department or role named on it)."""
    if not level:
        return level
    named = next((m.named_place for m in mentions if m.named_place), "")
    if named:
        return f"{level}:{named}"  # 泰安市人民政府 beside 市人民政府: the one named place's body
    for mention in mentions:
        kind = _place_kind(mention.level_word, mention.surface, mention.bare)
        if kind is not None:
            return f"{level}:{kind}" if kind else level
    return level


def _printed_place_kind(names: Counter[str]) -> str | None:
    """The kind of place a plain-level body's printed names open with: 盟 for the fixed pair 盟委、行署,
    "" for 市人民政府; None where every name opens with a body only those kinds have (行政公署, 行署督查室)."""
    kind = next((kind for name in names if (kind := _place_kind("", name, False))), "")
    only = tuple(lexicon_data("organs.yaml").get("kind_only_bodies", ()))
    return None if not kind and only and all(name.startswith(only) for name in names) else kind


@lru_cache(maxsize=4096)
def _place_kind(level_word: str, surface: str, bare: bool) -> str | None:
    """The kind of place a mention's level word names ("" for the ordinary kind), None where it
    prints none. A body named inside another name (自治州人民政府 of its department) prints its
    level word at its start; a bare word (各州) at its end."""
    if bare:
        return next((k for w, k in _place_kinds() if surface.endswith(w)), "")
    word = level_word or next((w for w in organ_lexicon().level_words if surface.startswith(w)), "")
    if not word:
        return None
    return next((k for w, k in _place_kinds() if word == w), "")


def _printed_prefix(surface: str, display: str) -> str:
    """市（州）、县（市、区）X: the name built for 市（州） (display 市(州)X, from normalised text) opens with
    its level word as printed, as the county's name does."""
    normal = unicodedata.normalize("NFKC", surface)
    if normal != surface and display.startswith(normal):
        return surface + display[len(normal) :]
    return display


@cache
def _name_same_as() -> dict[str, str]:
    return {n.name: n.same_as for n in organ_lexicon().names if n.same_as}


def _fixed_label(mention: Mention) -> str:
    name = mention.fixed_name or mention.surface
    name = _name_same_as().get(name, name)  # 民主党派省委 → 民主党派: one organ, its committee printed
    if "{" in name:  # a name over a level slot: the one printed
        return mention.surface
    return re.sub(r"^各(?!级)", "", name)  # 各级X is a collective of its own (genre rule 3), 各X is X


def _headed_list_forms(organs: list[Organ]) -> list[Organ]:
    """建设工程设计、施工单位: the first item of a list sharing its head keeps its printed opening (建设工程设计)
    as a form but not with the head it shares (建设工程设计单位); the headed form is its printed name too."""
    for organ in organs:
        words = [a for a in organ.aliases if len(a) > 1 and organ.name.startswith(a) and a != organ.name]
        if any(word in organ.name for word in organ_words("level_body_words")):  # place words, no function
            continue
        for alias in list(organ.aliases):
            for word in words:
                if alias == word or not alias.endswith(word) or re.search(r"[、，（(]|政府|级", alias):
                    continue
                head = organ.name[len(word) :]
                if head and len(head) <= 4 and alias + head not in organ.aliases and alias + head != organ.name:
                    organ.aliases.append(alias + head)
    return organs


@cache
def _basin_prefix() -> re.Pattern[str]:
    """太湖流域(内) / 沿江: the place prefix of a basin-wide body (organs.yaml basin_prefix_words)."""
    return re.compile(rf"^(.{{1,8}}?(?:{alternation(list(organ_words('basin_prefix_words')))})(?:内|的)?)")


def _basin_forms(organs: list[Organ]) -> list[Organ]:
    """太湖流域县级以上地方人民政府林业、农业等部门: a body printed after a basin-prefixed government
    answers to the basin form as the government does (its single-name twins 太湖流域…水行政主管部门 keep
    it through their surface; the list items printed after the shared prefix lost it)."""
    prefixes: dict[str, set[str]] = {}
    for organ in organs:
        for alias in organ.aliases:
            if alias != organ.name and alias.endswith(organ.name) and organ.name.endswith("政府"):
                found = _basin_prefix().match(alias[: -len(organ.name)])
                if found and found.group(1) == alias[: -len(organ.name)]:
                    prefixes.setdefault(organ.name, set()).add(found.group(1))
    if not prefixes:
        return organs
    for organ in organs:
        for government, basins in prefixes.items():
            if organ.name == government or not organ.name.startswith(government):
                continue
            for basin in sorted(basins):
                if basin + organ.name not in organ.aliases:
                    organ.aliases.append(basin + organ.name)
    return organs


def _dedupe(organs: list[Organ]) -> list[Organ]:
    """Two keys that render one name (a bare literal and a full one) become one organ."""
    seen: dict[str, Organ] = {}
    for organ in organs:
        if organ.id in seen:
            kept = seen[organ.id]
            kept.aliases = sorted(set(kept.aliases) | set(organ.aliases))
            continue
        seen[organ.id] = organ
    return list(seen.values())


def _township_pair(mention: Mention) -> bool:
    """乡镇人民政府、街道办事处 (any township word, either order): the fixed pair genre rule 2 keeps whole."""
    return mention.cls == "gov" and "街道" in (mention.fixed_name or "") and mention.level == "township"


def _half_of_pair(mention: Mention) -> bool:
    """乡镇人民政府 or 街道办事处 printed alone: where the document also names the pair, the half is a
    node of its own inside it (the dev set's shared reading); else it is the township's one body."""
    # 下级人民政府 seen from a county names the pair, not a half
    return township_government(mention) and bool(mention.level_word)


def own_place_node(key: Key, entries: dict[Key, _Entry]) -> bool:
    """A place word naming both kinds of a level (街道（乡镇）) whose party bodies and governments are printed
    apart, each for both kinds, with no pair of them: the dev annotations make it a party-and-government
    node of its own, both halves PART_OF it (tj-wgzr; tj-aqzr's 街道、镇 names its printed list of all
    four). A one-kind word (街道…工作) stays the government's (cq-jdbsc, cq-jiedao)."""
    words = lexicon_data("organs.yaml")["own_place_words"].get(key[1])
    if words is None or ("pg", key[1]) in entries:
        return False
    # the place word and each half name both kinds (街道党工委、乡镇党委; not 乡镇党委 of 乡镇党委书记 alone)
    parts = [key, ("gov", key[1]), ("party", key[1])]
    return all(part in entries and any(re.search(words, s) for s in entries[part].surfaces) for part in parts)


def township_half(key: Key) -> bool:
    return len(key) == 3 and key[0] == "gov" and key[1].startswith("township")


def state_class(key: Key) -> bool:
    """国家工作人员: a role of the bare central word is a class of persons at every level (the state's
    functionaries), not the staff of 国务院 where the document names it; it keeps its printed name."""
    return key[:3] == ("role", "bare", "central")


def _bare_based(key: Key) -> bool:
    """A bare level word, or a role of one (街道工作人员)."""
    return key[:1] == ("bare",) or key[:2] == ("role", "bare")
