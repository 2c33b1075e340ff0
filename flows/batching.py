"""How a run cuts its inputs into task runs: batch sizes as the run goes, and a tail that ends together.

Every batch pays fixed costs (Prefect's task run around it in a worker, the job's and the result's
pickling, the writer's per-table appends and COMMIT), so large batches cost less CPU per page; but a
run's first batch and its tail wait on a whole batch, and a batch's pages and tables are in memory
at once. So, unless the user fixes a size, a run starts with batches of DEFAULT_BATCH_SIZE (a small run
stays as quick as before) and grows them to GROWN_BATCH_SIZE once GROW_AFTER inputs have gone out: a
large corpus pays the fixed costs half as often. At the very end the sizes step down (grown, then
first, then halves of first) so that the workers finish together.

Every size here depends only on the inputs and these numbers, never on the run's number of workers,
so every `--workers N` sends the same batches and writes the same warehouse.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from flows import DEFAULT_BATCH_SIZE

T = TypeVar("T")

# bench/batch_size.py, 10,000 generated pages, 2 workers, medians of 4 runs each at load 1.7-4 (2026-11-30):
# workers + writer 12.1 ms of CPU per page at 200 against 11.5 at 400 and 11.2 at 800 (the part of a batch
# outside `work_batch` is ~150 ms fixed plus ~1.4 ms a page); peak RSS per worker ~600 / ~730 / ~995 MiB.
# At 3,000 pages 400 was slower on the wall clock (first batch and tail twice as long): hence grow, not start, at 400.
GROWN_BATCH_SIZE = 400
GROW_AFTER = 2_000
# The run's last TAIL_WORKERS x batch-size inputs go in smaller batches (BatchSizes.cut: why). A constant,
# not the run's worker count: the batches, and so the warehouse, are the same for any --workers.
TAIL_WORKERS = 2


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of `size` (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


@dataclass
class BatchSizes:
    """A run's batch sizes: `first` until `grow_after` inputs are sent, then `grown` (the same when fixed)."""

    first: int = DEFAULT_BATCH_SIZE
    grown: int = GROWN_BATCH_SIZE
    grow_after: int = GROW_AFTER
    sent: int = 0

    @classmethod
    def for_run(cls, batch_size: int | None) -> BatchSizes:
        """The schedule for a `--batch-size`: None grows as above, a number is kept throughout."""
        if batch_size is None:
            return cls()
        if batch_size < 1:
            raise ValueError(f"batch size must be at least 1, got {batch_size}")
        return cls(batch_size, batch_size, 0)

    def describe(self) -> int | str:
        """What the run's parameters record: the fixed size, or the growing schedule."""
        if self.first == self.grown:
            return self.first
        return f"auto: {self.first}, {self.grown} after {self.grow_after:,} inputs"

    def cut(self, items: list[T], last: bool, workers: int = TAIL_WORKERS) -> Iterator[list[T]]:
        """`items` (one planned block) in batches. In the run's last block the sizes step down at the end:
        while more than `workers` x grown inputs are left, grown; then first; for the last `workers` x first,
        half of first.

        Why: the run ends when its slowest worker does. With whole batches to the end, one worker often sat
        idle for most of a batch (~1.7 s at 200 pages) while the other finished the last one; each step
        halves that for a batch or two more."""
        start = 0
        while start < len(items):
            left = len(items) - start
            size = self.first if self.sent < self.grow_after else self.grown
            if last:
                if size > self.first and left <= workers * size:
                    size = self.first
                if left <= workers * self.first:
                    size = max(1, (self.first + 1) // 2)
            chunk = items[start : start + size]
            start += len(chunk)
            self.sent += len(chunk)
            yield chunk
