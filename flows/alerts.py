"""Data-quality alerts: one per run that met error-severity failures, failed inputs, or failed outright.

Sinks, all of them for every alert:
- the log (always): the flow run's logger, or `cases.alerts` outside a run;
- a JSON Lines file: `$CASES_ALERT_FILE`, default `alerts.jsonl` beside the warehouse
  (warehouse/alerts.jsonl for the default DB); `CASES_ALERT_FILE=off` turns it off;
- a webhook: `$CASES_ALERT_WEBHOOK`, the alert as a JSON POST (httpx), 3 attempts with backoff and a
  5 s timeout each; a webhook that is down costs a run at most ~17 s, never its data, and the URL
  (which often holds a token) is never logged;
- Prefect: an event `cases.contract.failed` and a markdown artifact on the flow run.

A sink that fails is logged and skipped; nothing here raises into the run that called it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from warehouse.db import connect, db_path, transaction
from warehouse.dq import alert_payload, finish_run_dq

ALERT_EVENT = "cases.contract.failed"
WEBHOOK_ENV = "CASES_ALERT_WEBHOOK"
FILE_ENV = "CASES_ALERT_FILE"
WEBHOOK_ATTEMPTS = 3
WEBHOOK_TIMEOUT = 5.0
WEBHOOK_BACKOFF = 0.5  # seconds, doubled per attempt
ARTIFACT_KEY = "cases-dq-alert"

_alerted: set[str] = set()  # one alert per run, even when a failure hook fires after the run body


def _logger() -> logging.Logger | logging.LoggerAdapter:
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:
        return logging.getLogger("cases.alerts")


def alerts_file(db: str | os.PathLike[str] | None = None) -> Path | None:
    chosen = os.environ.get(FILE_ENV, "").strip()
    if chosen.lower() in ("off", "none", "0", "false"):
        return None
    if chosen:
        return Path(chosen).expanduser()
    return db_path(db).parent / "alerts.jsonl"


def after_run(db: str, run_id: str) -> dict[str, Any] | None:
    """End of a run: settle its data-quality record, then alert when it needs one. Never raises."""
    payload = None
    try:
        con = connect(db, wait_seconds=30)
        try:
            with transaction(con):
                finish_run_dq(con, run_id)
            payload = alert_payload(con, run_id)
        finally:
            con.close()
    except Exception as exc:
        _logger().error("data-quality record of run %s not completed: %s: %s", run_id, type(exc).__name__, exc)
        payload = {
            "event": ALERT_EVENT,
            "run_id": run_id,
            "status": "UNKNOWN",
            "reasons": [f"data-quality record failed: {type(exc).__name__}: {exc}"[:500]],
            "db_path": db,
            "counts": {},
            "top_checks": [],
            "sample_failures": [],
        }
    if payload is not None:
        send_alert(payload, db)
    return payload


def send_alert(payload: dict[str, Any], db: str | None = None) -> dict[str, str]:
    """Deliver one alert to every configured sink; returns {sink: outcome}. Never raises."""
    run_id = str(payload.get("run_id"))
    if run_id in _alerted:
        return {}
    _alerted.add(run_id)
    payload = {**payload, "alerted_at": datetime.now(UTC).isoformat(timespec="seconds")}
    outcomes: dict[str, str] = {}
    sinks: list[tuple[str, Callable[[], str]]] = [
        ("log", lambda: _to_log(payload)),
        ("file", lambda: _to_file(payload, db)),
        ("webhook", lambda: _to_webhook(payload)),
        ("prefect-event", lambda: _to_event(payload)),
        ("prefect-artifact", lambda: _to_artifact(payload)),
    ]
    for name, sink in sinks:
        try:
            outcomes[name] = sink()
        except Exception as exc:
            outcomes[name] = f"failed: {type(exc).__name__}"
            _logger().warning("alert sink %s failed: %s", name, type(exc).__name__)
    _logger().info("alert for run %s: %s", run_id, ", ".join(f"{k} {v}" for k, v in outcomes.items()))
    return outcomes


def summary_line(payload: dict[str, Any]) -> str:
    c = payload.get("counts") or {}
    top = ", ".join(f"{t['table_name']}.{t['check_name']}×{t['n']}" for t in payload.get("top_checks", [])[:3])
    return (
        f"DATA-QUALITY ALERT run {payload.get('run_id')} ({payload.get('status')}): "
        + "; ".join(payload.get("reasons", []))
        + (
            f" | inputs {c.get('inputs', '?')}, articles {c.get('articles', '?')}, "
            f"unchanged {c.get('unchanged', '?')}, "
            f"quarantined {c.get('quarantined', '?')}, failed {c.get('failed', '?')}"
            if c
            else ""
        )
        + (f" | top checks: {top}" if top else "")
    )


def _to_log(payload: dict[str, Any]) -> str:
    log = _logger()
    log.error(summary_line(payload))
    for s in payload.get("sample_quarantined", [])[:3]:
        log.error("  quarantined %s: %s", s.get("source_uri"), str(s.get("reason"))[:200])
    for s in payload.get("sample_failed_inputs", [])[:3]:
        log.error("  failed %s: %s", s.get("url"), s.get("reason"))
    return "logged"


def _to_file(payload: dict[str, Any], db: str | None) -> str:
    target = alerts_file(db)
    if target is None:
        return "off"
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")
    return f"appended to {target}"


class _Redact(logging.Filter):
    """httpx logs every request's URL at INFO: a webhook URL often carries a token, so hide it."""

    def filter(self, record: logging.LogRecord) -> bool:
        url = os.environ.get(WEBHOOK_ENV, "").strip()
        if url:
            text = record.getMessage()
            base = url.split("?", 1)[0]
            if url in text or base in text:
                record.msg, record.args = text.replace(url, "<webhook>").replace(base, "<webhook>"), ()
        return True


