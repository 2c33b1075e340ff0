"""Alerts: one per run that met error-severity failures, failed inputs, or failed outright.

Sinks, all of them for every alert (the alert itself is a `warehouse.alert.Alert`):
- the log (always): the flow run's logger, or `cases.alerts` outside a run;
- a JSON Lines file: `$CASES_ALERT_FILE`, default `alerts.jsonl` beside the warehouse
  (warehouse/alerts.jsonl for the default DB); `CASES_ALERT_FILE=off` turns it off;
- notification services through apprise: `$CASES_ALERT_URLS`, apprise URLs separated by spaces or commas
  (Slack, DingTalk, WeCom, e-mail, `json://` webhooks, ...): a short human message, with the full JSON
  payload attached where the service takes attachments;
- a plain JSON webhook: `$CASES_ALERT_WEBHOOK`, the payload as a JSON POST (it carries a human `text`);
- Prefect: an event named after what failed (`cases.run.failed`, `cases.contract.failed`,
  `cases.fetch.failed`) and a markdown artifact on the flow run.
Deliveries over the network try 3 times with exponential backoff (tenacity) and 5 s timeouts, so a
receiver that is down costs a run seconds, never its data; their URLs (which often hold tokens) are
never logged. A sink that fails is logged and skipped; nothing here raises into the run that called it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from tenacity import RetryError, Retrying, retry_if_result, stop_after_attempt, wait_exponential

from warehouse.alert import EVENT_RUN_FAILED, Alert
from warehouse.db import connect, db_path, transaction
from warehouse.dq_alert import alert_payload
from warehouse.dq_run import finish_run_dq

WEBHOOK_ENV = "CASES_ALERT_WEBHOOK"
URLS_ENV = "CASES_ALERT_URLS"
FILE_ENV = "CASES_ALERT_FILE"
ATTEMPTS = 3
TIMEOUT = 5.0
BACKOFF = 0.5  # seconds, doubled per attempt
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


def after_run(db: str, run_id: str) -> Alert | None:
    """End of a run: settle its data-quality record, then alert when it needs one. Never raises."""
    alert = None
    try:
        # the run brought the schema up to date when it started
        with connect(db, wait_seconds=30, schema=False) as con:
            with transaction(con):
                finish_run_dq(con, run_id)
            alert = alert_payload(con, run_id)
    except Exception as exc:
        _logger().error("data-quality record of run %s not completed: %s: %s", run_id, type(exc).__name__, exc)
        reason = f"data-quality record failed: {type(exc).__name__}: {exc}"[:500]
        alert = Alert(run_id=run_id, status="UNKNOWN", reasons=(reason,), db_path=db)
    if alert is not None:
        send_alert(alert, db)
    return alert


def send_alert(alert: Alert, db: str | None = None) -> dict[str, str]:
    """Deliver one alert to every configured sink; returns {sink: outcome}. Never raises."""
    if alert.run_id in _alerted:
        return {}
    _alerted.add(alert.run_id)
    payload = {**alert.to_json(), "alerted_at": datetime.now(UTC).isoformat(timespec="seconds")}
    outcomes: dict[str, str] = {}
    sinks: list[tuple[str, Callable[[], str]]] = [
        ("log", lambda: _to_log(alert)),
        ("file", lambda: _to_file(payload, db)),
        ("apprise", lambda: _to_apprise(alert, payload)),
        ("webhook", lambda: _to_webhook(payload)),
        ("prefect-event", lambda: _to_event(alert)),
        ("prefect-artifact", lambda: _to_artifact(alert)),
    ]
    for name, sink in sinks:
        try:
            outcomes[name] = sink()
        except Exception as exc:
            outcomes[name] = f"failed: {type(exc).__name__}"
            _logger().warning("alert sink %s failed: %s", name, type(exc).__name__)
    _logger().info("alert for run %s: %s", alert.run_id, ", ".join(f"{k} {v}" for k, v in outcomes.items()))
    return outcomes


def _to_log(alert: Alert) -> str:
    log = _logger()
    log.error(alert.summary_line())
    for s in alert.sample_quarantined[:3]:
        log.error("  quarantined %s: %s", s.get("source_uri"), str(s.get("reason"))[:200])
    for s in alert.sample_failed_inputs[:3]:
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


def _secrets() -> list[str]:
    """The configured delivery URLs and their bases without query strings: never to appear in a log."""
    urls = [os.environ.get(WEBHOOK_ENV, "").strip(), *alert_urls()]
    found = set()
    for url in filter(None, urls):
        found.add(url)
        found.add(url.split("?", 1)[0])
    return sorted(found, key=len, reverse=True)


class _Redact(logging.Filter):
    """httpx and apprise log request URLs: a delivery URL often carries a token, so hide it."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _secrets()
        if secrets:
            text = record.getMessage()
            if any(s in text for s in secrets):
                for s in secrets:
                    text = text.replace(s, "<webhook>")
                record.msg, record.args = text, ()
        return True


