"""Strings a regular expression matches, generated from its own parse tree (every alternative, every repeat at its
bounds): the independent check behind the gates read off patterns (tests/test_gates.py, tests/test_suffixes.py)."""

from __future__ import annotations

import itertools
import re
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Characters tried for a class that cannot be listed (`[^，。]`, `\w`): Han, digits, Latin, punctuation, spaces
POOL = (
    "的一是了人在有中社区居民服务工作好为成作日就三十百万0123456789aZx"
    + "，。、；：！？,.;:!?“”「」『』（）() \u3000\n\t+—-·"
)
MAX_SAMPLES = 400


def _single(item: tuple, flags: int) -> re.Pattern[str]:
    """One parsed part compiled on its own (to try a class against the pool)."""
    sub = sre_parse.SubPattern(sre_parse.State(), [item])
    sub.state.flags = flags
    return sre_compile.compile(sub, flags)


def _class_samples(item: tuple, flags: int) -> list[str]:
    listed: list[str] = []
    av = item[1]
    for sop, arg in av:
        if sop is sre.LITERAL:
            listed.append(chr(arg))
        elif sop is sre.RANGE:
            listed += [chr(arg[0]), chr(arg[1]), chr((arg[0] + arg[1]) // 2)]
    one = _single(item, flags)
    tried = dict.fromkeys(listed + list(POOL))
    return [ch for ch in tried if one.fullmatch(ch)]


def samples(items: list, flags: int) -> list[str]:
    """Strings a sequence of parts can match: a baseline, then each part's every sample with the others at theirs."""
    options = [_item_samples(item, flags) for item in items]
    if any(not o for o in options):
        return []
    base = [o[0] for o in options]
    out = ["".join(base)]
    for i, o in enumerate(options):
        for alt in o[1:]:
            out.append("".join([*base[:i], alt, *base[i + 1 :]]))
    # and a few whole combinations (an ending that needs an optional part before it)
    for combo in itertools.islice(itertools.product(*[o[:3] for o in options]), MAX_SAMPLES):
        out.append("".join(combo))
    return list(dict.fromkeys(out))[:MAX_SAMPLES]


def _item_samples(item: tuple, flags: int) -> list[str]:
    op, av = item
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.IN:
        return _class_samples(item, flags)
    if op is sre.ANY:
        return ["的", "a"]
    if op is sre.ASSERT and av[0] == 1:
        return samples(list(av[1]), flags)  # (the text a lookahead asks for, which the gate sees too)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [""]
    if op is sre.SUBPATTERN:
        return samples(list(av[3]), flags)
    if op is sre.BRANCH:
        return list(dict.fromkeys(s for branch in av[1] for s in samples(list(branch), flags)))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        once = samples(list(sub), flags)
        counts = {low, low + 1 if high > low else low, min(high, low + 3)}
        out = [s * n for s in once for n in sorted(counts)]
        out += ["".join(p) for p in itertools.islice(itertools.product(once[:4], repeat=max(low, 1)), 20)]
        return list(dict.fromkeys(out))
    return []
