"""Schema drift: an older warehouse (a column or table missing) is migrated and refilled, never emptied.

Each test builds a real old-schema file: the seeds are loaded by a real flow run, then SQL drops what
an older version of the code did not have, as an old file would lack it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, query
from warehouse import migrate as schema
from warehouse.db import connect

SNAPSHOT = """SELECT
    (SELECT count(*) FROM articles),
    (SELECT count(*) FROM articles WHERE source_outlet IS NOT NULL),
    (SELECT count(*) FROM articles WHERE len(minhash) = 64),
    (SELECT count(*) FROM brands),
    (SELECT count(*) FROM sections),
    (SELECT count(*) FROM runs)"""
FAILURE_ROW = "INSERT INTO fetch_failures VALUES ('r1', '/x.html', 'read', 'not found', 1, NULL, NULL, now())"


def _load(seed_dir: Path, db: Path) -> tuple:
    from flows.ingest import ingest

    assert ingest(paths=[str(seed_dir)], db=str(db)).status == "COMPLETED"
    snap = query(db, SNAPSHOT)[0]
    assert snap[0] == 5 and snap[1] > 0 and snap[2] == 5 and snap[3] > 0, snap
    return snap


def _age(db: Path) -> None:
    """What an older version wrote: no source_outlet, no minhash, no brands table."""
    query(db, "ALTER TABLE articles DROP COLUMN source_outlet", write=True)
    query(db, "ALTER TABLE articles DROP COLUMN minhash", write=True)
    query(db, "DROP TABLE brands", write=True)


@pytest.mark.usefixtures("prefect_api")
def test_old_schema_is_migrated_and_refilled_by_the_next_ingest(seed_dir: Path, db: Path) -> None:
    from flows.ingest import ingest

    before = _load(seed_dir, db)
    _age(db)
    again = ingest(paths=[str(seed_dir)], db=str(db))
    assert again.status == "COMPLETED"
    assert (again.n_articles, again.n_unchanged) == (5, 0), "every article re-derived, none skipped as unchanged"
    after = query(db, SNAPSHOT)[0]
    assert after[:5] == before[:5], "rows kept, and the dropped column/table filled again"
    assert query(db, "SELECT count(*) FROM articles WHERE extractor_version = 'stale'") == [(0,)]


@pytest.mark.usefixtures("prefect_api")
def test_cases_migrate_re_derives_from_the_files_at_once(seed_dir: Path, db: Path) -> None:
    from flows.migrate import migrate

    before = _load(seed_dir, db)
    _age(db)
    result = migrate(db=str(db))
    assert "missing table brands" in result.changes and "articles.minhash" in result.changes
    assert (result.n_stale, result.n_missing) == (5, 0)
    assert result.run is not None and (result.run.status, result.run.n_articles) == ("COMPLETED", 5)
    after = query(db, SNAPSHOT)[0]
    assert after[:5] == before[:5]
    assert query(db, "SELECT flow_name, n_articles FROM runs WHERE flow_name = 'migrate'") == [("migrate", 5)]
    # Nothing left to do: a second migrate changes nothing.
    second = migrate(db=str(db))
    assert (second.changes, second.n_stale, second.run) == ("", 0, None)


def unmigratable(tmp_path: Path) -> Path:
    """A warehouse with one row and a column of another type than its contract says."""
    db = tmp_path / "old.duckdb"
    connect(db).close()
    query(db, FAILURE_ROW, write=True)
    query(db, "ALTER TABLE runs ALTER COLUMN n_inputs TYPE VARCHAR", write=True)
    return db


def test_a_warehouse_from_an_unknown_schema_is_refused_untouched(tmp_path: Path) -> None:
    db = unmigratable(tmp_path)
    with pytest.raises(schema.SchemaDrift, match=r"runs\.n_inputs is VARCHAR.*`cases migrate`"):
        connect(db)
    assert query(db, "SELECT count(*) FROM fetch_failures") == [(1,)]
    assert query(db, "SELECT data_type FROM information_schema.columns WHERE column_name = 'n_inputs'") == [
        ("VARCHAR",)
    ]
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "sql", "--db", str(db), "SELECT 1"], cwd=ROOT, capture_output=True
    )
    assert done.returncode == 0, "readers still open it"


@pytest.mark.usefixtures("prefect_api")
def test_a_refused_run_is_journaled_and_shown(tmp_path: Path) -> None:
    from flows.ingest import ingest
    from flows.runs import latest_runs

    db = unmigratable(tmp_path)
    with pytest.raises(schema.SchemaDrift):
        ingest(paths=[str(ROOT / "seeds" / "pages")], db=str(db))
    shown = latest_runs(str(db))
    assert list(shown["status"]) == ["FAILED"] and bool(shown["pending"].iloc[0])
    assert "SchemaDrift" in shown["error"].iloc[0] and "cases migrate" in shown["error"].iloc[0]


def test_a_renamed_column_needs_one_migration_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "old.duckdb"
    connect(db).close()
    query(db, FAILURE_ROW, write=True)
    query(db, "ALTER TABLE fetch_failures RENAME COLUMN failed_at TO seen_at", write=True)
    with pytest.raises(schema.SchemaDrift, match=r"fetch_failures\.seen_at \(NOT NULL\) is not in the contract"):
        connect(db)
    step = schema.Migration(
        "fetch_failures.seen_at → failed_at",
        lambda stored: "seen_at" in stored.get("fetch_failures", {}),
        ["ALTER TABLE fetch_failures RENAME COLUMN seen_at TO failed_at"],
    )
    monkeypatch.setattr(schema, "MIGRATIONS", [step])
    connect(db).close()
    assert query(db, "SELECT url, failed_at FROM fetch_failures")[0][0] == "/x.html"


def test_an_older_brands_table_lets_a_headline_only_brand_in(tmp_path: Path) -> None:
    """Files written before a headline-only brand could be stored kept `char_start NOT NULL`."""
    db = tmp_path / "old.duckdb"
    connect(db).close()
    query(db, "ALTER TABLE brands ALTER COLUMN char_start SET NOT NULL", write=True)
    with connect(db, schema=False) as con:
        assert [m.name for m in schema.pending(con).migrations] == ["brands.char_start nullable"]
    connect(db).close()
    query(db, "INSERT INTO brands VALUES ('0000000000000000', 1, '桐荫红管家', 0, '“桐荫红管家”让…', NULL)", write=True)
    assert query(db, "SELECT count(*) FROM brands WHERE char_start IS NULL")[0][0] == 1
    with connect(db, schema=False) as con:
        assert schema.pending(con).empty


def test_a_current_warehouse_shows_no_drift(tmp_path: Path) -> None:
    con = connect(tmp_path / "new.duckdb")
    try:
        assert schema.plan(schema.stored_schema(con)).empty
    finally:
        con.close()


@pytest.mark.usefixtures("prefect_api")
def test_cases_migrate_re_derives_fetched_pages_from_the_raw_store_offline(db: Path) -> None:
    """Pages fetched over HTTP are re-derived from their stored raw bytes: the site is gone by then."""
    from flows.ingest import ingest
    from flows.migrate import migrate
    from tests.fixtures.site import server as site_mod

    fast = {"delay": 0.0, "backoff": 0.01, "timeout": 0.5, "max_attempts": 2, "allow_private": True}
    paths = ["/n1/2022/0213/c117092-32351234.html", "/n1/2016/0705/c117092-28526000.html"]
    with site_mod.FixtureSite() as site:
        first = ingest(paths=[site.url(p) for p in paths], db=str(db), fetch=fast)
    assert (first.status, first.n_articles) == ("COMPLETED", 2)
    before = query(db, "SELECT article_id, title, body, source_outlet FROM articles ORDER BY article_id")
    query(db, "ALTER TABLE articles DROP COLUMN source_outlet", write=True)
    result = migrate(db=str(db))  # the server is stopped: only the raw store can serve
    assert (result.n_stale, result.n_missing) == (2, 0)
    assert result.run is not None and result.run.n_articles == 2 and result.run.n_failed == 0
    after = query(db, "SELECT article_id, title, body, source_outlet FROM articles ORDER BY article_id")
    assert after == before, "the same articles, multi-page one included, with source_outlet back"
    assert query(db, "SELECT count(*) FROM pages WHERE kind = 'article' AND extractor_version IS NULL") == [(0,)]


@pytest.mark.slow  # runs the CLI in subprocesses
def test_migrate_check_says_what_it_would_do_without_doing_it(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    connect(db).close()

    def check() -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "flows.cli", "migrate", "--check", "--db", str(db)]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)

    assert check().returncode == 0
    query(db, "DROP TABLE brands", write=True)
    todo = check()
    assert todo.returncode == 1 and "missing table brands" in todo.stdout
    assert query(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'brands'") == [(0,)]
    query(db, "ALTER TABLE runs ALTER COLUMN n_inputs TYPE VARCHAR", write=True)
    refused = check()
    assert refused.returncode == 2 and "runs.n_inputs is VARCHAR" in refused.stderr


@pytest.mark.parametrize("argv", [["check", "--record"], ["check"], ["report"], ["report", "--corpus"]])
def test_check_and_report_refuse_a_drifted_warehouse_plainly(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A file these contracts cannot read: one plain line and exit 2, not a traceback or a green report."""
    from flows.cli import main

    db = unmigratable(tmp_path)
    assert main([*argv, "--db", str(db), "--wait", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"cases {argv[0]}: ") and "runs.n_inputs is VARCHAR" in err and "`cases migrate`" in err
    assert not list(tmp_path.glob("*.html")), "no report written"
    assert query(db, "SELECT data_type FROM information_schema.columns WHERE column_name = 'n_inputs'") == [
        ("VARCHAR",)
    ], "nothing changed"


def test_check_record_says_so_when_the_schema_drifts_after_the_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The writer's own refusal (SchemaDrift from opening for writing) is caught in flows/ too."""
    from flows import cli

    db = unmigratable(tmp_path)
    monkeypatch.setattr(cli, "_refuse_drift", lambda *args: None)
    assert cli.main(["check", "--record", "--db", str(db), "--wait", "1"]) == 2
    assert "runs.n_inputs is VARCHAR" in capsys.readouterr().err


def test_report_still_reads_an_older_migratable_warehouse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.cli import main

    db = tmp_path / "old.duckdb"
    connect(db).close()
    query(db, "ALTER TABLE runs DROP COLUMN deployment", write=True)
    assert main(["report", "--db", str(db), "--wait", "1"]) == 0
    assert "wrote" in capsys.readouterr().out
