"""The `dq_runs` row shared by every writer of the data-quality record (batches, end of run, `cases check`).

A row per (run, table): counts added up batch by batch, settled at the end of the run, or written at
once by a recorded `cases check`. Here are its shape, its status rule and its upsert, and the
named-row reads the writers use instead of tuple positions.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from typing import Any

import duckdb
import pandas as pd

from contracts import TABLES

DQ_RUN_COLUMNS = list(TABLES["dq_runs"].schema().columns)


def now() -> datetime:
    """Naive UTC, as the warehouse stores timestamps."""
    return datetime.now(UTC).replace(tzinfo=None)


def dict_rows(con: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """A query's rows by column name, fully fetched (DuckDB 2 refuses new work while a result is unfinished)."""
    cursor = con.execute(query, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def scalar(con: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> Any:
    """The single value of a one-row, one-column query."""
    return con.execute(query, params or []).fetchall()[0][0]


def tables_in_db(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def status_of(n_errors: int, n_warnings: int) -> str:
    return "fail" if n_errors else ("warn" if n_warnings else "pass")


def dq_run_row(
    run_id: str,
    table: str,
    rows_checked: int,
    rows_failed: int,
    rows_quarantined: int,
    n_errors: int,
    n_warnings: int,
    rows_current: int,
    *,
    nulls: dict[str, int],
    table_rows: int | None,
) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "table_name": table,
        "rows_checked": rows_checked,
        "rows_failed": rows_failed,
        "status": status_of(n_errors, n_warnings),
        "rows_quarantined": rows_quarantined,
        "n_errors": n_errors,
        "n_warnings": n_warnings,
        "rows_current": rows_current,
        "null_counts": json.dumps(nulls, sort_keys=True),
        "table_rows": table_rows,
        "checked_at": now(),
    }


def upsert_dq_runs(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=DQ_RUN_COLUMNS).astype({"table_rows": "Int64"})
    con.register("_dq_runs", frame)
    try:
        con.execute("INSERT OR REPLACE INTO dq_runs BY NAME SELECT * FROM _dq_runs")
    finally:
        with contextlib.suppress(duckdb.Error):  # in an aborted transaction this fails too: keep the first error
            con.unregister("_dq_runs")


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame as JSON-ready dicts (NULLs as None, long strings cut to 300 characters)."""
    frame = frame.astype(object).where(frame.notna(), None)
    return [{k: (v if not isinstance(v, str) else v[:300]) for k, v in r.items()} for r in frame.to_dict("records")]
