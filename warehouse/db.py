"""Opening the warehouse: path resolution, the schema, and a plain answer when another process holds it.

DuckDB allows one writing process per file; while it holds the file, others cannot even open it
read-only. A writer therefore retries with bounded backoff and then fails with a message that says
what to do, never a raw lock traceback.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
from tenacity import retry_if_exception

from tasks.backoff import until_deadline

DEFAULT_DB = "warehouse/cases.duckdb"
SCHEMA_DIR = Path(__file__).parent / "schema"


# DuckDB vacuum tasks at a writing connection's checkpoints: none. Why: at each checkpoint DuckDB merges
# adjacent row groups that fit in one (122,880 rows), so the rows a run's writer appended since its last
# release were folded into the table's last row group and the whole of it rewritten: for `articles`,
# every stored body up to 122,880 articles. That rewrite was the writer's peak and followed the
# warehouse (bench/writer_memory.py, 1k pages into a warehouse of 9k: checkpoint +115-135 MiB and
# 1.9-2.9 s with vacuum, +0-1 MiB and 0.6-0.7 s without), and the run's last connection (after_run)
# merged the whole run's row groups again, leaving the old blocks free in the file. Without it each
# release's rows stay their own row groups; row groups whose rows are all deleted (articles re-derived)
# are still dropped and their blocks reused; partly deleted ones keep their tombstones.
VACUUM_TASKS = 0


class WarehouseBusy(RuntimeError):
    """Another process holds the database file."""


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $CASES_DB, else warehouse/cases.duckdb under the project."""
    chosen = explicit or os.environ.get("CASES_DB")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return (Path(__file__).resolve().parent.parent / DEFAULT_DB).resolve()


def _is_lock_error(exc: BaseException) -> bool:
    if not isinstance(exc, duckdb.IOException):
        return False
    text = str(exc)
    return "lock" in text.lower() and ("Could not set lock" in text or "Conflicting lock" in text)


# The SQL shell's sandbox: the warehouse file only (no other files, ATTACH, COPY … TO, INSTALL, httpfs),
# and no statement may change a setting back (DuckDB checks both itself).
SANDBOX = {"enable_external_access": False, "lock_configuration": True}


def connect(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    wait_seconds: float = 60.0,
    config: dict[str, object] | None = None,
    schema: bool = True,
) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the warehouse, waiting up to `wait_seconds` for another writer.

    `schema=False` skips the schema check (0.1-0.2 s): for a run's writer reopening a file it has
    already brought up to date, once per batch.
    """
    target = db_path(path)
    if read_only and not target.exists():
        raise FileNotFoundError(f"no warehouse at {target}: run `cases ingest` (or `make run`) first")
    target.parent.mkdir(parents=True, exist_ok=True)
    retrying = until_deadline(wait_seconds, first=0.1, cap=5.0, retry=retry_if_exception(_is_lock_error))
    try:
        con = retrying(duckdb.connect, str(target), read_only=read_only, config=config or {})
    except duckdb.IOException as exc:
        if not _is_lock_error(exc):
            raise
        raise WarehouseBusy(
            f"the warehouse {target} is in use by another process (another run or an open "
            f"DuckDB client) and stayed busy for {wait_seconds:.0f}s; close it or try again later"
        ) from None
    if not read_only:
        con.execute(f"SET max_vacuum_tasks = {VACUUM_TASKS}")
    if schema and not read_only:
        try:
            ensure_schema(con, str(target))
        except BaseException:
            con.close()
            raise
    return con


def write_atomically(out: Path, text: str) -> None:
    """Write a whole file or nothing: a reader (a browser refreshing a report) never sees half a page."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)


def ensure_schema(con: duckdb.DuckDBPyConnection, where: str = "the warehouse") -> None:
    """Tables from the contracts (an older file is migrated or refused: warehouse/migrate.py), then views
    (schema/*.sql, in name order). Idempotent."""
    from warehouse.migrate import apply

    apply(con, where)
    for sql_file in sorted(SCHEMA_DIR.glob("*.sql")):
        con.execute(sql_file.read_text(encoding="utf-8"))
    _index_unindexed(con)


def _index_unindexed(con: duckdb.DuckDBPyConnection) -> None:
    """A warehouse written before the search index existed (or by an older loader) gets it on this open."""
    from warehouse.search import index_missing

    index_missing(con)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def rollback_open(con: duckdb.DuckDBPyConnection) -> bool:
    """Drop a transaction a signal left open; True when there was one.

    Ctrl-C or SIGTERM can land inside `COMMIT` (DuckDB interrupts the statement), after `transaction()`
    can roll back: the batch stays uncommitted and open, and whatever the run writes next (its own
    `runs` row) would be lost with it when the connection closes.
    """
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:  # none open: the usual case
        return False
    return True


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame | None) -> None:
    """Bulk insert by column name from a DataFrame (DuckDB scans it: ~500x row-by-row executemany)."""
    if frame is None or frame.empty:
        return
    con.register("_frame", frame)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _frame")
    finally:
        with contextlib.suppress(duckdb.Error):  # in an aborted transaction this fails too: keep the first error
            con.unregister("_frame")


def upsert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert or replace rows by the table's key, in one transaction (the frame holds each key once)."""
    with transaction(con):
        replace_frame(con, table, frame)


def replace_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert or replace rows by the table's key, in the caller's transaction (the frame holds each key once)."""
    con.register("_upsert", frame)
    try:
        con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM _upsert")
    finally:
        with contextlib.suppress(duckdb.Error):  # in an aborted transaction this fails too: keep the first error
            con.unregister("_upsert")
