"""The writer's fixed costs: input listing through resolved folders, garbage freed at each release,
no heartbeat thread for command-line runs. Real files, a real DuckDB file, Prefect's real settings."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from tasks.inputs import list_inputs
from tasks.settings import SettingError
from warehouse.db import connect
from warehouse.load import Writer


def test_a_file_reached_through_links_is_listed_once(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.txt").write_text("甲", encoding="utf-8")
    (folder / "b.html").write_text("<p>乙</p>", encoding="utf-8")
    (folder / "same-as-a.txt").symlink_to(folder / "a.txt")  # a link inside the walked folder
    (tmp_path / "alias").symlink_to(folder, target_is_directory=True)  # the folder under another name

    listed = [p for p in list_inputs([folder, tmp_path / "alias", folder / "b.html"]) if isinstance(p, str)]

    assert sorted(Path(p).resolve().name for p in listed) == ["a.txt", "b.html"]


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_a_release_frees_cyclic_garbage(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with connect(db):
        pass
    writer = Writer(str(db), release_seconds=0)
    writer.con.execute("SELECT 1")
    was = gc.isenabled()
    gc.disable()
    try:
        node = _Node()
        alive = weakref.ref(node)
        del node
        assert alive() is not None
        writer.release_if_due()  # held for longer than release_seconds: closes
        assert alive() is None
    finally:
        if was:
            gc.enable()
        writer.close()


@pytest.mark.parametrize(
    ("env", "threads"),
    [
        ({}, 1),
        ({"CASES_WRITER_THREADS": "2", "CASES_WRITER_COMPRESSION": "full"}, 2),
        ({"CASES_WRITER_COMPRESSION": "fast"}, 1),
    ],
)
def test_the_writer_uses_one_duckdb_thread_unless_told_and_writes_batches_with_every_method(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], threads: int
) -> None:
    """Compression: only the checkpoint leaves DICT_FSST out; the postings a batch writes straight to the
    file keep every method, whatever $CASES_WRITER_COMPRESSION says."""
    db = tmp_path / "w.duckdb"
    with connect(db):
        pass
    for name in ("CASES_WRITER_THREADS", "CASES_WRITER_COMPRESSION"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with Writer(str(db)) as writer:
        assert writer.con.execute("SELECT current_setting('threads')").fetchone()[0] == threads
        assert not writer.con.execute("SELECT current_setting('disabled_compression_methods')").fetchone()[0]


@pytest.mark.parametrize(
    ("name", "given"),
    [("CASES_WRITER_THREADS", "two"), ("CASES_WRITER_THREADS", "0"), ("CASES_WRITER_RELEASE_SECONDS", "-5")],
)
def test_a_bad_writer_setting_is_named_before_the_run_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, given: str
) -> None:
    monkeypatch.setenv(name, given)
    with pytest.raises(SettingError, match=rf"\${name} must be a positive"):
        Writer(str(tmp_path / "w.duckdb"))


def test_command_line_runs_send_no_heartbeats_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.settings import get_current_settings

    from flows.cli import _no_heartbeat

    monkeypatch.delenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", raising=False)
    monkeypatch.delenv("PREFECT_RUNNER_HEARTBEAT_FREQUENCY", raising=False)
    assert get_current_settings().flows.heartbeat_frequency is not None  # Prefect's default sends them
    with _no_heartbeat():
        assert get_current_settings().flows.heartbeat_frequency is None
    monkeypatch.setenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "60")
    with _no_heartbeat():  # asked for: left to Prefect
        assert get_current_settings().flows.heartbeat_frequency is not None


def test_a_runs_writer_freezes_the_start_up_heap_and_thaws_it(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with connect(db):
        pass
    assert gc.get_freeze_count() == 0
    earlier = _Node()  # alive when the run starts: frozen, skipped by the releases' collections
    run = Writer(str(db), release_seconds=0)
    run.freeze_heap()
    try:
        assert gc.get_freeze_count() > 0
        inner = Writer(str(db))
        inner.freeze_heap()  # a heap frozen already is not frozen again
        inner.thaw()
        assert gc.get_freeze_count() > 0  # ... nor thawed by the writer that did not freeze it
        later = weakref.ref(_Node())  # the batches' cyclic garbage, made during the run, is still freed
        run.con.execute("SELECT 1")
        run.release_if_due()
        assert later() is None
    finally:
        run.close()
        run.thaw()
    assert gc.get_freeze_count() == 0
    assert earlier.me is earlier
    with Writer(str(db)) as plain:  # a writer outside a run freezes nothing
        assert gc.get_freeze_count() == 0
        plain.con.execute("SELECT 1")


def test_fast_and_full_compression_store_the_same_rows_and_compact_recompresses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the file's encoding differs: the rows read back are the same, the fast file is the larger,
    and `cases compact` writes its copy with every method (DICT_FSST back in the text columns)."""
    from warehouse.compact import compact

    texts = [f"第{i}条:社区党建案例正文,居民议事会每月召开{i % 7}次,“红色管家”服务{i}户。" * 8 for i in range(30_000)]
    sizes, rows = {}, {}
    for mode in ("fast", "full"):
        monkeypatch.setenv("CASES_WRITER_COMPRESSION", mode)
        db = tmp_path / f"{mode}.duckdb"
        with connect(db):  # the schema, as a run's start brings it
            pass
        with Writer(str(db)) as writer:
            writer.con.execute("CREATE TABLE notes (id INTEGER, body VARCHAR)")
            writer.con.execute(
                "INSERT INTO notes SELECT i, t FROM (SELECT unnest(range(?)) AS i, unnest(?) AS t)", [len(texts), texts]
            )
        sizes[mode] = db.stat().st_size
        with connect(db, schema=False) as con:
            rows[mode] = con.execute("SELECT id, body FROM notes ORDER BY id").fetchall()
    assert rows["fast"] == rows["full"] and len(rows["fast"]) == len(texts)
    assert sizes["fast"] > sizes["full"]

    def methods(db: Path) -> set[str]:
        with connect(db, schema=False) as con:
            sql = "SELECT DISTINCT compression FROM pragma_storage_info('notes') WHERE column_name = 'body'"
            return {r[0] for r in con.execute(sql).fetchall()}

    assert "DICT_FSST" not in methods(tmp_path / "fast.duckdb")
    compact(tmp_path / "fast.duckdb")
    assert "DICT_FSST" in methods(tmp_path / "fast.duckdb")


def test_a_bad_compression_setting_is_named_before_the_run_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tasks.settings import check_run_settings

    monkeypatch.setenv("CASES_WRITER_COMPRESSION", "zstd")
    with pytest.raises(SettingError, match=r"\$CASES_WRITER_COMPRESSION must be one of fast, full, got 'zstd'"):
        check_run_settings()
    with pytest.raises(SettingError):
        Writer(str(tmp_path / "w.duckdb"))


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    from tasks.collector import paused

    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled(), "a caller that had it off keeps it off"
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), paused():
        raise RuntimeError("inside")
    assert gc.isenabled()
