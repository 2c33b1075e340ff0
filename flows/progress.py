"""Progress of a long run: a rich bar on a terminal, one log line per batch otherwise.

The bar shows pages done, pages/s, the ETA when the number of inputs is known, and loaded /
quarantined / failed so far. Without a terminal (a deployment, CI, a pipe) each batch logs one line
through the flow run's logger, so the run's log in Prefect reads the same.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from prefect import get_run_logger


class RunProgress:
    """`started`: when the run began (`time.monotonic()`), default when the bar opens. Why a run passes
    it: its first block of inputs is planned (a stat each) before the bar opens, and a rate counted
    from the opening gave an unchanged re-run millions of pages a second."""

    def __init__(
        self,
        flow_name: str,
        total: int | None = None,
        *,
        terminal: bool | None = None,
        started: float | None = None,
    ) -> None:
        self.flow_name, self.total = flow_name, total
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self._bar: Any = None
        self._task: Any = None
        self._given_start = started
        self._started = time.monotonic() if started is None else started

    def __enter__(self) -> RunProgress:
        if self._given_start is None:
            self._started = time.monotonic()
        if self.terminal:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} pages/s"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[counts]}"),
                transient=False,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task(self.flow_name, total=self.total, rate="-", counts="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def advance(self, done: int, counts: Any) -> None:
        """`done`: inputs finished so far; `counts`: running totals (loaded, unchanged, quarantined, failed)."""
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = done / elapsed
        shown = f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}"  # a small run's 0.3 pages/s is not 0
        summary = (
            f"loaded {counts.loaded} · unchanged {counts.unchanged} · "
            f"quarantined {counts.quarantined} · failed {counts.failed}"
        )
        if self._bar is not None:
            self._bar.update(self._task, completed=done, rate=shown, counts=summary)
            return
        of = f"/{self.total}" if self.total else ""
        get_run_logger().info("%s: %d%s pages done, %s pages/s; %s", self.flow_name, done, of, shown, summary)
