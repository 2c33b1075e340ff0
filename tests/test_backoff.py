"""The one waiting policy (tasks/backoff.py): doubling pauses, the last cut to end at the deadline."""

from __future__ import annotations

import time

import pytest
from tenacity import retry_if_exception_type, retry_if_result

from tasks.backoff import until_deadline


class Busy(Exception):
    pass


def test_tries_until_the_deadline_and_no_later_then_raises_the_last_error() -> None:
    tries: list[float] = []
    started = time.monotonic()

    def attempt() -> None:
        tries.append(time.monotonic() - started)
        raise Busy(f"try {len(tries)}")

    with pytest.raises(Busy, match="try 3"):
        until_deadline(2.0, first=0.8, cap=5.0, retry=retry_if_exception_type(Busy))(attempt)
    # Tries at 0, 0.8 and 2.0: the second pause (1.6) is cut to end at the deadline, not at 2.4.
    assert len(tries) == 3
    assert 0.75 <= tries[1] < 1.4 and 1.95 <= tries[2] < 2.3, tries


def test_other_errors_and_success_end_it_at_once() -> None:
    calls: list[int] = []

    def broken() -> None:
        calls.append(1)
        raise ValueError("not a busy signal")

    with pytest.raises(ValueError):
        until_deadline(5.0, first=0.1, cap=1.0, retry=retry_if_exception_type(Busy))(broken)
    assert len(calls) == 1
    answers = iter(["down", "down", None])
    waiting = until_deadline(5.0, first=0.01, cap=0.02, retry=retry_if_result(bool))
    assert waiting(lambda: next(answers)) is None


def test_a_zero_deadline_tries_once() -> None:
    calls: list[int] = []

    def attempt() -> str:
        calls.append(1)
        return "still down"

    last = until_deadline(
        0, first=0.1, cap=1.0, retry=retry_if_result(bool), retry_error_callback=lambda s: s.outcome.result()
    )(attempt)
    assert (last, len(calls)) == ("still down", 1)
