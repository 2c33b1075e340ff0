"""The full-text index (search_docs, search_postings) and the queries over it.

The index side cuts terms in numpy (warehouse/search_terms.py), in the workers for the batches they derive
(`cut_postings`) and in the writer for the rest (`index_articles`, `reindex`): one implementation, appended
as Arrow rows in the load's own transaction. The query side cuts with the SQL macros of schema/30_search.sql
(`search_query_terms`), which tests/test_search_terms.py holds to the same terms. The `search` table macro
ranks; this module only adds what SQL cannot do: converting a traditional-script query.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd

from warehouse.search_terms import index_rows

# Articles cut at a time when the index is built from the stored text (index_articles, reindex): a worker batch's
# worth, so that rebuilding a large warehouse's index holds one slice of its text and postings at a time.
_CUT_ARTICLES = 400


@dataclass
class Postings:
    """An article set's index rows, cut away from the warehouse (in a worker): Arrow tables, cheap to send."""

    article_ids: list[str]
    postings: Any  # pyarrow.Table (term, article_id, tf), in the order the writer's own cut would insert them
    docs: Any  # pyarrow.Table (article_id, n_terms)


def cut_postings(articles: pd.DataFrame) -> Postings:
    """Cut the index rows of these articles (article_id, title, body): the rows `index_articles` would insert.

    Why: cutting terms is most of the cost of loading a batch, and the writer is one process; done in the workers,
    it runs in parallel and the writer only appends rows. Cut in numpy (warehouse/search_terms.py), not in an
    in-memory DuckDB running the index SQL: 0.11x the CPU (`bench.postings_cut`: 130 against 1,179 ms per 400
    generated pages at load 8), and 9-10 MiB kept by the process after a cut against DuckDB's allocator's
    118-175 MiB at 200-400 pages (docs/figures.md, "The search postings cut in numpy"). Twins (one article_id
    twice): the last one is indexed, as the SQL does.
    """
    frame = articles[["article_id", "title", "body"]].drop_duplicates("article_id", keep="last")
    ids = frame["article_id"].tolist()
    postings, docs = index_rows(ids, frame["title"].tolist(), frame["body"].tolist())
    return Postings(ids, postings, docs)


def _drop_indexed(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the index rows of the articles in `_search_ids`.

    Deleting scans every posting (article ids are random, so no zone map helps): only when some
    article of the batch was indexed before. New articles, the usual case, skip it.
    """
    seen = con.execute("SELECT count(*) FROM search_docs SEMI JOIN _search_ids USING (article_id)").fetchall()
    if seen[0][0]:
        con.execute("DELETE FROM search_postings WHERE article_id IN (SELECT article_id FROM _search_ids)")
        con.execute("DELETE FROM search_docs WHERE article_id IN (SELECT article_id FROM _search_ids)")


def add_postings(con: duckdb.DuckDBPyConnection, cut: Postings) -> None:
    """Replace these articles' index rows with ones cut in a worker (inside the load's transaction)."""
    ids = pd.DataFrame({"article_id": pd.Series(cut.article_ids, dtype="object")})
    if ids.empty:
        return
    con.register("_search_ids", ids)
    try:
        _drop_indexed(con)
    finally:
        with contextlib.suppress(duckdb.Error):
            con.unregister("_search_ids")
    _append(con, cut)


def _append(con: duckdb.DuckDBPyConnection, cut: Postings) -> None:
    """Append a cut's rows (the articles' old rows dropped before)."""
    for table, rows in (("search_postings", cut.postings), ("search_docs", cut.docs)):
        con.register("_cut_rows", rows)
        try:
            con.execute(f"INSERT INTO {table} SELECT * FROM _cut_rows")
        finally:
            with contextlib.suppress(duckdb.Error):
                con.unregister("_cut_rows")


def _index_stored(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Cut and append the index rows of these stored articles, `_CUT_ARTICLES` at a time (their old rows dropped).

    The text is read inside the caller's transaction on its connection (a cursor would not see the load's
    uncommitted rows), a slice of ids at a time: the statement's result is read whole before the next INSERT.
    """
    for at in range(0, len(article_ids), _CUT_ARTICLES):
        ids = pd.DataFrame({"article_id": pd.Series(article_ids[at : at + _CUT_ARTICLES], dtype="object")})
        con.register("_search_slice", ids)
        try:
            stored = con.execute(
                "SELECT article_id, title, body FROM articles SEMI JOIN _search_slice USING (article_id)"
            ).df()
        finally:
            with contextlib.suppress(duckdb.Error):
                con.unregister("_search_slice")
        if not stored.empty:
            _append(con, cut_postings(stored))


