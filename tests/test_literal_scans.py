"""Literal scans that replaced a pattern compiled per call give the pattern's answers (random strings
over the characters that matter: Han at both ends of the range, just outside it, digits, punctuation)."""

from __future__ import annotations

import random
import re

from tasks.extract.facts import _given_with_modifier
from tasks.extract.literal import occurrences

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
