"""The project's deployments, declared once: what `cases serve` registers and when it runs them.

`DEPLOYMENTS` says *what* runs (a flow, its default parameters); `seeds/schedules.toml` says *when*
(interval or cron, timezone, active), so an operator changes a schedule without touching code, and
`cases serve --interval/--cron` overrides it for one serving process.

A deployment whose flow module does not exist yet (its issue has not landed) is skipped with a note,
never an error: registering a new flow is one line in `DEPLOYMENTS` plus a table in schedules.toml.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from flows import PROJECT_ROOT

SCHEDULES_FILE = PROJECT_ROOT / "seeds" / "schedules.toml"


@dataclass(frozen=True)
class DeploymentSpec:
    name: str  # Prefect deployment name ("<flow>/<name>" in the UI), `runs.deployment`, the key in schedules.toml
    entrypoint: str  # "module:flow_object"
    description: str
    parameters: dict[str, Any] = field(default_factory=dict)
    sources_parameter: str | None = None  # the parameter `cases serve SOURCES ...` fills
    tags: tuple[str, ...] = ("grassroots-cases",)


DEPLOYMENTS: tuple[DeploymentSpec, ...] = (
    DeploymentSpec(
        "ingest-pages",
        "flows.ingest:ingest",
        "Load the saved pages (seeds/pages/ unless `cases serve SOURCES` says otherwise) into the warehouse.",
        sources_parameter="paths",
    ),
    DeploymentSpec("crawl-sources", "flows.crawl:crawl", "Fetch the sources in seeds/sources.toml and load new pages."),
    DeploymentSpec("check-nightly", "flows.check:check", "Re-check the whole warehouse against its contracts; alert."),
)


@dataclass(frozen=True)
class ScheduleSpec:
    interval: float | None = None
    cron: str | None = None
    timezone: str | None = None
    active: bool = True

    def describe(self) -> str:
        if self.interval is None and self.cron is None:
            return "on demand only (no schedule)"
        when = f"every {self.interval:g}s" if self.interval is not None else f"cron '{self.cron}'"
        tz = f" ({self.timezone})" if self.timezone else ""
        return when + tz + ("" if self.active else ", paused")

    def to_prefect(self) -> list[Any]:
        from prefect.schedules import Cron, Interval

        if self.cron is not None:
            return [Cron(self.cron, timezone=self.timezone, active=self.active)]
        if self.interval is not None:
            return [Interval(timedelta(seconds=self.interval), timezone=self.timezone, active=self.active)]
        return []


class ScheduleError(ValueError):
    """schedules.toml (or a command-line override) says something that cannot be a schedule."""


def schedules_file() -> Path:
    return Path(os.environ.get("CASES_SCHEDULES") or SCHEDULES_FILE)


def parse_schedule(name: str, raw: dict[str, Any]) -> ScheduleSpec:
    unknown = set(raw) - {"interval", "cron", "timezone", "active"}
    if unknown:
        raise ScheduleError(
            f"[{name}]: unknown key(s) {', '.join(sorted(unknown))}; use interval, cron, timezone, active"
        )
    if "interval" in raw and "cron" in raw:
        raise ScheduleError(f"[{name}]: give interval or cron, not both")
    interval = raw.get("interval")
    if interval is not None and (isinstance(interval, bool) or not isinstance(interval, int | float) or interval <= 0):
        raise ScheduleError(f"[{name}]: interval must be a positive number of seconds, not {interval!r}")
    cron = raw.get("cron")
    if cron is not None:
        check_cron(cron, name)
    timezone = raw.get("timezone")
    if timezone is not None:
        check_timezone(timezone, name)
    active = raw.get("active", True)
    if not isinstance(active, bool):
        raise ScheduleError(f"[{name}]: active must be true or false")
    return ScheduleSpec(float(interval) if interval is not None else None, cron, timezone, active)


def check_cron(expr: object, where: str = "--cron") -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=expr)
    except ValueError:  # pydantic's ValidationError is one
        raise ScheduleError(f"{where}: {expr!r} is not a cron expression (minute hour day month weekday)") from None


def check_timezone(tz: object, where: str) -> None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"[{where}]: unknown timezone {tz!r} (IANA name, e.g. Asia/Shanghai)") from None


def load_schedules(path: Path | None = None) -> dict[str, ScheduleSpec]:
    """The schedules file, validated; a deployment it does not mention runs on demand only."""
    path = path or schedules_file()
    if not path.exists():
        raise ScheduleError(f"no schedules file at {path}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleError(f"{path}: {exc}") from None
    known = {d.name for d in DEPLOYMENTS}
    strays = sorted(set(data) - known)
    if strays:
        raise ScheduleError(f"{path}: no deployment named {', '.join(strays)} (known: {', '.join(sorted(known))})")
    return {name: parse_schedule(name, raw) for name, raw in data.items()}


@dataclass
class Planned:
    spec: DeploymentSpec
    schedule: ScheduleSpec
    parameters: dict[str, Any]
    flow: Any = None  # the prefect Flow, None when skipped
    skipped: str | None = None  # why it is not served


def load_flow(entrypoint: str) -> Any:
    """The Flow object, or None when its module does not exist (yet). Other import errors propagate."""
    from prefect import Flow

    module_name, _, attr = entrypoint.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            return None
        raise
    obj = getattr(module, attr, None)
    return obj if isinstance(obj, Flow) else None


def plan(
    only: list[str] | None = None,
    interval: float | None = None,
    cron: str | None = None,
    sources: list[str] | None = None,
    schedules_path: Path | None = None,
    timezone: str | None = None,
) -> list[Planned]:
    """What `cases serve` would register: each deployment with its schedule, parameters and flow."""
    if interval is not None and cron is not None:
        raise ScheduleError("give --interval or --cron, not both")
    if interval is not None and interval <= 0:
        raise ScheduleError("--interval must be a positive number of seconds")
    if cron is not None:
        check_cron(cron)
    if timezone is not None:
        check_timezone(timezone, "--timezone")
    known = {d.name: d for d in DEPLOYMENTS}
    for name in only or []:
        if name not in known:
            raise ScheduleError(f"no deployment named {name!r} (known: {', '.join(known)})")
    schedules = load_schedules(schedules_path)
    out = []
    for spec in DEPLOYMENTS:
        if only and spec.name not in only:
            continue
        schedule = schedules.get(spec.name, ScheduleSpec())
        if interval is not None:
            schedule = ScheduleSpec(interval=float(interval), timezone=timezone)
        elif cron is not None:
            schedule = ScheduleSpec(cron=cron, timezone=timezone)
        parameters = dict(spec.parameters)
        if sources and spec.sources_parameter:
            parameters[spec.sources_parameter] = [str(Path(s).expanduser().resolve()) for s in sources]
        flow = load_flow(spec.entrypoint)
        skipped = None if flow is not None else f"{spec.entrypoint} does not exist yet"
        out.append(Planned(spec, schedule, parameters, flow, skipped))
    if sources and not any(p.spec.sources_parameter and not p.skipped for p in out):
        raise ScheduleError("SOURCES given, but no served deployment takes sources (ingest-pages does)")
    return out


def with_alert_hooks(flow: Any) -> Any:
    """The flow, with the alert hook on failure and crash unless the flow already carries it."""
    from flows.alerts import alert_failed_flow as hook

    def missing(hooks: list[Any]) -> list[Any]:
        return [] if hook in hooks else [hook]

    return flow.with_options(
        on_failure=[*flow.on_failure_hooks, *missing(flow.on_failure_hooks)],
        on_crashed=[*flow.on_crashed_hooks, *missing(flow.on_crashed_hooks)],
    )
