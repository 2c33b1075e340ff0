"""The `ingest` flow: inputs → batches → parse (one task run per batch) → validate → load → record.

Only this module and its siblings import Prefect; each task is a thin wrapper over tasks/ and
warehouse/ functions, so one task run costs ~10 ms per batch of pages, not per page per step.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from duckdb import DuckDBPyConnection
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import deployment, flow_run

from contracts.validate import DQ_FAILURE_COLUMNS, SplitBatch
from flows import PROJECT_ROOT, warm_deriver
from flows.alerts import after_run, alert_failed_flow
from flows.batching import BatchSizes, batched
from flows.case_structure import load_reference, mark_mirrors
from flows.fetching import Fetched, fetch_chunk, list_mixed, make_policy, record_pages
from flows.interrupt import interruption, noted
from flows.progress import RunProgress
from flows.shutdown import stop_prefect_services_at_exit
from flows.spool import Spool, Spooled, UnreadableResult, clear_stale, handover_in_files, spool_result
from flows.worker_server import discard_server
from flows.workers import OrderedBatches, default_workers, make_runner
from tasks.http_client import FetchPolicy
from tasks.records import Failure, SourceDoc
from tasks.urls import is_url
from tasks.version import EXTRACTOR_VERSION
from tasks.worker import BatchJob, BatchOutcome, FileBytes, Item, read_file, work_batch
from tasks.worker_start import wait_for_derivation
from warehouse.db import connect, db_path
from warehouse.dq_batch import batch_dq, known_references, stored_snapshots
from warehouse.duplicate_content import record_duplicate_content
from warehouse.duplicates import previous_canonicals
from warehouse.load import LoadCounts, Writer, columns_by_table, finish_run, load_batch, record_progress, start_run
from warehouse.run_journal import exclusive_run
from warehouse.search import Postings, cut_postings
from warehouse.sources import FileKeys, Plan, plan_files, plan_sent, source_frame

DEFAULT_INPUTS = [str(PROJECT_ROOT / "seeds" / "pages")]
# Files are planned this many at a time (one join against the stored fingerprints): a re-run's writer
# makes one round trip per block, not two per batch, and a block's paths stay small in memory.
PLAN_BLOCK = 10_000
# The near-duplicate pass starts from the ids a run loaded (and their old canonicals). Past this many,
# the run stops collecting them and the pass covers the whole warehouse, so a run's memory does not grow
# with its corpus (500k ids are ~60 MB; a run that large touches much of the warehouse anyway).
TOUCHED_CAP = 500_000


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


Input = str | SourceDoc | Failure


def _last_marked(blocks: Iterable[tuple[Plan, list[Input]]]) -> Iterator[tuple[Plan, list[Input], bool]]:
    """Each block with whether it is the last (one block read ahead)."""
    iterator = iter(blocks)
    current = next(iterator, None)
    while current is not None:
        following = next(iterator, None)
        yield *current, following is None
        current = following


def _planned_blocks(
    items: Iterable[Input], connection: Callable[[], DuckDBPyConnection]
) -> Iterator[tuple[Plan, list[Input]]]:
    """Each block of PLAN_BLOCK listed inputs as (its files' plan, what is left to send, in order);
    `connection()` gives the connection to plan a block on when it is planned."""
    keys = FileKeys()  # folders resolved once per run
    for block in batched(items, PLAN_BLOCK):
        files = [i for i in block if isinstance(i, str) and not is_url(i)]
        plan = plan_files(connection(), files, EXTRACTOR_VERSION, keys) if files else Plan([], {}, [])
        rest = [i for i in block if not (isinstance(i, str) and not is_url(i)) or i in plan.article_ids]
        yield plan, rest


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
                "failed_at": at,
            }
            for f in failures
        ],
        columns=["run_id", "url", "stage", "reason", "attempts", "last_status", "last_error", "failed_at"],
    ).astype({"last_status": "Int64"})


@dataclass
class Derived:
    """A batch's outcome and, when a worker cut them, its articles' search index rows."""

    outcome: BatchOutcome | None
    postings: Postings | None = None
    sources: pd.DataFrame | None = None  # the batch's validated `sources` rows, when a worker built them

    def take(self) -> tuple[BatchOutcome, Postings | None, pd.DataFrame | None]:
        """Hand the contents over once, leaving this object empty.

        Why: Prefect keeps each task run's result object until the flow run ends (its state's result
        record), so a run's batches all stayed in the writer's memory, about 45 MB each: peak RSS
        grew with the corpus. Emptied once written, each batch's frames are freed.
        """
        if self.outcome is None:
            raise RuntimeError("a batch's result is written once")
        taken = (self.outcome, self.postings, self.sources)
        self.outcome = self.postings = self.sources = None
        return taken


@task(name="derive-batch", cache_policy=NO_CACHE, persist_result=False)
def derive_batch(job: BatchJob) -> Derived | Spooled:
    """Read, decode, parse, derive and validate one batch, cut its search postings and build its
    validated fingerprint rows: in a worker process or on a Dask worker, so that the single writer,
    the run's serial part, only appends rows (validating `sources` took ~4 ms per batch of its CPU).

    With a spool (`job.spool`), the result goes into a file there and only its descriptor travels back
    (flows/spool.py: why)."""
    stop_prefect_services_at_exit()
    wait_for_derivation()  # a one-batch run's load started beside Prefect's temporary API (tasks/worker_start.py)
    outcome = work_batch(job)
    articles = outcome.split.valid.get("articles")
    postings = cut_postings(articles) if articles is not None and not articles.empty else None
    sources = source_frame(outcome.sources, job.run_id) if outcome.sources else None
    derived = Derived(outcome, postings, sources)
    if job.spool is None:
        return derived
    return spool_result(derived, job.spool, [_input_name(item) for item in job.items])


def _input_name(item: Item) -> str | Failure:
    """What a batch's input is recorded as should its result be lost: its path or URL (a failure as it is)."""
    if isinstance(item, Failure):
        return item
    if isinstance(item, str):
        return item
    return item.path if isinstance(item, FileBytes) else item.source_uri


