"""What a `--workers 2` run's idle worker time is: each worker's waits beside what the writer did meanwhile.

Usage: .venv/bin/python -m bench.gaps [--pages 3000] [--workers 2] [--batch-size 200] [--repeat 1]
       [--checkout DIR] [--base DIR] [--json FILE]

With `--base DIR` it runs the two checkouts alternately, `--repeat` rounds, and prints per run its wall
time and its start (when the workers' server started, first forked, the first batch was sent and first
derived); without, each run's whole report as JSON.

bench/timeline.py finds the *gaps* of a run (moments mid-run when a worker is not busy) from CPU samples
taken from outside; this says why. It runs the real `cases ingest` over the scale bench's corpus with
hooks that log wall-clock events to a file and change nothing else:

- in the CLI process (the writer), through this file standing in for `python -m flows.cli`: each batch
  submitted, each wait for a result (`OrderedBatches._next`, the result's unpickling included), each batch
  written (`load_outcome`), each release of the warehouse (`Writer.close`: a checkpoint), each chunk's
  fetch and plan, and the run's start (its record, the reference load, the pool's start);
- in the pool's forkserver and each worker, through a `sitecustomize` on `PYTHONPATH`: when the server
  started and forked, and in each forked worker the derivation's steps (`work_batch`, the postings cut,
  the `sources` rows) and the pool's own (taking a job off the call queue, putting the result back, the
  bytes written to the pipe);
- from outside, every 50 ms, each process's CPU time.

Then, per worker, the time between the end of one batch's derivation and the start of the next is taken
apart three ways: by the writer's state at each moment and whether a batch was queued for a worker
(submitted, not yet started: with none queued and the writer waiting on the oldest result, the worker
idles for the order of results or too few batches in flight); by the pool's steps (Prefect's task engine
before and after the task, the result's pickling, the pipe, waiting for a job); and, for the CPU samples
in which the worker used under half a core (bench/timeline.py's `gaps`), by the worker's phase: a
worker under half a core while `deriving` shares the two cores with the writer or another job.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

LOG = "CASES_GAPS_LOG"
STEPS = ("work_batch", "cut_postings", "source_frame")  # a batch's derivation in the worker
BUSY = 0.5  # share of a core (bench/timeline.py's threshold)

SITECUSTOMIZE = """
import os, time
def _hook():
    log = os.environ.get("CASES_GAPS_LOG")
    if not log:
        return
    def child():
        import sys
        ingest = sys.modules.get("flows.ingest")
        if ingest is None:
            return
        out = open(log, "a", buffering=1)
        # the task's function reaches the worker pickled by value (cloudpickle), its globals by
        # reference to where they are defined: patched there and in flows.ingest
        def wrap(module, name):
            inner = getattr(sys.modules[module], name)
            def timed(*a, **k):
                t0, c0 = time.time(), time.thread_time()
                try:
                    return inner(*a, **k)
                finally:
                    t1, c1 = time.time(), time.thread_time()
                    out.write(f"{os.getpid()} w {name} {t0:.4f} {t1:.4f} 0 {c0:.4f} {c1:.4f}\\n")
            setattr(sys.modules[module], name, timed)
            setattr(ingest, name, timed)
        for module, name in (("tasks.worker", "work_batch"), ("warehouse.search", "cut_postings"),
                             ("warehouse.sources", "source_frame")):
            wrap(module, name)
        # the pool's own steps: taking a job off the call queue, sending a result back (pickling it and
        # writing it to the pipe, which blocks while the reader in the CLI process has not drained it)
        import multiprocessing.connection, multiprocessing.queues
        def hook(owner, name, label, size=False):
            inner = getattr(owner, name)
            def timed(self, *a, **k):
                t0, c0 = time.time(), time.thread_time()
                try:
                    return inner(self, *a, **k)
                finally:
                    n = len(a[0]) if size and a and hasattr(a[0], "__len__") else 0
                    t1, c1 = time.time(), time.thread_time()
                    out.write(f"{os.getpid()} w {label} {t0:.4f} {t1:.4f} {n} {c0:.4f} {c1:.4f}\\n")
            setattr(owner, name, timed)
        hook(multiprocessing.queues.Queue, "get", "job-get")
        hook(multiprocessing.queues.SimpleQueue, "put", "result-put")
        hook(multiprocessing.connection.Connection, "send_bytes", "send", size=True)
    def forked():
        with open(log, "a") as f:
            f.write(f"{os.getpid()} s forked {time.time():.4f} {time.time():.4f}\\n")
        child()
    os.register_at_fork(after_in_child=forked)
    import sys
    if "forkserver" in " ".join(sys.argv) or any("forkserver" in a for a in sys.orig_argv):
        with open(log, "a") as f:
            f.write(f"{os.getpid()} s server-start {time.time():.4f} {time.time():.4f}\\n")
