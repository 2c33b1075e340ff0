"""Alerts: one per failing run, to the log, a JSON Lines file, a real local webhook and Prefect."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from flows import alerts
from tests.webhook import SECRET, Webhook
from warehouse.alert import EVENT_CONTRACT_FAILED, EVENT_FETCH_FAILED, EVENT_RUN_FAILED, Alert

ALERT = Alert(
    run_id="r-1",
    status="COMPLETED",
    reasons=("2 error-severity check failures",),
    counts={"inputs": 3, "articles": 1, "unchanged": 0, "quarantined": 2, "failed": 0},
    top_checks=(
        {
            "table_name": "articles",
            "check_name": "str_length(200, None)",
            "column_name": "body",
            "severity": "error",
            "n": 2,
        },
    ),
)


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.text = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.text += record.getMessage() + "\n"


@pytest.fixture
def logged() -> Iterator[Lines]:
    """What httpx and our alert logger emit at INFO and above, whatever Prefect did to logging."""
    handler = Lines()
    loggers = [logging.getLogger(n) for n in ("httpx", "cases.alerts")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.setLevel(logging.INFO)
    try:
        yield handler
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.removeHandler(handler)
            lg.setLevel(level)


def test_webhook_retries_then_delivers_and_never_logs_the_url(webhook: Webhook, tmp_path: Path, logged: Lines) -> None:
    webhook.statuses = [503, 500]
    outcomes = alerts.send_alert(ALERT, str(tmp_path / "cases.duckdb"))
    caplog = logged
    assert outcomes["webhook"] == "HTTP 200"
    assert [r["run_id"] for r in webhook.wait_for(1)] == ["r-1"]
    assert outcomes["log"] == "logged"
    lines = (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["run_id"] for x in lines] == ["r-1"]
    assert SECRET not in caplog.text
    assert webhook.url.split("?")[0] not in caplog.text, "not even the URL without its query"
    assert "<webhook>" in caplog.text, "httpx's own request log line is redacted"
    assert alerts.send_alert(ALERT, str(tmp_path / "cases.duckdb")) == {}, "one alert per run"


def test_webhook_down_is_bounded_and_does_not_raise(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(alerts.WEBHOOK_ENV, "http://127.0.0.1:9/nothing-listens-here")
    monkeypatch.setattr(alerts, "BACKOFF", 0.05)
    monkeypatch.setenv(alerts.FILE_ENV, "off")
    alerts._alerted.clear()
    started = time.monotonic()
    outcomes = alerts.send_alert(replace(ALERT, run_id="r-2"), str(tmp_path / "x.duckdb"))
    assert outcomes["webhook"].startswith("failed") and outcomes["file"] == "off"
    assert time.monotonic() - started < 20
    assert not (tmp_path / "alerts.jsonl").exists()


def test_client_error_is_not_retried(webhook: Webhook, tmp_path: Path) -> None:
    webhook.statuses = [404]
    outcomes = alerts.send_alert(replace(ALERT, run_id="r-3"), str(tmp_path / "x.duckdb"))
    assert outcomes["webhook"] == "failed: HTTP 404" and webhook.received == []


def test_markdown_names_counts_checks_and_query() -> None:
    text = ALERT.markdown()
    assert "str_length(200, None)" in text and "| 3 | 1 | 0 | 2 | 0 |" in text
    assert "dq_failures WHERE run_id = 'r-1'" in text


@pytest.mark.usefixtures("prefect_api")
def test_a_run_that_fails_outright_alerts(tmp_path: Path, seed_dir: Path, webhook: Webhook) -> None:
    """A warehouse whose `sections` table refuses rows (schema drift) makes the load fail for real."""
    from flows.ingest import ingest

    db = tmp_path / "drift.duckdb"
    con = duckdb.connect(str(db))
    con.execute(
        "CREATE TABLE sections (article_id VARCHAR, ordinal BIGINT, heading VARCHAR CHECK (false), "
        "kind VARCHAR, text VARCHAR)"
    )
    con.close()
    with pytest.raises(Exception, match=r"(?i)constraint"):
        ingest(paths=[str(seed_dir)], db=str(db))
    got = webhook.wait_for(1)
    assert len(got) == 1 and got[0]["status"] == "FAILED" and "run failed" in got[0]["reasons"]
    assert "Constraint" in got[0]["error"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT status FROM runs").fetchall() == [("FAILED",)]
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(0,)], "the batch rolled back"
    finally:
        con.close()
    lines = (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["run_id"] for x in lines] == [got[0]["run_id"]]


def test_events_name_what_failed() -> None:
    assert replace(ALERT, status="FAILED").event == EVENT_RUN_FAILED
    assert ALERT.event == EVENT_CONTRACT_FAILED
    fetch_only = Alert(run_id="r-9", status="COMPLETED", reasons=("1 inputs could not be read",), counts={"failed": 1})
    assert fetch_only.event == EVENT_FETCH_FAILED
    assert Alert.from_json(ALERT.to_json()) == ALERT


def test_webhook_payload_carries_a_human_text(webhook: Webhook, tmp_path: Path) -> None:
    alerts.send_alert(replace(ALERT, run_id="r-4"), str(tmp_path / "x.duckdb"))
    (got,) = webhook.wait_for(1)
    assert got["event"] == EVENT_CONTRACT_FAILED and got["run_id"] == "r-4"
    assert "r-4" in got["text"] and "2 error-severity check failures" in got["text"]
    assert "articles.str_length(200, None)×2" in got["text"]


def test_apprise_urls_deliver_a_message_with_the_payload_attached(
    webhook: Webhook, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, logged: Lines
) -> None:
    """A real apprise `json://` delivery to a local receiver: the human message, and the payload as a file."""
    import base64

    monkeypatch.delenv(alerts.WEBHOOK_ENV)
    port = webhook.url.split(":")[2].split("/")[0]
    monkeypatch.setenv(alerts.URLS_ENV, f"json://127.0.0.1:{port}/apprise/{SECRET}, notaservice://nothing")
    outcomes = alerts.send_alert(replace(ALERT, run_id="r-5", status="FAILED"), str(tmp_path / "x.duckdb"))
    assert outcomes["apprise"] == "delivered (1 invalid URL(s) skipped)", outcomes
    assert outcomes["webhook"] == "not configured"
    (got,) = webhook.wait_for(1)
    assert "r-5" in got["title"] and "FAILED" in got["title"]
    assert got["message"].startswith("grassroots-cases alert: run r-5") and got["type"] == "failure"
    (attached,) = got["attachments"]
    payload = json.loads(base64.b64decode(attached["base64"]))
    assert payload["event"] == EVENT_RUN_FAILED and payload["run_id"] == "r-5"
    assert SECRET not in logged.text


def test_apprise_receiver_down_is_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(alerts.URLS_ENV, "json://127.0.0.1:9/nothing-listens-here")
    monkeypatch.setenv(alerts.FILE_ENV, "off")
    monkeypatch.setattr(alerts, "BACKOFF", 0.05)
    alerts._alerted.clear()
    started = time.monotonic()
    outcomes = alerts.send_alert(replace(ALERT, run_id="r-6"), str(tmp_path / "x.duckdb"))
    assert outcomes["apprise"].startswith("failed")
    assert time.monotonic() - started < 30
