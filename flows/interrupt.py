"""Ctrl-C and SIGTERM end a run promptly and cleanly: the run's own `finally` blocks do the rest.

Python turns SIGINT into KeyboardInterrupt, but SIGTERM (what `kill`, systemd, Docker and CI send)
ends the process without running any `finally`: the `runs` row stayed RUNNING. Inside `signals()`
both raise `Interrupted` (a KeyboardInterrupt naming the signal) in the main thread (inside a flow
run Prefect raises its own TerminationSignal for SIGTERM), so the run records itself CANCELLED with
its counts so far, releases the warehouse lock and exits; a second signal falls back to the default
behaviour (immediate end), for a user who insists.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """The run was stopped by a signal; `signame` says which."""

    def __init__(self, signame: str) -> None:
        super().__init__(signame)
        self.signame = signame


def interruption(exc: BaseException) -> str | None:
    """The signal that ended a run (`SIGINT`, `SIGTERM`), or None when `exc` is no interruption.

    Inside a flow run Prefect handles SIGTERM itself and raises its TerminationSignal; outside,
    `signals()` raises Interrupted; a bare KeyboardInterrupt is Ctrl-C.
    """
    from prefect.exceptions import TerminationSignal

    seen: BaseException | None = exc
    for _ in range(10):  # a library may turn it into its own error (DuckDB: "Query interrupted")
        if seen is None:
            break
        if isinstance(seen, Interrupted):
            return seen.signame
        if isinstance(seen, TerminationSignal):
            return signal.Signals(seen.signal).name
        if isinstance(seen, KeyboardInterrupt):
            return "SIGINT"
        seen = seen.__cause__ or seen.__context__
    return _received[-1] if _received else None


_received: list[str] = []  # signals that arrived inside signals(), in order


@contextmanager
def _handlers(make: Callable[[Any], Any]) -> Iterator[None]:
    """For the body, SIGINT and SIGTERM go to `make(previous handler)`; restored after. Main thread only."""
    try:
        previous = {s: signal.getsignal(s) for s in HANDLED}
        for s, handler in previous.items():
            signal.signal(s, make(handler))
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


@contextmanager
def signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into `Interrupted` for the body (main thread only; elsewhere a no-op)."""

    def stop(signum: int, frame: FrameType | None) -> None:
        _received.append(signal.Signals(signum).name)
        for s in HANDLED:  # the next signal ends the process at once
            signal.signal(s, signal.SIG_DFL if s == signal.SIGTERM else signal.default_int_handler)
        raise Interrupted(signal.Signals(signum).name)

    with _handlers(lambda previous: stop):
        yield


@contextmanager
def noted() -> Iterator[None]:
    """Inside a flow run: note SIGINT/SIGTERM as they arrive, then let the installed handler act.

    Prefect's own SIGTERM handler raises TerminationSignal, but a library in the middle of a call may
    turn that into its own error (DuckDB: "Query interrupted"); the note still tells the run why it
    ended. Prefect's handling (cancellation of deployment runs) is left as it is.
    """

    def wrap(previous: Any) -> Any:
        def note(signum: int, frame: FrameType | None) -> None:
            _received.append(signal.Signals(signum).name)
            if callable(previous):
                previous(signum, frame)
            elif signum == signal.SIGINT:
                raise KeyboardInterrupt
            else:
                raise Interrupted(signal.Signals(signum).name)

        return note

    with _handlers(wrap):
        yield
