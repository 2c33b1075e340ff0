"""Near-duplicate marking after a run looks only around what the run loaded, with the whole-warehouse result.

The unit tests build signatures by hand (a real DuckDB file with the columns the pass reads): clusters,
a bridge article that holds a cluster together, an unrelated crowd. After each change the incremental
pass (`touched`) must leave every mark exactly as a whole-warehouse pass over a copy of the file does.
The flow test loads a mirror in a later run than its original.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import duckdb
import opencc
import pytest

from tasks.extract.fingerprint import NUM_PERM
from tests.conftest import query
from warehouse.duplicates import SIMILARITY_THRESHOLD, mark_duplicates, previous_canonicals

COLUMNS = """article_id VARCHAR PRIMARY KEY, source_uri VARCHAR, script_original VARCHAR, published_at TIMESTAMP,
             body VARCHAR, minhash BIGINT[], duplicate_of VARCHAR, duplicate_similarity DOUBLE"""


def signature(rng: random.Random) -> list[int]:
    return [rng.randrange(2**32) for _ in range(NUM_PERM)]


def variant(base: list[int], changed: int, rng: random.Random) -> list[int]:
    """A copy of `base` with `changed` of its minimums replaced: estimated similarity 1 - changed/NUM_PERM."""
    out = list(base)
    for i in rng.sample(range(NUM_PERM), changed):
        out[i] = rng.randrange(2**32)
    return out


def put(con: duckdb.DuckDBPyConnection, article_id: str, minhash: list[int], script: str = "simplified") -> None:
    """Load (or replace) an article as the loader does: its marks are empty until the pass runs."""
    con.execute("DELETE FROM articles WHERE article_id = ?", [article_id])
    con.execute(
        "INSERT INTO articles VALUES (?, ?, ?, NULL, ?, ?, NULL, NULL)",
        [article_id, f"https://mirror.example/{article_id}", script, "x" * len(article_id), minhash],
    )


def marks(con: duckdb.DuckDBPyConnection) -> list[tuple[object, ...]]:
    return con.execute("SELECT article_id, duplicate_of, duplicate_similarity FROM articles ORDER BY 1").fetchall()


def whole_pass(path: Path, tmp_path: Path) -> list[tuple[object, ...]]:
    """The marks a whole-warehouse pass gives, on a copy of the file."""
    copy = tmp_path / "whole.duckdb"
    shutil.copy(path, copy)
    con = duckdb.connect(str(copy))
    try:
        mark_duplicates(con)
        return marks(con)
    finally:
        con.close()


def test_incremental_marks_equal_the_whole_warehouse_pass(tmp_path: Path) -> None:
    rng = random.Random(11)
    path = tmp_path / "w.duckdb"
    con = duckdb.connect(str(path))
    con.execute(f"CREATE TABLE articles ({COLUMNS})")
    base = signature(rng)
    # a chain a ~ b ~ c: a and c are too far apart to pair, b holds them together
    a, b = base, variant(base, 12, rng)
    c = variant(b, 12, rng)
    for i in range(60):  # the crowd: unrelated articles
        put(con, f"z{i:02d}", signature(rng))
    other = signature(rng)
    put(con, "k1", other)
    put(con, "k2", variant(other, 10, rng), script="traditional")
    put(con, "a", a)
    put(con, "c", c)
    mark_duplicates(con)
    assert con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchall() == [(1,)]  # k2

    def run(loaded: dict[str, list[int]]) -> None:
        touched = previous_canonicals(con, list(loaded))
        for article_id, minhash in loaded.items():
            put(con, article_id, minhash)
        mark_duplicates(con, touched=[*touched, *loaded])
        con.execute("CHECKPOINT")
        assert marks(con) == whole_pass(path, tmp_path)

    run({"b": b})  # the bridge arrives: a, b and c become one cluster
    assert con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchall() == [(3,)]
    run({"a": variant(a, 3, rng)})  # a changed a little: still in the cluster
    run({"b": signature(rng)})  # the bridge changed beyond recognition: a and c fall apart
    assert con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchall() == [(1,)]
    run({"m": variant(other, 5, rng)})  # a later mirror of an old cluster
    assert con.execute("SELECT duplicate_of FROM articles WHERE article_id = 'm'").fetchall() == [("k1",)]
    run({})  # nothing loaded: nothing changes
    con.close()
    assert SIMILARITY_THRESHOLD <= 1 - 12 / NUM_PERM  # the chain's links pair; a and c (~0.66) need b


@pytest.mark.usefixtures("prefect_api")
@pytest.mark.parametrize("cap", [None, 0], ids=["around-the-run", "whole-pass-past-the-cap"])
def test_a_mirror_loaded_in_a_later_run_is_marked(
    seed_dir: Path, db: Path, tmp_path: Path, cap: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether the pass starts from the run's ids or (past TOUCHED_CAP, memory bounded) covers everything."""
    import flows.ingest
    from flows.ingest import ingest

    if cap is not None:
        monkeypatch.setattr(flows.ingest, "TOUCHED_CAP", cap)

    original = seed_dir / "002_31e4f86bd4ecfaed.txt"
    run = ingest(paths=[str(seed_dir)], db=str(db))
    assert (run.status, run.n_articles) == ("COMPLETED", 5)
    assert query(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(0,)]

    mirror_dir = tmp_path / "mirror"
    mirror_dir.mkdir()
    text = opencc.OpenCC("s2t").convert(original.read_text(encoding="utf-8"))
    (mirror_dir / "mirror.txt").write_text("首頁 > 鏡像新聞網 > 黨建 > 正文\n" + text, encoding="utf-8")
    run = ingest(paths=[str(mirror_dir)], db=str(db))  # only the mirror is loaded by this run
    assert (run.status, run.n_articles) == ("COMPLETED", 1)
    rows = query(
        db,
        """SELECT o.source_uri FROM articles m JOIN articles o ON o.article_id = m.duplicate_of
           WHERE m.source_uri LIKE '%mirror.txt'""",
    )
    assert [Path(r[0]).name for r in rows] == [original.name]
    assert query(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == [(1,)]
