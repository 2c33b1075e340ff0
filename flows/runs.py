"""Run history: `cases runs`, the latest rows of `runs`.

Every run of a flow that writes the warehouse (scheduled or by hand) has a `runs` row: the run
writes it under the run lock; a run that never got the lock is journaled next to the warehouse and
moved into `runs` by the next writer, and `cases runs` shows such pending rows too.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import flows  # noqa: F401  (Prefect defaults before any Prefect import)

DEFAULT_API_URL = "http://127.0.0.1:4200/api"


def ui_url() -> str:
    """The Prefect UI's address, from $PREFECT_API_URL (the API is the UI's address + /api)."""
    api = (os.environ.get("PREFECT_API_URL") or DEFAULT_API_URL).rstrip("/")
    return api[: -len("/api")] if api.endswith("/api") else api


def latest_runs(
    db: str | None,
    *,
    limit: int = 20,
    status: str | None = None,
    flow_name: str | None = None,
    deployment: str | None = None,
    wait_seconds: float = 10.0,
) -> Any:
    """The newest `runs` rows (pending journaled ones included) as a DataFrame, newest first."""
    import pandas as pd

    from warehouse.db import connect
    from warehouse.lock import read_pending

    where, args = [], []
    for column, value in (("status", status), ("flow_name", flow_name), ("deployment", deployment)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    sql = (
        "SELECT run_id, flow_name, deployment, status, started_at, finished_at, n_inputs, n_articles, n_unchanged,"
        " n_quarantined, n_failed, error FROM runs"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY started_at DESC LIMIT ?"
    )
    columns = [c.strip() for c in sql.split("SELECT", 1)[1].split("FROM", 1)[0].split(",")]
    try:
        con = connect(db, read_only=True, wait_seconds=wait_seconds)
    except FileNotFoundError:
        if not read_pending(db):
            raise
        frame = pd.DataFrame(columns=columns)  # nothing written yet, but runs that could not write are known
    else:
        with con:
            frame = con.execute(sql, [*args, limit]).df()
    frame.insert(len(frame.columns), "pending", False)
    frame = _dead_running(frame, db)
    pending = pd.DataFrame(read_pending(db))
    if not pending.empty:
        pending = pending[~pending["run_id"].isin(frame["run_id"])]
        for column, value in (("status", status), ("flow_name", flow_name), ("deployment", deployment)):
            if value and column in pending:
                pending = pending[pending[column] == value]
        if not pending.empty:
            pending = pending.reindex(columns=frame.columns)
            pending["pending"] = True
            for column in ("started_at", "finished_at"):
                pending[column] = pd.to_datetime(pending[column])
            frame = pd.concat([frame.astype(object), pending.astype(object)], ignore_index=True)
            frame = frame.sort_values("started_at", ascending=False, kind="stable").head(limit)
    return frame.reset_index(drop=True)


DEAD_RUN = (
    "its process ended without finishing (killed or crashed: it no longer holds the run lock); the counts are "
    "those of its completed batches; the next run that writes records it as CRASHED"
)


def _dead_running(frame: Any, db: str | None) -> Any:
    """RUNNING rows whose run no longer holds the warehouse's run lock are shown as CRASHED (counts kept)."""
    from warehouse.lock import describe_holder

    running = frame["status"] == "RUNNING"
    if not running.any():
        return frame
    holder = describe_holder(db)
    if holder is not None and not holder.get("run_id"):
        return frame  # held by someone we cannot name: do not guess
    live = str((holder or {}).get("run_id") or "")
    dead = running & (frame["run_id"].astype(str) != live)
    frame = frame.copy()
    frame.loc[dead, "status"] = "CRASHED"
    frame.loc[dead, "error"] = frame.loc[dead, "error"].where(frame.loc[dead, "error"].notna(), DEAD_RUN)
    return frame


def _duration(row: Any) -> str:
    import pandas as pd

    if row.finished_at is None or pd.isna(row.finished_at):
        return "running" if row.status == "RUNNING" else "?"
    seconds = (row.finished_at - row.started_at).total_seconds()
    return f"{seconds:.1f}s" if seconds < 600 else f"{seconds / 60:.0f}m"


def format_table(frame: Any, width: int = 160) -> str:
    if frame.empty:
        return "no runs recorded yet: run `cases ingest`, or serve the deployments with `cases serve`"
    lines = [
        f"{'started (UTC)':19}  {'flow/deployment':28} {'status':9} {'took':>7} {'in':>4} {'new':>4} "
        f"{'same':>4} {'quar':>4} {'fail':>4}  run id"
    ]
    for row in frame.itertuples(index=False):
        name = f"{row.flow_name}/{row.deployment}" if row.deployment and str(row.deployment) != "nan" else row.flow_name
        counts = [row.n_inputs, row.n_articles, row.n_unchanged, row.n_quarantined, row.n_failed]
        shown = " ".join(f"{'' if c is None or c != c else int(c):>4}" for c in counts)
        status = str(row.status) + ("*" if row.pending else "")
        lines.append(
            f"{row.started_at:%Y-%m-%d %H:%M:%S}  {name[:28]:28} {status:9} {_duration(row):>7} {shown}  {row.run_id}"
        )
        if row.error and str(row.error) != "nan":
            error = " ".join(str(row.error).split())
            lines.append(f"{'':21}✗ {error[: max(40, width - 23)]}")
    if frame["pending"].any():
        lines.append("* journaled while the warehouse was busy; moved into `runs` by the next run that writes")
    lines.append(f"details and logs of a run: {ui_url()}/runs/flow-run/<run id>  (with `cases server` running)")
    return "\n".join(lines)


def cmd_runs(args: argparse.Namespace) -> int:
    from warehouse.db import WarehouseBusy

    try:
        frame = latest_runs(
            args.db,
            limit=args.limit,
            status=args.status,
            flow_name=args.flow,
            deployment=args.deployment,
            wait_seconds=args.wait,
        )
    except (FileNotFoundError, WarehouseBusy) as exc:
        print(f"cases runs: {exc}", file=sys.stderr)
        return 2
    if args.format in ("json", "csv", "markdown"):
        from warehouse.output import frame_rows, write_rows

        write_rows(args.format, list(frame.columns), frame_rows(frame), sys.stdout)
    else:
        print(format_table(frame, args.width))
    return 0


def add_runs_parser(sub: Any) -> None:
    from flows.deployments import DEPLOYMENTS

    p = sub.add_parser("runs", help="list the latest runs (scheduled or by hand) with status, timings and counts")
    p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")
    p.add_argument("-n", "--limit", type=int, default=20, help="how many runs, newest first (default 20)")
    p.add_argument("--status", choices=["RUNNING", "COMPLETED", "FAILED", "CRASHED", "CANCELLED"])
    p.add_argument("--flow", help="only runs of this flow (ingest, crawl, check …)")
    p.add_argument("--deployment", help=f"only runs of this deployment ({', '.join(d.name for d in DEPLOYMENTS)})")
    p.add_argument(
        "--format",
        choices=["table", "csv", "json", "markdown"],
        default="table",
        help="json: one strict JSON object per line; csv and markdown for spreadsheets and notes",
    )
    p.add_argument("--width", type=int, default=int(os.environ.get("COLUMNS", "160")))
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=cmd_runs)
