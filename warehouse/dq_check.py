"""`cases check`: every stored table re-validated with the current contracts, optionally recorded.

Tables are read in chunks that keep each article together; orphan rows and rows lost since the last
recorded size are table-level failures. `record_check` stores the result as a data-quality run so the
report shows it over time. The command's printing lives in flows/check_cli.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from contracts import ARTICLE_TABLES, TABLES
from contracts.checks import duplicate_keys, rows_lost
from contracts.validate import FAILURE_COLUMNS, TableStats, check_frame, dq_failure_frame
from warehouse.db import connect, db_path, insert_frame, transaction
from warehouse.dq_batch import known_references
from warehouse.dq_record import dq_run_row, now, scalar, tables_in_db, upsert_dq_runs
from warehouse.run_lock import run_lock


@dataclass
class CheckResult:
    """`cases check`: every stored table re-validated with the current contracts."""

    stats: dict[str, TableStats] = field(default_factory=dict)
    failures: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FAILURE_COLUMNS))
    table_rows: dict[str, int] = field(default_factory=dict)

    @property
    def n_errors(self) -> int:
        return sum(s.n_errors for s in self.stats.values())

    @property
    def n_warnings(self) -> int:
        return sum(s.n_warnings for s in self.stats.values())


def _stored_frame(con: duckdb.DuckDBPyConnection, table: str, where: str = "") -> pd.DataFrame:
    columns = list(TABLES[table].schema().columns)
    stored = {
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
        ).fetchall()
    }
    select = ", ".join(f'"{c}"' for c in columns if c in stored)
    frame = con.execute(f"SELECT {select} FROM {table} {where}").df()
    for c in columns:  # added to the contract since: the next writing run adds it as NULL; read it so
        if c not in frame:
            frame[c] = None
    frame = frame[columns]
    for name, col in TABLES[table].schema().columns.items():  # arrays come back as numpy arrays
        if name in frame and (col.metadata or {}).get("sql", "").endswith("[]"):
            frame[name] = frame[name].map(_as_list)
    return frame


def _as_list(value: object) -> object:
    """A stored array as the Python list the pipeline produced (numpy arrays and scalars → list of natives)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    return list(value) if isinstance(value, list | tuple) else value


