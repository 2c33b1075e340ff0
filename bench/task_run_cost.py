"""What one Prefect task run costs on a process pool, apart from the work it does: CPU in the worker
process and in the process that submits it, and the wall time of a round trip.

Usage: .venv/bin/python -m bench.task_run_cost [--runs 200] [--payload-kb 0]

Starts a `cases server` (bench/scale.py `workspace`), then, in a fresh process pointed at it, a flow
that submits a task doing nothing to Prefect's `ProcessPoolTaskRunner` (one worker, spawned and warmed
by a first task run), `--runs` times one after another, and reads the CPU of the worker and of the
submitting process (psutil) around them. `--payload-kb` makes the task return that many KB of bytes
(the pickling of a result, which a real batch also pays, shows apart from the task run's fixed price).

Why: flows/workers.py sends one task run per batch; this is the fixed price each batch pays for it
(hydrating the flow's settings and context, a new API client, the task run's state changes and events, the
subprocess wrapper), measured without any derivation around it. Measured 62 ms of worker CPU and 79 ms wall
per task run (2026-11-29, load 1.5): ~0.3 ms per page at 200 pages a batch. Several batches per task run,
each handed back through a spool file, saved 3% of a two-worker run's CPU (branch perfA, not merged: the
gain did not pay for a spool folder of ~300 MB beside the warehouse).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

from bench.scale import ROOT, workspace


def child(runs: int, payload_kb: int) -> dict[str, float]:
    """In a process whose PREFECT_API_URL is the bench's server: the per-task-run figures."""
    import psutil
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE
    from prefect.task_runners import ProcessPoolTaskRunner

    @task(cache_policy=NO_CACHE, persist_result=False)
    def nothing(size: int) -> bytes:
        return b"x" * size

    def cpu(process: psutil.Process) -> float:
        times = process.cpu_times()
        return times.user + times.system

    @flow(name="task-run-cost")
    def probe() -> dict[str, float]:
        me = psutil.Process()
        with ProcessPoolTaskRunner(max_workers=1) as runner:
            runner.submit(nothing, {"size": 0}).result()  # the worker spawned and its first task run done
            workers = [p for p in me.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())]
            worker_before, mine_before = sum(map(cpu, workers)), cpu(me)
            started = time.perf_counter()
            for _ in range(runs):
                runner.submit(nothing, {"size": payload_kb * 1024}).result()
            wall = time.perf_counter() - started
            worker_after, mine_after = sum(map(cpu, workers)), cpu(me)
        return {
            "worker_ms": (worker_after - worker_before) / runs * 1000,
            "submitter_ms": (mine_after - mine_before) / runs * 1000,
            "wall_ms": wall / runs * 1000,
        }

    return probe()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--payload-kb", type=int, default=0)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.runs, args.payload_kb)))
        return 0
    with workspace("cases-task-run-cost-") as ws:
        command = [sys.executable, "-m", "bench.task_run_cost", "--child", "--runs", str(args.runs)]
        command += ["--payload-kb", str(args.payload_kb)]
        out = subprocess.run(command, cwd=ROOT, env=ws.server.env, capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"one task run on a ProcessPoolTaskRunner, {args.runs} in sequence, result {args.payload_kb} KB:")
    print(f"  worker CPU {figures['worker_ms']:.1f} ms, submitting process CPU {figures['submitter_ms']:.1f} ms,")
    print(f"  wall {figures['wall_ms']:.1f} ms per task run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
