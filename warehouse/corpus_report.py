"""`cases report --corpus`: what the cases are about, one self-contained HTML page for researchers.

Where the cases come from (provinces, ranked bars: no map data with a licence that allows shipping it
was at hand), when (years, months), what about (themes, named practices, measures), the figures they
give by unit, and how many are copies of another. Every chart shows the SQL it was drawn from, so a
reader can rerun it with `cases sql` or in a notebook (`open_warehouse()`). Charts are inline SVG
from small functions (warehouse/report.py draws the bars); the page is a Jinja2 template, no network.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from warehouse.report import _CSS, Bar, hbar_chart, vbar_chart

TEMPLATES = Path(__file__).parent / "templates"
TOP = 20
PALETTE = {"place": "#1565c0", "time": "#00897b", "topic": "#6a1b9a", "figure": "#ef6c00", "copy": "#546e7a"}


@dataclass(frozen=True)
class Chart:
    """One chart: its SQL (shown under it) returns (label, n) rows, drawn as ranked or time-ordered bars."""

    chart_id: str
    title: str
    hint: str
    sql: str
    kind: str = "hbar"  # hbar: ranked, labels left; vbar: in label order (time)
    colour: str = PALETTE["topic"]


CHARTS = [
    Chart(
        "provinces",
        "Cases by province",
        "Canonical cases (copies left out) by the province the extractor placed them in.",
        """SELECT coalesce(province, '(not placed)') AS label, count(*) AS n
FROM v_cases GROUP BY ALL ORDER BY n DESC, label LIMIT 40""",
        colour=PALETTE["place"],
    ),
    Chart(
        "years",
        "Cases by year of publication",
        "Every year from the first case to the last; cases without a date are counted apart (KPI above).",
        """WITH y AS (SELECT year, count(*) AS n FROM v_cases WHERE year IS NOT NULL GROUP BY ALL),
     span AS (SELECT unnest(range(min(year), max(year) + 1)) AS year FROM y)
SELECT CAST(span.year AS VARCHAR) AS label, coalesce(y.n, 0) AS n
FROM span LEFT JOIN y USING (year) ORDER BY label""",
        kind="vbar",
        colour=PALETTE["time"],
    ),
    Chart(
        "months",
        "Cases by month",
        "Every month from the first case to the last, empty months included.",
        """WITH m AS (SELECT date_trunc('month', date) AS month, count(*) AS n FROM v_cases
           WHERE date IS NOT NULL GROUP BY ALL),
     span AS (SELECT unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS month FROM m)
SELECT strftime(span.month, '%Y-%m') AS label, coalesce(m.n, 0) AS n
FROM span LEFT JOIN m USING (month) ORDER BY label""",
        kind="vbar",
        colour=PALETTE["time"],
    ),
    Chart(
        "themes",
        "Cases by theme",
        "A case counts once under each of its themes (seeds/themes.csv keywords).",
        """SELECT theme AS label, count(*) AS n
FROM v_cases, unnest(themes) AS t(theme) GROUP BY ALL ORDER BY n DESC, label LIMIT 25""",
    ),
    Chart(
        "brands",
        "Named practices (brands) in most cases",
        "Quoted names of practices and slogans (brands.term), by the number of cases that use them.",
        """SELECT b.term AS label, count(DISTINCT b.article_id) AS n
FROM brands b JOIN v_cases c USING (article_id)
GROUP BY ALL ORDER BY n DESC, sum(b.count) DESC, label LIMIT 20""",
    ),
    Chart(
        "measures",
        "Names in measure headings",
        "Quoted names inside the headings of numbered measures (practices.heading), by number of cases.",
        """SELECT name AS label, count(DISTINCT p.article_id) AS n
FROM practices p JOIN v_cases c USING (article_id),
     unnest(regexp_extract_all(p.heading, '[“"]([^”"]{2,20})[”"]', 1)) AS q(name)
