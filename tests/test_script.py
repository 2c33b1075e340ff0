"""The fast traditional → simplified conversion gives exactly what opencc's own t2s converter gives."""

from __future__ import annotations

import itertools
import random
import string
from html.parser import HTMLParser
from pathlib import Path

import opencc
import pytest

from tasks import script
from tests.conftest import ROOT, SEEDS

SHARED_PAGES = ROOT.parent / "shared" / "fixtures" / "extraction" / "pages"


@pytest.fixture(scope="module")
def reference() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _dictionary(name: str) -> list[str]:
    path = Path(opencc.__file__).parent / "dictionary" / name
    return [line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _assert_same(reference: opencc.OpenCC, text: str) -> None:
    expected = reference.convert(text)
    assert script._t2s(text) == expected
    lines = text.split("\n")
    assert script.to_simplified(lines) == expected.split("\n")


def test_fast_path_is_in_use() -> None:
    """Equality below must come from the fast path, not from falling back to the package."""
    tables = script._tables()
    assert tables is not None
    assert len(tables.phrases) > 200 and len(tables.chars) > 4000


@pytest.mark.parametrize("name", sorted(_seed_texts()))
def test_seed_pages(reference: opencc.OpenCC, name: str) -> None:
    _assert_same(reference, _seed_texts()[name])


def test_seeds_include_traditional_pages() -> None:
    scripts = [script.detect_script(text) for text in _seed_texts().values()]
    assert scripts.count("traditional") >= 2


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        markup = raw.decode("utf-8")
    except UnicodeDecodeError:
        markup = raw.decode("gb18030", errors="replace")
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return "\n".join(line.strip() for line in "".join(parser.parts).splitlines() if line.strip())


@pytest.mark.skipif(not SHARED_PAGES.is_dir(), reason=f"{SHARED_PAGES} is not there (shared fixtures are optional)")
def test_shared_fixture_pages(reference: opencc.OpenCC) -> None:
    pages = sorted(SHARED_PAGES.glob("*.html"))
    assert pages
    to_traditional = opencc.OpenCC("s2t")
    for path in pages:
        text = _html_text(path)
        _assert_same(reference, text)
        _assert_same(reference, to_traditional.convert(text))


def test_simplified_seeds_made_traditional(reference: opencc.OpenCC) -> None:
    simplified = [text for text in _seed_texts().values() if script.detect_script(text) == "simplified"]
    assert simplified
    for conversion in ("s2t", "s2tw"):
        converter = opencc.OpenCC(conversion)
        for text in simplified:
            traditional = converter.convert(text)
            assert script.detect_script(traditional) == "traditional"
            _assert_same(reference, traditional)


def _phrase_chain(rng: random.Random, phrases: list[str], by_first: dict[str, list[str]]) -> str:
    """Phrases that overlap one another: each next one starts inside the previous one."""
    text = rng.choice(phrases)
    for _ in range(rng.randint(1, 4)):
        cut = rng.randrange(1, len(text))
        followers = [p for ch in set(text[cut:]) for p in by_first.get(ch, ())]
        if not followers:
            break
        follower = rng.choice(followers)
        start = text.index(follower[0], cut)
        overlap = len(text) - start
        if text[start:].startswith(follower[:overlap]):
            text += follower[overlap:]
        else:
            text += follower
    return text


def _generated_corpus(count: int = 3000) -> list[str]:
    rng = random.Random(20240531)
    phrases = _dictionary("TSPhrases.txt")
    chars = _dictionary("TSCharacters.txt")
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    seeds = [text for text in _seed_texts().values() if script.detect_script(text) == "simplified"]
    simplified = "".join(seeds).replace("\n", "")
    punctuation = [*"，。、；：？！…“”‘’『』「」—－（）《》〈〉～．／＼【】 \t-,.?!*", "\u3000", "\n", "\n\n"]
    astral = ["\U0001f600", "\U00020000", "\U0002a6d6"]

    def piece() -> str:
        kind = rng.random()
        if kind < 0.3:
            return rng.choice(phrases)
        if kind < 0.45:
            return _phrase_chain(rng, phrases, by_first)
        if kind < 0.65:
            return "".join(rng.choices(chars, k=rng.randint(1, 6)))
        if kind < 0.75:
            start = rng.randrange(len(simplified) - 20)
            return simplified[start : start + rng.randint(1, 20)]
        if kind < 0.85:
            return "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(1, 5)))
        if kind < 0.97:
            return rng.choice(punctuation)
        return rng.choice(astral)

    corpus = []
    for _ in range(count):
        corpus.append("".join(piece() for _ in range(rng.randint(1, 12))))
    # phrases and characters on their own, and every phrase glued to a neighbour
    corpus.extend(phrases)
    corpus.extend(a + b for a, b in itertools.pairwise(phrases))
    corpus.append("".join(chars))
    return corpus


def test_generated_corpus(reference: opencc.OpenCC) -> None:
    corpus = _generated_corpus()
    assert len(corpus) > 3000
    mismatches = [text for text in corpus if script._t2s(text) != reference.convert(text)]
    assert mismatches == []


def test_every_overlapping_pair_of_phrases(reference: opencc.OpenCC) -> None:
    """Where two phrases overlap, which one wins decides the output (longest, then leftmost)."""
    phrases = _dictionary("TSPhrases.txt")
    pairs = [
        a + b[k:] for a in phrases for b in phrases for k in range(1, min(len(a), len(b))) if a != b and a[-k:] == b[:k]
    ]
    assert len(pairs) > 1000
    for text in pairs:
        for framed in (text, "發" + text + "後", text + "，" + text):
            assert script._t2s(framed) == reference.convert(framed), framed


def test_generated_corpus_as_lines(reference: opencc.OpenCC) -> None:
    lines = _generated_corpus(500)
    assert script.to_simplified(lines) == [reference.convert(line) for line in lines]


@pytest.mark.parametrize(
    "lines",
    [
        [],
        [""],
        ["", ""],
        ["發展", "", "頭髮", "   "],
        ["一行\n內有換行", "乾隆"],  # a line holding "\n" is converted on its own
        ["\n"],
    ],
)
def test_line_count_is_preserved(reference: opencc.OpenCC, lines: list[str]) -> None:
    converted = script.to_simplified(lines)
    assert len(converted) == len(lines)
    assert converted == [reference.convert(line) for line in lines]


def test_line_count_is_preserved_on_seed_pages() -> None:
    for text in _seed_texts().values():
        lines = text.split("\n")
        assert len(script.to_simplified(lines)) == len(lines)
