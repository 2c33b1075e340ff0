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

USER_WORDS = Path(__file__).resolve().parent / "data" / "subject_words.txt"


@lru_cache(maxsize=1)
def segmenter() -> POSTokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = Tokenizer()
    tokenizer.load_userdict(str(USER_WORDS))
    return POSTokenizer(tokenizer)


def dictionary_words(text: str) -> list[tuple[str, str]]:
    """`text` cut by the dictionary alone (no guessing of unknown words), each word with its dictionary
    part of speech (`x` when it has none): where a word boundary falls (`中央大街/街道`) and what kind of
    word comes before a name (`太原/ns 大街街道`, `走进/v 东关街道`)."""
    tagger = segmenter()
    tagger.makesure_userdict_loaded()
    return [(w, tagger.word_tag_tab.get(w, "x")) for w in tagger.tokenizer.cut(text, HMM=False)]
