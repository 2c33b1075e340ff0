"""The `ingest` flow: inputs → batches → parse (one task run per batch) → validate → load → record.

Only this module and its siblings import Prefect; each task is a thin wrapper over tasks/ and
warehouse/ functions, so one task run costs ~10 ms per batch of pages, not per page per step.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from duckdb import DuckDBPyConnection
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run

from contracts.validate import Known, split_batch
from flows import PROJECT_ROOT
from flows.alerts import after_run, alert_failed_flow
from flows.case_structure import load_reference, mark_mirrors
from flows.fetching import fetch_chunk, list_mixed, make_policy, record_pages
from flows.interrupt import interruption, noted
from tasks.fetch import FetchPolicy, is_url
from tasks.pipeline import BatchResult, process_batch
from tasks.records import Failure, SourceDoc
from tasks.tables import article_probe, batch_tables
from warehouse.db import connect, db_path
from warehouse.dq import batch_dq, known_references, stored_snapshots
from warehouse.load import (
    LoadCounts,
    columns_by_table,
    finish_run,
    load_batch,
    record_progress,
    start_run,
    unchanged_ids,
)
from warehouse.lock import exclusive_run

DEFAULT_INPUTS = [str(PROJECT_ROOT / "seeds" / "pages")]
DEFAULT_BATCH_SIZE = 200


@dataclass
class RunSummary:
    run_id: str
    flow_name: str
    status: str
    db_path: str
    n_inputs: int
    n_articles: int
    n_unchanged: int
    n_quarantined: int
    n_failed: int
    failures: list[dict[str, str]]


def _batched(items: Iterable[str | SourceDoc | Failure], size: int) -> Iterator[list[str | SourceDoc | Failure]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def failure_frame(failures: list[Failure], run_id: str, at: datetime) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "run_id": run_id,
                "url": f.source_uri,
                "stage": f.stage,
                "reason": f.reason,
                "attempts": getattr(f, "attempts", 1),
                "last_status": getattr(f, "last_status", None),
                "last_error": f.detail,
                "at": at,
            }
            for f in failures
        ],
        columns=["run_id", "url", "stage", "reason", "attempts", "last_status", "last_error", "at"],
    ).astype({"last_status": "Int64"})


@task(name="parse-batch", cache_policy=NO_CACHE, persist_result=False)
def parse_batch(items: list[str | SourceDoc | Failure]) -> BatchResult:
    return process_batch(items)


@task(name="validate-and-load", cache_policy=NO_CACHE, persist_result=False)
def validate_and_load(
    batch: BatchResult,
    db: str,
    run_id: str,
    known: Known,
    total: LoadCounts | None = None,
    n_inputs: int = 0,
    more_unchanged: int = 0,
) -> LoadCounts:
    """`known`: values of referenced columns (regions.adcode), read once per run, not per batch.

    `total` and `n_inputs`: the run's totals before this batch; the totals after it are written to
    `runs` in the batch's own transaction. `more_unchanged`: URLs found unchanged before parsing.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    con = connect(db)
    try:
        # Unchanged pages (same content hash and extractor version) are set aside before the costly
        # derivation of facts, regions and the rest: a re-run over a large corpus derives nothing.
        same = unchanged_ids(con, article_probe(batch.articles))
        fresh = [a for a in batch.articles if a.article_id not in same]
        tables, derive_failures = batch_tables(fresh, run_id, now, columns_by_table())
        failed = batch.failures + derive_failures
        split = split_batch(tables, run_id, known)
        failures = failure_frame(failed, run_id, now)
        dq = batch_dq(run_id, stored_snapshots(con, same), split)
        unchanged, quarantined = len(same) + more_unchanged, split.n_quarantined_articles

        def progress(con: DuckDBPyConnection, loaded: int) -> None:
            base = total or LoadCounts()
            after = LoadCounts(
                base.loaded + loaded,
                base.unchanged + unchanged,
                base.quarantined + quarantined,
                base.failed + len(failed),
            )
            record_progress(con, run_id, n_inputs, after)

        loaded = load_batch(con, split.valid, split.quarantine, failures, dq, progress if total is not None else None)
    finally:
        con.close()
    logger = get_run_logger()
    for f in failed:
        logger.warning("failed %s: %s (%s)", f.source_uri, f.reason, f.detail)
    if not split.quarantine.empty:
        for row in split.quarantine[split.quarantine["table_name"] == "articles"].itertuples():
            logger.warning("quarantined %s: %s", row.source_uri, row.reason)
    listed = [{"input": f.source_uri, "reason": f.reason} for f in failed]
    return LoadCounts(loaded, unchanged, quarantined, len(failed), listed)


