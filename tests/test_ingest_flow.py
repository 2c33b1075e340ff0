"""The `ingest` flow end to end: real Prefect flow runs writing real DuckDB files."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest
from tests.conftest import query
from tests.pages import GBK_PAGE, NAV_ONLY

pytestmark = pytest.mark.usefixtures("prefect_api")


def tables(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for name in ("articles", "sections", "quarantine", "fetch_failures"):
            out[name] = sorted(con.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_seeds_load_and_rerun_is_idempotent(seed_dir: Path, db: Path) -> None:
    first = ingest(paths=[str(seed_dir)], db=str(db))
    assert (first.status, first.n_inputs, first.n_articles, first.n_quarantined, first.n_failed) == (
        "COMPLETED",
        5,
        5,
        0,
        0,
    )
    uuid.UUID(first.run_id)  # the Prefect flow run id
    assert query(db, "SELECT count(*) FROM sections") == [(15,)]
    assert query(db, "SELECT count(*) FROM articles WHERE run_id = ?".replace("?", f"'{first.run_id}'")) == [(5,)]
    before = tables(db)

    second = ingest(paths=[str(seed_dir)], db=str(db))
    assert (second.n_articles, second.n_unchanged) == (0, 5)
    assert tables(db) == before, "a re-run changes nothing but runs"
    runs = query(db, "SELECT run_id, status, n_inputs, n_articles, n_unchanged FROM runs ORDER BY started_at")
    assert runs == [(first.run_id, "COMPLETED", 5, 5, 0), (second.run_id, "COMPLETED", 5, 0, 5)]
    recorded = query(db, f"SELECT parameters FROM runs WHERE run_id = '{first.run_id}'")[0][0]
    assert json.loads(recorded)["batch_size"] == "auto: 200, 400 after 2,000 inputs", "which schedule the run used"

    # An edited page replaces its rows everywhere, in one go; the others stay as they were.
    page = seed_dir / "001_0812f27126c4a880.txt"
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "三、经验与启示",
            "三、经验与启示\n补充说明一段新的内容,用于检验修改后的页面会替换原有的行而不会重复追加,这一段足够长。",
        ),
        encoding="utf-8",
    )
    third = ingest(paths=[str(seed_dir)], db=str(db))
    assert (third.n_articles, third.n_unchanged) == (1, 4)
    assert query(db, "SELECT count(*), count(DISTINCT article_id) FROM articles") == [(5, 5)]
    assert query(db, "SELECT count(*) FROM sections") == [(15,)]
    changed = query(db, f"SELECT body LIKE '%补充说明一段新的内容%' FROM articles WHERE run_id = '{third.run_id}'")
    assert changed == [(True,)]


def test_every_input_is_an_article_a_quarantined_row_or_a_failure(tmp_path: Path, db: Path) -> None:
    pages = tmp_path / "in"
    pages.mkdir()
    (pages / "nav.html").write_text(NAV_ONLY, encoding="utf-8")
    (pages / "gbk.html").write_bytes(GBK_PAGE.encode("gbk"))
    (pages / "empty.txt").write_bytes(b"")
    (pages / "junk.txt").write_bytes(bytes(range(256)) * 10)
    (pages / "notes.md").write_text("not an input inside a folder", encoding="utf-8")
    explicit_other = tmp_path / "data.csv"
    explicit_other.write_text("a,b\n", encoding="utf-8")

    summary = ingest(paths=[str(pages), str(explicit_other), str(tmp_path / "missing")], db=str(db))
    assert summary.status == "COMPLETED"
    assert summary.n_inputs == 6  # 4 files in the folder (.md is not an input there), the csv, the missing path
    assert summary.n_inputs == summary.n_articles + summary.n_quarantined + summary.n_failed
    assert (summary.n_articles, summary.n_quarantined, summary.n_failed) == (1, 1, 4)

    article = query(db, "SELECT title, published_at, source_outlet, charset, body FROM articles")
    assert len(article) == 1
    title, published_at, source_outlet, charset, body = article[0]
    assert (title, str(published_at), source_outlet, charset) == (
        "江苏某区:网格党建“红管家”",
        "2019-03-04 10:15:00",
        "新华日报",
        "gb18030",
    )
    assert "红管家" in body and "<p>" not in body
    assert body.count("\n") == 2, "three paragraphs; source line breaks inside <p> are not paragraph breaks"

    quarantined = query(db, "SELECT table_name, source_uri, reason, payload FROM quarantine")
    assert len(quarantined) == 1
    table_name, source_uri, reason, payload = quarantined[0]
    assert table_name == "articles" and source_uri.endswith("nav.html")
    assert "body" in reason and "str_length" in reason
    assert json.loads(payload)["source_uri"].endswith("nav.html"), "the row is kept whole"

    failures = dict(query(db, "SELECT regexp_extract(url, '[^/]+$'), reason FROM fetch_failures"))
    assert failures == {
        "empty.txt": "empty input",
        "junk.txt": "binary content",
        "data.csv": "unsupported file type",
        "missing": "not found",
    }
    runs = query(db, "SELECT n_inputs, n_articles, n_quarantined, n_failed FROM runs")
    assert runs == [(6, 1, 1, 4)]


def test_same_file_named_twice_is_one_input(seed_dir: Path, db: Path) -> None:
    page = str(seed_dir / "002_31e4f86bd4ecfaed.txt")
    summary = ingest(paths=[page, page, str(seed_dir)], db=str(db))
    assert (summary.n_inputs, summary.n_articles, summary.n_quarantined) == (5, 5, 0)


def test_database_path_from_environment(seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "elsewhere" / "env.duckdb"
    monkeypatch.setenv("CASES_DB", str(target))
    summary = ingest(paths=[str(seed_dir / "000_48b2992bbe46c692.txt")])
    assert summary.db_path == str(target.resolve())
    assert query(target, "SELECT count(*) FROM articles") == [(1,)]


def test_an_extractor_crash_costs_one_article_not_the_run(
    seed_dir: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tasks import tables

    facts = tables.ARTICLE_ROWS["facts"]

    def buggy_facts(article):  # a deriver with a bug that only one page triggers
        if article.source_uri.endswith("002_31e4f86bd4ecfaed.txt"):
            raise ValueError("unexpected figure")
        return facts(article)

    monkeypatch.setitem(tables.ARTICLE_ROWS, "facts", buggy_facts)
    summary = ingest(paths=[str(seed_dir)], db=str(db))
    assert (summary.status, summary.n_articles, summary.n_failed) == ("COMPLETED", 4, 1)
    assert summary.failures == [
        {"input": str(seed_dir / "002_31e4f86bd4ecfaed.txt"), "reason": "internal error deriving facts: ValueError"}
    ]
    detail = query(db, "SELECT stage, last_error FROM fetch_failures")
    assert detail[0][0] == "parse" and "unexpected figure" in detail[0][1]