_hook()
"""


def _cli() -> int:
    """The CLI with the writer's hooks (run as `python bench/gaps.py ingest ...`, the checkout on PYTHONPATH).

    The hooks go in when the CLI itself imports flows.ingest, not before: importing it here would move
    Prefect's import ahead of what the command does first (it starts the workers' server before it)."""
    if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
        del sys.path[0]  # this file's folder, not a package root: bench/search.py is no `search` module
    import importlib.abc
    import importlib.util

    out = open(os.environ[LOG], "a", buffering=1)  # noqa: SIM115 - open for the process's life
    pid = os.getpid()

    def note(what: str, t0: float) -> None:
        out.write(f"{pid} c {what} {t0:.4f} {time.time():.4f}\n")

    def timed(owner: object, name: str, label: str | None = None) -> None:
        inner = getattr(owner, name)

        def wrapper(*a: object, **k: object) -> object:
            t0 = time.time()
            try:
                return inner(*a, **k)
            finally:
                note(label or name, t0)

        setattr(owner, name, wrapper)

    def hook(ingest: Any) -> None:
        import flows.workers as workers
        import warehouse.load as load

        timed(ingest, "load_outcome", "write")
        timed(ingest, "fetch_chunk", "fetch")
        timed(ingest, "plan_sent", "plan")
        timed(load.Writer, "close", "release")
        timed(workers.OrderedBatches, "_next", "wait")
        timed(workers.OrderedBatches, "start", "pool-start")
        timed(ingest, "load_reference", "load-reference")
        timed(ingest, "start_run", "start-run")
        timed(ingest, "make_runner", "make-runner")
        inner_submit = workers.OrderedBatches.submit

        def submit(self: Any, job: object, tag: object = None, here: object = None) -> object:
            note("submit", time.time())
            return inner_submit(self, job, tag, here)

        workers.OrderedBatches.submit = submit

    class AfterIngest(importlib.abc.MetaPathFinder):
        """Hooks flows.ingest's names in once the module has run (once)."""

        def find_spec(self, name: str, path: object, target: object = None) -> Any:
            if name != "flows.ingest":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            assert spec is not None and spec.loader is not None
            run = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                run(module)
                hook(module)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, AfterIngest())
    note("cli-start", time.time())
    import flows.cli

    return flows.cli.main()


class Event(NamedTuple):
    pid: int
    side: str  # c: the CLI process (the writer), w: a worker, s: the forkserver
    what: str
    t0: float
    t1: float
    size: int = 0  # bytes, for `send`
    cpu0: float = 0.0  # a worker's event: its thread's CPU seconds at t0 and t1
    cpu1: float = 0.0


def _events(path: Path) -> list[Event]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        pid, side, what, t0, t1, *more = line.split()
        size, cpu0, cpu1 = (int(more[0]), float(more[1]), float(more[2])) if len(more) == 3 else (0, 0.0, 0.0)
        rows.append(Event(int(pid), side, what, float(t0), float(t1), size, cpu0, cpu1))
    return rows


def _innermost(t: float, events: Iterable[Event], default: str) -> str:
    """The shortest event holding `t` (the writer's `wait` holds its `release`), else `default`."""
    holding = [(e.t1 - e.t0, e.what) for e in events if e.t0 <= t < e.t1]
    return min(holding)[1] if holding else default


def _sample(pid: int, out: list[tuple[float, dict[int, float]]], stop: threading.Event) -> None:
    """Every 50 ms: each process's CPU seconds (the CLI and its children), at wall-clock time."""
    import psutil

    root = psutil.Process(pid)
    while not stop.is_set():
        cpu = {}
        try:
            for p in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
        except psutil.Error:
            break
        out.append((time.time(), cpu))
        stop.wait(0.05)


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 2) for k, v in sorted(values.items(), key=lambda kv: -kv[1])}