def unspool(spooled: Spooled) -> Derived:
    """A spooled batch's result, read back; a file that cannot be read is its batch's inputs recorded as
    failures, each with the reason (a re-run derives them again), never a batch lost without a trace."""
    try:
        derived = spooled.load()
        if not isinstance(derived, Derived) or derived.outcome is None:
            raise UnreadableResult(f"{spooled.path}: not a batch's result ({type(derived).__name__})")
        return derived
    except UnreadableResult as exc:
        get_run_logger().error("a batch's result could not be read back: %s", exc)
        failures = [
            item
            if isinstance(item, Failure)
            else Failure(item, "parse", "result lost in hand-over (spool file unreadable)", str(exc)[-2000:])
            for item in spooled.inputs
        ]
        lost = _nothing_new()
        return Derived(BatchOutcome(lost.split, failures, [], [], len(spooled.inputs)))


def derive_here(job: BatchJob) -> Derived:
    """A small batch in the writer's own process: the writer cuts its postings in the load."""
    wait_for_derivation()
    return Derived(work_batch(job))


def server_deriver(api_url: str | None) -> Callable[[BatchJob], Derived] | None:
    """How a run of one batch derives it when the run uses a `cases server` at `api_url`: sent to the
    server's deriver, which has the derivation loaded (flows/warm_deriver.py: why), else here; None when
    there is no server to ask ($CASES_DERIVER=0 also says no)."""
    if not api_url or os.environ.get("CASES_DERIVER", "1") == "0":
        return None
    fingerprint: list[str] = []  # (computed once, when there is a batch to send)

    def derive(job: BatchJob) -> Derived:
        fingerprint[:] = fingerprint or [warm_deriver.derivation_fingerprint()]
        # as bytes, read here: the deriver derives what this run planned, whatever it can open itself
        sent = replace(job, items=[read_file(i) if isinstance(i, str) else i for i in job.items])
        reply = warm_deriver.request(api_url, sent, fingerprint[0])
        if reply.outcome is not None:
            get_run_logger().info("%d inputs derived by the server's deriver", len(job.items))
            return Derived(reply.outcome)
        get_run_logger().info("derived in this process: %s", reply.reason)
        return derive_here(job)

    return derive


