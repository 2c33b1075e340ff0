"""What the warehouse-wide `duplicate_content` step costs the writer per batch, by warehouse size.

Generated articles (bench/search.py's corpus, no real text) are inserted directly; then the step is
timed for a batch of 200 articles with no twin (the usual case) and for one where every article has
a twin stored earlier. Run: `.venv/bin/python -m bench.duplicate_content --sizes 10000,50000` (the generated corpus
needs about 7 GB at 50k articles; the default sizes are small).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import duckdb

from bench.search import corpus_frames
from warehouse.db import connect, insert_frame
from warehouse.duplicate_content import record_duplicate_content

BATCH = 200


def timed(con: duckdb.DuckDBPyConnection, ids: list[str], repeat: int) -> float:
    """Median seconds of the step for one batch of `ids`."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        record_duplicate_content(con, "bench-run", ids)
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="2000,10000", help="warehouse sizes in articles, comma-separated")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-dup-"))
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            frame, _ = corpus_frames(n)
            db = work / f"w{n}.duckdb"
            with connect(db) as con:
                insert_frame(con, "articles", frame)
                plain = frame["article_id"].iloc[-BATCH:].tolist()
                # Twins: copies of the first BATCH articles under new ids, as a later batch would load them.
                twins = frame.iloc[:BATCH].copy()
                twins["article_id"] = [f"twin{i:012d}" for i in range(BATCH)]
                twins["source_uri"] = [f"mirror/{i}.html" for i in range(BATCH)]
                insert_frame(con, "articles", twins)
                none_s = timed(con, plain, args.repeat)
                t = time.perf_counter()
                added = record_duplicate_content(con, "bench-run", twins["article_id"].tolist())
                first_s = time.perf_counter() - t
                again_s = timed(con, twins["article_id"].tolist(), args.repeat)
            print(
                f"{n:>7} articles: batch of {BATCH} without twins {none_s * 1000:6.1f} ms (median of {args.repeat});"
                f" all {added} with a twin {first_s * 1000:6.1f} ms; again (nothing new) {again_s * 1000:6.1f} ms"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
