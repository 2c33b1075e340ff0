"""One page ingested with no Prefect server, this checkout beside another, and an empty flow run as the floor.

Usage: .venv/bin/python -m bench.one_page --base /path/to/other/checkout [--pairs 3] [--page FILE]

With no `cases server`, every `cases ingest` starts Prefect's temporary API first; issue 11 asks that a small
run then cost no more than Prefect's own start-up. This bench runs the real CLI of each checkout
(`python -m flows.cli ingest PAGE --db NEW.duckdb`, that checkout first on `PYTHONPATH`) on one page into a new
warehouse, alternating the sides and which goes first in each pair, so both meet the same machine load, and beside
them an empty flow run (bench/scale.py `EMPTY_FLOW`: Prefect, pandas and DuckDB imported, one flow run with the
CLI's settings). All share one Prefect home, made and migrated by a first empty run that is not counted. Prints
wall seconds per run and the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import EMPTY_FLOW, ROOT

SEED_PAGE = sorted((ROOT / "seeds" / "pages").glob("*.txt"))[0]


def _env(home: Path, checkout: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(home), CASES_FIND_SERVER="0", PYTHONPATH=str(checkout))
    return env


def _timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="the other checkout (e.g. a worktree of main)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--page", type=Path, default=SEED_PAGE)
    args = ap.parse_args(argv)
    sides = {"base": args.base.resolve(), "head": ROOT}
    with tempfile.TemporaryDirectory(prefix="cases-one-page-") as tmp:
        work = Path(tmp)
        home = work / "prefect"
        empty = [sys.executable, "-c", EMPTY_FLOW]
        _timed(empty, ROOT, _env(home, ROOT))  # the Prefect home's database made and migrated: not counted
        walls: dict[str, list[float]] = {"base": [], "head": [], "empty flow": []}
        for pair in range(args.pairs):
            order = ["base", "head"] if pair % 2 == 0 else ["head", "base"]
            for side in order:
                db = work / f"{side}-{pair}.duckdb"
                cmd = [sys.executable, "-m", "flows.cli", "ingest", str(args.page), "--db", str(db)]
                walls[side].append(_timed(cmd, sides[side], _env(home, sides[side])))
                print(f"  pair {pair + 1}: {side:4s} {walls[side][-1]:5.1f} s  (load {os.getloadavg()[0]:.1f})")
            walls["empty flow"].append(_timed(empty, ROOT, _env(home, ROOT)))
            print(f"  pair {pair + 1}: empty flow {walls['empty flow'][-1]:5.1f} s")
        print("medians: " + ", ".join(f"{k} {statistics.median(v):.1f} s" for k, v in walls.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
