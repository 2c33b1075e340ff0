"""Which annotator sets each brand cue moves: the audit for rules fitted to one text.

Every entry of every list in tasks/extract/data/brands.toml is removed in turn and the brands of all
gold texts (seeds, dev, held-out) are extracted again; a line per entry says how many brands changed,
in which annotator sets (tests/gold/annotators.csv), and which (`+` found only without the entry, `-`
found only with it; ✓ in the gold, ✗ not). An entry that moves one text or one set only is a candidate
for fitting: it should stand for a kind of the genre (say which in brands.toml) or go.

    python -m bench.brand_ablation                      # every list
    python -m bench.brand_ablation --lists leaders,not_brands
    python -m bench.brand_ablation --changed-only
"""

from __future__ import annotations

import argparse
import copy
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bench import case_gold as cg
from tasks.extract import brands as b
from tasks.pipeline import process_source
from tasks.records import Article


@dataclass(frozen=True)
class Text:
    id: str
    annotator: str
    body: str
    title: str | None
    gold: frozenset[str]


def gold_texts() -> list[Text]:
    texts = []
    for case in cg.gold_cases(("seeds", "dev", "heldout")):
        article = process_source(str(case.text_path))
        if isinstance(article, Article):
            gold = frozenset(cg.brand_key(t) for t in case.gold.get("brands") or [])
            texts.append(Text(case.id, cg.annotator_of(case.id), article.body, article.title, gold))
    return texts


def predict(texts: list[Text]) -> dict[str, set[str]]:
    return {t.id: {cg.brand_key(x.term) for x in b.extract_brands(t.body, title=t.title)} for t in texts}


def _clear() -> None:
    """Every cache of brands.py: the cues it loaded, and what it derived or judged from them (the
    patterns built from the cue lists, the per-term and per-quote verdicts)."""
    for value in list(vars(b).values()):
        if hasattr(value, "cache_clear") and getattr(value, "__module__", None) == b.__name__:
            value.cache_clear()


@contextmanager
def cue_data(data: dict[str, Any]) -> Iterator[None]:
    """brands.py reads its cues from `data` instead of brands.toml while inside."""
    real = b.tomllib
    b.tomllib = type("Loader", (), {"loads": staticmethod(lambda _text: data)})  # type: ignore[assignment]
    _clear()
    try:
        yield
    finally:
        b.tomllib = real
        _clear()


def changes(texts: list[Text], base: dict[str, set[str]], other: dict[str, set[str]]) -> list[tuple[Text, str]]:
    out = []
    for t in texts:
        out += [(t, f"{t.id}+{x}{'✓' if x in t.gold else '✗'}") for x in sorted(other[t.id] - base[t.id])]
        out += [(t, f"{t.id}-{x}{'✓' if x in t.gold else '✗'}") for x in sorted(base[t.id] - other[t.id])]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", help="comma-separated list names of brands.toml (default: all)")
    parser.add_argument("--changed-only", action="store_true", help="leave out entries that change nothing")
    args = parser.parse_args(argv)
    texts = gold_texts()
    base = predict(texts)
    data = tomllib.loads(b.CUES_TOML.read_text(encoding="utf-8"))
    wanted = set(args.lists.split(",")) if args.lists else set(data)
    print("list\tentry\tchanged\tsets\tbrands")
    for key, values in data.items():
        if key not in wanted:
            continue
        for value in values:
            trial = copy.deepcopy(data)
            trial[key] = [v for v in values if v != value]
            with cue_data(trial):
                moved = changes(texts, base, predict(texts))
            if moved or not args.changed_only:
                sets = ",".join(sorted({t.annotator for t, _ in moved}))
                print(f"{key}\t{value}\t{len(moved)}\t{sets}\t{' '.join(m for _, m in moved)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
