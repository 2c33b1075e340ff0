"""The index side's terms cut in numpy (warehouse/search_terms.py, `cut_postings`) are the SQL's, row for row.

The SQL below is how the index was cut before (an in-memory DuckDB in the workers, the warehouse's connection in the
writer, running schema/30_search.sql's macros and the index statements warehouse/search.py had): the reference. The
query side's cut (`search_query_terms`) is still those macros, so a term the two cut apart is a search that misses.
Compared over every seed page, the development texts, generated pages run through the real derivation, random
strings drawn from the characters where folding, lower-casing and the Han ranges have their edges, and every code
point of Unicode one at a time. The writer's own cut (`index_articles`, `reindex`) is `cut_postings` too: a
warehouse indexed by it holds the SQL's rows.
"""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from contracts import TABLES
from tests.conftest import ROOT
from warehouse.search import cut_postings
from warehouse.search_terms import TERM_CHARACTERS

SEARCH_SQL = ROOT / "warehouse" / "schema" / "30_search.sql"

# The index statements warehouse/search.py ran until the cut moved to numpy (main 841c8c01), over schema/30_search.sql's
# macros: bigrams and unigrams of Han runs, other runs whole.
INDEX_SQL = """
CREATE OR REPLACE TEMP TABLE _search_tokens AS
SELECT a.article_id, unnest(search_tokens(search_doc_text(a.title, a.body))) AS tok
FROM articles a;
INSERT INTO search_postings
SELECT term, article_id, CAST(count(*) AS INTEGER) AS tf
FROM (
    SELECT article_id, substring(tok, i, 2) AS term
    FROM _search_tokens, range(1, length(tok)) AS r(i)
    WHERE search_is_han(tok)
    UNION ALL
    SELECT article_id, unnest(string_split(tok, '')) FROM _search_tokens WHERE search_is_han(tok)
    UNION ALL
    SELECT article_id, tok FROM _search_tokens WHERE NOT search_is_han(tok)
)
GROUP BY term, article_id
ORDER BY term;
INSERT INTO search_docs
SELECT a.article_id,
       CAST(coalesce(sum(CASE WHEN search_is_han(t.tok) THEN 2 * length(t.tok) - 1 ELSE 1 END), 0) AS INTEGER)
FROM articles a LEFT JOIN _search_tokens t USING (article_id)
GROUP BY a.article_id;
DROP TABLE _search_tokens;
"""


@pytest.fixture(scope="module")
def sql() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse's tables and the search macros."""
    con = duckdb.connect(":memory:", config={"threads": 1})
    for table in TABLES.values():
        con.execute(table.ddl())
    con.execute(SEARCH_SQL.read_text(encoding="utf-8"))
    return con


def sql_cut(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame) -> tuple[pa.Table, pa.Table]:
    """The SQL's postings and docs of these articles (twins: the last one, as `cut_postings` keeps)."""
    frame = articles[["article_id", "title", "body"]].drop_duplicates("article_id", keep="last")
    con.register("_cut", frame)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TEMP TABLE articles AS SELECT article_id, title, body FROM _cut")
        con.execute(INDEX_SQL)
        return con.sql("SELECT * FROM search_postings").to_arrow_table(), con.sql(
            "SELECT * FROM search_docs"
        ).to_arrow_table()
    finally:
        con.execute("ROLLBACK")
        con.unregister("_cut")


def rows(table: pa.Table) -> list[tuple]:
    return sorted(zip(*(column.to_pylist() for column in table.columns), strict=True))


def assert_same_cut(con: duckdb.DuckDBPyConnection, articles: pd.DataFrame) -> None:
    postings, docs = sql_cut(con, articles)
    cut = cut_postings(articles)
    assert rows(cut.postings) == rows(postings)
    assert rows(cut.docs) == rows(docs)
    terms = cut.postings.column("term").to_pylist()
    # The SQL's ORDER BY term: byte order of UTF-8 (the writer appends them so; zone maps on term stay tight).
    assert [t.encode() for t in terms] == sorted(t.encode() for t in terms)
    assert terms == postings.column("term").to_pylist()
    plain = pa.schema([("term", pa.string()), ("article_id", pa.string()), ("tf", pa.int32())])
    assert cut.postings.cast(plain).schema == postings.schema
    assert pa.types.is_dictionary(cut.postings.schema.field("term").type)
    assert cut.postings.schema.field("term").type.index_type == pa.int32()
    assert cut.docs.schema == docs.schema
    assert cut.article_ids == articles.drop_duplicates("article_id", keep="last")["article_id"].tolist()


def articles_of(texts: list[str], titles: list[str | None] | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i:05d}" for i in range(len(texts))],
            "title": titles if titles is not None else [None] * len(texts),
            "body": texts,
        }
    )


