"""The table-driven shingle hashes equal zlib's CRC-32 of every shingle, for every character."""

from __future__ import annotations

import re
import zlib

import numpy as np

from tasks.extract import fingerprint as fp


def _reference(body: str) -> list[int]:
    text = fp._DROP.sub("", body)
    if len(text) <= fp.SHINGLE_CHARS:
        return [zlib.crc32(text.encode("utf-8"))] if text else []
    return [zlib.crc32(text[i : i + fp.SHINGLE_CHARS].encode("utf-8")) for i in range(len(text) - 4)]


def test_kept_characters_are_what_the_drop_pattern_keeps() -> None:
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    kept = re.sub(fp._DROP, "", every)
    assert "".join(ch for ch in every if fp._tables()[4][ord(ch)]) == kept


def test_every_character_in_every_position() -> None:
    """All code points but surrogates, in runs that put each at each of a shingle's five places,
    mixed with 1- to 4-byte neighbours and dropped characters."""
    points = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]
    for start in range(0, len(points), 4099):
        chunk = "".join(map(chr, points[start : start + 4099]))
        body = chunk + " 中,a_é𠀀" + chunk[:7]
        assert fp.shingle_hashes(body).tolist() == _reference(body)


def test_short_and_empty_bodies() -> None:
    for body in ("", " ,。", "中", "党建社区", "党建 社区治", "a😀b_c", "党建\ud800社区治理"):
        assert fp.shingle_hashes(body).tolist() == _reference(body)
        assert fp.shingle_hashes(body).dtype == np.uint64
