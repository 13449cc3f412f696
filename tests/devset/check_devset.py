#!/usr/bin/env python3
"""Checker for the hand-annotated development set (tests/devset/*.yaml).

Stdlib + PyYAML only.  For every NAME.yaml next to this script it verifies that

* NAME.md exists and its structure (chapters, article numbers, markers, heads,
  chapter membership) matches `structure` in the YAML, using the genre rules of
  shared/gold/README.md (markers at the start of a line or right after 。/；);
* every `text` / `evidence` / `extra_text` / `object` is a verbatim substring
  of the cited article's text (body after 第N条 up to the next marker or chapter
  heading, newlines as \\n);
* ids are unique and well-formed; every holder/source/target/organ/covers id
  resolves; organ `articles` contain every article where the organ is a holder,
  a relation endpoint or liable;
* enums (level, kind, responsibility, topics, modality, relation type,
  frequency, confidence) come from the DESIGN.md vocabularies; implicit
  relations carry a confidence, explicit ones none; SUPERVISES has modes;
  REPORTS_TO has what + frequency; no self-loops; one PART_OF per
  (source, target); relation keys (type, source, target, article) are unique
  except REPORTS_TO records that differ in `what`;
* `counts` match the lists, article `duties` lists match the duties.

Usage: python3 tests/devset/check_devset.py [NAME ...]   (exit 1 on any error)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[2] / "shared" / "corpus" / "lawrefbook"  # ../shared beside the repository

LEVELS = {"central", "provincial", "municipal", "county", "township", "village", "social"}
KINDS = {
    "party",
    "government",
    "party_and_government",
    "leading_group",
    "agency",
    "discipline",
    "procuratorate",
    "audit",
    "finance",
    "organisation_dept",
    "military",
    "democratic_party",
    "enterprise_society",
    "individual_role",
    "assistance_unit",
}
RESPONSIBILITIES = {
    "负总责",
    "主体责任",
    "具体责任",
    "第一责任人",
    "直接责任人",
    "首要责任",
    "帮扶责任",
    "监督责任",
    None,
}
TOPICS = {
    "fund",
    "project",
    "exit",
    "registration",
    "assessment",
    "inspection",
    "audit",
    "discipline",
    "planning",
    "policy",
    "reporting",
    "pledge",
    "cadres",
    "publicity",
    "data",
    "mobilisation",
    "cooperation",
    "reward",
    "interpretation",
    "finance_investment",
    "stability",
    "other",
}
MODALITIES = {"must", "may"}
REL_TYPES = {"SUPERVISES", "GUIDES", "ASSISTS", "REPORTS_TO", "PART_OF", "INTERPRETS"}
FREQUENCIES = {"once", "annual", "as_needed", "unspecified"}
CONFIDENCES = {"high", "medium"}

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
NUM = "[零〇一二三四五六七八九十百千两]+"
CHAPTER_RE = re.compile(rf"^#+\s*第({NUM})章[ \t\u3000]*(.*?)\s*$")
# An article marker: start of a line or right after 。/； (white space may come between),
# followed by white space (an in-text reference like 第二十条第二款 is followed by text).
MARKER_RE = re.compile(rf"(?:(?<=\n)|(?<=[。；]))[ \t\u3000]*(第({NUM})条(?:之({NUM}))?)[ \t\u3000]+")

# A top-level section of a document without 第X条: 一、 at the start of a line (a Markdown `## ` before it is
# allowed and excluded from the text, like a chapter heading's).
SECTION_RE = re.compile(rf"(?m)^[ \t\u3000]*(?:#+[ \t\u3000]*)?(({NUM})、)")


def cn2int(s: str) -> int:
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def decode(path: Path) -> str:
    # text mode: universal newlines -> \n; utf-8-sig drops a BOM
    with open(path, encoding="utf-8-sig") as fh:
        return fh.read()


def parse(text: str) -> dict:
    """Chapters and articles of a lawrefbook Markdown document."""
    info = text.find("<!-- INFO END -->")
    start = info + len("<!-- INFO END -->") if info >= 0 else 0
    body_start = start
    events = []  # (pos_start, pos_text_start, kind, data)
    for m in re.finditer(r"(?m)^.*$", text[body_start:]):
        line = m.group(0)
        cm = CHAPTER_RE.match(line)
        if cm:
            pos = body_start + m.start()
            events.append((pos, pos + len(line), "chapter", (cn2int(cm.group(1)), cm.group(2))))
    for m in MARKER_RE.finditer(text, body_start):
        events.append((m.start(1), m.end(), "article", (cn2int(m.group(2)), m.group(1))))
    if not any(e[2] == "article" for e in events):
        # Genre rule 1 / DESIGN.md: a document with no 第X条 at all is made of its top-level
        # numbered sections 一、二、… (a marker at the start of a line; label as printed).
        for m in SECTION_RE.finditer(text, body_start):
            events.append((m.start(), m.end(), "article", (cn2int(m.group(2)), m.group(1))))
    events.sort()
    chapters, articles = [], []
    cur_chapter = None
    for i, (_pos, tstart, kind, data) in enumerate(events):
        nxt = events[i + 1][0] if i + 1 < len(events) else len(text)
        if kind == "chapter":
            num, raw = data
            cur_chapter = num
            title = re.sub(r"\s+", "", raw)
            chapters.append({"number": num, "title_raw": raw, "title": title, "articles": []})
        else:
            num, marker = data
            seg = text[tstart:nxt]
            body = seg.rstrip()
            articles.append(
                {
                    "number": num,
                    "marker": marker,
                    "chapter": cur_chapter,
                    "text": body,
                    "start": tstart,
                    "end": tstart + len(body),
                }
            )
            if chapters:
                chapters[-1]["articles"].append(num)
    return {"chapters": chapters, "articles": articles}


class Checker:
    def __init__(self, name: str, folder: Path = HERE):
        self.name = name
        self.folder = folder
        self.errors: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.name}: {msg}")

    def run(self) -> list[str]:
        ypath, mpath = self.folder / f"{self.name}.yaml", self.folder / f"{self.name}.md"
        if not mpath.exists():
            self.err("missing .md")
            return self.errors
        g = yaml.safe_load(ypath.read_text(encoding="utf-8"))
        parsed = parse(decode(mpath))
        arts = {a["number"]: a for a in parsed["articles"]}
        self.check_document(g)
        self.check_structure(g, parsed, arts)
        organs = self.check_organs(g)
        self.check_duties(g, arts, organs)
        self.check_relations(g, arts, organs)
        self.check_liabilities(g, arts, organs)
        self.check_organ_articles(g, organs)
        self.check_counts(g)
        return self.errors

    # -- document ---------------------------------------------------------
    def check_document(self, g):
        d = g.get("document") or {}
        for k in ("id", "title", "jurisdiction", "level", "issuer", "effective", "source"):
            if k not in d:
                self.err(f"document.{k} missing")
        if d.get("id") != self.name:
            self.err(f"document.id {d.get('id')!r} != file name")
        if d.get("level") not in LEVELS:
            self.err(f"document.level {d.get('level')!r}")
        src = d.get("source", "")
        for base in (CORPUS, Path("/work/shared/corpus/lawrefbook")):
            p = base / src
            if p.exists():
                if p.read_bytes() != (self.folder / f"{self.name}.md").read_bytes():
                    self.err(f"{self.name}.md is not byte-identical to lawrefbook/{src}")
                break

    # -- structure --------------------------------------------------------
    def check_structure(self, g, parsed, arts):
        st = g.get("structure") or {}
        gch = st.get("chapters") or []
        pch = parsed["chapters"]
        if len(gch) != len(pch):
            self.err(f"chapters: yaml {len(gch)} vs text {len(pch)}")
        for a, b in zip(gch, pch, strict=False):
            for k in ("number", "title", "title_raw", "articles"):
                if a.get(k) != b[k]:
                    self.err(f"chapter {b['number']}.{k}: yaml {a.get(k)!r} vs text {b[k]!r}")
        nums = [a["number"] for a in parsed["articles"]]
        # A corpus text may lack an article marker (yt-senlin prints no 第三条); the annotation must say so.
        missing = set(st.get("missing_articles") or [])
        expected = [n for n in range(1, len(nums) + len(missing) + 1) if n not in missing]
        if nums != expected:
            self.err(f"article numbers in text not 1..N (missing_articles: {sorted(missing)}): {nums}")
        gart = st.get("articles") or []
        if [a.get("number") for a in gart] != nums:
            self.err("structure.articles numbers differ from the text")
        duty_ids_by_art: dict[int, list[str]] = {}
        for d in g.get("duties") or []:
            duty_ids_by_art.setdefault(d.get("article"), []).append(d.get("id"))
        for a in gart:
            n = a.get("number")
            t = arts.get(n)
            if not t:
                continue
            if a.get("marker") != t["marker"]:
                self.err(f"art {n} marker {a.get('marker')!r} vs {t['marker']!r}")
            if a.get("chapter") != t["chapter"]:
                self.err(f"art {n} chapter {a.get('chapter')!r} vs {t['chapter']!r}")
            if a.get("head") != t["text"][:12]:
                self.err(f"art {n} head {a.get('head')!r} vs {t['text'][:12]!r}")
            if (a.get("duties") or []) != duty_ids_by_art.get(n, []):
                self.err(f"art {n} duties list differs from duties[] order/content")

    # -- organs -----------------------------------------------------------
    def check_organs(self, g):
        organs = {}
        for o in g.get("organs") or []:
            oid = o.get("id")
            if oid in organs:
                self.err(f"duplicate organ id {oid}")
            organs[oid] = o
            if oid != f"{self.name}/{o.get('name')}":
                self.err(f"organ id {oid} != <doc>/<name>")
            if o.get("level") not in LEVELS:
                self.err(f"organ {oid} level {o.get('level')!r}")
            if o.get("kind") not in KINDS:
                self.err(f"organ {oid} kind {o.get('kind')!r}")
            if not o.get("aliases"):
                self.err(f"organ {oid} has no aliases")
        text = decode(self.folder / f"{self.name}.md")
        for oid, o in organs.items():
            for al in o.get("aliases") or []:
                if al not in text:
                    self.err(f"organ {oid} alias {al!r} not printed in the text")
            for c in o.get("covers") or []:
                if c not in organs:
                    self.err(f"organ {oid} covers unknown {c}")
            if o.get("covers") and not o.get("collective"):
                self.err(f"organ {oid} has covers but is not collective")
        return organs

    # -- duties -----------------------------------------------------------
    def check_duties(self, g, arts, organs):
        seen = set()
        per_art: dict[int, int] = {}
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for d in g.get("duties") or []:
            did = d.get("id")
            if did in seen:
                self.err(f"duplicate duty id {did}")
            seen.add(did)
            n = d.get("article")
            m = re.fullmatch(rf"{re.escape(self.name)}/a(\d\d)\.d(\d+)", did or "")
            if not m or int(m.group(1)) != n:
                self.err(f"duty id {did} malformed or article mismatch")
            else:
                k = int(m.group(2))
                if k <= per_art.get(n, 0):
                    self.err(f"duty {did} out of order")
                per_art[n] = k
            art = arts.get(n)
            if not art:
                self.err(f"duty {did} article {n} not in text")
                continue
            t = d.get("text") or ""
            occ = d.get("occurrence", 1)
            pos = -1
            for _ in range(occ):
                pos = art["text"].find(t, pos + 1)
                if pos < 0:
                    break
            if not t or pos < 0:
                self.err(f"duty {did} text not verbatim in art {n} (occurrence {occ}): {t!r}")
            else:
                spans.setdefault(n, []).append((pos, pos + len(t), did))
            if t and art["text"].count(t) > 1 and "occurrence" not in d:
                self.err(f"duty {did} text occurs {art['text'].count(t)}x in art {n}; add occurrence")
            obj = d.get("object")
            if obj is not None and obj not in art["text"]:
                self.err(f"duty {did} object not verbatim: {obj!r}")
            hs = d.get("holders") or []
            if not hs:
                self.err(f"duty {did} has no holders")
            for h in hs:
                if h not in organs:
                    self.err(f"duty {did} holder {h} unknown")
            r = d.get("responsibility")
            if r not in RESPONSIBILITIES:
                self.err(f"duty {did} responsibility {r!r}")
            if r is not None:
                b = d.get("responsibility_basis")
                if b not in ("literal", "inferred"):
                    self.err(f"duty {did} responsibility_basis {b!r}")
                if b == "literal":
                    stripped = t
                    for h in hs:
                        for al in organs.get(h, {}).get("aliases", []):
                            stripped = stripped.replace(al, "")
                    if r not in stripped:
                        self.err(f"duty {did} literal label {r} not printed outside organ names")
            elif "responsibility_basis" in d:
                self.err(f"duty {did} has a basis but no label")
            lit = d.get("responsibility_literal")
            if lit is not None and lit not in t:
                self.err(f"duty {did} responsibility_literal not in text")
            tps = d.get("topics") or []
            if not tps or any(x not in TOPICS for x in tps):
                self.err(f"duty {did} topics {tps!r}")
            if d.get("modality") not in MODALITIES:
                self.err(f"duty {did} modality {d.get('modality')!r}")
        for n, sp in spans.items():
            sp.sort()
            for (_a0, a1, i0), (b0, _b1, i1) in pairwise(sp):
                if b0 < a1:
                    self.err(f"duty spans overlap in art {n}: {i0} / {i1}")

    # -- relations --------------------------------------------------------
    def check_relations(self, g, arts, organs):
        seen, keys, partof = set(), Counter(), Counter()
        docid = g["document"]["id"]
        for r in g.get("relations") or []:
            rid = r.get("id")
            if rid in seen:
                self.err(f"duplicate relation id {rid}")
            seen.add(rid)
            if not re.fullmatch(rf"{re.escape(self.name)}/r\d{{3}}", rid or ""):
                self.err(f"relation id {rid} malformed")
            typ = r.get("type")
            if typ not in REL_TYPES:
                self.err(f"relation {rid} type {typ!r}")
            s, tg = r.get("source"), r.get("target")
            if s not in organs:
                self.err(f"relation {rid} source {s} unknown")
            if typ == "INTERPRETS":
                if tg != docid:
                    self.err(f"relation {rid} INTERPRETS target must be the document")
            elif tg not in organs:
                self.err(f"relation {rid} target {tg} unknown")
            if s == tg:
                self.err(f"relation {rid} self-loop")
            n = r.get("article")
            art = arts.get(n)
            if not art:
                self.err(f"relation {rid} article {n} not in text")
            else:
                for t in [r.get("text"), *(r.get("extra_text") or [])]:
                    if not t or t not in art["text"]:
                        self.err(f"relation {rid} text not verbatim in art {n}: {t!r}")
            imp = r.get("implicit")
            if imp not in (True, False):
                self.err(f"relation {rid} implicit must be bool")
            if imp and r.get("confidence") not in CONFIDENCES:
                self.err(f"relation {rid} implicit without valid confidence")
            if not imp and "confidence" in r:
                self.err(f"relation {rid} explicit with confidence")
            if typ == "SUPERVISES" and not r.get("modes"):
                self.err(f"relation {rid} SUPERVISES without modes")
            if typ == "REPORTS_TO":
                if not r.get("what"):
                    self.err(f"relation {rid} REPORTS_TO without what")
                if r.get("frequency") not in FREQUENCIES:
                    self.err(f"relation {rid} frequency {r.get('frequency')!r}")
            for tp in r.get("topics") or []:
                if tp not in TOPICS:
                    self.err(f"relation {rid} topic {tp!r}")
            key = (typ, s, tg, n) if typ != "REPORTS_TO" else (typ, s, tg, n, r.get("what"))
            keys[key] += 1
            if typ == "PART_OF":
                partof[(s, tg)] += 1
        for k, c in keys.items():
            if c > 1:
                self.err(f"relation key repeated {c}x: {k}")
        for k, c in partof.items():
            if c > 1:
                self.err(f"PART_OF repeated for {k}")

    # -- liabilities ------------------------------------------------------
    def check_liabilities(self, g, arts, organs):
        seen = set()
        for li in g.get("liabilities") or []:
            o, n, ev = li.get("organ"), li.get("article"), li.get("evidence")
            if o not in organs:
                self.err(f"liability organ {o} unknown")
            art = arts.get(n)
            if not art or not ev or ev not in art["text"]:
                self.err(f"liability {o} art {n} evidence not verbatim: {ev!r}")
            if (o, n) in seen:
                self.err(f"liability repeated: {o} art {n}")
            seen.add((o, n))

    # -- organ articles ---------------------------------------------------
    def check_organ_articles(self, g, organs):
        need: dict[str, set[int]] = {o: set() for o in organs}
        for d in g.get("duties") or []:
            for h in d.get("holders") or []:
                need.setdefault(h, set()).add(d["article"])
        for r in g.get("relations") or []:
            for end in (r.get("source"), r.get("target")):
                if end in need:
                    need[end].add(r["article"])
        for li in g.get("liabilities") or []:
            need.setdefault(li["organ"], set()).add(li["article"])
        for oid, o in organs.items():
            have = set(o.get("articles") or [])
            miss = need.get(oid, set()) - have
            if miss:
                self.err(f"organ {oid} articles missing {sorted(miss)}")
            if (o.get("articles") or []) != sorted(have):
                self.err(f"organ {oid} articles not sorted/unique")
            if not need.get(oid):
                self.err(f"organ {oid} is neither holder, endpoint nor liable")

    # -- counts -----------------------------------------------------------
    def check_counts(self, g):
        c = g.get("counts") or {}
        rels = g.get("relations") or []
        exp = {
            "chapters": len(g["structure"]["chapters"]),
            "articles": len(g["structure"]["articles"]),
            "organs": len(g.get("organs") or []),
            "duties": len(g.get("duties") or []),
            "relations": len(rels),
            "liabilities": len(g.get("liabilities") or []),
        }
        for t in sorted(REL_TYPES):
            n = sum(1 for r in rels if r["type"] == t)
            if n:
                exp[f"relations_{t}"] = n
        for k, v in exp.items():
            if c.get(k) != v:
                self.err(f"counts.{k} = {c.get(k)!r}, expected {v}")
        for k in c:
            if k not in exp:
                self.err(f"counts.{k} unexpected")


def main(argv: list[str]) -> int:
    """``check_devset.py [--dir FOLDER] [NAME ...]``: every NAME.yaml of FOLDER (default: here)."""
    folder = HERE
    if argv[:1] == ["--dir"] and len(argv) > 1:
        folder, argv = Path(argv[1]).resolve(), argv[2:]
    names = argv or sorted(p.stem for p in folder.glob("*.yaml"))
    errors = []
    for n in names:
        errs = Checker(n, folder).run()
        errors += errs
        print(f"{n}: {'OK' if not errs else f'{len(errs)} error(s)'}")
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
