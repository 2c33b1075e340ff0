"""The `cases` command line: ingest, extract, sql (more verbs arrive with their issues).

Verbs that need no Prefect (extract, sql) do not import it, so they start in well under a second.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Sequence

import flows  # noqa: F401  (sets Prefect defaults before any Prefect import)
from flows import DEFAULT_BATCH_SIZE
from flows.batching import GROW_AFTER, GROWN_BATCH_SIZE


def _cmd_ingest(args: argparse.Namespace) -> int:
    from flows.server import use_running_server

    use_running_server("ingest")  # before Prefect reads its settings
    _quiet_task_logs(args.verbose)
    from flows.worker_server import discard_server, start_server
    from tasks.settings import SettingError, check_run_settings

    try:
        check_run_settings()
    except SettingError as exc:
        print(f"cases ingest: {exc}", file=sys.stderr)
        return 2
    if _pool_likely(args):  # its workers' server loads while this process starts (flows/worker_server.py)
        start_server()
    try:
        return _ingest(args)
    finally:
        discard_server()  # started above and taken by no pool: nothing for workers to derive


def _ingest(args: argparse.Namespace) -> int:
    from flows.server import start_temporary_api, wait_for_temporary_api

    small_alone = _derives_here_beside_a_temporary_api(args)
    if small_alone:
        start_temporary_api()  # it boots in its own process while this one imports and loads (flows/server.py)
    from flows.ingest import ingest
    from tasks.settings import SettingError
    from warehouse.db import WarehouseBusy
    from warehouse.migrate import SchemaDrift

    if small_alone:
        from tasks.worker_start import load_derivation_in_background

        load_derivation_in_background()  # while the temporary API starts (tasks/worker_start.py: why)
        wait_for_temporary_api()

    try:
        with _no_heartbeat():
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
    except (SchemaDrift, SettingError) as exc:
        print(f"cases ingest: {exc}", file=sys.stderr)
        return 2
    print_summary(summary)
    return exit_code("ingest", summary, strict=args.strict)


def _pool_likely(args: argparse.Namespace) -> bool:
    """Whether this run is sure to fork a local pool's workers: a new warehouse (every input is new), two or
    more workers, no cluster, and more inputs than one batch (a folder, or more files than a batch holds: one
    batch is derived in this process).

    Why only a new warehouse: into an existing one, the run may find nothing changed, and a server loading
    beside it for nothing doubled an unchanged re-run of 2,000 pages (3.1 → 6.5 s at load 3); such runs start
    the pool, as before, once their first block is planned."""
    from tasks.settings import positive_setting
    from warehouse.db import db_path

    workers = args.workers or int(positive_setting("CASES_WORKERS", os.cpu_count() or 1, int))
    if workers < 2 or args.dask_address or os.environ.get("CASES_DASK_ADDRESS") or db_path(args.db).exists():
        return False
    paths = args.paths or []
    return not paths or len(paths) > (args.batch_size or DEFAULT_BATCH_SIZE) or any(os.path.isdir(p) for p in paths)


def _derives_here_beside_a_temporary_api(args: argparse.Namespace) -> bool:
    """Whether this run will start Prefect's temporary API (no server answered) and derive its inputs in this
    process: a few files or URLs, one batch at most (a folder may hold any number: a pool's run)."""
    if os.environ.get("PREFECT_API_URL"):
        return False  # a running server: its deriver derives a one-batch run (flows/warm_deriver.py)
    paths = args.paths or []
    if not paths or len(paths) > (args.batch_size or DEFAULT_BATCH_SIZE):
        return False
    return not any(os.path.isdir(p) for p in paths)


# Exit codes of ingest and crawl (docs/reliability.md): cron and CI tell these apart.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_NOTHING_READ, EXIT_STRICT = 0, 1, 2, 3, 4, 5


def exit_code(verb: str, summary: object, *, strict: bool = False) -> int:
    """0 when the run completed; 1 when it failed; 4 when no input could be read at all (always);
    5 with --strict when any input failed or was quarantined."""
    s = summary
    if s.status != "COMPLETED":
        return EXIT_FAILED
    if s.n_inputs == 0 or s.n_failed >= s.n_inputs:
        what = "no inputs were found" if s.n_inputs == 0 else f"all {s.n_inputs} inputs failed"
        print(f"cases {verb}: nothing could be read ({what}); see fetch_failures for run {s.run_id}", file=sys.stderr)
        return EXIT_NOTHING_READ
    if strict and (s.n_failed or s.n_quarantined):
        print(
            f"cases {verb}: --strict: {s.n_failed} inputs failed and {s.n_quarantined} were quarantined "
            f"(tables fetch_failures and quarantine, run {s.run_id})",
            file=sys.stderr,
        )
        return EXIT_STRICT
    return EXIT_OK


def _worker_settings(args: argparse.Namespace) -> dict[str, object]:
    return {"workers": args.workers, "dask_address": args.dask_address}


def _quiet_task_logs(verbose: bool) -> None:
    """Task runs log one line each ("Finished in state Completed()"): shown with --verbose only."""
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_TASK_RUNS_LEVEL", "WARNING")


def _no_heartbeat() -> contextlib.AbstractContextManager[object]:
    """A run started from the command line sends no flow-run heartbeats, unless
    $PREFECT_FLOWS_HEARTBEAT_FREQUENCY asks for them.

    Why: Prefect's heartbeat thread sleeps in 1 s steps and the flow waits for it to wake when the run
    ends: 0.4-1 s added to every CLI run, a tenth of an unchanged re-run. Nothing reads the heartbeats
    unless an automation for zombie runs is set up; a CLI run killed outright is still reconciled by
    the run journal (warehouse/run_journal.py). Served deployments (`cases serve`) keep them.
    """
    if os.environ.get("PREFECT_FLOWS_HEARTBEAT_FREQUENCY") or os.environ.get("PREFECT_RUNNER_HEARTBEAT_FREQUENCY"):
        return contextlib.nullcontext()
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    return temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})


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
    from tasks.settings import SettingError, check_run_settings
    from tasks.sources import SourcesError
    from warehouse.db import WarehouseBusy
    from warehouse.migrate import SchemaDrift

    try:
        check_run_settings()
        with _no_heartbeat():
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
    except (SchemaDrift, SettingError) as exc:
        print(f"cases crawl: {exc}", file=sys.stderr)
        return 2
    print_summary(summary)
    return exit_code("crawl", summary, strict=args.strict)


