"""Literal scans that replaced a pattern compiled per call give the pattern's answers (random strings
over the characters that matter: Han at both ends of the range, just outside it, digits, punctuation)."""

from __future__ import annotations

import random
import re

from tasks.extract.facts import _address_labelled, _given_with_modifier, _inside
from tasks.extract.literal import occurrences, span_at
from tasks.extract.regions import _stem_written

ALPHABET = "两家户企业个小区的一二aA1，。\u4e00\u9fff\u3400\uf900ｘ"


def _text(rnd: random.Random, longest: int) -> str:
    return "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, longest)))


def test_a_count_given_with_a_modifier_is_found_as_the_pattern_finds_it() -> None:
    rnd = random.Random(11)
    found = 0
    for _ in range(5_000):
        earlier, count, noun = _text(rnd, 30), _text(rnd, 3), _text(rnd, 3) or "户"
        expected = re.search(re.escape(count) + r"[\u4e00-\u9fff]{1,6}?" + re.escape(noun), earlier) is not None
        assert _given_with_modifier(earlier, count, noun) == expected, (earlier, count, noun)
        found += expected
    assert found > 100  # both answers were exercised
    assert _given_with_modifier("引进两家服饰加工企业，", "两家", "企业")
    assert not _given_with_modifier("引进两家服饰加工大型民营企业，", "两家", "企业")  # eight characters between


def test_a_words_occurrences_are_the_literal_patterns_matches() -> None:
    rnd = random.Random(12)
    for _ in range(5_000):
        text, word = _text(rnd, 30), _text(rnd, 3)
        start = rnd.randint(0, len(text))
        expected = [(start + m.start(), start + m.end()) for m in re.finditer(re.escape(word), text[start:])]
        assert occurrences(text, word, start) == expected, (text, word, start)
    assert occurrences("家家家家", "家家") == [(0, 2), (2, 4)]  # no overlaps, as finditer


def _spans(rnd: random.Random) -> list[tuple[int, int]]:
    """Spans in order and apart, as merged quotes or a regex's matches give them."""
    spans, at = [], 0
    for _ in range(rnd.randint(0, 6)):
        start = at + rnd.randint(0, 4)
        at = start + rnd.randint(1, 5)
        spans.append((start, at))
    return spans


def test_the_span_holding_an_offset_is_the_one_any_finds() -> None:
    rnd = random.Random(7)
    for _ in range(3_000):
        spans, offset = _spans(rnd), rnd.randint(-1, 40)
        holding = [(a, b) for a, b in spans if a <= offset < b]
        assert span_at(offset, spans) == (holding[0] if holding else None)
        assert span_at(offset, tuple(spans)) == span_at(offset, spans)  # brands pass a tuple
        # facts' `_inside`: past the span's opening mark
        assert _inside(offset, spans) == any(a < offset < b for a, b in spans)


def test_a_county_stem_is_written_as_the_pattern_found_it() -> None:
    rnd = random.Random(5)
    alphabet = "介休路街市道巷桥老城北关，。"
    for _ in range(3_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        stem = rnd.choice(("介休", "北关", "城"))
        expected = any(
            not re.match(r"[路街道巷桥]", text[m.end() : m.end() + 1]) for m in re.finditer(re.escape(stem), text)
        )
        assert _stem_written(text, stem) == expected, (text, stem)


def test_a_paragraph_break_ends_the_clause_an_address_label_opens() -> None:
    # review S: facts' two clause-break patterns are one; a line break now ends a clause here too
    assert _address_labelled("联系地址是上芬村东区3栋", 10)
    assert not _address_labelled("联系地址\n3栋", 5)
