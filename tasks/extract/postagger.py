"""jieba's part-of-speech tagger, with the same words and tags, at a fraction of its cost.

Figure subjects segment about thirty short clauses per article (tasks/extract/subjects.py), and most
of that time went to jieba's HMM pass over runs of characters its dictionary does not know. Its
Viterbi step scores every (previous state, next state) pair of about 25 x 25 states per character,
although the model allows few of them: a word's middle or end follows only its own beginning or
middle (2 candidates), a word's beginning only the end of another. Here each state is scored from
the states that may precede it, which is exact: a disallowed pair scores minus infinity and can
never win, and when no allowed pair is left the step falls back to jieba's full scan, so ties,
dead ends and errors come out as jieba's own (tests/test_postagger.py compares the two).

`POSTokenizer.tag` is posseg's `cut` as one list of (word, flag) pairs, and its dictionary pass
makes each word lookup once (`Tokenizer.route`: jieba's `get_DAG` and `calc` in one).
"""

from __future__ import annotations

from collections.abc import Iterator, Set
from functools import lru_cache
from math import log
from typing import Any

import jieba
import jieba.posseg as posseg
import numpy as np
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

State = tuple[str, str]

MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's constants
MIN_INF = float("-inf")
_ALL_STATES = trans_P.keys()
# the states each state may precede, and those it may follow (jieba's transition table, both ways)
_NEXT: dict[State, frozenset[State]] = {x: frozenset(nexts) for x, nexts in trans_P.items()}
_FOLLOWS: dict[State, tuple[State, ...]] = {y: tuple(x for x, nexts in trans_P.items() if y in nexts) for y in trans_P}
# The default dictionary's tags, as posseg's own tagger read them when it was imported (before any user
# words could be merged into it): a tagger on the same dictionary copies them instead of reading the
# file again (about 0.35 s of every worker's start-up).
_DEFAULT_WORD_TAGS: dict[str, str] = dict(posseg.dt.word_tag_tab)


def dictionary_tag(word: str, default: str = "") -> str:
    """`word`'s part-of-speech tag in jieba's default dictionary (before any project word is merged into it), or
    `default` when the dictionary lacks the word: the general lexicon's view of a word (`巷里` → `s`, a locative)."""
    return _DEFAULT_WORD_TAGS.get(word, default)


# The states in ascending order, and the transition table as a matrix over them (minus infinity where jieba
# allows no transition): `viterbi` scores a character's every (previous, next) pair in one array operation.
_STATES: list[State] = sorted(trans_P)
_STATE_INDEX = {state: i for i, state in enumerate(_STATES)}
_TRANS = np.full((len(_STATES), len(_STATES)), MIN_INF)
for _x, _nexts in trans_P.items():
    for _y, _p in _nexts.items():
        _TRANS[_STATE_INDEX[_x], _STATE_INDEX[_y]] = _p


@lru_cache(maxsize=1 << 12)
def _emissions(char: str) -> np.ndarray:
    """`emit_P[y].get(char, MIN_FLOAT)` for every state y, in `_STATES` order."""
    return np.array([emit_P[y].get(char, MIN_FLOAT) for y in _STATES])


@lru_cache(maxsize=1 << 12)
def _start_scores(char: str) -> dict[State, float]:
    """The first character's score per state it may take (read only: `viterbi` never changes the dict)."""
    return {y: start_P[y] + emit_P[y].get(char, MIN_FLOAT) for y in char_state_tab_P.get(char, _ALL_STATES)}


# The same tables by state index, as boolean arrays (column i: `_STATES[i]`): the states each state may precede,
# whether it precedes any, and the states a character is seen in. A step's candidate states are then a few
# array operations (`_candidate_states` on sets of tuples costs more than the step's arithmetic).
_NEXT_MASK = np.array([[y in trans_P[x] for y in _STATES] for x in _STATES])
_PRECEDES = np.array([bool(trans_P[x]) for x in _STATES])
_COLUMNS = np.arange(len(_STATES))


@lru_cache(maxsize=1 << 12)
def _char_mask(char: str) -> np.ndarray:
    """The states `char` is seen in (`char_state_tab_P`; every state for a character it lacks)."""
    mask = np.zeros(len(_STATES), dtype=bool)
    mask[[_STATE_INDEX[y] for y in char_state_tab_P.get(char, _ALL_STATES)]] = True
    return mask


