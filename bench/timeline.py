"""Where a `cases ingest` run's wall time goes: phases read off CPU samples of the CLI and its workers.

Why from samples, not from a log in the flow: the bench watches the real CLI from outside (psutil,
every 0.2 s), so the phases cost the run nothing and need no debug path in the code under test.

A process is *busy* in an interval when it used at least BUSY of a core in it. The derivers are the
worker processes (children that used CPU), or the CLI process itself when it has none (`--workers 1`
derives in the CLI). Phases, in order:

- `spawned`: launch until the first worker process is seen (not a phase: a moment inside `start`);
- `start`: launch until every deriver is busy at once (imports, the run's start, the pool's start,
  the workers' warm-up);
- `full`: intervals with every deriver busy;
- `gaps`: intervals between the first and the last full one with a deriver idle (a worker waiting for
  its next batch, or for the writer);
- `tail`: after the last full interval while some deriver is still busy (one worker finished first);
- `end`: after the last busy interval until the process exits (the writer's last batches, the
  near-duplicate pass, the final checkpoint, the run's checks and Prefect's shutdown).

`idle_worker_s` adds up, over the run, the core-seconds the derivers did not use: N x wall minus their
CPU. With two cores and two workers that is what the run lost against two busy workers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import asdict, dataclass

BUSY = 0.5  # share of a core in an interval
MIN_WORKER_CPU = 1.0  # a child with less CPU than this over the run is not a deriver (resource tracker)


@dataclass
class Sample:
    """CPU seconds (user + system) of each watched process at `t` (seconds since launch)."""

    t: float
    cpu: dict[int, float]


@dataclass
class Phases:
    wall: float
    spawned: float
    start: float
    full: float
    gaps: float
    tail: float
    end: float
    derivers: int
    idle_worker_s: float
    cli_cpu: float
    worker_cpu: float

    def as_dict(self) -> dict[str, float]:
        return {k: round(v, 2) if isinstance(v, float) else v for k, v in asdict(self).items()}


def phases(samples: list[Sample], cli_pid: int, wall: float, servers: Iterable[int] = ()) -> Phases:
    """The phases of one run from its samples (see the module's docstring). `servers`: children that
    start workers and derive nothing (a pool's forkserver): their CPU counts as the workers', but they
    are not derivers."""
    if len(samples) < 2:
        return Phases(wall, wall, wall, 0.0, 0.0, 0.0, 0.0, 0, 0.0, 0.0, 0.0)
    last = samples[-1].cpu
    helpers = set(servers)
    children = [pid for pid in last if pid != cli_pid and (last[pid] >= MIN_WORKER_CPU or pid in helpers)]
    derivers = [pid for pid in children if pid not in helpers] or [cli_pid]
    # per interval: its start, length, and how many derivers were busy in it
    busy: list[tuple[float, float, int]] = []
    for before, after in itertools.pairwise(samples):
        dt = after.t - before.t
        if dt <= 0:
            continue
        n = sum(1 for pid in derivers if (after.cpu.get(pid, 0.0) - before.cpu.get(pid, 0.0)) / dt >= BUSY)
        busy.append((before.t, dt, n))
    full_at = [i for i, (_, _, n) in enumerate(busy) if n == len(derivers)]
    any_at = [i for i, (_, _, n) in enumerate(busy) if n > 0]
    if not full_at:
        first_full = last_full = len(busy)
    else:
        first_full, last_full = full_at[0], full_at[-1]
    last_any = any_at[-1] if any_at else -1
    start = busy[first_full][0] if first_full < len(busy) else wall
    full = sum(dt for _, dt, n in busy if n == len(derivers))
    gaps = sum(dt for _, dt, n in busy[first_full : last_full + 1] if n < len(derivers))
    tail = sum(dt for _, dt, n in busy[last_full + 1 : last_any + 1]) if full_at else 0.0
    end_at = busy[last_any][0] + busy[last_any][1] if last_any >= 0 else 0.0
    worker_cpu = sum(last.get(pid, 0.0) for pid in children)
    deriver_cpu = sum(last.get(pid, 0.0) for pid in derivers)
    workers = [pid for pid in children if pid not in helpers]
    spawned = next((x.t for x in samples if any(pid in x.cpu for pid in workers)), 0.0)
    return Phases(
        wall=wall,
        spawned=spawned,
        start=start,
        full=full,
        gaps=gaps,
        tail=tail,
        end=max(0.0, wall - end_at),
        derivers=len(derivers),
        idle_worker_s=max(0.0, len(derivers) * wall - deriver_cpu),
        cli_cpu=last.get(cli_pid, 0.0),
        worker_cpu=worker_cpu,
    )
