"""Counting the characters of a class in a text, the whole text at once.

Shares of Han or traditional-only characters are asked of every page (script detection) and of
every article (the `articles` contract). A Python loop over characters costs about 0.1 µs a
character, more than all other contract checks together. A text's code points as a numpy array
(one UTF-32 encode) and a lookup table indexed by code point count a class at C speed, with
exactly the answers of `sum(ch in chars for ch in text)`. Text by text, not a whole column joined:
a column's temporaries (tens of MB) cost more than they save. A regex character class is no
substitute: Python's `re` is slow on a class of thousands of characters, and counting matches
pays per match, i.e. per character for a class that most characters belong to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

_UNICODE = 0x110000


def codepoints(text: str) -> np.ndarray:
    """The text's code points, one per character (a lone surrogate counts as itself)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


class CharClass:
    """A fixed set of characters: single characters and inclusive ranges (a 1.1 MB table)."""

    def __init__(self, chars: Iterable[str] = (), ranges: Iterable[tuple[str, str]] = ()) -> None:
        self._table = np.zeros(_UNICODE, dtype=bool)
        for first, last in ranges:
            self._table[ord(first) : ord(last) + 1] = True
        points = [ord(ch) for ch in chars if len(ch) == 1]  # a longer key is never one character
        self._table[np.array(points, dtype=np.int64)] = True

    def count(self, text: str | np.ndarray) -> int:
        """Characters of the class in one text (or in code points from `codepoints`)."""
        points = codepoints(text) if isinstance(text, str) else text
        return int(np.count_nonzero(self._table[points]))


def every_character() -> str:
    """All code points, surrogates included, as one string (4.4 MB): tables are read off it by regex."""
    return np.arange(_UNICODE, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


@lru_cache(maxsize=1)
def spaces() -> CharClass:
    """What `str.isspace` accepts, i.e. the regex `\\s` (29 characters in Unicode 15)."""
    return CharClass(re.findall(r"\s", every_character()))
