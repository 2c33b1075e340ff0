"""The data-quality record: `dq_runs` and `dq_failures` on every run, `cases check`, and the alert's facts.

Per batch (inside the batch's own transaction, warehouse/load.py) the validator's counts are added to
the run's `dq_runs` rows and its failures appended to `dq_failures`; at the end of the run
`finish_run_dq` adds table sizes and the table-level checks against the previous comparable run
(contracts/checks.py) and settles each row's status. `check_warehouse` re-validates everything stored
with the current contracts. Plain functions: only flows/ import Prefect.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from contracts import ARTICLE_TABLES, TABLES
from contracts.checks import TABLE_CHECKS, Snapshot, compare, rows_lost
from contracts.validate import (
    DQ_FAILURE_COLUMNS,
    FAILURE_COLUMNS,
    Known,
    SplitBatch,
    TableStats,
    check_frame,
    dq_failure_frame,
)
from warehouse.alert import Alert
from warehouse.db import insert_frame

DQ_RUN_COLUMNS = list(TABLES["dq_runs"].schema().columns)
SAMPLE_ROWS = 5
TOP_CHECKS = 5
SAMPLE_COLUMNS = ["table_name", "row_key", "column_name", "check_name", "failure_case", "source_uri"]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _one(con: duckdb.DuckDBPyConnection, query: str, params: list[Any] | None = None) -> tuple[Any, ...]:
    """The single row of a query, fully fetched (DuckDB 2 refuses new work while a result is unfinished)."""
    return con.execute(query, params or []).fetchall()[0]


def _tables_in_db(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}


# ---------------------------------------------------------------- per batch, during a run


@dataclass
class DqBatch:
    """A batch's contribution to the data-quality record."""

    run_id: str
    failures: pd.DataFrame  # dq_failures rows
    stats: dict[str, TableStats]
    current: dict[str, Snapshot]  # rows from the batch's inputs now in each table, and their NULLs


def stored_snapshots(con: duckdb.DuckDBPyConnection, article_ids: set[str]) -> dict[str, Snapshot]:
    """Rows (and watched NULLs) already stored for unchanged articles: they count as current in this run."""
    if not article_ids:
        return {}
    con.register("_unchanged", pd.DataFrame({"article_id": sorted(article_ids)}))
    out = {}
    try:
        present = _tables_in_db(con)
        for name in ARTICLE_TABLES:
            if name not in present:
                continue
            watched = TABLES[name].watched_nulls()
            nulls = "".join(f', count(*) FILTER (WHERE "{c}" IS NULL)' for c in watched)
            where = "article_id IN (SELECT article_id FROM _unchanged)"
            row = _one(con, f"SELECT count(*){nulls} FROM {name} WHERE {where}")
            out[name] = Snapshot(int(row[0]), {c: int(n) for c, n in zip(watched, row[1:], strict=True)})
    finally:
        con.unregister("_unchanged")
    return out


def batch_dq(run_id: str, stored: dict[str, Snapshot], split: SplitBatch) -> DqBatch:
    """`stored`: snapshots of unchanged articles' rows (stored_snapshots), added to the batch's new rows."""
    current = {}
    for name in ARTICLE_TABLES:
        frame = split.valid.get(name)
        frame = frame if frame is not None else pd.DataFrame()
        watched = [c for c in TABLES[name].watched_nulls() if c in frame]
        before = stored.get(name, Snapshot(0, {}))
        nulls = {c: int(frame[c].isna().sum()) + before.nulls.get(c, 0) for c in watched}
        for c, n in before.nulls.items():
            nulls.setdefault(c, n)
        current[name] = Snapshot(len(frame) + before.rows, nulls)
    return DqBatch(run_id, split.failures, split.stats, current)


def write_batch_dq(con: duckdb.DuckDBPyConnection, dq: DqBatch) -> None:
    """Add a batch's counts to its run's `dq_runs` rows and append its failures (caller holds the transaction)."""
    insert_frame(con, "dq_failures", dq.failures)
    existing = {
        r[0]: r
        for r in con.execute(
            "SELECT table_name, rows_checked, rows_failed, rows_quarantined, n_errors, n_warnings, rows_current, "
            "CAST(null_counts AS VARCHAR) FROM dq_runs WHERE run_id = ?",
            [dq.run_id],
        ).fetchall()
    }
    rows = []
    for name in sorted(set(dq.stats) | set(dq.current)):
        st = dq.stats.get(name, TableStats())
        cur = dq.current.get(name, Snapshot(0, {}))
        old = existing.get(name)
        nulls = json.loads(old[7]) if old and old[7] else {}
        for column, n in cur.nulls.items():
            nulls[column] = nulls.get(column, 0) + n
        add = (st.rows_checked, st.rows_failed, st.rows_quarantined, st.n_errors, st.n_warnings, cur.rows)
        totals = [a + (old[i + 1] if old else 0) for i, a in enumerate(add)]
        rows.append(_dq_run_row(dq.run_id, name, *totals, nulls=nulls, table_rows=None))
    _upsert_dq_runs(con, rows)


