"""A worker's start: prepared data read back equal to what it is built from, and a warmed-up worker
process deriving exactly what a cold one does."""

from __future__ import annotations

import gc
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path

import pytest

from contracts import TABLES
from tasks import prepared
from tasks.extract import segmenter
from tasks.extract.postagger import Tokenizer
from tasks.worker import BatchJob, work_batch
from tasks.worker_start import WARM_UP_PAGES, start_worker

SEEDS = sorted(WARM_UP_PAGES.glob("*.txt"))


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASES_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_prepared_value_is_built_once_then_read_back(cache: Path) -> None:
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"党群服务中心": 3, "网格": 0}

    first = prepared.load_prepared("words", [b"v1"], build)
    again = prepared.load_prepared("words", [b"v1"], build)
    assert first == again == {"党群服务中心": 3, "网格": 0}
    assert len(calls) == 1
    assert [p.name for p in cache.iterdir()] == [prepared.prepared_path("words", [b"v1"]).name]


def test_a_changed_source_or_a_damaged_file_is_rebuilt(cache: Path) -> None:
    prepared.load_prepared("words", [b"v1"], lambda: [1])
    assert prepared.load_prepared("words", [b"v2"], lambda: [2]) == [2]  # another key, not the old value
    path = prepared.prepared_path("words", [b"v1"])
    path.write_bytes(path.read_bytes()[:2])  # truncated
    assert prepared.load_prepared("words", [b"v1"], lambda: [3]) == [3]
    assert prepared.load_prepared("words", [b"v1"], lambda: [4]) == [3]  # rewritten whole


def test_an_unwritable_cache_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CASES_CACHE_DIR", str(blocker / "cache"))
    assert prepared.load_prepared("words", [b"v1"], lambda: (1, 2)) == (1, 2)


def test_the_prepared_prefix_dictionary_is_jiebas_own(cache: Path) -> None:
    own = Tokenizer()
    own.check_initialized()
    built, read = Tokenizer(), Tokenizer()
    segmenter._load_prefix_dictionary(built)  # no cache yet: jieba loads it, the copy is written
    assert any(cache.iterdir())
    segmenter._load_prefix_dictionary(read)  # read back from the copy
    for tokenizer in (built, read):
        assert tokenizer.initialized
        assert tokenizer.total == own.total
        assert tokenizer.FREQ == own.FREQ
    assert read.FREQ is not own.FREQ


def _derive(paths: list[str]) -> bytes:
    columns = {name: list(table.schema().columns) for name, table in TABLES.items()}
    outcome = work_batch(BatchJob(paths, "test", datetime(2026, 1, 1), columns))
    return pickle.dumps({name: frame.to_dict("list") for name, frame in outcome.split.valid.items()})


def _in_a_started_worker(paths: list[str]) -> tuple[bool, int, bytes]:
    """(collector on, objects frozen, derived tables) in a process the pool started with `start_worker`."""
    return gc.isenabled(), gc.get_freeze_count(), _derive(paths)


def test_a_started_worker_derives_what_a_cold_one_does(cache: Path) -> None:
    paths = [str(p) for p in SEEDS[1:]]  # not the warm-up page
    assert paths
    context = multiprocessing.get_context("spawn")  # as Prefect's process pool starts its workers
    with ProcessPoolExecutor(1, context, initializer=start_worker) as pool:
        enabled, frozen, derived = pool.submit(_in_a_started_worker, paths).result()
    assert enabled
    assert frozen > 100_000  # the derivation stack and its data, left out of later collections
    assert derived == _derive(paths)
    assert any(cache.iterdir())  # the worker prepared jieba's dictionary for the next one


def test_start_worker_leaves_a_disabled_collector_disabled(cache: Path) -> None:
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        start_worker()
        assert not gc.isenabled()
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()  # nothing of this test process stays frozen (freezing is only a collector's shortcut)
        gc.enable()


def _one_batch(paths: list[str]) -> int:
    columns = {name: list(table.schema().columns) for name, table in TABLES.items()}
    return work_batch(BatchJob(paths, "account", datetime(2020, 1, 1), columns)).n_inputs


def test_a_worker_accounts_for_its_cpu_when_asked(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$CASES_WORKER_CPU: at exit the worker writes its start, its batches' CPU and its total, per thread."""
    folder = tmp_path / "account"
    monkeypatch.setenv("CASES_WORKER_CPU", str(folder))  # the spawned worker inherits the environment
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, context, initializer=start_worker) as pool:
        assert pool.submit(_one_batch, [str(p) for p in SEEDS[:2]]).result() == 2
        assert pool.submit(_one_batch, [str(SEEDS[-1])]).result() == 1
    (account,) = folder.glob("worker-*.cpu")
    values = dict(line.split(" ", 1) for line in account.read_text(encoding="utf-8").splitlines())
    assert values["batches"] == "2"  # the warm-up batch belongs to the start
    started, batches, total = (float(values[k]) for k in ("started", "work_batch", "exit"))
    assert started > 0 and batches > 0 and started + batches <= total
    assert "MainThread" in {line.split()[1] for line in account.read_text(encoding="utf-8").splitlines()[4:]}
    assert not list(folder.glob("*.prof"))  # a profile only with $CASES_WORKER_PROFILE


def _loaded_in_background(paths: list[str]) -> tuple[bool, bool, bytes]:
    """(the load ran in a thread, the collector is on after it, derived tables) in a new process that loads the
    derivation in the background, as `cases ingest` does beside Prefect's temporary API, then derives."""
    import threading

    from tasks import worker_start

    worker_start.load_derivation_in_background()
    thread = worker_start._background  # the loading thread, not this one
    threaded = isinstance(thread, threading.Thread) and thread is not threading.current_thread()
    worker_start.wait_for_derivation()
    return threaded and not thread.is_alive() and worker_start.loaded(), gc.isenabled(), _derive(paths)


def test_a_derivation_loaded_in_the_background_derives_what_a_cold_one_does(cache: Path) -> None:
    paths = [str(p) for p in SEEDS[1:]]
    context = multiprocessing.get_context("spawn")  # a fresh process: nothing of the derivation loaded yet
    with ProcessPoolExecutor(1, context) as pool:
        threaded, enabled, derived = pool.submit(_loaded_in_background, paths).result()
    assert threaded and enabled
    assert derived == _derive(paths)


def test_only_a_one_batch_run_without_a_server_loads_the_derivation_beside_prefects_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import argparse

    from flows.cli import _derives_here_beside_a_temporary_api as beside

    one = str(SEEDS[0])

    def args(paths: list[str], batch: int | None = None) -> argparse.Namespace:
        return argparse.Namespace(paths=paths, batch_size=batch)

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert beside(args([one])) and beside(args([one] * 3)) and beside(args(["https://example.org/a.html"]))
    assert not beside(args([])), "no paths: the default folder, any size"
    assert not beside(args([str(tmp_path)])), "a folder: a pool's run"
    assert not beside(args([one] * 3, batch=2)), "more than one batch: a pool's run"
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert not beside(args([one])), "a running server: its deriver derives"
