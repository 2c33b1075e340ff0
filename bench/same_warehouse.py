"""Do two checkouts store the same warehouse from the same inputs? The check behind a writer-side change.

Usage: .venv/bin/python -m bench.same_warehouse --base /path/to/other/checkout [--pages 1000] [--workers 2]
       [--batch-size 200] [--head-batch-size N]

bench/same_outputs.py proves a derivation change row for row on what a worker returns; a change to
the writer, the dispatch or the hand-over between them (what travels from a worker, how batches are
appended, how DuckDB encodes them) is proved on what is stored. This runs the real `cases ingest`
of each checkout (`--workers N`, one `cases server`) over the same inputs (bench/same_outputs.py's:
the generated corpus, the authored gold texts, the seeds, the devset and shared pages when present,
all copied outside both checkouts), then compares every table of the two warehouses row for row,
leaving out only the columns that name the run or its clock. Exit status 1 on any difference.
`--head-batch-size` runs this checkout with another batch size than the base: a run's rows must not
depend on how its inputs were cut into batches.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb

from bench.same_outputs import inputs
from bench.scale import ROOT, ingest, workspace

# Columns that name the run or the clock: they differ between any two runs by design.
PER_RUN = {"run_id", "ingested_at", "checked_at", "started_at", "finished_at", "recorded_at", "failed_at"}
PER_RUN |= {"parameters", "db_path", "fetched_at", "quarantined_at"}
# Compared in part: a quarantined row's payload is the whole row, its run and time included (its body is
# compared); the gazetteer files' fingerprints are each checkout's own copies (same bytes, own mtime).
SPECIAL = {
    ("quarantine", "payload"): "json_extract(payload, '$.body')",
    ("sources", "mtime_ns"): "CASE WHEN kind = 'reference' THEN NULL ELSE mtime_ns END",
}


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every base table's rows, sorted, without the per-run columns (SPECIAL: what is compared in part)."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        out = {}
        for name in names:
            cols = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall() if r[0] not in PER_RUN]
            listed = ", ".join(SPECIAL.get((name, c), f'"{c}"') for c in cols)
            out[name] = sorted(con.execute(f"SELECT {listed} FROM {name}").fetchall(), key=repr)
        return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--head-batch-size", type=int, help="this checkout's batch size (default: --batch-size)")
    args = ap.parse_args()
    with workspace("cases-same-warehouse-") as ws:
        work, server = ws.dir, ws.server
        (work / "in").mkdir()
        paths = inputs(work / "in", args.pages)
        folders = sorted(p for p in (work / "in").iterdir() if p.is_dir())
        stored = {}
        head_batch = args.head_batch_size or args.batch_size
        for name, checkout, batch_size in (("base", args.base.resolve(), args.batch_size), ("head", ROOT, head_batch)):
            db = work / f"{name}.duckdb"
            ingest(server, db, folders, args.workers, batch_size, checkout=checkout)
            stored[name] = tables(db)
        base, head = stored["base"], stored["head"]
        differ = [name for name in sorted(set(base) | set(head)) if base.get(name) != head.get(name)]
        n_rows = sum(len(rows) for rows in head.values())
        print(f"same warehouse: {len(paths)} inputs, {len(head)} tables, {n_rows} rows in head")
        for name in differ:
            print(f"  {name}: {len(base.get(name, []))} rows in base, {len(head.get(name, []))} in head: DIFFERENT")
            only_base = sorted(set(base.get(name, [])) - set(head.get(name, [])), key=repr)
            only_head = sorted(set(head.get(name, [])) - set(base.get(name, [])), key=repr)
            for side, rows in (("base", only_base), ("head", only_head)):
                for row in rows[:3]:
                    print(f"    only in {side}: {repr(row)[:300]}")
        print("  identical" if not differ else f"  {len(differ)} tables differ")
        return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
