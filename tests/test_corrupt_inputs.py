"""Corrupted inputs through the real flow: each ends in articles, quarantine or a failure table, with a reason.

A real Prefect flow run writes a real DuckDB file; a real HTTP server on 127.0.0.1 receives the alert.
Every input is accounted for: inputs = articles + unchanged + quarantined + failed, per run.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import query
from tests.pages import corrupt_inputs
from tests.webhook import SECRET, Webhook

pytestmark = pytest.mark.usefixtures("prefect_api")

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"


def run_logs(run_id: str) -> str:
    """Every log line the flow run and its task runs sent to the Prefect API, with any traceback text."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()
    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])), limit=200)
    return "\n".join(log.message for log in logs)


def test_corrupted_inputs_are_all_accounted_for(
    tmp_path: Path,
    db: Path,
    webhook: Webhook,
) -> None:
    from flows.ingest import ingest

    folder = tmp_path / "corrupt"
    expected = corrupt_inputs(folder)
    summary = ingest(paths=[str(folder)], db=str(db))
    logs = run_logs(summary.run_id)

    assert summary.status == "COMPLETED"
    assert "Traceback" not in logs, "no traceback escapes"
    assert SECRET not in logs and "/hooks/cases" not in logs, "the webhook URL is never logged"
    assert summary.n_inputs == len(expected) == 9
    assert summary.n_inputs == summary.n_articles + summary.n_unchanged + summary.n_quarantined + summary.n_failed

    name = lambda uri: Path(uri).name  # noqa: E731
    loaded = {name(u) for (u,) in query(db, "SELECT source_uri FROM articles")}
    quarantined = {
        name(u): r for u, r in query(db, "SELECT source_uri, reason FROM quarantine WHERE table_name = 'articles'")
    }
    failed = {name(u): r for u, r in query(db, "SELECT url, reason FROM fetch_failures")}
    assert len(loaded) + len(quarantined) + len(failed) == summary.n_inputs
    for file, where in expected.items():
        kind, _, reason = where.partition(":")
        if kind == "articles":
            assert file in loaded, (file, quarantined.get(file), failed.get(file))
        elif kind == "quarantine":
            assert reason in quarantined.get(file, ""), (file, quarantined.get(file), failed.get(file))
        else:
            assert failed.get(file) == reason, (file, failed.get(file))

    # The run's data-quality record: errors for the quarantined, a warning for the twin.
    dq = dict(query(db, f"SELECT table_name, status FROM dq_runs WHERE run_id = '{summary.run_id}'"))
    assert dq["articles"] == "fail" and "sections" in dq
    twin = query(db, "SELECT row_key, severity, source_uri FROM dq_failures WHERE check_name = 'duplicate_content'")
    assert len(twin) == 1 and twin[0][1] == "warning" and name(twin[0][2]) == "twin_b.txt"
    checked, failed_rows = query(
        db,
        f"SELECT rows_checked, rows_failed FROM dq_runs WHERE run_id = '{summary.run_id}' AND table_name = 'articles'",
    )[0]
    assert (checked, failed_rows) == (7, 4)  # 3 quarantined + 1 warned

    # One alert, on every sink: the webhook (a real server), the JSON Lines file beside the DB, the log.
    alerts = webhook.wait_for(1)
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["run_id"] == summary.run_id and alert["event"] == "cases.contract.failed"
    assert alert["counts"]["quarantined"] == 3 and alert["counts"]["failed"] == 2
    assert {t["check_name"].split("(")[0] for t in alert["top_checks"]} >= {"published_not_in_future", "str_length"}
    assert alert["sample_failures"] and alert["sample_failed_inputs"]
    lines = (db.parent / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["run_id"] for x in lines] == [summary.run_id]
    assert "DATA-QUALITY ALERT" in logs

    # A re-run: the identity holds per run, and nothing is quarantined twice. The quarantined and refused inputs
    # are unchanged like the loaded ones (their verdict stands, recorded by the run that met them): no alert again.
    again = ingest(paths=[str(folder)], db=str(db))
    assert (again.n_articles, again.n_unchanged, again.n_quarantined, again.n_failed) == (0, 9, 0, 0)
    assert [json.loads(x)["run_id"] for x in (db.parent / "alerts.jsonl").read_text().splitlines()] == [summary.run_id]
    assert again.n_inputs == again.n_articles + again.n_unchanged + again.n_quarantined + again.n_failed
    for run_id, n_inputs, n_articles, n_unchanged, n_quarantined, n_failed in query(
        db, "SELECT run_id, n_inputs, n_articles, n_unchanged, n_quarantined, n_failed FROM runs"
    ):
        assert n_inputs == n_articles + n_unchanged + n_quarantined + n_failed, run_id


def test_prefect_artifact_and_event_for_the_alert(tmp_path: Path, db: Path, webhook: Webhook) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.alerts import ARTIFACT_KEY
    from flows.ingest import ingest

    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "nav.html").write_text("<html><body><a href='/'>首页</a> <a href='/x'>党建</a></body></html>", "utf-8")
    summary = ingest(paths=[str(folder)], db=str(db))
    assert summary.n_quarantined == 1

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[ARTIFACT_KEY])))
        mine = [a for a in artifacts if str(a.flow_run_id) == summary.run_id]
        assert len(mine) == 1 and "Top failing checks" in str(mine[0].data)

        # The event reaches the server asynchronously: poll briefly.
        query = {
            "filter": {
                "event": {"name": ["cases.contract.failed"]},
                "any_resource": {"id": [f"cases.run.{summary.run_id}"]},
            },
            "limit": 5,
        }
        events: list[dict] = []
        deadline = time.monotonic() + 20
        while not events and time.monotonic() < deadline:
            events = client._client.post("/events/filter", json=query).json().get("events", [])
            time.sleep(0.3)
        assert len(events) == 1 and events[0]["payload"]["counts"]["quarantined"] == 1
