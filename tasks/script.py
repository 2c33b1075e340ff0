"""Traditional → simplified, decided per page.

Only a small share of pages are traditional (mirrors), so detection counts characters that exist
only in traditional script (from OpenCC's own TSCharacters table) and converts only pages above a
threshold.

Conversion gives exactly what ``opencc.OpenCC("t2s").convert`` gives (opencc-python-reimplemented,
same dictionary files), 30-60x faster (9-13 M chars/s against ~0.2 M chars/s on the traditional
seed pages). What that converter does, read from its source:

* the text is split at separators (whitespace runs and a fixed set of punctuation); separators are
  copied unchanged and every piece between them is converted on its own;
* in a piece, TSPhrases is applied first: the longest phrase occurring anywhere in the piece wins
  (the leftmost among equally long ones), it becomes its value's first candidate, and the text to
  its left and to its right is treated the same way, recursively;
* what no phrase covered is then converted character by character with TSCharacters (first
  candidate; characters without an entry pass through); converted text is never looked at again.

Picking, recursively, the longest-then-leftmost phrase inside each remaining stretch is the same
as taking all phrase occurrences in order (longest first, then leftmost) and keeping each one that
overlaps none kept before: a stretch's choice depends only on the occurrences inside it. Phrases
that contain a separator can never match and separators are never converted, so this can run over
the whole text at once. The fast path is used only when the loaded dictionaries have the shape
this relies on (checked when the tables are built); otherwise the package's converter is used.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

from tasks.charclass import CharClass, codepoints

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

TRADITIONAL_SHARE = 0.05  # seeds: traditional pages ~0.36, simplified pages 0.0


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        if trad and trad not in simp.split():
            chars.add(trad)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    converter = opencc.OpenCC("t2s")
    converter.convert("")  # loads the dictionaries
    return converter


class _Tables:
    """The t2s dictionaries as loaded by the package itself, reshaped for the fast path."""

    def __init__(self, chars: dict[int, str], phrases: dict[str, str], lengths: dict[str, tuple[int, ...]]) -> None:
        self.chars = chars  # str.translate table: code point → first candidate
        # The same for text without astral characters as a tuple indexed by code point rather than a
        # dict (about 3x faster, ~3 MB): identity up to the last BMP key; str.translate leaves a
        # character past the end unchanged (IndexError is a LookupError).
        last = max((cp for cp in chars if cp <= 0xFFFF), default=-1)
        self.bmp = tuple(chars.get(cp, chr(cp)) for cp in range(last + 1))
        self.phrases = phrases  # phrase → first candidate
        self.lengths = lengths  # first character → phrase lengths starting with it, longest first
        # where a phrase may start: its first character, followed by a possible second one
        first = "[" + "".join(re.escape(ch) for ch in sorted(lengths)) + "]"
        second = "(?=[" + "".join(re.escape(ch) for ch in sorted({key[1] for key in phrases if len(key) > 1})) + "])"
        single = any(len(key) == 1 for key in phrases)
        self.starts = re.compile((first if single else first + second) if phrases else "(?!)")


def _first(value: str) -> str:
    return value.split(" ")[0]  # as the package picks among several candidates


@lru_cache(maxsize=1)
def _tables() -> _Tables | None:
    """None when the loaded dictionaries are not of the shape the fast path is proved equal for."""
    converter = _converter()
    chain = converter._dict_chain_data
    if len(chain) != 1 or not isinstance(chain[0], list) or len(chain[0]) != 2:
        return None  # t2s is one group: TSPhrases then TSCharacters
    (_, _, phrase_map), (_, _, char_map) = chain[0]
    separator = converter.split_chars_re
    if any(not key or not _first(value) for table in (phrase_map, char_map) for key, value in table.items()):
        return None  # an empty key or an empty first candidate behaves differently in the package
    if any(len(key) != 1 for key in char_map):
        return None
    chars = {ord(key): _first(value) for key, value in char_map.items() if not separator.search(key)}
    phrases = {key: _first(value) for key, value in phrase_map.items() if not separator.search(key)}
    lengths: dict[str, set[int]] = {}
    for key in phrases:
        lengths.setdefault(key[0], set()).add(len(key))
    return _Tables(chars, phrases, {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()})


def _t2s(text: str) -> str:
    tables = _tables()
    if tables is None:
        return _converter().convert(text)
    phrases, lengths = tables.phrases, tables.lengths
    table = tables.chars if _ASTRAL.search(text) else tables.bmp
    size = len(text)
    found: list[tuple[int, int]] = []  # (-length, start) of every phrase occurrence
    for match in tables.starts.finditer(text):
        start = match.start()
        for length in lengths[text[start]]:
            if start + length <= size and text[start : start + length] in phrases:  # a slice may be cut short
                found.append((-length, start))
    if not found:
        return text.translate(table)
    found.sort()
    taken = bytearray(size)
    kept: list[tuple[int, int]] = []
    for neg_length, start in found:
        end = start - neg_length
        if taken.find(1, start, end) < 0:
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end))
    kept.sort()
    out: list[str] = []
    done = 0
    for start, end in kept:
        out.append(text[done:start].translate(table))
        out.append(phrases[text[start:end]])
        done = end
    out.append(text[done:].translate(table))
    return "".join(out)


@lru_cache(maxsize=1)
def _classes() -> tuple[CharClass, CharClass]:
    return CharClass(ranges=[("\u4e00", "\u9fff")]), CharClass(_traditional_only())


def traditional_share(text: str) -> float:
    """Traditional-only characters per Han character (U+4E00-U+9FFF); 0 for text without Han."""
    han_chars, traditional = _classes()
    points = codepoints(text)
    han = han_chars.count(points)
    return traditional.count(points) / han if han else 0.0


def detect_script(text: str, sample_chars: int = 4000) -> str:
    """A page's script from its first few thousand characters (plenty: scripts do not mix by page)."""
    return "traditional" if traditional_share(text[:sample_chars]) >= TRADITIONAL_SHARE else "simplified"


def to_simplified(lines: list[str]) -> list[str]:
    """Convert line by line joined as one call (cheaper) while keeping the line structure."""
    converted = _t2s("\n".join(lines)).split("\n")
    if len(converted) != len(lines):  # a line holding "\n" itself; convert one by one rather than misalign
        converted = [_t2s(line) for line in lines]
    return converted