def load_outcome(
    outcome: BatchOutcome,
    con: DuckDBPyConnection,
    run_id: str,
    skipped: list[str],
    total: LoadCounts | None = None,
    n_inputs: int = 0,
    more_unchanged: int = 0,
    postings: Postings | None = None,
    sources: pd.DataFrame | None = None,
) -> LoadCounts:
    """The single writer: one transaction of validated rows per batch, then the batch's fingerprints.

    A plain call in the flow run, not a task run: the writer is the serial part of a run, and a task
    run per batch (its state changes posted to the API) cost about 60 ms of the writer's time per batch.

    `skipped`: article ids the writer found unchanged by stat, never sent to a worker.

    `total` and `n_inputs`: the run's totals before this batch; the totals after it are written to
    `runs` in the batch's own transaction, so a run killed later still shows what it loaded.
    `more_unchanged`: URLs found unchanged by a conditional GET before parsing.
    `sources`: the batch's `sources` rows when a worker built them (else built here from the outcome).
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    split = outcome.split
    same = set(outcome.unchanged) | set(skipped)
    dq = batch_dq(run_id, stored_snapshots(con, same), split)
    unchanged, quarantined = len(same) + more_unchanged, split.n_quarantined_articles
    n_failed = len(outcome.failures)

    def progress(con: DuckDBPyConnection, loaded: int) -> None:
        base = total or LoadCounts()
        after = LoadCounts(
            base.loaded + loaded,
            base.unchanged + unchanged,
            base.quarantined + quarantined,
            base.failed + n_failed,
        )
        record_progress(con, run_id, n_inputs, after)

    failures = failure_frame(outcome.failures, run_id, now) if outcome.failures else None
    if sources is None and outcome.sources:  # with the articles, one commit
        sources = source_frame(outcome.sources, run_id)
    loaded = load_batch(
        con, split.valid, split.quarantine, failures, dq, progress if total is not None else None, postings, sources
    )
    if "articles" in split.valid:  # twins loaded in earlier batches or runs
        record_duplicate_content(con, run_id, split.valid["articles"]["article_id"])
    logger = get_run_logger()
    for f in outcome.failures:
        logger.warning("failed %s: %s (%s)", f.source_uri, f.reason, f.detail)
    if not split.quarantine.empty:
        for row in split.quarantine[split.quarantine["table_name"] == "articles"].itertuples():
            logger.warning("quarantined %s: %s", row.source_uri, row.reason)
    listed = [{"input": f.source_uri, "reason": f.reason} for f in outcome.failures]
    return LoadCounts(loaded, unchanged, quarantined, n_failed, listed)


def _nothing_new() -> BatchOutcome:
    """The outcome of batches with nothing to parse: no rows, nothing to validate (no worker, no pandera pass)."""
    split = SplitBatch({}, pd.DataFrame(), pd.DataFrame(columns=DQ_FAILURE_COLUMNS), 0)
    return BatchOutcome(split, [], [], [], 0)


@dataclass
class Dispatch:
    """How batches reach workers: N local processes, or a Dask cluster, and whether files travel as bytes."""

    workers: int = 1
    dask_address: str | None = None
    send_bytes: bool = False  # the writer reads files; workers need not see its file system

    @property
    def shares_files(self) -> bool:
        """Whether workers see the writer's file system (the local pool; a cluster told so): results may
        come back through files (flows/spool.py)."""
        return not self.send_bytes

    @classmethod
    def for_run(cls, workers: int | None, dask_address: str | None, shared_fs: bool = False) -> Dispatch:
        address = dask_address or os.environ.get("CASES_DASK_ADDRESS") or None
        # A remote cluster gets bytes unless told its workers see the same paths.
        return cls(workers or default_workers(), address, send_bytes=bool(address) and not shared_fs)


def run_pipeline(
    flow_name: str,
    items: Iterable[str | SourceDoc | Failure],
    db: str | None,
    batch_size: int | None,
    parameters: dict[str, object],
    fetch_policy: FetchPolicy | None = None,
    dispatch: Dispatch | None = None,
    expected: int | None = None,
) -> RunSummary:
    """Shared body of flows that turn inputs into articles: record the run, batch, load, summarise.

    The whole run holds the warehouse's run lock (warehouse/run_lock.py): no two runs write at once; a
    run that finds it busy waits (bounded, $CASES_LOCK_WAIT) and then fails with WarehouseBusy.
    """
    sizes = BatchSizes.for_run(batch_size)  # before anything is recorded: a bad size is a usage error
    parameters = {**parameters, "batch_size": sizes.describe()}
    run_id = str(flow_run.get_id() or "local")
    target = str(db_path(db))
    name = deployment.get_name()
    with noted(), exclusive_run(target, run_id=run_id, flow_name=flow_name, parameters=parameters, deployment=name):
        return _run_locked(flow_name, items, target, sizes, parameters, run_id, fetch_policy, dispatch, expected)


def _run_locked(
    flow_name: str,
    items: Iterable[str | SourceDoc | Failure],
    target: str,
    sizes: BatchSizes,
    parameters: dict[str, object],
    run_id: str,
    fetch_policy: FetchPolicy | None = None,
    dispatch: Dispatch | None = None,
    expected: int | None = None,
) -> RunSummary:
    dispatch = dispatch or Dispatch()
    started = time.monotonic()  # the progress rate counts from here, the first block's planning included
    writer = Writer(target)  # one connection for the run's writes (see Writer: why); opened on first use
    clear_stale(target)  # results a killed run left in the warehouse's spool (flows/spool.py): never loaded
    with connect(target) as con:  # brings the schema up to date, once per run
        start_run(con, run_id, flow_name, target, parameters, deployment.get_name())
    known = None  # references and columns are read when the first batch is sent: a re-run may send none
    total, n_inputs, failures = LoadCounts(), 0, []
    status, error = "FAILED", None
    touched: set[str] | None = set()  # loaded by this run, and their old canonicals; None: too many, whole pass
    loaded_any = False
    pool: OrderedBatches | None = None
    spool: Spool | None = None
    writer.freeze_heap()  # thawed in the `finally` below
    try:
        # Files are planned a block at a time (one stat each, one join against the stored fingerprints);
        # what is left to read goes to the workers in batches (flows/batching.py), in listing order. The
        # first blocks are planned on the connection that loads the reference data (closed with every
        # compression method, as the writer's checkpoints are not), the later ones on the writer's.
        planning: list[DuckDBPyConnection] = []  # the connection to plan on, while not the writer's
        blocks = _planned_blocks(items, lambda: planning[0] if planning else writer.con)
        with connect(target, schema=False) as early:
            planning.append(early)
            first = next(blocks, None)
            ahead = [first] if first is not None else []
            if first is not None and len(first[1]) <= sizes.first and (second := next(blocks, None)) is not None:
                ahead.append(second)
            # One batch in all: run it here; starting worker processes would cost more than it saves.
            many = len(ahead) > 1 or (bool(ahead) and len(ahead[0][1]) > sizes.first)
            runner = make_runner(dispatch.workers, dispatch.dask_address) if many else None
            if runner is not None and dispatch.shares_files and handover_in_files():
                spool = Spool(target, run_id).open()  # results come back through files (flows/spool.py: why)
                get_run_logger().info("%s: batch results handed over through files in %s", flow_name, spool.directory)
            if not many:  # a workers' server the command started for this run is not needed (worker_server.py)
                discard_server()
            beside_server = None if many else server_deriver(os.environ.get("PREFECT_API_URL"))
            pool = OrderedBatches(derive_batch, runner, 2 * dispatch.workers, before_wait=writer.release_if_due)
            if many:
                pool.start()  # the workers start while the reference data loads (OrderedBatches.start: why)
            load_reference(early, run_id)  # regions, before articles.adcode is checked against it
            planning.clear()
        columns: dict[str, list[str]] | None = None

        def write(result: Derived | Spooled, tag: tuple[Fetched, list[str]]) -> None:
            nonlocal n_inputs, touched, loaded_any
            spooled = result if isinstance(result, Spooled) else None
            derived = unspool(spooled) if spooled is not None else result
            assert isinstance(derived, Derived)
            (outcome, postings, sources), (fetched, skipped) = derived.take(), tag
            seen = n_inputs + outcome.n_inputs + len(skipped) + len(fetched.unchanged)
            if "articles" in outcome.split.valid and not outcome.split.valid["articles"].empty:
                loaded_any = True
                if touched is not None:
                    ids = list(outcome.split.valid["articles"]["article_id"])
                    touched.update(previous_canonicals(writer.con, ids))  # before their rows are replaced
                    touched.update(ids)
                    if len(touched) > TOUCHED_CAP:
                        touched = None
            counts = load_outcome(
                outcome, writer.con, run_id, skipped, total, seen, len(fetched.unchanged), postings, sources
            )
            n_inputs = seen  # counted once its batch is in: inputs = articles + unchanged + quarantined + failed
            if spooled is not None:  # committed: its file is not needed again
                spooled.discard()
            if fetched.pages:  # after the articles: a `pages` row never promises an article not loaded
                record_pages(fetched.pages, target, run_id)
            for name in ("loaded", "unchanged", "quarantined", "failed"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
            failures.extend(counts.failures)
            progress.advance(n_inputs, total)

        # Inputs unchanged by stat have nothing to load: their ids wait here and are settled together
        # (their rows count as current in the run's data-quality totals).
        settled: list[str] = []

        def settle() -> None:
            if settled:
                load_outcome(_nothing_new(), writer.con, run_id, list(settled))
                settled.clear()

        with RunProgress(flow_name, expected, started=started) as progress, pool:
            for block_plan, rest, last in _last_marked(itertools.chain(ahead, blocks)):
                if block_plan.unchanged:  # a stat per file, no more
                    settled.extend(block_plan.unchanged)
                    n_inputs += len(block_plan.unchanged)
                    total.unchanged += len(block_plan.unchanged)
                    progress.advance(n_inputs, total)
                    if len(settled) >= 50_000:
                        settle()
                for chunk in sizes.cut(rest, last and many):
                    fetched = fetch_chunk(chunk, target, fetch_policy)  # URLs → documents | failures | unchanged
                    if not fetched.items and not fetched.pages:  # every URL unchanged by a conditional GET
                        n_inputs += len(fetched.unchanged)
                        total.unchanged += len(fetched.unchanged)
                        progress.advance(n_inputs, total)
                        continue
                    plan = plan_sent(writer.con, fetched.items, EXTRACTOR_VERSION, block_plan)
                    send = [read_file(i) if dispatch.send_bytes and isinstance(i, str) else i for i in plan.send]
                    if columns is None:  # contracts' columns and reference values: once, when there is work
                        columns = columns_by_table()
                    if known is None:
                        known = known_references(writer.con)  # the reference tables do not change during a run
                    now = datetime.now(UTC).replace(tzinfo=None)
                    spooled_to = str(spool.directory) if spool is not None else None
                    job = BatchJob(send, run_id, now, columns, known, plan.prior, spooled_to)
                    # Little to parse (a re-run: only changed inputs, or ones a bug failed): do it here
                    # rather than wake, or spawn, worker processes for it.
                    to_parse = sum(isinstance(i, str | FileBytes | SourceDoc) for i in send)
                    here = derive_here if to_parse < max(1, sizes.first // 4) else None
                    if not many and beside_server is not None and to_parse:  # the run's only batch, sent where
                        here = beside_server  # the derivation is loaded already (nothing to parse: nothing to load)
                    for derived, tag in pool.submit(job, (fetched, plan.unchanged), here):
                        write(derived, tag)
            for derived, tag in pool.drain():
                write(derived, tag)
            settle()
        if loaded_any:  # near-duplicates around what this run loaded (or everywhere); none loaded: unchanged
            mark_mirrors(writer.con, touched)
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
        try:
            try:
                finish_run(writer.con, run_id, status, n_inputs, total, error)
            finally:
                writer.close()
                writer.thaw()
            after_run(target, run_id)  # data-quality totals, table-level checks, alerts; never raises
        finally:
            try:
                if pool is not None:  # its shutdown overlapped the writer's last work (OrderedBatches.__exit__)
                    pool.close()
            finally:
                if spool is not None:  # after the pool: no worker of this run writes there any more
                    spool.close()
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
    batch_size: int | None = None,
    fetch: dict[str, object] | None = None,
    workers: int | None = None,
    dask_address: str | None = None,
    shared_fs: bool = False,
) -> RunSummary:
    """Load files, folders and URLs (default seeds/pages) into the warehouse.

    `batch_size`: pages per task run; None (default) starts at 200 and grows to 400 once 2,000 inputs are
    sent (flows/batching.py: why).
    `fetch` overrides FetchPolicy settings for URL inputs (e.g. {"allow_private": True, "delay": 0}).
    `workers`: processes that read, parse and derive (default $CASES_WORKERS or the CPU count);
    `dask_address`: run them on that Dask cluster instead (default $CASES_DASK_ADDRESS), sending
    file bytes unless `shared_fs` says its workers see the same paths.
    """
    inputs = [p if is_url(p) else str(Path(p)) for p in (paths or DEFAULT_INPUTS)]
    policy = make_policy(fetch)
    dispatch = Dispatch.for_run(workers, dask_address, shared_fs)
    parameters = {"paths": inputs, "batch_size": batch_size, "fetch": fetch or {}, "workers": dispatch.workers}
    # For the progress bar's ETA: one extra listing pass (names only), on a terminal only.
    expected = sum(1 for _ in list_mixed(inputs)) if sys.stderr.isatty() else None
    return run_pipeline("ingest", list_mixed(inputs), db, batch_size, parameters, policy, dispatch, expected)
