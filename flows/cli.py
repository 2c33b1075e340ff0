"""The `cases` command line: ingest, extract, sql (more verbs arrive with their issues).

Verbs that need no Prefect (extract, sql) do not import it, so they start in well under a second.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

import flows  # noqa: F401  (sets Prefect defaults before any Prefect import)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from flows.ingest import ingest
    from warehouse.db import WarehouseBusy

    try:
        summary = ingest(paths=args.paths or None, db=args.db, batch_size=args.batch_size)
    except WarehouseBusy as exc:
        print(f"cases ingest: {exc}", file=sys.stderr)
        return 3
    print_summary(summary)
    return 0 if summary.status == "COMPLETED" else 1


def print_summary(summary: object) -> None:
    from warehouse.db import connect

    s = summary
    print()
    print(f"run {s.run_id} ({s.flow_name}): {s.status}")
    print(f"  inputs read        {s.n_inputs}")
    print(f"  articles loaded    {s.n_articles}  (new or changed)")
    print(f"  unchanged          {s.n_unchanged}")
    print(f"  quarantined        {s.n_quarantined}")
    print(f"  failed             {s.n_failed}")
    for f in s.failures[:10]:
        print(f"    ✗ {f['input']}: {f['reason']}")
    if len(s.failures) > 10:
        print(f"    … and {len(s.failures) - 10} more: SELECT * FROM fetch_failures WHERE run_id = '{s.run_id}'")
    con = connect(s.db_path, read_only=True)
    try:
        n_articles, n_sections = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sections)"
        ).fetchone()
    finally:
        con.close()
    print(f"  warehouse          {s.db_path}")
    print(f"                     {n_articles} articles, {n_sections} sections in total")
    print('  try: cases sql "SELECT title, published_at, author_org FROM articles"')


def _cmd_extract(args: argparse.Namespace) -> int:
    from tasks.extract_json import extract_records

    out = sys.stdout
    for record in extract_records(args.paths):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import WarehouseBusy, connect

    try:
        con = connect(args.db, read_only=True, wait_seconds=args.wait)
    except (FileNotFoundError, WarehouseBusy) as exc:
        print(f"cases sql: {exc}", file=sys.stderr)
        return 2
    try:
        rel = con.sql(args.query)
        if rel is None:
            return 0
        if args.format == "table":
            rel.show(max_width=args.width, max_rows=args.max_rows)
        elif args.format == "csv":
            rel.df().to_csv(sys.stdout, index=False)
        else:
            for row in rel.df().to_dict(orient="records"):
                print(json.dumps(row, ensure_ascii=False, default=str))
    except duckdb.Error as exc:
        print(f"cases sql: {exc}", file=sys.stderr)
        return 2
    finally:
        con.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cases", description="Grassroots Party-building case articles → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")

    p = sub.add_parser("ingest", help="load files and folders (default seeds/pages) into the warehouse")
    p.add_argument("paths", nargs="*", help="files (.txt .html .htm) and folders")
    add_db(p)
    p.add_argument("--batch-size", type=int, default=200, help="pages per task run (default 200)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("extract", help="parse pages without a database, print one JSON object per input")
    p.add_argument("--json", action="store_true", default=True, help="JSON Lines output (the only format)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("sql", help="run a query on the warehouse and print the result")
    p.add_argument("query")
    add_db(p)
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--max-rows", type=int, default=100)
    p.add_argument("--width", type=int, default=int(os.environ.get("COLUMNS", "160")))
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=_cmd_sql)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
