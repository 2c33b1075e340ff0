"""The data-quality record at the end of a run: table sizes, table-level checks, each row's status.

`finish_run_dq` settles a run's `dq_runs` rows: one per table filled from articles, its size, and the
table-level checks against the previous comparable run (contracts/checks.py).
"""

from __future__ import annotations

import json

import duckdb
import pandas as pd

from contracts import ARTICLE_TABLES
from contracts.checks import TABLE_CHECKS, Snapshot, compare
from contracts.validate import FAILURE_COLUMNS, dq_failure_frame
from warehouse.db import insert_frame
from warehouse.dq_record import dict_rows, dq_run_row, now, scalar, status_of, upsert_dq_runs


def finish_run_dq(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Settle a run's `dq_runs` rows: one per table filled from articles, table sizes, table-level checks."""
    settled_at = now()
    rows = {
        r["table_name"]: r
        for r in con.execute("SELECT * FROM dq_runs WHERE run_id = ?", [run_id]).df().to_dict(orient="records")
    }
    previous = _previous_comparable(con, run_id)
    con.execute(
        "DELETE FROM dq_failures WHERE run_id = ? AND row_key = '*' AND check_name IN (SELECT unnest(?::VARCHAR[]))",
        [run_id, list(TABLE_CHECKS)],
    )
    table_failures = []
    out = []
    for name in ARTICLE_TABLES:
        row = rows.get(name) or dq_run_row(run_id, name, 0, 0, 0, 0, 0, 0, nulls={}, table_rows=None)
        nulls = json.loads(row["null_counts"]) if isinstance(row["null_counts"], str) else {}
        current = Snapshot(int(row["rows_current"]), nulls)
        found = compare(name, current, previous.get(name))
        for f in found:
            table_failures.append({**f, "table_name": name, "row_key": "*"})
        n_errors = int(row["n_errors"]) + sum(f["severity"] == "error" for f in found)
        n_warnings = int(row["n_warnings"]) + sum(f["severity"] == "warning" for f in found)
        out.append(
            {
                **row,
                "n_errors": n_errors,
                "n_warnings": n_warnings,
                "status": status_of(n_errors, n_warnings),
                "table_rows": int(scalar(con, f"SELECT count(*) FROM {name}")),
                "checked_at": settled_at,
            }
        )
    if table_failures:
        frame = pd.DataFrame(table_failures, columns=FAILURE_COLUMNS)
        insert_frame(con, "dq_failures", dq_failure_frame(frame, run_id, settled_at))
    upsert_dq_runs(con, out)


def _previous_comparable(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Snapshot]:
    """The last finished run of the same flow with the same parameters: its per-table snapshots."""
    found = dict_rows(
        con,
        """SELECT p.run_id FROM runs r JOIN runs p
             ON p.flow_name = r.flow_name AND CAST(p.parameters AS VARCHAR) = CAST(r.parameters AS VARCHAR)
           WHERE r.run_id = ? AND p.run_id <> r.run_id AND p.status = 'COMPLETED' AND p.started_at < r.started_at
             AND EXISTS (SELECT 1 FROM dq_runs d WHERE d.run_id = p.run_id)
           ORDER BY p.started_at DESC LIMIT 1""",
        [run_id],
    )
    if not found:
        return {}
    return {
        r["table_name"]: Snapshot(int(r["rows_current"]), json.loads(r["null_counts"]) if r["null_counts"] else {})
        for r in dict_rows(
            con,
            "SELECT table_name, rows_current, CAST(null_counts AS VARCHAR) AS null_counts "
            "FROM dq_runs WHERE run_id = ?",
            [found[0]["run_id"]],
        )
    }
