"""Reference data in the warehouse: the `regions` table from the vendored gazetteer.

Loaded at the start of each run, and only when what is stored differs from the vendored files (row
count and a checksum of the codes), so a run over a warehouse that has it costs one query. The rows
are validated against contracts/regions.py like every other table before they are written.
"""

from __future__ import annotations

import hashlib

import duckdb
import pandas as pd

from contracts import TABLES
from tasks.extract.regions import gazetteer
from warehouse.db import transaction


def region_frame() -> pd.DataFrame:
    """One row per division: code, level, name, parent, six-digit adcode and its named lineage."""
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


def _fingerprint(codes: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(codes)).encode()).hexdigest()


def ensure_regions(con: duckdb.DuckDBPyConnection) -> int:
    """Load `regions` when missing or stale; returns the rows written (0 when already current)."""
    vendored = list(gazetteer().places)
    n, digest = con.execute(
        "SELECT count(*), coalesce(sha256(string_agg(code, chr(10) ORDER BY code)), '') FROM regions"
    ).fetchone()
    if n == len(vendored) and digest == _fingerprint(vendored):
        return 0
    frame = region_frame()
    with transaction(con):
        con.execute("DELETE FROM regions")
        con.register("_regions", frame)
        try:
            con.execute("INSERT INTO regions BY NAME SELECT * FROM _regions")
        finally:
            con.unregister("_regions")
    return len(frame)
