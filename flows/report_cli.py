"""`cases report` at the terminal: write the data-quality page (or `--corpus`), say where it is, exit code.

The pages are built in warehouse/ (report.py, corpus_report.py), which return data and raise errors;
what the user reads is printed here. `python -m flows.report_cli --screenshot F` also photographs the
page in headless Chromium (warehouse/browser.py), for the docs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

from flows.open_or_explain import connect_or_explain
from warehouse.browser import browse
from warehouse.corpus_report import corpus_data
from warehouse.corpus_report import render as render_corpus
from warehouse.db import WarehouseBusy, connect, db_path, write_atomically
from warehouse.report import write_report


def report_command(db: str | None, out: str | None, *, wait: float = 10.0) -> int:
    """`cases report`: 0 written, 2 no warehouse or it is busy."""
    target = db_path(db)
    path = Path(out).expanduser() if out else target.parent / "report.html"
    try:
        with connect(target, read_only=True, wait_seconds=wait) as con:
            data = write_report(con, path, str(target))
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


def corpus_report_command(db: str | None, out: str | None, *, wait: float = 10.0) -> int:
    """`cases report --corpus`: 0 written, 2 no warehouse or it is busy."""
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
    write_atomically(path, render_corpus(data, str(target)))
    k = data["kpis"]
    print(f"cases report: wrote {path}")
    print(f"  {k['cases']} cases from {k['provinces']} provinces, {k['figures']} figures, {k['copies']} copies")
    print(f"  open it: file://{path.resolve()}")
    return 0


def main() -> int:
    """python -m flows.report_cli [--db D] [--out F] [--screenshot docs/report.png]"""
    parser = argparse.ArgumentParser(description="write the report; optionally screenshot it in headless Chromium")
    parser.add_argument("--db")
    parser.add_argument("--out")
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    code = report_command(args.db, args.out)
    if code == 0 and args.screenshot:
        page = Path(args.out) if args.out else db_path(args.db).parent / "report.html"
        browse(page, screenshot=args.screenshot, height=1900)
        print(f"  screenshot: {args.screenshot}")
    return code


if __name__ == "__main__":
    sys.exit(main())
