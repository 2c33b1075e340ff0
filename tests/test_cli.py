"""The `cases` command as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS

CASES = str(Path(sys.executable).parent / "cases")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CASES, *args], capture_output=True, text=True, timeout=120, env=env)


def test_extract_prints_one_record_per_input_in_order(tmp_path: Path) -> None:
    pages = sorted(str(p) for p in SEEDS.glob("*.txt"))
    missing = str(tmp_path / "missing.txt")
    result = run("extract", "--json", pages[2], missing, *pages)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source_uri"] for r in records] == [pages[2], missing, *pages]
    assert records[1]["error"]["reason"] == "not found"
    first = records[2]
    for key in (
        "source_uri",
        "title",
        "published_at",
        "source_outlet",
        "author_org",
        "editors",
        "collection",
        "script_original",
        "is_truncated",
        "body",
        "sections",
    ):
        assert key in first
    assert first["published_at"] == "2018-09-25T09:39:00"
    assert first["sections"][0] == {
        "ordinal": 1,
        "heading": "一、背景与起因",
        "kind": "background",
        "text": first["sections"][0]["text"],
    }


PARSER_PROBE = """
import json, sys
from flows.cli import build_parser
build_parser()
print(json.dumps({name: name in sys.modules for name in ("prefect", "pandera", "pandas", "jieba")}))
"""


def test_building_the_parser_imports_no_heavy_library() -> None:
    """Every verb builds the whole parser first: a library one verb's options import there (pandera for
    `cases export`'s formats cost ~1 s) would slow `cases sql` and `cases extract` alike."""
    probe = subprocess.run([sys.executable, "-c", PARSER_PROBE], capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout) == {"prefect": False, "pandera": False, "pandas": False, "jieba": False}


