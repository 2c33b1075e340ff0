"""The `check` flow: `cases check` as a Prefect flow, for schedules — re-validate, record, alert on errors.

`cases check` itself runs without Prefect (fast, read-only); this flow takes the run lock, records the
result in `dq_runs`/`dq_failures` under the flow run's id and sends one alert when there are errors.
"""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.runtime import deployment, flow_run

from flows.alerts import alert_failed_flow, send_alert
from warehouse.db import connect, db_path
from warehouse.dq import check_alert, check_warehouse, record_check
from warehouse.load import LoadCounts, finish_run, start_run
from warehouse.lock import exclusive_run


@flow(name="check", on_failure=[alert_failed_flow], on_crashed=[alert_failed_flow])
def check(db: str | None = None) -> dict[str, Any]:
    """Re-validate every stored table with the current contracts; record the result; alert on errors."""
    run_id = str(flow_run.get_id() or "check-local")
    target = str(db_path(db))
    name = deployment.get_name()
    parameters = {"db": db}
    with (
        exclusive_run(target, run_id=run_id, flow_name="check", parameters=parameters, deployment=name),
        connect(target) as con,
    ):
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
    if result.n_errors:
        send_alert(check_alert(result, run_id, target), target)
    return {"run_id": run_id, "db_path": target, "n_errors": result.n_errors, "n_warnings": result.n_warnings}