def _worker(
    pid: int,
    events: list[Event],
    writer: list[Event],
    submits: list[float],
    starts: list[float],
    samples: list[tuple[float, dict[int, float]]],
    launched: float,
) -> dict[str, object]:
    """One worker's batches, and its time between them taken apart three ways (the module's docstring)."""
    batches = sorted(e.t0 for e in events if e.what == "work_batch")
    following = [*batches[1:], float("inf")]
    # a batch's derivation ends with its last step before the next batch's work_batch
    ends = {
        t0: max(e.t1 for e in events if t0 <= e.t0 < nxt and e.what in STEPS)
        for t0, nxt in zip(batches, following, strict=True)
    }
    steps = [(t0, ends[t0]) for t0 in batches]
    writer_busy = [e for e in writer if e.what != "submit"]
    pool_steps = [e for e in events if e.what not in STEPS]
    by_writer: dict[str, float] = defaultdict(float)
    parts: dict[str, float] = defaultdict(float)
    engine_cpu = engine_wall = 0.0  # part 5: the worker's main thread's CPU in it, against its wall time
    for (_, a1), (b0, _) in itertools.pairwise(steps):
        t = a1  # the wait in 10 ms slices, each charged to the writer's state and whether a batch was queued
        while t < b0:
            queued = bisect.bisect(submits, t) - bisect.bisect(starts, t)
            by_writer[
                f"writer {_innermost(t, writer_busy, 'other')}, {'a batch' if queued > 0 else 'none'} queued"
            ] += min(0.01, b0 - t)
            t += 0.01
        put = [e for e in pool_steps if e.what == "result-put" and a1 <= e.t0 < b0]
        got = [e for e in pool_steps if e.what == "job-get" and a1 <= e.t0 < b0]
        if not (put and got):
            continue
        sent = [e for e in pool_steps if e.what == "send" and put[0].t0 <= e.t0 < put[0].t1]
        parts["1 Prefect after the task, the result's state"] += put[0].t0 - a1
        parts["2 pickling the result"] += (sent[0].t0 if sent else put[0].t1) - put[0].t0
        parts["3 writing it to the pipe"] += sum(e.t1 - e.t0 for e in sent)
        parts["4 waiting for the next job"] += got[-1].t1 - got[-1].t0
        parts["5 the job to work_batch (unpickling, Prefect's task engine)"] += b0 - got[-1].t1
        following_batch = next(e for e in events if e.what == "work_batch" and e.t0 == b0)
        engine_cpu += following_batch.cpu0 - got[-1].cpu1
        engine_wall += b0 - got[-1].t1
    # CPU samples with this worker under half a core, from its first batch to its last: its phase, the writer's
    low: dict[str, float] = defaultdict(float)
    for (ta, ca), (tb, cb) in itertools.pairwise(samples):
        if ta < batches[0] or tb > steps[-1][1] or pid not in ca or pid not in cb or tb <= ta:
            continue
        if (cb[pid] - ca[pid]) / (tb - ta) < BUSY:
            mid = (ta + tb) / 2
            phase = "deriving" if any(t0 <= mid < t1 for t0, t1 in steps) else _innermost(mid, pool_steps, "prefect")
            low[f"{phase} / writer {_innermost(mid, writer_busy, 'other')}"] += tb - ta
    sizes = [e.size for e in pool_steps if e.what == "send" and e.size > 2**20]
    return {
        "batches": len(batches),
        "first_batch_at": round(batches[0] - launched, 2),
        "deriving_s": round(sum(t1 - t0 for t0, t1 in steps), 2),
        "between_batches_s": round(sum(b0 - a1 for (_, a1), (b0, _) in itertools.pairwise(steps)), 2),
        "between_batches_by_writer_state": _rounded(by_writer),
        "between_batches_by_pool_step": _rounded(parts),
        "part_5_main_thread_cpu_share": round(engine_cpu / engine_wall, 2) if engine_wall else None,
        "deriving_main_thread_cpu_share": round(
            sum(e.cpu1 - e.cpu0 for e in events if e.what in STEPS) / max(1e-9, sum(t1 - t0 for t0, t1 in steps)), 2
        ),
        "result_mib_median": round(statistics.median(sizes) / 2**20, 1) if sizes else None,
        "under_half_a_core_s": round(sum(low.values()), 2),
        "under_half_a_core_by_phase": _rounded(low),
    }


