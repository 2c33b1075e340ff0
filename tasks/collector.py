"""The cyclic garbage collector paused while a process builds long-lived objects.

Why: loading modules or a table of tens of thousands of records allocates objects that all live on,
none of them garbage. With the collector on, each growth of the heap by a quarter triggers a full
collection that walks everything made so far: in the `cases` process, four full collections while
the CLI imported pandas, the contracts and Prefect's engine (~0.25 s of CPU per run) and two more
while the gazetteer was turned into `regions` rows on a new warehouse (~0.27 s).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; the collector's state before is restored after (a caller that
    had it off keeps it off). The objects made inside are collected as usual afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
