"""`duplicate_content` across runs: the same text loaded in a later run is recorded against the stored twin.

Real flow runs (the session's Prefect API) write a real DuckDB file; the twin is a copy of a seed page
under another name, in another folder, ingested by a second run.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import query

pytestmark = pytest.mark.usefixtures("prefect_api")

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"
PAGE = "000_48b2992bbe46c692.txt"


def _dup_rows(db: Path) -> list[tuple]:
    return query(
        db,
        "SELECT run_id, table_name, column_name, severity, row_key, failure_case, source_uri FROM dq_failures"
        " WHERE check_name = 'duplicate_content' ORDER BY recorded_at",
    )


def test_a_twin_loaded_in_a_later_run_is_warned_about_once(tmp_path: Path, db: Path) -> None:
    from flows.ingest import ingest
    from warehouse.db import connect
    from warehouse.duplicate_content import record_duplicate_content

    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    shutil.copy(SEEDS / PAGE, first / "original.txt")
    shutil.copy(SEEDS / "001_0812f27126c4a880.txt", second / "other.txt")  # not a twin: no warning
    shutil.copy(SEEDS / PAGE, second / "mirror.txt")

    run1 = ingest(paths=[str(first)], db=str(db))
    assert run1.status == "COMPLETED" and run1.n_articles == 1
    assert _dup_rows(db) == []
    ((original_id, sha),) = query(db, "SELECT article_id, content_sha256 FROM articles")

    run2 = ingest(paths=[str(second)], db=str(db))
    assert run2.status == "COMPLETED" and run2.n_articles == 2
    ((mirror_id,),) = query(db, "SELECT article_id FROM articles WHERE source_uri LIKE '%mirror.txt'")
    rows = _dup_rows(db)
    assert len(rows) == 1
    run_id, table, column, severity, row_key, case, source = rows[0]
    # As the in-batch contract check records it: same table, column and severity; the row is the newcomer.
    assert (run_id, table, column, severity, row_key) == (
        run2.run_id,
        "articles",
        "content_sha256",
        "warning",
        mirror_id,
    )
    assert case.startswith(sha) and original_id in case and "original.txt" in case  # names its twin
    assert source.endswith("mirror.txt")
    # Both stay loaded; the run's data-quality row counts the warning.
    assert query(db, "SELECT count(*) FROM articles") == [(3,)]
    assert query(
        db,
        f"SELECT status, n_warnings, rows_failed FROM dq_runs WHERE run_id = '{run2.run_id}'"
        " AND table_name = 'articles'",
    ) == [("warn", 1, 1)]

    # Idempotent: an unchanged re-run loads nothing and records nothing new; recording again in the same run adds none.
    run3 = ingest(paths=[str(second)], db=str(db))
    assert run3.n_articles == 0 and run3.n_unchanged == 2
    assert _dup_rows(db) == rows
    with connect(db) as con:
        assert record_duplicate_content(con, run2.run_id, [mirror_id, original_id]) == 0
    assert _dup_rows(db) == rows
    assert query(db, f"SELECT n_warnings FROM dq_runs WHERE run_id = '{run2.run_id}' AND table_name = 'articles'") == [
        (1,)
    ]
