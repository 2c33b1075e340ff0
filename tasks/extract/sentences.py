"""Sentence spans of a body, as (start, end) character offsets, so every extracted row can point back.

A sentence ends after 。！？；(and their ASCII and small-form variants) or at a paragraph break; a
closing quote right after the stop belongs to the sentence. Offsets index `articles.body` directly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

_END = re.compile(r"[。！？；;﹔!?]+[”」』\"]?|\n")


@dataclass(frozen=True, slots=True)
class Sentences:
    body: str
    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]

    def at(self, offset: int) -> tuple[int, int]:
        """The span containing `offset` (the last one when past the end)."""
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.spans[i]


@lru_cache(maxsize=512)
def split_sentences(body: str) -> Sentences:
    """Sentence spans; cached, since the extractors of one article each ask for them (facts, brands).

    A batch is derived stage by stage (tasks/tables.py): the facts of every article, then the brands
    of every article, so the brands stage asks for a body a whole batch after the facts stage did. The
    cache holds more bodies than a batch (200 by default) so that the second ask is a hit."""
    spans = []
    start = 0
    for m in _END.finditer(body):
        end = m.end() if m.group() != "\n" else m.start()
        if body[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if body[start:].strip():
        spans.append((start, len(body)))
    spans = spans or [(0, len(body))]
    return Sentences(body, tuple(spans), tuple(s for s, _ in spans))
