"""Scale-out and skipping: the warehouse is the same for any number of workers, on a Dask cluster,
and a re-run skips unchanged files before reading them. Real flow runs, real processes, real files.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from contracts import TABLES
from flows.ingest import ingest
from tests.conftest import SEEDS, query
from tests.snapshots import make_pages, snapshot

pytestmark = pytest.mark.usefixtures("prefect_api")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pages(tmp_path_factory.mktemp("scale") / "pages")


@pytest.fixture(scope="module")
def one_worker(pages: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("one") / "cases.duckdb"
    summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=1)
    assert (summary.status, summary.n_inputs, summary.n_articles) == ("COMPLETED", 18, 16)
    assert (summary.n_quarantined, summary.n_failed) == (1, 1)
    return db


def test_two_worker_processes_write_the_same_warehouse(
    pages: Path, one_worker: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "cases.duckdb"
    caplog.set_level("INFO")
    summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=2)
    assert (summary.status, summary.n_inputs, summary.n_articles) == ("COMPLETED", 18, 16)
    ours, theirs = snapshot(db), snapshot(one_worker)
    assert ours["articles"] and ours["facts"] and ours["sources"], "the comparison has rows to compare"
    for name in TABLES:
        assert ours[name] == theirs[name], f"table {name} differs between --workers 1 and --workers 2"
    # Without a terminal, progress is one log line per batch, in order, with the running totals: four
    # batches of 3, then the last 2 x 3 inputs in half batches (flows/ingest.py, _batches).
    progress = [r.getMessage() for r in caplog.records if "pages done" in r.getMessage()]
    assert len(progress) == 7 and progress[0].startswith("ingest: 3 pages done"), progress
    assert progress[-2].startswith("ingest: 16 pages done"), progress
    assert progress[-1].startswith("ingest: 18 pages done") and "loaded 16" in progress[-1], progress[-1]


def test_a_server_started_ahead_serves_the_run_and_goes_with_it(pages: Path, one_worker: Path, tmp_path: Path) -> None:
    """`cases ingest` starts its workers' server before importing Prefect (flows/worker_server.py): the run's
    pool forks from it and writes the same warehouse, and the server is gone when the run ends; a run of one
    batch (derived in the writer) kills it at once."""
    import psutil

    from flows.worker_server import discard_server, server_pid, start_server

    def gone(pid: int) -> bool:
        return not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE

    assert server_pid() is None, "no server left by an earlier test"
    assert start_server()
    early = server_pid()
    assert early is not None
    db = tmp_path / "cases.duckdb"
    try:
        summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=2)
        assert server_pid() is None, "the pool took the server and stopped it with itself"
    finally:
        discard_server()
    assert (summary.status, summary.n_inputs, summary.n_articles) == ("COMPLETED", 18, 16)
    assert snapshot(db) == snapshot(one_worker)
    assert gone(early)
    assert start_server()
    early = server_pid()
    assert early is not None
    try:
        one = ingest(paths=[str(SEEDS / "001_0812f27126c4a880.txt")], db=str(tmp_path / "one.duckdb"), workers=2)
        assert server_pid() is None, "one batch: no pool, and the run killed the server"
    finally:
        discard_server()
    assert one.status == "COMPLETED" and gone(early)


def test_a_dask_cluster_writes_the_same_warehouse(pages: Path, one_worker: Path, tmp_path: Path) -> None:
    """... and its workers get the local pool's start (flows/dask_start.py), through a plugin."""
    from distributed import Client, LocalCluster

    from tasks.worker_start import started

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as c:
        with Client(c) as client:
            assert set(client.run(started).values()) == {False}, "a fresh Dask worker has had no start"
        db = tmp_path / "cases.duckdb"
        summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, dask_address=c.scheduler_address)
        assert (summary.status, summary.n_articles) == ("COMPLETED", 16)
        ours = snapshot(db)
        with Client(c) as client:  # the run registered its start on the cluster: each worker ran it
            ran = client.run(started)
            assert len(ran) == 2 and set(ran.values()) == {True}, ran
            assert "cases-worker-start" in client.run(lambda dask_worker: list(dask_worker.plugins)).popitem()[1]
    theirs = snapshot(one_worker)
    for name in TABLES:
        assert ours[name] == theirs[name], f"table {name} differs between the Dask cluster and a local run"


