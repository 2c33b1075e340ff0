"""Batch results handed over through spool files (flows/spool.py): the same rows as in memory, nothing left
behind by a finished, failed or killed run, a file that cannot be read recorded as its inputs' failures,
and results in memory wherever workers do not share the writer's file system. Real files, real DuckDB,
real Prefect runs in real worker processes.
"""

from __future__ import annotations

import pickle
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from prefect import flow

from flows.ingest import Derived, Dispatch, derive_batch, ingest, load_outcome, unspool
from flows.spool import Spool, Spooled, clear_stale, spool_result, spool_root
from tasks.records import Failure
from tasks.worker import BatchJob
from tests.conftest import SEEDS, query
from tests.snapshots import PER_RUN, make_pages, snapshot
from warehouse.db import connect
from warehouse.load import columns_by_table

SEED_FILES = [str(p) for p in sorted(SEEDS.glob("*.txt"))]


def _job(spool: str | None) -> BatchJob:
    return BatchJob(SEED_FILES, "run-1", datetime(2026, 11, 30, 12, 0), columns_by_table(), spool=spool)


def test_a_spooled_result_reads_back_as_the_result_in_memory(tmp_path: Path) -> None:
    in_memory = derive_batch.fn(_job(None))
    assert isinstance(in_memory, Derived)
    spooled = derive_batch.fn(_job(str(tmp_path)))
    assert isinstance(spooled, Spooled), "with a spool directory the worker returns only a descriptor"
    assert [p.name for p in tmp_path.iterdir()] == [Path(spooled.path).name] and spooled.path.endswith(".pickle")
    assert spooled.inputs == SEED_FILES
    assert len(pickle.dumps(spooled)) < 4096, "what travels back through Prefect is small"
    back = unspool(spooled)
    (outcome, postings, sources), (ours, our_postings, our_sources) = in_memory.take(), back.take()
    assert outcome.split.valid.keys() == ours.split.valid.keys() and "articles" in ours.split.valid
    for name, frame in [*outcome.split.valid.items(), ("sources", sources)]:
        mine = ours.split.valid[name] if name != "sources" else our_sources
        clock = [c for c in frame.columns if c in PER_RUN]  # when each was derived: not the same twice
        pd.testing.assert_frame_equal(mine.drop(columns=clock), frame.drop(columns=clock))
    assert postings is not None and our_postings is not None
    assert our_postings.postings.equals(postings.postings) and our_postings.docs.equals(postings.docs)
    assert (ours.failures, ours.unchanged, ours.n_inputs) == (outcome.failures, outcome.unchanged, len(SEED_FILES))
    spooled.discard()
    assert not list(tmp_path.iterdir())


def test_a_worker_that_cannot_write_its_file_hands_the_result_back_in_memory(tmp_path: Path) -> None:
    """The directory is the run's, made by the writer: a worker that does not see it (another machine) or
    cannot write there keeps to memory, and makes no directory of its own."""
    missing = tmp_path / "not-here"
    assert isinstance(derive_batch.fn(_job(str(missing))), Derived)
    assert not missing.exists()
    assert spool_result({"a": 1}, str(missing), []) == {"a": 1}


@flow
def _write_spooled(db: str, spooled: Spooled) -> None:
    outcome, postings, sources = unspool(spooled).take()
    with connect(db) as con:
        load_outcome(outcome, con, "run-1", [], postings=postings, sources=sources)


