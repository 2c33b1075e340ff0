"""Case structure scored against the hand-written gold (`tests/gold/{authored,seeds}/*.json`).

The gold is written by people from the texts before the extractor is run on them (format:
tests/gold/GUIDELINES.md); this module only reads it. Three data sets are scored apart, because they
mean different things: `seeds` (the five sample pages the extractors were first written on),
`dev` (authored texts `d*`, used while developing) and `heldout` (authored texts `h*`, scored once,
never developed on). Each text goes through the very chain `cases ingest` runs
(`tasks.pipeline.process_source`), then through the case extractors.

    python -m bench.case_gold                    # all three sets, one table per set
    python -m bench.case_gold --sets seeds,dev   # development only
    python -m bench.case_gold --details dev      # every miss and false hit, text by text
    python -m bench.case_gold --sets dev,heldout --by-annotator   # one column per annotator's set
    python -m bench.case_gold --sets real,realnew   # real texts read for fixes, and those nobody has read yet
    CASES_GOLD_DIR=/other/tests/gold python -m bench.case_gold

Two more sets, `real` and `realnew`, are real case write-ups saved in public repositories
(bench/real_cases.py): `real` the texts whose misses have been read while writing rules, `realnew` those
collected later that nobody on the team has read (`bench.real_cases.READ_THROUGH` is the line). Their text
and plain gold stay in a cache, so they are scored only where the cache has been restored (`python -m
bench.real_cases restore`); they are the only sets of published pieces besides the seeds.

Matching rules (why they are what they are):
- measures: a predicted lead matches a gold lead when, punctuation and spaces removed, one starts
  with the other and the shorter keeps at least 60% of the longer (a lead cut a few characters
  early is still the same measure; a different sentence is not), or when one lead's first clause (up
  to its first comma) is the other lead: annotators differ on whether `一是建组织，依托…；`
  ends at the comma or the semicolon (GUIDELINES, decided by the lead, round E). Recall is the target figure.
- brands: exact term after quote marks and decoration symbols are stripped.
- facts: the gold `context` locates `raw` in the body; a predicted figure that overlaps it is
  `found`; it is `right` when value, value_max and unit agree too. P/R use `right`.
  The subject is `whole` when it equals the gold subject, quote marks aside (annotators differ on them).
- not_facts: an occurrence of a listed string covered by a predicted figure that no gold figure
  covers is a violation. The gold lists many kinds of non-figure (frequencies, bounds naming a class,
  vague spans, years …); `not_facts_named_kinds` counts the violations of the four kinds issue 10
  names outright (a year, a phone number, an address number, a number inside a quoted name), sorted
  by `not_fact_kind` from the string and its surroundings, so that figure is read beside the total.
- region: `exact` when the adcode equals the gold one (NULL = NULL counts); `wrong` when a place is
  given that is neither the gold place nor one of its ancestors (a shallower, consistent answer is
  `partial`, not wrong); a place given where the gold says NULL is wrong.
- titles: equal after whitespace is removed.
- author_org, source_outlet: equal as printed (NULL = NULL counts); published_at: equal as
  `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time is printed (a parsed 00:00 reads as date only).
  Reported figures: no floor holds them yet.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_PAGES = ROOT / "seeds" / "pages"
SETS = ("seeds", "dev", "heldout", "real", "realnew")
_NOT_TEXT = re.compile(r"[\s，,。.、；;：:！!？?“”「」『』\"'（）()【】\[\]《》…—\-]")
# The gold writes units as printed (名, 位); the facts table stores one unit per kind of thing
# counted (人), so spellings of one unit are folded before comparing. This table is the scorer's own.
UNIT_SPELLINGS = {
    "名": "人",
    "位": "人",
    "％": "%",
    "场次": "场",
    "幢": "栋",
    "㎡": "平方米",
    "平方千米": "平方公里",
    "千米": "公里",
    "平米": "平方米",
    "千克": "公斤",
    "个百分点": "百分点",
    "个月": "月",
    "个年头": "年",
    "个小时": "小时",
}
_BRAND_DECOR = re.compile(r"[★☆■□◆◇●○▲△※＊*#♥❤]+")


_RANGE = re.compile(r"([A-Za-z]*)(\d+)-\1(\d+)")


def parse_ids(spec: str) -> set[str]:
    """`h151-h175,h180` → the set of ids; each study lives in the same directory, so it is chosen by id."""
    ids: set[str] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = _RANGE.fullmatch(part)
        if m is None:
            ids.add(part)
            continue
        prefix, lo, hi = m.group(1), int(m.group(2)), int(m.group(3))
        if lo > hi:
            raise ValueError(f"empty id range: {part}")
        width = len(m.group(2))
        ids.update(f"{prefix}{n:0{width}d}" for n in range(lo, hi + 1))
    return ids


def gold_dir() -> Path:
    """`tests/gold` of this checkout, or CASES_GOLD_DIR (another checkout's gold while it is being written)."""
    return Path(os.environ.get("CASES_GOLD_DIR") or ROOT / "tests" / "gold")


@dataclass(frozen=True)
class GoldCase:
    id: str
    set: str
    text_path: Path
    gold: dict[str, Any]


def gold_cases(sets: Iterable[str] = SETS, root: Path | None = None) -> list[GoldCase]:
    """Gold cases of the requested sets; held-out files are not even opened unless `heldout` is asked for."""
    root = root or gold_dir()
    wanted = set(sets)
    cases: list[GoldCase] = []
    if "seeds" in wanted:
        for path in sorted((root / "seeds").glob("*.json")):
            pages = sorted(SEED_PAGES.glob(f"{path.stem}_*.txt"))
            if pages:
                cases.append(GoldCase(path.stem, "seeds", pages[0], _load(path)))
    for path in sorted((root / "authored").glob("*.json")):
        part = {"d": "dev", "h": "heldout"}.get(path.stem[:1])
        text = path.with_suffix(".txt")
        if part in wanted and text.exists():
            cases.append(GoldCase(path.stem, part, text, _load(path)))
    if wanted & {"real", "realnew"}:
        from bench.real_cases import real_gold, real_part

        for case_id, text, gold in real_gold():
            if (part := real_part(case_id)) in wanted:
                cases.append(GoldCase(case_id, part, text, gold))
    return cases


def annotator_of(case_id: str, root: Path | None = None) -> str:
    """Who wrote the text (tests/gold/annotators.csv): a rule that helps one annotator's set only is fitted."""
    if not case_id[:1].isalpha() or not case_id[1:].isdigit():
        return "seeds"
    for row in _annotator_ranges(root or gold_dir()):
        first, last = row["first"], row["last"]
        if first[0] == case_id[0] and int(first[1:]) <= int(case_id[1:]) <= int(last[1:]):
            return f"{first}-{last}"
    return case_id[0] + "?"


def _annotator_ranges(root: Path) -> list[dict[str, str]]:
    path = root / "annotators.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------ counters


@dataclass
class Score:
    """Counts for one set; figures are derived, so sets and texts add up."""

    n: int = 0
    m_gold: int = 0
    m_pred: int = 0
    m_tp: int = 0
    m_marker_ok: int = 0
    b_gold: int = 0
    b_pred: int = 0
    b_tp: int = 0
    f_gold: int = 0
    f_pred: int = 0
    f_found: int = 0
    f_right: int = 0
    f_unlocated: int = 0
    f_subject_whole: int = 0
    f_subject_gold: int = 0
    nf_violations: int = 0
    nf_named: int = 0  # violations of the kinds issue 10 names: years, phone numbers, address numbers, quoted names
    r_exact: int = 0
    r_partial: int = 0
    r_wrong: int = 0
    r_county_gold: int = 0
    r_county_exact: int = 0
    t_ok: int = 0
    t_gold: int = 0
    author_ok: int = 0
    published_ok: int = 0
    outlet_ok: int = 0
    details: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "details":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.details.extend(other.details)

    def figures(self) -> dict[str, float | int | None]:
        return {
            "texts": self.n,
            "measures_precision": _ratio(self.m_tp, self.m_pred),
            "measures_recall": _ratio(self.m_tp, self.m_gold),
            "measures_marker_ok": _ratio(self.m_marker_ok, self.m_tp),
            "brands_precision": _ratio(self.b_tp, self.b_pred),
            "brands_recall": _ratio(self.b_tp, self.b_gold),
            "facts_precision": _ratio(self.f_right, self.f_pred),
            "facts_recall": _ratio(self.f_right, self.f_gold),
            "facts_found_recall": _ratio(self.f_found, self.f_gold),
            "facts_value_unit_ok": _ratio(self.f_right, self.f_found),
            "subject_whole_rate": _ratio(self.f_subject_whole, self.f_subject_gold),
            "not_fact_violations": self.nf_violations,
            "not_facts_named_kinds": self.nf_named,
            "facts_gold_unlocated": self.f_unlocated,
            "region_exact": _ratio(self.r_exact, self.n),
            "region_exact_county": _ratio(self.r_county_exact, self.r_county_gold),
            "region_partial": self.r_partial,
            "region_wrong": self.r_wrong,
            "titles": _ratio(self.t_ok, self.t_gold),
            "author_org": _ratio(self.author_ok, self.n),
            "published_at": _ratio(self.published_ok, self.n),
            "source_outlet": _ratio(self.outlet_ok, self.n),
        }


def _minute(value: datetime | None) -> str | None:
    """A parsed publication time as the gold writes it: the date, with hours and minutes when printed."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%d" if (value.hour, value.minute) == (0, 0) else "%Y-%m-%dT%H:%M")


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


# ------------------------------------------------------------------------------------------ scoring


# A lead's first clause: a comma after a short verb-object head (`建组织，依托…`) is a genre boundary.
_FIRST_CLAUSE = re.compile(r"[，,]")


def _norm(text: str | None) -> str:
    return _NOT_TEXT.sub("", text or "")


def _first_clause(lead: str) -> str:
    return _norm(_FIRST_CLAUSE.split(lead, maxsplit=1)[0])


def brand_key(term: str) -> str:
    return _BRAND_DECOR.sub("", term).strip()


def leads_match(pred: str, gold: str) -> bool:
    p, g = _norm(pred), _norm(gold)
    if not p or not g:
        return False
    if g == _first_clause(pred) or p == _first_clause(gold):
        return True  # `建组织，依托…` against `建组织`, either way (GUIDELINES lead rule, round E)
    short, long_ = sorted((p, g), key=len)
    return long_.startswith(short) and len(short) >= 0.6 * len(long_)


def _within(pred: str, gold: str) -> bool:
    """Pred is gold or one of its ancestors (adcodes: 330000 and 330700 are above 330782)."""
    stem = pred
    while stem.endswith("00") and len(stem) > 2:
        stem = stem[:-2]
    return gold.startswith(stem)


def score_case(case: GoldCase) -> Score:
    from tasks.extract.brands import extract_brands
    from tasks.extract.facts import extract_facts
    from tasks.extract.practices import extract_practices
    from tasks.extract.regions import resolve_region
    from tasks.pipeline import process_source
    from tasks.records import Article

    s = Score(n=1)
    g = case.gold
    article = process_source(str(case.text_path))
    if not isinstance(article, Article):
        s.details.append(f"{case.id}: no article ({article.reason})")
        s.m_gold, s.b_gold = len(g.get("practices") or []), len(g.get("brands") or [])
        s.f_gold, s.t_gold = len(g.get("facts") or []), 1
        s.r_county_gold = 1 if (g.get("region") or {}).get("region_level") == "county" else 0
        return s
    body = article.body
    tag = f"[{case.id}]"

    # titles
    s.t_gold = 1
    if re.sub(r"\s", "", article.title or "") == re.sub(r"\s", "", g.get("title") or ""):
        s.t_ok = 1
    else:
        s.details.append(f"{tag} title: got {article.title!r}, gold {g.get('title')!r}")

    # header fields: author_org, published_at, source_outlet
    for field_name, got, ok in (
        ("author_org", article.author_org, "author_ok"),
        ("published_at", _minute(article.published_at), "published_ok"),
        ("source_outlet", article.source_outlet, "outlet_ok"),
    ):
        if got == (g.get(field_name) or None):
            setattr(s, ok, 1)
        else:
            s.details.append(f"{tag} {field_name}: got {got!r}, gold {g.get(field_name)!r}")

    # measures
    gold_m = list(g.get("practices") or [])
    pred_m = extract_practices(article)
    s.m_gold, s.m_pred = len(gold_m), len(pred_m)
    unmatched = list(gold_m)
    for p in pred_m:
        hit = next((gm for gm in unmatched if leads_match(p.heading, gm["lead"])), None)
        if hit is None:
            s.details.append(f"{tag} measure false: {p.marker or '-'} {p.heading}")
            continue
        unmatched.remove(hit)
        s.m_tp += 1
        s.m_marker_ok += _norm(p.marker) == _norm(hit.get("marker"))
    s.details.extend(f"{tag} measure missed: {gm.get('marker') or '-'} {gm['lead']}" for gm in unmatched)

    # brands
    gold_b = {brand_key(t) for t in g.get("brands") or []}
    pred_b = {brand_key(b.term) for b in extract_brands(body, title=article.title)}
    s.b_gold, s.b_pred, s.b_tp = len(gold_b), len(pred_b), len(gold_b & pred_b)
    s.details.extend(f"{tag} brand false: {t}" for t in sorted(pred_b - gold_b))
    s.details.extend(f"{tag} brand missed: {t}" for t in sorted(gold_b - pred_b))

    # facts
    facts = extract_facts(body)
    gold_spans: list[tuple[int, int, dict[str, Any]]] = []
    for gf in g.get("facts") or []:
        ctx, raw = _as_cleaned(gf.get("context") or gf["raw"]), _as_cleaned(gf["raw"])
        at = body.find(ctx)
        inner = ctx.find(raw)
        if at < 0 or inner < 0:
            s.f_unlocated += 1
            s.details.append(f"{tag} fact gold not located in body: {raw} / {ctx}")
            continue
        gold_spans.append((at + inner, at + inner + len(raw), gf))
    s.f_gold = len(g.get("facts") or [])
    s.f_pred = len(facts)
    free = list(gold_spans)
    for f in facts:
        hit = next((x for x in free if f.char_start < x[1] and x[0] < f.char_end), None)
        if hit is None:
            s.details.append(f"{tag} fact false: {f.raw} ({f.value} {f.unit}) in …{f.sentence[:40]}")
            continue
        free.remove(hit)
        gf = hit[2]
        s.f_found += 1
        right = (
            _same(f.value, gf.get("value"))
            and _same(f.value_max, gf.get("value_max"))
            and _unit(f.unit) == _unit(gf.get("unit"))
        )
        s.f_right += right
        if not right:
            s.details.append(
                f"{tag} fact wrong: {f.raw} → {f.value}/{f.value_max} {f.unit}; gold "
                f"{gf.get('value')}/{gf.get('value_max')} {gf.get('unit')}"
            )
        if gf.get("subject"):
            s.f_subject_gold += 1
            if _unquoted(f.subject) == _unquoted(gf["subject"]):
                s.f_subject_whole += 1
            else:
                s.details.append(f"{tag} subject: {f.raw} → {f.subject!r}, gold {gf['subject']!r}")
    s.details.extend(f"{tag} fact missed: {x[2]['raw']} in {x[2].get('context')}" for x in free)
    s.nf_violations, s.nf_named = _violations(body, facts, gold_spans, g.get("not_facts") or [], s.details, tag)

    # region
    gr = g.get("region") or None
    r = resolve_region(article.title, article.author_org, body, article.source_outlet, article.subtitle, article.byline)
    gold_code = (gr or {}).get("adcode")
    if gr and gr.get("region_level") == "county":
        s.r_county_gold = 1
        s.r_county_exact = int(r.adcode == gold_code)
    if (r.adcode or None) == (gold_code or None):
        s.r_exact = 1
    elif r.adcode and gold_code and _within(r.adcode, gold_code):
        s.r_partial = 1
        s.details.append(f"{tag} region partial: {r.adcode} {r.evidence}; gold {gold_code} ({r.note})")
    elif r.adcode is None:
        s.r_partial = 1
        s.details.append(f"{tag} region missing: gold {gold_code} ({r.note})")
    else:
        s.r_wrong = 1
        s.details.append(f"{tag} region WRONG: {r.adcode} {r.evidence}; gold {gold_code}")
    return s


_SUBJECT_QUOTES = re.compile(r"[“”「」『』‘’\"]")


def _unquoted(subject: str | None) -> str:
    """A subject without quote marks: the annotators differ on keeping a quoted name's quotes
    (`“红管家”` in d29, `红棉驿站` in d13) and the guidelines do not say; the words are what counts."""
    return _SUBJECT_QUOTES.sub("", subject or "")


def _unit(unit: str | None) -> str | None:
    return UNIT_SPELLINGS.get(unit, unit) if unit else None


def _same(a: float | None, b: Any) -> bool:
    """Equal values; a gold value written rounded to 3+ decimals (`三分之一` → 0.3333, GUIDELINES
    facts, decided for h151) also matches any value that rounds to it, however many decimals it keeps."""
    if a is None or b is None:
        return a is None and b is None
    if abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b))):
        return True
    decimals = _decimals(b)
    return decimals >= 3 and abs(float(a) - float(b)) <= 0.5 * 10.0**-decimals + 1e-12


def _decimals(value: Any) -> int:
    """Decimals as the annotator wrote them (0.3333 → 4)."""
    text = repr(float(value)) if not isinstance(value, str) else value
    return len(text.split(".")[1]) if "." in text and "e" not in text.lower() else 0


_YEAR = re.compile(r"(?:1[89]|20)\d\d年?|[〇零一二][〇零一二三四五六七八九]{3}年?")
_PHONE = re.compile(r"\d{7,}|\d{3,4}[-－—]\d{6,8}")
_PHONE_CUE = re.compile(r"(?:电话|热线|拨打|专线|号码|手机|座机)[^，。；\n]{0,6}$")
_ADDRESS_AFTER = re.compile(r"[号栋幢室弄]|单元|楼(?![栋宇房])")
_ADDRESS_TEXT = re.compile(r"\d+(?:号|栋|幢|号楼|单元|室|弄|楼|层)$")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?\n]")
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’"}


_NUMBER_SPACE = re.compile(r"(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)")


def _as_cleaned(fragment: str) -> str:
    """A gold string as the cleaned body prints it: annotators copied the page, pangu spaces and all (`由 86 名成员`),
    and cleaning closes the spaces around numbers (`tasks.clean.close_number_spacing`); a fragment has lost the
    characters around it that the cleaner reads, so every space between a number and a Han character goes."""
    return _NUMBER_SPACE.sub("", fragment) if " " in fragment else fragment


def not_fact_kind(body: str, start: int, end: int) -> str:
    """Which kind of non-figure `body[start:end]` is, for the four kinds issue 10 names; `other` for the rest.

    A reporting aid, not a rule of the extractor: it sorts the gold's not-facts the extractor took, so the
    count the issue asks to be zero (years, phone numbers, address numbers, numbers in quoted names) is read
    apart from the gold's many other non-figures (frequencies, bounds, vague spans).
    """
    text = body[start:end]
    if _YEAR.fullmatch(text) and (text.endswith("年") or body[end : end + 1] in ("年", "-", "/", ".")):
        return "year"
    if _PHONE.search(text) or (re.fullmatch(r"\d{5,6}", text) and _PHONE_CUE.search(body[max(0, start - 12) : start])):
        return "phone"
    if _ADDRESS_TEXT.search(text) or (re.search(r"\d$", text) and _ADDRESS_AFTER.match(body, end)):
        return "address"
    for opening, closing in _QUOTE_PAIRS.items():  # a name is short and has no clause inside (unlike quoted speech)
        left = body.rfind(opening, max(0, start - 20), start)
        right = body.find(closing, end, end + 20) if left >= 0 else -1
        if right >= 0 and not _CLAUSE_MARK.search(body, left + 1, right) and closing not in body[left + 1 : right]:
            return "quoted_name"
    return "other"


def _violations(
    body: str, facts: list[Any], gold_spans: list[tuple[int, int, Any]], not_facts: list[str], out: list[str], tag: str
) -> tuple[int, int]:
    """Not-facts taken as figures: all of them, and those of the four kinds issue 10 names."""
    n = named = 0
    for text in dict.fromkeys(map(_as_cleaned, not_facts)):
        for m in re.finditer(re.escape(text), body):
            a, b = m.span()
            if any(ga <= a and b <= gb for ga, gb, _ in gold_spans):
                continue  # the string is part of a real figure elsewhere (`2019` inside `2019人`)
            taken = [f for f in facts if f.char_start < b and a < f.char_end]
            if taken:
                kind = not_fact_kind(body, a, b)
                n += 1
                named += kind != "other"
                out.append(f"{tag} NOT-FACT taken ({kind}): {text} as {taken[0].raw}")
    return n, named


def score(
    sets: Iterable[str] = SETS, by_annotator: bool = False, half: str | None = None, ids: set[str] | None = None
) -> dict[str, Score]:
    """Per set (or per annotator); `half` keeps the texts whose number is odd or even (the real set's read and
    held-back halves: its misses were read on the odd half only, so the even half is still unseen); `ids` keeps
    only those texts (one collecting round, one study)."""
    totals: dict[str, Score] = {}
    for case in gold_cases(sets):
        if half is not None and (int(re.sub(r"\D", "", case.id) or 0) % 2 == 1) != (half == "odd"):
            continue
        if ids is not None and case.id not in ids:
            continue
        key = annotator_of(case.id) if by_annotator else case.set
        totals.setdefault(key, Score()).add(score_case(case))
    return totals


def timing(sets: Iterable[str], rounds: int = 5) -> str:
    """Milliseconds per article of each case extractor over the gold texts (parsing excluded)."""
    import time

    from tasks.extract.brands import extract_brands
    from tasks.extract.facts import extract_facts
    from tasks.extract.practices import extract_practices
    from tasks.extract.regions import resolve_region
    from tasks.pipeline import process_source
    from tasks.records import Article

    articles = [a for c in gold_cases(sets) if isinstance(a := process_source(str(c.text_path)), Article)]
    if not articles:
        return "timing: no articles"
    from tasks.extract.segmenter import segmenter

    segmenter.cache_clear()
    t0 = time.perf_counter()
    extract_facts("共1个")  # loads the word segmenter's dictionary (once per process)
    load = time.perf_counter() - t0
    steps = {
        "facts": lambda a: extract_facts(a.body),
        "brands": lambda a: extract_brands(a.body, title=a.title),
        "practices": extract_practices,
        "region": lambda a: resolve_region(a.title, a.author_org, a.body, a.source_outlet, a.subtitle, a.byline),
    }
    parts = []
    for name, step in steps.items():
        t0 = time.perf_counter()
        for _ in range(rounds):
            for a in articles:
                step(a)
        parts.append(f"{name} {(time.perf_counter() - t0) / (rounds * len(articles)) * 1000:.2f}")
    mean = sum(len(a.body) for a in articles) / len(articles)
    return (
        f"timing over {len(articles)} texts (mean body {mean:.0f} chars), ms per article: "
        + ", ".join(parts)
        + f"; segmenter load once per process {load:.2f} s"
    )


# ------------------------------------------------------------------------------------------ report


def table(totals: dict[str, Score]) -> str:
    order = [s for s in SETS if s in totals] if set(totals) <= set(SETS) else sorted(totals, key=_range_order)
    names = list(Score().figures())
    rows = [["field", *order]]
    for name in names:
        cells = []
        for s in order:
            v = totals[s].figures()[name]
            cells.append("-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v))
        rows.append([name, *cells])
    width = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, width, strict=True)) for r in rows)


def _range_order(key: str) -> tuple[int, str, int]:
    """seeds first, then annotators' ranges in id order (d2-… before d10-…)."""
    if key == "seeds":
        return (0, "", 0)
    digits = re.match(r"([a-z])(\d+)", key)
    return (1, digits.group(1), int(digits.group(2))) if digits else (2, key, 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated: seeds,dev,heldout,real,realnew")
    ap.add_argument("--details", default="", help="print misses and false hits for these sets")
    ap.add_argument("--timing", action="store_true", help="also time the case extractors per article")
    ap.add_argument(
        "--by-annotator",
        action="store_true",
        help="one column per annotator's set (tests/gold/annotators.csv) instead of per data set",
    )
    ap.add_argument("--half", choices=("odd", "even"), help="only the texts whose number is odd (or even)")
    ap.add_argument("--ids", type=parse_ids, default=None, help="only these texts, e.g. r049-r071 (one round)")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    totals = score(sets, by_annotator=args.by_annotator, half=args.half, ids=args.ids)
    if not totals:
        print(f"case gold: no gold texts under {gold_dir()} (set CASES_GOLD_DIR)")
        return 0
    print(f"case structure against the hand-written gold in {gold_dir()}")
    print(table(totals))
    if args.timing:
        print(timing(sets))
    for s in args.details.split(","):
        if s in totals:
            print(f"\n--- {s}: details")
            print("\n".join(totals[s].details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