@pytest.mark.parametrize(
    "first, last",
    [
        (0, 0x2FFFF),  # the BMP and planes 1-2 (extension B-F, just outside the indexed ranges)
        pytest.param(0x30000, 0x10FFFF, marks=pytest.mark.slow),
    ],
)
def test_every_code_point_folds_as_duckdb_lowers_and_tokenises_it(
    sql: duckdb.DuckDBPyConnection, first: int, last: int
) -> None:
    # search_tokens of each code point alone: [] (it breaks a run) or the one term character it folds to.
    found = sql.execute(
        "SELECT c, search_tokens(chr(c::INTEGER)) FROM range(?, ?) r(c) WHERE c < 55296 OR c > 57343",
        [first, last + 1],
    ).fetchall()
    want = {c: (toks[0] if toks else "") for c, toks in found}
    got = {c: (chr(TERM_CHARACTERS[c]) if TERM_CHARACTERS[c] else "") for c in want}
    assert len(want) > 0xFFFF and {c for c in want if want[c] != got[c]} == set()
    # Python's str.lower would disagree on İ alone (two code points, "i̇"): the table maps it as DuckDB does.
    assert "İ".lower() == "i\u0307" and TERM_CHARACTERS[0x130] == ord("i") and TERM_CHARACTERS[0x212A] == ord("k")


@pytest.mark.parametrize("every", [10, pytest.param(1, marks=pytest.mark.slow)])
def test_seed_pages_and_development_texts(sql: duckdb.DuckDBPyConnection, every: int) -> None:
    development = sorted((ROOT / "tests" / "gold" / "authored").glob("d*.txt"))[::every]
    files = sorted((ROOT / "seeds" / "pages").glob("*.txt")) + development
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    assert len(texts) > 150
    titles = [t.splitlines()[0] if t.strip() else None for t in texts]
    for at in range(0, len(texts), 400):
        assert_same_cut(sql, articles_of(texts[at : at + 400], titles[at : at + 400]))


# Where the rules have edges: the Han ranges' ends and their neighbours, full-width letters and digits and theirs,
# case mappings (İ, Kelvin sign, Å sign, ſ, ı, ẞ, final sigma), combining marks, variation selectors, astral-plane
# characters (extension B is not indexed), spaces and controls, other scripts.
EDGES = [
    *"\u33ff\u3400\u3401\u4dbe\u4dbf\u4dc0\u4dff\u4e00\u4e01\u9ffe\u9fff\ua000\uf8ff\uf900\ufa0e\ufaff\ufb00",
    *"\uff0f\uff10\uff19\uff1a\uff20\uff21\uff3a\uff3b\uff40\uff41\uff5a\uff5b\u3000\u3001\u3002",
    *"İıKÅſẞßΣσςÀÉéñÇ\u0301\u0307\u0308\ufe0f\u200d\u00a0\t\n\r\x00",
    *"\U00020000\U0002a6df\U0001f600\U000e0100\U0002f800",
    *"AZaz09@[`{/:-_.",
    *"한글ひらカナДжΩ",
    *"社区治理党建網格红管家中国",
]


def hostile(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(EDGES) if rnd.random() < 0.7 else chr(rnd.randint(0x20, 0x2FFFF)) for _ in range(n))


def safe(text: str) -> str:
    """Lone surrogates out (DuckDB refuses them, and so does the cut: neither indexes them)."""
    return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)


def test_random_hostile_strings(sql: duckdb.DuckDBPyConnection) -> None:
    rnd = random.Random(11)
    for _ in range(6):
        n = 300
        bodies: list[object] = [safe(hostile(rnd, rnd.choice([0, 1, 2, 5, 40, 400]))) for _ in range(n)]
        titles: list[object] = [safe(hostile(rnd, rnd.choice([0, 1, 3, 12]))) for _ in range(n)]
        for i in rnd.sample(range(n), 30):  # NULL titles and bodies, as None, NaN and pd.NA
            titles[i] = rnd.choice([None, float("nan"), pd.NA])
        for i in rnd.sample(range(n), 30):
            bodies[i] = rnd.choice([None, float("nan"), pd.NA, ""])
        ids = [f"a{rnd.randrange(n):05d}" for _ in range(n)]  # twins: the same article_id more than once
        assert_same_cut(sql, pd.DataFrame({"article_id": ids, "title": titles, "body": bodies}))


@pytest.mark.parametrize(
    "title, body",
    [
        ("İstanbul ＩＳＴＡＮＢＵＬ", "KELVIN Kelvin ｋｅｌｖｉｎ２０１９年"),
        ("", ""),
        (None, None),
        ("中", None),
        ("\U00020000\U00020001中\U00020002国", "豈更車\ufa0e\ufaff\ufb00"),
        ("a\u0301b", "e\u0301\u4e00\u0300\u4e01"),
        ("\u4dbf\u4dc0\u4e00", "\u9fff\ua000\u33ff\u3400"),
        ("ΣΑΣ ΌΣΟΣ", "straße STRASSE ẞ"),
        ("x" * 5000, "中" * 5000),
    ],
)
def test_named_cases(sql: duckdb.DuckDBPyConnection, title: str | None, body: str | None) -> None:
    assert_same_cut(sql, pd.DataFrame({"article_id": ["x", "y"], "title": [title, "社区"], "body": [body, None]}))


