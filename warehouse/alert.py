"""One run's alert as a typed record: built once per cause, rendered for people (text, markdown) and machines.

Why a record and not a dict: the same alert leaves through five sinks (log, file, webhook, apprise,
Prefect) and is built from three places (a run's data-quality record, a `cases check`, a Prefect state);
a dataclass keeps their fields and the event name from drifting apart.

Event names say what failed, most serious first: the run itself (`cases.run.failed`), a data contract
(`cases.contract.failed`), or inputs that could not be fetched, read or parsed (`cases.fetch.failed`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_RUN_FAILED = "cases.run.failed"
EVENT_CONTRACT_FAILED = "cases.contract.failed"
EVENT_FETCH_FAILED = "cases.fetch.failed"
ALERT_EVENTS = (EVENT_RUN_FAILED, EVENT_CONTRACT_FAILED, EVENT_FETCH_FAILED)

# The counts a run's alert reports, in the order people read them.
COUNT_NAMES = ("inputs", "articles", "unchanged", "quarantined", "failed", "error_failures", "warning_failures")
_FINE = ("COMPLETED", "RUNNING")


@dataclass(frozen=True)
class Alert:
    run_id: str
    status: str  # the run's state: COMPLETED, FAILED, CRASHED, ...
    reasons: tuple[str, ...]
    db_path: str | None = None
    flow_name: str | None = None
    error: str | None = None
    deployment_id: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    top_checks: tuple[dict[str, Any], ...] = ()
    sample_failures: tuple[dict[str, Any], ...] = ()
    sample_quarantined: tuple[dict[str, Any], ...] = ()
    sample_failed_inputs: tuple[dict[str, Any], ...] = ()

    @property
    def event(self) -> str:
        if self.status not in _FINE:
            return EVENT_RUN_FAILED
        if self.counts.get("error_failures") or self.top_checks or self.sample_failures:
            return EVENT_CONTRACT_FAILED
        if self.counts.get("failed") or self.sample_failed_inputs:
            return EVENT_FETCH_FAILED
        return EVENT_CONTRACT_FAILED

    @property
    def title(self) -> str:
        flow = f" ({self.flow_name})" if self.flow_name else ""
        return f"grassroots-cases alert: run {self.run_id}{flow} {self.status}"

    def text(self) -> str:
        """A short message for a person in a chat or a mail: what happened, how much, where to look."""
        lines = [f"{self.title}: " + "; ".join(self.reasons)]
        if self.counts:
            lines.append(", ".join(f"{k.replace('_', ' ')} {self.counts[k]}" for k in COUNT_NAMES if k in self.counts))
        if self.error:
            lines.append(f"error: {' '.join(self.error.split())[:300]}")
        if self.top_checks:
            lines.append("top checks: " + ", ".join(_check_label(t) for t in self.top_checks[:3]))
        for failed in self.sample_failed_inputs[:3]:
            lines.append(f"failed input {failed.get('url')}: {failed.get('reason')}")
        for quarantined in self.sample_quarantined[:3]:
            lines.append(f"quarantined {quarantined.get('source_uri')}: {str(quarantined.get('reason'))[:200]}")
        if self.db_path:
            lines.append(f"warehouse {self.db_path}: SELECT * FROM dq_failures WHERE run_id = '{self.run_id}'")
        return "\n".join(lines)

    def summary_line(self) -> str:
        """One log line (the log sink); `DATA-QUALITY ALERT` is what operators grep for."""
        c = self.counts
        counts = (
            " | "
            + ", ".join(f"{k} {c.get(k, '?')}" for k in ("inputs", "articles", "unchanged", "quarantined", "failed"))
            if c
            else ""
        )
        top = ", ".join(_check_label(t) for t in self.top_checks[:3])
        return (
            f"DATA-QUALITY ALERT run {self.run_id} ({self.status}): "
            + "; ".join(self.reasons)
            + counts
            + (f" | top checks: {top}" if top else "")
        )

    def markdown(self) -> str:
        """The Prefect artifact: the counts, the top checks and sample rows as tables."""
        lines = [
            f"# Data-quality alert: run `{self.run_id}`",
            "",
            f"**Status** {self.status} — " + "; ".join(self.reasons),
            "",
        ]
        if self.error:
            lines += [f"**Error** `{self.error[:500]}`", ""]
        if self.counts:
            run_counts = any(k in self.counts for k in COUNT_NAMES[:5])
            names = list(COUNT_NAMES) if run_counts else [k for k in COUNT_NAMES if k in self.counts]
            lines += [
                "| " + " | ".join(n.replace("_", " ") for n in names) + " |",
                "|" + "---:|" * len(names),
                "| " + " | ".join(str(self.counts.get(n, "")) for n in names) + " |",
                "",
            ]
        if self.top_checks:
            lines += ["## Top failing checks", "", "| table | check | column | severity | n |"]
            lines += ["|---|---|---|---|---:|"]
            lines += [
                f"| {t['table_name']} | `{t['check_name']}` | {t.get('column_name') or ''} | {t['severity']} "
                f"| {t['n']} |"
                for t in self.top_checks
            ]
            lines.append("")
        if self.sample_failures:
            lines += [
                "## Sample failing rows",
                "",
                "| table | row | column | check | value | source |",
                "|---|---|---|---|---|---|",
            ]
            lines += [
                f"| {s['table_name']} | `{s['row_key']}` | {s.get('column_name') or ''} | `{s['check_name']}` | "
                f"{_md(s.get('failure_case'))} | {_md(s.get('source_uri'))} |"
                for s in self.sample_failures
            ]
            lines.append("")
        if self.sample_failed_inputs:
            lines += ["## Failed inputs", "", "| input | stage | reason |", "|---|---|---|"]
            lines += [f"| {_md(s['url'])} | {s['stage']} | {_md(s['reason'])} |" for s in self.sample_failed_inputs]
            lines.append("")
        lines.append(f"Warehouse `{self.db_path}` — `SELECT * FROM dq_failures WHERE run_id = '{self.run_id}'`")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        """The machine payload (file, webhook, apprise attachment): every field, the event and the text."""
        data = asdict(self)
        for key in ("reasons", "top_checks", "sample_failures", "sample_quarantined", "sample_failed_inputs"):
            data[key] = list(data[key])
        return {"event": self.event, **data, "text": self.text()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Alert:
        """The inverse of `to_json` (derived keys dropped): for tests and for re-sending journaled alerts."""
        known = {f for f in cls.__dataclass_fields__}
        kwargs = {k: v for k, v in data.items() if k in known}
        for key in ("reasons", "top_checks", "sample_failures", "sample_quarantined", "sample_failed_inputs"):
            if key in kwargs:
                kwargs[key] = tuple(kwargs[key] or ())
        kwargs["counts"] = dict(kwargs.get("counts") or {})
        return cls(**kwargs)


def _check_label(check: dict[str, Any]) -> str:
    return f"{check['table_name']}.{check['check_name']}×{check['n']}"


def _md(value: object) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")[:120]
