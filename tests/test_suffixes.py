"""The hash lookups behind the extractors' word-list rules answer as the scans they replace: the first
word of a list a term ends with (in the list's order), and whether any of a tuple of patterns matches."""

from __future__ import annotations

import random
import re

import pytest

from tasks.extract.brands import cues, generic_kinds
from tasks.extract.suffixes import first_suffix, matches_any, one_pattern


def _scan(text: str, words: tuple[str, ...], proper: bool = False) -> str | None:
    return next((w for w in words if text.endswith(w) and (not proper or len(text) > len(w))), None)


def _word_lists() -> list[tuple[str, ...]]:
    lists = [v for obj in (cues(), generic_kinds()) for v in vars(obj).values() if isinstance(v, tuple)]
    lists = [v for v in lists if v and all(isinstance(w, str) for w in v)]
    unsorted = ("会", "议事会", "理事会", "事会", "", "会")  # unsorted, with a repeat and the empty word
    return [*lists, unsorted]


def _terms(words: tuple[str, ...], rnd: random.Random) -> list[str]:
    """Each word, each word with characters before it, tails of words, and random text."""
    alphabet = "".join({ch for w in words for ch in w}) or "字"
    terms = [w for w in words] + [rnd.choice(alphabet) + w for w in words] + [w[1:] for w in words]
    terms += ["".join(rnd.choices(alphabet, k=rnd.randint(0, 6))) for _ in range(200)]
    return terms


@pytest.mark.parametrize("proper", [False, True])
def test_first_suffix_answers_as_the_scan_on_the_cue_lists(proper: bool) -> None:
    rnd = random.Random(5)
    checked = 0
    for words in _word_lists():
        for term in _terms(words, rnd):
            assert first_suffix(term, words, proper) == _scan(term, words, proper), (term, words[:5])
            checked += 1
    assert checked > 1000


def test_first_suffix_keeps_the_lists_order_not_the_longest() -> None:
    assert first_suffix("居民议事会", ("会", "议事会")) == "会"
    assert first_suffix("居民议事会", ("议事会", "会")) == "议事会"
    assert first_suffix("议事会", ("议事会", "会"), proper=True) == "会"
    assert first_suffix("", ("会",)) is None
    assert first_suffix("会", ()) is None


def test_one_pattern_matches_where_any_of_its_parts_does() -> None:
    patterns = generic_kinds().patterns
    joined = one_pattern(patterns)
    assert one_pattern(patterns) is joined  # joined once per tuple
    rnd = random.Random(3)
    samples = [p.pattern for p in patterns]  # the patterns' own text often matches them
    # sorted: a set's order follows the hash seed, and with it the samples (the bound below once failed on one seed)
    alphabet = "".join(sorted({ch for p in samples for ch in p if "\u4e00" <= ch <= "\u9fff"}))
    samples += ["".join(rnd.choices(alphabet, k=rnd.randint(1, 8))) for _ in range(3000)]
    hits = 0
    for text in samples:
        expected = any(p.search(text) for p in patterns)
        assert (joined.search(text) is not None) == expected, text
        hits += expected
    assert 5 <= hits < len(samples) - 100  # the samples reach both answers
    assert one_pattern(()).search("任何") is None


def test_matches_any_answers_as_the_scan() -> None:
    """The anchored patterns tried at the start only, the others searched: the same answer as every pattern searched."""
    tricky = (
        re.compile("^红|蓝"),  # a top-level alternative is not anchored
        re.compile("^[|(]绿"),  # `|` and `(` inside a class
        re.compile(r"^\(黄|紫\)"),  # escaped brackets: the `|` is at the top level
        re.compile("^(?:白|黑)灰"),
        re.compile("橙$"),
    )
    texts = ["红", "一红", "蓝", "一蓝", "|绿", "一(绿", "(黄", "一紫)", "白灰", "一黑灰", "橙", "一橙", "一\n青", "字"]
    for text in texts:
        assert matches_any(tricky, text) == any(p.search(text) for p in tricky), text
    multiline = (re.compile("^青", re.MULTILINE), re.compile("^蓝$", re.MULTILINE))  # after any line break too
    assert matches_any(multiline, "一\n青") and matches_any(multiline, "蓝\n") and not matches_any(multiline, "一青")
    patterns = generic_kinds().patterns
    rnd = random.Random(7)
    samples = [p.pattern for p in patterns]
    alphabet = "".join(sorted({ch for p in samples for ch in p if "\u4e00" <= ch <= "\u9fff"}))
    samples += ["".join(rnd.choices(alphabet, k=rnd.randint(1, 8))) for _ in range(3000)]
    samples += [rnd.choice(alphabet) + text for text in samples[: len(patterns)]]  # a pattern's text, not at the start
    hits = 0
    for text in samples:
        expected = any(p.search(text) for p in patterns)
        assert matches_any(patterns, text) == expected, text
        hits += expected
    assert 5 <= hits < len(samples) - 100
    assert not matches_any((), "任何")


def test_patterns_that_cannot_be_joined_are_refused() -> None:
    with pytest.raises(ValueError, match="cannot be joined"):
        one_pattern((re.compile(r"(红)\1"), re.compile("蓝")))
    with pytest.raises(ValueError, match="cannot be joined"):
        one_pattern((re.compile("红", re.IGNORECASE), re.compile("蓝")))


def test_matches_any_gates_admit_every_text_a_pattern_matches() -> None:
    """The few patterns `matches_any` tries by a text's first and last characters: every text generated from a
    pattern's parse tree that the pattern matches (at the start, or anywhere, as `search` asks), with characters or a
    newline around it, is found by `matches_any` as by the scan of every pattern."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    from tasks.extract.brands import plain_forms
    from tests.regex_samples import samples

    for patterns in (generic_kinds().patterns, plain_forms().always):
        checked = 0
        for pattern in patterns:
            generated = samples(list(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.flags)
            for sample in generated:
                for text in (sample, "红" + sample, sample + "队", sample + "\n", "\n" + sample, sample[1:]):
                    assert matches_any(patterns, text) == any(p.search(text) for p in patterns), (text, pattern)
                    checked += pattern.search(text) is not None
        assert checked > 2 * len(patterns)  # (most patterns matched by several texts: the test proves something)
