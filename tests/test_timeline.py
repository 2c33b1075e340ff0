"""bench/timeline.py: a run's phases read off CPU samples, on samples whose phases are known."""

from __future__ import annotations

from bench.timeline import Sample, phases

CLI, A, B, TRACKER = 1, 2, 3, 4


def run_of(steps: list[tuple[float, float, float]]) -> list[Sample]:
    """Samples 1 s apart; each step gives the CPU share of the CLI and of workers A and B in that second."""
    cpu = {CLI: 0.0, A: 0.0, B: 0.0, TRACKER: 0.0}
    out = [Sample(0.0, {CLI: 0.0})]
    for t, (cli, a, b) in enumerate(steps, start=1):
        cpu[CLI] += cli
        if t >= 2:  # the workers appear in the second second
            cpu[A] += a
            cpu[B] += b
            cpu[TRACKER] += 0.01
        out.append(Sample(float(t), {pid: v for pid, v in cpu.items() if t >= 2 or pid == CLI}))
    return out


def test_two_workers_start_gaps_tail_and_end() -> None:
    steps = [(1, 0, 0), (0.2, 1, 0.1), (0.2, 1, 1), (0.2, 1, 1), (0.2, 0.1, 1), (0.2, 1, 1), (0.2, 1, 0), (1, 0, 0)]
    ph = phases(run_of(steps), CLI, wall=9.0)
    assert ph.derivers == 2, "the resource tracker's CPU is no worker's"
    assert (ph.spawned, ph.start, ph.full, ph.gaps, ph.tail) == (2.0, 2.0, 3.0, 1.0, 1.0)
    assert ph.end == 2.0, "the CLI's last second and the second after its last sample"
    assert abs(ph.worker_cpu - 9.2) < 1e-9, "the workers' CPU, the tracker's left out"
    assert abs(ph.idle_worker_s - (2 * 9.0 - 9.2)) < 1e-9


def test_one_worker_is_the_cli_itself() -> None:
    samples = [Sample(float(t), {CLI: 0.9 * t}) for t in range(6)]
    ph = phases(samples, CLI, wall=5.0)
    assert (ph.derivers, ph.start, ph.full, ph.gaps, ph.tail, ph.end) == (1, 0.0, 5.0, 0.0, 0.0, 0.0)
    assert ph.worker_cpu == 0.0 and abs(ph.cli_cpu - 4.5) < 1e-9


def test_a_forkserver_is_no_deriver_but_its_cpu_is_the_workers() -> None:
    """A pool's forkserver loads the derivation (CPU) and then only forks: counted as a deriver, the phases
    would never see every deriver busy at once."""
    server = 5
    samples = run_of([(1, 0, 0), (0.2, 1, 1), (0.2, 1, 1), (1, 0, 0)])
    for sample in samples:
        sample.cpu[server] = min(sample.t, 2.0)  # busy for two seconds, then idle
    ph = phases(samples, CLI, wall=4.0, servers={server})
    assert ph.derivers == 2
    assert (ph.spawned, ph.start, ph.full) == (2.0, 1.0, 2.0)
    assert abs(ph.worker_cpu - (4.0 + 2.0)) < 1e-9, "the workers' and the server's CPU, not the tracker's"
    assert phases(samples, CLI, wall=4.0).derivers == 3, "without being told, the server looks like a worker"