class _States:
    """A set of states a step ends in (`order`: indices of `_STATES`, ascending), with what any step after it
    needs of it alone, whatever the next character: the states that precede some state (`take`: their
    positions in `order`, greatest state first, so that `argmax`'s first maximum is the greatest state's) and
    the states those may precede (`expected`). Computed once per set, not once per following character."""

    __slots__ = ("expected", "order", "rows", "take")

    def __init__(self, order: np.ndarray) -> None:
        self.order = order
        self.take = np.flatnonzero(_PRECEDES[order])[::-1]
        self.rows = order[self.take]
        self.expected = _NEXT_MASK[self.rows].any(axis=0)


class _Step(_States):
    """What one Viterbi step over `char` computes from the states before it alone, kept for the next time the same
    states meet the same character: the states it scores (its `order`), where the previous states that may be
    followed stand in the previous order (`before.take`), and the emission scores of its states. The transition
    scores of the pairs are sliced from `_TRANS` when the step is taken (not kept: a slice is some 25 KB).
    The scores themselves change from run to run.

    The candidate states are `_candidate_states`'s, as masks: those `char` is seen in that some previous state
    may precede, else every state a previous state may precede, else every state. Their order does not change a
    result: each column's best row is chosen on its own, and the last step's best state by (score, state).
    Steps are compared by identity (the cache keys on the step before).
    """

    __slots__ = ("before", "emit")

    def __init__(self, before: _States, char: str) -> None:
        self.before = before
        if not len(before.take):
            self.order = before.take[:0]
            return
        candidates = _char_mask(char) & before.expected
        if not candidates.any():
            candidates = before.expected if before.expected.any() else np.ones(len(_STATES), dtype=bool)
        super().__init__(np.flatnonzero(candidates))
        self.emit = _emissions(char)[self.order]


# (the two step caches: a few KB an entry, some 6 MB each when full)
@lru_cache(maxsize=1 << 11)
def _first_step(char: str) -> tuple[_States, np.ndarray]:
    """The states the first character may take, ascending, and their scores in that order (`_start_scores`)."""
    scores = sorted((_STATE_INDEX[y], score) for y, score in _start_scores(char).items())
    return _States(np.array([i for i, _ in scores], dtype=np.intp)), np.array([score for _, score in scores])


@lru_cache(maxsize=1 << 11)
def _next_step(before: _States, char: str) -> _Step:
    """The step over `char` after `before` (keyed by that object: identity, one hash)."""
    return _Step(before, char)


@lru_cache(maxsize=1 << 15)
def viterbi(obs: str) -> tuple[State, ...]:
    """The best state per character, as `jieba.posseg.viterbi(obs, …)[1]` returns it.

    Cached: the runs it is given are short (two characters on average) and recur from page to page.

    Each step scores every (previous, next) pair of states in one NumPy operation, with the same float
    additions in the same order as `_viterbi_scan` (score + transition + emission) and the same choice
    among equal scores: the greatest state, as `max` over (score, state) pairs picks (the previous states
    stand greatest first and the first of the equal maxima is taken). A disallowed pair scores minus
    infinity, so the best allowed pair wins whenever one scores; where none does, every pair scores minus
    infinity and the greatest previous state is taken, as the full scan's `max` takes it. A step with no
    previous state that may be followed is left to `_viterbi_scan` (jieba's own failure, raised the same).
    What a step needs besides the scores (which states, which pairs) is a `_Step`, kept per (states before,
    character). tests/test_postagger.py compares both with jieba.
    """
    origin, scores = _first_step(obs[0])
    steps: list[tuple[_Step, np.ndarray]] = []
    step: _States = origin
    for char in obs[1:]:
        step = _next_step(step, char)
        if not len(step.order):
            return _viterbi_scan(obs)
        # rows: the greatest previous state first
        pair_scores = scores[step.before.take][:, None] + _TRANS[step.before.rows[:, None], step.order]
        pair_scores += step.emit
        best_rows = pair_scores.argmax(axis=0)  # the first of equal maxima: the greatest state
        scores = pair_scores[best_rows, _COLUMNS[: len(step.order)]]
        steps.append((step, best_rows))
    order = step.order
    # the best (score, state), as `_best_route` picks it (states differ: the position never decides)
    _, _, j = max(zip(scores.tolist(), order.tolist(), range(len(order)), strict=True))
    route: list[State] = [("", "")] * len(obs)
    for i in range(len(obs) - 1, 0, -1):
        taken, best_rows = steps[i - 1]
        route[i] = _STATES[taken.order[j]]
        j = taken.before.take[best_rows[j]]
    route[0] = _STATES[origin.order[j]]
    return tuple(route)


