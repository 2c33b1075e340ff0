"""Numbers as written in Chinese text → float: `42,499`, `50.3`, `二十三`, `两千五百`, `一万二千`, `1/5`.

Written here rather than taken from cn2an because the extractor needs only this small, strict subset,
and a strict parser refuses what it does not understand (None) instead of guessing a value.
"""

from __future__ import annotations

import re

CHINESE_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_LARGE_UNITS = {"万": 10**4, "亿": 10**8}
CHINESE_NUMERAL_CHARS = "".join(CHINESE_DIGITS) + "".join(_SMALL_UNITS) + "".join(_LARGE_UNITS)

# Thousands set apart by commas (`42,499`) or, as GB/T 15835 prints long numbers, by a thin or plain space (`1 200`,
# `12 500 000`)
DIGIT_GROUP_SPACES = " \u00a0\u2009\u202f"
_ARABIC = re.compile(rf"^\d{{1,3}}(?:(?:,\d{{3}})+|(?:[{DIGIT_GROUP_SPACES}]\d{{3}})+)(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_GROUPING = str.maketrans("", "", "," + DIGIT_GROUP_SPACES)
_FRACTION = re.compile(r"^(\d+)/(\d+)$")


def parse_arabic(text: str) -> float | None:
    """`42499`, `42,499`, `1 200`, `50.25` → float; anything else → None. Full-width digits are accepted."""
    text = text.translate(_FULLWIDTH)
    if not _ARABIC.match(text):
        return None
    return float(without_grouping(text))


def without_grouping(text: str) -> str:
    """The digits of `42,499` or `1 200` without their thousands marks."""
    return text.translate(_GROUPING)


def parse_fraction(text: str) -> float | None:
    """`1/5` → 0.2 (None for a zero denominator or a non-fraction)."""
    m = _FRACTION.match(text.translate(_FULLWIDTH))
    if not m or int(m.group(2)) == 0:
        return None
    return int(m.group(1)) / int(m.group(2))


def parse_chinese(text: str) -> float | None:
    """Chinese numerals → value: `十` 10, `十五` 15, `二十三` 23, `两千零五` 2005, `一万二千` 12000,
    `三亿五千万` 350000000, digit strings like `一〇三二` 1032. Malformed input → None."""
    if not text or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        return None
    if all(ch in CHINESE_DIGITS for ch in text):  # read digit by digit: 一〇三二
        if len(text) == 1:
            return float(CHINESE_DIGITS[text])
        return float("".join(str(CHINESE_DIGITS[ch]) for ch in text))
    total = 0  # completed 亿 groups
    section = 0  # completed 万 groups within the current 亿 group
    current = 0  # value below 万 being read
    digit: int | None = None
    last_small = 10**5  # small units must descend within a group: 千 > 百 > 十
    last_large = 10**9
    for ch in text:
        if ch in CHINESE_DIGITS:
            if digit is not None and CHINESE_DIGITS[ch] != 0:
                return None  # two digits in a row with no unit: 二三十 is not a number
            digit = CHINESE_DIGITS[ch]
            if digit == 0:
                digit = None
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if unit >= last_small:
                return None
            if digit is None:
                if ch != "十" or current:  # bare 十 is 10; bare 百 or 零十 is not written
                    if ch == "十" and current:
                        digit = 1  # 一百一十 written as 一百十 occasionally
                    else:
                        return None
                else:
                    digit = 1
            current += digit * unit
            digit, last_small = None, unit
        else:  # 万 or 亿
            unit = _LARGE_UNITS[ch]
            if unit >= last_large:
                return None
            group = current + (digit or 0)
            if group == 0 and section == 0:
                return None
            if unit == 10**8:
                total += (section + group) * unit
                section = 0
            else:
                section += group * unit
            current, digit, last_small, last_large = 0, None, 10**5, unit
    return float(total + section + current + (digit or 0))


_FULLWIDTH = str.maketrans("０１２３４５６７８９，．／", "0123456789,./")
