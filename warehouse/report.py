"""`cases report`: one self-contained HTML file on the warehouse's data quality, read at a glance.

Runs over time with their pass rates, what each run did with its inputs, the checks that fail most,
why rows were quarantined, why inputs failed, and how complete the key fields are. Charts are inline
SVG drawn here (no CDN, no script needed to see them); a few lines of inline JS add nothing but a
self-check (`<body data-charts-drawn>`: marks the browser laid out with a size), which the browser
test reads. Read-only: works on any warehouse no run is writing at that moment.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from contracts import TABLES

MAX_RUNS = 40
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
COVERAGE_FIELDS = [  # (label, column of articles); columns a warehouse lacks are shown as not recorded
    ("title", "title"),
    ("publication date", "published_at"),
    ("region (province)", "province"),
    ("region code", "adcode"),
    ("author organisation", "author_org"),
    ("outlet", "source_outlet"),
]
_REASON = re.compile(r"(\w+)\.(\w+): ([A-Za-z_]+)")


# ---------------------------------------------------------------- data


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    cur = con.execute(query, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r["table_name"] for r in _rows(con, "SELECT table_name FROM information_schema.tables")}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {
        r["column_name"]
        for r in _rows(con, "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])
    }


def report_data(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    present = _tables(con)
    need = {"runs", "articles", "quarantine", "fetch_failures", "dq_runs", "dq_failures"}
    if not need <= present:
        missing = ", ".join(sorted(need - present))
        raise FileNotFoundError(f"not a cases warehouse (missing tables: {missing}); run `cases ingest` first")
    runs = _rows(
        con,
        f"""WITH dq AS (
              SELECT run_id, sum(rows_checked) AS rows_checked, sum(rows_failed) AS rows_failed,
                     sum(n_errors) AS n_errors, sum(n_warnings) AS n_warnings,
                     sum(rows_checked) FILTER (WHERE table_name = 'articles') AS articles_checked,
                     sum(rows_failed) FILTER (WHERE table_name = 'articles') AS articles_failed,
                     CASE WHEN sum(n_errors) > 0 THEN 'fail' WHEN sum(n_warnings) > 0 THEN 'warn' ELSE 'pass' END
                       AS dq_status,
                     min(checked_at) AS checked_at
              FROM dq_runs GROUP BY run_id)
            SELECT coalesce(r.run_id, dq.run_id) AS run_id, coalesce(r.flow_name, 'check') AS flow_name,
                   r.status, coalesce(r.started_at, dq.checked_at) AS started_at,
                   r.n_inputs, r.n_articles, r.n_unchanged, r.n_quarantined, r.n_failed,
                   dq.rows_checked, dq.rows_failed, dq.n_errors, dq.n_warnings, dq.dq_status,
                   dq.articles_checked, dq.articles_failed
            FROM runs r FULL OUTER JOIN dq USING (run_id)
            ORDER BY started_at DESC NULLS LAST LIMIT {MAX_RUNS}""",
    )
    runs.reverse()
    for r in runs:
        checked = r["articles_checked"] or 0  # the article is the unit a reader counts in
        r["pass_rate"] = None if not checked else 1 - (r["articles_failed"] or 0) / checked
        r["dq_status"] = run_health(r)
    top_checks = _rows(
        con,
        """SELECT table_name, check_name, severity, count(*) AS n, count(DISTINCT run_id) AS runs,
                  max(recorded_at) AS last_seen
           FROM dq_failures GROUP BY table_name, check_name, severity ORDER BY n DESC, table_name LIMIT 12""",
    )
    reasons: dict[str, int] = {}
    for row in _rows(con, "SELECT reason FROM quarantine WHERE table_name = 'articles'"):
        found = _REASON.findall(row["reason"] or "")
        key = f"{found[0][0]}.{found[0][1]}: {found[0][2]}" if found else (row["reason"] or "?")[:60]
        reasons[key] = reasons.get(key, 0) + 1
    quarantined = sorted(({"reason": k, "n": v} for k, v in reasons.items()), key=lambda x: (-x["n"], x["reason"]))
    failed_inputs = _rows(
        con, "SELECT stage || ': ' || reason AS reason, count(*) AS n FROM fetch_failures GROUP BY ALL ORDER BY n DESC"
    )
    article_cols = _columns(con, "articles")
    (n_articles,) = con.execute("SELECT count(*) FROM articles").fetchall()[0]
    coverage = []
    for label, column in COVERAGE_FIELDS:
        if column not in article_cols:
            coverage.append({"field": label, "column": column, "share": None, "n": None})
            continue
        (n,) = con.execute(f'SELECT count("{column}") FROM articles').fetchall()[0]
        coverage.append({"field": label, "column": column, "share": (n / n_articles) if n_articles else None, "n": n})
    recent = _rows(
        con,
        """SELECT run_id, table_name, check_name, column_name, severity, row_key, failure_case, source_uri
           FROM dq_failures ORDER BY recorded_at DESC, severity, table_name LIMIT 25""",
    )
    counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0] for name in TABLES if name in present}
    return {
        "runs": runs,
        "top_checks": top_checks,
        "quarantined": quarantined,
        "failed_inputs": failed_inputs,
        "coverage": coverage,
        "recent_failures": recent,
        "counts": counts,
        "n_articles": n_articles,
        "n_quarantined_articles": con.execute(
            "SELECT count(DISTINCT row_key) FROM quarantine WHERE table_name = 'articles'"
        ).fetchall()[0][0],
    }


# ---------------------------------------------------------------- SVG charts


@dataclass
class Bar:
    label: str
    value: float
    colour: str
    tip: str


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def hbar_chart(chart: str, bars: list[Bar], *, vmax: float | None = None, fmt: str = "{:.0f}", width: int = 560) -> str:
    """Horizontal bars with labels on the left: top checks, reasons, coverage."""
    if not bars:
        return f'<p class="empty" data-chart-empty="{_e(chart)}">Nothing recorded yet.</p>'
    label_w, row_h, pad = 230, 22, 6
    vmax = vmax or max(b.value for b in bars) or 1
    plot_w = width - label_w - 70
    height = len(bars) * row_h + pad * 2
    parts = [
        f'<svg class="chart" data-chart="{_e(chart)}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, b in enumerate(bars):
        y = pad + i * row_h
        w = max(1.0, plot_w * (b.value / vmax)) if b.value else 0
        label = b.label if len(b.label) <= 34 else b.label[:33] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="lbl">{_e(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{plot_w}" height="{row_h - 6}" class="track"/>')
        if w:
            parts.append(
                f'<rect data-mark="{_e(chart)}" data-value="{b.value:g}" x="{label_w}" y="{y + 3}" width="{w:.1f}" '
                f'height="{row_h - 6}" fill="{b.colour}"><title>{_e(b.tip)}</title></rect>'
            )
        parts.append(f'<text x="{label_w + plot_w + 6}" y="{y + 15}" class="val">{_e(fmt.format(b.value))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def vbar_chart(
    chart: str,
    columns: list[list[Bar]],
    labels: list[str],
    *,
    vmax: float | None = None,
    axis: str = "{:.0f}",
    width: int = 900,
    height: int = 200,
) -> str:
    """Vertical (stacked) bars, one column per run, oldest left."""
    if not columns:
        return f'<p class="empty" data-chart-empty="{_e(chart)}">No runs recorded yet.</p>'
    left, bottom, top = 44, 24, 8
    plot_w, plot_h = width - left - 8, height - bottom - top
    totals = [sum(b.value for b in col) for col in columns]
    vmax = vmax or max(totals) or 1
    step = plot_w / len(columns)
    bar_w = max(3.0, min(28.0, step * 0.7))
    parts = [
        f'<svg class="chart" data-chart="{_e(chart)}" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        parts.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" class="ax">{_e(axis.format(vmax * frac))}</text>'
        )
    every = max(1, len(columns) // 10)
    for i, col in enumerate(columns):
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h
        for b in col:
            h = plot_h * (b.value / vmax) if b.value else 0
            if h <= 0:
                continue
            y -= h
            parts.append(
                f'<rect data-mark="{_e(chart)}" data-value="{b.value:g}" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{max(h, 1):.1f}" fill="{b.colour}"><title>{_e(b.tip)}</title></rect>'
            )
        if i % every == 0 or i == len(columns) - 1:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle" class="ax">{_e(labels[i])}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _legend(items: list[tuple[str, str]]) -> str:
    return (
        '<div class="legend">'
        + "".join(f'<span><i style="background:{c}"></i>{_e(label)}</span>' for label, c in items)
        + "</div>"
    )


# ---------------------------------------------------------------- page


def run_health(run: dict[str, Any]) -> str | None:
    """A run's colour: its data-quality status, but never green when the run itself went wrong.

    A run that failed, or whose every input failed, is `fail` however clean the little it checked;
    one that lost some inputs or was interrupted is at best `warn`.
    """
    status, inputs, failed = run["status"], run["n_inputs"] or 0, run["n_failed"] or 0
    if status in ("FAILED", "CRASHED") or (failed and failed >= inputs):
        return "fail"
    if (failed or status == "CANCELLED") and run["dq_status"] in (None, "pass"):
        return "warn"
    return run["dq_status"]


def short_ids(run_ids: list[str], least: int = 8) -> dict[str, str]:
    """The shortest prefix (at least `least` characters) that tells every shown run apart."""
    width = least
    while len({i[:width] for i in run_ids}) < len(set(run_ids)) and width < max(map(len, run_ids)):
        width += 1
    return {i: i[:width] for i in run_ids}


def _run_id(run_id: str, short: dict[str, str]) -> str:
    """The distinct short id, the full one on hover."""
    return f"<code title='{_e(run_id)}'>{_e(short[run_id])}</code>"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def render(data: dict[str, Any], db: str, generated_at: datetime | None = None) -> str:
    generated_at = generated_at or datetime.now(UTC)
    runs = data["runs"]
    short = short_ids([r["run_id"] for r in runs] + [f["run_id"] for f in data["recent_failures"]])
    labels = [str(r["started_at"])[5:16] if r["started_at"] else short[r["run_id"]] for r in runs]

    def run_tip(r: dict[str, Any]) -> str:
        return (
            f"run {r['run_id']} ({r['flow_name']}) {r['started_at']}: {r['status'] or 'check'}; "
            f"pass rate {_pct(r['pass_rate'])}, {r['n_errors'] or 0} errors, {r['n_warnings'] or 0} warnings"
        )

    pass_cols = [
        [
            Bar(
                r["run_id"],
                (r["pass_rate"] if r["pass_rate"] is not None else 1.0) * 100,
                COLOURS.get(r["dq_status"] or "none", COLOURS["none"]),
                run_tip(r),
            )
        ]
        for r in runs
    ]
    input_cols = []
    for r in runs:
        col = []
        for key, name in (
            ("n_articles", "loaded"),
            ("n_unchanged", "unchanged"),
            ("n_quarantined", "quarantined"),
            ("n_failed", "failed"),
        ):
            value = r[key] or 0
            col.append(Bar(name, value, COLOURS[name], f"run {short[r['run_id']]}: {value} {name}"))
        input_cols.append(col)
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
    last = runs[-1] if runs else None
    ingest_runs = [r for r in runs if r["status"]]
    kpis = [
        ("articles", f"{data['n_articles']}"),
        ("quarantined articles", f"{data['n_quarantined_articles']}"),
        ("failed inputs", f"{data['counts'].get('fetch_failures', 0)}"),
        ("runs shown", f"{len(runs)}"),
        ("last run", f"{(last['status'] or 'check') if last else '–'} · {_pct(last['pass_rate']) if last else '–'}"),
        ("runs with errors", f"{sum(1 for r in runs if r['dq_status'] == 'fail')} of {len(runs)}"),
    ]
    run_rows = "".join(
        f"<tr class='{_e(r['dq_status'])}'><td>{_run_id(r['run_id'], short)}</td><td>{_e(r['flow_name'])}</td>"
        f"<td>{_e(str(r['started_at'])[:19])}</td><td>{_e(r['status'] or '–')}</td>"
        + "".join(
            f"<td class='n'>{_e('' if r[k] is None else r[k])}</td>"
            for k in ("n_inputs", "n_articles", "n_unchanged", "n_quarantined", "n_failed", "n_errors", "n_warnings")
        )
        + f"<td class='n'>{_pct(r['pass_rate'])}</td><td><b>{_e(r['dq_status'])}</b></td></tr>"
        for r in reversed(runs)
    )
    failure_rows = "".join(
        f"<tr class='{_e(f['severity'])}'><td>{_run_id(f['run_id'], short)}</td><td>{_e(f['table_name'])}</td>"
        f"<td><code>{_e(f['check_name'])}</code></td><td>{_e(f['column_name'] or '')}</td><td>{_e(f['severity'])}</td>"
        f"<td><code>{_e(f['row_key'])}</code></td><td>{_e((f['failure_case'] or '')[:80])}</td>"
        f"<td>{_e(Path(f['source_uri']).name if f['source_uri'] else '')}</td></tr>"
        for f in data["recent_failures"]
    )
    table_counts = " · ".join(f"{_e(k)} {v}" for k, v in data["counts"].items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data quality · grassroots-cases</title>
<style>{_CSS}</style></head>
<body data-charts-drawn="0">
<header><h1>Data quality</h1><p class="sub">warehouse <code>{_e(db)}</code> · generated
{_e(generated_at.strftime("%Y-%m-%d %H:%M UTC"))} · {len(ingest_runs)} pipeline runs and
{len(runs) - len(ingest_runs)} recorded checks shown (latest {MAX_RUNS})</p></header>
<section class="kpis">{"".join(f'<div class="kpi"><b>{_e(v)}</b><span>{_e(k)}</span></div>' for k, v in kpis)}</section>
<section><h2>Pass rate per run</h2>
<p class="hint">Share of the articles a run checked that passed every check (a warning counts as a
failure here); colour = the run's data-quality status over all tables, table-level checks included. A run
that checked no new article (all unchanged) is drawn at 100%.</p>
{_legend([("pass", COLOURS["pass"]), ("warnings only", COLOURS["warn"]), ("errors or run failed", COLOURS["fail"])])}
{vbar_chart("pass-rate", pass_cols, labels, vmax=100, axis="{:.0f}%")}</section>
<section><h2>What each run did with its inputs</h2>
{_legend([(k, COLOURS[k]) for k in ("loaded", "unchanged", "quarantined", "failed")])}
{vbar_chart("inputs", input_cols, labels)}</section>
<div class="grid2">
<section><h2>Top failing checks</h2><p class="hint">All runs; red = error (row quarantined), amber = warning
(row loaded).</p>{hbar_chart("top-checks", top)}</section>
<section><h2>Quarantined articles by reason</h2><p class="hint">First failed check of each quarantined
article (<code>quarantine.reason</code> has them all).</p>{hbar_chart("quarantine-reasons", quarantined)}
<h3>Failed inputs by reason</h3>{hbar_chart("failed-inputs", failed)}</section>
</div>
<section><h2>Coverage of key fields</h2><p class="hint">Share of the {data["n_articles"]} stored articles
with the field filled.</p>{hbar_chart("coverage", coverage, vmax=100, fmt="{:.0f}%")}</section>
<section><h2>Runs</h2><div class="scroll"><table><thead><tr><th>run</th><th>flow</th><th>started (UTC)</th>
<th>status</th><th>inputs</th><th>loaded</th><th>unchanged</th><th>quarantined</th><th>failed</th><th>errors</th>
<th>warnings</th><th>pass rate</th><th>dq</th></tr></thead><tbody>{run_rows}</tbody></table></div></section>
<section><h2>Latest failures</h2><div class="scroll"><table><thead><tr><th>run</th><th>table</th><th>check</th>
<th>column</th><th>severity</th><th>row</th><th>value</th><th>source</th></tr></thead><tbody>{failure_rows}</tbody>
</table></div><p class="hint">More: <code>cases sql "SELECT * FROM dq_failures ORDER BY recorded_at DESC"</code></p>
</section>
<footer>Rows per table: {table_counts}</footer>
<script type="application/json" id="report-data">{_json_for_html(data)}</script>
<script>{_JS}</script>
</body></html>
"""


