"""Bulk, idempotent loading: one transaction per batch, rows replaced by article.

Re-running over unchanged pages writes nothing (same content hash and extractor version); a
changed page replaces its rows in every article table at once.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import duckdb
import pandas as pd

from contracts import ARTICLE_TABLES, TABLES
from tasks.settings import choice_setting, positive_setting
from warehouse.db import connect, insert_frame, replace_frame, rollback_open, transaction
from warehouse.dq_batch import DqBatch, write_batch_dq
from warehouse.search import Postings, add_postings, index_articles

# The writer's WAL may grow to this before DuckDB checkpoints on its own: far above a batch's WAL (a
# batch of 200 pages writes ~7 MB), so checkpoints happen when the writer releases the file, not
# after every commit.
WRITER_CHECKPOINT_THRESHOLD = "1GB"
# Hold the file at most this long before releasing it (a checkpoint, then readers may open it) while
# the writer waits for workers: $CASES_WRITER_RELEASE_SECONDS.
DEFAULT_RELEASE_SECONDS = 60.0
# ... or once this much WAL is waiting: what is not checkpointed stays in the writer's memory, so this
# bounds it however long the run (memory flat in corpus size).
RELEASE_WAL_BYTES = 24 * 2**20
# Releasing also empties DuckDB's buffer pool, which otherwise keeps every block the run read or wrote
# (its limit is 80% of RAM). No lower limit by default: the primary-key indexes must fit in it, and they
# grow with the warehouse. $CASES_WRITER_MEMORY sets one (e.g. 1GB) for a machine that needs it.
# DuckDB threads of the writer's connection ($CASES_WRITER_THREADS): one by default. The writer is the
# run's serial part beside N busy workers; DuckDB's default (every core) makes each checkpoint work on
# several row groups at once. Measured on generated pages: in bench/writer_memory.py (10,000 pages)
# one thread cut the writer's RSS after each release by ~20 MiB and its checkpoints' time by ~20%; in
# `cases ingest --workers 2` (3,000 pages) the writer's CPU by ~6%, wall time and peak RSS unchanged.
# What still grows is the checkpoint's transient peak, with the warehouse: docs/operations.md.
DEFAULT_WRITER_THREADS = 1
# How the run's writer compresses at its checkpoints ($CASES_WRITER_COMPRESSION): "fast" (default) leaves
# out DuckDB's DICT_FSST method there, "full" uses every method. Why: choosing and building DICT_FSST for
# the article tables' text columns (bodies, titles, ids) was most of a checkpoint's CPU, all of it in the
# single writer: 56-63 ms per batch of 200 generated pages against 8 ms without it, while those tables
# grow by about half (23.3 → 34.5 MiB per 1,600 pages; other methods still compress them). Only the
# checkpoint goes without it: the search postings (~1,700 rows a page) are written to the file as their
# batch is appended, with every method (without DICT_FSST they tripled the file). `cases compact` writes
# its copy with every method.
WRITER_COMPRESSION = {"fast": "dict_fsst", "full": ""}


class Writer:
    """The run's one writing connection, kept open across batches and released now and then.

    Why: closing a DuckDB connection checkpoints (the WAL is folded into the file), which measured
    0.5-1.3 s per batch of 200 pages, a quarter of a 2-worker run's wall time, all of it in the
    single writer; reopening also re-reads the catalog. Held open, with a checkpoint threshold above
    one batch's WAL, the file is checkpointed once per `release_seconds`. Readers (`cases sql`,
    `cases runs`) still get in: `release_if_due()` closes the file when the writer is about to wait
    for workers and has held it that long; the next `con` reopens it.
    """

    def __init__(self, db: str, release_seconds: float | None = None) -> None:
        self.db = db
        if release_seconds is None:
            release_seconds = positive_setting("CASES_WRITER_RELEASE_SECONDS", DEFAULT_RELEASE_SECONDS, float)
        self.release_seconds = release_seconds
        self.threads = int(positive_setting("CASES_WRITER_THREADS", DEFAULT_WRITER_THREADS, int))
        self.compression = choice_setting("CASES_WRITER_COMPRESSION")
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened = 0.0
        self._froze = False

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            con = connect(self.db, schema=False)  # the run brought the schema up to date when it started
            con.execute(f"SET checkpoint_threshold = '{WRITER_CHECKPOINT_THRESHOLD}'")
            con.execute(f"SET threads = {self.threads}")
            if limit := os.environ.get("CASES_WRITER_MEMORY"):
                con.execute("SET memory_limit = ?", [limit])
            self._con, self._opened = con, time.monotonic()
        return self._con

    def release_if_due(self) -> None:
        """Before a wait: checkpoint and let readers in if the file has been held `release_seconds`
        or its WAL has grown past RELEASE_WAL_BYTES."""
        if self._con is None:
            return
        if time.monotonic() - self._opened >= self.release_seconds or self._wal_bytes() >= RELEASE_WAL_BYTES:
            self.close()

    def _wal_bytes(self) -> int:
        try:
            return os.stat(f"{self.db}.wal").st_size
        except OSError:
            return 0

    def close(self) -> None:
        """Checkpoint and close the file, then free the cyclic garbage of the batches written since.

        Why the collection: the task runner's finished futures end in reference cycles (their
        threads' conditions and callbacks) and keep what they hold, a batch's result among it, until
        a full collection, which Python runs rarely: the writer's RSS rose by ~70 MB per release,
        with the corpus (3,000 generated pages: 364 → 568 MB after four releases; with the
        collection, 291 → 322 MB; peak 690 → 556 MB). One full collection per release costs tens
        of milliseconds.
        """
        if self._con is not None:
            con, self._con = self._con, None
            if leave_out := WRITER_COMPRESSION[self.compression]:  # for the checkpoint that closing makes
                with contextlib.suppress(duckdb.Error):  # a speed-up only: never fail a release for it
                    con.execute("SET disabled_compression_methods = ?", [leave_out])
            con.close()
            gc.collect()

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
        self.thaw()

    def freeze_heap(self) -> None:
        """When a run starts: leave what the process holds out of the releases' collections
        (`_freeze_startup_heap`: why); `thaw` ends it."""
        self._froze = self._froze or _freeze_startup_heap()

    def thaw(self) -> None:
        """Hand the objects frozen when the run started back to the collector (the run is over)."""
        if self._froze:
            self._froze = False
            gc.unfreeze()


def _freeze_startup_heap() -> bool:
    """Leave what the process holds when its run starts out of the collections `close` makes.

    Why: each release's full collection walked every object the process had, its imported modules
    (Prefect, pandas, pandera, DuckDB) and loaded data included, none of them garbage: about 0.1-0.2 s
    of the single writer's CPU per release, a dozen releases in 10,000 pages. Frozen (`gc.freeze`),
    they are skipped; the batches' cycles, made later, are still collected. Only the first writer of a
    process freezes at a time, and `thaw` undoes it when that run ends (a long-lived `cases serve`
    process keeps no run's leftovers frozen).
    """
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


@dataclass
class LoadCounts:
    loaded: int = 0
    unchanged: int = 0
    quarantined: int = 0
    failed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # {"input", "reason"} for the summary


def load_batch(
    con: duckdb.DuckDBPyConnection,
    valid: dict[str, pd.DataFrame],
    quarantine: pd.DataFrame,
    failures: pd.DataFrame | None,
    dq: DqBatch | None = None,
    progress: Callable[[duckdb.DuckDBPyConnection, int], None] | None = None,
    postings: Postings | None = None,
    sources: pd.DataFrame | None = None,
) -> int:
    """Write one batch in one transaction, with its data-quality rows; returns the number of articles written.

    `sources`: the batch's input fingerprints (warehouse/sources.source_frame), upserted after the articles
    in the same transaction: a fingerprint never outlives its rows, and the batch costs one commit, not two.

    `postings`: the articles' search index rows when a worker cut them (warehouse/search.cut_postings);
    else they are cut here, from the stored text.

    `progress(con, n_written)` runs inside the same transaction (the run's totals in `runs`), so the
    counts a killed run leaves behind are exactly those of the batches it committed.
    """
    articles = valid.get("articles", pd.DataFrame(columns=["article_id"]))
    ids = pd.DataFrame({"article_id": articles["article_id"].drop_duplicates()})
    with transaction(con):
        if not ids.empty:
            con.register("_ids", ids)
            try:
                _drop_stored(con)
            finally:
                con.unregister("_ids")
            for table in ARTICLE_TABLES:
                if table in valid:
                    insert_frame(con, table, valid[table])
            # search postings change with their article, atomically
            if postings is not None:
                add_postings(con, postings)
            else:
                index_articles(con, ids["article_id"])
        if sources is not None and not sources.empty:
            replace_frame(con, "sources", sources)
        insert_frame(con, "quarantine", quarantine)
        insert_frame(con, "fetch_failures", failures)
        if dq is not None:
            write_batch_dq(con, dq)
        if progress is not None:
            progress(con, len(ids))
    return len(ids)


def _drop_stored(con: duckdb.DuckDBPyConnection) -> None:
    """Delete the rows of the articles in `_ids` from every article table, children first.

    Each DELETE scans its whole table (article ids are random: no zone map helps), so a batch of new
    articles, the usual case of a growing warehouse, asks the articles' key first and skips them all.
    A child row never outlives its article (they are written and replaced together), so no stored
    article means no stored child row.
    """
    stored = con.execute("SELECT count(*) FROM articles SEMI JOIN _ids USING (article_id)").fetchall()[0][0]
    if stored:
        for table in reversed(ARTICLE_TABLES):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _ids)")


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    flow_name: str,
    db: str,
    parameters: dict[str, Any],
    deployment: str | None = None,
) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute(
        """INSERT OR REPLACE INTO runs (run_id, flow_name, deployment, status, started_at, finished_at, n_inputs,
               n_articles, n_unchanged, n_quarantined, n_failed, db_path, error, parameters)
           VALUES (?, ?, ?, 'RUNNING', ?, NULL, 0, 0, 0, 0, 0, ?, NULL, ?)""",
        [run_id, flow_name, deployment, now, db, json.dumps(parameters, ensure_ascii=False, default=str)],
    )


def record_progress(con: duckdb.DuckDBPyConnection, run_id: str, n_inputs: int, counts: LoadCounts) -> None:
    """The running totals after each batch: a run killed mid-way keeps the counts of what it loaded."""
    con.execute(
        """UPDATE runs SET n_inputs = ?, n_articles = ?, n_unchanged = ?, n_quarantined = ?, n_failed = ?
           WHERE run_id = ? AND status = 'RUNNING'""",
        [n_inputs, counts.loaded, counts.unchanged, counts.quarantined, counts.failed, run_id],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    n_inputs: int,
    counts: LoadCounts,
    error: str | None = None,
) -> None:
    if status != "COMPLETED":
        rollback_open(con)  # an interrupted COMMIT leaves its batch open: this row must not go down with it
    now = datetime.now(UTC).replace(tzinfo=None)
    # greatest(): the totals journaled with each committed batch are never lowered by a run that was
    # interrupted between committing a batch and adding it to its own totals.
    con.execute(
        """UPDATE runs SET status = ?, finished_at = ?, n_inputs = greatest(n_inputs, ?),
               n_articles = greatest(n_articles, ?), n_unchanged = greatest(n_unchanged, ?),
               n_quarantined = greatest(n_quarantined, ?), n_failed = greatest(n_failed, ?), error = ?
           WHERE run_id = ?""",
        [status, now, n_inputs, counts.loaded, counts.unchanged, counts.quarantined, counts.failed, error, run_id],
    )


def columns_by_table() -> dict[str, list[str]]:
    return {name: list(t.schema().columns) for name, t in TABLES.items()}