_REDACT = _Redact()


def _hide_delivery_urls() -> None:
    for name in ("httpx", "httpcore", "apprise"):
        logger = logging.getLogger(name)
        if _REDACT not in logger.filters:
            logger.addFilter(_REDACT)


def _retrying() -> Retrying:
    """Up to ATTEMPTS tries while the attempt says to retry (returns a value starting with `retry:`)."""
    return Retrying(
        stop=stop_after_attempt(ATTEMPTS),
        wait=wait_exponential(multiplier=BACKOFF, max=BACKOFF * 2 ** (ATTEMPTS - 1)),
        retry=retry_if_result(lambda outcome: outcome.startswith("retry:")),
        reraise=True,
    )


def _delivered(attempt: Callable[[], str]) -> str:
    try:
        outcome = _retrying()(attempt)
    except RetryError as exc:  # the last attempt still asked for a retry
        outcome = exc.last_attempt.result()
    return outcome.removeprefix("retry:")


def alert_urls() -> list[str]:
    return [u for u in re.split(r"[\s,]+", os.environ.get(URLS_ENV, "").strip()) if u]


def _to_apprise(alert: Alert, payload: dict[str, Any]) -> str:
    urls = alert_urls()
    if not urls:
        return "not configured"
    import apprise  # installed with Prefect; imported only when an alert goes out
    from apprise.attachment.memory import AttachMemory

    _hide_delivery_urls()
    notifier = apprise.Apprise()
    rejected = sum(1 for url in urls if not notifier.add(url))
    if not len(notifier):
        return f"failed: {rejected} invalid apprise URL(s)"
    attachment = AttachMemory(
        content=json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"),
        name=f"cases-alert-{alert.run_id}.json",
        mimetype="application/json",
    )
    notify_type = apprise.NotifyType.FAILURE if alert.event == EVENT_RUN_FAILED else apprise.NotifyType.WARNING

    def attempt() -> str:
        ok = notifier.notify(title=alert.title, body=alert.text(), notify_type=notify_type, attach=attachment)
        return "delivered" if ok else "retry:failed: a service did not accept it"

    outcome = _delivered(attempt)
    if rejected:
        outcome += f" ({rejected} invalid URL(s) skipped)"
    if outcome.startswith("failed"):
        _logger().warning("alert via apprise not delivered after %d attempt(s)", ATTEMPTS)
    return outcome


