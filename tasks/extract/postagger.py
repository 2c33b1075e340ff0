"""jieba's part-of-speech tagger, with the same words and tags, at a fraction of its cost.

Figure subjects segment about thirty short clauses per article (tasks/extract/subjects.py), and most
of that time went to jieba's HMM pass over runs of characters its dictionary does not know. Its
Viterbi step scores every (previous state, next state) pair of about 25 x 25 states per character,
although the model allows few of them: a word's middle or end follows only its own beginning or
middle (2 candidates), a word's beginning only the end of another. Here each state is scored from
the states that may precede it, which is exact: a disallowed pair scores minus infinity and can
never win, and when no allowed pair is left the step falls back to jieba's full scan, so ties,
dead ends and errors come out as jieba's own (tests/test_postagger.py compares the two).

The dictionary pass (`get_DAG`, `calc`) is jieba's own, except that a position with one way on is
not run through `max`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from math import log

import jieba
import jieba.posseg as posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

State = tuple[str, str]

MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's constants
MIN_INF = float("-inf")
_ALL_STATES = trans_P.keys()
# the states each state may follow (jieba's transition table, inverted once)
_FOLLOWS: dict[State, tuple[State, ...]] = {y: tuple(x for x, nexts in trans_P.items() if y in nexts) for y in trans_P}


@lru_cache(maxsize=1 << 15)
def viterbi(obs: str) -> tuple[State, ...]:
    """The best state per character, as `jieba.posseg.viterbi(obs, …)[1]` returns it.

    Cached: the runs it is given are short (two characters on average) and recur from page to page.
    """
    scores = {y: start_P[y] + emit_P[y].get(obs[0], MIN_FLOAT) for y in char_state_tab_P.get(obs[0], _ALL_STATES)}
    paths: list[dict[State, State | str]] = [dict.fromkeys(scores, "")]
    for char in obs[1:]:
        prev = [x for x in scores if trans_P[x]]
        expected = {y for x in prev for y in trans_P[x]}
        obs_states = set(char_state_tab_P.get(char, _ALL_STATES)) & expected
        if not obs_states:
            obs_states = expected if expected else _ALL_STATES  # type: ignore[assignment]
        new_scores: dict[State, float] = {}
        back: dict[State, State | str] = {}
        for y in obs_states:
            emit = emit_P[y].get(char, MIN_FLOAT)
            follows = _FOLLOWS[y]
            if len(follows) <= len(prev):
                allowed = [x for x in follows if x in scores]
            else:
                allowed = [x for x in prev if y in trans_P[x]]
            best = max(((scores[x] + trans_P[x][y] + emit, x) for x in allowed), default=None)
            if best is None or best[0] == MIN_INF:  # no allowed pair scores: jieba's own full scan
                best = max((scores[x] + trans_P[x].get(y, MIN_INF) + emit, x) for x in prev)
            new_scores[y], back[y] = best
        scores = new_scores
        paths.append(back)
    _, state = max((scores[y], y) for y in paths[-1])
    route: list[State] = [("", "")] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state  # type: ignore[assignment]
        state = paths[i][state]  # type: ignore[index]
    return tuple(route)


class Tokenizer(jieba.Tokenizer):
    """jieba's dictionary segmenter; `calc` skips `max` where a position has one way on."""

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        n = len(sentence)
        route[n] = (0, 0)
        logtotal = log(self.total)
        freq = self.FREQ
        for idx in range(n - 1, -1, -1):
            ends = DAG[idx]
            if len(ends) == 1:
                x = ends[0]
                route[idx] = (log(freq.get(sentence[idx : x + 1]) or 1) - logtotal + route[x + 1][0], x)
            else:
                route[idx] = max(
                    (log(freq.get(sentence[idx : x + 1]) or 1) - logtotal + route[x + 1][0], x) for x in ends
                )


class POSTokenizer(posseg.POSTokenizer):
    """jieba's POS tokenizer with the Viterbi pass above (jieba calls it through this mangled name)."""

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[posseg.pair]:
        pos_list = viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield posseg.pair(sentence[begin : i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield posseg.pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield posseg.pair(sentence[nexti:], pos_list[nexti][1])


def clear_caches() -> None:
    """Forget cached results (benches measure a cold pass with it)."""
    viterbi.cache_clear()
