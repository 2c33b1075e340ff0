"""`cases export`: write the case views and tables to Parquet, CSV, JSON Lines or Excel, with a data dictionary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def cmd_export(args: argparse.Namespace) -> int:
    import duckdb

    from flows.open_or_explain import connect_or_explain
    from warehouse.export import export, relations

    if (con := connect_or_explain("export", args.db, wait_seconds=args.wait)) is None:
        return 2
    out = Path(args.out)
    try:
        with con:
            names = relations(con, table=args.table, view=args.view)
            done = export(con, args.format, out, names)
    except (ValueError, duckdb.Error, OSError) as exc:
        print(f"cases export: {exc}", file=sys.stderr)
        return 2
    width = max(len(d.name) for d in done)
    for d in done:
        print(f"  {d.name:{width}}  {d.rows:>8} rows  → {d.path}")
        for note in d.notes:
            print(f"  {'':{width}}  {note}")
    print(f"wrote {len(done)} tables/views as {args.format} and the data dictionary to {out}")
    return 0


def add_export_parser(sub: Any) -> None:
    from warehouse.output import EXPORT_FORMATS

    p = sub.add_parser(
        "export",
        help="write the case views and tables (parquet, csv, jsonl, xlsx) and a data dictionary to a folder",
        description="Parquet is partitioned by year and province (hive style); CSV is UTF-8 with a BOM and lists as "
        "JSON arrays. Opens the warehouse read-only.",
    )
    p.add_argument("--format", choices=EXPORT_FORMATS, default="parquet")
    p.add_argument("--out", required=True, help="output folder (created; files of the same name are replaced)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--table", help="only this table (default: every case view and table)")
    which.add_argument("--view", help="only this view (v_cases, v_facts, v_duplicates)")
    p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=cmd_export)
