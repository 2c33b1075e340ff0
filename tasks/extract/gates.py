"""Cheap gates read off a rule's compiled pattern, so that a gate and its pattern cannot drift apart.

A rule module asks a cheap string test before a regex search where most texts fail the search: the words a `…$`
pattern must end with (`before.endswith(_JOINED_CAMPAIGN_ENDS)`), the characters a `^…` pattern must open with
(`after[:1] in _METHOD_AFTER_FIRST`). Written by hand, such a gate repeats the pattern's words, and a word later
added to the pattern but not to the gate would silently never match. So every gate is *derived* from the pattern
it guards, once at import: `endings(_JOINED_CAMPAIGN)` reads the words from the pattern's parse tree
(`re._parser`, the parser `re.compile` itself runs), and the pattern stays written as the rule reads best. This is
the one way a gate is written in tasks/extract (docs/development.md); tests/test_gates.py checks, for every gate
derived here, that it admits every string its pattern can match (strings generated from the same parse tree), and
that no module keeps a gate by hand.

What a derivation promises: every match of the pattern opens (`openings`) or ends (`endings`) with one of the
words, a superset that may admit more than the pattern matches, never less. The words come from the last (first)
part of the pattern every match must pass through, widened with the optional parts around it (`(?:好|了)?$` adds
好 and 了 to the words before it) and lengthened over the fixed words next to it (`这(?:个|一|些)` gives 这个, 这一,
这些); lookarounds and anchors take no characters and are passed over. A `$` also matches before a newline that
ends the text, so `"\\n"` is among the endings of a pattern ending in `$`: one word more, where a newline after
each word (`好\\n`) would be exact but double the words an `endswith` tries at every quote (~18 ns a word).
A pattern no gate can be read from (it can end in any character: `[^，。]{0,8}$`) raises `GateError` at import,
as does a case-insensitive, multi-line or ASCII-only one (their matches are not what the parse tree's literals
say).

The parser is private to `re` (3.11's `re._parser`, `sre_parse` before): the tests run the derivations over every
registered pattern, so a Python whose parse tree changed fails them instead of gating wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Literal

# A character class larger than this is no use as a gate (it admits almost every text) and is not enumerated;
# Unicode's decimal digits (`\d`, 660 characters) stay under it.
MAX_CLASS_CHARS = 1024
# The most words a gate holds after lengthening over fixed words (a gate is scanned word by word).
MAX_GATE_WORDS = 64

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
# What `\s` and `\d` match in a str pattern (sre's Unicode categories: str.isspace, str.isdecimal)
# (the parser writes them CATEGORY_SPACE and CATEGORY_DIGIT; an ASCII-only pattern is refused by `_items`)
_CATEGORY_TESTS = {sre.CATEGORY_SPACE: str.isspace, sre.CATEGORY_DIGIT: str.isdecimal}
# Unicode's spaces and decimal digits all stand in its first two planes: scanning those, not all 17, costs 0.02
# instead of 0.12 s at import (tests/test_gates.py checks the two scans agree on this Python)
CATEGORY_SCAN_END = 0x20000


class GateError(ValueError):
    """No gate can be read from the pattern at the asked end."""


@dataclass(frozen=True)
class Derived:
    """One derivation, kept for tests/test_gates.py: the pattern, the end read and the gate's words."""

    pattern: re.Pattern[str]
    end: Literal["opening", "ending"]
    words: tuple[str, ...]
    skip: int = 0


# Every gate derived since import, in order (tests/test_gates.py checks each against its pattern)
DERIVED: list[Derived] = []


def openings(pattern: re.Pattern[str], skip: int = 0) -> tuple[str, ...]:
    """The words every match of `pattern` opens with (after its first `skip` characters, when every match's first
    `skip` characters are one fixed-width part: `^[^\\W]{2}(?=方式|办法)` with skip=2 gives 方式, 办法)."""
    items = _items(pattern)
    if skip:
        items = _skipped(items, skip)
    words = _sorted(_seq_words(items, forward=True))
    DERIVED.append(Derived(pattern, "opening", words, skip))
    return words


