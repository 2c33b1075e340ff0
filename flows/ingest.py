"""The `ingest` flow: inputs → batches → parse (one task run per batch) → validate → load → record.

Only this module and its siblings import Prefect; each task is a thin wrapper over tasks/ and
warehouse/ functions, so one task run costs ~10 ms per batch of pages, not per page per step.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run

from contracts.validate import split_batch
from flows import PROJECT_ROOT
from tasks.inputs import list_inputs
from tasks.pipeline import BatchResult, process_batch
from tasks.records import Failure, SourceDoc
from tasks.tables import batch_tables
from warehouse.db import connect, db_path
from warehouse.load import LoadCounts, columns_by_table, finish_run, load_batch, start_run, unchanged_ids

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

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


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
def validate_and_load(batch: BatchResult, db: str, run_id: str) -> LoadCounts:
    now = datetime.now(UTC).replace(tzinfo=None)
    tables = batch_tables(batch.articles, run_id, now, columns_by_table())
    con = connect(db)
    try:
        same = unchanged_ids(con, tables["articles"])
        if same:
            tables = {name: frame[~frame["article_id"].isin(same)] for name, frame in tables.items()}
        split = split_batch(tables, run_id)
        failures = failure_frame(batch.failures, run_id, now)
        loaded = load_batch(con, split.valid, split.quarantine, failures)
    finally:
        con.close()
    logger = get_run_logger()
    for f in batch.failures:
        logger.warning("failed %s: %s (%s)", f.source_uri, f.reason, f.detail)
    if not split.quarantine.empty:
        for row in split.quarantine[split.quarantine["table_name"] == "articles"].itertuples():
            logger.warning("quarantined %s: %s", row.source_uri, row.reason)
    return LoadCounts(loaded, len(same), split.n_quarantined_articles, len(batch.failures))


def run_pipeline(
    flow_name: str,
    items: Iterable[str | SourceDoc | Failure],
    db: str | None,
    batch_size: int,
    parameters: dict[str, object],
) -> RunSummary:
    """Shared body of flows that turn inputs into articles: record the run, batch, load, summarise."""
    run_id = str(flow_run.get_id() or "local")
    target = str(db_path(db))
    con = connect(target)
    try:
        start_run(con, run_id, flow_name, target, parameters, deployment.get_name())
    finally:
        con.close()
    total, n_inputs, failures = LoadCounts(), 0, []
    status, error = "FAILED", None
    try:
        for chunk in _batched(items, batch_size):
            batch = parse_batch(chunk)
            n_inputs += batch.n_inputs
            counts = validate_and_load(batch, target, run_id)
            for name in ("loaded", "unchanged", "quarantined", "failed"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
            failures.extend({"input": f.source_uri, "reason": f.reason} for f in batch.failures)
        status = "COMPLETED"
    except BaseException as exc:
        error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        con = connect(target)
        try:
            finish_run(con, run_id, status, n_inputs, total, error)
        finally:
            con.close()
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


@flow(name="ingest", log_prints=True)
def ingest(paths: list[str] | None = None, db: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> RunSummary:
    """Load files and folders (default seeds/pages) into the warehouse."""
    inputs = [str(Path(p)) for p in (paths or DEFAULT_INPUTS)]
    return run_pipeline("ingest", list_inputs(inputs), db, batch_size, {"paths": inputs, "batch_size": batch_size})