def _batch_size(text: str) -> int:
    try:
        size = int(text)
    except ValueError:
        size = 0
    if size < 1:
        raise argparse.ArgumentTypeError(f"a whole number of pages, at least 1, not {text!r}")
    return size


def add_batch_size(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--batch-size",
        type=_batch_size,
        default=None,
        help=f"pages per task run (default: {DEFAULT_BATCH_SIZE}, growing to {GROWN_BATCH_SIZE} once "
        f"{GROW_AFTER:,} inputs are sent; a number fixes it)",
    )


def add_strict(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 5 when any input failed or was quarantined (for cron and CI); without it only a run "
        "that read nothing at all exits non-zero (4)",
    )


def add_fetch_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("fetching (URL inputs)")
    g.add_argument("--delay", type=float, help="seconds between requests to one host (default 1)")
    g.add_argument("--timeout", type=float, help="connect/read timeout in seconds (default 15)")
    g.add_argument("--per-host", type=int, help="concurrent requests per host (default 2)")
    g.add_argument("--max-attempts", type=int, help="attempts per request, retries included (default 4)")
    g.add_argument("--max-bytes", type=int, help="largest page accepted, in bytes (default 10 MiB)")
    g.add_argument(
        "--allow-private",
        action="store_true",
        help="allow private/loopback addresses (local servers); link-local/metadata stay blocked",
    )


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
    with connect(s.db_path, read_only=True) as con:
        n_articles, n_sections = con.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sections)"
        ).fetchone()
    print(f"  warehouse          {s.db_path}")
    print(f"                     {n_articles} articles, {n_sections} sections in total")
    print('  try: cases sql "SELECT title, published_at, author_org FROM articles"')