def _to_webhook(payload: dict[str, Any]) -> str:
    url = os.environ.get(WEBHOOK_ENV, "").strip()
    if not url:
        return "not configured"
    _hide_delivery_urls()
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "grassroots-cases-alerts"}
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False) as client:

        def attempt() -> str:
            try:
                response = client.post(url, content=body, headers=headers)
            except httpx.HTTPError as exc:  # its message may hold the URL: keep the type only
                return f"retry:failed: {type(exc).__name__}"
            if response.is_success:
                return f"HTTP {response.status_code}"
            if 400 <= response.status_code < 500 and response.status_code not in (408, 429):
                return f"failed: HTTP {response.status_code}"  # the receiver refuses this request: final
            return f"retry:failed: HTTP {response.status_code}"

        outcome = _delivered(attempt)
    if outcome.startswith("failed"):
        _logger().warning("alert webhook not delivered: %s", outcome.removeprefix("failed: "))
    else:
        _logger().info("alert webhook delivered (%s)", outcome)
    return outcome


def _prefect_reachable() -> bool:
    """Inside a flow run, or with an API configured: never start a temporary server just to alert."""
    try:
        from prefect.context import FlowRunContext
        from prefect.settings import get_current_settings

        return FlowRunContext.get() is not None or bool(get_current_settings().api.url)
    except Exception:
        return False


def _to_event(alert: Alert) -> str:
    if not _prefect_reachable():
        return "no Prefect API"
    from prefect.events import emit_event

    run_id = alert.run_id
    related = []
    if _looks_like_uuid(run_id):
        related.append({"prefect.resource.id": f"prefect.flow-run.{run_id}", "prefect.resource.role": "flow-run"})
    event = emit_event(
        event=alert.event,
        resource={"prefect.resource.id": f"cases.run.{run_id}", "prefect.resource.name": f"cases run {run_id}"},
        related=related,
        payload={
            "run_id": run_id,
            "status": alert.status,
            "reasons": list(alert.reasons),
            "counts": alert.counts,
            "top_checks": list(alert.top_checks),
            "db_path": alert.db_path,
            "text": alert.text(),
        },
    )
    return "emitted" if event is not None else "no events client"


def _to_artifact(alert: Alert) -> str:
    from prefect.context import FlowRunContext

    if FlowRunContext.get() is None:
        return "no flow run to attach to"
    from prefect.artifacts import create_markdown_artifact

    create_markdown_artifact(
        markdown=alert.markdown(),
        key=ARTIFACT_KEY,
        description=f"Data-quality alert for run {alert.run_id}",
    )
    return "created"


def _looks_like_uuid(text: str) -> bool:
    import uuid

    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def alert_failed_flow(flow: object, flow_run: object, state: object) -> None:
    """Prefect `on_failure`/`on_crashed` hook (runs by hand and served deployments alike): a run that failed
    before or outside its pipeline still alerts. When the run body already alerted, this does nothing.
    """
    run_id = str(getattr(flow_run, "id", "") or "")
    if not run_id or run_id in _alerted:
        return
    try:
        params = getattr(flow_run, "parameters", None) or {}
        db = str(db_path(params.get("db")))
        alert = None
        try:
            with connect(db, read_only=True, wait_seconds=5) as con:
                alert = alert_payload(con, run_id)
        except Exception:
            alert = None  # no warehouse, or it is the thing that broke: alert from the state alone
        send_alert(alert or state_alert(flow, flow_run, state, db), db)
    except Exception as exc:  # a hook must never raise
        _logger().error("failure alert for run %s not sent: %s", run_id, type(exc).__name__)


def state_alert(flow: object, flow_run: object, state: object, db: str) -> Alert:
    """The alert of a run known only by its Prefect state (it never reached its data-quality record)."""
    state_type = str(getattr(getattr(state, "type", None), "value", None) or "FAILED")
    message = " ".join(str(getattr(state, "message", None) or "").split())
    run_name = getattr(flow_run, "name", None)
    deployment_id = getattr(flow_run, "deployment_id", None)
    return Alert(
        run_id=str(getattr(flow_run, "id", "")),
        status=state_type,
        reasons=(f"run {state_type.lower()}" + (f" ({run_name})" if run_name else ""),),
        db_path=db,
        flow_name=getattr(flow, "name", None),
        error=message[:2000] or None,
        deployment_id=str(deployment_id) if deployment_id else None,
    )