def run_pipeline(
    flow_name: str,
    items: Iterable[str | SourceDoc | Failure],
    db: str | None,
    batch_size: int,
    parameters: dict[str, object],
    fetch_policy: FetchPolicy | None = None,
) -> RunSummary:
    """Shared body of flows that turn inputs into articles: record the run, batch, load, summarise.

    The whole run holds the warehouse's run lock (warehouse/lock.py): no two runs write at once; a
    run that finds it busy waits (bounded, $CASES_LOCK_WAIT) and then fails with WarehouseBusy.
    """
    run_id = str(flow_run.get_id() or "local")
    target = str(db_path(db))
    name = deployment.get_name()
    with noted(), exclusive_run(target, run_id=run_id, flow_name=flow_name, parameters=parameters, deployment=name):
        return _run_locked(flow_name, items, target, batch_size, parameters, run_id, fetch_policy)


def _run_locked(
    flow_name: str,
    items: Iterable[str | SourceDoc | Failure],
    target: str,
    batch_size: int,
    parameters: dict[str, object],
    run_id: str,
    fetch_policy: FetchPolicy | None = None,
) -> RunSummary:
    con = connect(target)
    try:
        start_run(con, run_id, flow_name, target, parameters, deployment.get_name())
    finally:
        con.close()
    total, n_inputs, failures = LoadCounts(), 0, []
    status, error = "FAILED", None
    try:
        load_reference(target)  # regions, before articles.adcode is checked against it
        con = connect(target)
        try:
            known = known_references(con)  # the reference tables do not change during a run
        finally:
            con.close()
        for chunk in _batched(items, batch_size):
            fetched = fetch_chunk(chunk, target, fetch_policy)  # URLs → documents | failures | unchanged
            batch = parse_batch(fetched.items)
            seen = n_inputs + batch.n_inputs + len(fetched.unchanged)
            counts = validate_and_load(batch, target, run_id, known, total, seen, len(fetched.unchanged))
            n_inputs = seen  # counted once its batch is in: inputs = articles + unchanged + quarantined + failed
            if fetched.pages:  # after the articles: a `pages` row never promises an article not loaded
                record_pages(fetched.pages, target, run_id)
            for name in ("loaded", "unchanged", "quarantined", "failed"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
            failures.extend(counts.failures)
        mark_mirrors(target)  # near-duplicates over the whole warehouse, once every batch is in
        status = "COMPLETED"
    except BaseException as exc:
        signame = interruption(exc)  # Ctrl-C or SIGTERM: recorded as such, with the counts so far
        status = "CANCELLED" if signame else "FAILED"
        error = (
            f"interrupted by {signame}; the batches loaded before it are kept and counted in this row "
            "(a re-run loads the rest)"
            if signame
            else f"{type(exc).__name__}: {exc}"
        )
        raise
    finally:
        con = connect(target)
        try:
            finish_run(con, run_id, status, n_inputs, total, error)
        finally:
            con.close()
        after_run(target, run_id)  # data-quality totals, table-level checks, alerts; never raises
    return RunSummary(
        run_id,
        flow_name,
        status,
        target,
        n_inputs,
        total.loaded,
        total.unchanged,
        total.quarantined,
        total.failed,
        failures,
    )


@flow(name="ingest", log_prints=True, on_failure=[alert_failed_flow], on_crashed=[alert_failed_flow])
def ingest(
    paths: list[str] | None = None,
    db: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fetch: dict[str, object] | None = None,
) -> RunSummary:
    """Load files, folders and URLs (default seeds/pages) into the warehouse.

    `fetch` overrides FetchPolicy settings for URL inputs (e.g. {"allow_private": True, "delay": 0}).
    """
    inputs = [p if is_url(p) else str(Path(p)) for p in (paths or DEFAULT_INPUTS)]
    policy = make_policy(fetch)
    parameters = {"paths": inputs, "batch_size": batch_size, "fetch": fetch or {}}
    return run_pipeline("ingest", list_mixed(inputs), db, batch_size, parameters, policy)
