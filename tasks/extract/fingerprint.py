"""MinHash signatures of article bodies, for near-duplicate (mirror) detection with LSH bands.

Comparing every pair of 100k articles is 5·10⁹ comparisons; instead each article stores its
signature (articles.minhash), cut into NUM_BANDS bands of ROWS_PER_BAND, and the warehouse finds
candidate pairs with one SQL equi-join on (band, hash of the band) (warehouse/duplicates.py).
Two bodies with Jaccard similarity s share at least one band with probability 1-(1-s^ROWS)^BANDS:
about 0.99 at s=0.8 and 0.07 at s=0.3 with 16 bands of 4 rows. Candidates are then confirmed
with the full signature (share of equal minimums ≈ Jaccard of the shingle sets).

Shingles are character 5-grams of the simplified body with punctuation and spaces removed, so a
traditional mirror (converted to simplified on ingest) with its junk stripped matches its original.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

SHINGLE_CHARS = 5
NUM_BANDS = 16
ROWS_PER_BAND = 4
NUM_PERM = NUM_BANDS * ROWS_PER_BAND
_SEED = 20231201
_rng = np.random.default_rng(_SEED)
# multiply-shift hashing of 32-bit shingle hashes: h_i(x) = (a_i * x + b_i) mod 2^64, top 32 bits
_A = (_rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_DROP = re.compile(r"[\s\W_]+", re.UNICODE)


def shingles(body: str) -> set[str]:
    text = _DROP.sub("", body)
    if len(text) <= SHINGLE_CHARS:
        return {text} if text else set()
    return {text[i : i + SHINGLE_CHARS] for i in range(len(text) - SHINGLE_CHARS + 1)}


def signature(body: str) -> np.ndarray:
    """NUM_PERM minimum hashes (uint64 holding 32-bit values); all 2^32-1 for an empty body."""
    grams = shingles(body)
    if not grams:
        return np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)
    x = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))
    with np.errstate(over="ignore"):
        h = (x[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return h.min(axis=0)


def similarity(a: str, b: str) -> float:
    """MinHash estimate of the Jaccard similarity of two bodies (for tests and diagnostics)."""
    return float((signature(a) == signature(b)).mean())
