"""Measures inside practice sections: `(一)赋权扩能做“加法”,增强核心“驱动力”。…` → heading + text.

Case articles number their measures `(一)…(四)` under `二、主要做法`; newspaper versions put them as
paragraphs led by a short run-in sentence (`高位推动,做优顶层设计。`). Numbered measures win when a
section has any, so run-in sentences inside a numbered measure are not promoted. Only sections whose
kind is `practice` count: numbered items under `成效` or `探讨` are outcomes and comments, not measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.records import Article

_NUMBERED = re.compile(r"^[(（]([一二三四五六七八九十]{1,3})[)）]\s*")
_LEAD = re.compile(r"^([^。！？]{4,24})。")  # a short run-in sentence that leads a paragraph
MAX_HEADING_CHARS = 60


@dataclass(frozen=True, slots=True)
class Practice:
    section_ordinal: int
    ordinal: int
    marker: str | None
    numbered: bool
    heading: str
    text: str
    char_start: int  # offset of the heading in articles.body


def paragraph_offsets(paragraphs: tuple[str, ...]) -> list[int]:
    """Start of each paragraph in the body (paragraphs are joined by one newline)."""
    offsets, pos = [], 0
    for p in paragraphs:
        offsets.append(pos)
        pos += len(p) + 1
    return offsets


def section_spans(article: Article) -> list[tuple[int, int, int]]:
    """(section ordinal, first body paragraph index, end paragraph index) for each section."""
    starts: list[tuple[int, int]] = []
    cursor = 0
    for section in article.sections:
        for i in range(cursor, len(article.paragraphs)):
            if article.paragraphs[i] == section.heading:
                starts.append((section.ordinal, i))
                cursor = i + 1
                break
    return [
        (ordinal, start + 1, starts[k + 1][1] if k + 1 < len(starts) else len(article.paragraphs))
        for k, (ordinal, start) in enumerate(starts)
    ]


def _is_lead(paragraph: str) -> bool:
    """A paragraph led by a short run-in sentence.

    A parallel couplet of 7+7 characters (`潮平岸阔扬帆进,凝心聚力向未来`) or a quotation with a
    semicolon (`求木之长者,必固其根本;…`) is a literary opening or coda, not a measure.
    """
    m = _LEAD.match(paragraph)
    if not m or any(ch in m.group(1) for ch in ";；"):
        return False
    halves = re.split(r"[,，]", m.group(1))
    return not (len(halves) == 2 and len(halves[0]) == len(halves[1]) >= 7)


def extract_practices(article: Article) -> list[Practice]:
    kinds = {s.ordinal: s.kind for s in article.sections}
    offsets = paragraph_offsets(article.paragraphs)
    out: list[Practice] = []
    for section_ordinal, first, end in section_spans(article):
        if kinds.get(section_ordinal) != "practice":
            continue
        paras = list(range(first, end))
        numbered = [i for i in paras if _NUMBERED.match(article.paragraphs[i])]
        leads = numbered or [i for i in paras if _is_lead(article.paragraphs[i])]
        for k, i in enumerate(leads):
            stop = leads[k + 1] if k + 1 < len(leads) else end
            para = article.paragraphs[i]
            marker_match = _NUMBERED.match(para) if numbered else None
            marker = marker_match.group(0).strip() if marker_match else None
            rest = para[marker_match.end() :] if marker_match else para
            head_end = rest.find("。")
            if head_end < 0 or head_end > MAX_HEADING_CHARS:
                head_end = min(len(rest), MAX_HEADING_CHARS)
            heading = rest[:head_end].strip()
            body_text = "\n".join([rest[head_end + 1 :].strip(), *article.paragraphs[i + 1 : stop]]).strip()
            out.append(
                Practice(
                    section_ordinal=section_ordinal,
                    ordinal=len(out) + 1,
                    marker=marker,
                    numbered=bool(numbered),
                    heading=heading,
                    text=body_text,
                    char_start=offsets[i] + (marker_match.end() if marker_match else 0),
                )
            )
    return out