def _viterbi_scan(obs: str) -> tuple[State, ...]:
    """`viterbi` one pair at a time, each state scored from the states that may precede it."""
    scores = {y: start_P[y] + emit_P[y].get(obs[0], MIN_FLOAT) for y in char_state_tab_P.get(obs[0], _ALL_STATES)}
    paths: list[dict[State, State | str]] = [dict.fromkeys(scores, "")]
    for char in obs[1:]:
        prev = [x for x in scores if trans_P[x]]
        obs_states = _candidate_states(char, prev)
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
    return _best_route(len(obs), scores, paths)


def _candidate_states(char: str, prev: list[State]) -> Set[State]:
    """The states `char` may take after `prev`: those it is seen in that may follow, else every state that may
    follow, else every state (jieba's own fallbacks)."""
    expected = set().union(*[_NEXT[x] for x in prev])
    obs_states = set(char_state_tab_P.get(char, _ALL_STATES)) & expected
    if not obs_states:
        return expected if expected else _ALL_STATES
    return obs_states


def _best_route(n: int, scores: dict[State, float], paths: list[dict[State, State | str]]) -> tuple[State, ...]:
    """The best last state, then the states that led to it, back to the first character."""
    _, state = max((scores[y], y) for y in paths[-1])
    route: list[State] = [("", "")] * n
    for i in range(n - 1, -1, -1):
        route[i] = state  # type: ignore[assignment]
        state = paths[i][state]  # type: ignore[index]
    return tuple(route)


def _word_scores() -> dict[str, float | bool | None]:
    """The one `_WordScores` (its class kept out of the module's names, which `clear_caches` reads as caches)."""

    class _WordScores(dict):
        """`route`'s reading of the prefix dictionary, kept per fragment: `log(count) - log(total)` for a word,
        False for a prefix that is no word (count 0), None for a fragment the dictionary lacks (where the scan of
        a position stops). The same numbers `route` computed from `FREQ` (the same subtraction), read from a dict
        of the fragments met so far (tens of thousands, which stay in the processor's caches) instead of the 500k
        keys of `FREQ` (a cache miss a lookup), and without a `log` per word: `route` over the gold texts'
        clauses takes a third less time. Valid for one dictionary and total (`for_`); `Tokenizer.add_word`
        empties it, and so does `clear_caches` (`cache_clear`, as for the extractors' `lru_cache`s)."""

        __slots__ = ("for_",)

        def __init__(self) -> None:
            super().__init__()
            self.for_: tuple[dict[str, int], float] | None = None

        def cache_parameters(self) -> dict[str, int | None]:
            return {"maxsize": None}

        def cache_clear(self) -> None:
            self.clear()
            self.for_ = None

    return _WordScores()


_SCORES: Any = _word_scores()
_MISSING = object()
_MAX_SCORES = 1 << 18


class Tokenizer(jieba.Tokenizer):
    """jieba's dictionary segmenter, with its two passes (`get_DAG`, `calc`) as one: `route`."""

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """jieba's `add_word` (also behind `load_userdict`, `del_word`): `FREQ` changes, `_SCORES` is emptied."""
        super().add_word(word, freq, tag)
        _SCORES.cache_clear()

    def route(self, sentence: str) -> dict[int, tuple[float, int]]:
        """`calc`'s route over `get_DAG`'s graph: the word lookups are made once, not once per pass.

        The same numbers in the same order: a word's score is `log(freq) - log(total)` plus the best
        score after it; where the dictionary knows no word at a position, the character alone
        scores `log(1)`, as `calc` scores a character missing from (or of frequency 0 in) FREQ.
        Each fragment's `log(freq) - log(total)` (or that it is a mere prefix, or absent) comes from `_SCORES`.
        """
        self.check_initialized()
        freq = self.FREQ
        n = len(sentence)
        logtotal = log(self.total)
        scores = _SCORES
        if scores.for_ is None or scores.for_[0] is not freq or scores.for_[1] != self.total:
            scores.cache_clear()  # another dictionary or total: no score kept holds
            scores.for_ = (freq, self.total)
        route: dict[int, tuple[float, int]] = {n: (0, 0)}
        # right to left, so that the score after each word is known when the word is met (one pass, no graph)
        for k in range(n - 1, -1, -1):
            best: tuple[float, int] | None = None
            i = k
            frag = sentence[k]
            while i < n:
                score = scores.get(frag, _MISSING)
                if score is _MISSING:  # first met: read `FREQ` once (`frag in freq`, then `freq[frag]`)
                    if len(scores) >= _MAX_SCORES:
                        scores.clear()  # (a bound on a long-running worker's memory; the scores are read again)
                    count = freq.get(frag)
                    score = scores[frag] = None if count is None else (log(count) - logtotal if count else False)
                if score is None:
                    break  # no word goes on from here
                if score is not False:
                    scored = (score + route[i + 1][0], i)
                    if best is None or scored > best:  # `max` over the words in order: the first of the greatest
                        best = scored
                i += 1
                frag = sentence[k : i + 1]
            route[k] = best if best is not None else (0.0 - logtotal + route[k + 1][0], k)
        return route