def check_warehouse(con: duckdb.DuckDBPyConnection, chunk_rows: int = 20_000) -> CheckResult:
    """Re-validate every table with the current contracts, in chunks that keep each article together."""
    result = CheckResult()
    present = tables_in_db(con)
    known = known_references(con)
    recorded = _recorded_table_rows(con)
    parts = []
    for name in TABLES:
        if name not in present:
            continue
        n = scalar(con, f"SELECT count(*) FROM {name}")
        result.table_rows[name] = int(n)
        st = result.stats[name] = TableStats(rows_checked=int(n))
        columns = TABLES[name].schema().columns
        bucket_by = (
            "content_sha256" if "content_sha256" in columns else ("article_id" if "article_id" in columns else None)
        )
        n_chunks = max(1, -(-int(n) // chunk_rows)) if bucket_by else 1
        for i in range(n_chunks):
            where = f'WHERE hash("{bucket_by}") % {n_chunks} = {i}' if n_chunks > 1 else ""
            frame = _stored_frame(con, name, where)
            _, fails = check_frame(name, frame, known)
            if fails.empty:
                continue
            st.rows_failed += len(frame) if (fails["index"] == -1).any() else int(fails["index"].nunique())
            parts.append(fails[FAILURE_COLUMNS])
        orphans = _orphans(con, name, present)
        lost = rows_lost(recorded.get(name), int(n)) if name in ARTICLE_TABLES else []  # logs may be pruned
        table_level = orphans + lost + _duplicate_keys(con, name)
        if table_level:
            parts.append(
                pd.DataFrame([{**f, "table_name": name, "row_key": f.get("row_key", "*")} for f in table_level])
            )
    if parts:
        result.failures = pd.concat(parts, ignore_index=True)[FAILURE_COLUMNS]
    for name, st in result.stats.items():
        mine = result.failures[result.failures["table_name"] == name]
        st.n_errors = int((mine["severity"] == "error").sum())
        st.n_warnings = int((mine["severity"] == "warning").sum())
    return result


def _orphans(con: duckdb.DuckDBPyConnection, table: str, present: set[str]) -> list[dict[str, Any]]:
    parent = TABLES[table].parent
    if not parent or parent not in present:
        return []
    key = TABLES[table].key or ("article_id",)
    rows = con.execute(
        f"""SELECT {" || '/' || ".join(f'CAST("{k}" AS VARCHAR)' for k in key)}, article_id FROM {table}
            WHERE article_id NOT IN (SELECT article_id FROM {parent}) LIMIT 1000"""
    ).fetchall()
    severity = TABLES[table].severity("orphan_row", "article_id")
    return [
        {
            "check_name": "orphan_row",
            "column_name": "article_id",
            "failure_case": f"{aid} not in {parent}",
            "row_key": key_value,
            "severity": severity,
        }
        for key_value, aid in rows
    ]


def _duplicate_keys(con: duckdb.DuckDBPyConnection, table: str) -> list[dict[str, Any]]:
    """Keys held by more than one stored row, for tables whose key DuckDB does not enforce (`indexed_key=False`).

    Why here and not in the contract alone: the contract sees one batch; the writer keeps the key across
    batches by deleting an article's rows before inserting its new ones. This proves it on the file.
    """
    contract = TABLES[table]
    if not contract.key or contract.indexed_key:
        return []
    key = ", ".join(f'"{k}"' for k in contract.key)
    text = " || '/' || ".join(f'CAST("{k}" AS VARCHAR)' for k in contract.key)
    rows = con.execute(
        f"SELECT {text}, count(*) FROM {table} GROUP BY {key} HAVING count(*) > 1 ORDER BY 1 LIMIT 1000"
    ).fetchall()
    return duplicate_keys([(k, int(n)) for k, n in rows])


def _recorded_table_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        """SELECT table_name, arg_max(table_rows, checked_at) FROM dq_runs WHERE table_rows IS NOT NULL
           GROUP BY table_name"""
    ).fetchall()
    return {name: int(n) for name, n in rows}


def record_check(con: duckdb.DuckDBPyConnection, result: CheckResult, run_id: str) -> None:
    """Store a `cases check` as a data-quality run (`--record`), so the report shows it over time."""
    recorded_at = now()
    rows = [
        dq_run_row(
            run_id,
            name,
            st.rows_checked,
            st.rows_failed,
            0,
            st.n_errors,
            st.n_warnings,
            result.table_rows.get(name, 0),
            nulls={},
            table_rows=result.table_rows.get(name),
        )
        for name, st in result.stats.items()
    ]
    with transaction(con):
        upsert_dq_runs(con, rows)
        insert_frame(con, "dq_failures", dq_failure_frame(result.failures, run_id, recorded_at))


def run_check(db: str | None, *, record: bool = False, wait: float = 10.0) -> CheckResult:
    """`cases check` without printing: re-validate the warehouse read-only, or (`record`) under the run
    lock, storing the result as a data-quality run. Raises FileNotFoundError, WarehouseBusy, duckdb.Error."""
    target = str(db_path(db))
    if not record:
        with connect(target, read_only=True, wait_seconds=wait) as con:
            return check_warehouse(con)
    run_id = "check-" + now().strftime("%Y%m%dT%H%M%S")
    if not Path(target).exists():
        raise FileNotFoundError(f"no warehouse at {target}: run `cases ingest` (or `make run`) first")
    with (
        run_lock(target, run_id=run_id, flow_name="check", wait_seconds=wait),
        connect(target, wait_seconds=wait) as con,
    ):
        result = check_warehouse(con)
        record_check(con, result, run_id)
    return result
