"""Named practices and slogans in quotes (“红管家”, “三社联动”, 「一核多元」), not speech or scare quotes.

Quotation marks in these articles do three jobs: they name a practice, they quote speech or a
document, and they put a word in scare quotes (“空转”, “话语权”). A quoted term counts as a brand when
it reads like a name: it ends like one (`…法`, `…联盟`, `…之家`), a word like 模式/机制/品牌 follows
it, a verb like 推行/打造/招募 leads into it, or it is a numbered slogan (`三社联动`, `1+4+25`).
Speech (after 说/强调/指出/：, or a quoted full sentence) and long quotations are never brands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.extract import lexicon as lx
from tasks.extract.sentences import Sentences, split_sentences

_QUOTED = re.compile(r"“([^“”\n]{1,80})”|「([^「」\n]{1,80})」|『([^『』\n]{1,80})』")
_SENTENCE_INSIDE = re.compile(r"[。！？!?，,；;：:﹔]")
_NUMERAL = "\\d一二两三四五六七八九十百千万"
_NUMBERED_SLOGAN = re.compile(
    rf"[{_NUMERAL}]+[个张支社式诊级站大化抓项清单统]|[+＋]|[{_NUMERAL}][\u4e00-\u9fff]{{1,3}}[{_NUMERAL}]"
)
_LIST_GAP = re.compile(r"^[、,，]?$")


@dataclass(frozen=True, slots=True)
class Brand:
    ordinal: int
    term: str
    count: int
    first_sentence: str
    char_start: int  # offset of the term (inside its quotes) at its first quoted use


def is_speech(body: str, start: int, term: str) -> bool:
    """Quoted speech or a quoted sentence: after a speech verb or colon, or punctuated inside."""
    lead = body[max(0, start - 4) : start].rstrip()
    return bool(_SENTENCE_INSIDE.search(term)) or any(lead.endswith(cue) for cue in lx.SPEECH_CUES)


def looks_like_name(body: str, start: int, end: int, term: str) -> bool:
    if term in lx.NOT_BRANDS:
        return False
    if term.endswith(lx.BRAND_TERM_SUFFIXES) or _NUMBERED_SLOGAN.search(term):
        return True
    after = body[end : end + 12]
    if after.startswith(lx.BRAND_FOLLOWERS):
        return True
    near = re.split(r"[。，,；;、：:！？]", after[:8])[0]
    if any(word in near for word in lx.BRAND_NEAR_FOLLOWERS):
        return True
    before = body[max(0, start - 6) : start]
    return before.endswith(lx.BRAND_LEADERS)


def _quote_runs(body: str) -> list[list[tuple[re.Match[str], str, int]]]:
    """Quotations in order, grouped when only a 、 separates them."""
    runs: list[list[tuple[re.Match[str], str, int]]] = []
    for m in _QUOTED.finditer(body):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        item = (m, m.group(group).strip(), m.start(group))
        if runs and _LIST_GAP.match(body[runs[-1][-1][0].end() : m.start()]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def extract_brands(body: str, sentences: Sentences | None = None) -> list[Brand]:
    sentences = sentences or split_sentences(body)
    first: dict[str, int] = {}
    for run in _quote_runs(body):
        # quotes listed together (`“缅怀革命先烈”、“少数民族一家亲”等活动`) share one verdict
        candidates = [
            (term, start, m)
            for m, term, start in run
            if 2 <= len(term) <= lx.MAX_BRAND_CHARS
            and term not in lx.NOT_BRANDS
            and not is_speech(body, m.start(), term)
        ]
        if len(candidates) < len(run):
            candidates = [c for c in candidates if looks_like_name(body, c[2].start(), c[2].end(), c[0])]
        elif not any(looks_like_name(body, run[0][0].start(), run[-1][0].end(), t) for t, _, _ in candidates):
            candidates = []
        for term, start, _ in candidates:
            first.setdefault(term, start)
    brands = []
    for ordinal, (term, start) in enumerate(sorted(first.items(), key=lambda kv: kv[1]), start=1):
        s_start, s_end = sentences.at(start)
        brands.append(Brand(ordinal, term, body.count(term), body[s_start:s_end], start))
    return brands