def _dq_run_row(
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
        "checked_at": _now(),
    }


def status_of(n_errors: int, n_warnings: int) -> str:
    return "fail" if n_errors else ("warn" if n_warnings else "pass")


def _upsert_dq_runs(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    frame = pd.DataFrame(rows, columns=DQ_RUN_COLUMNS).astype({"table_rows": "Int64"})
    con.register("_dq_runs", frame)
    try:
        con.execute("INSERT OR REPLACE INTO dq_runs BY NAME SELECT * FROM _dq_runs")
    finally:
        with contextlib.suppress(duckdb.Error):  # in an aborted transaction this fails too: keep the first error
            con.unregister("_dq_runs")


def known_references(con: duckdb.DuckDBPyConnection) -> Known:
    """Values of every referenced column (`Field(metadata={"references": ...})`) whose table holds rows."""
    present = _tables_in_db(con)
    known: dict[tuple[str, str], set[str]] = {}
    for table in TABLES.values():
        for ref in table.references().values():
            if ref in known or ref[0] not in present:
                continue
            values = {str(r[0]) for r in con.execute(f'SELECT DISTINCT "{ref[1]}" FROM {ref[0]}').fetchall()}
            if values:  # an empty reference table means "not loaded yet", not "every value unknown"
                known[ref] = values
    return known


# ---------------------------------------------------------------- at the end of a run


def finish_run_dq(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Settle a run's `dq_runs` rows: one per table filled from articles, table sizes, table-level checks."""
    now = _now()
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
        row = rows.get(name) or _dq_run_row(run_id, name, 0, 0, 0, 0, 0, 0, nulls={}, table_rows=None)
        nulls = json.loads(row["null_counts"]) if isinstance(row["null_counts"], str) else {}
        current = Snapshot(int(row["rows_current"]), nulls)
        found = compare(name, current, previous.get(name))
        for f in found:
            table_failures.append({**f, "table_name": name, "row_key": "*"})
        n_errors = int(row["n_errors"]) + sum(f["severity"] == "error" for f in found)
        n_warnings = int(row["n_warnings"]) + sum(f["severity"] == "warning" for f in found)
        (table_rows,) = _one(con, f"SELECT count(*) FROM {name}")
        out.append(
            {
                **row,
                "n_errors": n_errors,
                "n_warnings": n_warnings,
                "status": status_of(n_errors, n_warnings),
                "table_rows": int(table_rows),
                "checked_at": now,
            }
        )
    if table_failures:
        frame = pd.DataFrame(table_failures, columns=FAILURE_COLUMNS)
        insert_frame(con, "dq_failures", dq_failure_frame(frame, run_id, now))
    _upsert_dq_runs(con, out)


def _previous_comparable(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Snapshot]:
    """The last finished run of the same flow with the same parameters: its per-table snapshots."""
    row = con.execute(
        """SELECT p.run_id FROM runs r JOIN runs p
             ON p.flow_name = r.flow_name AND CAST(p.parameters AS VARCHAR) = CAST(r.parameters AS VARCHAR)
           WHERE r.run_id = ? AND p.run_id <> r.run_id AND p.status = 'COMPLETED' AND p.started_at < r.started_at
             AND EXISTS (SELECT 1 FROM dq_runs d WHERE d.run_id = p.run_id)
           ORDER BY p.started_at DESC LIMIT 1""",
        [run_id],
    ).fetchall()
    if not row:
        return {}
    snaps = {}
    for name, rows_current, nulls in con.execute(
        "SELECT table_name, rows_current, CAST(null_counts AS VARCHAR) FROM dq_runs WHERE run_id = ?", [row[0][0]]
    ).fetchall():
        snaps[name] = Snapshot(int(rows_current), json.loads(nulls) if nulls else {})
    return snaps


# ---------------------------------------------------------------- alerts


def alert_payload(con: duckdb.DuckDBPyConnection, run_id: str) -> Alert | None:
    """The facts of one run's alert, or None when the run needs none (no errors, nothing failed)."""
    run = con.execute(
        """SELECT flow_name, status, error, n_inputs, n_articles, n_unchanged, n_quarantined, n_failed, db_path,
                  started_at, finished_at FROM runs WHERE run_id = ?""",
        [run_id],
    ).fetchall()
    if not run:
        return None
    flow_name, status, error, n_inputs, n_articles, n_unchanged, n_quarantined, n_failed, db, started, finished = run[0]
    (n_errors, n_warnings) = _one(
        con, "SELECT coalesce(sum(n_errors), 0), coalesce(sum(n_warnings), 0) FROM dq_runs WHERE run_id = ?", [run_id]
    )
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
        db_path=db,
        flow_name=flow_name,
        error=error,
        started_at=_iso(started),
        finished_at=_iso(finished),
        counts={
            "inputs": int(n_inputs),
            "articles": int(n_articles),
            "unchanged": int(n_unchanged),
            "quarantined": int(n_quarantined),
            "failed": int(n_failed),
            "error_failures": int(n_errors),
            "warning_failures": int(n_warnings),
        },
        top_checks=tuple(_records(top)),
        sample_failures=tuple(_records(samples)),
        sample_quarantined=tuple(_records(quarantined)),
        sample_failed_inputs=tuple(_records(failed)),
    )


def _iso(value: object) -> str | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).isoformat()


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    frame = frame.astype(object).where(frame.notna(), None)
    return [{k: (v if not isinstance(v, str) else v[:300]) for k, v in r.items()} for r in frame.to_dict("records")]