def _cmd_migrate(args: argparse.Namespace) -> int:
    if args.check:
        return _migrate_check(args)
    from flows.migrate import migrate
    from warehouse.db import WarehouseBusy
    from warehouse.migrate import SchemaDrift

    try:
        result = migrate(db=args.db, batch_size=args.batch_size)
    except (SchemaDrift, WarehouseBusy) as exc:
        print(f"cases migrate: {exc}", file=sys.stderr)
        return 2
    print(f"schema of {result.db_path}: {result.changes or 'current, nothing to migrate'}")
    print(f"articles to re-derive: {result.n_stale}")
    if result.run is not None:
        print_summary(result.run)
    if result.n_missing:
        print(f"  {result.n_missing} articles not re-derived (file or stored page gone); they stay marked", end="")
        print(" and re-derive when next ingested or crawled:")
        for uri in result.missing[:10]:
            print(f"    ✗ {uri}")
    failed = result.run is not None and result.run.status != "COMPLETED"
    return 1 if failed or result.n_missing else 0


def _migrate_check(args: argparse.Namespace) -> int:
    """Read-only: 0 when the schema is current, 1 when `cases migrate` would change it, 2 when it would refuse."""
    from warehouse.db import WarehouseBusy, connect
    from warehouse.migrate import pending, stale_articles, stored_schema

    try:
        con = connect(args.db, read_only=True)
    except (FileNotFoundError, WarehouseBusy) as exc:
        print(f"cases migrate: {exc}", file=sys.stderr)
        return 2
    with con:
        step = pending(con)
        stale = len(stale_articles(con)) if "articles" in stored_schema(con) else 0
    if step.problems:
        print(f"cases migrate: cannot migrate without a MIGRATIONS step: {'; '.join(step.problems)}", file=sys.stderr)
        return 2
    if step.empty and not stale:
        print("schema current; no articles waiting for re-derivation")
        return 0
    print(f"to do: {step.describe() or 'schema current'}; {stale} articles waiting for re-derivation")
    return 1


