"""Fast forms of character counts and residue checks give what the plain loops and regexes give."""

from __future__ import annotations

import random

import pytest

from contracts.base import HTML_MARKS, HTML_RESIDUE, PINYIN_MARKS, PINYIN_RESIDUE, free_of, han_share
from tasks import script
from tasks.charclass import CharClass, codepoints, spaces
from tests.conftest import SEEDS


def _naive_han_share(text: str) -> float:
    chars = [ch for ch in text if not ch.isspace()]
    if not chars:
        return 0.0
    return sum(1 for ch in chars if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf") / len(chars)


def _naive_traditional_share(text: str) -> float:
    trad = script._traditional_only()
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return sum(1 for ch in text if ch in trad) / han if han else 0.0


def _texts() -> list[str]:
    """Seed pages, their pieces, and random mixes of the awkward cases: astral characters,
    every kind of space, lone surrogates, range ends, empty and all-space texts."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    trad = sorted(script._traditional_only())
    alphabet = [
        *"\u4e00\u9fff\u3400\u4dbf\u4dff\u3399\ua000ab1,。「」",
        *(ch for ch in map(chr, range(0x3001)) if ch.isspace()),
        "\ud800",
        "\U00020000",
        "\U0010ffff",
        *trad[:50],
        *trad[-50:],
    ]
    rnd = random.Random(7)
    mixes = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 60))) for _ in range(300)]
    return ["", " \u3000\n", *seeds, *(s[i : i + 500] for s in seeds for i in range(0, len(s), 700)), *mixes]


@pytest.mark.parametrize("index", range(0, 360, 9))
def test_shares_equal_a_loop_over_characters(index: int) -> None:
    texts = _texts()
    for text in texts[index : index + 9]:
        assert han_share(text) == _naive_han_share(text)
        assert script.traditional_share(text) == _naive_traditional_share(text)


def test_spaces_are_what_isspace_says() -> None:
    every = "".join(map(chr, range(0x110000)))
    space = "".join(ch for ch in every if ch.isspace())
    assert spaces().count(space) == len(space) > 20
    assert spaces().count("".join(ch for ch in every if not ch.isspace())) == 0


def test_class_of_characters_and_ranges() -> None:
    cls = CharClass("ab𠀀", ranges=[("0", "9")])
    assert cls.count("a0b9x𠀀c5") == 6
    assert cls.count("") == 0
    assert cls.count(codepoints("zz")) == 0


def test_residue_checks_answer_as_the_bare_regex() -> None:
    """`free_of` skips the regex on texts without a mark: it must never change the answer."""
    pieces = ["党建", "共產(chǎn)黨", "(2019年)", "（小区）", "<p>", "</div >", "&nbsp;", "&amp", "a<5%", "ǎ", "(ā)"]
    rnd = random.Random(11)
    texts = ["".join(rnd.choices(pieces, k=rnd.randint(0, 8))) for _ in range(2000)]
    for pattern, marks in ((HTML_RESIDUE, HTML_MARKS), (PINYIN_RESIDUE, PINYIN_MARKS)):
        free = free_of(pattern, marks)
        assert [free(t) for t in texts] == [pattern.search(t) is None for t in texts]
        assert any(not free(t) for t in texts) and any(free(t) for t in texts)
