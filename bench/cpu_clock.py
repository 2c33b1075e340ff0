"""CPU seconds per named step, for the bench tools that wrap a module's functions to see where a pass goes
(bench.worker's stages, bench.read_side's reader steps). `time.process_time`, steadier than wall time on a
shared machine; the wrapper's own cost is a few calls per page, negligible beside the steps it times."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

Clock = dict[str, float]


def timed(clock: Clock, name: str | Callable[..., str], fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, adding its CPU time to `clock[name]` (or to `clock[name(*args)]` when `name` is a function of the args)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            key = name(*args) if callable(name) else name
            clock[key] += time.process_time() - started

    return wrapper