def test_unchanged_files_are_skipped_before_reading(pages: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "pages"
    shutil.copytree(pages, corpus)
    db = tmp_path / "cases.duckdb"
    ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    outcomes = query(db, "SELECT outcome, count(*) FROM sources WHERE kind = 'page' GROUP BY 1 ORDER BY 1")
    # one fingerprint per input read: the stored articles, the navigation page a contract kept out, the empty file
    assert outcomes == [("article", 16), ("failed", 1), ("quarantined", 1)]

    # Same size and mtime, other bytes: only a stat was made, so the change goes unseen (the documented
    # trade-off of skipping by stat, as make and rsync do); the stored article stays as it was.
    page = corpus / "000_48b2992bbe46c692.txt"
    st = page.stat()
    raw = page.read_bytes()
    page.write_bytes(raw[:-3] + "变。".encode()[:3])
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    # the kept-out inputs are as settled as the stored ones: the same bytes meet the same verdict, which the first
    # run reported and recorded (tables quarantine and fetch_failures); nothing is read, reported or alerted again
    assert (second.n_inputs, second.n_articles, second.n_unchanged) == (18, 0, 18)
    assert (second.n_quarantined, second.n_failed) == (0, 0)
    assert query(db, "SELECT count(DISTINCT run_id) FROM quarantine")[0][0] == 1

    # Touched (new mtime) but the same bytes: read and hashed, not parsed; the new mtime is stored.
    page.write_bytes(raw)
    other = corpus / "001_0812f27126c4a880.txt"
    os.utime(other)
    third = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (third.n_articles, third.n_unchanged) == (0, 18)
    stored = query(db, f"SELECT mtime_ns FROM sources WHERE uri LIKE '%{other.name}'")
    assert stored == [(other.stat().st_mtime_ns,)]

    # Changed bytes: parsed, derived and replaced.
    other.write_text(other.read_text(encoding="utf-8") + "\n补充一段新的内容,检验修改后的文件会被重新解析。", "utf-8")
    fourth = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (fourth.n_articles, fourth.n_unchanged) == (1, 17)

    # A kept-out input whose bytes change is read and judged again: the navigation page, now an article
    nav = corpus / "nav.html"
    lines = (SEEDS / "003_6329a6ff2b96f8b9.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = "".join(f"<p>{line}</p>" for line in lines if line.strip())
    nav.write_text(f"<html><body><div class='article'>{paragraphs}补充。</div></body></html>", encoding="utf-8")
    again = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (again.n_articles, again.n_unchanged, again.n_quarantined) == (1, 17, 0)
    assert query(db, f"SELECT outcome FROM sources WHERE uri LIKE '%{nav.name}'") == [("article",)]

    # A new extractor version re-derives everything, whatever the fingerprints say.
    query(db, "UPDATE articles SET extractor_version = '0'", write=True)
    query(db, "UPDATE sources SET extractor_version = '0'", write=True)
    fifth = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (fifth.n_articles, fifth.n_unchanged, fifth.n_failed) == (17, 0, 1)  # the empty file judged again too


def test_changed_and_new_files_among_unchanged_ones_are_found(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are planned a block at a time (one join per block): a changed file and a new one, in
    different blocks among unchanged files, are still read and loaded, and nothing else is."""
    import flows.ingest

    monkeypatch.setattr(flows.ingest, "PLAN_BLOCK", 5)  # 18 inputs: four blocks
    corpus = tmp_path / "pages"
    shutil.copytree(pages, corpus)
    db = tmp_path / "cases.duckdb"
    first = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (first.n_inputs, first.n_articles) == (18, 16)

    changed = corpus / "001_0812f27126c4a880_v2.txt"  # the eighth input listed: the second block
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补充一段新的内容。", encoding="utf-8")
    new = corpus / "004_zz_new.txt"  # listed among the last block's unchanged files
    new.write_text((SEEDS / "002_31e4f86bd4ecfaed.txt").read_text(encoding="utf-8") + "\n新增。", encoding="utf-8")
    second = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    # the quarantined and the failed input are unchanged too: skipped by stat like the stored ones
    assert (second.n_inputs, second.n_articles, second.n_unchanged) == (19, 2, 17)
    assert (second.n_quarantined, second.n_failed) == (0, 0)
    loaded = query(db, f"SELECT source_uri FROM articles WHERE run_id = '{second.run_id}' ORDER BY source_uri")
    assert [Path(u).name for (u,) in loaded] == [changed.name, new.name]
    third = ingest(paths=[str(corpus)], db=str(db), batch_size=4, workers=1)
    assert (third.n_inputs, third.n_articles, third.n_unchanged) == (19, 0, 19)


RERUN_PROBE = """
import json, sys
import prefect.task_runners as runners
entered = []
original = runners.ProcessPoolTaskRunner.__enter__
runners.ProcessPoolTaskRunner.__enter__ = lambda self: entered.append(1) or original(self)
from flows.cli import main
code = main(sys.argv[1:])
regions = sys.modules.get("tasks.extract.regions")
derivation = ("tasks.pipeline", "tasks.markup", "tasks.extract.regions", "tasks.extract.brands", "tasks.extract.facts")
print(json.dumps({
    "code": code,
    "pools": len(entered),
    "jieba": "jieba" in sys.modules,
    "gazetteer": regions.gazetteer.cache_info().currsize if regions else 0,
    "derivation": sorted(name for name in derivation if name in sys.modules),
}))
"""


def test_an_unchanged_rerun_starts_no_worker_and_loads_no_derivation_data(pages: Path, tmp_path: Path) -> None:
    """A re-run that finds every file unchanged by stat reads none: no process pool is started (its
    queue, its resource tracker), jieba and the gazetteer are not loaded, and no module of the derivation
    is imported (they cost a re-run ~0.5 s: tasks/version.py). The first run's pool is seen by the same
    probe, so the probe can fail."""
    import json
    import subprocess
    import sys

    from prefect.settings import PREFECT_API_URL

    corpus = tmp_path / "pages"
    corpus.mkdir()
    for page in sorted(pages.glob("*.txt")):
        if page.stat().st_size:  # every input becomes an article: none is re-read for being quarantined
            shutil.copy2(page, corpus / page.name)
    db = tmp_path / "cases.duckdb"
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value()), "CASES_FIND_SERVER": "0"}
    args = ["ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "4"]

    def probe() -> dict[str, object]:
        done = subprocess.run([sys.executable, "-c", RERUN_PROBE, *args], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    first = probe()
    assert (first["code"], first["pools"]) == (0, 1), first
    again = probe()
    assert again == {"code": 0, "pools": 0, "jieba": False, "gazetteer": 0, "derivation": []}, again
    assert query(db, "SELECT n_unchanged, n_articles FROM runs ORDER BY started_at DESC LIMIT 1") == [(15, 0)]


def test_gazetteer_is_reloaded_only_when_its_files_change(tmp_path: Path) -> None:
    from tasks.extract.gazetteer_files import GAZETTEER_DIR
    from warehouse.db import connect
    from warehouse.reference import GAZETTEER_FILES, ensure_regions

    files = tmp_path / "gazetteer"
    shutil.copytree(GAZETTEER_DIR, files)
    con = connect(tmp_path / "cases.duckdb")
    try:
        assert ensure_regions(con, "first", files) > 40000
        assert ensure_regions(con, "second", files) == 0
        n_files = con.execute("SELECT count(*) FROM sources WHERE kind = 'reference'").fetchall()
        assert n_files == [(len(GAZETTEER_FILES),)]
        os.utime(files / "areas.csv")  # touched, same bytes: hashed, not reloaded; the new mtime is kept
        assert ensure_regions(con, "third", files) == 0
        assert con.execute("SELECT run_id FROM sources WHERE uri LIKE '%areas.csv'").fetchall() == [("third",)]
        with (files / "provinces.csv").open("a", encoding="utf-8") as f:
            f.write("\n")
        assert ensure_regions(con, "fourth", files) > 40000
        con.execute("DELETE FROM regions")  # emptied by hand: loaded again whatever the fingerprints say
        assert ensure_regions(con, "fifth", files) > 40000
    finally:
        con.close()


def test_cli_uses_a_running_server_and_says_so(tmp_path: Path) -> None:
    import subprocess
    import time

    from tests import servers

    (tmp_path / "server").mkdir()
    server = servers.start_server(tmp_path / "server")
    try:
        started = time.monotonic()
        done = subprocess.run(
            [
                *servers.CASES,
                "ingest",
                "--db",
                str(tmp_path / "one.duckdb"),
                str(SEEDS / "000_48b2992bbe46c692.txt"),
            ],
            cwd=servers.ROOT,
            env=server.env(CASES_FIND_SERVER="1"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        print(f"\n[measure] one-page `cases ingest` against a running server: {time.monotonic() - started:.1f}s")
    finally:
        server.process.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"cases ingest: using the Prefect server at {server.api_url}" in done.stderr
    assert "Task run '" not in done.stderr, "task runs log nothing at INFO without --verbose"


def _reference_signature(body: str):
    """The MinHash signature as first written: one zlib.crc32 per distinct shingle, then the hashes."""
    import zlib

    import numpy as np

    from tasks.extract import fingerprint as fp

    grams = fp.shingles(body)
    if not grams:
        return np.full(fp.NUM_PERM, 2**32 - 1, dtype=np.uint64)
    x = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))
    with np.errstate(over="ignore"):
        h = (x[:, None] * fp._A[None, :] + fp._B[None, :]) >> np.uint64(32)
    return h.min(axis=0)


def test_vectorised_minhash_equals_the_reference_implementation() -> None:
    import random

    from tasks.extract.fingerprint import signature

    bodies = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    rnd = random.Random(20261128)
    alphabet = "ab1 ,。中國党建社区é\u07ff\u0800\uffff😀𠀀"  # 1-, 2-, 3- and 4-byte UTF-8 characters
    bodies += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(300)]
    for body in bodies:
        assert (signature(body) == _reference_signature(body)).all(), repr(body[:50])


def test_a_files_fingerprint_records_what_its_bytes_became(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settled inputs (stored, quarantined, refused for their bytes) get a `sources` row with their outcome; an input
    the code failed on (a bug) gets none, so the next run tries it again once the bug is fixed."""
    from datetime import datetime

    import tasks.pipeline
    from tasks.worker import BatchJob, work_batch
    from warehouse.load import columns_by_table

    pages = make_pages(tmp_path / "pages")
    names = ["000_48b2992bbe46c692.txt", "nav.html", "empty.txt", "001_0812f27126c4a880.txt"]
    original = tasks.pipeline.process_document

    def buggy(doc):  # a parser bug on one input only
        if doc.source_uri.endswith("001_0812f27126c4a880.txt"):
            raise RuntimeError("a bug")
        return original(doc)

    monkeypatch.setattr(tasks.pipeline, "process_document", buggy)
    outcome = work_batch(BatchJob([str(pages / n) for n in names], "t", datetime(2026, 1, 1), columns_by_table()))
    recorded = {Path(row["uri"]).name: row["outcome"] for row in outcome.sources}
    assert recorded == {"000_48b2992bbe46c692.txt": "article", "nav.html": "quarantined", "empty.txt": "failed"}
    assert [f.is_internal for f in outcome.failures] == [False, True]