# ---------------------------------------------------------------- cases check


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
        top_checks=tuple(_records(top)),
        sample_failures=tuple(_records(errors.reindex(columns=SAMPLE_COLUMNS))),
    )


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
    present = _tables_in_db(con)
    known = known_references(con)
    recorded = _recorded_table_rows(con)
    parts = []
    for name in TABLES:
        if name not in present:
            continue
        (n,) = _one(con, f"SELECT count(*) FROM {name}")
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
        table_level = orphans + lost
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


def _recorded_table_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    rows = con.execute(
        """SELECT table_name, arg_max(table_rows, checked_at) FROM dq_runs WHERE table_rows IS NOT NULL
           GROUP BY table_name"""
    ).fetchall()
    return {name: int(n) for name, n in rows}


def record_check(con: duckdb.DuckDBPyConnection, result: CheckResult, run_id: str) -> None:
    """Store a `cases check` as a data-quality run (`--record`), so the report shows it over time."""
    now = _now()
    rows = [
        _dq_run_row(
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
    con.execute("BEGIN TRANSACTION")
    try:
        _upsert_dq_runs(con, rows)
        insert_frame(con, "dq_failures", dq_failure_frame(result.failures, run_id, now))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def format_check(result: CheckResult, db: str, limit: int = 10) -> str:
    """The human answer of `cases check`: a line per table, then the top failing checks with sample rows."""
    lines = [f"cases check: {db}", "", f"  {'table':<18} {'rows':>8} {'failing':>8} {'errors':>7} {'warnings':>8}"]
    for name, st in result.stats.items():
        lines.append(f"  {name:<18} {st.rows_checked:>8} {st.rows_failed:>8} {st.n_errors:>7} {st.n_warnings:>8}")
    f = result.failures
    if not f.empty:
        lines += ["", "  top failing checks:"]
        top = (
            f.groupby(["severity", "table_name", "check_name"], dropna=False)
            .agg(n=("row_key", "size"), rows=("row_key", lambda k: ", ".join(map(str, list(dict.fromkeys(k))[:3]))))
            .reset_index()
            .sort_values(["severity", "n"], ascending=[True, False])
            .head(limit)
        )
        for r in top.itertuples():
            lines.append(f"    {r.severity:<7} {r.table_name}.{r.check_name} ×{r.n}  e.g. {r.rows}")
    verdict = (
        f"FAIL: {result.n_errors} error-severity failures"
        if result.n_errors
        else ("OK with warnings" if result.n_warnings else "OK: every table passes its contract")
    )
    lines += ["", f"  {verdict} ({result.n_warnings} warnings)"]
    if result.n_errors:
        lines.append("  details: cases check --json, or record them with --record and query dq_failures")
    return "\n".join(lines)


def check_command(db: str | None, *, record: bool = False, as_json: bool = False, wait: float = 10.0) -> int:
    """`cases check`: 0 clean (warnings allowed), 1 error failures, 2 no warehouse or it is busy."""
    import sys

    from warehouse.db import WarehouseBusy, connect, db_path

    target = str(db_path(db))
    try:
        if record:
            from warehouse.run_lock import run_lock

            run_id = "check-" + _now().strftime("%Y%m%dT%H%M%S")
            if not Path(target).exists():
                raise FileNotFoundError(f"no warehouse at {target}: run `cases ingest` (or `make run`) first")
            with run_lock(target, run_id=run_id, flow_name="check", wait_seconds=wait):
                con = connect(target, wait_seconds=wait)
                try:
                    result = check_warehouse(con)
                    record_check(con, result, run_id)
                finally:
                    con.close()
        else:
            con = connect(target, read_only=True, wait_seconds=wait)
            try:
                result = check_warehouse(con)
            finally:
                con.close()
    except (FileNotFoundError, WarehouseBusy, duckdb.Error) as exc:
        print(f"cases check: {exc}", file=sys.stderr)
        return 2
    if as_json:
        out = {
            "db_path": target,
            "n_errors": result.n_errors,
            "n_warnings": result.n_warnings,
            "tables": {name: vars(st) for name, st in result.stats.items()},
            "failures": _records(result.failures.head(1000)),
        }
        print(json.dumps(out, ensure_ascii=False, default=str, indent=1))
    else:
        print(format_check(result, target))
    return 1 if result.n_errors else 0


__all__ = [
    "DQ_FAILURE_COLUMNS",
    "CheckResult",
    "DqBatch",
    "alert_payload",
    "batch_dq",
    "check_alert",
    "check_warehouse",
    "finish_run_dq",
    "known_references",
    "record_check",
    "status_of",
    "stored_snapshots",
    "write_batch_dq",
]
