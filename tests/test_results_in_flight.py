"""The writer's results in flight are bounded in inputs, not batches (flows/workers.py, OrderedBatches):
batches that grow from 200 to 400 pages must not double the pages the writer holds."""

from __future__ import annotations

from typing import Any

import pytest

from flows import DEFAULT_BATCH_SIZE
from flows.workers import OrderedBatches, in_flight_bounds


def most_out(sizes: list[int], workers: int = 2) -> tuple[int, int, list[int]]:
    """Submit batches of `sizes` (run in this process); the most batches and inputs out while the writer
    takes a result (after each submit's waits), and the results in the order they came back."""
    batches, inputs = in_flight_bounds(workers)
    pool = OrderedBatches(lambda job: job, None, batches, inputs_in_flight=inputs)  # type: ignore[arg-type]
    most_batches = most_inputs = 0
    back: list[Any] = []
    for k, size in enumerate(sizes):
        back += [result for result, _ in pool.submit(k, None, inputs=size)]
        most_batches = max(most_batches, pool.batches_out())
        most_inputs = max(most_inputs, pool._inputs_out)
    back += [result for result, _ in pool.drain()]
    assert pool.batches_out() == 0 and pool._inputs_out == 0
    return most_batches, most_inputs, back


def test_batches_of_400_keep_fewer_out_than_batches_of_200() -> None:
    at_200 = most_out([200] * 20)
    at_400 = most_out([400] * 20)
    assert at_200[:2] == (3, 600), "batches of 200: as before (four out when the oldest is waited for)"
    assert at_400[:2] == (2, 800), "batches of 400: one fewer out, not twice the pages"
    assert at_400[0] < at_200[0]
    assert at_200[2] == at_400[2] == list(range(20)), "results in submission order, none lost"


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_never_fewer_than_a_batch_per_worker_plus_one(workers: int) -> None:
    batches, inputs = in_flight_bounds(workers)
    assert batches == workers + 1 and inputs == 2 * workers * DEFAULT_BATCH_SIZE
    # batches far larger than the budget: each worker still has one, and one waits for whichever finishes first
    most_batches, _, back = most_out([5 * inputs] * 10, workers)
    assert most_batches == workers, "out while the writer takes one: one computing per worker"
    assert back == list(range(10))


def test_small_tail_batches_may_be_more_but_hold_no_more_inputs() -> None:
    _, most_inputs, back = most_out([400] * 5 + [200, 200, 100, 100, 100, 100])
    assert most_inputs <= 2 * 2 * DEFAULT_BATCH_SIZE
    assert back == list(range(11))


def test_without_an_input_bound_batches_are_counted() -> None:
    pool = OrderedBatches(lambda job: job, None, 4)  # type: ignore[arg-type]
    outs = []
    for k in range(6):
        pool.submit(k, None, inputs=400)
        outs.append(pool.batches_out())
    assert max(outs) == 3
