"""Numbers read from the environment ($CASES_WORKERS, $CASES_WRITER_THREADS, …): one way to read them,
so a bad value is named plainly before a run starts instead of failing as a bare ValueError mid-run."""

from __future__ import annotations

import os


class SettingError(ValueError):
    """An environment setting that is not a positive number; the message names it and its value."""


def positive_setting(name: str, default: float, kind: type[int] | type[float]) -> float:
    """$name as a positive `kind`, or `default` when it is unset or empty."""
    given = os.environ.get(name)
    if not given:
        return default
    try:
        value = kind(given)
    except ValueError:
        value = 0
    if value <= 0:
        raise SettingError(f"${name} must be a positive {kind.__name__}, got {given!r}")
    return value


# The numeric settings a run reads (where: flows/workers.py, warehouse/load.Writer). The CLI checks them
# all before the flow starts, so a typo is one plain line, not a failed flow run with a traceback.
RUN_SETTINGS: dict[str, type[int] | type[float]] = {
    "CASES_WORKERS": int,
    "CASES_WRITER_THREADS": int,
    "CASES_WRITER_RELEASE_SECONDS": float,
}


def check_run_settings() -> None:
    """Raise SettingError for the first run setting that is set but not a positive number."""
    for name, kind in RUN_SETTINGS.items():
        positive_setting(name, 1, kind)
