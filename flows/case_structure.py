"""Prefect tasks around the batches of an ingest run for the case structure (issue 3).

Before the batches: reference data (`regions`) so that articles.adcode is checked against it.
After the batches: near-duplicate marking over the whole warehouse (mirrors → articles.duplicate_of),
which needs every batch loaded first. Both are thin wrappers over warehouse/ functions.
"""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from warehouse.db import connect
from warehouse.duplicates import DuplicateSummary, mark_duplicates
from warehouse.reference import ensure_regions


@task(name="load-reference", cache_policy=NO_CACHE, persist_result=False)
def load_reference(db: str, run_id: str = "reference") -> int:
    with connect(db) as con:
        written = ensure_regions(con, run_id)
    if written:
        get_run_logger().info("regions: %d divisions loaded from seeds/reference/gazetteer", written)
    return written


@task(name="mark-duplicates", cache_policy=NO_CACHE, persist_result=False)
def mark_mirrors(db: str) -> DuplicateSummary:
    with connect(db) as con:
        summary = mark_duplicates(con)
    get_run_logger().info(
        "near-duplicates: %d pairs in %d clusters, %d articles point at a canonical row (%d changed)",
        summary.pairs,
        summary.clusters,
        summary.marked,
        summary.changed,
    )
    return summary
