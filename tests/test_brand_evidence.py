"""bench.brand_evidence: the SQL filters' precision and recall agree with bench.case_gold on the seeds."""

from __future__ import annotations

from bench.brand_evidence import FILTERS, tally
from bench.case_gold import score


def test_all_rows_is_the_scorers_figure_and_filters_keep_fewer() -> None:
    counts, n_gold = tally(["seeds"])
    seeds = score(["seeds"])["seeds"].figures()
    tp, kept = counts["all rows"]
    assert tp / kept == seeds["brands_precision"]
    assert tp / n_gold == seeds["brands_recall"]
    for name in FILTERS:
        assert counts[name][1] <= kept  # a filter only drops rows
    assert counts["count >= 3 or in the headline"][1] <= counts["count >= 2 or in the headline"][1]
