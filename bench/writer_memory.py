"""Writer memory bench: what grows in the single writer as a run loads more pages.

Usage: .venv/bin/python -m bench.writer_memory [--pages 5000] [--batch-size 200] [--memory-limit 512MB]
       [--stored K] [--keep DIR] [--indexed-keys] [--no-postings]

`--stored 45 --keep DIR` on 10,000 pages measures 1k new pages into a warehouse of 9k; `--indexed-keys`
builds the schema of earlier versions (a PRIMARY KEY on every article table), `--no-postings` leaves the
search postings out: the two suspects of issue 11. The last line gives the writer's CPU seconds.

Why: peak RSS of `cases ingest` rose ~14% from 1k to 10k pages while the workers stay flat, so the
growth is the writer's. This bench derives the batches first (a process pool, each batch pickled to
disk, so the measuring process holds only the batch it loads), then loads them in order the way the
run's writer does (data-quality rows, the batch's transaction with the postings, the duplicate-content
check, `sources`, `release_if_due` before each batch) and prints, every few batches: this process's
RSS, DuckDB's own accounting (`duckdb_memory()`: the buffer pool by tag, ART indexes among them), the
database and WAL sizes, and Python's live objects. The last line is the near-duplicate pass.

Corpus: bench/scale.py's generator (seed-derived pages, mixed templates and scripts).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import pickle
import shutil
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import psutil

from bench.scale import make_corpus
from contracts import TABLES
from tasks.inputs import list_inputs
from tasks.worker import BatchJob, work_batch
from warehouse import db as db_module
from warehouse import load
from warehouse.db import connect
from warehouse.dq_batch import batch_dq
from warehouse.duplicate_content import record_duplicate_content
from warehouse.duplicates import mark_duplicates, previous_canonicals
from warehouse.load import Writer, columns_by_table, load_batch
from warehouse.search import cut_postings
from warehouse.sources import upsert_sources


def _derive(args: tuple[list[str], Path]) -> Path:
    files, out = args
    now = datetime.now(UTC).replace(tzinfo=None)
    outcome = work_batch(BatchJob(files, "bench", now, columns_by_table(), {}))
    articles = outcome.split.valid.get("articles")
    postings = cut_postings(articles) if articles is not None and not articles.empty else None
    out.write_bytes(pickle.dumps((outcome, postings)))
    return out


def _mib(n: float) -> str:
    return f"{n / 2**20:7.1f}"


def _duckdb_tags(con) -> dict[str, int]:
    rows = con.execute("SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0").fetchall()
    return {tag: int(n) for tag, n in rows}


class PeakRss:
    """This process's largest RSS since the last `take()`, sampled every 10 ms on a thread: the
    transient peaks of a checkpoint or a query fall between the per-batch samples."""

    def __init__(self) -> None:
        self._me, self._peak, self._stop = psutil.Process(), 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self._peak = max(self._peak, self._me.memory_info().rss)

    def take(self) -> int:
        peak, self._peak = max(self._peak, self._me.memory_info().rss), 0
        return peak

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--every", type=int, default=5, help="print every this many batches")
    ap.add_argument("--memory-limit", default=None, help="CASES_WRITER_MEMORY for the writer")
    ap.add_argument("--threads", type=int, default=None, help="DuckDB threads of the writer connection")
    ap.add_argument(
        "--release-wal-mb", type=float, default=None, help="release at this much WAL (load.RELEASE_WAL_BYTES)"
    )
    ap.add_argument(
        "--stored", type=int, default=0, help="load this many batches first, unmeasured: a warehouse that holds them"
    )
    ap.add_argument("--keep", default=None, help="derive into / reuse this folder (pickled batches)")
    ap.add_argument(
        "--indexed-keys",
        action="store_true",
        help="every contract key as a DuckDB PRIMARY KEY, the child tables' too (the schema of earlier versions)",
    )
    ap.add_argument(
        "--vacuum-tasks", type=int, default=None, help="DuckDB max_vacuum_tasks of the writer (earlier versions: 100)"
    )
    ap.add_argument("--no-postings", action="store_true", help="skip the search postings (their share of the writer)")
    args = ap.parse_args()
    if args.indexed_keys:
        for name, table in TABLES.items():
            TABLES[name] = dataclasses.replace(table, indexed_key=True)
    if args.vacuum_tasks is not None:
        db_module.VACUUM_TASKS = args.vacuum_tasks
    if args.no_postings:
        load.add_postings = lambda con, cut: None
    if args.release_wal_mb:
        load.RELEASE_WAL_BYTES = int(args.release_wal_mb * 2**20)
    if args.memory_limit:
        os.environ["CASES_WRITER_MEMORY"] = args.memory_limit
    work = Path(tempfile.mkdtemp(prefix="cases-wmem-"))
    store = Path(args.keep) if args.keep else work / "batches"
    try:
        if not (store / "done").exists():
            store.mkdir(parents=True, exist_ok=True)
            make_corpus(work / "corpus", args.pages)
            files = sorted(f for f in list_inputs([str(work / "corpus")]) if isinstance(f, str))
            chunks = [
                (files[i : i + args.batch_size], store / f"{i // args.batch_size:05d}.pkl")
                for i in range(0, len(files), args.batch_size)
            ]
            started = time.perf_counter()
            with ProcessPoolExecutor(2) as pool:
                list(pool.map(_derive, chunks))
            (store / "done").touch()
            print(f"derived {len(files)} pages in {len(chunks)} batches: {time.perf_counter() - started:.0f}s")
        batches = sorted(store.glob("*.pkl"))
        db = work / "w.duckdb"
        with connect(db):
            pass  # the schema, as a run's start does
        if args.stored:  # an earlier run's warehouse: the measured run loads the batches after these
            with Writer(str(db)) as earlier:
                for path in batches[: args.stored]:
                    outcome, postings = pickle.loads(path.read_bytes())
                    earlier.release_if_due()
                    split = outcome.split
                    load_batch(
                        earlier.con, split.valid, split.quarantine, None, batch_dq("bench", {}, split), None, postings
                    )
                    upsert_sources(earlier.con, outcome.sources, "bench")
            batches = batches[args.stored :]
            print(f"warehouse holds {args.stored} batches before the measured run")
        me = psutil.Process()
        gc.collect()
        base = me.memory_info().rss
        print(f"writer memory: {len(batches)} batches of {args.batch_size}; RSS before {_mib(base)} MiB")
        print("batch  RSS (peak in batch), run peak; duckdb MiB (largest tags); db MiB; wal MiB; py objs")
        peak = base
        cpu = me.cpu_times()
        sampler = PeakRss()
        touched: set[str] = set()
        n_pages = 0
        with Writer(str(db)) as writer:
            for k, path in enumerate(batches, 1):
                outcome, postings = pickle.loads(path.read_bytes())
                sampler.take()
                held, started = writer._con is not None, time.perf_counter()
                writer.release_if_due()
                if held and writer._con is None:
                    during = sampler.take()
                    peak = max(peak, during)
                    print(
                        f"      release (checkpoint) before batch {k}: {time.perf_counter() - started:.2f}s, "
                        f"peak RSS during it {_mib(during)} MiB, after {_mib(me.memory_info().rss)}"
                    )
                con = writer.con
                if args.threads:
                    con.execute(f"SET threads = {args.threads}")
                split = outcome.split
                ids = list(split.valid["articles"]["article_id"])
                n_pages += len(outcome.split.valid["articles"]) + len(outcome.failures)
                touched.update(previous_canonicals(con, ids))
                touched.update(ids)
                load_batch(con, split.valid, split.quarantine, None, batch_dq("bench", {}, split), None, postings)
                record_duplicate_content(con, "bench", split.valid["articles"]["article_id"])
                upsert_sources(con, outcome.sources, "bench")
                del outcome, postings, split
                rss = sampler.take()
                peak = max(peak, rss)
                if k % args.every == 0 or k == len(batches):
                    tags = _duckdb_tags(con)
                    top = sorted(tags.items(), key=lambda kv: -kv[1])[:3]
                    duck = f"{_mib(sum(tags.values()))} " + " ".join(f"{t}={n / 2**20:.0f}" for t, n in top)
                    wal = os.stat(f"{db}.wal").st_size if os.path.exists(f"{db}.wal") else 0
                    print(
                        f"{k:5d} {_mib(rss)} {_mib(peak)}  {duck:50s} {_mib(db.stat().st_size)} {_mib(wal)} "
                        f"{len(gc.get_objects()):8d}",
                        flush=True,
                    )
            sampler.take()
            started = time.perf_counter()
            mark_duplicates(writer.con, touched=touched)
            rss = sampler.take()
            peak = max(peak, rss)
            print(f"near-duplicate pass: {time.perf_counter() - started:.1f}s, RSS {_mib(rss)} MiB, peak {_mib(peak)}")
            sampler.take()
            started = time.perf_counter()
            writer.close()
            during = sampler.take()
            sampler.stop()
            print(f"final checkpoint: {time.perf_counter() - started:.2f}s, peak RSS during it {_mib(during)} MiB")
            peak = max(peak, during)
        spent = me.cpu_times()
        cpu_s = spent.user + spent.system - cpu.user - cpu.system
        print(
            f"peak RSS {_mib(peak)} MiB ({_mib(peak - base)} above the start); writer CPU {cpu_s:.1f}s; "
            f"warehouse {db.stat().st_size / 2**10 / (args.stored * args.batch_size + n_pages):.1f} KiB per page"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
