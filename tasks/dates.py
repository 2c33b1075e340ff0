"""Publication dates as pages write them, read regex-first: `2018年09月25日09:39`, `2023-12-05 17:52:00`.

All times are Beijing local time as printed; we store them naive, to the minute (or second) given,
and never invent a time or a date that the page does not state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta

from tasks.extract.numerals import parse_chinese

# (the time in words too, as portals print it: `2023年09月18日 10时20分`, `…10时20分35秒`)
_CN = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?P<H>\d{1,2})\s*(?:[:：]\s*(?P<M>\d{2})(?:\s*[:：]\s*(?P<S>\d{2}))?"
    r"|时\s*(?P<Mw>\d{1,2})\s*分(?:\s*(?P<Sw>\d{1,2})\s*秒)?))?"
)
# Official documents and their reprints write the date in words (`二〇二三年八月二十二日`, `二○二四年十二月一日`): the
# year digit by digit, month and day as numbers (`十二`, `二十二`, `三十一`), each read by the extractor's numeral
# parser; 〇 is often typed as a circle or a Latin or Cyrillic capital O
_NOUGHTS = str.maketrans("○OО", "〇〇〇")
YEAR_IN_WORDS = "[一二][〇○零OО一二三四五六七八九]{3}"
MONTH_IN_WORDS = "(?:十[一二]?|[一二三四五六七八九])"
DAY_IN_WORDS = "(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_WORDS = re.compile(rf"(?P<y>{YEAR_IN_WORDS})\s*年\s*(?P<m>{MONTH_IN_WORDS})\s*月\s*(?P<d>{DAY_IN_WORDS})\s*日")
# Older portals and Word-made pages print the whole dateline full-width (`２０２３－０９－１８　１０：２０`): its
# digits are ASCII by the time a line is read (tasks/clean.py `page_characters`), its hyphens, slashes, stops and
# colons are not.
_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.－／．](?P<m>\d{1,2})[-/.－／．](?P<d>\d{1,2})(?!\d)"
    r"(?:(?:\s+|T)(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2}))?)?"
)


def _dates(text: str) -> Iterator[tuple[datetime, re.Match[str]]]:
    """Every well-formed date in `text`: in figures with 年 (`2018年09月25日09:39`), ISO-like, then in words."""
    has_nian = "年" in text  # every date with 年 (in figures or in words) holds it
    for pattern, build in ((_CN, _build), (_ISO, _build), (_CN_WORDS, _build_in_words)):
        if pattern is _ISO or has_nian:
            for match in pattern.finditer(text):
                if (parsed := build(match)) is not None:
                    yield parsed, match


def find_date(text: str) -> tuple[datetime, re.Match[str]] | None:
    """The first well-formed date in `text`, with the match (to cut it out of a dateline)."""
    return next(_dates(text), None)


def parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


def _build(match: re.Match[str]) -> datetime | None:
    y, m, d, hour, minute, second = match.group("y", "m", "d", "H", "M", "S")
    if "Mw" in match.re.groupindex and match["Mw"] is not None:  # `10时20分`
        minute, second = match["Mw"], match["Sw"]
    try:
        return datetime(int(y), int(m), int(d), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None


def _build_in_words(match: re.Match[str]) -> datetime | None:
    year, month, day = (parse_chinese(match[k].translate(_NOUGHTS)) for k in ("y", "m", "d"))
    if year is None or month is None or day is None:
        return None
    try:
        return datetime(int(year), int(month), int(day))
    except ValueError:
        return None


# Labels in front of a date say what it dates: the publication wins, an update or edit loses.
_PUBLISH_LABEL = re.compile(r"(?:发布|发表|发稿|刊发|刊登|首发|上线|录入|出版|创建)(?:时间|日期|于)?|时间|日期|日\s*期")
# (`最后更新: 2019-09-07 09:27:48` under the dateline row: the last edit, labelled without 时间)
_UPDATE_LABEL = re.compile(
    r"(?:更新|修改|修订|最后编辑|编辑|审核)(?:时间|日期|于)|最后(?:更新|修改|编辑)(?:时间|日期|于)?"
)
# A portal's clock in its top bar (`新华区人民政府 欢迎您！ 今天是：2024年6月13日`) dates the visit, not the page.
_CLOCK_LABEL = re.compile(r"(?:今天是|今日是|今天|当前时间|现在时间|现在是)\s*[:：]?\s*$")


def labelled_dates(text: str) -> list[tuple[datetime, str]]:
    """Every date in `text` in reading order, each with its label kind: publish | update | none.
    A clock's date (`今天是：…`) is left out."""
    found: list[tuple[int, int, datetime]] = []
    for parsed, match in _dates(text):
        if not any(s <= match.start() < e for s, e, _ in found):
            found.append((match.start(), match.end(), parsed))
    found.sort()
    out: list[tuple[datetime, str]] = []
    previous_end = 0
    for start, end, parsed in found:
        lead = text[max(previous_end, start - 12) : start]
        if not lead:  # no label can stand in nothing
            out.append((parsed, "none"))
            previous_end = end
            continue
        if _CLOCK_LABEL.search(lead):
            previous_end = end
            continue  # the visitor's day, never a date of the page
        update = list(_UPDATE_LABEL.finditer(lead))
        inside_update = [range(u.start(), u.end()) for u in update]
        publish = [m for m in _PUBLISH_LABEL.finditer(lead) if not any(m.start() in r for r in inside_update)]
        if update and (not publish or update[-1].start() > publish[-1].start()):
            kind = "update"
        elif publish:
            kind = "publish"
        else:
            kind = "none"
        out.append((parsed, kind))
        previous_end = end
    return out


