"""The run's batches: whole batches, then half batches at the very end, the same for any number of workers."""

from __future__ import annotations

import pytest

from flows.ingest import TAIL_WORKERS, _batches, _last_marked
from warehouse.sources import Plan


@pytest.mark.parametrize("n", [0, 1, 99, 200, 399, 400, 401, 599, 1000, 1037])
def test_the_last_block_ends_in_half_batches_and_loses_nothing(n: int) -> None:
    items: list = [f"/in/{i}.txt" for i in range(n)]
    batches = list(_batches(items, 200, last=True, workers=2))
    assert [i for b in batches for i in b] == items, "every input once, in listing order"
    whole = [b for b in batches if len(b) == 200]
    assert batches[: len(whole)] == whole, "whole batches first"
    assert all(len(b) <= 100 for b in batches[len(whole) :]), [len(b) for b in batches]
    assert n - 200 * len(whole) <= 2 * 200, "no more than two whole batches' worth go in halves"


def test_other_blocks_keep_whole_batches() -> None:
    items: list = [str(i) for i in range(1000)]
    assert [len(b) for b in _batches(items, 200, last=False, workers=2)] == [200] * 5
    assert [len(b) for b in _batches(items, 200, last=True, workers=2)] == [200, 200, 200, 100, 100, 100, 100]
    assert [len(b) for b in _batches(items[:18], 3, last=True, workers=2)] == [3, 3, 3, 3, 2, 2, 2]


def test_the_split_does_not_depend_on_the_workers_of_the_run() -> None:
    # the ingest flow passes a constant, not --workers: the same batches, so the same warehouse, for any N
    assert isinstance(TAIL_WORKERS, int) and TAIL_WORKERS >= 2


def test_blocks_are_marked_last_once() -> None:
    blocks = [(Plan([], {}, []), [str(k)]) for k in range(3)]
    assert [last for *_, last in _last_marked(blocks)] == [False, False, True]
    assert list(_last_marked([])) == []
