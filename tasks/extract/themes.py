"""Themes of a case from the keyword taxonomy in seeds/themes.csv: (theme, hits, keywords found).

The taxonomy is data so researchers can refine it without touching code: a theme is reported when
its keywords occur at least `min_hits` times in title and body together (one passing mention of
志愿者 does not make a case about 三社联动).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

THEMES_CSV = Path(__file__).resolve().parents[2] / "seeds" / "themes.csv"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    keywords: tuple[str, ...]
    description: str
    min_hits: int


@dataclass(frozen=True, slots=True)
class ThemeHit:
    theme: str
    hits: int
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def taxonomy() -> tuple[Theme, ...]:
    with THEMES_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(
            Theme(
                r["theme"],
                tuple(k for k in r["keywords"].split("|") if k),
                r["description"],
                int(r.get("min_hits") or 1),
            )
            for r in csv.DictReader(f)
        )


def extract_themes(title: str | None, body: str) -> list[ThemeHit]:
    text = f"{title or ''}\n{body}"
    out = []
    for theme in taxonomy():
        counts = {k: text.count(k) for k in theme.keywords}
        hits = sum(counts.values())
        if hits >= theme.min_hits:
            out.append(ThemeHit(theme.name, hits, tuple(k for k, n in counts.items() if n)))
    return out