def _cmd_compact(args: argparse.Namespace) -> int:
    """Copy the warehouse into a fresh file and swap it in (warehouse/compact.py); --check only measures.

    Exit codes: 0 done (or, with --check, not worth it), 1 with --check when compacting would give back
    more than RECLAIM_THRESHOLD of the file, 2 refused or failed (the original unchanged), 3 busy.
    """
    from warehouse.compact import RECLAIM_THRESHOLD, CompactFailed, SchemaNotCurrent, compact, space_report
    from warehouse.db import WarehouseBusy

    try:
        if args.check:
            report = space_report(args.db)
        else:
            result = compact(args.db)
    except WarehouseBusy as exc:
        print(f"cases compact: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except (FileNotFoundError, SchemaNotCurrent, CompactFailed) as exc:
        print(f"cases compact: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.check:
        mib = 1024 * 1024
        print(f"warehouse {report.db_path}: {report.file_bytes / mib:.1f} MiB")
        print(
            f"  free blocks        {report.free_blocks} of {report.total_blocks} "
            f"({report.free_blocks * report.block_size / mib:.1f} MiB, {report.block_size // 1024} KiB each)"
        )
        print(f"  deleted rows       {report.deleted_rows} (about {report.deleted_bytes / mib:.1f} MiB)")
        print(
            f"  reclaimable        at least {report.reclaimable_bytes / mib:.1f} MiB "
            f"({report.reclaimable_share:.0%} of the file; threshold {RECLAIM_THRESHOLD:.0%})"
        )
        print("  (the copy also repacks part-filled row groups and blocks, not counted here: it may gain more)")
        if report.worth_compacting():
            print("  worth compacting: run `cases compact`")
            return 1
        print("  not worth compacting")
        return 0
    mib = 1024 * 1024
    print(
        f"compacted {result.db_path}: {result.bytes_before / mib:.1f} MiB → {result.bytes_after / mib:.1f} MiB "
        f"({sum(result.tables.values())} rows in {len(result.tables)} tables, verified) in {result.seconds:.1f}s"
    )
    return EXIT_OK


def _cmd_extract(args: argparse.Namespace) -> int:
    from tasks.extract_json import extract_records

    out = sys.stdout
    for record in extract_records(args.paths, structure=args.structure):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0


SANDBOX_HINT = (
    "`cases sql` only reads the warehouse: other files, ATTACH, COPY … TO, EXPORT, INSTALL/LOAD and SET are "
    "disabled; export tables with `cases export`, or rerun with --unsafe if you mean it"
)


def _cmd_sql(args: argparse.Namespace) -> int:
    import duckdb

    from warehouse.db import SANDBOX, WarehouseBusy, connect

    try:
        con = connect(args.db, read_only=True, wait_seconds=args.wait, config=None if args.unsafe else SANDBOX)
    except (FileNotFoundError, WarehouseBusy) as exc:
        print(f"cases sql: {exc}", file=sys.stderr)
        return 2
    with con:
        try:
            if args.format == "table":
                rel = con.sql(args.query)
                if rel is not None:
                    rel.show(max_width=args.width, max_rows=args.max_rows)
            else:
                from warehouse.output import cursor_rows, result_columns, write_rows

                cursor = con.execute(args.query)
                if cursor.description:
                    write_rows(args.format, result_columns(cursor), cursor_rows(cursor), sys.stdout)
        except duckdb.Error as exc:
            message = str(exc).strip()
            refused = isinstance(exc, duckdb.PermissionException) or "configuration has been locked" in message
            print(f"cases sql: {message}", file=sys.stderr)
            if refused and not args.unsafe:
                print(f"cases sql: refused: {SANDBOX_HINT}", file=sys.stderr)
            return 2
    return 0


def _refuse_drift(verb: str, db: str | None, wait: float) -> int | None:
    """2, said plainly, when the warehouse has a schema this version cannot read or migrate (SchemaDrift).

    None to go on: a current or merely older file (writers migrate it; the report reads older files), or
    no file or a busy one, which the verb itself explains.
    """
    import duckdb

    from warehouse.db import WarehouseBusy, connect, db_path
    from warehouse.migrate import SchemaDrift, plan, refuse_drift, stored_schema

    target = db_path(db)
    if not target.exists():
        return None
    try:
        with connect(target, read_only=True, wait_seconds=wait) as con:
            refuse_drift(plan(stored_schema(con)), str(target))
    except (WarehouseBusy, duckdb.Error):
        return None
    except SchemaDrift as exc:
        print(f"cases {verb}: {exc}", file=sys.stderr)
        return 2
    return None


def _cmd_check(args: argparse.Namespace) -> int:
    from flows.check_cli import check_command
    from warehouse.migrate import SchemaDrift

    if (refused := _refuse_drift("check", args.db, args.wait)) is not None:
        return refused
    try:
        return check_command(args.db, record=args.record, as_json=args.json, wait=args.wait)
    except SchemaDrift as exc:  # --record opens it for writing, which migrates or refuses
        print(f"cases check: {exc}", file=sys.stderr)
        return 2


def _cmd_report(args: argparse.Namespace) -> int:
    from flows.report_cli import corpus_report_command, report_command

    if (refused := _refuse_drift("report", args.db, args.wait)) is not None:
        return refused
    if getattr(args, "corpus", False):
        return corpus_report_command(args.db, args.out, wait=args.wait)
    return report_command(args.db, args.out, wait=args.wait)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cases", description="Grassroots Party-building case articles → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_db(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")

    p = sub.add_parser("ingest", help="load files, folders and URLs (default seeds/pages) into the warehouse")
    p.add_argument("paths", nargs="*", help="files (.txt .html .htm), folders and http(s) URLs, mixed")
    add_db(p)
    add_batch_size(p)
    add_worker_options(p)
    add_strict(p)
    add_fetch_options(p)
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("crawl", help="crawl the list pages of seeds/sources.toml; later runs load only new or changed")
    p.add_argument("--sources", default=None, help="sources file (default seeds/sources.toml)")
    p.add_argument("--source", action="append", help="crawl only this source (repeatable)")
    add_db(p)
    add_batch_size(p)
    add_worker_options(p, files=False)
    add_strict(p)
    add_fetch_options(p)
    p.set_defaults(func=_cmd_crawl)

    p = sub.add_parser(
        "migrate", help="bring an older warehouse to the current schema and re-derive its articles (nothing dropped)"
    )
    add_db(p)
    add_batch_size(p)
    p.add_argument(
        "--check", action="store_true", help="only say what it would do (read-only): exit 0 current, 1 to do, 2 refused"
    )
    p.set_defaults(func=_cmd_migrate)

    p = sub.add_parser(
        "compact",
        help="rewrite the warehouse into a fresh file to give back the space deleted rows keep",
        description="Copy the warehouse into <db>.compact-tmp under the run lock, check every table's rows, the "
        "views, macros and schema, then replace the file in one rename. Exit 0 done, 2 refused or failed (the "
        "original unchanged), 3 a run holds the warehouse.",
    )
    add_db(p)
    p.add_argument(
        "--check",
        action="store_true",
        help="only measure (read-only): exit 1 when compacting would give back more than 20%% of the file, else 0",
    )
    p.set_defaults(func=_cmd_compact)

    p = sub.add_parser("extract", help="parse pages without a database, print one JSON object per input")
    p.add_argument("--json", action="store_true", default=True, help="JSON Lines output (the only format)")
    p.add_argument("--structure", action="store_true", help="add region, facts, practices, brands and themes (slower)")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("sql", help="run a query on the warehouse and print the result")
    p.add_argument("query")
    add_db(p)
    p.add_argument(
        "--format",
        choices=["table", "csv", "json", "markdown"],
        default="table",
        help="json: one strict JSON object per line (null, arrays, ISO dates); csv: lists as JSON arrays",
    )
    p.add_argument("--max-rows", type=int, default=100)
    p.add_argument("--width", type=int, default=int(os.environ.get("COLUMNS", "160")))
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.add_argument(
        "--unsafe",
        action="store_true",
        help="lift the sandbox (external access off, settings locked): lets a query read or write other files",
    )
    p.set_defaults(func=_cmd_sql)

    p = sub.add_parser("check", help="re-validate the whole warehouse with the current contracts (exit 1 on errors)")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--record", action="store_true", help="store the result in dq_runs/dq_failures (takes the run lock)")
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("report", help="write the data-quality report (or, with --corpus, the corpus report) as HTML")
    add_db(p)
    p.add_argument("--out", default=None, help="output file (default: report.html or corpus.html beside the warehouse)")
    p.add_argument(
        "--corpus", action="store_true", help="the cases by province, year, theme, practices, figures and copies"
    )
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=_cmd_report)

    from flows.export_cli import add_export_parser
    from flows.runs import add_runs_parser
    from flows.search_cli import add_search_parser
    from flows.serve import add_serve_parser
    from flows.server import add_server_parser

    add_server_parser(sub)
    add_serve_parser(sub)
    add_runs_parser(sub)
    add_search_parser(sub)
    add_export_parser(sub)
    return parser


# Verbs that write the warehouse: SIGINT/SIGTERM end them cleanly (flows/interrupt.py).
RUN_VERBS = {"ingest", "crawl", "migrate", "compact"}
INTERRUPTED = {
    "compact": "the temporary copy is removed; the warehouse is as it was, or already compacted (one rename swaps it)"
}


def main(argv: Sequence[str] | None = None) -> int:
    """The `cases` program. Run as the program (no `argv`), it also ends Prefect's background
    threads before exit and skips the interpreter's teardown (flows/shutdown.py); callers
    in-process keep theirs."""
    from flows.shutdown import skip_teardown_at_exit

    program = argv is None
    if program:
        skip_teardown_at_exit()  # first exit handler registered: it runs last
    from flows.shutdown import exit_status, stop_prefect_services

    try:
        code = _run(argv)
    except SystemExit as exc:  # argparse's usage errors and --help
        if program:
            exit_status(exc.code)
        raise
    finally:
        if program:
            stop_prefect_services()
    if program:
        exit_status(code)
    return code


def _run(argv: Sequence[str] | None) -> int:
    from tasks.collector import paused

    with paused():  # the parser imports pandas and the contracts: no collection walks them as they load
        args = build_parser().parse_args(argv)
    if args.command not in RUN_VERBS:
        return int(args.func(args) or 0)
    from flows.interrupt import interruption, signals

    try:
        with signals():
            return int(args.func(args) or 0)
    except BaseException as exc:
        name = interruption(exc)
        if name is None:
            raise
        done = INTERRUPTED.get(
            args.command,
            "the run is recorded as CANCELLED with its counts so far (`cases runs`), and the warehouse lock is"
            " released",
        )
        print(f"cases {args.command}: interrupted by {name}; {done}", file=sys.stderr)
        return 128 + int(getattr(signal.Signals, name))


if __name__ == "__main__":
    sys.exit(main())