def analyse(
    path: Path, launched: float, wall: float, samples: list[tuple[float, dict[int, float]]] | None = None
) -> dict[str, object]:
    """The report of one run (the module's docstring)."""
    rows = _events(path)
    samples = samples or []
    writer = [e for e in rows if e.side == "c"]
    by_worker: dict[int, list[Event]] = defaultdict(list)
    for e in rows:
        if e.side == "w":
            by_worker[e.pid].append(e)
    by_worker = {pid: events for pid, events in by_worker.items() if any(e.what == "work_batch" for e in events)}
    submits = sorted(e.t0 for e in writer if e.what == "submit")
    starts = sorted(e.t0 for events in by_worker.values() for e in events if e.what == "work_batch")

    def at(t: float) -> float:
        return round(t - launched, 2)

    start: dict[str, object] = {
        "cli_hooks_in": at(min((e.t0 for e in writer if e.what == "cli-start"), default=launched))
    }
    for e in rows:
        if e.side == "s" and e.what == "server-start":
            start.setdefault("server_started", at(e.t0))
        elif e.side == "s" and e.what == "forked":
            start.setdefault("first_fork", at(e.t0))
        elif e.side == "c" and e.what in ("start-run", "make-runner", "pool-start", "load-reference"):
            start[e.what] = [at(e.t0), at(e.t1)]
    start["first_submit"] = at(submits[0]) if submits else None
    start["first_work_batch"] = at(starts[0]) if starts else None
    report: dict[str, object] = {"wall": round(wall, 2), "start": start}
    report["workers"] = {
        pid: _worker(pid, events, writer, submits, starts, samples, launched)
        for pid, events in sorted(by_worker.items())
    }
    spent: dict[str, float] = defaultdict(float)
    for e in writer:
        if e.what in ("write", "wait", "release", "fetch", "plan"):
            spent[e.what] += e.t1 - e.t0
    report["writer_s"] = _rounded(spent)
    ends = [e.t1 for events in by_worker.values() for e in events if e.what in STEPS]
    inside = [(t, c) for t, c in samples if starts and starts[0] <= t <= max(ends)]
    if len(inside) > 1:
        (ta, ca), (tb, cb) = inside[0], inside[-1]
        cli = writer[0].pid if writer else 0
        report["cores_used_while_deriving"] = round(sum(cb[p] - ca.get(p, 0.0) for p in cb) / (tb - ta), 2)
        report["cli_cores_while_deriving"] = round((cb.get(cli, 0.0) - ca.get(cli, 0.0)) / (tb - ta), 2)
    return report


def run_once(ws: Any, hooks: Path, checkout: Path, args: argparse.Namespace, i: int) -> dict[str, object]:
    """One hooked `cases ingest` of `checkout`'s code over the workspace's corpus, and its report."""
    log = hooks / f"events-{i}.log"
    db = ws.dir / f"gaps-{i}.duckdb"
    env = {**ws.server.env, LOG: str(log), "PYTHONPATH": f"{hooks}{os.pathsep}{checkout}"}
    # the hooks from this checkout, the code under test from `checkout`
    cmd = [sys.executable, str(Path(__file__).resolve()), "ingest", "--db", str(db), "--workers", str(args.workers)]
    cmd += ["--batch-size", str(args.batch_size), str(ws.corpus)]
    load = os.getloadavg()[0]
    launched = time.time()
    proc = subprocess.Popen(cmd, cwd=checkout, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    samples: list[tuple[float, dict[int, float]]] = []
    stop = threading.Event()
    sampler = threading.Thread(target=_sample, args=(proc.pid, samples, stop), daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    stop.set()
    sampler.join()
    wall = time.time() - launched
    db.unlink(missing_ok=True)
    if proc.returncode != 0:
        raise RuntimeError(f"cases ingest failed ({proc.returncode}):\n{stdout[-2000:]}\n{stderr[-4000:]}")
    report = analyse(log, launched, wall, samples)
    report["load_average"] = round(load, 2)
    return report


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] not in ("-h", "--help") and not sys.argv[1].startswith("--"):
        return _cli()
    from bench.scale import workspace

    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--base", type=Path, default=None, help="another checkout, run alternately with --checkout")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    sides = {"head": args.checkout.resolve()}
    if args.base is not None:
        sides = {"base": args.base.resolve(), **sides}
    reports: dict[str, list[dict[str, object]]] = {name: [] for name in sides}
    with workspace("cases-gaps-", args.pages) as ws, tempfile.TemporaryDirectory() as hooks:
        Path(hooks, "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
        for i in range(args.repeat):
            order = list(sides) if i % 2 == 0 else list(sides)[::-1]
            for name in order:
                report = run_once(ws, Path(hooks), sides[name], args, sum(map(len, reports.values())))
                reports[name].append(report)
                if len(sides) == 1:
                    print(json.dumps(report, indent=1), flush=True)
                else:
                    start = report["start"]
                    print(
                        f"  {name} #{len(reports[name])}: wall {report['wall']:.1f}s, load {report['load_average']}; "
                        f"server started {start.get('server_started')}, first fork {start.get('first_fork')}, "
                        f"first batch sent {start.get('first_submit')}, first work_batch "
                        f"{start.get('first_work_batch')}",
                        flush=True,
                    )
    if len(sides) > 1:
        for name, runs in reports.items():
            walls = [float(r["wall"]) for r in runs]  # type: ignore[arg-type]
            firsts = [float(r["start"]["first_work_batch"]) for r in runs]  # type: ignore[index]
            median_first = statistics.median(firsts)
            print(f"{name}: median wall {statistics.median(walls):.1f}s, first work_batch at {median_first:.2f}s")
    if args.json is not None:
        args.json.write_text(json.dumps(reports, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
