"""Helpers for comparing warehouses across runs: a small corpus of real pages, every table's rows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb

from contracts import TABLES
from tests.conftest import SEEDS
from tests.pages import GBK_PAGE, NAV_ONLY

# Columns that name the run or the clock: they differ between any two runs by design.
PER_RUN = {"run_id", "ingested_at", "checked_at", "started_at", "finished_at", "recorded_at", "failed_at", "parameters"}
PER_RUN |= {"db_path", "fetched_at", "quarantined_at"}


def make_pages(target: Path) -> Path:
    """Seed pages, variants of them (figures changed), a GBK page, an empty file, a navigation page."""
    target.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, target / seed.name)
        text = seed.read_text(encoding="utf-8")
        for k in (1, 2):
            variant = re.sub(r"(\d+)个", lambda m, k=k: f"{int(m.group(1)) + k}个", text, count=3)
            (target / f"{seed.stem}_v{k}.txt").write_text(variant + f"\n第{k}版。", encoding="utf-8")
    (target / "gbk.html").write_bytes(GBK_PAGE.encode("gbk"))
    (target / "nav.html").write_text(NAV_ONLY, encoding="utf-8")
    (target / "empty.txt").write_bytes(b"")
    return target


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows (sorted), without the columns that differ run to run."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for name in TABLES:
            cols = [c.name for c in TABLES[name].columns() if c.name not in PER_RUN]
            # a quarantined row's payload is the whole row, its run and time included
            listed = ", ".join(f'"{c}"' if c != "payload" else "json_extract(payload, '$.body')" for c in cols)
            out[name] = sorted(con.execute(f"SELECT {listed} FROM {name}").fetchall(), key=repr)
        return out
    finally:
        con.close()
