"""`cases report`: a self-contained HTML file over a real warehouse, opened in a real headless Chromium."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pages import corrupt_inputs
from warehouse.browser import browse, find_browser

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


def _run(status: str | None, inputs: int, failed: int, dq: str | None) -> dict[str, object]:
    return {"status": status, "n_inputs": inputs, "n_failed": failed, "dq_status": dq}


def test_a_run_that_went_wrong_is_never_green() -> None:
    from warehouse.report_data import run_health

    assert run_health(_run("COMPLETED", 5, 0, "pass")) == "pass"
    assert run_health(_run("COMPLETED", 3, 3, "pass")) == "fail", "every input failed: nothing was checked"
    assert run_health(_run("COMPLETED", 0, 0, None)) is None, "a run with nothing to do is no colour"
    assert run_health(_run("COMPLETED", 5, 1, "pass")) == "warn"
    assert run_health(_run("CANCELLED", 5, 0, "pass")) == "warn"
    assert run_health(_run("CRASHED", 5, 0, "pass")) == "fail"
    assert run_health(_run("COMPLETED", 5, 1, "fail")) == "fail"
    assert run_health(_run(None, 0, 0, "warn")) == "warn", "a `cases check` keeps its own status"


def test_run_ids_are_shown_by_a_prefix_that_tells_them_apart() -> None:
    from warehouse.report import short_ids

    scheduled = ["f1e2d3c4-0000-4000-8000-000000000001", "f1e2d3c4-0000-4000-8000-000000000002"]
    other = "0a1b2c3d-aaaa-4bbb-8ccc-dddddddddddd"
    short = short_ids([*scheduled, other])
    assert len(set(short.values())) == 3 and all(full.startswith(short[full]) for full in short)
    assert short[scheduled[0]] != short[scheduled[1]], "ids sharing their first 8 characters are told apart"
    assert short_ids([other]) == {other: "0a1b2c3d"}, "8 characters when they suffice"


def test_the_run_table_shows_short_ids_and_the_full_id_on_hover(report: Path) -> None:
    page = report.read_text(encoding="utf-8")
    hovered = re.findall(r"<code title='([0-9a-f-]{36})'>([0-9a-f-]+)</code>", page)
    assert hovered and all(full.startswith(short) and len(short) >= 8 for full, short in hovered)
