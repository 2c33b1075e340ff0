"""The cheap gates of tasks/extract are read off their patterns (tasks/extract/gates.py) and admit every match.

Each gate the rule modules derive is registered in `gates.DERIVED` at import. For every one, strings the pattern
matches are generated from the pattern's own parse tree (every alternative, every repeat at its bounds) and the
gate must admit each: the words derived must open (end) every generated match, newline-ended ones too for a `$`.
The generator is independent of the derivation, so a wrong derivation fails here, not silently in a rule. The
modules keep no gate written by hand (a module-level `…_ENDS`, `…_OPENINGS`, `…_FIRST` or `…_LAST` is derived).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from tasks.extract import gates
from tests.regex_samples import samples

EXTRACT = Path(gates.__file__).parent
# The rule modules (the lexicon holds word lists, not gates; gates.py derives them)
RULE_MODULES = sorted(
    p.stem
    for p in EXTRACT.glob("*.py")
    if p.stem not in {"__init__", "lexicon", "gates"} and not p.stem.startswith("_")
)
GATE_SUFFIXES = ("_ENDS", "_OPENINGS", "_FIRST", "_LAST")
DERIVING = {"openings", "endings", "first_chars", "last_chars"}


def _load_rules() -> None:
    for name in RULE_MODULES:
        importlib.import_module(f"tasks.extract.{name}")


def _matches(derived: gates.Derived) -> list[str]:
    """Generated texts the pattern matches as its rule asks it: from the text's start (an opening gate), or up to
    the text's end (an ending gate: `search` for a `…$` pattern, the whole text otherwise)."""
    pattern = derived.pattern
    parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
    texts = samples(parsed, pattern.flags)
    if derived.end == "opening":
        return [s for s in texts if pattern.match(s)]
    if gates.ends_in_dollar(pattern):
        return [s for s in texts if pattern.search(s)]
    return [s for s in texts if pattern.fullmatch(s)]


def _derived() -> list[gates.Derived]:
    _load_rules()
    return list(gates.DERIVED)


def test_the_rule_modules_derive_gates() -> None:
    assert len(_derived()) >= 15


@pytest.mark.parametrize("derived", _derived(), ids=lambda d: f"{d.end}:{d.pattern.pattern[:40]}")
def test_every_match_passes_its_gate(derived: gates.Derived) -> None:
    found = _matches(derived)
    dollar = gates.ends_in_dollar(derived.pattern)
    assert found, f"no string generated that {derived.pattern.pattern!r} matches: the test would prove nothing"
    for text in found:
        if derived.end == "opening":
            assert text.startswith(derived.words, derived.skip), (text, derived.words)
        else:
            assert text.endswith(derived.words), (text, derived.words)
            if dollar:
                # (`$` matches before a newline ending the text: the gate must admit it there too)
                assert (text + "\n").endswith(derived.words), (text, derived.words)


