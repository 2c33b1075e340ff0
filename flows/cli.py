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
    from flows.server import use_running_server

    use_running_server("ingest")  # before Prefect reads its settings
    _quiet_task_logs(args.verbose)
    from flows.ingest import ingest
    from warehouse.db import WarehouseBusy

    try:
        summary = ingest(
            paths=args.paths or None,
            db=args.db,
            batch_size=args.batch_size,
            fetch=_fetch_settings(args),
            shared_fs=args.shared_fs,
            **_worker_settings(args),
        )
    except WarehouseBusy as exc:
        print(f"cases ingest: {exc}", file=sys.stderr)
        return 3
    print_summary(summary)
    return 0 if summary.status == "COMPLETED" else 1


def _worker_settings(args: argparse.Namespace) -> dict[str, object]:
    return {"workers": args.workers, "dask_address": args.dask_address}


def _quiet_task_logs(verbose: bool) -> None:
    """Task runs log one line each ("Finished in state Completed()"): shown with --verbose only."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "WARNING")


def _fetch_settings(args: argparse.Namespace) -> dict[str, object] | None:
    """FetchPolicy overrides from the command line (only those given)."""
    out: dict[str, object] = {}
    for name in ("delay", "timeout", "per_host", "max_attempts", "max_bytes"):
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value
    if getattr(args, "allow_private", False):
        out["allow_private"] = True
    return out or None


def _cmd_crawl(args: argparse.Namespace) -> int:
    from flows.server import use_running_server

    use_running_server("crawl")
    _quiet_task_logs(args.verbose)
    from flows.crawl import DEFAULT_SOURCES, crawl
    from tasks.sources import SourcesError
    from warehouse.db import WarehouseBusy

    try:
        summary = crawl(
            sources=args.sources or DEFAULT_SOURCES,
            names=args.source or None,
            db=args.db,
            batch_size=args.batch_size,
            fetch=_fetch_settings(args),
            **_worker_settings(args),
        )
    except SourcesError as exc:
        print(f"cases crawl: {exc}", file=sys.stderr)
        return 2
    except WarehouseBusy as exc:
        print(f"cases crawl: {exc}", file=sys.stderr)
        return 3
    print_summary(summary)
    return 0 if summary.status == "COMPLETED" else 1


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("fetching (URL inputs)")
    g.add_argument("--delay", type=float, help="seconds between requests to one host (default 1)")
    g.add_argument("--timeout", type=float, help="connect/read timeout in seconds (default 15)")
    g.add_argument("--per-host", type=int, help="concurrent requests per host (default 2)")
    g.add_argument("--max-attempts", type=int, help="attempts per request, retries included (default 4)")
    g.add_argument("--max-bytes", type=int, help="largest page accepted, in bytes (default 10 MiB)")
    g.add_argument("--allow-private", action="store_true", help="allow private/loopback addresses (local servers)")


def add_worker_options(p: argparse.ArgumentParser, files: bool = True) -> None:
    g = p.add_argument_group("workers (parsing and deriving in parallel; one process writes the warehouse)")
    g.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes that read, parse and derive (default: $CASES_WORKERS or the CPU count)",
    )
    g.add_argument(
        "--dask-address",
        default=None,
        metavar="tcp://HOST:PORT",
        help="run that work on this Dask cluster instead (default: $CASES_DASK_ADDRESS)",
    )
    g.add_argument("--verbose", action="store_true", help="show every task run's log lines")
    if files:
        g.add_argument(
            "--shared-fs",
            action="store_true",
            help="the cluster's workers see the same paths: send file paths, not file bytes",
        )


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
    for record in extract_records(args.paths, structure=args.structure):
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


def _cmd_check(args: argparse.Namespace) -> int:
    from warehouse.dq import check_command

    return check_command(args.db, record=args.record, as_json=args.json, wait=args.wait)


def _cmd_report(args: argparse.Namespace) -> int:
    from warehouse.report import report_command

    return report_command(args.db, args.out, wait=args.wait)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cases", description="Grassroots Party-building case articles → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")

    p = sub.add_parser("ingest", help="load files, folders and URLs (default seeds/pages) into the warehouse")
    p.add_argument("paths", nargs="*", help="files (.txt .html .htm), folders and http(s) URLs, mixed")
    add_db(p)
    p.add_argument("--batch-size", type=int, default=200, help="pages per task run (default 200)")
    add_worker_options(p)
    add_fetch_options(p)
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("crawl", help="crawl the list pages of seeds/sources.toml; later runs load only new or changed")
    p.add_argument("--sources", default=None, help="sources file (default seeds/sources.toml)")
    p.add_argument("--source", action="append", help="crawl only this source (repeatable)")
    add_db(p)
    p.add_argument("--batch-size", type=int, default=200, help="pages per task run (default 200)")
    add_worker_options(p, files=False)
    add_fetch_options(p)
    p.set_defaults(func=_cmd_crawl)

    p = sub.add_parser("extract", help="parse pages without a database, print one JSON object per input")
    p.add_argument("--json", action="store_true", default=True, help="JSON Lines output (the only format)")
    p.add_argument("--structure", action="store_true", help="add region, facts, practices, brands and themes (slower)")
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

    p = sub.add_parser("check", help="re-validate the whole warehouse with the current contracts (exit 1 on errors)")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--record", action="store_true", help="store the result in dq_runs/dq_failures (takes the run lock)")
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("report", help="write the data-quality report, a self-contained HTML file")
    add_db(p)
    p.add_argument("--out", default=None, help="output file (default: report.html beside the warehouse)")
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=_cmd_report)

    from flows.runs import add_runs_parser
    from flows.serve import add_serve_parser
    from flows.server import add_server_parser

    add_server_parser(sub)
    add_serve_parser(sub)
    add_runs_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
