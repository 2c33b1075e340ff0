"""`cases check` over a real warehouse, and the table-level checks against the previous run."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import query
from tests.webhook import Webhook

pytestmark = pytest.mark.usefixtures("prefect_api")


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in its own process (capsys would leave Prefect's console handler a closed stream)."""
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], capture_output=True, text=True, timeout=120)


def sql(db: Path, statement: str) -> list[tuple]:
    return query(db, statement, write=True)


def test_check_passes_a_clean_warehouse_and_flags_a_corrupted_one(seed_dir: Path, db: Path) -> None:
    from flows.ingest import ingest

    assert ingest(paths=[str(seed_dir)], db=str(db)).n_articles == 5
    clean = cases("check", "--db", str(db))
    assert clean.returncode == 0 and "OK" in clean.stdout, clean.stdout + clean.stderr

    # Corrupt the stored rows behind the contracts' back, as a bad manual edit or an old bug would.
    (aid,) = sql(db, "SELECT article_id FROM articles ORDER BY article_id LIMIT 1")[0]
    sql(db, f"UPDATE articles SET published_at = TIMESTAMP '2099-01-01' WHERE article_id = '{aid}'")
    sql(db, f"DELETE FROM sections WHERE article_id = '{aid}' AND ordinal = 1")
    sql(db, "INSERT INTO sections VALUES ('00000000000000ff', 1, '一、孤儿', 'other', 'text')")
    sql(
        db,
        f"DELETE FROM sections WHERE (article_id, ordinal) IN (SELECT (article_id, max(ordinal)) FROM sections "
        f"WHERE article_id NOT IN ('{aid}', '00000000000000ff') GROUP BY article_id ORDER BY article_id LIMIT 1)",
    )

    bad = cases("check", "--db", str(db))
    assert bad.returncode == 1, bad.stderr
    out = bad.stdout
    for check in ("published_not_in_future", "contiguous_ordinals", "orphan_row", "rows_lost"):
        assert check in out, out

    recorded_run = cases("check", "--db", str(db), "--json", "--record")
    assert recorded_run.returncode == 1, recorded_run.stderr
    report = json.loads(recorded_run.stdout)
    assert report["n_errors"] >= 4 and report["tables"]["articles"]["rows_failed"] == 1
    recorded = sql(db, "SELECT DISTINCT check_name FROM dq_failures WHERE run_id LIKE 'check-%'")
    assert {"published_not_in_future", "contiguous_ordinals", "orphan_row"} <= {r[0] for r in recorded}
    assert sql(db, "SELECT status FROM dq_runs WHERE run_id LIKE 'check-%' AND table_name = 'articles'") == [("fail",)]


def test_check_exit_2_without_a_warehouse_or_while_another_process_holds_it(tmp_path: Path, db: Path) -> None:
    missing = cases("check", "--db", str(tmp_path / "missing.duckdb"))
    assert missing.returncode == 2 and "no warehouse" in missing.stderr

    duckdb.connect(str(db)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db)!r})
            print("holding", flush=True)
            time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        busy = cases("check", "--db", str(db), "--wait", "0.5")
        assert busy.returncode == 2 and "in use by another process" in busy.stderr, busy.stderr
        assert time.monotonic() - started < 30
        assert "Traceback" not in busy.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_drop_in_rows_against_the_previous_run_alerts(
    seed_dir: Path,
    db: Path,
    webhook: Webhook,
) -> None:
    from flows.ingest import ingest

    first = ingest(paths=[str(seed_dir)], db=str(db))
    assert webhook.received == [], "a clean run sends no alert"
    for page in sorted(seed_dir.iterdir())[:3]:  # the site lost most of its pages overnight
        page.unlink()
    second = ingest(paths=[str(seed_dir)], db=str(db))
    assert (second.n_inputs, second.n_unchanged) == (2, 2)

    found = sql(
        db, f"SELECT table_name, check_name, failure_case, severity FROM dq_failures WHERE run_id = '{second.run_id}'"
    )
    assert ("articles", "row_count_drop", "5 → 2 rows (60% fewer)", "error") in found
    assert sql(db, f"SELECT status FROM dq_runs WHERE run_id = '{second.run_id}' AND table_name = 'articles'") == [
        ("fail",)
    ]
    assert sql(db, f"SELECT status FROM dq_runs WHERE run_id = '{first.run_id}' AND table_name = 'articles'") == [
        ("pass",)
    ]
    alerts = webhook.wait_for(1)
    assert [a["run_id"] for a in alerts] == [second.run_id]
    assert alerts[0]["top_checks"][0]["check_name"] == "row_count_drop"


def test_the_check_flow_records_and_alerts(seed_dir: Path, db: Path, webhook: Webhook) -> None:
    from flows.check import check
    from flows.ingest import ingest

    ingest(paths=[str(seed_dir)], db=str(db))
    assert check(db=str(db))["n_errors"] == 0 and webhook.received == []
    sql(db, "UPDATE articles SET body = '首页 党建' WHERE article_id = (SELECT min(article_id) FROM articles)")
    result = check(db=str(db))
    assert result["n_errors"] >= 1
    alerts = webhook.wait_for(1)
    assert [a["run_id"] for a in alerts] == [result["run_id"]] and alerts[0]["flow_name"] == "check"
    assert sql(db, f"SELECT status FROM dq_runs WHERE run_id = '{result['run_id']}' AND table_name = 'articles'") == [
        ("fail",)
    ]
    checks = sql(db, "SELECT status, error FROM runs WHERE flow_name = 'check' ORDER BY started_at")
    assert checks[0] == ("COMPLETED", None), "every flow run is in `runs`, checks included"
    assert checks[1][0] == "COMPLETED" and "error-severity" in checks[1][1]
