"""bench/scale.py's memory figures: the peak at one fixed batch size is printed beside, not instead of, the
default schedule's line (whose flat criterion stays as it is)."""

from __future__ import annotations

from bench.scale import fixed_batch_line

MIB = 2**20


def test_the_fixed_batch_line_compares_the_largest_corpus_with_the_smallest() -> None:
    line = fixed_batch_line(400, {10_000: (2_100 * MIB, 1_500 * MIB), 1_000: (2_000 * MIB, 1_400 * MIB)})
    assert "fixed --batch-size 400" in line
    assert "2000 MiB at 1000 pages, 2100 MiB at 10000: +5%" in line
    assert "PSS +7%" in line
    assert "flat" not in line, "no verdict of its own: the criterion is the default schedule's"


def test_a_missing_pss_reading_is_said_not_divided_by() -> None:
    assert fixed_batch_line(400, {1_000: (MIB, 0), 3_000: (2 * MIB, 0)}).endswith("+100%; PSS not read")
