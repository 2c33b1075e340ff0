"""The index side of the search terms, cut in numpy: the rows `search_postings` and `search_docs` take for a set of
articles, the same rows as the SQL rules of schema/30_search.sql (`search_fold`, `search_tokens`, `search_doc_text`)
cut them.

Why not the SQL: an in-memory DuckDB ran those rules in ~0.65 CPU-s per 400 generated pages (about 1.5 ms of a worker's
~8-9 ms a page, its largest single stage), and its allocator kept ~46-92 MiB after each cut, a large part of why a
worker's peak grew with the batch. This cut takes 0.11-0.13x its CPU and the process keeps 9-10 MiB after it
(docs/figures.md, "The search postings cut in numpy"). Here a batch's text is one array of code points: every Han
character and every pair of adjacent ones becomes a 64-bit key (term code, article), one sort counts them, and only
the distinct terms are turned back into strings.

The query side still cuts with the SQL (`search_query_terms`); tests/test_search_terms.py holds the two to the same
terms over the seed pages, the development texts, generated and hostile pages, and every code point one at a time.
The writer's cut (warehouse/search.py `index_articles`, `reindex`) is this one too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa

# search_fold: full-width digits and Latin letters to ASCII, then lower-case.
_ASCII = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL_WIDTH = "".join(chr(ord(c) + 0xFEE0) for c in _ASCII)  # ０-９, Ａ-Ｚ, ａ-ｚ: the translate() of search_fold
# search_tokens' Han ranges: CJK unified ideographs, extension A, compatibility ideographs (all in the BMP).
_HAN_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))
_HAN_FROM = 0x3400  # the lowest Han code point; every Latin/digit term character is below 0x80
# The only code points other than A-Z and the full-width letters that DuckDB's `lower` maps into [a-z0-9]: U+0130
# (İ) and U+212A (Kelvin sign). DuckDB maps each code point alone (İ -> i); Python's str.lower gives "i̇" (two
# code points) for İ, which would split "İstanbul" into "i" and "stanbul". So no str.lower here: this table.
_CASE_EXTRAS = {0x0130: "i", 0x212A: "k"}


def _term_characters() -> np.ndarray:
    """Code point -> the term character it folds and lower-cases to (search_fold), 0 for any other: one uint16 per
    code point of Unicode (2.2 MB), so that a whole batch's text is folded by one gather."""
    table = np.zeros(0x110000, np.uint16)
    for low, high in _HAN_RANGES:
        table[low : high + 1] = np.arange(low, high + 1, dtype=np.uint16)
    for full, plain in zip(_FULL_WIDTH, _ASCII, strict=True):
        table[ord(plain)] = table[ord(full)] = ord(plain.lower())
    for code, lowered in _CASE_EXTRAS.items():
        table[code] = ord(lowered)
    return table


TERM_CHARACTERS = _term_characters()


