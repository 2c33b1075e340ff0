"""Paragraphs of a plain-text dump put back together when it was wrapped at a fixed width.

Text taken out of a PDF or an e-paper page (and some exam-material and case-collection dumps) breaks every paragraph
into lines of one width: `…成立由86` / `名成员组成的议事会，…`. Read line by line, a figure loses its unit, a sentence
its end and a measure's lead its paragraph. Such a dump is told by its shape, not by its source: many lines fill the
same width and stop mid-sentence, and hardly a line is wider (a text with one line a paragraph has paragraphs of every
length, most far wider than any wrap). Only then is a full line that stops mid-sentence joined to the line after it.
"""

from __future__ import annotations

import re
from collections import Counter

# What ends a sentence: a full line ending in one of these may end its paragraph and is left alone; so may one ending
# in a closing quote or bracket right after one of them (`…就行。”`), not one closing a name (`推行“巷长议事”`)
_SENTENCE_END = frozenset("。！？!?；;：:…")
_CLOSING = frozenset("”」』’）)】")
_MIN_WIDTH = 20  # (in half-width columns) shorter lines are headings, datelines and bylines, never wrapped text
_MAX_WRAP = 160  # wider "lines" are whole paragraphs: no page or PDF wraps that wide
_MIN_WRAPPED = 3  # full lines that stop mid-sentence before a text is taken for a wrapped one
_WRAPPED_SHARE = 0.3  # of the lines at least _MIN_WIDTH wide
# lines wider than the wrap that a wrapped dump may still hold (a URL, a table row; one always)
_OVER_WIDTH_SHARE = 0.05
# A full line may fall short of the width (a full-width character that did not fit beside a half-width one, a mark kept
# off the next line's start) or pass it by one mark pulled back onto it, in half-width columns
_SHORT_OF_WRAP = 3
_PAST_WRAP = 2


# A line that opens a new paragraph whatever ends the line before: a dateline, a header field with its colon, a short
# credit line (a title as wide as the wrap, then one of them), a bracketed label or a sub-title's dash. Words alone do
# not (`记者`, `更新` go on a wrapped sentence as often as they open a credit), nor do list markers: a wrapped sentence
# may go on with `一要…` or `6.7%`, while a list item follows a line that ended its sentence.
_OPENS_PARAGRAPH = re.compile(
    r"(?:\d{4}\s*[-年./]|[（(]\d{4}|【|——"
    r"|(?:信息|稿件)?[来來]源\s*[：:]|作者\s*[：:]|[发發]布(?:[时時][间間]|日期)?\s*[：:]|更新(?:[时時][间間]|日期)?\s*[：:]"
    r"|[编編]辑\s*[：:]|[责責]任[编編][辑輯]|(?:[记記]者|通[讯訊][员員])[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000]|$))"
)


# A header's row of fields (`来源：…　发布时间：…　浏览次数：…`), which ends where it ends whatever its width
_FIELD_ROW = re.compile(
    r"(?:[来來]源|[发發]布[时時][间間]|[浏瀏][览覽]|字[号號]|作者|[编編]辑|[责責]任[编編][辑輯])\s*[：:]"
)


def _width(line: str) -> int:
    """Columns in half-width units, from the UTF-8 length: a Han character or a full-width mark (3 bytes) takes two
    columns, ASCII one; the rare 2-byte letters (`·`, accented Latin) count one and a half, within the slack."""
    return (len(line) + len(line.encode("utf-8"))) // 2


def _ends_sentence(line: str) -> bool:
    last = line.rstrip("".join(_CLOSING))
    return line[-1] in _SENTENCE_END or (last != line and last[-1:] in _SENTENCE_END)


def _mostly_han(line: str) -> bool:
    """Prose in Chinese: half its characters or more are Han (a wrapped dump's lines are; rows of markup or of a
    listing that happen to share a width are not)."""
    return 2 * sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff") >= len(line)


def _wrap_width(widths: list[int], lines: list[str]) -> int | None:
    """The width the dump was wrapped at, or None when it was not wrapped."""
    open_ended = Counter(
        w
        for w, line in zip(widths, lines, strict=True)
        if _MIN_WIDTH <= w <= _MAX_WRAP and not _ends_sentence(line) and _mostly_han(line)
    )
    if not open_ended:
        return None
    # the widest of the common widths: lines one column short (a full-width character that did not fit) are as common
    # as full ones in text with digits
    top = open_ended.most_common(1)[0][1]
    wrap = max(w for w, n in open_ended.items() if 2 * n >= top)
    wide = [w for w in widths if w >= _MIN_WIDTH]
    full_open = sum(n for w, n in open_ended.items() if wrap - _SHORT_OF_WRAP <= w <= wrap + _PAST_WRAP)
    over = sum(1 for w in wide if w > wrap + _PAST_WRAP)
    if (
        full_open < _MIN_WRAPPED
        or full_open < _WRAPPED_SHARE * len(wide)
        or over > max(1, _OVER_WIDTH_SHARE * len(wide))
    ):
        return None
    return wrap


def unwrap_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with each wrapped paragraph on one line again; the lines as they were when the text is not wrapped.
    A blank line ends a paragraph whatever the width of the line before it."""
    stripped = [line.strip() for line in lines]
    kept = [line for line in stripped if line]
    # most texts hold a paragraph a line, each ending its sentence: they are passed over before any width is taken
    if sum(1 for line in kept if len(line) * 2 >= _MIN_WIDTH and not _ends_sentence(line)) < _MIN_WRAPPED:
        return lines
    wrap = _wrap_width([_width(line) for line in kept], kept)
    if wrap is None:
        return lines
    out: list[str] = []
    joining = False
    for line in stripped:
        if joining and line and not _OPENS_PARAGRAPH.match(line):
            glue = " " if _latin_end(out[-1]) and _latin_end(line[0]) else ""
            out[-1] += glue + line
        else:
            out.append(line)
        joining = (
            bool(line)
            and wrap - _SHORT_OF_WRAP <= _width(line) <= wrap + _PAST_WRAP
            and not _ends_sentence(line)
            and not _FIELD_ROW.search(line)
        )
    return tuple(out)


def _latin_end(text: str) -> bool:
    return text[-1].isascii() and text[-1].isalpha()
