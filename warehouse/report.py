"""`cases report`: one self-contained HTML file on the warehouse's data quality, read at a glance.

Runs over time with their pass rates, what each run did with its inputs, the checks that fail most,
why rows were quarantined, why inputs failed, and how complete the key fields are. The data comes from
warehouse/report_data.py, the charts are inline SVG from warehouse/charts.py (no CDN, no script needed
to see them), the page is the Jinja2 template templates/report.html.j2. A few lines of inline JS add
nothing but a self-check (`<body data-charts-drawn>`: marks the browser laid out with a size), which
the browser test reads. Read-only: works on any warehouse no run is writing at that moment.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from markupsafe import Markup

from warehouse.charts import Bar, hbar_chart, legend, vbar_chart
from warehouse.db import write_atomically
from warehouse.html_page import render_page
from warehouse.report_data import MAX_RUNS, report_data

COLOURS = {
    "pass": "#2e7d32",
    "warn": "#f9a825",
    "fail": "#c62828",
    "error": "#c62828",
    "warning": "#f9a825",
    "loaded": "#2e7d32",
    "unchanged": "#90a4ae",
    "quarantined": "#ef6c00",
    "failed": "#c62828",
    "none": "#b0bec5",
}
RUN_COUNTS = ("n_inputs", "n_articles", "n_unchanged", "n_quarantined", "n_failed", "n_errors", "n_warnings")
INPUT_OUTCOMES = (
    ("n_articles", "loaded"),
    ("n_unchanged", "unchanged"),
    ("n_quarantined", "quarantined"),
    ("n_failed", "failed"),
)


def short_ids(run_ids: list[str], least: int = 8) -> dict[str, str]:
    """The shortest prefix (at least `least` characters) that tells every shown run apart."""
    width = least
    while len({i[:width] for i in run_ids}) < len(set(run_ids)) and width < max(map(len, run_ids)):
        width += 1
    return {i: i[:width] for i in run_ids}


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _coverage_colour(share: float | None) -> str:
    if share is None:
        return COLOURS["none"]
    return COLOURS["pass"] if share >= 0.9 else (COLOURS["warn"] if share >= 0.6 else COLOURS["fail"])


def _run_tip(r: dict[str, Any]) -> str:
    return (
        f"run {r['run_id']} ({r['flow_name']}) {r['started_at']}: {r['status'] or 'check'}; "
        f"pass rate {pct(r['pass_rate'])}, {r['n_errors'] or 0} errors, {r['n_warnings'] or 0} warnings"
    )


def charts(data: dict[str, Any], short: dict[str, str]) -> dict[str, Markup]:
    """Every chart and legend of the page, as SVG/HTML ready to embed."""
    runs = data["runs"]
    labels = [str(r["started_at"])[5:16] if r["started_at"] else short[r["run_id"]] for r in runs]
    pass_cols = [
        [
            Bar(
                r["run_id"],
                (r["pass_rate"] if r["pass_rate"] is not None else 1.0) * 100,
                COLOURS.get(r["dq_status"] or "none", COLOURS["none"]),
                _run_tip(r),
            )
        ]
        for r in runs
    ]
    input_cols = [
        [
            Bar(name, r[key] or 0, COLOURS[name], f"run {short[r['run_id']]}: {r[key] or 0} {name}")
            for key, name in INPUT_OUTCOMES
        ]
        for r in runs
    ]
    top = [
        Bar(
            f"{c['table_name']}.{c['check_name']}",
            c["n"],
            COLOURS[c["severity"]],
            f"{c['table_name']}.{c['check_name']} ({c['severity']}): {c['n']} failures in {c['runs']} runs, "
            f"last {c['last_seen']}",
        )
        for c in data["top_checks"]
    ]
    quarantined = [
        Bar(q["reason"], q["n"], COLOURS["quarantined"], f"{q['reason']}: {q['n']} articles")
        for q in data["quarantined"]
    ]
    failed = [
        Bar(f["reason"], f["n"], COLOURS["failed"], f"{f['reason']}: {f['n']} inputs") for f in data["failed_inputs"]
    ]
    coverage = [
        Bar(
            c["field"],
            (c["share"] or 0) * 100,
            _coverage_colour(c["share"]),
            f"{c['field']} ({c['column']}): "
            + ("column not in this warehouse" if c["n"] is None else f"{c['n']} of {data['n_articles']} articles"),
        )
        for c in data["coverage"]
    ]
    status_legend = [
        ("pass", COLOURS["pass"]),
        ("warnings only", COLOURS["warn"]),
        ("errors or run failed", COLOURS["fail"]),
    ]
    drawn = {
        "status_legend": legend(status_legend),
        "pass_rate": vbar_chart("pass-rate", pass_cols, labels, vmax=100, axis="{:.0f}%"),
        "inputs_legend": legend([(name, COLOURS[name]) for _, name in INPUT_OUTCOMES]),
        "inputs": vbar_chart("inputs", input_cols, labels),
        "top_checks": hbar_chart("top-checks", top),
        "quarantine_reasons": hbar_chart("quarantine-reasons", quarantined),
        "failed_inputs": hbar_chart("failed-inputs", failed),
        "coverage": hbar_chart("coverage", coverage, vmax=100, fmt="{:.0f}%"),
    }
    return {name: Markup(svg) for name, svg in drawn.items()}


def render(data: dict[str, Any], db: str, generated_at: datetime | None = None) -> str:
    runs = data["runs"]
    short = short_ids([r["run_id"] for r in runs] + [f["run_id"] for f in data["recent_failures"]])
    last = runs[-1] if runs else None
    kpis = [
        ("articles", f"{data['n_articles']}"),
        ("quarantined articles", f"{data['n_quarantined_articles']}"),
        ("failed inputs", f"{data['counts'].get('fetch_failures', 0)}"),
        ("runs shown", f"{len(runs)}"),
        ("last run", f"{(last['status'] or 'check') if last else '–'} · {pct(last['pass_rate']) if last else '–'}"),
        ("runs with errors", f"{sum(1 for r in runs if r['dq_status'] == 'fail')} of {len(runs)}"),
    ]
    return render_page(
        "report.html.j2",
        data=data,
        db=db,
        generated_at=(generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        n_pipeline_runs=sum(1 for r in runs if r["status"]),
        max_runs=MAX_RUNS,
        kpis=kpis,
        charts=charts(data, short),
        short=short,
        run_counts=RUN_COUNTS,
        pct=pct,
        file_name=lambda uri: Path(uri).name if uri else "",
        data_json=Markup(json.dumps(data, ensure_ascii=False, default=str).replace("</", "<\\/")),
    )


def write_report(con: duckdb.DuckDBPyConnection, out: Path, db: str) -> dict[str, Any]:
    """Query, render and write the page whole (a refreshing browser never sees half of it); its data."""
    data = report_data(con)
    write_atomically(out, render(data, db))
    return data
