"""The crawl and ingest flows for real (temporary Prefect API, DuckDB file under tmp_path) against
the fixture site on 127.0.0.1: every URL ends in `articles` or `fetch_failures`, a second crawl
fetches no unchanged article body and loads nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEEDS
from tests.fixtures.site import server as site_mod

FAST = {"delay": 0.0, "backoff": 0.01, "timeout": 0.5, "max_attempts": 2, "allow_private": True}


@pytest.fixture
def site() -> Iterator[object]:
    with site_mod.FixtureSite() as s:
        yield s


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.timeout(120)
def test_crawl_accounts_for_every_url_and_second_crawl_fetches_nothing_unchanged(prefect_api, site, tmp_path, db):
    from flows.crawl import crawl

    sources = site.sources_toml(tmp_path)
    first = crawl(sources=str(sources), db=str(db))
    n_ok, n_bad = len(site_mod.ARTICLE_PATHS), len(site_mod.FAILING_PATHS)
    assert (first.status, first.n_inputs) == ("COMPLETED", n_ok + n_bad)
    assert (first.n_articles, first.n_quarantined, first.n_failed, first.n_unchanged) == (n_ok, 0, n_bad, 0)
    assert first.n_inputs == first.n_articles + first.n_quarantined + first.n_failed + first.n_unchanged

    urls = {site.url(p) for p in site_mod.ARTICLE_PATHS}
    assert {r[0] for r in _rows(db, "SELECT source_uri FROM articles")} == urls
    failures = {
        r[0]: r[1:] for r in _rows(db, "SELECT url, reason, attempts, last_status, last_error FROM fetch_failures")
    }
    assert {u: f[0] for u, f in failures.items()} == {site.url(p): r for p, r in site_mod.FAILING_PATHS.items()}
    assert failures[site.url("/faults/missing.html")][1:3] == (1, 404)
    # pages: every article URL (with its raw bytes) and the three list pages (pagination followed)
    pages = _rows(db, "SELECT url, kind, status, charset, raw_path, article_id, cardinality(part_urls) FROM pages")
    assert sorted(p[1] for p in pages) == ["article"] * n_ok + ["list"] * 3
    assert all((db.parent / p[4]).exists() for p in pages)
    assert not any(p.startswith(str(Path.cwd() / "warehouse" / "raw")) for p in map(str, db.parent.rglob("*.gz")))
    joined = [p for p in pages if p[6]]
    assert len(joined) == 1 and joined[0][6] == 2  # the 3-page people.cn article is one article
    readers = dict(_rows(db, "SELECT source_uri, reader FROM articles"))
    assert readers[site.url("/n1/2022/0213/c117092-32351234.html")] == "people.cn/2020"
    assert readers[site.url("/n1/2016/0705/c117092-28526000.html")] == "people.cn/2016"
    assert readers[site.url("/n/2012/0510/c117092-17000000.html")] == "people.cn/classic"
    assert readers[site.url("/2019/03/05/ARTI1551750000000.shtml")] == "12371.cn/2015"
    assert site.requests_for("/private/secret.html") == []
    assert not [p for p, _, _ in site.log if "example.org" in p]

    site.clear_log()
    second = crawl(sources=str(sources), db=str(db))
    assert (second.n_articles, second.n_unchanged, second.n_failed, second.n_quarantined) == (0, n_ok, n_bad, 0)
    bodies = [(p, s) for p, s, _ in site.log if p in site_mod.ROUTES and not p.startswith("/GB/") and s == 200]
    assert bodies == [], "an unchanged article body was fetched again"
    assert _rows(db, "SELECT count(*) FROM articles") == [(n_ok,)]
    runs = _rows(db, "SELECT n_inputs, n_articles, n_unchanged, n_failed FROM runs ORDER BY started_at")
    assert runs[-1] == (n_ok + n_bad, 0, n_ok, n_bad)


@pytest.mark.timeout(120)
def test_ingest_mixes_files_and_urls(prefect_api, site, db):
    from flows.ingest import ingest

    seed = sorted(SEEDS.glob("*.txt"))[0]
    urls = [site.url("/n1/2022/0213/c117092-32351234.html"), site.url("/news/20231205/1001.html")]
    summary = ingest(paths=[str(seed), *urls, site.url("/faults/missing.html")], db=str(db), fetch=FAST)
    assert (summary.n_inputs, summary.n_articles, summary.n_failed) == (4, 3, 1)
    assert {r[0] for r in _rows(db, "SELECT url FROM pages")} == set(urls)
    again = ingest(paths=[*urls], db=str(db), fetch=FAST)
    assert (again.n_inputs, again.n_articles, again.n_unchanged) == (2, 0, 2)


def test_sources_file_of_the_project_loads_and_bad_files_say_why(tmp_path):
    from tasks.sources import SourcesError, load_sources

    config = load_sources(Path(__file__).parent.parent / "seeds" / "sources.toml")
    assert config.sources and all(s.article_pattern and s.start_urls for s in config.sources)
    assert config.fetch["delay"] >= 1.0  # polite by default
    bad = tmp_path / "bad.toml"
    bad.write_text('[[sources]]\nname = "x"\nstart_urls = ["http://a.cn/"]\narticle_pattern = "("\n')
    with pytest.raises(SourcesError, match="bad article_pattern"):
        load_sources(bad)
    bad.write_text('[[sources]]\nname = "x"\nstart_urls = ["http://a.cn/"]\narticle_pattern = "a"\ncolour = 1\n')
    with pytest.raises(SourcesError, match="unknown keys"):
        load_sources(bad)
    with pytest.raises(SourcesError, match="no sources file"):
        load_sources(tmp_path / "missing.toml")
