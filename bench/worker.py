"""Per-page CPU of one worker, stage by stage: where a batch's time goes, without Prefect or the writer.

Usage: .venv/bin/python -m bench.worker [--pages 1000] [--batch-size 200] [--repeat 2] [--profile 30] [--ingest 2]
       .venv/bin/python -m bench.worker --corpus tests/gold/authored --repeat 3

Generates the scale bench's corpus (bench/scale.py `make_corpus`: text and HTML, UTF-8 and GBK,
both scripts), then runs `tasks.worker.work_batch` over it in batches, in this process, as one
worker does, and prints ms/page per stage: read, decode, markup (parse and reading the blocks),
clean, script (detect + t2s), parse (header lines, dates, body), sections, each derived table
(regions + MinHash, facts, practices, brands, themes), building the frames, validation (per
table), and the pickle round trip of the outcome (what crosses the process boundary to the
writer), and the search postings' cut (`warehouse.search.cut_postings`, what `derive_batch` runs after
`work_batch` in a worker). Stage times are CPU times (`time.process_time`, steadier than wall time on a shared
machine) from timing wrappers around those functions (a few calls per page, so their own cost is
negligible); the total is `work_batch` itself plus the pickle and the cut. The best of `--repeat` passes is
reported. `--profile N` adds a cProfile run's top N functions by own time and by cumulative time
(caches emptied first, as for a pass).

The derivation's caches (tasks/extract/caches.py) are emptied before each pass, so a pass pays
what a worker pays on pages it has not seen. The generated corpus recombines the seeds' sentences,
so within a pass it repeats clauses far more than real pages do, and a cache hits more often than it
would on them: `--corpus DIR` runs the same stages over the files in DIR instead (`*.txt`, `*.htm*`,
e.g. the authored gold texts, every one distinct).

`--ingest N` also runs the real CLI, `cases ingest --workers 1`, N times over the same corpus into
fresh warehouses against one `cases server`, and prints the CPU seconds (user + system) of the
CLI process per page beside its wall time: with `--workers 1` the batches run in that process, so
this is the whole end-to-end cost of a page (read to load, Prefect included) on one core, and CPU
time, unlike wall time, hardly moves when other jobs share the machine.

Reference columns (`articles.adcode` against `regions.adcode`) are checked as in a real run: the
regions table is loaded into a temporary DuckDB first and read back with `known_references`.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import resource
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import contracts.validate as validate
import tasks.pipeline as pipeline
import tasks.tables as tables
import tasks.worker as worker
from bench.cpu_clock import Clock, timed
from bench.scale import CASES, ROOT, Server, make_corpus
from tasks.extract.caches import clear_caches
from warehouse.db import connect
from warehouse.dq_batch import known_references
from warehouse.load import columns_by_table
from warehouse.reference import ensure_regions
from warehouse.search import cut_postings


def instrument(clock: Clock) -> Callable[[], None]:
    """Wrap each stage's function where its caller looks it up; returns the undo."""
    patches: list[tuple[object, str, Any]] = []

    def patch(owner: object, attr: str, name: str | Callable[..., str]) -> None:
        original = getattr(owner, attr)
        patches.append((owner, attr, original))
        setattr(owner, attr, timed(clock, name, original))

    patch(worker, "_open", "read")
    for attr, name in (
        ("decode", "decode"),
        ("markup_problem", "markup"),
        ("read_parts", "markup"),
        ("clean_lines", "clean"),
        ("detect_script", "script"),
        ("to_simplified", "script"),
        ("parse_lines", "parse"),
        ("split_sections", "sections"),
    ):
        patch(pipeline, attr, name)
    patch(tables, "article_columns", "derive: regions + minhash")
    for table in list(tables.ARTICLE_ROWS):
        original = tables.ARTICLE_ROWS[table]
        patches.append((tables.ARTICLE_ROWS, table, original))
        tables.ARTICLE_ROWS[table] = timed(clock, f"derive: {table}", original)
    patch(tables, "batch_tables", "frames (incl. derive)")
    patch(validate, "check_frame", lambda table, *_: f"validate: {table}")
    patch(worker, "split_batch", "validate + split (all)")

    def undo() -> None:
        for owner, attr, original in reversed(patches):
            if isinstance(owner, dict):
                owner[attr] = original
            else:
                setattr(owner, attr, original)

    return undo


def _jobs(paths: list[str], batch_size: int, known: validate.Known) -> list[worker.BatchJob]:
    columns = columns_by_table()
    now = datetime(2026, 1, 1)
    return [
        worker.BatchJob(paths[i : i + batch_size], "bench", now, columns, known)
        for i in range(0, len(paths), batch_size)
    ]


