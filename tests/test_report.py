"""`cases report`: a self-contained HTML file over a real warehouse, opened in a real headless Chromium."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages import corrupt_inputs
from warehouse.report import browse, find_browser

pytestmark = pytest.mark.usefixtures("prefect_api")

CHARTS = ("pass-rate", "inputs", "top-checks", "quarantine-reasons", "failed-inputs", "coverage")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, prefect_api: None) -> Path:
    """Two real runs (clean seeds, then corrupted inputs) and the report written by the real CLI."""
    from flows.ingest import ingest

    root = tmp_path_factory.mktemp("report")
    db = root / "cases.duckdb"
    seeds = Path(__file__).resolve().parent.parent / "seeds" / "pages"
    ingest(paths=[str(seeds)], db=str(db))
    corrupt_inputs(root / "corrupt")
    ingest(paths=[str(root / "corrupt")], db=str(db))
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "report", "--db", str(db)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and "2 runs (1 with errors)" in done.stdout
    return root / "report.html"


def test_report_is_self_contained_with_every_chart(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"""<(?:script|img|link|iframe)[^>]+(?:src|href)=["']?(?:https?:)?//""", page), "no network"
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    for chart in CHARTS:
        assert f'data-chart="{chart}"' in page, chart
        assert f'data-mark="{chart}"' in page, f"{chart} has no marks"
    for text in ("published_not_in_future", "article_prose", "decode: empty input", "coverage", "Pass rate per run"):
        assert text in page, text


def test_report_without_a_warehouse_exits_2(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "report", "--db", str(tmp_path / "none.duckdb")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "no warehouse" in done.stderr and "Traceback" not in done.stderr


def _png_size(png: Path) -> tuple[int, int]:
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.browser
@pytest.mark.skipif(
    find_browser() is None, reason="no Chromium on PATH: apt-get install chromium (.ci/run does, as root)"
)
def test_report_charts_are_drawn_in_a_real_browser(report: Path, tmp_path: Path) -> None:
    png = tmp_path / "report.png"
    dom = browse(report, screenshot=png)
    page = report.read_text(encoding="utf-8")
    n_marks = len(re.findall(r"<rect data-mark=", page))
    body = re.search(r"<body[^>]*>", dom).group(0)
    drawn = int(re.search(r'data-charts-drawn="(\d+)"', body).group(1))
    charts = int(re.search(r'data-charts="(\d+)"', body).group(1))
    assert charts == len(CHARTS)
    assert drawn == n_marks > 10, "every chart mark laid out with a size by the browser"
    assert _png_size(png) == (1280, 2000) and png.stat().st_size > 50_000