def test_twins_keep_the_last_and_an_article_without_terms_counts_one(sql: duckdb.DuckDBPyConnection) -> None:
    articles = pd.DataFrame({"article_id": ["t", "u", "t"], "title": ["甲乙", "，。", "丙"], "body": ["", None, ""]})
    cut = cut_postings(articles)
    assert rows(cut.postings) == [("丙", "t", 2)]
    # The SQL's LEFT JOIN counts an article with no term as one (a NULL token in CASE ... ELSE 1): kept.
    assert rows(cut.docs) == [("t", 2), ("u", 1)]
    assert_same_cut(sql, articles)


def test_a_lone_surrogate_is_refused_as_by_the_sql(sql: duckdb.DuckDBPyConnection) -> None:
    # Only an object column holds one (pandas' string dtype refuses it on construction).
    articles = pd.DataFrame({"article_id": ["s"], "title": ["社\ud800区"], "body": ["b"]}, dtype=object)
    with pytest.raises(duckdb.InvalidInputException):
        sql_cut(sql, articles)
    with pytest.raises(UnicodeEncodeError):
        cut_postings(articles)


def test_the_query_side_cuts_what_the_index_side_holds(sql: duckdb.DuckDBPyConnection) -> None:
    # A query equal to any stretch of an article's text: its SQL query terms are all among the article's postings.
    rnd = random.Random(5)
    for _ in range(200):
        text = safe(hostile(rnd, rnd.randint(1, 30)))
        query_terms = sql.execute("SELECT search_query_terms(?)", [text]).fetchall()[0][0]
        cut = cut_postings(pd.DataFrame({"article_id": ["q"], "title": [None], "body": [text]}))
        assert set(query_terms) <= set(cut.postings.column("term").to_pylist()), text


@pytest.mark.slow
def test_generated_pages_through_the_derivation(sql: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from bench.scale import make_corpus
    from tasks.inputs import list_inputs
    from tasks.worker import BatchJob, work_batch
    from warehouse.load import columns_by_table

    make_corpus(tmp_path / "corpus", 400)
    files = [f for f in list_inputs([str(tmp_path / "corpus")]) if isinstance(f, str)]
    now = datetime.now(UTC).replace(tzinfo=None)
    for at in (0, 200):
        outcome = work_batch(BatchJob(files[at : at + 200], "test", now, columns_by_table(), {}))
        articles = outcome.split.valid["articles"]
        assert len(articles) > 150
        assert_same_cut(sql, articles)


def test_term_characters_cover_only_the_sql_classes() -> None:
    han = np.flatnonzero(TERM_CHARACTERS >= 0x3400)
    assert len(han) == (0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1) + (0xFAFF - 0xF900 + 1)
    assert set(TERM_CHARACTERS[TERM_CHARACTERS < 0x3400].tolist()) - {0} == {
        ord(c) for c in "0123456789abcdefghijklmnopqrstuvwxyz"
    }


def test_the_writer_indexes_stored_articles_with_the_same_rows(sql: duckdb.DuckDBPyConnection, tmp_path: Path) -> None:
    # index_articles (a batch the writer derives itself, index_missing) and reindex cut the stored text, in slices.
    from bench.search import corpus_frames
    from warehouse import search
    from warehouse.db import connect, insert_frame

    frame, _ = corpus_frames(450)
    frame["body"] = frame["body"].str.slice(0, 300)  # long enough for every kind of term, quick to cut twice
    articles = frame[["article_id", "title", "body"]]
    want_postings, want_docs = sql_cut(sql, articles)
    with connect(tmp_path / "w.duckdb") as con:
        insert_frame(con, "articles", frame)
        assert search.index_missing(con) == 450  # in slices of 400: two cuts
        assert sorted(con.execute("SELECT * FROM search_postings").fetchall()) == rows(want_postings)
        assert sorted(con.execute("SELECT * FROM search_docs").fetchall()) == rows(want_docs)
        con.execute("UPDATE search_postings SET tf = 0")
        assert search.reindex(con) == 450
        assert sorted(con.execute("SELECT * FROM search_postings").fetchall()) == rows(want_postings)
        con.execute("BEGIN TRANSACTION")
        search.index_articles(con, [*articles["article_id"].iloc[:3], "gone"])
        con.execute("COMMIT")
        assert sorted(con.execute("SELECT * FROM search_postings").fetchall()) == rows(want_postings)
        assert sorted(con.execute("SELECT * FROM search_docs").fetchall()) == rows(want_docs)
