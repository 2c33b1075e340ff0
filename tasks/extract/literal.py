"""Where a literal word occurs in a text, without a pattern compiled for it.

Why: `re.finditer(re.escape(word), text)` compiles a pattern for every new word (quoted terms, county stems,
counts met once on a page), and that compile costs more than the scan; on a worker's stream of unseen pages
`re`'s own cache of 512 patterns keeps missing. `str.find` gives the same spans.
"""

from __future__ import annotations

import re


def occurrences(text: str, word: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of `word` in `text` from `start`, left to right, without overlaps: the spans
    `re.finditer(re.escape(word), text[start:])` gives, shifted by `start`. An empty word matches at
    every position, as the pattern does."""
    if not word:
        return [(start + m.start(), start + m.end()) for m in re.finditer("", text[start:])]
    spans = []
    at = text.find(word, start)
    while at != -1:
        spans.append((at, at + len(word)))
        at = text.find(word, at + len(word))
    return spans
