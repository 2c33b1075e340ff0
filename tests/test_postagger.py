"""The faster POS tagger gives jieba's own words and tags: its Viterbi pass state for state, its
dictionary route, and whole clauses of the authored texts."""

from __future__ import annotations

import random
import re
from pathlib import Path

import jieba.posseg as posseg
import pytest
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

from tasks.extract import postagger
from tasks.extract.segmenter import segmenter

AUTHORED = sorted((Path(__file__).parent / "gold" / "authored").glob("*.txt"))


def _jieba_route(obs: str) -> object:
    try:
        return posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)[1]
    except Exception as exc:  # the same failure counts as the same answer
        return type(exc)


def _our_route(obs: str) -> object:
    try:
        return list(postagger.viterbi.__wrapped__(obs))
    except Exception as exc:
        return type(exc)


def _runs() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in AUTHORED[::4])
    return re.findall("[\u4e00-\u9fd5]+", text)


def test_viterbi_equals_jieba_on_text_and_on_random_characters() -> None:
    rnd = random.Random(11)
    runs = _runs()
    samples = []
    for _ in range(1500):
        run = rnd.choice(runs)
        i = rnd.randrange(len(run))
        samples.append(run[i : i + rnd.randint(1, 9)])
    # characters the model has never seen (every state is possible) and rare ones, mixed with common
    alphabet = [*list(char_state_tab_P)[::7], "\u9fa0", "\u9fd5", "㐀", "\u4e00", "龘", "的", "是"]
    samples += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(400)]
    assert len(set(samples)) > 1000
    for obs in samples:
        assert _our_route(obs) == _jieba_route(obs), obs


def test_route_equals_jieba_get_dag_and_calc() -> None:
    tokenizer = segmenter().tokenizer
    runs = [*_runs()[::3], "龘龘的", "a", "的的的的的的", "\u9fa0社区"]
    for run in runs:
        theirs: dict[int, tuple[float, int]] = {}
        tokenizer.calc(run, tokenizer.get_DAG(run), theirs)
        assert tokenizer.route(run) == theirs, run


def test_route_with_kept_scores_equals_calc_cold_warm_and_after_a_new_word() -> None:
    """`route` reads each fragment's score from `_SCORES` once met: the same route with the memo empty, full, and
    after `add_word` changed the dictionary (the memo emptied), on a tokenizer of its own."""
    tokenizer = postagger.Tokenizer()
    runs = [*_runs()[1::5], "龘龘的", "的的的的的的", "\u9fa0社区", "网格员走访社区"]

    def check() -> None:
        for run in runs:
            theirs: dict[int, tuple[float, int]] = {}
            tokenizer.calc(run, tokenizer.get_DAG(run), theirs)
            assert tokenizer.route(run) == theirs, run

    postagger.clear_caches()
    check()  # cold
    check()  # every fragment kept
    tokenizer.add_word("网格员走访", 50000)
    assert not postagger._SCORES
    check()


@pytest.fixture(scope="module")
def taggers() -> tuple[posseg.POSTokenizer, posseg.POSTokenizer]:
    ours = segmenter()
    ours.lcut("社区")  # moves the user words' tags into the tag table
    theirs = posseg.POSTokenizer.__new__(posseg.POSTokenizer)  # jieba's class on the same dictionary and tags
    theirs.tokenizer, theirs.word_tag_tab = ours.tokenizer, ours.word_tag_tab
    return ours, theirs


def test_clauses_cut_as_jieba_cuts_them(taggers: tuple[posseg.POSTokenizer, posseg.POSTokenizer]) -> None:
    ours, theirs = taggers
    # (every 20th text: 147 texts, 14,000 clauses, ~70 s; every 5th, 56,000 clauses, took 286 s of the 300 s timeout)
    clauses = [c for p in AUTHORED[1::20] for c in re.split("[，。；：！？\n]", p.read_text(encoding="utf-8")) if c]
    assert len(clauses) > 300
    postagger.clear_caches()
    for clause in [*clauses, "", " ", "2023年 covid-19 A+B  ５０％", "社区\r\n党建 a1b2.5x", "“红管家”服务站"]:
        expected = [tuple(w) for w in theirs.cut(clause)]
        assert [tuple(w) for w in ours.cut(clause)] == expected, clause
        assert ours.tag(clause) == expected, clause


def test_the_default_dictionarys_tags_are_posseg_own() -> None:
    import jieba

    ours = postagger.POSTokenizer(postagger.Tokenizer())
    theirs = posseg.POSTokenizer(jieba.Tokenizer())
    assert ours.word_tag_tab == theirs.word_tag_tab
    assert ours.word_tag_tab is not postagger._DEFAULT_WORD_TAGS  # a copy: user words merge into it alone
