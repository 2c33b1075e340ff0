"""Do two checkouts derive the same rows from the same inputs? The check behind a speed-only change.

Usage: .venv/bin/python -m bench.same_outputs --base /path/to/other/checkout [--pages 1000] [--show 8]

Runs `tasks.worker.work_batch` over one set of inputs twice, once with this checkout's code and once
with `--base`'s (each in its own process, that checkout first on `PYTHONPATH`), and compares every
table it returns: the valid rows of `articles` (MinHash signature and region columns included),
`sections`, `facts`, `practices`, `brands`, `article_themes`, the quarantine, the data-quality
failures (their timestamps aside) and the failures per input, with dtypes. The inputs: the scale
bench's generated corpus (bench/scale.py `make_corpus`), the authored gold texts, the seeds, and
the real pages of the devset cache ($DEVSET_CACHE) and of ../shared/fixtures/extraction when present.

A speed change that must not change what is extracted (a cache, a faster segmenter path, one regex
scan instead of several) is proved here, row for row, not on a sample. Exit status 1 on any difference.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# rows whose value is the time of the run, not derived from the input
VOLATILE = {"quarantine": ["quarantined_at"], "dq_failures": ["recorded_at"]}


def inputs(work: Path, n_pages: int) -> list[str]:
    """The generated corpus and copies of the other inputs, all outside both checkouts: a page's
    article id follows its path, which must not depend on the checkout that reads it."""
    from bench.scale import make_corpus

    paths = [str(p) for p in make_corpus(work / "corpus", n_pages)]
    for name, folder, pattern in (
        ("gold", ROOT / "tests" / "gold" / "authored", "*.txt"),
        ("seeds", ROOT / "seeds" / "pages", "*"),
        ("devset", Path(os.environ.get("DEVSET_CACHE", "/work/devset-cache")) / "pages", "*.htm*"),
        ("shared", ROOT.parent / "shared" / "fixtures" / "extraction" / "pages", "*.htm*"),
    ):
        (work / name).mkdir()
        for source in sorted(folder.glob(pattern)):
            copy = work / name / source.name
            shutil.copyfile(source, copy)
            paths.append(str(copy))
    return paths


def dump(paths: list[str], out: Path, batch_size: int) -> None:
    """Every table work_batch returns for `paths`, with the code on this process's path (run in a child)."""
    from datetime import datetime

    import pandas as pd

    from tasks.worker import BatchJob, work_batch
    from warehouse.db import connect
    from warehouse.dq_batch import known_references
    from warehouse.load import columns_by_table
    from warehouse.reference import ensure_regions

    with connect(str(out.with_suffix(".duckdb"))) as con:
        ensure_regions(con, "same-outputs")
        known = known_references(con)
    columns = columns_by_table()
    frames: dict[str, list[pd.DataFrame]] = {}
    failures: list[tuple[str, str, str]] = []
    for i in range(0, len(paths), batch_size):
        outcome = work_batch(BatchJob(paths[i : i + batch_size], "same", datetime(2026, 1, 1), columns, known))
        for name, frame in [*outcome.split.valid.items(), ("quarantine", outcome.split.quarantine)]:
            frames.setdefault(name, []).append(frame)
        frames.setdefault("dq_failures", []).append(outcome.split.failures)
        failures += [(f.source_uri, f.stage, f.reason) for f in outcome.failures]
    tables = {
        name: pd.concat(parts, ignore_index=True).drop(columns=VOLATILE.get(name, []), errors="ignore")
        for name, parts in frames.items()
    }
    out.write_bytes(pickle.dumps({"tables": tables, "failures": failures, "module": _where()}))


def _where() -> str:
    import tasks

    return str(Path(tasks.__file__).resolve().parent.parent)