def test_a_spool_file_that_cannot_be_read_is_a_recorded_failure_of_each_input(
    tmp_path: Path, db: Path, prefect_api: None
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    earlier = Failure("https://example.org/gone", "fetch", "HTTP 404", attempts=1, last_status=404)
    job = _job(str(spool))
    job.items = [*SEED_FILES[:2], earlier]
    spooled = derive_batch.fn(job)
    assert isinstance(spooled, Spooled)
    whole = Path(spooled.path).read_bytes()
    Path(spooled.path).write_bytes(whole[: len(whole) // 2])  # cut short (a full disk, a crash mid-copy)
    _write_spooled(str(db), spooled)
    rows = query(db, "SELECT url, stage, reason, last_error FROM fetch_failures ORDER BY url")
    assert [r[0] for r in rows] == sorted([*SEED_FILES[:2], earlier.source_uri])
    for url, stage, reason, detail in rows:
        if url == earlier.source_uri:
            assert (stage, reason) == ("fetch", "HTTP 404"), "a failure the batch was sent keeps its own reason"
        else:
            assert stage == "parse" and "spool file unreadable" in reason and spooled.path in detail, (reason, detail)
    assert query(db, "SELECT count(*) FROM articles") == [(0,)]
    # a file that is not there at all, or holds something else than a batch's result, is the same
    other = spool / "other.pickle"
    other.write_bytes(pickle.dumps({"not": "a result"}))
    for broken in (spool / "missing.pickle", other):
        lost = _lost(Spooled(str(broken), SEED_FILES[:1]))
        assert [(f.source_uri, f.stage) for f in lost] == [(SEED_FILES[0], "parse")], lost


@flow
def _lost(spooled: Spooled) -> list[Failure]:
    return unspool(spooled).take()[0].failures


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pages(tmp_path_factory.mktemp("spool") / "pages")


@pytest.fixture(scope="module")
def one_worker(pages: Path, tmp_path_factory: pytest.TempPathFactory, prefect_api: None) -> Path:
    db = tmp_path_factory.mktemp("one") / "cases.duckdb"
    summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=1)
    assert (summary.status, summary.n_inputs, summary.n_articles) == ("COMPLETED", 18, 16)
    return db


HANDED_OVER = "batch results handed over through files"


def test_a_pool_run_hands_over_through_files_and_leaves_no_spool(
    pages: Path, one_worker: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A killed run's leftovers are removed when the next run starts, never loaded; the run's own files go
    once committed and its directory when it ends; the warehouse is the one a single process writes."""
    db = tmp_path / "cases.duckdb"
    root = spool_root(str(db))
    assert root == tmp_path / "cases.duckdb.spool", "beside the warehouse"
    stale = root / "killed-run"
    stale.mkdir(parents=True)
    (stale / "0123.pickle").write_bytes(pickle.dumps(derive_batch.fn(_job(None))))  # a real, complete result
    (stale / "4567.part").write_bytes(b"cut short")
    caplog.set_level("INFO")
    summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=2)
    assert (summary.status, summary.n_inputs, summary.n_articles, summary.n_failed) == ("COMPLETED", 18, 16, 1)
    assert any(HANDED_OVER in r.getMessage() for r in caplog.records)
    assert not root.exists(), "no spool left behind"
    assert snapshot(db) == snapshot(one_worker)


def test_memory_handover_when_asked(
    pages: Path, one_worker: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CASES_HANDOVER", "memory")
    caplog.set_level("INFO")
    db = tmp_path / "cases.duckdb"
    summary = ingest(paths=[str(pages)], db=str(db), batch_size=3, workers=2)
    assert (summary.status, summary.n_articles) == ("COMPLETED", 16)
    assert not any(HANDED_OVER in r.getMessage() for r in caplog.records)
    assert snapshot(db) == snapshot(one_worker)


@pytest.mark.slow
@pytest.mark.parametrize("shared_fs", [True, False])
def test_a_dask_cluster_hands_over_through_files_only_when_it_shares_them(
    pages: Path, one_worker: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, shared_fs: bool
) -> None:
    """`--shared-fs`: inputs go as paths, results come back as files; otherwise both travel in memory (a Dask
    worker may be on another machine)."""
    from distributed import LocalCluster

    assert Dispatch.for_run(2, "tcp://127.0.0.1:1", shared_fs).shares_files is shared_fs
    assert Dispatch.for_run(2, None).shares_files
    caplog.set_level("INFO")
    db = tmp_path / "cases.duckdb"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as c:
        summary = ingest(
            paths=[str(pages)], db=str(db), batch_size=3, dask_address=c.scheduler_address, shared_fs=shared_fs
        )
    assert (summary.status, summary.n_articles) == ("COMPLETED", 16)
    assert any(HANDED_OVER in r.getMessage() for r in caplog.records) is shared_fs
    assert not spool_root(str(db)).exists()
    assert snapshot(db) == snapshot(one_worker)


def test_a_spool_directory_is_the_runs_and_goes_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "w" / "cases.duckdb")
    spool = Spool(db, "run-2").open()
    assert spool.directory == tmp_path / "w" / "cases.duckdb.spool" / "run-2" and spool.directory.is_dir()
    (spool.directory / "x.pickle").write_bytes(b"")
    spool.close()
    assert not spool.root.exists()
    # elsewhere: one spool per warehouse, so that two warehouses' runs never clear each other's
    monkeypatch.setenv("CASES_SPOOL_DIR", str(tmp_path / "spools"))
    other = str(tmp_path / "v" / "cases.duckdb")
    assert spool_root(db).parent == spool_root(other).parent == tmp_path / "spools"
    assert spool_root(db) != spool_root(other) and spool_root(db).name.startswith("cases.duckdb-")
    left = Spool(other, "killed").open()
    (left.directory / "y.pickle").write_bytes(b"")
    clear_stale(db)
    assert left.directory.is_dir(), "another warehouse's spool is not this run's to clear"
    clear_stale(other)
    assert not left.root.exists()
