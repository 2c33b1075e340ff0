"""`cases search` and the `search()` macro over a real warehouse built from the seeds and authored pages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, query

CASES = [sys.executable, "-m", "flows.cli"]


def cases(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CASES, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def strict_lines(text: str) -> list[dict]:
    """JSON Lines parsed with a parser that refuses NaN and Infinity."""

    def refuse(name: str) -> None:
        raise ValueError(f"not JSON: {name}")

    return [json.loads(line, parse_constant=refuse) for line in text.splitlines() if line.strip()]


def search_json(db: Path, *args: str) -> list[dict]:
    done = cases("search", *args, "--db", str(db), "--format", "json")
    assert done.returncode == 0, done.stderr
    return strict_lines(done.stdout)


def test_a_brand_from_the_seeds_finds_its_article_first_with_a_highlighted_snippet(seed_warehouse: Path) -> None:
    # Every named practice the extractor found, whose words occur in exactly one article's text.
    brands = query(
        seed_warehouse,
        """SELECT b.term, b.article_id FROM brands b
           WHERE length(b.term) >= 3 AND regexp_full_match(b.term, '[\\x{4e00}-\\x{9fff}]+')
             AND (SELECT count(*) FROM articles a WHERE instr(concat_ws(' ', a.title, a.body), b.term) > 0) = 1""",
    )
    assert len(brands) >= 3
    for term, article_id in brands:
        hits = search_json(seed_warehouse, term, "--limit", "5")
        assert hits and hits[0]["article_id"] == article_id, term
        first = hits[0]
        marked = [first["snippet"][a:b] for a, b in first["highlights"]]
        assert term in marked, (term, first["snippet"])
        assert first["title"] is not None or first["province"] is not None


def test_table_output_marks_the_phrase_and_names_region_and_date(seed_warehouse: Path) -> None:
    done = cases("search", "红色物业", "--db", str(seed_warehouse))
    assert done.returncode == 0, done.stderr
    assert "【红色物业】" in done.stdout and "四川省" in done.stdout and "2023-12-05" in done.stdout


def test_traditional_query_finds_simplified_text_and_the_reverse(seed_warehouse: Path) -> None:
    traditional = search_json(seed_warehouse, "紅色物業")
    simplified = search_json(seed_warehouse, "红色物业")
    assert [h["article_id"] for h in traditional] == [h["article_id"] for h in simplified] != []
    # The authored page was published in traditional script; its simplified text is what is indexed.
    steward = search_json(seed_warehouse, "邻里红管家")
    assert steward and steward[0]["source_uri"].endswith("neighbour_steward_trad.html")
    assert steward[0]["date"] == "2021-06-18"


def test_every_term_must_occur_and_filters_narrow(seed_warehouse: Path) -> None:
    assert search_json(seed_warehouse, "红色物业 邻里红管家") == []
    everything = search_json(seed_warehouse, "社区", "--limit", "50")
    assert len(everything) >= 5
    sichuan = search_json(seed_warehouse, "社区", "--province", "四川省", "--limit", "50")
    assert sichuan and {h["province"] for h in sichuan} == {"四川省"} and len(sichuan) < len(everything)
    in_2018 = search_json(seed_warehouse, "社区", "--year", "2018", "--limit", "50")
    assert in_2018 and {h["date"][:4] for h in in_2018} == {"2018"}
    themed = {r[0] for r in query(seed_warehouse, "SELECT article_id FROM article_themes WHERE theme = '红色物业'")}
    red = search_json(seed_warehouse, "社区", "--theme", "红色物业", "--limit", "50")
    assert red and {h["article_id"] for h in red} <= themed and len(red) < len(everything)
    scores = [h["score"] for h in everything]
    assert scores == sorted(scores, reverse=True) and [h["rank"] for h in everything] == list(
        range(1, 1 + len(everything))
    )


def test_the_sql_macro_ranks_like_the_cli_in_a_plain_duckdb_client(seed_warehouse: Path) -> None:
    cli = [h["article_id"] for h in search_json(seed_warehouse, "党建 社区", "--limit", "10")]
    con = duckdb.connect(str(seed_warehouse), read_only=True)  # no project code: the macro is in the file
    try:
        rows = con.execute("SELECT article_id, snippet FROM search('党建 社区', max_hits := 10)").fetchall()
    finally:
        con.close()
    assert [r[0] for r in rows] == cli and len(cli) >= 3
    assert all("【" in r[1] for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "markdown"])
def test_csv_and_markdown_hits(seed_warehouse: Path, fmt: str) -> None:
    done = cases("search", "双报到", "--db", str(seed_warehouse), "--format", fmt)
    assert done.returncode == 0, done.stderr
    assert "【双报到】" in done.stdout
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(done.stdout)))
        assert len(rows) == 2 and json.loads(rows[0]["matched_terms"]) == ["双报到"]
    else:
        assert done.stdout.startswith("| rank | score |")


def test_reloading_a_changed_page_replaces_its_postings(tmp_path: Path, prefect_api: None) -> None:
    from flows.ingest import ingest

    # A warehouse of its own: beside the seed warehouse's copy of the page, this one would be a near-duplicate,
    # and copies are left out of search results (one hit per case).
    db = tmp_path / "w.duckdb"
    pages = tmp_path / "pages"
    pages.mkdir()
    page = pages / "steward.html"
    original = (ROOT / "tests" / "fixtures" / "research" / "neighbour_steward_trad.html").read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    assert ingest(paths=[str(pages)], db=str(db)).status == "COMPLETED"
    assert search_json(db, "邻里红管家")[0]["source_uri"].endswith("steward.html")
    page.write_text(original.replace("鄰里紅管家", "樓道議事廳"), encoding="utf-8")
    assert ingest(paths=[str(pages)], db=str(db)).n_articles == 1
    found = [h["source_uri"] for h in search_json(db, "楼道议事厅")]
    assert any(uri.endswith("steward.html") for uri in found)
    assert not any(uri.endswith("steward.html") for uri in [h["source_uri"] for h in search_json(db, "邻里红管家")])
    # One docs row per article, postings only for stored articles, none duplicated.
    assert query(db, "SELECT count(*) FROM articles") == query(db, "SELECT count(*) FROM search_docs")
    assert query(db, "SELECT count(*) FROM search_postings ANTI JOIN articles USING (article_id)") == [(0,)]
    assert query(
        db, "SELECT count(*) FROM (SELECT term, article_id FROM search_postings GROUP BY ALL HAVING count(*) > 1)"
    ) == [(0,)]


def test_a_warehouse_without_the_index_gets_it(seed_warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    shutil.copy(seed_warehouse, db)
    query(db, "DROP TABLE search_postings; DROP TABLE search_docs; DROP MACRO TABLE search", write=True)
    hits = search_json(db, "双报到")
    assert len(hits) == 2
    n_articles = query(db, "SELECT count(*) FROM articles")[0][0]
    assert query(db, "SELECT count(*) FROM search_docs") == [(n_articles,)]
    rebuilt = cases("search", "--reindex", "--db", str(db))
    assert rebuilt.returncode == 0 and f"over {n_articles} articles" in rebuilt.stderr


def test_no_query_is_a_usage_error(seed_warehouse: Path) -> None:
    done = cases("search", "--db", str(seed_warehouse))
    assert done.returncode == 2 and "give a query" in done.stderr


def test_sections_are_ranked_too(seed_warehouse: Path) -> None:
    from warehouse import open_warehouse

    con = open_warehouse(seed_warehouse)
    try:
        rows = con.execute(
            "SELECT article_id, section_ordinal, section_heading, score, snippet, matched_terms "
            "FROM search_sections('双报到', max_hits := 10)"
        ).fetchall()
        texts = dict(
            ((a, o), t)
            for a, o, t in con.execute(
                "SELECT article_id, ordinal, text FROM sections WHERE text LIKE '%双报到%'"
            ).fetchall()
        )
    finally:
        con.close()
    assert {(r[0], r[1]) for r in rows} == set(texts), "exactly the sections that hold the phrase"
    assert [r[3] for r in rows] == sorted((r[3] for r in rows), reverse=True)
    assert all("【双报到】" in r[4] and r[5] == ["双报到"] for r in rows)