def test_no_gate_is_written_by_hand() -> None:
    """A module-level `…_ENDS`/`…_OPENINGS`/`…_FIRST`/`…_LAST` of a rule module is read off a pattern."""
    by_hand = []
    for name in RULE_MODULES:
        tree = ast.parse((EXTRACT / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            targets = (
                node.targets
                if isinstance(node, ast.Assign)
                else [node.target]
                if isinstance(node, ast.AnnAssign)
                else []
            )
            for target in targets:
                if isinstance(target, ast.Name) and target.id.endswith(GATE_SUFFIXES):
                    calls = {
                        n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                    }
                    if not calls & DERIVING:
                        by_hand.append(f"{name}.{target.id}")
    assert by_hand == []


def test_a_word_added_to_a_pattern_is_in_its_gate() -> None:
    """The drift the derivation prevents: a word added to the pattern only is at once in the gate."""
    from tasks.extract import brands

    widened = re.compile(brands._JOINED_CAMPAIGN.pattern.replace("贯彻", "贯彻|对接"))
    assert "对接" not in brands._JOINED_CAMPAIGN_ENDS
    assert "对接" in gates.endings(widened)
    opened = re.compile(brands._METHOD_AFTER.pattern.replace("|闭环", "|闭环|流程"))
    assert "流" in gates.first_chars(opened) and "流" not in brands._METHOD_AFTER_FIRST


@pytest.mark.parametrize(
    ("source", "end", "words"),
    [
        (r"(?:结合|落实)(?:好|了)?$", "ending", {"结合", "落实", "好", "了", "\n"}),
        (r"^这(?:个|一|些)[^，]{0,10}问题", "opening", {"这个", "这一", "这些"}),
        (r"(?:变成|(?<![结建])成了)$", "ending", {"变成", "成了", "\n"}),
        (r"^(?:的(?:[\u4e00-\u9fff]{2})?方法|的?工作法|闭环)", "opening", {"的", "工作法", "闭环"}),
        (r"要[\u4e00-\u9fff]{1,2}好\Z", "ending", {"好"}),
        (r"(?:受访者|受访居民)$", "ending", {"受访者", "受访居民", "\n"}),
    ],
)
def test_derivation_shapes(source: str, end: str, words: set[str]) -> None:
    pattern = re.compile(source)
    derive = gates.openings if end == "opening" else gates.endings
    assert set(derive(pattern)) == words


@pytest.mark.parametrize(
    "source",
    [r"(?:称为|叫作)[^，。]{0,8}$", r"(?:好)?$", r"(?i)abc$", r"(?m)好$", r"[^好]$", r".好?$"],
)
def test_no_gate_read_where_none_holds(source: str) -> None:
    """A pattern that can end in any character (or whose matches its literals do not bound) gives no gate."""
    with pytest.raises(gates.GateError):
        gates.endings(re.compile(source))


def test_a_lookahead_after_skipped_characters() -> None:
    assert set(gates.openings(re.compile(r"^[^\W\d]{2}(?=方式|办法)"), skip=2)) == {"方式", "办法"}
    with pytest.raises(gates.GateError):
        gates.openings(re.compile(r"^[^\W\d]{1,2}(?=方式|办法)"), skip=2)


def test_the_category_scan_covers_unicode() -> None:
    """`\\s` and `\\d` are enumerated over Unicode's first two planes: the same characters as over all of it."""
    for category in (sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT):
        assert gates.category_chars(category) == gates.category_chars(category, 0x110000)


def test_a_class_written_from_characters_matches_exactly_them() -> None:
    """`char_class` writes digits as `\\d` (one category test, not 660 literals) and matches no more."""
    from tasks.extract import facts

    chars = gates.first_chars(facts._PATTERN)
    written = re.compile(gates.char_class(chars))
    assert written.pattern.startswith(r"[\d")
    assert {c for c in map(chr, range(gates.CATEGORY_SCAN_END)) if written.fullmatch(c)} == chars
    assert re.compile(gates.char_class(frozenset("的1"))).pattern == "[1的]"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        # `第[一…十]+[，,、]` is one of `_HEADING_MARKER`'s markers; the hand gate `_MARKER_LAST` left out ， and ,
        ("社区推出三项举措。\n第三，“暖屋”精准服务暖民心。\n居民纷纷点赞。", "a heading's key word"),
        # `_PEOPLE_NAMED`'s `$` stands before a newline; the hand gate `_PEOPLE_NAMED_LAST` left out "\n"
        ("社区里有位热心老人，邻居们都叫他\n“灯笼大爷”。", "a nickname residents give"),
    ],
)
def test_a_veto_is_asked_wherever_its_pattern_matches(body: str, why: str) -> None:
    """The two hand gates that admitted fewer characters than their patterns end with, read off the patterns now:
    the veto is asked, and holds, where its pattern matches (no change on bench.same_outputs' 4,057 inputs)."""
    from tasks.extract import brands

    start, end = body.index("“"), body.index("”") + 1
    assert brands._vetoed(body, start, end), why
