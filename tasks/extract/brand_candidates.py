"""Every term the brand rules could weigh in a text, with the features a learned re-scorer reads.

The rules in tasks/extract/brands.py reach 0.95+ precision on the texts they were developed on and
0.71-0.87 on each new annotator's texts: their cue lists carry over less than their shape. This module
turns each term the rules considered (every quoted span “”「」『』, and the unquoted names the rules
look for) into one row of plain numbers: the rules' own verdict and the path that decided it, the
term's shape (length, quote kind, digits, `+`, suffix class), the words around its uses (naming verbs
before, 品牌/模式/机制 after, speech), how often and where it is used, and the lexicons it is in. The
re-scorer (bench/train_brand_model.py) learns weights for these from the hand-written gold, judged by
leaving one annotator's texts out at a time. Features are named so a weight file reads as a table.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import jieba

from tasks.extract import brands as b
from tasks.extract import lexicon as lx
from tasks.extract.subjects import is_dictionary_word

# This module is copied into archives of older rule versions (bench.train_brand_model --first-sight): it may import
# only what every one of them has (brands, lexicon, subjects), or guard the import as below.
try:  # older rule versions, which bench.train_brand_model --first-sight runs, had no such lexicon
    from tasks.extract.generic_terms import is_generic_term
except ImportError:  # pragma: no cover - only in an archived rule version

    def is_generic_term(term: str) -> bool:
        return False


# How the rules decided a term: the paths of extract_brands(trace=...), and the filters a quoted span
# meets before the rules weigh it.
EARLY_DROPS = ("speech", "stop_list", "footer", "length")
PATHS = (
    "named",
    "recurrent",
    "role_of_brand",
    "programme",
    "unquoted",
    "headline",
    "count_name",
    "short_form",
    "vetoed",
    "not_named",
    "listed_parts",
    "part_or_post",
    "generic_term",
    *EARLY_DROPS,
)
QUOTES = {"“": "curly", "「": "corner", "『": "white_corner"}
# Verbs that give a thing its name, as opposed to verbs that merely lead into a quote (brands.toml `leaders`).
NAMING_VERBS = ("称为", "称之为", "称其为", "命名为", "叫作", "叫做", "名为", "简称", "取名", "号称", "誉为")
SPEECH_WINDOW = 4
CONTEXT_WINDOW = 8


@dataclass(frozen=True)
class Candidate:
    term: str
    features: dict[str, float]


def _quoted_spans(body: str) -> Iterator[tuple[str, str, int, int]]:
    """(term as cleaned, quote kind, start of the quote mark, end after the closing mark)."""
    for m in b._QUOTED.finditer(body):
        # (read here, not with brands._quoted_inner: bench/train_brand_model.py runs this module against older rules)
        yield b.clean_term(m.group(m.lastindex or 0)), QUOTES[body[m.start()]], m.start(), m.end()


def _early_drop(body: str, term: str, start: int, end: int, footer: list[tuple[int, int]]) -> str | None:
    """Why extract_brands never weighs a quoted span (the filters before its verdicts), if it does not."""
    if any(a <= start < c for a, c in footer):
        return "footer"
    if not 2 <= len(term) <= lx.MAX_BRAND_CHARS:
        return "length"
    spelled_out = getattr(b, "spelled_out", lambda _body, _end, _term: False)
    if term in b.cues().not_brands and not spelled_out(body, end, term):
        return "stop_list"
    if b.is_speech(body, start, term, end):
        return "speech"
    return None


def brand_candidates(body: str, title: str | None = None) -> list[Candidate]:
    """One candidate per distinct term, in order of first appearance, with its features."""
    trace: dict[str, str] = {}
    try:
        kept = {x.term for x in b.extract_brands(body, title=title, trace=trace)}
    except TypeError:  # an archived rule version without the trace: its verdicts only
        kept = {x.term for x in b.extract_brands(body, title=title)}
        trace = {t: "named" for t in kept}
    footer = b._footer_lines(body)
    uses: dict[str, list[tuple[str, int, int]]] = {}
    early: dict[str, str] = {}
    for term, kind, start, end in _quoted_spans(body):
        if not term:
            continue
        uses.setdefault(term, []).append((kind, start, end))
        reason = _early_drop(body, term, start, end, footer)
        if reason:
            early.setdefault(term, reason)
    title_quoted = {t for t, _, _, _ in _quoted_spans(title or "")}
    order = list(uses) + [t for t in trace if t not in uses]
    return [
        Candidate(term, _features(body, title or "", term, uses.get(term, []), trace, early, kept, title_quoted))
        for term in order
        if term
    ]


def _features(
    body: str,
    title: str,
    term: str,
    uses: list[tuple[str, int, int]],
    trace: dict[str, str],
    early: dict[str, str],
    kept: set[str],
    title_quoted: set[str],
) -> dict[str, float]:
    c = _Cues()
    f: dict[str, float] = {"bias": 1.0, "rule_kept": float(term in kept)}
    path = trace.get(term) or early.get(term) or "not_named"
    for p in PATHS:
        f[f"path_{p}"] = float(path == p)
    n = len(term)
    f["len_2"] = float(n <= 2)
    f["len_3_4"] = float(3 <= n <= 4)
    f["len_5_6"] = float(5 <= n <= 6)
    f["len_7_10"] = float(7 <= n <= 10)
    f["len_over_10"] = float(n > 10)
    kinds = {k for k, _, _ in uses}
    for k in QUOTES.values():
        f[f"quote_{k}"] = float(k in kinds)
    f["unquoted"] = float(not uses)
    quoted = len(uses)
    total = body.count(term)
    f["log_quoted_uses"] = math.log1p(quoted)
    f["recurs"] = float(quoted >= 2)
    f["plain_uses"] = math.log1p(max(0, total - quoted))
    f["in_title"] = float(term in title)
    f["quoted_in_title"] = float(term in title_quoted)
    first = uses[0][1] if uses else max(body.find(term), 0)
    f["position"] = first / max(1, len(body))
    f["in_first_fifth"] = float(f["position"] < 0.2)
    # the words around every quoted use: the strongest cue anywhere counts
    before = [body[max(0, s - CONTEXT_WINDOW) : s] for _, s, _ in uses]
    after = [body[e : e + CONTEXT_WINDOW] for _, _, e in uses]
    f["naming_verb_before"] = float(any(any(v in w for v in NAMING_VERBS) for w in before))
    f["leader_before"] = float(any(w.endswith(c.leaders) or w[:-1].endswith(c.leaders) for w in before))
    f["weak_leader_before"] = float(any(w.endswith(c.weak_leaders) for w in before))
    f["not_leader_before"] = float(any(w.endswith(c.not_leaders) for w in before))
    f["speech_before"] = float(any(any(w[-SPEECH_WINDOW:].endswith(s) for s in lx.SPEECH_CUES) for w in before))
    f["colon_before"] = float(any(w.rstrip().endswith(("：", ":")) for w in before))
    f["follower_after"] = float(any(a.lstrip("等的").startswith(c.followers) for a in after))
    f["brand_word_after"] = float(any(a.lstrip("等的").startswith(("品牌", "模式", "工作法")) for a in after))
    f["not_follower_after"] = float(any(a.lstrip("等的").startswith(c.not_followers) for a in after))
    f["de_after"] = float(any(a.startswith("的") for a in after))
    f["deng_after"] = float(any(a.startswith("等") for a in after))
    f["listed_with_others"] = float(any(a[:1] in "、“「『" for a in after))
    f["brand_word_near"] = float("品牌" in body[max(0, first - 20) : first + n + 20])
    # the term's own shape
    f["name_suffix"] = float(term.endswith(c.name_suffixes))
    f["role_suffix"] = float(term.endswith(c.role_suffixes))
    f["people_suffix"] = float(term.endswith(c.people_suffixes))
    f["works_suffix"] = float(term.endswith(c.works_suffixes))
    f["level_word_in"] = float(any(w in term for w in c.level_words))
    f["brand_mark"] = float(any(m in term for m in c.brand_marks))
    f["digits"] = float(bool(re.search(r"\d", term)))
    f["numeral_start"] = float(bool(re.match(f"^[{b._NUMERAL}]", term)))
    f["plus"] = float("+" in term or "＋" in term)
    f["enumeration"] = float("、" in term)
    f["dot_or_dash"] = float(bool(re.search(r"[·—－–]", term)))
    f["latin"] = float(bool(re.search(r"[A-Za-z]", term)))
    f["has_de"] = float("的" in term[1:])
    f["han_only"] = float(re.fullmatch(r"[\u4e00-\u9fff]+", term) is not None)
    # the lexicons
    f["generic_terms_csv"] = float(is_generic_term(term))
    f["stop_list"] = float(term in c.not_brands)
    f["soft_stop"] = float(term in c.soft_stop)
    f["dictionary_word"] = float(is_dictionary_word(term))
    f["generic_form"] = float(getattr(b, "is_generic_form", lambda _t: False)(term))
    f.update(_compound(term))
    return f


@lru_cache(maxsize=1)
def _general_words() -> dict[str, int]:
    """jieba's own general dictionary (word → frequency), without the project's user words: a reference
    nobody here tuned, so `白领` + `驿站` reads as two common words and `红哨` as no word."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ


def _compound(term: str) -> dict[str, float]:
    """A term built of two common words (`白领驿站`, `法律诊所`) describes a kind of service; a coined name
    holds a part no dictionary has (`红哨超市`, `蓝骑士驿站`). Read from the longest dictionary head."""
    words = _general_words()
    head = next((term[i:] for i in range(1, len(term) - 1) if words.get(term[i:], 0) > 0), "")
    modifier = term[: len(term) - len(head)] if head else ""
    return {
        "head_is_word": float(bool(head)),
        "head_log_freq": math.log1p(words.get(head, 0)) / 10,
        "modifier_is_word": float(bool(modifier) and words.get(modifier, 0) > 0),
        "two_common_words": float(bool(head) and words.get(modifier, 0) >= 100 and words.get(head, 0) >= 100),
    }


class _Cues:
    """The rules' cue lists; a list an archived rule version lacks reads as empty."""

    def __getattr__(self, name: str) -> tuple[str, ...]:
        return getattr(b.cues(), name, ())


def feature_names() -> list[str]:
    """The features in a fixed order (a made-up text has every one)."""
    return list(_features("", "", "x", [], {}, {}, set(), set()))
