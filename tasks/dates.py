"""Publication dates as pages write them, read regex-first: `2018年09月25日09:39`, `2023-12-05 17:52:00`.

All times are Beijing local time as printed; we store them naive, to the minute (or second) given,
and never invent a time or a date that the page does not state.
"""

from __future__ import annotations

import re
from datetime import datetime

_CN = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：]\s*(?P<M>\d{2})(?:\s*[:：]\s*(?P<S>\d{2}))?)?"
)
_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
    r"(?:(?:\s+|T)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
)


def find_date(text: str) -> tuple[datetime, re.Match[str]] | None:
    """The first well-formed date in `text`, with the match (to cut it out of a dateline)."""
    for pattern in (_CN, _ISO):
        for match in pattern.finditer(text):
            parsed = _build(match)
            if parsed is not None:
                return parsed, match
    return None


def parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


def _build(match: re.Match[str]) -> datetime | None:
    parts = match.groupdict()
    try:
        return datetime(
            int(parts["y"]),
            int(parts["m"]),
            int(parts["d"]),
            int(parts["H"] or 0),
            int(parts["M"] or 0),
            int(parts["S"] or 0),
        )
    except ValueError:
        return None
