"""The facts of an alert, read from the data-quality record: a run's (`alert_payload`) or a check's.

Both build the same typed record (warehouse/alert.py): counts, the top failing checks and a few
sample rows, so every sink (log, file, webhook, apprise) says the same thing.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from warehouse.alert import Alert
from warehouse.dq_check import CheckResult
from warehouse.dq_record import dict_rows, records

SAMPLE_ROWS = 5
TOP_CHECKS = 5
SAMPLE_COLUMNS = ["table_name", "row_key", "column_name", "check_name", "failure_case", "source_uri"]


def alert_payload(con: duckdb.DuckDBPyConnection, run_id: str) -> Alert | None:
    """The facts of one run's alert, or None when the run needs none (no errors, nothing failed)."""
    found = dict_rows(
        con,
        """SELECT flow_name, status, error, n_inputs, n_articles, n_unchanged, n_quarantined, n_failed, db_path,
                  started_at, finished_at FROM runs WHERE run_id = ?""",
        [run_id],
    )
    if not found:
        return None
    run = found[0]
    status, n_failed = run["status"], run["n_failed"]
    (dq,) = dict_rows(
        con,
        """SELECT coalesce(sum(n_errors), 0) AS n_errors, coalesce(sum(n_warnings), 0) AS n_warnings
           FROM dq_runs WHERE run_id = ?""",
        [run_id],
    )
    n_errors, n_warnings = dq["n_errors"], dq["n_warnings"]
    reasons = []
    if status not in ("COMPLETED", "RUNNING"):
        reasons.append(f"run {status.lower()}")
    if n_errors:
        reasons.append(f"{n_errors} error-severity check failures")
    if n_failed:
        reasons.append(f"{n_failed} inputs could not be read or parsed")
    if not reasons:
        return None
    top = con.execute(
        """SELECT table_name, check_name, column_name, severity, count(*) AS n FROM dq_failures WHERE run_id = ?
           GROUP BY table_name, check_name, column_name, severity
           ORDER BY (severity = 'error') DESC, n DESC, table_name, check_name LIMIT ?""",
        [run_id, TOP_CHECKS],
    ).df()
    samples = con.execute(
        """SELECT table_name, row_key, column_name, check_name, failure_case, source_uri FROM dq_failures
           WHERE run_id = ? AND severity = 'error' ORDER BY recorded_at, table_name, row_key LIMIT ?""",
        [run_id, SAMPLE_ROWS],
    ).df()
    quarantined = con.execute(
        """SELECT row_key, source_uri, reason FROM quarantine WHERE run_id = ? AND table_name = 'articles'
           ORDER BY source_uri LIMIT ?""",
        [run_id, SAMPLE_ROWS],
    ).df()
    failed = con.execute(
        "SELECT url, stage, reason, last_error FROM fetch_failures WHERE run_id = ? ORDER BY url LIMIT ?",
        [run_id, SAMPLE_ROWS],
    ).df()
    return Alert(
        run_id=run_id,
        status=status,
        reasons=tuple(reasons),
        db_path=run["db_path"],
        flow_name=run["flow_name"],
        error=run["error"],
        started_at=_iso(run["started_at"]),
        finished_at=_iso(run["finished_at"]),
        counts={
            "inputs": int(run["n_inputs"]),
            "articles": int(run["n_articles"]),
            "unchanged": int(run["n_unchanged"]),
            "quarantined": int(run["n_quarantined"]),
            "failed": int(n_failed),
            "error_failures": int(n_errors),
            "warning_failures": int(n_warnings),
        },
        top_checks=tuple(records(top)),
        sample_failures=tuple(records(samples)),
        sample_quarantined=tuple(records(quarantined)),
        sample_failed_inputs=tuple(records(failed)),
    )


def _iso(value: object) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()


def check_alert(result: CheckResult, run_id: str, db: str) -> Alert:
    """The alert of a `cases check` that found errors (the same record as a run's alert)."""
    f = result.failures
    top = (
        f.groupby(["table_name", "check_name", "column_name", "severity"], dropna=False)
        .size()
        .reset_index(name="n")
        .sort_values(["severity", "n"], ascending=[True, False])
        .head(TOP_CHECKS)
    )
    errors = f[f["severity"] == "error"].head(SAMPLE_ROWS)
    return Alert(
        run_id=run_id,
        status="COMPLETED",
        reasons=(f"{result.n_errors} error-severity check failures in the stored tables",),
        db_path=db,
        flow_name="check",
        counts={"error_failures": result.n_errors, "warning_failures": result.n_warnings},
        top_checks=tuple(records(top)),
        sample_failures=tuple(records(errors.reindex(columns=SAMPLE_COLUMNS))),
    )


def _iso(value: object) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()
