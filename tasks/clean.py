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
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")


_TONE = re.compile(f"[{_TONED}]")  # every pinyin run has one: a line without is not scanned (most lines)


def strip_pinyin(text: str) -> str:
    return _PINYIN.sub("", text) if _TONE.search(text) else text


def normalise_line(line: str) -> str:
    """Collapse whitespace runs and take bullet decoration off the front.

    `■` before an author organisation is decoration too; an inner single space between Han
    characters is kept, because headlines use it as a separator (`统筹谋划 完善…`).
    """
    line = _SPACES.sub(" ", line).strip()
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
