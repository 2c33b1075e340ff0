"""Word-list lookups the extractors' rules make per quote and per figure, by hash instead of by scan.

The rules ask "which word of this list does the term end with?" (`next((h for h in heads if
term.endswith(h)), None)`) and "does any of these patterns match?" thousands of times per page, each
time walking a list of tens of words or patterns in Python. `first_suffix` answers the first question
with one dictionary lookup per distinct word length, and `one_pattern` folds a tuple of patterns into
one alternation that the regex engine scans once; both give the answer the scan gives, in the list's
own order (tests/test_suffixes.py compares them).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from tasks.extract.gates import GateError, endings, ends_at_dollar, openings

# id(words) → (words, first index of each word, the distinct lengths longest first of the words ending in each last
# character, whether the words run longest first, all distinct lengths when the list holds the empty word, else
# None); the tuple itself is kept so that its id cannot be reused while the entry lives
_Index = tuple[tuple[str, ...], dict[str, int], dict[str, tuple[int, ...]], bool, tuple[int, ...] | None]
_INDEXES: dict[int, _Index] = {}


def _index(words: tuple[str, ...]) -> _Index:
    first: dict[str, int] = {}
    for i, word in enumerate(words):
        first.setdefault(word, i)
    # (most cue lists are sorted longest first: then the first word found, longest length first, is the first in
    # the list's order, since every word of a length comes before every shorter word)
    longest_first = all(len(a) >= len(b) for a, b in itertools.pairwise(words))
    # (a text can only end with the words that end in its last character: most texts end in a character no word of
    # the list ends in, and are answered by one look-up)
    by_last: dict[str, set[int]] = {}
    for word in first:
        if word:
            by_last.setdefault(word[-1], set()).add(len(word))
    lengths_by_last = {ch: tuple(sorted(lengths, reverse=True)) for ch, lengths in by_last.items()}
    every_length = tuple(sorted({len(w) for w in words}, reverse=True)) if "" in first else None
    entry = (words, first, lengths_by_last, longest_first, every_length)
    if len(_INDEXES) > 4096:  # lists built per call (not the cached cue lists) must not pile up
        _INDEXES.clear()
    _INDEXES[id(words)] = entry
    return entry


def first_suffix(text: str, words: tuple[str, ...], proper: bool = False) -> str | None:
    """The first of `words` (in their order) that `text` ends with, or None:
    `next((w for w in words if text.endswith(w)), None)`; with `proper`, only words shorter than
    `text` (`… if text.endswith(w) and len(text) > len(w)`). Asked ~100 times per page, so the
    index is read inline, only the lengths of the words ending in the text's last character are tried, and a list
    sorted longest first stops at its first hit."""
    entry = _INDEXES.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _index(words)
    _, first, lengths_by_last, longest_first, every_length = entry
    if every_length is not None:
        lengths = every_length  # (the empty word ends every text: every length is tried, as before)
    elif not text:
        return None
    else:
        lengths = lengths_by_last.get(text[-1], ())
        if not lengths:
            return None
    n = len(text) - 1 if proper else len(text)
    best = -1
    for length in lengths:
        if length > n:
            continue
        i = first.get(text[len(text) - length :] if length else "")
        if i is not None:
            if longest_first:
                return words[i]
            if best < 0 or i < best:
                best = i
    return words[best] if best >= 0 else None


_JOINED: dict[int, tuple[tuple[re.Pattern[str], ...], re.Pattern[str]]] = {}


def one_pattern(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of `patterns` does (`any(p.search(s) for p in patterns)` is
    `one_pattern(patterns).search(s) is not None`). The parts must not refer to groups by number and
    must share their flags."""
    entry = _JOINED.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        flags = {p.flags for p in patterns}
        if len(flags) > 1 or any(re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in patterns):
            raise ValueError("patterns with different flags or numbered back-references cannot be joined")
        joined = re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!)", flags.pop() if flags else 0)
        if len(_JOINED) > 256:
            _JOINED.clear()
        entry = _JOINED[id(patterns)] = (patterns, joined)
    return entry[1]


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Can `pattern` match only at the start of a text: it opens with `^` (no MULTILINE) and has no `|` outside its
    groups and classes (`^a|b` would match `b` anywhere)?"""
    text = pattern.pattern
    if not text.startswith("^") or pattern.flags & re.MULTILINE:
        return False
    depth, i, in_class = 0, 1, False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 if text[i + 1 : i + 2] == "^" else 0
            i += 1 if text[i + 1 : i + 2] == "]" else 0  # (a `]` first in a class is literal)
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
        i += 1
    return True


# id(patterns) → (patterns, the anchored ones, the others, each pattern's `match` (anchored) or `search`
# method, the few patterns to try by a text's first and last characters, each pattern's gates); see `matches_any`
_SPLIT: dict[int, tuple[Any, ...]] = {}
# the patterns' texts and flags → (first, last) character → the indices of the patterns to try (None: too many, the
# joined patterns are asked), a pure function of the texts kept across `clear_caches` (which compiles the cue lists'
# pattern tuples again)
_TRIED_BY_CHARS: dict[tuple[tuple[str, int], ...], dict[tuple[str, str], tuple[int, ...] | None]] = {}


# (pattern, flags) → its gates: read once per process (the cue lists' patterns are compiled again after every
# `clear_caches`, and reading a parse tree costs ~0.1 ms a pattern)
_GATES: dict[tuple[str, int], tuple[frozenset[str] | None, frozenset[str] | None]] = {}


def _gates(pattern: re.Pattern[str], anchored: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    key = (pattern.pattern, pattern.flags)
    if key not in _GATES:
        _GATES[key] = _read_gates(pattern, anchored)
    return _GATES[key]


def _read_gates(pattern: re.Pattern[str], anchored: bool) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The characters a text must open and end with for `pattern` to match it (None: any). An anchored pattern's match
    opens the text, so the text opens with a character its matches open with; a pattern whose last part is `$` ends
    the text or stands before a newline that ends it, so the text ends with a character its matches end with (the
    newline among them). Both are read off the parse tree by tasks/extract/gates.py."""
    first = last = None
    # (a multi-line or case-insensitive pattern, or one that can open or end with anything, has no gate at that end)
    try:
        opens = openings(pattern) if anchored else ()
        if opens and "" not in opens:
            first = frozenset(w[0] for w in opens)
    except GateError:
        pass
    try:
        ends = endings(pattern) if ends_at_dollar(pattern) else ()
        if ends and "" not in ends:
            last = frozenset(w[-1] for w in ends)
    except GateError:
        pass
    return first, last


