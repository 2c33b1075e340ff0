"""Traditional → simplified, decided per page.

Only a small share of pages are traditional (mirrors), and the pure-Python converter runs at about
0.4 M chars/s, so detection counts characters that exist only in traditional script (from OpenCC's
own TSCharacters table) and converts only pages above a threshold.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import opencc

_HAN = re.compile(r"[\u4e00-\u9fff]")

TRADITIONAL_SHARE = 0.05  # seeds: traditional pages ~0.36, simplified pages 0.0


@lru_cache(maxsize=1)
def _traditional_only() -> frozenset[str]:
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        trad, _, simp = line.partition("\t")
        if trad and trad not in simp.split():
            chars.add(trad)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def traditional_share(text: str) -> float:
    trad = _traditional_only()
    han = len(_HAN.findall(text))
    return sum(1 for ch in text if ch in trad) / han if han else 0.0


def detect_script(text: str, sample_chars: int = 4000) -> str:
    """A page's script from its first few thousand characters (plenty: scripts do not mix by page)."""
    return "traditional" if traditional_share(text[:sample_chars]) >= TRADITIONAL_SHARE else "simplified"


def to_simplified(lines: list[str]) -> list[str]:
    """Convert line by line joined as one call (cheaper) while keeping the line structure."""
    converted = _converter().convert("\n".join(lines)).split("\n")
    if len(converted) != len(lines):  # never seen; convert one by one rather than misalign
        converted = [_converter().convert(line) for line in lines]
    return converted
