"""The run's batches: sizes that grow on large corpora, then step down at the very end, the same for any
number of workers (flows/batching.py)."""

from __future__ import annotations

import pytest

from flows.batching import GROW_AFTER, GROWN_BATCH_SIZE, TAIL_WORKERS, BatchSizes
from flows.ingest import _last_marked
from warehouse.sources import Plan


def sizes_of(schedule: BatchSizes, blocks: list[int]) -> list[int]:
    """The batch sizes `schedule` cuts from blocks of these lengths (the last block marked last)."""
    out: list[int] = []
    for k, n in enumerate(blocks):
        out += [len(b) for b in schedule.cut([str(i) for i in range(n)], last=k == len(blocks) - 1)]
    return out


@pytest.mark.parametrize("n", [0, 1, 99, 200, 399, 400, 401, 599, 1000, 1037])
def test_the_last_block_ends_in_half_batches_and_loses_nothing(n: int) -> None:
    items: list = [f"/in/{i}.txt" for i in range(n)]
    batches = list(BatchSizes.for_run(200).cut(items, last=True))
    assert [i for b in batches for i in b] == items, "every input once, in listing order"
    whole = [b for b in batches if len(b) == 200]
    assert batches[: len(whole)] == whole, "whole batches first"
    assert all(len(b) <= 100 for b in batches[len(whole) :]), [len(b) for b in batches]
    assert n - 200 * len(whole) <= 2 * 200, "no more than two whole batches' worth go in halves"


def test_a_fixed_size_keeps_whole_batches_and_halves_only_the_tail() -> None:
    assert sizes_of(BatchSizes.for_run(200), [1000]) == [200, 200, 200, 100, 100, 100, 100]
    assert sizes_of(BatchSizes.for_run(200), [1000, 1000]) == [200] * 5 + [200, 200, 200, 100, 100, 100, 100]
    assert sizes_of(BatchSizes.for_run(3), [18]) == [3, 3, 3, 3, 2, 2, 2]
    assert BatchSizes.for_run(250).describe() == 250


def test_the_default_grows_after_the_first_inputs_and_steps_down_at_the_end() -> None:
    schedule = BatchSizes.for_run(None)
    assert schedule.describe() == f"auto: 200, {GROWN_BATCH_SIZE} after {GROW_AFTER:,} inputs"
    # 10,000 inputs in one block: 2,000 in batches of 200, then 400s, then 200s and 100s at the end
    sizes = sizes_of(schedule, [10_000])
    assert sum(sizes) == 10_000
    assert sizes[:10] == [200] * 10 and sizes[10] == 400
    assert sizes[-6:] == [200, 200, 100, 100, 100, 100], sizes[-8:]
    assert max(sizes) == 400 and len(sizes) < 52 / 1.5, "about half the task runs of fixed 200s"
    # a run of a few hundred inputs is cut exactly as before
    assert sizes_of(BatchSizes.for_run(None), [1000]) == sizes_of(BatchSizes.for_run(200), [1000])


def test_growth_counts_inputs_across_blocks_and_every_block_boundary_is_kept() -> None:
    schedule = BatchSizes.for_run(None)
    sizes = sizes_of(schedule, [1500, 1500, 1500])
    assert sum(sizes) == 4500 and schedule.sent == 4500
    assert sizes[:8] == [200] * 7 + [100], "the first block: 1,400 in 200s, the block's rest"
    assert 400 in sizes[8:], "grown once 2,000 inputs are sent, in the second block"


@pytest.mark.parametrize("bad", [0, -5])
def test_a_batch_size_below_one_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        BatchSizes.for_run(bad)


def test_the_split_does_not_depend_on_the_workers_of_the_run() -> None:
    # the ingest flow passes a constant, not --workers: the same batches, so the same warehouse, for any N
    assert isinstance(TAIL_WORKERS, int) and TAIL_WORKERS >= 2


def test_blocks_are_marked_last_once() -> None:
    blocks = [(Plan([], {}, []), [str(k)]) for k in range(3)]
    assert [last for *_, last in _last_marked(blocks)] == [False, False, True]
    assert list(_last_marked([])) == []