_REDACT = _Redact()


def _hide_webhook_url() -> None:
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if _REDACT not in logger.filters:
            logger.addFilter(_REDACT)


def _to_webhook(payload: dict[str, Any]) -> str:
    url = os.environ.get(WEBHOOK_ENV, "").strip()
    if not url:
        return "not configured"
    _hide_webhook_url()
    log = _logger()
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "grassroots-cases-alerts"}
    last = "no attempt"
    with httpx.Client(timeout=WEBHOOK_TIMEOUT, follow_redirects=False) as client:
        for attempt in range(1, WEBHOOK_ATTEMPTS + 1):
            try:
                response = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:  # its message may hold the URL: log the type only
                last = type(exc).__name__
            else:
                if response.is_success:
                    log.info("alert webhook delivered (HTTP %s, attempt %d)", response.status_code, attempt)
                    return f"HTTP {response.status_code}"
                last = f"HTTP {response.status_code}"
                if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                    break  # the receiver refuses this request: retrying will not help
            if attempt < WEBHOOK_ATTEMPTS:
                time.sleep(WEBHOOK_BACKOFF * 2 ** (attempt - 1))
    log.warning("alert webhook not delivered after %d attempt(s): %s", attempt, last)
    return f"failed: {last}"


def _prefect_reachable() -> bool:
    """Inside a flow run, or with an API configured: never start a temporary server just to alert."""
    try:
        from prefect.context import FlowRunContext
        from prefect.settings import get_current_settings

        return FlowRunContext.get() is not None or bool(get_current_settings().api.url)
    except Exception:
        return False


def _to_event(payload: dict[str, Any]) -> str:
    if not _prefect_reachable():
        return "no Prefect API"
    from prefect.events import emit_event

    run_id = str(payload.get("run_id"))
    related = []
    if _looks_like_uuid(run_id):
        related.append({"prefect.resource.id": f"prefect.flow-run.{run_id}", "prefect.resource.role": "flow-run"})
    event = emit_event(
        event=ALERT_EVENT,
        resource={"prefect.resource.id": f"cases.run.{run_id}", "prefect.resource.name": f"cases run {run_id}"},
        related=related,
        payload={k: payload.get(k) for k in ("run_id", "status", "reasons", "counts", "top_checks", "db_path")},
    )
    return "emitted" if event is not None else "no events client"


