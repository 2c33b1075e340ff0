"""The progress bar's rate counts from the run's start, not from the bar's opening."""

from __future__ import annotations

import io
import time

import pytest
from rich.console import Console

from flows.progress import RunProgress
from warehouse.load import LoadCounts


def _rate(progress: RunProgress) -> float:
    return float(progress._bar.tasks[0].fields["rate"])


def test_the_rate_counts_from_the_run_start_when_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run plans its first block (a stat per input) before the bar opens: 10,000 unchanged inputs
    settled at once were shown at millions of pages a second when the rate counted from the opening."""
    monkeypatch.setattr("rich.progress.get_console", lambda: Console(file=io.StringIO()))
    started = time.monotonic() - 10.0  # the run began 10 s ago
    with RunProgress("ingest", 10_000, terminal=True, started=started) as progress:
        progress.advance(10_000, LoadCounts(0, 10_000, 0, 0))
        assert 900 <= _rate(progress) <= 1_000  # 10,000 inputs in a little over 10 s


def test_without_a_start_the_rate_counts_from_the_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("rich.progress.get_console", lambda: Console(file=io.StringIO()))
    progress = RunProgress("ingest", 100, terminal=True)
    time.sleep(1.0)  # before the bar opens: not counted
    with progress:
        time.sleep(0.2)
        progress.advance(100, LoadCounts(100, 0, 0, 0))
        assert _rate(progress) > 150  # 100 inputs in 0.2 s (counted from creation: 1.2 s, under 84)


def test_a_slow_rate_keeps_a_decimal(monkeypatch: pytest.MonkeyPatch) -> None:
    """One page in three seconds is 0.3 pages/s, not 0."""
    monkeypatch.setattr("rich.progress.get_console", lambda: Console(file=io.StringIO()))
    with RunProgress("ingest", 1, terminal=True, started=time.monotonic() - 3.0) as progress:
        progress.advance(1, LoadCounts(1, 0, 0, 0))
        assert progress._bar.tasks[0].fields["rate"] == "0.3"
