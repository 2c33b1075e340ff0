"""`cases search`: ranked full-text search over the cases, from the warehouse's own index.

Read-only like `cases sql`; the one write is `--reindex` (or a warehouse whose index is behind its
articles, e.g. one written before the index existed), which takes the run lock like any run.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from typing import Any

from warehouse.output import FORMATS


def _ensure_index(db: str | None, wait: float, rebuild: bool) -> str | None:
    """Bring the index up to date with a writing connection; an error message when that is impossible."""
    from warehouse.db import WarehouseBusy, db_path
    from warehouse.reindex import update_index

    if not db_path(db).exists():
        return f"no warehouse at {db_path(db)}: run `cases ingest` (or `make run`) first"
    try:
        n = update_index(db, wait_seconds=wait, rebuild=rebuild)
    except WarehouseBusy as exc:
        return str(exc)
    if rebuild:
        print(f"cases search: index rebuilt over {n} articles", file=sys.stderr)
    return None


def cmd_search(args: argparse.Namespace) -> int:
    import duckdb

    from flows.open_or_explain import connect_or_explain
    from warehouse.search import unindexed

    if args.reindex and (problem := _ensure_index(args.db, args.wait, rebuild=True)):
        print(f"cases search: {problem}", file=sys.stderr)
        return 3
    if not args.query:
        if args.reindex:
            return 0
        print("cases search: give a query (or --reindex)", file=sys.stderr)
        return 2
    if (con := connect_or_explain("search", args.db, wait_seconds=args.wait)) is None:
        return 2
    try:
        with con:
            behind = unindexed(con)
            if not behind:
                show_hits(con, args)
                return 0
        # The index lags its articles: bring it up to date with a writing connection, then search.
        if problem := _ensure_index(args.db, args.wait, rebuild=False):
            print(
                f"cases search: the index lacks {behind} articles and cannot be built now: {problem}",
                file=sys.stderr,
            )
            return 3
        if (con := connect_or_explain("search", args.db, wait_seconds=args.wait)) is None:
            return 2
        with con:
            show_hits(con, args)
    except duckdb.Error as exc:
        print(f"cases search: {exc}", file=sys.stderr)
        return 2
    return 0


def show_hits(con: Any, args: argparse.Namespace) -> None:
    """Run the query and write its hits in the chosen format."""
    from warehouse.output import cursor_rows, result_columns, write_rows
    from warehouse.search import hit_records, search

    cursor = search(con, args.query, province=args.province, year=args.year, theme=args.theme, limit=args.limit)
    columns = result_columns(cursor)
    rows = cursor_rows(cursor)
    if args.format == "table":
        print_hits(columns, list(rows), args.width)
    elif args.format == "json":
        from warehouse.output import dumps_strict

        for hit in hit_records(columns, rows):
            sys.stdout.write(dumps_strict(hit) + "\n")
    else:
        write_rows(args.format, columns, rows, sys.stdout)


def print_hits(columns: list[str], rows: list[tuple[Any, ...]], width: int) -> None:
    if not rows:
        print("no article matches every term of the query")
        return
    for row in rows:
        hit = dict(zip(columns, row, strict=True))
        place = " ".join(p for p in (hit["province"], hit["city"], hit["county"]) if p) or "region unknown"
        date = hit["date"].isoformat() if hit["date"] else "date unknown"
        print(f"{hit['rank']:>3}. {hit['title'] or '(no title)'}  [{hit['score']:.2f}]")
        print(f"     {place} · {date} · {hit['article_id']}")
        if hit["section_heading"]:
            print(f"     § {hit['section_ordinal']} {hit['section_heading']}")
        for line in textwrap.wrap(hit["snippet"] or "", width=max(40, (width - 5) // 2)):
            print(f"     {line}")
        print()


def add_search_parser(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="find cases by Chinese words and phrases, ranked (BM25), with highlighted snippets",
        description="Every term of the query must occur; traditional-script queries are converted to simplified. "
        "In SQL the same ranking is `SELECT * FROM search('红色物业')`.",
    )
    p.add_argument("query", nargs="?", help="words or a phrase, e.g. 红色物业 or '网格 党建'")
    p.add_argument("--db", default=None, help="warehouse file (default: $CASES_DB or warehouse/cases.duckdb)")
    p.add_argument("--province", help="only cases of this province (as stored, e.g. 浙江省)")
    p.add_argument("--year", type=int, help="only cases published this year")
    p.add_argument("--theme", help="only cases with this theme (article_themes.theme)")
    p.add_argument("--limit", type=int, default=20, help="most hits shown (default 20)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="json: one object per line, snippet plain with `highlights` spans; table/markdown/csv: 【】 marks",
    )
    p.add_argument("--reindex", action="store_true", help="rebuild the search index from the stored articles")
    p.add_argument("--width", type=int, default=100, help="table width in columns")
    p.add_argument("--wait", type=float, default=10.0, help="seconds to wait while a run holds the database")
    p.set_defaults(func=cmd_search)