def one_pass(jobs: list[worker.BatchJob]) -> tuple[Clock, int]:
    clock: Clock = defaultdict(float)
    clear_caches()
    undo = instrument(clock)
    loaded = 0
    try:
        for job in jobs:
            started = time.process_time()
            outcome = worker.work_batch(job)
            clock["total: work_batch"] += time.process_time() - started
            started = time.process_time()
            outcome = pickle.loads(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
            clock["pickle round trip"] += time.process_time() - started
            articles = outcome.split.valid.get("articles")
            if articles is not None and not articles.empty:  # as derive_batch does after work_batch
                started = time.process_time()
                cut_postings(articles)
                clock["cut_postings"] += time.process_time() - started
            loaded += len(outcome.split.valid["articles"])
    finally:
        undo()
    return clock, loaded


ORDER = [
    "read",
    "decode",
    "markup",
    "clean",
    "script",
    "parse",
    "sections",
    "derive: regions + minhash",
    "derive: sections",
    "derive: facts",
    "derive: practices",
    "derive: brands",
    "derive: article_themes",
    "frames (incl. derive)",
    "validate: articles",
    "validate: sections",
    "validate: facts",
    "validate: practices",
    "validate: brands",
    "validate: article_themes",
    "validate + split (all)",
    "pickle round trip",
    "cut_postings",
    "total: work_batch",
]


def ingest_cpu(corpus: Path, work: Path, n_pages: int, batch_size: int, runs: int) -> None:
    """CPU and wall seconds per page of `cases ingest --workers 1`, each run into a fresh warehouse."""
    (work / "prefect").mkdir()
    server = Server(work / "prefect")
    try:
        server.wait()
        for run in range(runs):
            db = work / f"ingest{run}.duckdb"
            args = [*CASES, "ingest", "--db", str(db), "--workers", "1", "--batch-size", str(batch_size), str(corpus)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(args, cwd=ROOT, env=server.env, capture_output=True, text=True)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise RuntimeError(f"cases ingest failed ({done.returncode}):\n{done.stderr[-3000:]}")
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            print(
                f"cases ingest --workers 1, run {run + 1}: {cpu * 1000 / n_pages:.2f} ms CPU/page "
                f"({n_pages / cpu:.1f} pages per CPU-second), wall {wall:.1f}s ({n_pages / wall:.1f} pages/s)",
                flush=True,
            )
    finally:
        server.stop()


def print_stages(jobs: list[worker.BatchJob], repeat: int, batch_size: int) -> None:
    worker.work_batch(jobs[0])  # warm caches (dictionaries, gazetteer, compiled patterns)
    best: Clock = {}
    loaded = 0
    for _ in range(repeat):
        clock, loaded = one_pass(jobs)
        best = {k: min(v, best.get(k, v)) for k, v in clock.items()}
    n = sum(len(job.items) for job in jobs)
    total = best["total: work_batch"] + best["pickle round trip"] + best.get("cut_postings", 0.0)
    print(f"worker bench: {n} generated pages, batches of {batch_size}, {loaded} articles loaded")
    print(f"{'stage':<28}{'ms/page':>9}{'share':>8}")
    for key in [k for k in ORDER if k in best] + sorted(set(best) - set(ORDER)):
        print(f"{key:<28}{best[key] * 1000 / n:9.3f}{best[key] / total:8.1%}")
    print(f"one worker: {n / total:.1f} pages/s of CPU (work_batch + pickle + cut_postings)", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, help="these files (*.txt, *.htm*) instead of generated pages")
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2, help="passes; the best per stage is reported (0: no stage table)")
    ap.add_argument("--profile", type=int, default=0, help="also print cProfile's top N by own and cumulative time")
    ap.add_argument("--ingest", type=int, default=0, help="also time N runs of `cases ingest --workers 1` (CPU/page)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cases-worker-"))
    try:
        if args.corpus:
            paths = sorted(str(p) for p in args.corpus.iterdir() if p.suffix in (".txt", ".htm", ".html"))
        else:
            paths = [str(p) for p in make_corpus(work / "corpus", args.pages)]
        with connect(str(work / "ref.duckdb")) as con:
            ensure_regions(con, "bench")
            known = known_references(con)
        jobs = _jobs(paths, args.batch_size, known)
        if args.repeat:
            print_stages(jobs, args.repeat, args.batch_size)
        if args.profile:
            clear_caches()  # profile what a worker pays on pages it has not seen, as the passes do
            profiler = cProfile.Profile()
            profiler.enable()
            for job in jobs:
                pickle.dumps(worker.work_batch(job))
            profiler.disable()
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(args.profile)
            stats.sort_stats("cumulative").print_stats(args.profile)
        if args.ingest:
            ingest_cpu(args.corpus or work / "corpus", work, len(paths), args.batch_size, args.ingest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
