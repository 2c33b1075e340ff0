"""Extraction measured against a hand-made gold standard for the five seeds (tests/gold/*.csv).

The gold files were made by reading the simplified bodies (`cases extract --json seeds/pages/X.txt`):
every figure, quoted name, measure heading and region; see tests/gold/README.md for the rules.
Run with `-s` to see the figures; the README quotes them.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest

from tasks.extract.brands import extract_brands
from tasks.extract.facts import Fact, extract_facts
from tasks.extract.practices import extract_practices
from tasks.extract.regions import resolve_region
from tasks.pipeline import process_source
from tasks.records import Article

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = ROOT / "seeds" / "pages"

FACT_PRECISION, FACT_RECALL = 0.95, 0.90
BRAND_PRECISION, BRAND_RECALL = 0.90, 0.85


@lru_cache(maxsize=8)
def article(seed: str) -> Article:
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    result = process_source(str(path))
    assert isinstance(result, Article), result
    return result


def gold_rows(name: str) -> Iterator[dict[str, str]]:
    with (GOLD / name).open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _num(text: str) -> float | None:
    return float(text) if text else None


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9))


def score_facts() -> dict[str, float]:
    gold_by_seed: dict[str, list[dict]] = {}
    for row in gold_rows("facts.csv"):
        body = article(row["seed"]).body
        assert body.count(row["context"]) == 1, f"gold context not unique in {row['seed']}: {row['context']}"
        start = body.index(row["context"]) + row["context"].index(row["raw"])
        gold_by_seed.setdefault(row["seed"], []).append({**row, "start": start, "end": start + len(row["raw"])})
    tp = fp = fn = qualifier_ok = 0
    for seed, gold in gold_by_seed.items():
        predicted: list[Fact] = extract_facts(article(seed).body)
        unmatched = list(gold)
        for f in predicted:
            hit = next(
                (
                    g
                    for g in unmatched
                    # same figure (value, range end, unit) at an overlapping place in the body
                    if _same(f.value, _num(g["value"]))
                    and _same(f.value_max, _num(g["value_max"]))
                    and (f.unit or "") == g["unit"]
                    and f.char_start < g["end"]
                    and g["start"] < f.char_end
                ),
                None,
            )
            if hit is None:
                fp += 1
            else:
                unmatched.remove(hit)
                tp += 1
                qualifier_ok += (f.qualifier or "") == hit["qualifier"]
        fn += len(unmatched)
    return {
        "gold": tp + fn,
        "predicted": tp + fp,
        "tp": tp,
        "precision": tp / (tp + fp),
        "recall": tp / (tp + fn),
        "qualifier_accuracy": qualifier_ok / tp,
    }


def score_brands() -> dict[str, float]:
    gold = {(r["seed"], r["term"]) for r in gold_rows("brands.csv")}
    predicted = {(seed, b.term) for seed in {s for s, _ in gold} for b in extract_brands(article(seed).body)}
    tp = len(gold & predicted)
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "tp": tp,
        "precision": tp / len(predicted),
        "recall": tp / len(gold),
    }


def test_fact_precision_and_recall() -> None:
    s = score_facts()
    report = (
        f"facts: gold {s['gold']}, predicted {s['predicted']}, matched {s['tp']}: precision {s['precision']:.3f}, "
        f"recall {s['recall']:.3f}, qualifier agreement on matches {s['qualifier_accuracy']:.3f}"
    )
    print("\n" + report)
    assert s["gold"] >= 60
    assert s["precision"] >= FACT_PRECISION and s["recall"] >= FACT_RECALL, report


def test_brand_precision_and_recall() -> None:
    s = score_brands()
    report = (
        f"brands: gold {s['gold']}, predicted {s['predicted']}, matched {s['tp']}: "
        f"precision {s['precision']:.3f}, recall {s['recall']:.3f}"
    )
    print("\n" + report)
    assert s["precision"] >= BRAND_PRECISION and s["recall"] >= BRAND_RECALL, report


def test_every_fact_points_into_the_body() -> None:
    for seed in ("000", "001", "002", "003", "004"):
        body = article(seed).body
        for f in extract_facts(body):
            assert body[f.char_start : f.char_end] == f.raw
            assert f.raw in f.sentence


@pytest.mark.parametrize("row", list(gold_rows("regions.csv")), ids=lambda r: r["seed"])
def test_regions_match_gold(row: dict[str, str]) -> None:
    a = article(row["seed"])
    r = resolve_region(a.title, a.author_org, a.body)
    got = (r.province or "", r.city or "", r.county or "", r.adcode or "", r.level or "")
    assert got == (row["province"], row["city"], row["county"], row["adcode"], row["region_level"])


def test_measure_headings_match_gold() -> None:
    gold: dict[str, list[tuple[str, str]]] = {}
    for row in gold_rows("practices.csv"):
        gold.setdefault(row["seed"], []).append((row["marker"], row["heading"]))
    for seed, expected in gold.items():
        got = [(p.marker or "", p.heading) for p in extract_practices(article(seed))]
        assert got == expected, seed
    assert sum(map(len, gold.values())) == 27
