"""The case's own measures (`practices`): numbered lists and run-in lead sentences anywhere in the body.

Case texts number their measures in several ways: `（一）…` paragraphs under `二、主要做法`, `1.`/`1、`
or `①` paragraphs in portal and e-paper pieces, `一是…二是…` inside one paragraph, and newspaper
reprints lead each measure paragraph with a short sentence (`推动街道赋权扩能。…`) or a colon
(`紧盯一个目标：…`). The rules, in order:

1. Scope: paragraphs outside sections about the background, results, lessons or comments (a list
   of problems or outcomes is not a measure), and never inside a quotation (a leader's `抓好三个
   方面：一是…` in quotes) or after an intro that names problems, results or plans (data:
   NOT_MEASURE_INTRO in the lexicon).
2. A list is a run of one marker family numbered 1, 2, 3 … without gaps (two items at least).
3. The outermost list wins: paragraph-start families (`一、` paragraphs that are not section
   headings, `（一）`, `1.`, `①`) before `一是` inside paragraphs, so `一是/二是` nested in a `（一）`
   measure belong to their parent. When no numbered list is left: bulleted lead lines (`▶ 建站点：…`),
   then un-numbered sub-heading lines classed as practices, then run-in leads that stand in a list
   (two or more in adjacent paragraphs, or short lead lines each followed by one paragraph) and do
   not open like narration (a pronoun, a time word or 在: `这是…`, `上午九点,…`, `在南京,…`).
4. The lead is the text after the marker up to the first `。；：` (or the line end); the measure's
   text is what follows it up to the next measure of the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tasks.extract import lexicon as lx
from tasks.extract.numerals import parse_chinese
from tasks.extract.subjects import opens_narration
from tasks.records import Article
from tasks.sections import classify

MAX_HEADING_CHARS = 60
SUBHEAD_CHARS = 30  # a lead line this short is a sub-heading, with its measure's paragraph after it
_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Paragraph-start marker families, outermost first.
_START_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn_comma", re.compile(rf"^([{_CN}]{{1,3}})\s*[、．.]\s*(?=\S)")),  # body paragraphs, not section headings
    ("paren_cn", re.compile(rf"^[(（]([{_CN}]{{1,3}})[)）]\s*")),
    ("arabic", re.compile(r"^(\d{1,2})\s*[.．、](?!\d)\s*")),
    ("paren_arabic", re.compile(r"^[(（](\d{1,2})[)）]\s*")),
    ("circled", re.compile(rf"^([{_CIRCLED}])\s*")),
)
# Decoration bullets that open un-numbered sub-heading lines (`▶ 建站点：把阵地建在商户身边`).
_BULLET = re.compile(r"^[▶►▷●■◆★☆▲◇□◎◉❶-❿]+\s*")
_INLINE = re.compile(rf"([{_CN}]{{1,3}})是(?=[^，,。；;：:]{{2}})")
_LEAD_END = re.compile(r"[。；;：:！？]")
_RUN_IN = re.compile(r"^(?![“「\"])([^。！？；;：:]{2,24})([。：:])")
_SPEECH_END = ("说", "表示", "指出", "强调", "认为", "介绍", "坦言", "感慨", "告诉记者")
_EXCLUDED_KINDS = frozenset({"background", "outcome", "lesson", "discussion"})


@dataclass(frozen=True, slots=True)
class Practice:
    section_ordinal: int | None
    ordinal: int
    marker: str | None
    numbered: bool
    heading: str
    text: str
    char_start: int  # offset of the heading in articles.body


@dataclass(frozen=True, slots=True)
class _Item:
    para: int
    start: int  # offset of the marker inside the paragraph
    lead_start: int  # offset of the lead inside the paragraph
    number: int
    marker: str | None


def paragraph_offsets(paragraphs: tuple[str, ...]) -> list[int]:
    """Start of each paragraph in the body (paragraphs are joined by one newline)."""
    offsets, pos = [], 0
    for p in paragraphs:
        offsets.append(pos)
        pos += len(p) + 1
    return offsets


def section_spans(article: Article) -> list[tuple[int, int, int]]:
    """(section ordinal, heading paragraph index, end paragraph index) for each section."""
    starts: list[tuple[int, int]] = []
    cursor = 0
    for section in article.sections:
        for i in range(cursor, len(article.paragraphs)):
            if article.paragraphs[i] == section.heading:
                starts.append((section.ordinal, i))
                cursor = i + 1
                break
    return [
        (ordinal, start, starts[k + 1][1] if k + 1 < len(starts) else len(article.paragraphs))
        for k, (ordinal, start) in enumerate(starts)
    ]


def _number(token: str) -> int | None:
    if token.isdecimal():
        return int(token)
    if token in _CIRCLED:
        return _CIRCLED.index(token) + 1
    value = parse_chinese(token)
    return int(value) if value is not None else None


def _quote_depth(text: str, end: int) -> int:
    return max(0, text.count("“", 0, end) - text.count("”", 0, end)) + max(
        0, text.count("「", 0, end) - text.count("」", 0, end)
    )


def _runs(items: list[_Item]) -> list[list[_Item]]:
    """Runs numbered 1, 2, 3 … (a new 1 starts a new run); runs of one item are dropped."""
    runs: list[list[_Item]] = []
    for it in items:
        if it.number == 1:
            runs.append([it])
        elif runs and it.number == runs[-1][-1].number + 1:
            runs[-1].append(it)
    return [r for r in runs if len(r) >= 2]


def _intro_excludes(paragraph: str, start: int) -> bool:
    """The words before an inline list say it lists problems, results or plans, not measures."""
    intro = paragraph[:start]
    sentence = re.split(r"[。！？]", intro)[-1] if intro else ""
    if sentence.rstrip().endswith(("：", ":")) and sentence.rstrip(" ：:").endswith(("”", "」")):
        return True  # `“三张清单”：一是需求清单…` lists the parts of one named mechanism
    return any(cue in sentence for cue in lx.NOT_MEASURE_INTRO)


def extract_practices(article: Article) -> list[Practice]:
    paras = article.paragraphs
    offsets = paragraph_offsets(paras)
    section_of: dict[int, int] = {}
    excluded: set[int] = set()
    headings: set[int] = set()
    kinds = {s.ordinal: s.kind for s in article.sections}
    for ordinal, head, end in section_spans(article):
        headings.add(head)
        for i in range(head, end):
            section_of[i] = ordinal
            if kinds.get(ordinal) in _EXCLUDED_KINDS:
                excluded.add(i)
    scope = [i for i in range(len(paras)) if i not in excluded and i not in headings]

    chosen: list[_Item] = []
    for _family, pattern in _START_FAMILIES:
        items = []
        for i in scope:
            m = pattern.match(paras[i])
            number = _number(m.group(1)) if m else None
            if m and number is not None:
                items.append(_Item(i, 0, m.end(), number, m.group(0).strip()))
        runs = _runs(items)
        if runs:
            # `一、基本情况。…` paragraphs number the parts of the article, not its measures
            chosen = [it for run in runs for it in run if not _names_a_part(paras[it.para][it.lead_start :])]
            if chosen:
                break
    if not chosen:
        items = []
        for i in scope:
            for m in _INLINE.finditer(paras[i]):
                number = _number(m.group(1))
                if number is None or _quote_depth(paras[i], m.start()) or _intro_excludes(paras[i], m.start()):
                    continue
                items.append(_Item(i, m.start(), m.end(), number, m.group(0)))
        chosen = [it for run in _runs(items) for it in run]
    if not chosen:
        bullets = [i for i in scope if _BULLET.match(paras[i]) and len(paras[i]) > len(_BULLET.match(paras[i])[0]) + 1]
        if len(bullets) >= 2:
            chosen = [_Item(i, 0, _BULLET.match(paras[i]).end(), k, None) for k, i in enumerate(bullets, start=1)]
    if not chosen:
        subheads = [
            i
            for i in sorted(headings)
            if kinds.get(section_of.get(i, 0)) == "practice" and not _numbered_line(paras[i])
        ]
        # unclassified sub-headings beside a measure heading are its siblings (`阵地建设 打造…` /
        # `队伍建设 锻造…` / `服务提升 擦亮…`): news and e-paper pieces head each measure with a line
        siblings = [
            i
            for i in sorted(headings)
            if kinds.get(section_of.get(i, 0)) in ("practice", "other") and not _numbered_line(paras[i])
        ]
        if subheads and len(siblings) >= 2:
            subheads = siblings
        if len(subheads) >= 2:
            return _from_subheadings(article, subheads, offsets, section_of)
        leads = _parallel([i for i in scope if _is_lead(paras[i])], paras)
        chosen = [_Item(i, 0, 0, k, None) for k, i in enumerate(leads, start=1)]
    return _practices(article, chosen, offsets, section_of)


def _parallel(leads: list[int], paras: tuple[str, ...]) -> list[int]:
    """Run-in leads that stand in a list: two or more in adjacent paragraphs, or short lead lines
    (`建站点：把阵地建在商户身边`) one paragraph apart. A lone lead sentence is narration."""
    groups: list[list[int]] = []
    for i in leads:
        gap = i - groups[-1][-1] if groups else 0
        short = len(paras[i]) <= SUBHEAD_CHARS and len(paras[groups[-1][-1]]) <= SUBHEAD_CHARS if groups else False
        if groups and (gap == 1 or (gap == 2 and short)):
            groups[-1].append(i)
        else:
            groups.append([i])
    return [i for g in groups if len(g) >= 2 for i in g]


def _names_a_part(text: str) -> bool:
    """A lead like `背景与起因`, `主要成效`, `经验启示`: a part of the article, classed as sections are."""
    lead = _LEAD_END.split(text, maxsplit=1)[0]
    return len(lead) <= 12 and classify(lead) in _EXCLUDED_KINDS


def _numbered_line(line: str) -> bool:
    return bool(re.match(rf"^(?:[{_CN}]{{1,3}}\s*[、.．]|第[{_CN}]{{1,3}}部分)", line))


def _is_lead(paragraph: str) -> bool:
    """A paragraph led by a short run-in sentence or a colon lead (`紧盯一个目标：`).

    A parallel couplet of 7+7 characters (`潮平岸阔扬帆进,凝心聚力向未来`), a speech intro
    (`…说：`) and a dateline-like opening are openings or codas, not measures.
    """
    m = _RUN_IN.match(paragraph)
    if not m or len(paragraph) <= len(m.group(0)) + 4:
        return False
    lead = m.group(1)
    if m.group(2) == "。" and len(lead) < 4:
        return False
    if m.group(2) != "。" and lead.startswith(lx.FIELD_LABELS):
        return False  # `联系地址：`, `来源：`: a field label, not a colon lead
    if lead.endswith(_SPEECH_END) or any(cue in lead for cue in lx.NOT_MEASURE_INTRO):
        return False
    halves = re.split(r"[,，]", lead)
    if len(halves) == 2 and len(halves[0]) == len(halves[1]) >= 7:
        return False
    return not opens_narration(lead)


def _lead_span(paragraph: str, lead_start: int, stop: int) -> tuple[str, int]:
    """(lead, end offset of the lead sentence incl. its punctuation) within paragraph[lead_start:stop]."""
    m = _LEAD_END.search(paragraph, lead_start, stop)
    end = m.start() if m else stop
    if end - lead_start > MAX_HEADING_CHARS:
        end = lead_start + MAX_HEADING_CHARS
    after = m.end() if m and m.start() == end else end
    return paragraph[lead_start:end].strip(), after


def _practices(article: Article, items: list[_Item], offsets: list[int], section_of: dict[int, int]) -> list[Practice]:
    paras = article.paragraphs
    out: list[Practice] = []
    for k, it in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        para = paras[it.para]
        stop = nxt.start if nxt is not None and nxt.para == it.para else len(para)
        heading, after = _lead_span(para, it.lead_start, stop)
        if len(heading) < 2:
            continue
        rest = [para[after:stop].strip()]
        if nxt is None or nxt.para != it.para:
            end_para = nxt.para if nxt is not None else _list_end(paras, it.para, section_of)
            rest += list(paras[it.para + 1 : end_para])
        out.append(
            Practice(
                section_ordinal=section_of.get(it.para),
                ordinal=len(out) + 1,
                marker=it.marker,
                numbered=it.marker is not None,
                heading=heading,
                text="\n".join(r for r in rest if r),
                char_start=offsets[it.para] + it.lead_start,
            )
        )
    return out


def _list_end(paras: tuple[str, ...], last: int, section_of: dict[int, int]) -> int:
    """The last measure runs to the end of its section (or only its own paragraph outside sections)."""
    section = section_of.get(last)
    if section is None:
        return last + 1
    end = last + 1
    while end < len(paras) and section_of.get(end) == section:
        end += 1
    return end


def _from_subheadings(
    article: Article, heads: list[int], offsets: list[int], section_of: dict[int, int]
) -> list[Practice]:
    paras = article.paragraphs
    out = []
    for k, i in enumerate(heads):
        end = _list_end(paras, i, section_of)
        out.append(
            Practice(
                section_of.get(i),
                k + 1,
                None,
                False,
                paras[i][:MAX_HEADING_CHARS],
                "\n".join(paras[i + 1 : end]),
                offsets[i],
            )
        )
    return out
