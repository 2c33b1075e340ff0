"""Inputs that are not plain readable files: each ends as a recorded failure with its reason, fast.

Real FIFOs, a real symlink to /dev/zero, a real folder without permissions. Tests run as root here,
and root reads any folder whatever its mode; the flow test therefore runs `cases ingest` under
`setpriv --bounding-set=-dac_override,-dac_read_search` (still uid 0, but without the capabilities
that let root ignore file modes), so a `chmod 000` folder is as unreadable as for any user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tasks.inputs import list_inputs, read_bounded, read_source
from tasks.pipeline import process_batch
from tasks.records import Failure
from tests.conftest import ROOT, SEEDS, query

SEED = SEEDS / "000_48b2992bbe46c692.txt"


@pytest.mark.timeout(30)
def test_fifo_device_link_and_oversize_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)  # nobody writes to it: a blocking open or read would hang here
    zero = tmp_path / "zero.html"
    zero.symlink_to("/dev/zero")  # stat().st_size is 0: a size check before reading lets it through
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)

    fifo_failure = read_source(str(fifo))
    assert isinstance(fifo_failure, Failure)
    assert (fifo_failure.reason, "FIFO" in (fifo_failure.detail or "")) == ("not a regular file", True)
    zero_failure = read_source(str(zero))
    assert isinstance(zero_failure, Failure) and "character device" in (zero_failure.detail or "")
    too_big = read_bounded(str(big), limit=4999)
    assert isinstance(too_big, Failure) and too_big.reason == "input too large"
    assert read_bounded(str(big), limit=5000) == b"x" * 5000


@pytest.mark.timeout(30)
def test_listing_records_what_it_cannot_take(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    os.mkfifo(folder / "pipe.html")
    (folder / "zero.html").symlink_to("/dev/zero")
    (folder / "elsewhere").symlink_to(SEEDS, target_is_directory=True)
    through_file = str(folder / "good.txt" / "x.html")  # a path component that is a file
    batch = process_batch(list_inputs([str(folder), through_file, "/dev/null"]))
    reasons = {Path(f.source_uri).name: (f.reason, f.detail) for f in batch.failures}
    assert [a.source_uri for a in batch.articles] == [str(folder / "good.txt")]
    assert reasons["pipe.html"][0] == reasons["zero.html"][0] == reasons["null"][0] == "not a regular file"
    assert reasons["x.html"][0] == "not found" and "is a file" in reasons["x.html"][1]
    assert reasons["elsewhere"][0] == "symlinked folder not followed"


def deep_page(depth: int) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip())
    return (
        f"<html><head><meta charset='utf-8'></head><body>{'<div>' * depth}{paragraphs}{'</div>' * depth}</body></html>"
    )


@pytest.mark.timeout(30)
def test_a_page_over_the_parse_budget_is_refused_fast(tmp_path: Path) -> None:
    """200k nested divs (2.2 MB) took about 100 s of CPU to parse; the budget check refuses them in well under 1 s."""
    deep, fine = tmp_path / "deep.html", tmp_path / "fine.html"
    deep.write_text(deep_page(200_000), encoding="utf-8")
    fine.write_text(deep_page(5_000), encoding="utf-8")
    started = time.process_time()
    batch = process_batch([str(deep), str(fine)])
    assert time.process_time() - started < 5
    assert [a.source_uri for a in batch.articles] == [str(fine)]
    (failure,) = batch.failures
    assert (failure.stage, failure.reason) == ("parse", "over the parse budget")
    assert "200002 deep" in (failure.detail or "")


@pytest.fixture
def unprivileged_cases(prefect_api: None) -> object:
    """Run `cases …` in a process without root's file-mode override, against the test session's Prefect API."""
    from prefect.settings import PREFECT_API_URL

    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to drop root's file capabilities")
    env = {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}
    cases = str(Path(sys.executable).parent / "cases")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", cases, *args]
        return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)

    return run


@pytest.mark.timeout(300)
def test_ingest_records_every_hostile_input_and_goes_on(tmp_path: Path, db: Path, unprivileged_cases) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    os.mkfifo(folder / "pipe.html")
    (folder / "zero.html").symlink_to("/dev/zero")
    (folder / "deep.html").write_text(deep_page(200_000), encoding="utf-8")
    walked = folder / "locked"
    walked.mkdir()
    shutil.copy(SEED, walked / "hidden.txt")
    named = tmp_path / "named-locked"
    named.mkdir()
    shutil.copy(SEED, named / "hidden.txt")
    walked.chmod(0)
    named.chmod(0)
    try:
        done = unprivileged_cases("ingest", str(folder), str(named), "--db", str(db))
    finally:
        walked.chmod(0o755)
        named.chmod(0o755)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "permission denied" in done.stdout
    failures = dict(query(db, "SELECT url, reason FROM fetch_failures"))
    assert failures == {
        str(folder / "deep.html"): "over the parse budget",
        str(folder / "pipe.html"): "not a regular file",
        str(folder / "zero.html"): "not a regular file",
        str(walked): "permission denied",
        str(named): "permission denied",
    }
    assert query(db, "SELECT status, n_inputs, n_articles, n_failed FROM runs") == [("COMPLETED", 6, 1, 5)]
    again = unprivileged_cases("ingest", str(folder / "good.txt"), "--db", str(db))
    assert again.returncode == 0, "the lock was released: the next run gets it"