@pytest.mark.slow  # runs the CLI in subprocesses
def test_sql_prints_a_table_and_reports_errors_plainly(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles AS SELECT '红管家' AS title, 3 AS n")
    con.close()
    result = run("sql", "SELECT title, n FROM articles", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "红管家" in result.stdout and "title" in result.stdout
    as_json = run("sql", "SELECT title, n FROM articles", "--db", str(db), "--format", "json")
    assert json.loads(as_json.stdout) == {"title": "红管家", "n": 3}

    bad = run("sql", "SELEC nonsense", "--db", str(db))
    assert bad.returncode == 2 and "Parser Error" in bad.stderr and "Traceback" not in bad.stderr
    absent = run("sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb"))
    assert absent.returncode == 2 and "cases ingest" in absent.stderr


def test_sql_while_another_process_writes_says_so(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        result = run("sql", "SELECT 1", "--db", str(db), "--wait", "0.5")
        assert result.returncode == 2
        assert "in use by another process" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


def test_extract_with_structure_adds_region_and_facts() -> None:
    result = run("extract", "--json", "--structure", str(SEEDS / "001_0812f27126c4a880.txt"))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["region"]["province"], record["region"]["city"], record["region"]["county"]) == (
        "浙江省",
        "湖州市",
        "长兴县",
    )
    first = record["facts"][0]
    assert (first["value"], first["unit"], first["raw"]) == (18.6, "平方公里", "18.6平方公里")
    assert record["body"][first["char_start"] : first["char_end"]] == first["raw"]
    assert "红管家" in [b["term"] for b in record["brands"]]


@pytest.mark.parametrize("setting", ["CASES_WRITER_THREADS", "CASES_WORKERS"])
def test_a_bad_numeric_setting_is_one_plain_line_and_no_run(tmp_path: Path, prefect_api: None, setting: str) -> None:
    import os

    from prefect.settings import PREFECT_API_URL

    db = tmp_path / "w.duckdb"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), setting: "two"}
    result = run("ingest", str(SEEDS / "001_0812f27126c4a880.txt"), "--db", str(db), env=env)
    assert result.returncode == 2, result.stderr[-2000:]
    assert f"${setting} must be a positive int, got 'two'" in result.stderr
    assert "Traceback" not in result.stderr
    if db.exists():  # the schema may be there; no run was recorded RUNNING
        con = duckdb.connect(str(db), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM runs WHERE status = 'RUNNING'").fetchone() == (0,)
        finally:
            con.close()


@pytest.mark.slow  # a real ingest in a subprocess
def test_ingest_ends_without_shutdown_noise(tmp_path: Path, prefect_api: None) -> None:
    """Prefect's daemon threads once kept DuckDB objects alive past exit, and every run ended in
    some 40 lines of nanobind leak warnings (flows/shutdown.py)."""
    import os

    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    result = run("ingest", str(SEEDS / "001_0812f27126c4a880.txt"), "--db", str(tmp_path / "w.duckdb"), env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "loaded" in result.stdout
    assert "leaked" not in result.stderr, result.stderr[-2000:]


def test_the_workers_server_starts_ahead_only_where_a_pool_is_likely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cases ingest` starts its workers' server before importing Prefect (flows/worker_server.py) for a new
    warehouse, a local pool of two or more workers and more than one batch's worth of inputs; never for one
    worker or a cluster, a few files (one batch is derived in the CLI process) or an existing warehouse (a
    re-run may find nothing to derive)."""
    import argparse

    from flows.cli import _pool_likely

    monkeypatch.delenv("CASES_DASK_ADDRESS", raising=False)
    monkeypatch.setenv("CASES_WORKERS", "2")
    one = str(SEEDS / "001_0812f27126c4a880.txt")

    db = str(tmp_path / "new.duckdb")

    def likely(paths: list[str], workers: int | None = None, dask: str | None = None, batch: int | None = None) -> bool:
        args = argparse.Namespace(paths=paths, workers=workers, dask_address=dask, batch_size=batch, db=db)
        return _pool_likely(args)

    assert likely([str(SEEDS)]) and likely([]) and likely([one] * 3, batch=2)
    assert not likely([one]) and not likely([one] * 3)
    assert not likely([str(SEEDS)], workers=1) and not likely([str(SEEDS)], dask="tcp://127.0.0.1:8786")
    monkeypatch.setenv("CASES_WORKERS", "1")
    assert not likely([str(SEEDS)]) and likely([str(SEEDS)], workers=4)
    (tmp_path / "new.duckdb").write_bytes(b"")
    assert not likely([str(SEEDS)], workers=4), "an existing warehouse: the run may have nothing to derive"


@pytest.mark.parametrize("verb", ["ingest", "crawl", "migrate"])
def test_batch_size_defaults_to_the_growing_schedule_and_refuses_less_than_one_page(
    verb: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.cli import build_parser

    parser = build_parser()
    assert parser.parse_args([verb]).batch_size is None, "None: flows/batching.py's growing schedule"
    assert parser.parse_args([verb, "--batch-size", "50"]).batch_size == 50
    for bad in ("0", "-3", "many"):
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([verb, "--batch-size", bad])
        assert exit_info.value.code == 2
        assert "at least 1" in capsys.readouterr().err


@pytest.mark.slow  # Prefect's temporary API in a subprocess
def test_a_small_run_without_a_server_starts_one_temporary_api_early_and_loads_its_page(tmp_path: Path) -> None:
    """With no server, `cases ingest` of a few files starts Prefect's temporary API itself, before importing the
    flow, and loads the derivation meanwhile (flows/server.py `start_temporary_api`: why); the flow then uses
    that very server: one temporary server is started and stopped, and the page is loaded."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), CASES_FIND_SERVER="0")
    result = subprocess.run(
        [CASES, "ingest", str(SEEDS / "001_0812f27126c4a880.txt"), "--db", str(tmp_path / "w.duckdb")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    log = result.stdout + result.stderr
    # (the early start logs before Prefect's logging is set up: its "Starting" line may not show, a second would)
    assert log.count("Starting temporary server") <= 1, log[-3000:]
    assert log.count("Stopping temporary server") == 1, log[-3000:]
    assert "articles loaded    1" in result.stdout
