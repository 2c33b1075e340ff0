"""Reference data in the warehouse: the `regions` table from the vendored gazetteer.

Checked at the start of each run, and loaded only when the gazetteer's files changed: their size,
mtime and sha256 are stored in `sources` (kind `reference`), so a run over a warehouse that has
them costs a stat per file and one query, not reading and indexing 44,703 divisions. The rows are
validated against contracts/regions.py like every other table before they are written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from contracts import TABLES
from tasks.collector import paused
from tasks.extract.gazetteer_files import GAZETTEER_DIR, GAZETTEER_FILES
from tasks.inputs import canonical_path
from warehouse.db import transaction
from warehouse.sources import prior_sources, source_frame


def region_frame() -> pd.DataFrame:
    """One row per division: code, level, name, parent, six-digit adcode and its named lineage."""
    from tasks.extract.regions import gazetteer  # the rules, only when `regions` is (re)loaded

    gz = gazetteer()
    rows = []
    for p in gz.places.values():
        parent = p.county_code or p.city_code or (p.province_code if p.level != "province" else None)
        city = gz.name_of(p.city_code or (p.code if p.level == "city" else None))
        if city == "市辖区":
            city = gz.name_of(p.province_code)
        elif city in ("县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            city = None
        county_code = p.county_code or (p.code if p.level == "county" else None)
        adcode = {
            "province": p.code + "0000",
            "city": p.code + "00",
            "county": p.code,
            "street": p.county_code or "",
        }[p.level]
        rows.append(
            {
                "code": p.code,
                "level": p.level,
                "name": p.name,
                "parent_code": parent,
                "adcode": adcode,
                "province": gz.name_of(p.province_code),
                "city": city,
                "county": gz.name_of(county_code),
            }
        )
    frame = pd.DataFrame(rows, columns=list(TABLES["regions"].schema().columns))
    return TABLES["regions"].schema().validate(frame)


def _file_rows(directory: Path, names: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for name in names:
        path = directory / name
        st = path.stat()
        rows.append(
            {
                "uri": canonical_path(path),
                "kind": "reference",
                "size": st.st_size,
                "mtime_ns": st.st_mtime_ns,
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "article_id": None,
                "extractor_version": None,
            }
        )
    return rows


def _unchanged_by_stat(con: duckdb.DuckDBPyConnection, directory: Path, names: tuple[str, ...]) -> bool:
    stored = prior_sources(con, [canonical_path(directory / n) for n in names])
    for name in names:
        st = (directory / name).stat()
        row = stored.get(canonical_path(directory / name))
        if row is None or (row[0], row[1]) != (st.st_size, st.st_mtime_ns):
            return False
    return True


def ensure_regions(con: duckdb.DuckDBPyConnection, run_id: str = "reference", directory: Path = GAZETTEER_DIR) -> int:
    """Load `regions` when empty or when the gazetteer files changed; returns rows written (0: current)."""
    [(n,)] = con.execute("SELECT count(*) FROM regions").fetchall()
    if n and _unchanged_by_stat(con, directory, GAZETTEER_FILES):
        return 0  # a stat per file and one query
    files = _file_rows(directory, GAZETTEER_FILES)
    stored = prior_sources(con, [f["uri"] for f in files])
    same_bytes = all(stored.get(f["uri"], (None, None, None))[2] == f["sha256"] for f in files)
    with paused():  # 44,703 places built at once, none of them garbage (tasks/collector.py: why)
        frame = None if (n and same_bytes) else region_frame()
    with transaction(con):
        if frame is not None:
            con.execute("DELETE FROM regions")
            con.register("_regions", frame)
            try:
                con.execute("INSERT INTO regions BY NAME SELECT * FROM _regions")
            finally:
                con.unregister("_regions")
        con.register("_files", source_frame(files, run_id))  # with the regions, in their transaction
        try:
            con.execute("INSERT OR REPLACE INTO sources BY NAME SELECT * FROM _files")
        finally:
            con.unregister("_files")
    return 0 if frame is None else len(frame)