class POSTokenizer(posseg.POSTokenizer):
    """jieba's POS tokenizer with the Viterbi pass above, and `tag`: its `cut` (HMM on) as a list of
    (word, flag) pairs, the same steps without a generator or a `pair` object per word."""

    def load_word_tag(self, f: Any) -> None:
        """posseg's `load_word_tag`; the default dictionary's tags are copied from posseg's own tagger."""
        if self.tokenizer.dictionary == jieba.DEFAULT_DICT and _DEFAULT_WORD_TAGS:
            f.close()
            self.word_tag_tab = dict(_DEFAULT_WORD_TAGS)
        else:
            super().load_word_tag(f)

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[posseg.pair]:
        for word, flag in self._hmm_words(sentence):  # jieba calls this method by its mangled name
            yield posseg.pair(word, flag)

    def tag(self, sentence: str) -> list[tuple[str, str]]:
        """`[(w.word, w.flag) for w in self.cut(sentence)]` (posseg's `__cut_internal`)."""
        self.makesure_userdict_loaded()
        out: list[tuple[str, str]] = []
        if posseg.re_han_internal.fullmatch(sentence):
            # one block (most clauses): the split below would add an empty block either side, which add nothing
            self._dictionary_words(sentence, out)
            return out
        for blk in posseg.re_han_internal.split(sentence):
            if posseg.re_han_internal.match(blk):
                self._dictionary_words(blk, out)
                continue
            for x in posseg.re_skip_internal.split(blk):
                if posseg.re_skip_internal.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    if posseg.re_num.match(xx):
                        out.append((xx, "m"))
                    elif posseg.re_eng.match(x):  # jieba tests the whole run here, not the character
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
        return out

    def _dictionary_words(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """posseg's `__cut_DAG`: the dictionary route; runs of single characters go to the HMM."""
        tags = self.word_tag_tab
        route = self.tokenizer.route(sentence)
        x = 0
        buf = ""
        n = len(sentence)
        while x < n:
            y = route[x][1] + 1
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    self._single_run(buf, out)
                    buf = ""
                word = sentence[x:y]
                out.append((word, tags.get(word, "x")))
            x = y
        if buf:
            self._single_run(buf, out)

    def _single_run(self, buf: str, out: list[tuple[str, str]]) -> None:
        tags = self.word_tag_tab
        if len(buf) == 1:
            out.append((buf, tags.get(buf, "x")))
        elif not self.tokenizer.FREQ.get(buf):
            self._detail(buf, out)
        else:
            out.extend((ch, tags.get(ch, "x")) for ch in buf)

    def _detail(self, sentence: str, out: list[tuple[str, str]]) -> None:
        """posseg's `__cut_detail`: Han runs through the HMM, numbers and Latin runs as they are."""
        if posseg.re_han_detail.fullmatch(sentence):
            out.extend(self._hmm_words(sentence))  # one Han run (most runs): the split's empty ends add nothing
            return
        for blk in posseg.re_han_detail.split(sentence):
            if posseg.re_han_detail.match(blk):
                out.extend(self._hmm_words(blk))
                continue
            for x in posseg.re_skip_detail.split(blk):
                if x:
                    out.append((x, "m" if posseg.re_num.match(x) else "eng" if posseg.re_eng.match(x) else "x"))

    @staticmethod
    def _hmm_words(sentence: str) -> list[tuple[str, str]]:
        """posseg's `__cut`: words and tags from the best state sequence."""
        pos_list = viterbi(sentence)
        out = []
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append((sentence[begin : i + 1], pos_list[i][1]))
                nexti = i + 1
            elif pos == "S":
                out.append((char, pos_list[i][1]))
                nexti = i + 1
        if nexti < len(sentence):
            out.append((sentence[nexti:], pos_list[nexti][1]))
        return out


def clear_caches() -> None:
    """Forget cached results (benches measure a cold pass with it)."""
    _SCORES.cache_clear()
    viterbi.cache_clear()
    _emissions.cache_clear()
    _start_scores.cache_clear()
    _first_step.cache_clear()
    _next_step.cache_clear()
