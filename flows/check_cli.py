"""`cases check` at the terminal: run the check (warehouse/dq_check.py), print a table or JSON, exit code.

Plain Python (no Prefect): the command is fast and read-only unless `--record`; the scheduled form
is the `check` flow (flows/check.py).
"""

from __future__ import annotations

import json
import sys

import duckdb

from warehouse.db import WarehouseBusy, db_path
from warehouse.dq_check import CheckResult, run_check
from warehouse.dq_record import records


def check_command(db: str | None, *, record: bool = False, as_json: bool = False, wait: float = 10.0) -> int:
    """`cases check`: 0 clean (warnings allowed), 1 error failures, 2 no warehouse or it is busy."""
    target = str(db_path(db))
    try:
        result = run_check(target, record=record, wait=wait)
    except (FileNotFoundError, WarehouseBusy, duckdb.Error) as exc:
        print(f"cases check: {exc}", file=sys.stderr)
        return 2
    if as_json:
        out = {
            "db_path": target,
            "n_errors": result.n_errors,
            "n_warnings": result.n_warnings,
            "tables": {name: vars(st) for name, st in result.stats.items()},
            "failures": records(result.failures.head(1000)),
        }
        print(json.dumps(out, ensure_ascii=False, default=str, indent=1))
    else:
        print(format_check(result, target))
    return 1 if result.n_errors else 0


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
