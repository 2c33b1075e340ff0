"""The `check` flow: `cases check` as a Prefect flow, for schedules — re-validate, record, alert on errors.

`cases check` itself runs without Prefect (fast, read-only); this flow takes the run lock, records the
result in `dq_runs`/`dq_failures` under the flow run's id and sends one alert when there are errors.
"""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.runtime import deployment, flow_run

from flows.alerts import ALERT_EVENT, alert_failed_flow, send_alert
from warehouse.db import connect, db_path
from warehouse.dq import check_warehouse, record_check
from warehouse.load import LoadCounts, finish_run, start_run
from warehouse.lock import exclusive_run


def check_payload(result: Any, run_id: str, db: str) -> dict[str, Any]:
    """The alert of a check that found errors (same shape as a run's alert)."""
    f = result.failures
    top = (
        f.groupby(["table_name", "check_name", "column_name", "severity"], dropna=False)
        .size()
        .reset_index(name="n")
        .sort_values(["severity", "n"], ascending=[True, False])
        .head(5)
    )
    errors = f[f["severity"] == "error"].head(5)
    clean = lambda frame: frame.astype(object).where(frame.notna(), None).to_dict("records")  # noqa: E731
    return {
        "event": ALERT_EVENT,
        "run_id": run_id,
        "flow_name": "check",
        "status": "COMPLETED",
        "reasons": [f"{result.n_errors} error-severity check failures in the stored tables"],
        "db_path": db,
        "counts": {"error_failures": result.n_errors, "warning_failures": result.n_warnings},
        "top_checks": clean(top),
        "sample_failures": clean(errors),
    }


@flow(name="check", on_failure=[alert_failed_flow], on_crashed=[alert_failed_flow])
def check(db: str | None = None) -> dict[str, Any]:
    """Re-validate every stored table with the current contracts; record the result; alert on errors."""
    run_id = str(flow_run.get_id() or "check-local")
    target = str(db_path(db))
    name = deployment.get_name()
    parameters = {"db": db}
    with exclusive_run(target, run_id=run_id, flow_name="check", parameters=parameters, deployment=name):
        con = connect(target)
        try:
            start_run(con, run_id, "check", target, parameters, name)  # `runs` records every flow run
            status, error = "FAILED", None
            try:
                result = check_warehouse(con)
                record_check(con, result, run_id)
                status = "COMPLETED"
                error = f"{result.n_errors} error-severity check failures" if result.n_errors else None
            except BaseException as exc:
                error = f"{type(exc).__name__}: {exc}"
                raise
            finally:
                finish_run(con, run_id, status, 0, LoadCounts(), error)
        finally:
            con.close()
    if result.n_errors:
        send_alert(check_payload(result, run_id, target), target)
    return {"run_id": run_id, "db_path": target, "n_errors": result.n_errors, "n_warnings": result.n_warnings}
