"""The one word segmenter of the case extractors: jieba's dictionary plus the project's subject words.

Loading a jieba dictionary takes about a second and tens of megabytes; subjects (what a figure counts)
and regions (where a place name starts) share this one per process instead of each loading its own.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import jieba

from tasks.extract.postagger import POSTokenizer, Tokenizer
from tasks.prepared import load_prepared

USER_WORDS = Path(__file__).resolve().parent / "data" / "subject_words.txt"


@lru_cache(maxsize=1)
def segmenter() -> POSTokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = Tokenizer()
    _load_prefix_dictionary(tokenizer)
    tokenizer.load_userdict(str(USER_WORDS))
    return POSTokenizer(tokenizer)


def _load_prefix_dictionary(tokenizer: Tokenizer) -> None:
    """jieba's default prefix dictionary (its 350k words and their prefixes: 500k keys) from a prepared copy.

    Why: jieba keeps the same in its own cache file, but reads it with `marshal.load` on an open file,
    object by object: about 0.45 s of every worker's start, against 0.2 s for one read and `marshal.loads`
    (tasks/prepared.py). The copy is keyed by jieba's version and dictionary bytes and holds exactly
    what jieba's `initialize` computes, so the words and frequencies are the same either way.
    """
    source = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    if tokenizer.dictionary != jieba.DEFAULT_DICT or not source.is_file():
        return  # another dictionary, or jieba's own packaging: jieba loads it its own way

    def build() -> tuple[dict[str, int], int]:
        tokenizer.check_initialized()
        return tokenizer.FREQ, tokenizer.total

    if not tokenizer.initialized:
        freq, total = load_prepared("jieba-prefix", (jieba.__version__.encode(), source.read_bytes()), build)
        tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True


def dictionary_words(text: str) -> list[tuple[str, str]]:
    """`text` cut by the dictionary alone (no guessing of unknown words), each word with its dictionary
    part of speech (`x` when it has none): where a word boundary falls (`中央大街/街道`) and what kind of
    word comes before a name (`太原/ns 大街街道`, `走进/v 东关街道`)."""
    tagger = segmenter()
    tagger.makesure_userdict_loaded()
    return [(w, tagger.word_tag_tab.get(w, "x")) for w in tagger.tokenizer.cut(text, HMM=False)]
