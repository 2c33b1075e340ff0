"""`regions.find_mentions` reads each ending of a full name with one look-up (issue 11, perf engineer V).

The suffix loop read an ending back from each suffix character, testing it against the set of every name's endings
and then against the names; `_endings_named` holds both answers in one table. Checked here against that loop, kept
below as the definition, on the development texts (never the held-out ones) and on made-up strings of place names,
suffix characters and the text around them.
"""

from __future__ import annotations

import random
from pathlib import Path

from tasks.extract.regions import (
    MAX_NAME_CHARS,
    Mention,
    _alias_heads,
    _alias_starts,
    _endings_named,
    _suffix_pattern,
    _tail_of_longer_name,
    find_mentions,
    gazetteer,
)

GOLD = Path(__file__).parent / "gold" / "authored"


def _mentions_by_two_look_ups(text: str) -> list[Mention]:
    """`find_mentions` as it was: each ending tested against every name's endings, then against the names."""
    gz = gazetteer()
    found: list[Mention] = []
    for m in _suffix_pattern().finditer(text):
        end = m.end()
        longest = None
        for length in range(2, min(MAX_NAME_CHARS, end) + 1):
            ending = text[end - length : end]
            if ending not in gz.endings:
                break
            if ending in gz.by_name:
                longest = ending
        if longest:
            found.append(Mention(end - len(longest), end, longest, gz.by_name[longest], False))
    heads = _alias_heads()
    for a in _alias_starts().finditer(text):
        start = a.start()
        if text[start : start + 2] not in heads:
            continue
        for length in (4, 3, 2):
            places = gz.by_alias.get(text[start : start + length])
            if places:
                found.append(Mention(start, start + length, text[start : start + length], places, True))
                break
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        if not m.alias and _tail_of_longer_name(text, m, kept[-1].end if kept and not kept[-1].alias else -1):
            continue
        kept.append(m)
    return kept


def test_the_table_says_what_the_two_look_ups_said() -> None:
    gz = gazetteer()
    table = _endings_named()
    assert table.keys() == gz.endings
    assert all(named == (ending in gz.by_name) for ending, named in table.items())


def test_the_names_found_are_the_two_look_ups_names() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("d*.txt"))]
    rnd = random.Random(5)
    names = sorted(gazetteer().by_name)
    pieces = [*rnd.sample(names, 400), "市", "区", "县", "街道", "镇", "社区", "的", "在", "委", "组织部", "、", "。"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    assert len(texts) > 3000
    found = 0
    for text in texts:
        mentions = find_mentions(text)
        assert mentions == _mentions_by_two_look_ups(text)
        found += len(mentions)
    assert found > 5000
