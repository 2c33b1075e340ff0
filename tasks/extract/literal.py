"""Where a literal word occurs in a text, without a pattern compiled for it; which of a text's spans holds an offset.

Why: `re.finditer(re.escape(word), text)` compiles a pattern for every new word (quoted terms, county stems,
counts met once on a page), and that compile costs more than the scan; on a worker's stream of unseen pages
`re`'s own cache of 512 patterns keeps missing. `str.find` gives the same spans.
"""

from __future__ import annotations

import bisect
import re
import sys

# A formula's plus sign, half or full width (`“1+N”`, `专家＋居民`): the one pattern facts and brands split on.
PLUS_SIGN = re.compile("[+＋]")


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


def span_at(offset: int, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The span of `spans` (in order and apart: a regex's matches, merged spans) that holds `offset`
    (`start <= offset < end`), found by bisection, or None. Facts ask for a span that holds an offset past its
    start, brands for any span: both read the one span found here."""
    i = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return spans[i] if i >= 0 and offset < spans[i][1] else None
