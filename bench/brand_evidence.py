"""Brands precision and recall when a user keeps only the names with more evidence, by the stored columns.

A researcher who needs precision over recall filters `brands` in SQL; this prints what each filter buys on the gold,
using only what the table stores: `count` (how often the body uses the name) and the headline (a headline-only row
has `count = 0`; a name the headline also carries is found with `strpos(articles.title, brands.term) > 0`). Matching
is bench.case_gold's (`brand_key`); recall is against every gold brand of the set, so a filter's recall says what it
gives up.

    python -m bench.brand_evidence --sets heldout
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

from bench.case_gold import SETS, brand_key, gold_cases
from tasks.extract.brands import Brand


@dataclass(frozen=True)
class Kept:
    """One brand as a user's query sees it."""

    count: int
    in_headline: bool


FILTERS: dict[str, Callable[[Kept], bool]] = {
    "all rows": lambda k: True,
    "count >= 2 or in the headline": lambda k: k.count >= 2 or k.in_headline,
    "count >= 2": lambda k: k.count >= 2,
    "count >= 3 or in the headline": lambda k: k.count >= 3 or k.in_headline,
    # the rest of "all rows" after the first filter: where most false brands are
    "named once, not in the headline": lambda k: k.count == 1 and not k.in_headline,
}


def tally(sets: list[str]) -> tuple[dict[str, tuple[int, int]], int]:
    """Per filter (true, kept) over the sets' texts, and the number of gold brands."""
    from tasks.extract.brands import extract_brands
    from tasks.pipeline import process_source
    from tasks.records import Article

    counts = {name: (0, 0) for name in FILTERS}
    n_gold = 0
    for case in gold_cases(sets):
        gold = {brand_key(t) for t in case.gold.get("brands") or []}
        n_gold += len(gold)
        article = process_source(str(case.text_path))
        if not isinstance(article, Article):
            continue
        brands: list[Brand] = extract_brands(article.body, title=article.title)
        for brand in brands:
            kept = Kept(brand.count, brand.term in (article.title or ""))
            right = brand_key(brand.term) in gold
            for name, keep in FILTERS.items():
                if keep(kept):
                    tp, n = counts[name]
                    counts[name] = (tp + right, n + 1)
    return counts, n_gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="heldout", help="comma-separated: " + ",".join(SETS))
    args = parser.parse_args(argv)
    counts, n_gold = tally(args.sets.split(","))
    print(f"{'filter':32s} {'precision':>9s} {'recall':>7s} {'rows':>6s}   ({n_gold} gold brands, sets {args.sets})")
    for name, (tp, n) in counts.items():
        precision = f"{tp / n:.3f}" if n else "-"
        recall = f"{tp / n_gold:.3f}" if n_gold else "-"
        print(f"{name:32s} {precision:>9s} {recall:>7s} {n:>6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