def _tried(gates: tuple[Any, ...], first: str, last: str) -> tuple[int, ...] | None:
    """The indices of the patterns whose `gates` admit a text opening with `first` and ending with `last`, in the
    patterns' order; None when more than `_FEW_TRIED` are admitted (the joined patterns are then the cheaper)."""
    admitted = [
        i
        for i, (opens, ends) in enumerate(gates)
        if (opens is None or first in opens) and (ends is None or last in ends)
    ]
    return tuple(admitted) if len(admitted) <= _FEW_TRIED else None


_FEW_TRIED = 6


def matches_any(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """`any(p.search(text) for p in patterns)`, i.e. `one_pattern(patterns).search(text) is not None`, asked as two
    joined patterns: those anchored at the start (`^…`, most of brands.toml's generic patterns) tried at the start
    only, where the one joined pattern tries every alternative at every character (half the time on quoted terms).
    Where the patterns' gates (`_gates`) admit only a few of them for the text's first and last characters (most
    terms: 3 or 4 of brands.toml's 131), those few are tried one by one instead: a pattern its gate leaves out cannot
    match the text."""
    entry = _SPLIT.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        kinds = tuple(_anchored(p) for p in patterns)
        anchored = tuple(p for p, a in zip(patterns, kinds, strict=True) if a)
        free = tuple(p for p, a in zip(patterns, kinds, strict=True) if not a)
        methods = tuple(p.match if a else p.search for p, a in zip(patterns, kinds, strict=True))
        gates = tuple(_gates(p, a) for p, a in zip(patterns, kinds, strict=True))
        by_ends = _TRIED_BY_CHARS.setdefault(tuple((p.pattern, p.flags) for p in patterns), {})
        if len(_SPLIT) > 256:
            _SPLIT.clear()
        if len(_TRIED_BY_CHARS) > 256:
            _TRIED_BY_CHARS.clear()
        entry = _SPLIT[id(patterns)] = (patterns, anchored, free, methods, by_ends, gates)
    if text:
        by_ends = entry[4]
        key = (text[0], text[-1])
        tried = by_ends.get(key, False)
        if tried is False:
            if len(by_ends) > 1 << 16:  # (pairs of characters: bounded, though a page meets a few hundred)
                by_ends.clear()
            tried = by_ends[key] = _tried(entry[5], *key)
        if tried is not None:
            methods = entry[3]
            for i in tried:  # noqa: SIM110  (a generator for `any` costs more than the few tries)
                if methods[i](text) is not None:
                    return True
            return False
    # (joined when first asked: most texts are answered by the few patterns their gates admit)
    return one_pattern(entry[1]).match(text) is not None or one_pattern(entry[2]).search(text) is not None