def _coverage_colour(share: float | None) -> str:
    if share is None:
        return COLOURS["none"]
    return COLOURS["pass"] if share >= 0.9 else (COLOURS["warn"] if share >= 0.6 else COLOURS["fail"])


def _json_for_html(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, default=str).replace("</", "<\\/")


_JS = """
(function () {
  // Self-check only: count chart marks the browser laid out with a real size.
  var marks = document.querySelectorAll('svg [data-mark]'), drawn = 0;
  marks.forEach(function (m) { var b = m.getBBox(); if (b.width > 0 && b.height > 0) { drawn++; } });
  document.body.setAttribute('data-charts-drawn', String(drawn));
  document.body.setAttribute('data-charts', String(document.querySelectorAll('svg.chart').length));
})();
"""

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:1180px;
padding:18px 24px;color:#1f2933;background:#fafbfc}
h1{margin:0;font-size:24px}h2{font-size:17px;margin:0 0 4px}h3{font-size:14px;margin:14px 0 4px}
.sub,.hint{color:#5f6b7a;margin:2px 0 8px;font-size:12.5px}
section{background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:14px 16px;margin:12px 0}
.kpis{display:flex;gap:10px;flex-wrap:wrap;background:none;border:0;padding:0}
.kpi{background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:10px 14px;min-width:140px}
.kpi b{display:block;font-size:20px}.kpi span{color:#5f6b7a;font-size:12px}
.grid2{display:grid;grid-template-columns:1fr 1fr;gap:12px}.grid2 section{margin:0}
@media (max-width:1100px){.grid2{grid-template-columns:1fr}}
.chart{max-width:100%;height:auto;display:block}.chart .lbl{font-size:11.5px;fill:#33404d}
.chart .val,.chart .ax{font-size:10.5px;fill:#5f6b7a}.chart .track{fill:#f0f3f6}.chart .grid{stroke:#e3e8ee}
.legend{display:flex;gap:14px;font-size:12px;color:#5f6b7a;margin:4px 0}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.empty{color:#8a96a3;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:12.5px}th,td{padding:4px 6px;border-bottom:1px solid #eef1f4;
text-align:left;white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.fail td:last-child,tr.error td:nth-child(5){color:#c62828}
tr.warn td:last-child,tr.warning td:nth-child(5){color:#b7791f}
.scroll{overflow-x:auto;max-height:360px}footer{color:#8a96a3;font-size:12px;margin:10px 0 30px}
"""


# ---------------------------------------------------------------- a real browser (tests, docs screenshot)

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    import shutil

    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def browse(
    page: Path, *, screenshot: Path | None = None, width: int = 1280, height: int = 2000, timeout: float = 90.0
) -> str:
    """Open `page` in headless Chromium: the DOM after its scripts ran, and a PNG when asked."""
    import subprocess
    import tempfile

    browser = find_browser()
    if browser is None:
        raise FileNotFoundError("no Chromium on PATH (Debian: apt-get install chromium)")
    url = page.resolve().as_uri()
    with tempfile.TemporaryDirectory(prefix="cases-chromium-") as profile:
        base = [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"]
        dom = subprocess.run([*base, "--dump-dom", url], capture_output=True, text=True, timeout=timeout, check=True)
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*base, f"--screenshot={screenshot}", url], capture_output=True, timeout=timeout, check=True)
    return dom.stdout


# ---------------------------------------------------------------- command


def write_report(con: duckdb.DuckDBPyConnection, out: Path, db: str) -> dict[str, Any]:
    from warehouse.db import write_atomically

    data = report_data(con)
    write_atomically(out, render(data, db))
    return data


def report_command(db: str | None, out: str | None, *, wait: float = 10.0) -> int:
    """`cases report`: 0 written, 2 no warehouse or it is busy."""
    from warehouse.db import WarehouseBusy, connect, db_path

    target = db_path(db)
    path = Path(out).expanduser() if out else target.parent / "report.html"
    try:
        con = connect(target, read_only=True, wait_seconds=wait)
        try:
            data = write_report(con, path, str(target))
        finally:
            con.close()
    except (FileNotFoundError, WarehouseBusy, duckdb.Error) as exc:
        print(f"cases report: {exc}", file=sys.stderr)
        return 2
    n_fail = sum(1 for r in data["runs"] if r["dq_status"] == "fail")
    print(f"cases report: wrote {path}")
    print(
        f"  {len(data['runs'])} runs ({n_fail} with errors), {data['n_articles']} articles, "
        f"{data['n_quarantined_articles']} quarantined"
    )
    print(f"  open it: file://{path.resolve()}")
    return 0


if __name__ == "__main__":  # python -m warehouse.report [--db D] [--out F] [--screenshot docs/report.png]
    import argparse

    parser = argparse.ArgumentParser(description="write the report; optionally screenshot it in headless Chromium")
    parser.add_argument("--db")
    parser.add_argument("--out")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    code = report_command(args.db, args.out)
    if code == 0 and args.screenshot:
        from warehouse.db import db_path

        page = Path(args.out) if args.out else db_path(args.db).parent / "report.html"
        browse(page, screenshot=args.screenshot, height=1900)
        print(f"  screenshot: {args.screenshot}")
    sys.exit(code)
