"""Waiting for something that is busy or not up yet: try now, then again after doubling pauses, until a deadline.

One policy, written once on tenacity, for every place that waits for another party: the warehouse
file held by another process (warehouse/db.py), the Prefect API coming up (flows/serve.py), runs
finishing before a stop. The last pause is cut short so that the final try happens at the deadline,
never after it: a caller asking for 10 s gets an answer after 10 s, not 10 s plus a full pause.
"""

from __future__ import annotations

from typing import Any

from tenacity import AsyncRetrying, RetryCallState, Retrying, stop_after_delay, wait_exponential
from tenacity.retry import retry_base


def _policy(seconds: float, first: float, cap: float) -> dict[str, Any]:
    grow = wait_exponential(multiplier=first, max=cap)

    def pause(state: RetryCallState) -> float:
        return max(0.0, min(grow(state), seconds - state.seconds_since_start))

    return {"stop": stop_after_delay(seconds), "wait": pause, "reraise": True}


def until_deadline(seconds: float, *, first: float, cap: float, retry: retry_base, **options: Any) -> Retrying:
    """Call through the result: `until_deadline(10, first=0.1, cap=5, retry=...)(fn, *args)`.

    Tries at 0, first, 3·first, 7·first, … (each pause doubling, at most `cap`) while `retry` says so
    and `seconds` have not passed; then the last exception is raised as it was (`reraise`), or, for a
    result-based `retry`, `options["retry_error_callback"]` decides what to return.
    """
    return Retrying(retry=retry, **_policy(seconds, first, cap), **options)


def until_deadline_async(
    seconds: float, *, first: float, cap: float, retry: retry_base, **options: Any
) -> AsyncRetrying:
    """`until_deadline` for coroutines: `await until_deadline_async(...)(coro_fn, *args)`."""
    return AsyncRetrying(retry=retry, **_policy(seconds, first, cap), **options)
