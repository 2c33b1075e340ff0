"""Prefect tasks around the batches of an ingest run for the case structure (issue 3).

Before the batches: reference data (`regions`) so that articles.adcode is checked against it.
After the batches: near-duplicate marking around the articles the run loaded (mirrors →
articles.duplicate_of), which needs every batch loaded first. Both are thin wrappers over warehouse/ functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from duckdb import DuckDBPyConnection
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from warehouse.duplicates import DuplicateSummary, mark_duplicates
from warehouse.reference import ensure_regions


@task(name="load-reference", cache_policy=NO_CACHE, persist_result=False)
def load_reference(con: DuckDBPyConnection, run_id: str = "reference") -> int:
    """`con`: the run's connection (schema current). Costs a stat per gazetteer file when they are unchanged."""
    written = ensure_regions(con, run_id)
    if written:
        get_run_logger().info("regions: %d divisions loaded from seeds/reference/gazetteer", written)
    return written


@task(name="mark-duplicates", cache_policy=NO_CACHE, persist_result=False)
def mark_mirrors(con: DuckDBPyConnection, article_ids: Iterable[str] | None) -> DuplicateSummary:
    """Near-duplicates around the articles a run loaded (`article_ids`; None: the whole warehouse), on the
    run's connection."""
    summary = mark_duplicates(con, touched=article_ids)
    get_run_logger().info(
        "near-duplicates: %d pairs in %d clusters, %d articles point at a canonical row (%d changed)",
        summary.pairs,
        summary.clusters,
        summary.marked,
        summary.changed,
    )
    return summary
