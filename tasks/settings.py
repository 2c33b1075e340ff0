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


# Run settings that name one of a few choices (the first is the default; where: warehouse/load.Writer, flows/spool.py).
RUN_CHOICES: dict[str, tuple[str, ...]] = {
    "CASES_WRITER_COMPRESSION": ("fast", "full"),
    "CASES_HANDOVER": ("files", "memory"),  # flows/spool.py
}


def choice_setting(name: str) -> str:
    """$name, one of RUN_CHOICES[name], or the first of them when it is unset or empty."""
    choices = RUN_CHOICES[name]
    given = os.environ.get(name) or choices[0]
    if given not in choices:
        raise SettingError(f"${name} must be one of {', '.join(choices)}, got {given!r}")
    return given


def check_run_settings() -> None:
    """Raise SettingError for the first run setting that is set but not a positive number or a known choice."""
    for name, kind in RUN_SETTINGS.items():
        positive_setting(name, 1, kind)
    for name in RUN_CHOICES:
        choice_setting(name)
