"""Throughput and memory of the ingest chain without Prefect: parse, validate, load; side by side.

Usage: .venv/bin/python -m bench.pipeline [--pages 2000]

Writes a synthetic corpus (the five seed pages with their figures and a marker changed, so every
page is distinct) to a temp dir, then measures in one run, on this machine:
- parse: pages/s of tasks.pipeline.process_batch (read, decode, clean, convert, parse, sections);
- derive + validate: pages/s of deriving every table (facts, regions, …) and checking the contracts;
- load: pages/s of the bulk DataFrame load (all tables), and bulk vs row-by-row executemany on the same rows;
- t2s: chars/s of tasks.script.to_simplified beside the package's own OpenCC('t2s') converter;
- memory: peak traced allocation streaming N and 2N pages in batches (should not grow with N).
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import opencc

from contracts.validate import split_batch
from flows.batching import batched as _batched
from tasks.pipeline import process_batch, process_source
from tasks.script import detect_script, to_simplified
from tasks.tables import batch_tables
from warehouse.db import connect, insert_frame
from warehouse.load import columns_by_table, load_batch

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"
BATCH = 200


def make_corpus(target: Path, n_pages: int) -> list[Path]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_pages):
        text = re.sub(r"(\d+)个", lambda m, i=i: f"{int(m.group(1)) + i}个", seeds[i % len(seeds)], count=3)
        path = target / f"{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def stream(paths: list[str], db: Path) -> None:
    with connect(db) as con:
        columns = columns_by_table()
        for chunk in _batched(paths, BATCH):
            batch = process_batch(chunk)
            tables, _ = batch_tables(batch.articles, "bench", datetime.now(), columns)
            split = split_batch(tables, "bench")
            load_batch(con, split.valid, split.quarantine, _empty_failures())


def _empty_failures():
    from flows.ingest import failure_frame

    return failure_frame([], "bench", datetime.now())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cases-bench-"))
    try:
        paths = [str(p) for p in make_corpus(work / "corpus", args.pages)]
        n = len(paths)

        t = time.perf_counter()
        batches = [process_batch(chunk) for chunk in _batched(paths, BATCH)]
        parse_s = time.perf_counter() - t
        n_articles = sum(len(b.articles) for b in batches)

        columns = columns_by_table()
        t = time.perf_counter()
        splits = [split_batch(batch_tables(b.articles, "bench", datetime.now(), columns)[0], "bench") for b in batches]
        validate_s = time.perf_counter() - t
        n_quarantined = sum(s.n_quarantined_articles for s in splits)

        with connect(work / "bulk.duckdb") as con:
            empty = _empty_failures()
            t = time.perf_counter()
            for s in splits:
                load_batch(con, s.valid, s.quarantine, empty)
            bulk_s = time.perf_counter() - t

        # Like for like: the first batch's `facts` rows, bulk (DataFrame scan) vs one INSERT per row.
        sample = splits[0].valid["facts"]
        with connect(work / "bulk_sample.duckdb") as con:
            t = time.perf_counter()
            insert_frame(con, "facts", sample)
            bulk_sample_s = time.perf_counter() - t
        with connect(work / "rows.duckdb") as con:
            cols = list(sample.columns)
            sql = f"INSERT INTO facts ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
            rows = [tuple(None if v is None or v != v else v for v in r) for r in sample.itertuples(index=False)]
            t = time.perf_counter()
            con.executemany(sql, rows)
            rowwise_s = time.perf_counter() - t

        per_script: dict[str, list[float]] = {"simplified": [], "traditional": []}
        for seed in sorted(SEEDS.glob("*.txt")):
            t = time.perf_counter()
            for _ in range(10):
                article = process_source(str(seed))
            per_script[article.script_original].append((time.perf_counter() - t) / 10 * 1000)

        # Script conversion side by side: the package's own converter vs tasks.script's (same output).
        traditional = [
            t.splitlines()
            for t in (p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
            if detect_script(t) == "traditional"
        ]
        reference = opencc.OpenCC("t2s")
        n_chars = sum(len("\n".join(lines)) for lines in traditional)
        t = time.perf_counter()
        for lines in traditional:
            reference.convert("\n".join(lines))
        package_s = time.perf_counter() - t
        t = time.perf_counter()
        for lines in traditional:
            to_simplified(lines)
        ours_s = time.perf_counter() - t

        peaks = []
        for size in (n // 2, n):
            db = work / f"mem{size}.duckdb"
            tracemalloc.start()
            stream(paths[:size], db)
            peaks.append(tracemalloc.get_traced_memory()[1] / 2**20)
            tracemalloc.stop()

        print(f"pipeline bench: {n} pages ({n_articles} articles, {n_quarantined} quarantined), batches of {BATCH}")
        print(f"  parse      {n / parse_s:8.0f} pages/s   (read, decode, clean, t2s, parse, sections)")
        for script, times in per_script.items():
            print(f"  parse      {sum(times) / len(times):8.1f} ms/page on {script} seed pages")
        print(f"  validate   {n / validate_s:8.0f} pages/s   (derive facts/regions/… + pandera contracts)")
        print(f"  load       {n_articles / bulk_s:8.0f} pages/s   (bulk DataFrame, one transaction per batch)")
        ratio = rowwise_s / bulk_sample_s
        print(f"  load ratio {ratio:8.1f} x      (executemany / bulk DataFrame, the same {len(rows)} facts rows)")
        print(
            f"  t2s        {n_chars / ours_s / 1e6:8.2f} M chars/s vs {n_chars / package_s / 1e6:.2f} M chars/s "
            f"with OpenCC('t2s').convert: {package_s / ours_s:.0f}x (identical output, tests/test_script.py)"
        )
        print(f"  memory     {peaks[0]:8.1f} MiB peak for {n // 2} pages, {peaks[1]:.1f} MiB for {n} (traced)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