def _sorted_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys, in order, and how often each occurs (np.unique's result, sorting `keys` in place)."""
    keys.sort()
    first = np.empty(len(keys), bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    return keys[starts], np.diff(starts, append=len(keys))


def _text_of(value: Any) -> str:
    """A title or body as text: NULL (None, NaN, pd.NA) is no text, as concat_ws skips it in search_doc_text."""
    return value if isinstance(value, str) else ""


def index_rows(article_ids: Sequence[str], titles: Sequence[Any], bodies: Sequence[Any]) -> tuple[Any, Any]:
    """The postings (term, article_id, tf) and docs (article_id, n_terms) of distinct articles, as pyarrow tables.

    Postings come sorted by term in byte order of UTF-8 (what the SQL's ORDER BY term gives; within a term by article,
    in the order given), with term and article_id dictionary-encoded (int32 indices, as `pyarrow.compute.
    dictionary_encode` gives: DuckDB reads them back as VARCHAR; each term and id is sent once, not per row, 8.4
    instead of 21.8 MiB pickled for 400 generated pages, and a worker holds the result and its pickle at once); docs
    in the order given. Terms of an article: of `title title body`, every Han
    character and every pair of adjacent Han characters, and every run of Latin letters and digits, after folding.
    An article with no term at all has n_terms 1, not 0, as the SQL's LEFT JOIN counts it (its one row of NULL token
    falls in the CASE's ELSE 1); kept so that both cuts store the same warehouse.
    """
    n = len(article_ids)
    ids = pa.array(article_ids, pa.string())
    if n == 0:
        none = np.array([], np.int32)
        return _tables(ids, pa.array([], pa.string()), none, none, none)
    pieces: list[str] = []
    lengths = np.empty(n, np.int64)
    for k, (title, body) in enumerate(zip(titles, bodies, strict=True)):
        title, body = _text_of(title), _text_of(body)
        pieces += (title, title, body)
        lengths[k] = 2 * len(title) + len(body) + 3  # each piece is followed by one space: no term crosses it
    # One array of term characters for the whole batch (a lone surrogate raises here, as DuckDB refuses it).
    chars = TERM_CHARACTERS[np.frombuffer((" ".join(pieces) + " ").encode("utf-32-le"), np.uint32)]
    del pieces
    owner = np.repeat(np.arange(n, dtype=np.uint32), lengths)  # the article of each character

    # Han terms: a unigram's code is its character << 16, a bigram's first << 16 | second, so that codes sort as the
    # terms do (a character before every bigram it begins); key = code << 32 | article.
    han = chars >= _HAN_FROM
    one = np.flatnonzero(han)
    two = np.flatnonzero(han[:-1] & han[1:])
    keys = np.empty(len(one) + len(two), np.uint64)
    unigrams, bigrams = keys[: len(one)], keys[len(one) :]
    np.left_shift(chars[one], 48, out=unigrams, dtype=np.uint64)
    unigrams |= owner[one]
    np.left_shift(chars[two], 48, out=bigrams, dtype=np.uint64)
    bigrams |= np.left_shift(chars[two + 1], 32, dtype=np.uint64)
    bigrams |= owner[two]
    del one, two
    han_keys, han_tf = _sorted_counts(keys)
    del keys
    han_codes = han_keys >> 32
    first = np.empty(len(han_codes), bool)
    first[:1] = True
    np.not_equal(han_codes[1:], han_codes[:-1], out=first[1:])
    han_terms = np.empty((int(first.sum()), 2), np.uint32)  # two UCS-4 code points a term, read as numpy '<U2'
    han_terms[:, 0] = han_codes[first] >> 16
    han_terms[:, 1] = han_codes[first] & 0xFFFF  # 0 for a unigram: numpy drops trailing NULs
    han_term_index = np.cumsum(first) - 1

    # Latin letters and digits: the runs' words, counted apart; in byte order they all come before any Han term.
    latin = (chars != 0) & ~han
    words = np.where(latin, chars, 32).astype(np.uint8).tobytes().split()
    del han, chars
    if words:
        word_starts = np.flatnonzero(latin & ~np.concatenate(([False], latin[:-1])))
        vocabulary, word_index = np.unique(np.array(words, dtype=bytes), return_inverse=True)
        word_keys, word_tf = _sorted_counts((word_index.astype(np.uint64) << 32) | owner[word_starts])
        words_text = vocabulary.astype(str)
    else:
        word_keys, word_tf, words_text = np.array([], np.uint64), np.array([], np.int64), np.array([], "<U1")
    del latin, owner

    dictionary = pa.array(np.concatenate((words_text, han_terms.view("<U2").ravel())), pa.string())
    term_index = np.concatenate((word_keys >> 32, han_term_index + len(words_text))).astype(np.int32)
    article_index = (np.concatenate((word_keys, han_keys)) & 0xFFFFFFFF).astype(np.int32)
    tf = np.concatenate((word_tf, han_tf)).astype(np.int32)
    return _tables(ids, dictionary, term_index, article_index, tf)


def _tables(ids: Any, dictionary: Any, term_index: np.ndarray, article_index: np.ndarray, tf: np.ndarray) -> Any:
    """The postings and docs tables from the term and article indices of each posting and its count."""
    postings = pa.table(
        {
            "term": pa.DictionaryArray.from_arrays(pa.array(term_index, pa.int32()), dictionary),
            "article_id": pa.DictionaryArray.from_arrays(pa.array(article_index, pa.int32()), ids),
            "tf": pa.array(tf, pa.int32()),
        }
    )
    n_terms = np.bincount(article_index, weights=tf, minlength=len(ids)).astype(np.int32)
    n_terms[n_terms == 0] = 1
    return postings, pa.table({"article_id": ids, "n_terms": pa.array(n_terms, pa.int32())})
