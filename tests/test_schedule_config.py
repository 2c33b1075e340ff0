"""The deployments list and seeds/schedules.toml: what `cases serve` would register, without a server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from flows.deployments import DEPLOYMENTS, ScheduleError, ScheduleSpec, load_schedules, plan

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_schedules_cover_every_deployment() -> None:
    schedules = load_schedules()
    assert set(schedules) == {d.name for d in DEPLOYMENTS}
    assert schedules["ingest-pages"] == ScheduleSpec(cron="0 1 * * *", timezone="Asia/Shanghai")
    for spec in schedules.values():
        assert len(spec.to_prefect()) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[ingest-pages]\ncron = "every day"\n', "not a cron expression"),
        ('[ingest-pages]\ninterval = 60\ncron = "0 1 * * *"\n', "not both"),
        ("[ingest-pages]\ninterval = -5\n", "positive number"),
        ('[ingest-pages]\ncron = "0 1 * * *"\ntimezone = "Beijing"\n', "unknown timezone"),
        ("[ingest-pages]\nevery = 5\n", "unknown key"),
        ("[ingestt]\ninterval = 5\n", "no deployment named ingestt"),
        ("[ingest-pages\n", "schedules.toml"),
    ],
)
def test_bad_schedules_are_refused_plainly(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "schedules.toml"
    path.write_text(text)
    with pytest.raises(ScheduleError, match=message):
        load_schedules(path)


def test_command_line_overrides_and_sources(tmp_path: Path) -> None:
    planned = {p.spec.name: p for p in plan(interval=30, sources=[str(tmp_path)])}
    ingest = planned["ingest-pages"]
    assert ingest.flow is not None and ingest.skipped is None
    assert ingest.schedule == ScheduleSpec(interval=30.0)
    assert ingest.parameters == {"paths": [str(tmp_path.resolve())]}
    cron = plan(only=["ingest-pages"], cron="*/5 * * * *", timezone="Asia/Shanghai")
    assert [p.schedule for p in cron] == [ScheduleSpec(cron="*/5 * * * *", timezone="Asia/Shanghai")]
    with pytest.raises(ScheduleError, match="not both"):
        plan(interval=5, cron="* * * * *")
    with pytest.raises(ScheduleError, match="no deployment named"):
        plan(only=["nightly"])


def test_a_flow_that_does_not_exist_yet_is_skipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from flows import deployments

    (tmp_path / "schedules.toml").write_text("[ingest-pages]\ninterval = 5\n")
    monkeypatch.setenv("CASES_SCHEDULES", str(tmp_path / "schedules.toml"))
    ghost = deployments.DeploymentSpec("ingest-pages", "flows.not_built_yet:flow", "later")
    monkeypatch.setattr(deployments, "DEPLOYMENTS", (ghost,))
    (planned,) = deployments.plan()
    assert planned.flow is None and "does not exist yet" in str(planned.skipped)


@pytest.mark.slow  # runs the CLI in subprocesses
def test_serve_dry_run_prints_the_plan(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "serve",
            "--dry-run",
            "--db",
            str(tmp_path / "w.duckdb"),
            "--interval",
            "60",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"warehouse   {tmp_path / 'w.duckdb'}" in done.stdout
    assert "+ ingest/ingest-pages: every 60s" in done.stdout