def run_dump(checkout: Path, listing: Path, out: Path, batch_size: int) -> dict[str, Any]:
    """`dump` in a child process whose imports resolve to `checkout`."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    args = [sys.executable, __file__, "--dump", str(out), "--inputs", str(listing), "--batch-size", str(batch_size)]
    subprocess.run(args, cwd=checkout, env=env, check=True)
    result: dict[str, Any] = pickle.loads(out.read_bytes())
    if Path(result["module"]) != checkout.resolve():
        raise RuntimeError(f"the dump for {checkout} imported its code from {result['module']}")
    return result


# The version stamp inside a quarantined article's JSON payload: a bumped version alone names no input
_VERSION_STAMP = re.compile(r'"extractor_version":\s*"[^"]*"')


def _what_differs(message: str) -> str:
    """pandas' message without its value dumps (`[left]: …`, `[right]: …`, `[index]: …`, `…, first diff: 'a' != 'b'`):
    which column or shape differs, never the cells, so that a run over held-out texts prints none of their text."""
    lines = (line.split("first diff")[0].rstrip(" ,:") for line in message.splitlines())
    kept = (line for line in lines if line.strip() and not line.lstrip().startswith("["))
    return "; ".join(dict.fromkeys(kept))


def _differing_inputs(a: Any, b: Any, articles: Any) -> set[str]:
    """The inputs (file names) whose rows differ between two frames of one table, when rows name their article."""
    key = next((k for k in ("source_uri", "article_id") if k in a.columns and k in b.columns), None)
    if key is None:
        return set()

    def rows(frame: Any) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        # (the version stamps every row: a bumped version alone names no input)
        for record in frame.drop(columns=["extractor_version"], errors="ignore").astype(str).to_dict("records"):
            out.setdefault(record[key], []).append(_VERSION_STAMP.sub("", repr(sorted(record.items()))))
        return {k: sorted(v) for k, v in out.items()}

    left, right = rows(a), rows(b)
    ids = {k for k in left.keys() | right.keys() if left.get(k) != right.get(k)}
    if key == "article_id" and articles is not None and "article_id" in articles.columns:
        names = dict(zip(articles["article_id"], articles["source_uri"], strict=True))
        ids = {str(names.get(i, i)) for i in ids}
    return {Path(i).name for i in ids}


def compare(base: dict[str, Any], head: dict[str, Any], show: int = 8) -> list[str]:
    import pandas as pd

    problems = []
    for name in sorted(set(base["tables"]) | set(head["tables"])):
        a, b = base["tables"].get(name), head["tables"].get(name)
        if a is None or b is None:
            problems.append(f"{name}: only in {'head' if a is None else 'base'}")
            continue
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
        except AssertionError as exc:
            problems.append(f"{name}: {_what_differs(str(exc))}")
            uris = _differing_inputs(a, b, base["tables"].get("articles"))
            if uris:
                shown = ", ".join(sorted(uris)[:show])
                print(f"  {name}: {len(uris)} input(s) differ, e.g. {shown}")
        print(f"{name:<16}{len(a):>8} rows {'same' if not problems or not problems[-1].startswith(name) else 'DIFFER'}")
    same = base["failures"] == head["failures"]
    if not same:
        problems.append(f"failures differ: {len(base['failures'])} vs {len(head['failures'])}")
    print(f"{'failures':<16}{len(base['failures']):>8} inputs {'same' if same else 'DIFFER'}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", type=Path, help="the other checkout (e.g. `git worktree add /tmp/base main`)")
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--show", type=int, default=8, help="how many differing inputs to name per table")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--inputs", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
            sys.path.pop(0)  # run by path: bench/ must not shadow the checkout's packages
        dump(args.inputs.read_text(encoding="utf-8").splitlines(), args.dump, args.batch_size)
        return 0
    if args.base is None:
        ap.error("--base is required")
    with tempfile.TemporaryDirectory(prefix="cases-same-") as tmp:
        work = Path(tmp)
        paths = inputs(work, args.pages)
        listing = work / "inputs.txt"
        listing.write_text("\n".join(paths), encoding="utf-8")
        print(f"{len(paths)} inputs: {args.pages} generated pages, gold texts, seeds, real pages", flush=True)
        base = run_dump(args.base, listing, work / "base.pickle", args.batch_size)
        head = run_dump(ROOT, listing, work / "head.pickle", args.batch_size)
        problems = compare(base, head, args.show)
    for problem in problems:
        print(problem)
    print("identical" if not problems else f"{len(problems)} difference(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
