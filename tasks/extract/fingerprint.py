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
position at once with numpy, on code points and lookup tables (9 gathers per position) instead of
one `zlib.crc32` call per shingle: same values (tests/test_scale.py, tests/test_fingerprint.py),
about 4x faster than the byte-by-byte vector CRC before it (0.29 → 0.07 ms per generated page); each character's
table offsets are found once for all positions (`signature` 1.07x, docs/figures.md, perf engineer V). The 64
permutations (multiply, add, minimum over 64 x ~2,300 uint64) are the larger half of `signature` and at numpy's floor:
chunked, transposed, broadcast and de-duplicated forms were measured slower or no faster.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

import numpy as np

from tasks.charclass import codepoints, every_character

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


def _after_zeros(register: np.ndarray, n_bytes: int) -> np.ndarray:
    """The CRC register after `n_bytes` zero bytes: byte by byte, for building the tables below."""
    for _ in range(n_bytes):
        register = _CRC_TABLE[register & np.uint32(0xFF)] ^ (register >> np.uint32(8))
    return register


def _own_crc(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per code point: the register after its UTF-8 bytes starting from 0, and how many bytes (1-4)."""
    n_bytes = 1 + (cp >= 0x80).astype(np.uint32) + (cp >= 0x800) + (cp >= 0x10000)
    lead_mark = np.array([0, 0, 0xC0, 0xE0, 0xF0], dtype=np.uint32)[n_bytes]
    register = np.zeros(len(cp), dtype=np.uint32)
    for j in range(4):  # the lead byte, then continuation bytes 10xxxxxx, most significant first
        shift = np.where(n_bytes > j, (n_bytes - 1 - j) * 6, 0).astype(np.uint32)
        byte = np.where(j == 0, lead_mark, np.uint32(0x80)) | ((cp >> shift) & np.where(j == 0, 0xFF, 0x3F))
        byte = np.where((j == 0) & (n_bytes == 1), cp, byte).astype(np.uint32)
        step = _CRC_TABLE[(register ^ byte) & np.uint32(0xFF)] ^ (register >> np.uint32(8))
        register = np.where(n_bytes > j, step, register)
    return register, n_bytes


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Lookup tables that make a shingle's CRC a few gathers per character (about 4 MB, built once).

    CRC-32 is affine in its register: the register after a character's bytes is the register moved
    past that many zero bytes (linear: two 16-bit table lookups) XOR the character's own CRC from 0.
    """
    bmp_own, bmp_bytes = _own_crc(np.arange(0x10000, dtype=np.uint32))
    halves = np.arange(0x10000, dtype=np.uint32)
    zeros = np.zeros((5, 2, 0x10000), dtype=np.uint32)  # [bytes, low/high half, half's value]
    for n in range(1, 5):
        zeros[n, 0] = _after_zeros(halves, n)
        zeros[n, 1] = _after_zeros(halves << np.uint32(16), n)
    start = np.array([_after_zeros(np.array([0xFFFFFFFF], dtype=np.uint32), n)[0] for n in range(5)], dtype=np.uint32)
    kept = np.zeros(0x110000, dtype=bool)  # the characters `_DROP` keeps, read off `_DROP` itself
    kept[codepoints(_DROP.sub("", every_character()))] = True
    return bmp_own, bmp_bytes.astype(np.intp), zeros.reshape(-1), start, kept


def shingle_hashes(body: str) -> np.ndarray:
    """CRC-32 of each shingle's UTF-8 bytes, at every position (duplicates included), as uint64.

    Equal to `zlib.crc32(g.encode("utf-8"))` for each g in `shingles(body)`. Works on code points:
    the characters `_DROP` removes are masked out by a table, each character's share of the CRC
    comes from a table, and a window's CRC is chained over its 5 characters with table lookups.
    """
    bmp_own, bmp_bytes, zeros, start, kept = _tables()
    cp = np.frombuffer(body.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cp = cp[kept[cp]]  # a lone surrogate is dropped, as `_DROP` drops it
    if len(cp) <= SHINGLE_CHARS:
        text = cp.tobytes().decode("utf-32-le")
        return np.array([zlib.crc32(text.encode("utf-8"))] if text else [], dtype=np.uint64)
    if cp.max() < 0x10000:
        own, n_bytes = bmp_own.take(cp), bmp_bytes.take(cp)
    else:
        own, n_bytes = _own_crc(cp)
        n_bytes = n_bytes.astype(np.intp)
    starts = len(cp) - SHINGLE_CHARS + 1
    crc = start.take(n_bytes[:starts]) ^ own[:starts]
    # where each character's tables start (zeros[n, half] at n * 2 * 0x10000 + half * 0x10000), found once for all
    # positions rather than once per position of the window; uint32, as the register halves added to them are
    # (the tables hold 655,360 entries), and `take`, cheaper than indexing with an array
    low = (n_bytes * 0x20000).astype(np.uint32)
    high = low + np.uint32(0x10000)
    for k in range(1, SHINGLE_CHARS):
        crc = zeros.take(low[k : k + starts] + (crc & np.uint32(0xFFFF))) ^ zeros.take(
            high[k : k + starts] + (crc >> np.uint32(16))
        )
        crc ^= own[k : k + starts]
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
