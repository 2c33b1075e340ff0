"""Line-level cleaning that does not depend on the script: whitespace, bullets, mirror pinyin."""

from __future__ import annotations

import re

# Mirror sites insert pinyin after characters: `共產(chǎn)黨`. Only a parenthesised run of Latin
# letters with at least one tone mark, right after a Han character, is pinyin; `(2019年)` and
# `(小区)` stay.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(
    rf"(?<=[\u4e00-\u9fff])[(（]\s*(?=[a-zü{_TONED}\s]*[{_TONED}])[a-zü{_TONED}]+(?:\s+[a-zü{_TONED}]+)*\s*[)）]"
)
_LEADING_BULLETS = re.compile(r"^[\s•·●▪◆◇■□▲△►▶★☆]+")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009]+")
# Pangu spacing (盘古之白): many sites and editors set one space between Han characters and the Arabic numbers among
# them (`由 86 名成员组成`, `2023 年 8 月`); Chinese typesetting has none, and every reader of numbers here (figures,
# dates, addresses) expects a number beside its unit. A number between Han characters or Chinese marks loses those
# single ASCII spaces. Wider gaps (`\u3000`, runs) separate fields (`共产党员网　2025年01月16日`)
# and stay, as does the space after a clock time (`10:30 来源`) or a list marker opening a line; a date keeps the
# space before it (`来源：湖南组工 2024 年 6 月`: the outlet's name ends there).
_HAN_OR_MARK = r"[\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20]"
_SPACED_NUMBER = re.compile(rf"(?<={_HAN_OR_MARK})(?P<left> (?! ))?(?P<number>\d+(?:[.,]\d+)*%?) ?(?={_HAN_OR_MARK})")
_DATE_PART = re.compile(r" ?(?:(?<=\d{4}) ?年|(?<!\d{3}\d) ?[月日])")


_TONE = re.compile(f"[{_TONED}]")  # every pinyin run has one: a line without is not scanned (most lines)


def strip_pinyin(text: str) -> str:
    return _PINYIN.sub("", text) if _TONE.search(text) else text


def _closed(m: re.Match[str]) -> str:
    left = m["left"] or ""
    if left and m.string[m.start() - 1] not in "年月" and _DATE_PART.match(m.string, m.end("number")):
        return left + m["number"]
    return m["number"]


# Full-width digits and Latin letters (`２０２３年８月`, `ＡＰＰ`), which older portals and Word-made pages print: the
# same characters as ASCII to every reader of the page (its dateline, figures, codes); full-width marks stay Chinese
# marks. Zero-width characters (editors' joiners, a byte-order mark inside the text) are no gap at all:
# `居民\u200b满意率` is one phrase. Both are settled once on the decoded page (tasks/markup.py `read_parts`), before
# any reader splits it into lines.
_HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)
_FULL_WIDTH_DIGITS = "０１２３４５６７８９"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_NO_ZERO_WIDTH = str.maketrans("", "", _ZERO_WIDTH)


def page_characters(text: str) -> str:
    """The page with full-width digits and letters as ASCII and zero-width characters gone; the same string when it
    has neither. The page is looked at with fifteen substring searches (~0.1 ms a 120k-character page; a regular
    expression's class ~0.9 ms); a page that prints its letters full-width prints its digits so."""
    if any(d in text for d in _FULL_WIDTH_DIGITS):
        text = text.translate(_HALF_WIDTH)
    if any(z in text for z in _ZERO_WIDTH):
        text = text.translate(_NO_ZERO_WIDTH)
    return text


def close_number_spacing(text: str) -> str:
    """`由 86 名成员` → `由86名成员`: pangu spacing taken out around numbers inside Chinese text."""
    return _SPACED_NUMBER.sub(_closed, text) if " " in text else text


def normalise_line(line: str) -> str:
    """Collapse whitespace runs, close pangu spacing around numbers and take bullet decoration off the front.

    `■` before an author organisation is decoration too; an inner single space between Han
    characters is kept, because headlines use it as a separator (`统筹谋划 完善…`).
    """
    line = _SPACES.sub(" ", close_number_spacing(line)).strip()
    line = _LEADING_BULLETS.sub("", line)
    return line


def clean_lines(lines: tuple[str, ...] | list[str]) -> list[str]:
    """Non-empty, whitespace-normalised lines with mirror pinyin removed.

    A line of nothing but replacement characters (half a character cut off at the end of a file)
    carries no text: dropped; one inside text stays, as the mark of damage that it is.
    """
    out = []
    for raw in lines:
        line = normalise_line(strip_pinyin(raw))
        if line and line.strip("\ufffd "):
            out.append(line)
    return out
