"""Search index size and query latency on a generated 10k-article warehouse.

Usage: .venv/bin/python -m bench.search [--articles 10000] [--repeat 5] [--keep DIR]

The corpus is synthetic but made of real prose: every article is 40-90 sentences drawn at random
from the seed pages (seeds/pages) under four section headings, with a title cut from one of them,
a province and a date, and one in a hundred carries a made-up brand phrase (for a selective query).
Its vocabulary is therefore smaller than a real corpus's, so common terms are denser than in
reality: a pessimistic case for the posting scans. Measured, on this machine, in one run:
- full index build (`cases search --reindex`) and the incremental re-index of one 200-article batch
  (what each load adds to its transaction);
- index size (postings, distinct terms, file size);
- query latency through the `search` macro (median and max of --repeat runs), for a rare phrase,
  common words, two-word queries, a single character, a traditional-script query and filters.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd

from warehouse.db import connect, insert_frame
from warehouse.search import index_articles, reindex, search

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "pages"
PROVINCES = ["浙江省", "四川省", "云南省", "甘肃省", "广东省", "山东省", "江苏省", "湖北省", "北京市", "上海市"]
BRAND = "红茶议事会"


def sentence_pool() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt")))
    text = re.sub(r"<[^>]+>", " ", text)
    pool = [s.strip() + "。" for s in re.split(r"[。！？\n]", text) if len(re.findall(r"[\u4e00-\u9fff]", s)) >= 12]
    return pool


HEADINGS = ["一、背景与起因", "二、主要做法", "三、取得成效", "四、经验与启示"]


def corpus_frames(n: int, seed: int = 12) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles and their sections (the body cut into four headed parts, as case reports are)."""
    rng = random.Random(seed)
    pool = sentence_pool()
    start = datetime(2015, 1, 1)
    rows, sections = [], []
    for i in range(n):
        sentences = rng.sample(pool, k=min(len(pool), rng.randint(40, 90)))
        if i % 100 == 7:
            sentences.insert(rng.randrange(len(sentences)), f"社区创新推出“{BRAND}”机制。")
        article_id = hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:16]
        quarter = len(sentences) // 4 + 1
        parts = ["\n".join(sentences[k * quarter : (k + 1) * quarter]) for k in range(4)]
        body = "\n".join(f"{h}\n{p}" for h, p in zip(HEADINGS, parts, strict=True))
        for k, (heading, part) in enumerate(zip(HEADINGS, parts, strict=True), start=1):
            sections.append({"article_id": article_id, "ordinal": k, "heading": heading, "kind": "other", "text": part})
        rows.append(
            {
                "article_id": article_id,
                "source_uri": f"bench/{i}.html",
                "title": rng.choice(pool)[:28],
                "published_at": start + timedelta(days=rng.randrange(3650), minutes=rng.randrange(1440)),
                "province": rng.choice(PROVINCES),
                "editors": [],
                "script_original": "simplified",
                "body": body,
                "body_original": body,
                "captions": [],
                "is_truncated": False,
                "parse_notes": [],
                "charset": "utf-8",
                "decode_errors": 0,
                "reader": "bench",
                "minhash": [],
                "content_sha256": hashlib.sha256(body.encode()).hexdigest(),
                "extractor_version": "bench",
                "run_id": "bench",
                "ingested_at": datetime(2026, 1, 1),
            }
        )
    return pd.DataFrame(rows), pd.DataFrame(sections)


QUERIES = [
    ("rare phrase", BRAND, {}),
    ("brand-like phrase", "三社联动", {}),
    ("common word", "社区", {}),
    ("two common words", "党建 网格", {}),
    ("long phrase", "党建引领基层治理", {}),
    ("single character", "党", {}),
    ("traditional script", "紅色物業", {}),
    ("word + province + year", "社区", {"province": "浙江省", "year": 2019}),
]


def timed(fn, repeat: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times), result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path, default=None, help="write the warehouse here and keep it")
    args = ap.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="bench-search-"))
    db = (args.keep or workdir) / "search-bench.duckdb"
    db.parent.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    try:
        t0 = time.perf_counter()
        frame, sections = corpus_frames(args.articles)
        with connect(db) as con:
            insert_frame(con, "articles", frame)
            insert_frame(con, "sections", sections)
            chars = int(frame["body"].str.len().sum())
            print(
                f"corpus: {len(frame)} articles, {chars / 1e6:.1f} M characters,"
                f" generated in {time.perf_counter() - t0:.1f}s"
            )

            t0, c0 = time.perf_counter(), time.process_time()
            reindex(con)
            build = time.perf_counter() - t0
            n_post, n_terms = con.execute("SELECT count(*), count(DISTINCT term) FROM search_postings").fetchall()[0]
            print(
                f"full index build: {build:.1f}s ({len(frame) / build:.0f} articles/s), {time.process_time() - c0:.1f}"
                f" CPU-s; {n_post / 1e6:.1f} M postings, {n_terms} terms"
            )

            t0, c0 = time.perf_counter(), time.process_time()
            con.execute("BEGIN TRANSACTION")
            index_articles(con, frame["article_id"].iloc[:200].tolist())
            con.execute("COMMIT")
            print(
                f"re-index of 200 changed articles (their postings replaced): {time.perf_counter() - t0:.2f}s,"
                f" {time.process_time() - c0:.2f} CPU-s"
            )
            fresh = frame["article_id"].iloc[200:400].tolist()
            con.execute("DELETE FROM search_postings WHERE list_contains(?, article_id)", [fresh])
            con.execute("DELETE FROM search_docs WHERE list_contains(?, article_id)", [fresh])
            t0, c0 = time.perf_counter(), time.process_time()
            con.execute("BEGIN TRANSACTION")
            index_articles(con, fresh)
            con.execute("COMMIT")
            print(
                f"index of 200 new articles (what a load of new pages adds): {time.perf_counter() - t0:.2f}s,"
                f" {time.process_time() - c0:.2f} CPU-s (this process's threads, DuckDB's included)"
            )
            con.execute("CHECKPOINT")
            print(f"warehouse file: {db.stat().st_size / 1e6:.0f} MB")

            print(f"\nquery latency through the search() macro, median / max of {args.repeat} runs, top 20:")
            for label, text, filters in QUERIES:
                med, worst, rows = timed(
                    lambda text=text, filters=filters: search(con, text, **filters).fetchall(), args.repeat
                )
                print(f"  {label:24} {text:10} {med * 1000:7.0f} ms / {worst * 1000:5.0f} ms   {len(rows)} hits")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