def _to_artifact(payload: dict[str, Any]) -> str:
    from prefect.context import FlowRunContext

    if FlowRunContext.get() is None:
        return "no flow run to attach to"
    from prefect.artifacts import create_markdown_artifact

    create_markdown_artifact(
        markdown=alert_markdown(payload),
        key=ARTIFACT_KEY,
        description=f"Data-quality alert for run {payload.get('run_id')}",
    )
    return "created"


def alert_markdown(payload: dict[str, Any]) -> str:
    c = payload.get("counts") or {}
    lines = [
        f"# Data-quality alert: run `{payload.get('run_id')}`",
        "",
        f"**Status** {payload.get('status')} — " + "; ".join(payload.get("reasons", [])),
        "",
    ]
    if payload.get("error"):
        lines += [f"**Error** `{str(payload['error'])[:500]}`", ""]
    if c:
        lines += ["| inputs | articles | unchanged | quarantined | failed | error failures | warnings |"]
        lines += ["|---:|---:|---:|---:|---:|---:|---:|"]
        lines += [
            "| "
            + " | ".join(
                str(c.get(k, ""))
                for k in (
                    "inputs",
                    "articles",
                    "unchanged",
                    "quarantined",
                    "failed",
                    "error_failures",
                    "warning_failures",
                )
            )
            + " |",
            "",
        ]
    if payload.get("top_checks"):
        lines += ["## Top failing checks", "", "| table | check | column | severity | n |", "|---|---|---|---|---:|"]
        lines += [
            f"| {t['table_name']} | `{t['check_name']}` | {t.get('column_name') or ''} | {t['severity']} | {t['n']} |"
            for t in payload["top_checks"]
        ]
        lines.append("")
    if payload.get("sample_failures"):
        lines += [
            "## Sample failing rows",
            "",
            "| table | row | column | check | value | source |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {s['table_name']} | `{s['row_key']}` | {s.get('column_name') or ''} | `{s['check_name']}` | "
            f"{_md(s.get('failure_case'))} | {_md(s.get('source_uri'))} |"
            for s in payload["sample_failures"]
        ]
        lines.append("")
    if payload.get("sample_failed_inputs"):
        lines += ["## Failed inputs", "", "| input | stage | reason |", "|---|---|---|"]
        lines += [f"| {_md(s['url'])} | {s['stage']} | {_md(s['reason'])} |" for s in payload["sample_failed_inputs"]]
        lines.append("")
    lines.append(
        f"Warehouse `{payload.get('db_path')}` — `SELECT * FROM dq_failures WHERE run_id = '{payload.get('run_id')}'`"
    )
    return "\n".join(lines)


def _md(value: object) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")[:120]


def _looks_like_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def alert_failed_flow(flow: object, flow_run: object, state: object) -> None:
    """Prefect `on_failure`/`on_crashed` hook: a run that failed before or outside its pipeline still alerts.

    When the run body already alerted (its data-quality record settled), this does nothing.
    """
    run_id = str(getattr(flow_run, "id", "") or "")
    if not run_id or run_id in _alerted:
        return
    try:
        params = getattr(flow_run, "parameters", None) or {}
        db = str(db_path(params.get("db")))
        payload = None
        try:
            con = connect(db, read_only=True, wait_seconds=5)
            try:
                payload = alert_payload(con, run_id)
            finally:
                con.close()
        except Exception:
            payload = None  # no warehouse, or it is the thing that broke: alert from the state alone
        state_type = getattr(getattr(state, "type", None), "value", None) or "FAILED"
        payload = payload or {
            "event": ALERT_EVENT,
            "run_id": run_id,
            "flow_name": getattr(flow, "name", None),
            "status": state_type,
            "reasons": [f"run {str(state_type).lower()}"],
            "error": (getattr(state, "message", None) or "")[:2000],
            "db_path": db,
            "counts": {},
            "top_checks": [],
            "sample_failures": [],
        }
        send_alert(payload, db)
    except Exception as exc:  # a hook must never raise
        _logger().error("failure alert for run %s not sent: %s", run_id, type(exc).__name__)
