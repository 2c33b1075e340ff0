"""MinHash signatures of article bodies, for near-duplicate (mirror) detection with LSH bands.

Comparing every pair of 100k articles is 5·10⁹ comparisons; instead each article stores its
signature (articles.minhash), cut into NUM_BANDS bands of ROWS_PER_BAND, and the warehouse finds
candidate pairs with one SQL equi-join on (band, hash of the band) (warehouse/duplicates.py).
Two bodies with Jaccard similarity s share at least one band with probability 1-(1-s^ROWS)^BANDS:
about 0.99 at s=0.8 and 0.07 at s=0.3 with 16 bands of 4 rows. Candidates are then confirmed
with the full signature (share of equal minimums ≈ Jaccard of the shingle sets).

Shingles are character 5-grams of the simplified body with punctuation and spaces removed, so a
traditional mirror (converted to simplified on ingest) with its junk stripped matches its original.
Each shingle is hashed with CRC-32 of its UTF-8 bytes. `shingle_hashes` computes those for every
position at once with numpy (table-driven CRC over the 5 characters' bytes, ~20 vector steps)
instead of one `zlib.crc32` call per shingle: same values (tests/test_scale.py), about 5x faster.
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


def _crc_table() -> np.ndarray:
    table = np.arange(256, dtype=np.uint32)
    for _ in range(8):
        table = np.where(table & 1, (table >> np.uint32(1)) ^ np.uint32(0xEDB88320), table >> np.uint32(1))
    return table.astype(np.uint32)


_CRC_TABLE = _crc_table()


def _utf8_bytes(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Per character: its UTF-8 bytes (n x 4, left-aligned) and how many there are (1-4)."""
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    n_bytes = 1 + (cp >= 0x80) + (cp >= 0x800) + (cp >= 0x10000)
    out = np.zeros((len(cp), 4), dtype=np.uint32)
    # lead byte, then continuation bytes 10xxxxxx, most significant first
    lead_mark = np.array([0, 0, 0xC0, 0xE0, 0xF0], dtype=np.uint32)[n_bytes]
    shift = (n_bytes - 1) * 6
    out[:, 0] = np.where(n_bytes == 1, cp, lead_mark | (cp >> shift))
    for j in (1, 2, 3):
        s = np.where(n_bytes > j, (n_bytes - 1 - j) * 6, 0).astype(np.uint32)
        out[:, j] = np.where(n_bytes > j, 0x80 | ((cp >> s) & 0x3F), 0)
    return out, n_bytes


def shingle_hashes(body: str) -> np.ndarray:
    """CRC-32 of each shingle's UTF-8 bytes, at every position (duplicates included), as uint64.

    Equal to `zlib.crc32(g.encode("utf-8"))` for each g in `shingles(body)`.
    """
    text = _DROP.sub("", body)
    if len(text) <= SHINGLE_CHARS:
        return np.array([zlib.crc32(text.encode("utf-8"))] if text else [], dtype=np.uint64)
    chars, n_bytes = _utf8_bytes(text)
    starts = len(text) - SHINGLE_CHARS + 1
    crc = np.full(starts, 0xFFFFFFFF, dtype=np.uint32)
    for k in range(SHINGLE_CHARS):
        window = chars[k : k + starts]
        lengths = n_bytes[k : k + starts]
        for j in range(4):
            step = _CRC_TABLE[(crc ^ window[:, j]) & 0xFF] ^ (crc >> np.uint32(8))
            crc = step if j == 0 else np.where(lengths > j, step, crc)
    return (crc ^ np.uint32(0xFFFFFFFF)).astype(np.uint64)


def signature(body: str) -> np.ndarray:
    """NUM_PERM minimum hashes (uint64 holding 32-bit values); all 2^32-1 for an empty body."""
    x = shingle_hashes(body)  # a shingle met twice changes no minimum: no need to de-duplicate
    if not len(x):
        return np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)
    # h_i(x) = (a_i * x + b_i) mod 2^64, top 32 bits; the shift is monotonic, so take the minimum first
    h = np.multiply.outer(_A, x)
    h += _B[:, None]
    return h.min(axis=1) >> np.uint64(32)


def similarity(a: str, b: str) -> float:
    """MinHash estimate of the Jaccard similarity of two bodies (for tests and diagnostics)."""
    return float((signature(a) == signature(b)).mean())