GROUP BY ALL ORDER BY n DESC, label LIMIT 20""",
    ),
    Chart(
        "measures-per-case",
        "Measures per case",
        "How many numbered or run-in measures (practices) a case describes.",
        """SELECT CAST(n_practices AS VARCHAR) AS label, count(*) AS n
FROM v_cases GROUP BY n_practices ORDER BY n_practices""",
        kind="vbar",
        colour=PALETTE["topic"],
    ),
    Chart(
        "units",
        "Figures by unit",
        "Figures quoted in the cases (v_facts), by canonical unit.",
        """SELECT coalesce(unit, '(no unit)') AS label, count(*) AS n
FROM v_facts GROUP BY ALL ORDER BY n DESC, label LIMIT 20""",
        colour=PALETTE["figure"],
    ),
    Chart(
        "copies",
        "Cases and their copies",
        "Canonical cases beside the copies (mirrors, re-publications) that point at them, by site and script.",
        """SELECT 'canonical cases' AS label, count(*) AS n FROM v_cases
UNION ALL
SELECT 'copies: ' || coalesce(regexp_extract(source_uri, '^https?://([^/]+)', 1), 'local file')
       || ' (' || script_original || ')' AS label, count(*) AS n
FROM v_duplicates GROUP BY ALL ORDER BY n DESC""",
        colour=PALETTE["copy"],
    ),
]

KPIS = """SELECT
    (SELECT count(*) FROM v_cases) AS cases,
    (SELECT count(DISTINCT province) FROM v_cases) AS provinces,
    (SELECT count(*) FROM v_cases WHERE date IS NULL) AS undated,
    (SELECT min(year) FROM v_cases) AS first_year,
    (SELECT max(year) FROM v_cases) AS last_year,
    (SELECT count(*) FROM v_facts) AS figures,
    (SELECT sum(n_practices) FROM v_cases) AS measures,
    (SELECT count(*) FROM v_duplicates) AS copies"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def draw(chart: Chart, rows: list[tuple[Any, ...]]) -> str:
    """The chart's SVG from its (label, n) rows."""
    if chart.kind == "vbar":
        columns = [[Bar(str(label), float(n), chart.colour, f"{label}: {n}")] for label, n in rows]
        return vbar_chart(chart.chart_id, columns, [str(label) for label, _ in rows], width=560, height=190)
    bars = [Bar(str(label), float(n), chart.colour, f"{label}: {n}") for label, n in rows[:TOP]]
    return hbar_chart(chart.chart_id, bars)


def corpus_data(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    cur = con.execute(KPIS)
    kpis = dict(zip([d[0] for d in cur.description], cur.fetchall()[0], strict=True))
    charts = []
    for chart in CHARTS:
        rows = _rows(con, chart.sql)
        charts.append({"chart": chart, "rows": rows, "svg": Markup(draw(chart, rows))})
    return {"kpis": kpis, "charts": charts}


def render(data: dict[str, Any], db: str, generated_at: datetime | None = None) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("corpus.html.j2")
    return template.render(
        data=data,
        db=db,
        css=Markup(_CSS),
        generated_at=(generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
    )


def corpus_report_command(db: str | None, out: str | None, *, wait: float = 10.0) -> int:
    """`cases report --corpus`: 0 written, 2 no warehouse or it is busy."""
    from warehouse.db import connect_or_explain, db_path, write_atomically

    target = db_path(db)
    path = Path(out).expanduser() if out else target.parent / "corpus.html"
    if (con := connect_or_explain("report", target, wait_seconds=wait)) is None:
        return 2
    try:
        with con:
            data = corpus_data(con)
    except duckdb.Error as exc:
        print(f"cases report: {exc}", file=sys.stderr)
        return 2
    write_atomically(path, render(data, str(target)))
    k = data["kpis"]
    print(f"cases report: wrote {path}")
    print(f"  {k['cases']} cases from {k['provinces']} provinces, {k['figures']} figures, {k['copies']} copies")
    print(f"  open it: file://{path.resolve()}")
    return 0