def dateline_date(text: str, allow_update: bool = False) -> datetime | None:
    """The publication date of a dateline: a publish-labelled date first, then an unlabelled one.

    `更新时间：2023-05-13 发布时间：2023-05-12 10:00` gives 2023-05-12 10:00; a line that only
    names an update gives None unless `allow_update`.
    """
    return dateline_of(labelled_dates(text), allow_update)


def dateline_of(dates: list[tuple[datetime, str]], allow_update: bool = False) -> datetime | None:
    """`dateline_date` of a text whose `labelled_dates` the caller has already read (and reads again)."""
    for kind in ("publish", "none", *(("update",) if allow_update else ())):
        for parsed, found_kind in dates:
            if found_kind == kind:
                return parsed
    return None


# Dates in URLs: `/2018/1029/`, `/201810/29/`, `/2018-10-29/`, `t20230512_`, `/20230512/`, `2023-05-12`.
_URL_DATE = re.compile(
    r"(?:(?<=[/_\-t])|^)(?P<y>(?:19|20)\d{2})(?P<s1>[-_/]?)(?P<m>0[1-9]|1[0-2])(?P<s2>[-_/]?)(?P<d>0[1-9]|[12]\d|3[01])"
    r"(?=[/_\-.]|$)"
)


def url_date(url: str) -> datetime | None:
    """A publication day written into the URL path, if any (day precision: URLs carry no time)."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    for match in _URL_DATE.finditer(path):
        try:
            return datetime(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return None


_TZ = re.compile(r"(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})\s*$")


def meta_date(content: str) -> datetime | None:
    """A `<meta>` date (`2023-05-12T02:00:00Z`, `2023-05-12 10:00:00+08:00`, `2023-05-12`), in Beijing time."""
    parsed = parse_date(content)
    if parsed is None:
        return None
    zone = _TZ.search(content.strip())
    if zone:
        tz = zone["tz"]
        offset = 0 if tz == "Z" else (1 if tz[0] == "+" else -1) * (int(tz[1:3]) * 60 + int(tz[-2:]))
        parsed += timedelta(minutes=8 * 60 - offset)
    return parsed