def endings(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The words every match of `pattern` ends with; `"\\n"` among them when the pattern ends in `$`."""
    items = _items(pattern)
    words = _seq_words(items, forward=False)
    if _ends_in_dollar(items):
        words = words | {"\n"}  # (`$` also matches before a newline that ends the text)
    found = _sorted(words)
    DERIVED.append(Derived(pattern, "ending", found))
    return found


def first_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters every match of `pattern` opens with (a set: `""`, an empty text's first, is in none)."""
    return frozenset(w[0] for w in openings(pattern))


def last_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """The characters every match of `pattern` ends with (`"\\n"` among them when the pattern ends in `$`)."""
    return frozenset(w[-1] for w in endings(pattern))


def char_class(chars: frozenset[str]) -> str:
    """A regex class matching exactly `chars` (`[\\d一二…]`): every Unicode decimal digit or space among them is
    written `\\d` or `\\s`, which sre tests as one category, where 660 listed digits (some past U+FFFF, which its
    bitmap classes cannot hold) would be tried one by one, a lookahead class asked at every character of a text."""
    rest = set(chars)
    parts = []
    for category, escape in ((sre.CATEGORY_DIGIT, r"\d"), (sre.CATEGORY_SPACE, r"\s")):
        members = category_chars(category)
        if members <= rest:
            parts.append(escape)
            rest -= members
    if not parts and not rest:
        raise GateError("an empty class")
    return "[" + "".join(parts) + re.escape("".join(sorted(rest))) + "]"


def _sorted(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _items(pattern: re.Pattern[str]) -> list:
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.ASCII):
        raise GateError(f"{pattern.pattern!r}: a case-insensitive, multi-line or ASCII pattern is not gated here")
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def ends_in_dollar(pattern: re.Pattern[str]) -> bool:
    """Whether a match of `pattern` may end before a newline that ends the text (its last part is a `$`)."""
    return _ends_in_dollar(_items(pattern))


def ends_at_dollar(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` ends where the text ends, or before a newline that ends it: its last part, at
    the top level, is `$` (stricter than `ends_in_dollar`, which a `$` in one branch satisfies)."""
    items = _items(pattern)
    return bool(items) and items[-1] == (sre.AT, sre.AT_END)


def _ends_in_dollar(items: list) -> bool:
    """Whether the last consuming part is followed by `$` (so a match may end before a final newline)."""
    for op, av in reversed(items):
        if op is sre.AT:
            if av is sre.AT_END:
                return True
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.SUBPATTERN:
            return _ends_in_dollar(list(av[3]))
        if op is sre.BRANCH:
            return any(_ends_in_dollar(list(b)) for b in av[1])
        return False
    return False


def _skipped(items: list, skip: int) -> list:
    """The parts after the first `skip` characters, which must be fixed-width parts (zero-width ones passed)."""
    at = 0
    for i, item in enumerate(items):
        if skip == 0:
            return items[i:]
        low, high = sre_parse.SubPattern(sre_parse.State(), [item]).getwidth()
        if low != high:
            raise GateError(f"{item}: a part of varying width before the skipped characters' end")
        if low > skip:
            raise GateError(f"{item}: a part across the skipped characters' end")
        skip -= low
        at = i + 1
    if skip:
        raise GateError("the pattern is shorter than the characters skipped")
    return items[at:]


def _class_chars(av: list) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, arg in av:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE:
            if arg[1] - arg[0] >= MAX_CLASS_CHARS:
                return None
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is sre.CATEGORY and arg in _CATEGORY_TESTS:
            chars |= category_chars(arg)
        else:
            return None  # a negated class, `\w`, `\W`…: too many characters to be a gate
    return frozenset(chars) if len(chars) <= MAX_CLASS_CHARS else None


@cache
def category_chars(category: object, scan_end: int = CATEGORY_SCAN_END) -> frozenset[str]:
    """The characters of a class category (`\\s`, `\\d`), enumerated once, when a pattern's gate needs them."""
    test = _CATEGORY_TESTS[category]
    return frozenset(ch for ch in map(chr, range(scan_end)) if test(ch))


def _min_width(item: tuple) -> int:
    return sre_parse.SubPattern(sre_parse.State(), [item]).getwidth()[0]


def _language(item: tuple) -> frozenset[str] | None:
    """Every string `item` can match, when they are few and none is empty (a fixed word or a choice of them)."""
    op, av = item
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:
        chars = _class_chars(av)
        return chars if chars is not None and len(chars) <= MAX_GATE_WORDS else None
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            return None  # a group with flags of its own
        return _seq_language(list(av[3]))
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            words = _seq_language(list(branch))
            if words is None:
                return None
            found |= words
        return frozenset(found) if len(found) <= MAX_GATE_WORDS else None
    return None


def _seq_language(items: list) -> frozenset[str] | None:
    words = frozenset({""})
    for item in items:
        part = _language(item)
        if part is None:
            return None
        words = frozenset(a + b for a in words for b in part)
        if len(words) > MAX_GATE_WORDS:
            return None
    return words if "" not in words else None


def _item_words(item: tuple, forward: bool) -> frozenset[str]:
    """The words every match of one part opens (forward) or ends with."""
    op, av = item
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:
        chars = _class_chars(av)
        if chars is None:
            raise GateError(f"{item}: a class too wide to gate on")
        return chars
    if op is sre.SUBPATTERN:
        if av[1] or av[2]:
            raise GateError(f"{item}: a group with flags of its own")
        return _seq_words(list(av[3]), forward)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            found |= _seq_words(list(branch), forward)
        return frozenset(found)
    if op in _REPEATS:
        return _seq_words(list(av[2]), forward)
    raise GateError(f"{item}: no words to gate on")


def _seq_words(items: list, forward: bool) -> frozenset[str]:
    """The words every match of a sequence of parts opens (forward) or ends with.

    Walking from that end: an optional part's words are added and the walk goes on; the first part every match
    passes through gives its words, lengthened over the fixed words next to it while they stay few. A lookahead
    met opening-wards bounds what the text holds there as that part would (`(?=方式|办法)`)."""
    order = list(range(len(items))) if forward else list(range(len(items) - 1, -1, -1))
    found: set[str] = set()
    for n, i in enumerate(order):
        op, av = items[i]
        if forward and op is sre.ASSERT and av[0] == 1:
            return frozenset(found | _seq_words(list(av[1]), forward))
        if op in _ZERO_WIDTH:
            continue
        words = _item_words(items[i], forward)
        if _min_width(items[i]) == 0:
            found |= {w for w in words if w}
            continue
        whole = _language(items[i])  # every string the part matches, when it is a fixed word or a few
        if whole is not None:
            words = _lengthened(whole, items, order[n + 1 :], forward)
        return frozenset(found | words)
    raise GateError("every part of the pattern can match an empty string: no words to gate on")


def _lengthened(words: frozenset[str], items: list, rest: list[int], forward: bool) -> frozenset[str]:
    for i in rest:
        part = _language(items[i])
        if part is None:
            break
        longer = frozenset((w + p) if forward else (p + w) for w in words for p in part)
        if len(longer) > MAX_GATE_WORDS:
            break
        words = longer
    return words