def has_index(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()}
    macros = {
        r[0]
        for r in con.execute("SELECT function_name FROM duckdb_functions() WHERE function_name = 'search'").fetchall()
    }
    return {"search_docs", "search_postings"} <= names and "search" in macros


def unindexed(con: duckdb.DuckDBPyConnection) -> int:
    """Articles the index lacks, plus index entries whose article is gone (0 when it is current)."""
    if not has_index(con):
        return con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
    return con.execute(
        """SELECT (SELECT count(*) FROM articles a ANTI JOIN search_docs d USING (article_id))
                + (SELECT count(*) FROM search_docs d ANTI JOIN articles a USING (article_id))"""
    ).fetchall()[0][0]


def index_articles(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> None:
    """Replace the postings of these articles with ones cut from their stored title and body.

    Call inside the load's transaction, after the articles rows are written: an article's postings
    are then never older or newer than its text. Articles no longer stored lose their postings.
    Cut by `cut_postings`, as in the workers: one index-side implementation (the SQL ran 3x the CPU).
    """
    ids = pd.DataFrame({"article_id": pd.Series(list(dict.fromkeys(article_ids)), dtype="object")})
    if ids.empty:
        return
    con.register("_search_ids", ids)
    try:
        _drop_indexed(con)
    finally:
        with contextlib.suppress(duckdb.Error):  # in an aborted transaction this fails too: keep the first error
            con.unregister("_search_ids")
    _index_stored(con, ids["article_id"].tolist())


def index_missing(con: duckdb.DuckDBPyConnection) -> int:
    """Index the articles the index lacks and drop entries of articles gone (a no-op when current)."""
    if unindexed(con) == 0:
        return 0
    gone = con.execute("SELECT article_id FROM search_docs ANTI JOIN articles USING (article_id)").fetchall()
    new = con.execute("SELECT article_id FROM articles ANTI JOIN search_docs USING (article_id)").fetchall()
    ids = [r[0] for r in gone + new]
    con.execute("BEGIN TRANSACTION")
    try:
        index_articles(con, ids)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return len(new)


def reindex(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild the whole index from the articles table (one transaction); returns the articles indexed."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM search_postings")
        con.execute("DELETE FROM search_docs")
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
        _index_stored(con, ids)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return con.execute("SELECT count(*) FROM search_docs").fetchall()[0][0]


def simplified_query(text: str) -> str:
    """The query in simplified script: the index holds the simplified text of every article."""
    from tasks.script import to_simplified

    return to_simplified([text])[0]


def search(
    con: duckdb.DuckDBPyConnection,
    query: str,
    *,
    province: str | None = None,
    year: int | None = None,
    theme: str | None = None,
    limit: int = 20,
) -> duckdb.DuckDBPyConnection:
    """Run the `search` macro for a (possibly traditional-script) query; returns the cursor holding the hits."""
    return con.execute(
        "SELECT * FROM search(?, province_filter := ?, year_filter := ?, theme_filter := ?, max_hits := ?)",
        [simplified_query(query), province, year, theme, limit],
    )


def highlight_spans(snippet: str, marks: list[str]) -> tuple[str, list[list[int]]]:
    """The snippet without 【】 marks and the [start, end) offsets of what was marked.

    Marks are placed by the macro around query terms only, so a 【 that belongs to the article
    (【编者按】) is told apart by what follows it.
    """
    plain: list[str] = []
    spans: list[list[int]] = []
    i, n = 0, len(snippet)
    lowered = {m.lower() for m in marks}
    while i < n:
        if snippet[i] == "【":
            close = snippet.find("】", i + 1)
            inner = snippet[i + 1 : close] if close > 0 else ""
            if inner and inner.lower() in lowered:
                start = sum(len(p) for p in plain)
                plain.append(inner)
                spans.append([start, start + len(inner)])
                i = close + 1
                continue
        plain.append(snippet[i])
        i += 1
    return "".join(plain), spans


def hit_records(columns: list[str], rows: Iterable[tuple[Any, ...]]) -> Iterable[dict[str, Any]]:
    """Hits for JSON: the snippet as plain text plus a list of highlighted spans."""
    for row in rows:
        hit = dict(zip(columns, row, strict=True))
        hit["snippet"], hit["highlights"] = highlight_spans(hit["snippet"] or "", hit.get("matched_terms") or [])
        yield hit
