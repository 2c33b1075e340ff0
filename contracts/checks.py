"""Table-level checks against the previous comparable run: a per-check registry with its severity.

Row checks live in each table's contract; these look at a whole table's share of a run and compare it
with the previous run of the same flow with the same parameters (what a schedule repeats), so a site
that changed its layout or a parser that regressed shows up even when every single row looks valid.
Plain functions over plain numbers: warehouse/dq_run.py and warehouse/dq_check.py feed them the `dq_runs` rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class TableCheck:
    name: str
    severity: str  # error → the run alerts (rows already loaded stay: no single row is to blame)
    threshold: float
    description: str


TABLE_CHECKS: dict[str, TableCheck] = {
    c.name: c
    for c in (
        TableCheck(
            "row_count_drop",
            "error",
            0.2,
            "rows from the run's inputs now in the table (`dq_runs.rows_current`) fell by more than 20% "
            "against the previous run with the same flow and parameters",
        ),
        TableCheck(
            "null_share_jump",
            "error",
            0.1,
            "the share of NULLs in a watched column (title, published_at …) rose by more than 10 points "
            "against the previous run with the same flow and parameters",
        ),
        TableCheck(
            "rows_lost",
            "error",
            0.0,
            "`cases check`: the table holds fewer rows than the last run recorded (`dq_runs.table_rows`)",
        ),
        TableCheck(
            "duplicate_key",
            "error",
            0.0,
            "`cases check`: two stored rows share a key that DuckDB does not hold as a PRIMARY KEY (the "
            "article tables, whose keys the writer keeps by replacing whole articles)",
        ),
    )
}


@dataclass(frozen=True)
class Snapshot:
    """A table's share of one run: rows and NULLs per watched column among them."""

    rows: int
    nulls: dict[str, int]


def compare(table: str, current: Snapshot, previous: Snapshot | None) -> list[dict[str, Any]]:
    """Failures (check_name, column_name, failure_case, severity) of `current` against `previous`."""
    if previous is None or previous.rows == 0:
        return []
    out = []
    drop = TABLE_CHECKS["row_count_drop"]
    if current.rows < previous.rows * (1 - drop.threshold):
        out.append(
            _failure(
                drop, None, f"{previous.rows} → {current.rows} rows ({1 - current.rows / previous.rows:.0%} fewer)"
            )
        )
    jump = TABLE_CHECKS["null_share_jump"]
    if current.rows:
        for column, n_null in sorted(current.nulls.items()):
            before = previous.nulls.get(column, 0) / previous.rows
            now = n_null / current.rows
            if now - before > jump.threshold:
                out.append(_failure(jump, column, f"NULL share {before:.0%} → {now:.0%} ({n_null}/{current.rows})"))
    return out


def rows_lost(recorded: int | None, now: int) -> list[dict[str, Any]]:
    check = TABLE_CHECKS["rows_lost"]
    if recorded is None or now >= recorded:
        return []
    return [_failure(check, None, f"{recorded} rows recorded by the last run, {now} now")]


def duplicate_keys(keys: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """One failure per stored key held by more than one row: (key as text, rows holding it)."""
    check = TABLE_CHECKS["duplicate_key"]
    return [{**_failure(check, None, f"{n} rows hold this key"), "row_key": key} for key, n in keys]


def _failure(check: TableCheck, column: str | None, case: str) -> dict[str, Any]:
    return {"check_name": check.name, "column_name": column, "failure_case": case, "severity": check.severity}
