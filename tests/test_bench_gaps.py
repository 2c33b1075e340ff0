"""bench/gaps.py: a worker's time between batches taken apart, on an event log whose parts are known."""

from __future__ import annotations

from pathlib import Path

from bench.gaps import analyse

CLI, W = 10, 20


def test_the_time_between_batches_by_pool_step_writer_state_and_queue(tmp_path: Path) -> None:
    lines = [
        f"{CLI} c cli-start 100.0 100.0",
        f"{CLI} s server-start 100.2 100.2",
        f"{CLI} c submit 101.0 101.0",
        f"{CLI} c submit 101.1 101.1",
        f"{W} s forked 101.2 101.2",
        # batch 1: derived 101.5-103.0, then the pool's round trip, batch 2 from 103.5
        f"{W} w job-get 101.3 101.4 0 0.0 0.01",
        f"{W} w work_batch 101.5 102.8 0 0.05 1.35",
        f"{W} w cut_postings 102.8 103.0 0 1.35 1.55",
        f"{W} w result-put 103.1 103.25 0 1.6 1.7",
        f"{W} w send 103.15 103.25 {4 * 2**20} 1.65 1.7",
        f"{W} w job-get 103.25 103.3 0 1.7 1.7",
        f"{W} w work_batch 103.5 104.5 0 1.75 2.75",
        # the writer: waiting on batch 1 until 103.2, then writing it until 103.6
        f"{CLI} c wait 101.2 103.2",
        f"{CLI} c write 103.2 103.6",
    ]
    log = tmp_path / "events.log"
    log.write_text("\n".join(lines) + "\n", encoding="utf-8")
    samples = [(100.0 + k / 10, {W: 0.0 if k < 15 else 0.1 * (k - 15) if k <= 30 else 1.5}) for k in range(46)]
    report = analyse(log, launched=100.0, wall=5.0, samples=samples)
    start = report["start"]
    assert (start["server_started"], start["first_fork"], start["first_submit"], start["first_work_batch"]) == (
        0.2,
        1.2,
        1.0,
        1.5,
    )
    worker = report["workers"][W]
    assert (worker["batches"], worker["deriving_s"], worker["between_batches_s"]) == (2, 2.5, 0.5)
    parts = worker["between_batches_by_pool_step"]
    assert parts["1 Prefect after the task, the result's state"] == 0.1
    assert parts["2 pickling the result"] == 0.05
    assert parts["3 writing it to the pipe"] == 0.1
    assert parts["4 waiting for the next job"] == 0.05
    assert parts["5 the job to work_batch (unpickling, Prefect's task engine)"] == 0.2
    # the main thread used 0.05 CPU-s of those 0.2 s: it waited for most of it; deriving, it used 2.5 of 2.5
    assert (worker["part_5_main_thread_cpu_share"], worker["deriving_main_thread_cpu_share"]) == (0.25, 1.0)
    states = worker["between_batches_by_writer_state"]
    # two batches submitted, one started at 103.0-103.5: the second was queued all along
    assert states == {"writer write, a batch queued": 0.3, "writer wait, a batch queued": 0.2}
    assert worker["result_mib_median"] == 4.0
    # a core busy from its first batch until 103.0, no CPU after: 1.5 s under half a core to its last step
    assert worker["under_half_a_core_s"] == 1.5
    assert report["writer_s"] == {"wait": 2.0, "write": 0.4}
