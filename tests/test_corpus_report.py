"""`cases report --corpus` over the seed warehouse, opened in a real headless Chromium."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.png import luminance_variance, read_png
from warehouse.browser import browse, find_browser
from warehouse.corpus_report import CHARTS

HEIGHT = 3600


@pytest.fixture(scope="module")
def corpus_page(seed_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "corpus.html"
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "report", "--corpus", "--db", str(seed_warehouse), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "cases from" in done.stdout
    return out


def test_every_chart_has_marks_and_its_sql(corpus_page: Path, seed_warehouse: Path) -> None:
    from warehouse import open_warehouse

    page = corpus_page.read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|img|link|iframe)[^>]+(?:src|href)=["']?(?:https?:)?//""", page), "no network"
    with open_warehouse(seed_warehouse) as con:
        for chart in CHARTS:
            assert f'data-chart="{chart.chart_id}"' in page, chart.chart_id
            assert f'data-mark="{chart.chart_id}"' in page, f"{chart.chart_id} has no marks"
            shown = re.search(rf'<pre data-sql="{chart.chart_id}">(.*?)</pre>', page, flags=re.S).group(1)
            sql = html.unescape(shown)
            assert sql == chart.sql
            rows = con.execute(sql).fetchall()  # the SQL under the chart is what drew it
            drawn = rows if chart.kind == "vbar" else rows[:20]  # ranked charts show the top 20
            assert len(re.findall(rf'data-mark="{chart.chart_id}"', page)) == len([r for r in drawn if r[1]])
    for text in ("四川省", "红色物业", "个", "canonical cases"):
        assert text in page, text


def test_corpus_report_without_a_warehouse_exits_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "report", "--corpus", "--db", str(tmp_path / "none.duckdb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "no warehouse" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.browser
@pytest.mark.skipif(
    find_browser() is None, reason="no Chromium on PATH: apt-get install chromium (.ci/run does, as root)"
)
def test_corpus_charts_are_drawn_in_a_real_browser(corpus_page: Path, tmp_path: Path) -> None:
    png_path = tmp_path / "corpus.png"
    dom = browse(corpus_page, screenshot=png_path, height=HEIGHT)
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert int(re.search(r'data-charts="(\d+)"', body).group(1)) == len(CHARTS)
    n_marks = len(re.findall(r"<rect data-mark=", corpus_page.read_text(encoding="utf-8")))
    assert int(re.search(r'data-charts-drawn="(\d+)"', body).group(1)) == n_marks > 20
    boxes = json.loads(re.search(r"data-chart-boxes=\"([^\"]*)\"", body).group(1).replace("&quot;", '"'))
    png = read_png(png_path)
    assert png[:2] == (1280, HEIGHT)
    for box in boxes:
        assert box["w"] > 100 and box["h"] > 20, box
        assert box["y"] + box["h"] <= HEIGHT, f"{box['chart']} below the screenshot: raise HEIGHT"
        variance = luminance_variance(png, box["x"], box["y"], box["w"], box["h"])
        assert variance > 50, f"chart {box['chart']} looks blank in the screenshot (variance {variance:.1f})"
    # A blank stretch of the page has no variance: the measure tells drawn from empty.
    assert luminance_variance(png, 0, HEIGHT - 40, 1280, 30) < 5
