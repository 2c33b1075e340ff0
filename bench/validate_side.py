"""Another checkout's contracts/validate.py beside this one's: the same coerced frames and failures, and CPU per page.

Usage: .venv/bin/python -m bench.validate_side --base /path/to/other/checkout [--pages 600] [--rounds 5]

Generates the scale bench's corpus (bench/scale.py `make_corpus`), derives its tables in batches of 200 as a worker
does, then loads the other checkout's `contracts/validate.py` as a second module beside this checkout's (both use
this checkout's contracts: a change confined to validation is measured alone) and:
- compares `check_frame`'s answer (the coerced frame, values and dtypes, and the failure rows) of both on every
  table of every batch, and on copies with each string column broken eight ways (an int, a None, a NaN, bytes in
  it; the column as object, as integers, as python-storage strings; the table emptied), so that a faster path
  that let a broken column through would show here;
- times `split_batch` over all the batches with each, alternating which goes first each round, and prints CPU ms
  per page (`time.process_time`) per round, the medians and their ratio, with the load average.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd

import bench.worker as bench_worker
import contracts.validate as head
import tasks.worker as worker
from bench.scale import make_corpus
from tasks.pipeline import process_document
from tasks.tables import batch_tables
from warehouse.db import connect
from warehouse.dq_batch import known_references
from warehouse.reference import ensure_regions

Answer = tuple[pd.DataFrame, pd.DataFrame] | str


def _load_base(checkout: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("base_validate", checkout / "contracts" / "validate.py")
    if spec is None or spec.loader is None:
        raise RuntimeError(f"no contracts/validate.py in {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["base_validate"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _broken(frame: pd.DataFrame, column: str, kind: str, rnd: random.Random) -> pd.DataFrame | None:
    """A copy of `frame` with `column` broken as `kind`, or None when the table is empty (nothing to break)."""
    out = frame.copy()
    if kind == "empty":
        return out.iloc[0:0]
    if out.empty:
        return None
    values = out[column].astype(object).tolist()
    row = rnd.randrange(len(values))
    if kind in ("int", "none", "bytes"):
        values[row] = {"int": 7, "none": None, "bytes": b"x"}[kind]
        out[column] = pd.Series(values, dtype=object)
    elif kind == "nan":
        out.loc[row, column] = np.nan
    elif kind == "object":
        out[column] = out[column].astype(object)
    elif kind == "integers":
        out[column] = np.arange(len(out))
    elif kind == "python":
        out[column] = out[column].astype(pd.StringDtype("python"))
    return out


KINDS = ("int", "none", "nan", "bytes", "object", "integers", "python", "empty")


def _answer(check_frame: Callable[..., Any], table: str, frame: pd.DataFrame, known: Any) -> Answer:
    try:
        checked, failures = check_frame(table, frame, known)
    except Exception as err:  # both must fail alike
        return repr(err)
    return checked, failures


def _same(a: Answer, b: Answer) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    try:
        assert list(a[0].dtypes.astype(str)) == list(b[0].dtypes.astype(str))
        pd.testing.assert_frame_equal(a[0], b[0], check_exact=True)
        pd.testing.assert_frame_equal(a[1], b[1], check_exact=True)
    except AssertionError:
        return False
    return True


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    base = _load_base(args.base.resolve())
    work = Path(tempfile.mkdtemp(prefix="cases-validate-"))
    try:
        paths = [str(p) for p in make_corpus(work / "corpus", args.pages)]
        with connect(str(work / "ref.duckdb")) as con:
            ensure_regions(con, "bench")
            known = known_references(con)
        batches = []
        for job in bench_worker._jobs(paths, 200, known):
            articles = [process_document(worker._open(item)[0]) for item in job.items]
            batches.append(batch_tables(articles, job.run_id, job.ingested_at, job.columns)[0])
        compared = failing = 0
        differ: list[str] = []
        rnd = random.Random(0)
        for tables in batches:
            for table, frame in tables.items():
                frame = frame.reset_index(drop=True)
                cases: list[tuple[str, pd.DataFrame]] = [("as derived", frame)]
                for column in [c for c in frame.columns if str(frame[c].dtype).startswith(("str", "string"))]:
                    for kind in KINDS:
                        broken = _broken(frame, column, kind, rnd)
                        if broken is not None:
                            cases.append((f"{column} {kind}", broken))
                for what, case in cases:
                    a = _answer(base.check_frame, table, case, known)
                    b = _answer(head.check_frame, table, case, known)
                    compared += 1
                    failing += not isinstance(b, str) and not b[1].empty
                    if not _same(a, b):
                        differ.append(f"{table}: {what}")
        print(f"check_frame: {compared} frames compared ({failing} with failures): ", end="")
        print("identical" if not differ else f"{len(differ)} DIFFER, e.g. {differ[:5]}", flush=True)
        n = sum(len(t["articles"]) for t in batches)
        times: dict[str, list[float]] = {"base": [], "head": []}
        print(f"load average {os.getloadavg()[0]:.2f}")
        for round_ in range(args.rounds):
            sides = [("base", base), ("head", head)]
            for name, module in sides if round_ % 2 == 0 else sides[::-1]:
                started = time.process_time()
                for tables in batches:
                    module.split_batch(tables, "bench", known)
                times[name].append((time.process_time() - started) * 1000 / n)
            print(f"round {round_ + 1}: split_batch base {times['base'][-1]:.3f}, head {times['head'][-1]:.3f} ms/page")
        b_med, h_med = statistics.median(times["base"]), statistics.median(times["head"])
        print(f"median base {b_med:.3f}, head {h_med:.3f} ms/page: {b_med / h_med:.2f}x")
        print(f"load average {os.getloadavg()[0]:.2f}")
        return 1 if differ else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
