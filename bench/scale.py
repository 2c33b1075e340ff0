"""Scale bench: `cases ingest` end to end with 1 and 2 workers, re-runs, one page, memory; trafilatura beside it.

Usage: .venv/bin/python -m bench.scale [--sizes 1000,10000] [--batch-size N] [--fixed-batch-size 400]

Generates a corpus per size from the seed pages (each page: a seed's header and dateline, a body of
sentences drawn from the seeds of the same script, so pages are distinct and rarely near-duplicates;
five templates: UTF-8 text, GBK text, UTF-8 HTML, GBK HTML, a portal page with navigation and
footer lines; the seeds give both scripts), starts one `cases server` on a free loopback port and
runs the real CLI against it, as a user with a running server would. Prints, in one run:

- pages/s end to end (`cases ingest` wall time, process start included) for --workers 1 and 2,
  and the scaling efficiency (speed-up / 2);
- the unchanged re-run: the same command again over the same files (`--reruns` times, the median
  reported), and first/re-run time; beside it, an empty Prefect flow run in a fresh process (Prefect,
  pandas and DuckDB imported, one flow run against the same server): the floor under any `cases`
  run, which a re-run that only stats its files cannot go below;
- a one-page run (a new page into the warehouse) with the server running, and one without a server
  (the CLI then starts Prefect's temporary API, as a user without `cases server` sees it);
- peak memory: the largest sum of RSS over the CLI process and its workers, per corpus size; and,
  from a separate run per size at one fixed batch size (`--fixed-batch-size`, 400 by default), the
  same peaks again, so that the growth from the corpus size shows apart from the batch schedule's
  (the default schedule grows its batches from 200 to 400 after 2,000 inputs, which a 1,000-page
  run never reaches);
- CPU seconds (user + system, psutil) of the CLI process (the single writer, Prefect, start-up) and of
  its workers, per page: the serial part of a run beside the parallel one;
- trafilatura's `extract` alone on the same pages (decoded, text pages as <p> lines), one process.

The machine's other load shows in absolute figures; the ratios from one run are what to compare.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import Any, NamedTuple

import psutil

from bench.timeline import Phases, Sample, phases

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds" / "pages"
CASES = [sys.executable, "-m", "flows.cli"]
TEMPLATES = ("txt-utf8", "html-portal", "txt-gbk", "html-gbk", "html-portal", "html-utf8")  # 1/3 text, 2/3 HTML

NAV = ["首页", "时政", "党建", "社区", "基层治理", "案例库", "理论", "评论", "图片", "视频", "专题", "地方"]
SCRIPT = "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');hm.src='//s.example.cn/t.js?';})();"
STYLE = ".nav li{float:left;margin:0 8px}.content p{text-indent:2em;line-height:1.8}.side a{color:#333}"


def shell(seed_lines: list[str], i: int, weight: int) -> tuple[str, str, str]:
    """Head, navigation and tail of a portal page: scripts, styles, menus, sidebars, footer.

    weight 1 is about 25 KB of markup around the article, weight 4 about 100 KB: the real pages of
    ../shared/fixtures/extraction (people.cn, xinhuanet, gmw, sina …) weigh 8-470 KB, median ~140 KB.
    """
    rnd = random.Random(i)
    scripts = "".join(f"<script>/* {k} */{SCRIPT * 12}</script>" for k in range(4 * weight))
    style = f"<style>{STYLE * 30 * weight}</style>"
    nav = "<div class='top'><div class='wrap'><ul class='nav'>" + "".join(
        f"<li class='n{k}'><a href='/{k}/index.html'><span>{NAV[(k + i) % len(NAV)]}</span></a></li>"
        for k in range(60 * weight)
    )
    nav += "</ul></div></div><div class='crumb'>当前位置:首页 > 党建 > 案例</div>"
    side = ""
    for block in range(2 * weight):
        related = [line[:24] for line in rnd.sample(seed_lines, min(20, len(seed_lines)))]
        side += f"<div class='side b{block}'><h3>相关新闻</h3><ul>" + "".join(
            f"<li><div><a href='/n/{rnd.randrange(10**6)}.html' title='{escape(t)}'>{t}</a>"
            f"<em>2023-0{block % 9 + 1}-1{k % 9}</em></div></li>"
            for k, t in enumerate(related)
        )
        side += "</ul></div>"
    foot = (
        "<div class='share'>分享到:微信 微博 QQ空间</div>"
        + "<div class='pager'>上一篇:社区治理新探索 下一篇:小区党建观察</div><div class='foot'>"
        + "".join(f"<a href='/about/{k}'>关于我们{k}</a> " for k in range(30))
        + "<p>版权所有 © 某某网 未经书面授权禁止使用</p></div>"
    )
    return scripts + style, nav, side + foot


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def render(template: str, text: str, i: int, seed_lines: list[str]) -> bytes:
    """One page from a seed text (already varied) in one of the templates.

    Seed lines go in as they are: a mirror seed's junk tags (`<code id=…>`) are real tags on such pages.
    """
    if template.startswith("txt"):
        return text.encode("gbk", errors="replace") if template == "txt-gbk" else text.encode("utf-8")
    lines = _lines(text)
    title = next((line for line in lines if 8 <= len(line) <= 60 and (":" in line or ":" in line)), lines[0])
    charset = "gbk" if template == "html-gbk" else "utf-8"
    body = "".join(f"<p>{line}</p>\n" for line in lines if line != title)
    head, nav, tail = shell(seed_lines, i, 4 if template == "html-portal" else 1)
    page = (
        f"<html><head><meta charset='{charset}'><title>{escape(title)}_案例库</title>{head}</head><body>{nav}"
        f"<h1>{escape(title)}</h1><div class='content' id='article-{i}'>{body}</div>{tail}</body></html>"
    )
    return page.encode(charset, errors="xmlcharrefreplace")


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。!?;]+[。!?;]", text) if len(s) >= 12]


def make_corpus(target: Path, n_pages: int, start: int = 0) -> list[Path]:
    """Pages `start` … `start + n_pages - 1` (page i is the same whatever the call: a later call with
    `start` set adds new pages to an earlier corpus).

    Distinct pages: a seed's opening lines (outlet, title, organisation, dateline) and a body of
    sentences drawn at random from the seeds of the same script, so two pages share few shingles
    (as two different cases do) and the near-duplicate pass meets the clusters of a real archive,
    not thousands of copies of five articles."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    seed_lines = [line for text in seeds for line in _lines(text) if len(line) >= 10]
    scripts = ["traditional" if "黨" in text else "simplified" for text in seeds]
    pools = {
        script: [s for text, sc in zip(seeds, scripts, strict=True) if sc == script for s in _sentences(text)]
        for script in set(scripts)
    }
    paths = []
    for i in range(start, start + n_pages):
        rnd = random.Random(i)
        k = i % len(seeds)
        head = []
        for line in _lines(seeds[k]):  # the lines before the first long paragraph: header, title, dateline
            if len(line) > 80:
                break
            head.append(line)
        pool = pools[scripts[k]]
        paragraphs = ["".join(rnd.sample(pool, min(len(pool), rnd.randint(2, 5)))) for _ in range(rnd.randint(6, 14))]
        text = "\n".join([*head[:8], *paragraphs, f"(本案例编号 {i:06d})"])
        template = TEMPLATES[(i // len(seeds)) % len(TEMPLATES)]
        folder = target / f"{i // 1000:04d}"  # a folder per thousand, as archives are kept
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{i:06d}.{'txt' if template.startswith('txt') else 'html'}"
        path.write_bytes(render(template, text, i, seed_lines))
        paths.append(path)
    return paths


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """A `cases server` for the bench (its own PREFECT_HOME), stopped by the pid it was given."""

    def __init__(self, home: Path) -> None:
        self.port = free_port()
        self.env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        self.env["PREFECT_API_URL"] = f"http://127.0.0.1:{self.port}/api"
        self.log = (home.parent / "server.log").open("w")
        self.process = subprocess.Popen(
            [*CASES, "server", "--port", str(self.port), "--no-ui"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, timeout: float = 180) -> float:
        import httpx

        from flows.warm_deriver import deriver_dir

        started = time.monotonic()
        # the server's deriver loads beside it (flows/warm_deriver.py): the bench's runs start once it is idle
        loaded = deriver_dir(self.env["PREFECT_API_URL"]) / "key"
        while time.monotonic() - started < timeout:
            try:
                answers = httpx.get(self.env["PREFECT_API_URL"] + "/health", timeout=1).status_code == 200
            except httpx.HTTPError:
                answers = False
            if answers and loaded.exists():
                return time.monotonic() - started
            time.sleep(0.5)
        raise RuntimeError("cases server did not answer, or its deriver did not load")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class Workspace(NamedTuple):
    """What `workspace` gives a bench: its temporary folder, the answering server, the corpus folder
    (generated when `pages` was given) and the seconds the server took to answer."""

    dir: Path
    server: Server
    corpus: Path
    up: float


@contextlib.contextmanager
def workspace(prefix: str, pages: int | None = None) -> Iterator[Workspace]:
    """A temporary folder (`prefix` names it) with a `cases server` answering (PREFECT_HOME in its
    `prefect/`) and, with `pages`, the generated corpus in its `corpus/`; on the way out, however the
    bench ends (an error, a failed ingest, Ctrl-C), the server is stopped and the folder removed.

    Why: every bench that runs the real CLI against a server needs this same set-up and tear-down;
    written out in each, one that got the `finally` wrong would leave a server process and a corpus of
    thousands of pages behind."""
    work = Path(tempfile.mkdtemp(prefix=prefix))
    (work / "prefect").mkdir()
    server = Server(work / "prefect")
    try:
        up = server.wait()
        if pages is not None:
            make_corpus(work / "corpus", pages)
        yield Workspace(work, server, work / "corpus", up)
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def medians(rows: Iterable[Sequence[float]]) -> tuple[float, ...]:
    """The median of each column of `rows` (one row a run, all of the same length)."""
    return tuple(statistics.median(col) for col in zip(*rows, strict=True))


def print_medians(seen: Mapping[Any, Iterable[Sequence[float]]], line: Callable[..., str]) -> None:
    """`medians:`, then per key of `seen` (a checkout, a batch size) `line(key, *the medians of its runs)`."""
    print("medians:")
    for key, rows in seen.items():
        print(line(key, *medians(rows)))


class Run(NamedTuple):
    """One `cases ingest`: wall seconds, peak RSS (bytes) of it and its workers, CPU seconds (user +
    system) of the CLI process itself (the writer, Prefect, the run's serial part) and of its workers,
    and where the wall time went (bench/timeline.py)."""

    wall: float
    peak_rss: int
    cli_cpu: float
    worker_cpu: float
    phases: Phases | None = None
    peak_rss_each: dict[int, int] | None = None  # each process's own peak RSS (pid: bytes), the CLI's included
    # the peak of the summed PSS: pages shared between processes (a forkserver's heap, which its forked workers
    # share copy-on-write) counted once, not once per process as the summed RSS counts them
    peak_pss: int = 0


def _watch(
    proc: psutil.Process,
    started: float,
    stop: threading.Event,
    out: list[float],
    samples: list[Sample],
    each: dict[int, int] | None = None,
    servers: set[int] | None = None,
) -> None:
    """Sample every 0.2 s: the peak of the summed RSS (and, into `each`, every process's own peak), and
    each process's CPU times (a process's last 0.2 s before it exits is missed: the CPU figures are a
    little low); into `servers`, the pids of forkservers (they start workers, they derive nothing)."""
    peak = peak_pss = 0
    cpu: dict[int, float] = {}
    each = {} if each is None else each
    servers = set() if servers is None else servers
    while not stop.is_set():
        try:
            procs = [proc, *proc.children(recursive=True)]
            for p in procs:
                if p.pid not in cpu:  # new: is it a pool's forkserver? (its forks, the workers, share its
                    with contextlib.suppress(psutil.Error):  # command line: the server is the CLI's child)
                        if p.ppid() == proc.pid and "multiprocessing.forkserver" in " ".join(p.cmdline()):
                            servers.add(p.pid)
            rss = {p.pid: p.memory_info().rss for p in procs if p.is_running()}
            peak = max(peak, sum(rss.values()))
            if len(samples) % 5 == 0:  # once a second: reading PSS walks each process's mappings (~1-2 ms)
                pss = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        pss += p.memory_full_info().pss
                peak_pss = max(peak_pss, pss)
            for pid, size in rss.items():
                each[pid] = max(each.get(pid, 0), size)
            for p in procs:
                with contextlib.suppress(psutil.Error):  # one child gone does not lose the others' sample
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            samples.append(Sample(time.perf_counter() - started, dict(cpu)))
        except psutil.Error:
            pass
        stop.wait(0.2)
    out.extend([peak, cpu.pop(proc.pid, 0.0), sum(cpu.values()), peak_pss])


def without_server(home: Path) -> dict[str, str]:
    """The environment of a user with no `cases server`: no API URL, no probe, a PREFECT_HOME of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return {**env, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "CASES_FIND_SERVER": "0"}


def ingest(
    server: Server,
    db: Path,
    inputs: list[Path],
    workers: int,
    batch_size: int | None,
    env: dict[str, str] | None = None,
    checkout: Path = ROOT,
) -> Run:
    """One `cases ingest` of `checkout`'s code (default this one), timed and watched (Run)."""
    args = [*CASES, "ingest", "--db", str(db), "--workers", str(workers)]
    if batch_size is not None:  # None: the CLI's default schedule (flows/batching.py)
        args += ["--batch-size", str(batch_size)]
    # Output goes to files, not pipes, and the CLI leads its own process group: if it dies (killed, out of memory),
    # its workers may live on holding the pipes open, and reading to their end would wait forever; the group's
    # leftovers are killed once the CLI has exited.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [*args, *map(str, inputs)],
            cwd=checkout,
            env=env or server.env,
            stdout=out_file,
            stderr=err_file,
            text=True,
            start_new_session=True,
        )
        stop, seen, samples, each, servers = threading.Event(), [], [], {}, set()
        watched = (psutil.Process(proc.pid), started, stop, seen, samples, each, servers)
        sampler = threading.Thread(target=_watch, args=watched)
        sampler.start()
        try:
            proc.wait()
        finally:
            elapsed = time.perf_counter() - started
            stop.set()
            sampler.join()
            _kill_group(proc)
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if proc.returncode != 0:
        raise RuntimeError(f"cases ingest failed ({proc.returncode}):\n{out[-2000:]}\n{err[-3000:]}")
    peak, cli_cpu, worker_cpu, peak_pss = seen if seen else (0, 0.0, 0.0, 0)
    ph = phases(samples, proc.pid, elapsed, servers)
    return Run(elapsed, int(peak), cli_cpu, worker_cpu, ph, each, int(peak_pss))


EMPTY_FLOW = """
import flows  # the project's Prefect defaults, set as `cases` sets them
import duckdb, pandas
from prefect import flow
from flows.cli import _no_heartbeat

@flow(name="empty")
def empty(paths: list[str] | None = None) -> int:
    return 0

with _no_heartbeat():  # as `cases ingest` runs its flow
    empty(paths=["."])
"""


def empty_flow_run(server: Server, env: dict[str, str] | None = None) -> float:
    """Wall seconds of a fresh process that imports Prefect, pandas and DuckDB and runs one empty flow
    against `server` with the CLI's settings (or in `env`: `without_server` starts Prefect's temporary
    API): what every `cases ingest` pays before it looks at a single input."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", EMPTY_FLOW], cwd=ROOT, env=env or server.env, check=True, capture_output=True)
    return time.perf_counter() - started


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """Kill what is left of the process group `proc` leads (it exited, or the bench is interrupted)."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, 9)


def trafilatura_rate(paths: list[Path]) -> float:
    """Pages/s of trafilatura.extract alone, pages decoded in advance (UTF-8, else GB18030)."""
    import trafilatura

    docs = []
    for p in paths:
        raw = p.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("gb18030", errors="replace")
        if p.suffix == ".txt":
            text = "<html><body>" + "".join(f"<p>{escape(line)}</p>" for line in _lines(text)) + "</body></html>"
        docs.append(text)
    started = time.perf_counter()
    for doc in docs:
        trafilatura.extract(doc)
    return len(docs) / (time.perf_counter() - started)


def interleaved(
    server: Server, work: Path, corpus: Path, size: int, batch_size: int | None, repeats: int, first: Run
) -> tuple[list[Run], list[Run]]:
    """`--workers 1` and `--workers 2` on the same corpus, `repeats` pairs in alternating order (w1 w2,
    w2 w1, ...; the first w2 is the run already made), each into a fresh warehouse, so that both meet
    the machine's load alike. Why: one pair's ratio moved 1.54-1.69 between runs of the same code."""
    ones: list[Run] = []
    twos = [first]
    for k in range(repeats):
        order = (1, 2) if k % 2 == 0 else (2, 1)
        for workers in order:
            if workers == 2 and k == 0:
                continue  # the first pair's w2 is `first`
            run = ingest(server, work / f"w{workers}-{size}-{k}.duckdb", [corpus], workers, batch_size)
            (ones if workers == 1 else twos).append(run)
    return ones, twos


def w2_over_w1(ones: list[Run], twos: list[Run]) -> str:
    """The median w2/w1 ratio over interleaved pairs, and its spread (lowest-highest)."""
    ratios = sorted(one.wall / two.wall for one, two in zip(ones, twos, strict=True))
    return f"w2/w1 median {statistics.median(ratios):.2f}x, spread {ratios[0]:.2f}-{ratios[-1]:.2f}x"


def print_phases(label: str, runs: list[Run]) -> None:
    """Each run's phases (bench/timeline.py), one line per run."""
    for k, run in enumerate(runs):
        ph = run.phases
        if ph is None:
            continue
        print(
            f"    {label} #{k + 1}: wall {ph.wall:5.1f}s = start {ph.start:4.1f} (workers seen at {ph.spawned:.1f})"
            f" + full {ph.full:5.1f} + gaps {ph.gaps:4.1f} + tail {ph.tail:4.1f} + end {ph.end:4.1f}; derivers idle "
            f"{ph.idle_worker_s:.1f} core-s; CPU CLI {ph.cli_cpu:.1f}s, workers {ph.worker_cpu:.1f}s"
        )


def fixed_batch_line(fixed: int, peaks: Mapping[int, tuple[int, int]]) -> str:
    """The peak RSS (and PSS) of the largest corpus against the smallest's, both at `fixed` pages a batch.

    `peaks`: corpus size -> (peak summed RSS, peak summed PSS) in bytes, of the runs at that batch size.
    Why apart from the default schedule's line: that one compares a 10,000-page run, most of whose batches
    have grown to 400 pages, with a 1,000-page run that never grows them, so it mixes the batch schedule
    with the corpus size; at one batch size for both, what is left is the corpus size. Informative only:
    the flat criterion stays on the default schedule's line."""
    small, large = min(peaks), max(peaks)
    (rss_small, pss_small), (rss_large, pss_large) = peaks[small], peaks[large]
    growth = rss_large / max(1, rss_small) - 1
    pss = f"PSS {pss_large / pss_small - 1:+.0%}" if pss_small and pss_large else "PSS not read"
    return (
        f"  at a fixed --batch-size {fixed} (a separate run per size, corpus size apart from the batch schedule): "
        f"peak RSS {rss_small / 2**20:.0f} MiB at {small} pages, {rss_large / 2**20:.0f} MiB at {large}: "
        f"{growth:+.0%}; {pss}"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--batch-size", type=int, default=None, help="fixed pages per task run (default: the CLI's own)")
    ap.add_argument("--scaling-size", type=int, default=None, help="corpus for --workers 1 vs 2 (default: largest)")
    ap.add_argument("--repeats", type=int, default=3, help="interleaved --workers 1 / 2 pairs (median ratio reported)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures and each run's phases here")
    ap.add_argument("--reruns", type=int, default=3, help="unchanged re-runs per size (the median is reported)")
    ap.add_argument(
        "--fixed-batch-size",
        type=int,
        default=400,
        help="also a run per size at this batch size, for the peak memory apart from the schedule (0: none)",
    )
    args = ap.parse_args()
    # at a fixed --batch-size the default runs already are at one batch size: no second pair
    fixed = args.fixed_batch_size if args.batch_size is None else 0
    sizes = [int(s) for s in args.sizes.split(",")]
    scaling = args.scaling_size or max(sizes)  # fixed start-up costs swamp small corpora
    print(
        f"scale bench: corpora {sizes}, batch size {args.batch_size or 'the default'}, {os.cpu_count()} CPUs",
        flush=True,
    )
    print(f"  load average now {os.getloadavg()[0]:.1f} (other users of the machine make absolute figures noisy)")
    with workspace("cases-scale-") as ws:
        work, server = ws.dir, ws.server
        print(f"  cases server up in {ws.up:.1f}s", flush=True)
        rows = {}
        for size in sizes:
            corpus = work / f"corpus{size}"
            paths = make_corpus(corpus, size)
            db2 = work / f"w2-{size}.duckdb"
            first = ingest(server, db2, [corpus], 2, args.batch_size)
            t2, mem2 = first.wall, first.peak_rss
            reruns, floors = [], []
            for _ in range(max(1, args.reruns)):  # alternated: the machine's load moves both alike
                reruns.append(ingest(server, db2, [corpus], 2, args.batch_size).wall)
                floors.append(empty_flow_run(server))
            rerun, floor = statistics.median(reruns), statistics.median(floors)
            row = {"w2": t2, "mem": mem2, "rerun": rerun, "kib": db2.stat().st_size / 1024 / size}
            row["reruns"], row["empty_flow"] = reruns, floor
            row["pss"] = first.peak_pss
            row["cli_cpu"], row["worker_cpu"] = first.cli_cpu, first.worker_cpu
            if size == scaling:
                ones, twos = interleaved(server, work, corpus, size, args.batch_size, max(1, args.repeats), first)
                one = ones[0]
                row["w1"], row["w1_cpu"], row["ones"], row["twos"] = one.wall, one.cli_cpu, ones, twos
                extra = corpus / "one-more.txt"
                extra.write_text(SEEDS.joinpath("001_0812f27126c4a880.txt").read_text(encoding="utf-8") + "\n新增。")
                # a new page each time, derived by the server's deriver and (CASES_DERIVER=0) in the run, alternated
                beside, here = [], []
                for k in range(3):
                    for mode, walls in (("1", beside), ("0", here)):
                        page = corpus / f"one-more-{mode}{k}.txt"
                        page.write_text(extra.read_text(encoding="utf-8") + f"{mode}{k}", encoding="utf-8")
                        env = {**server.env, "CASES_DERIVER": mode}
                        walls.append(ingest(server, db2, [page], 2, args.batch_size, env).wall)
                row["one"], row["one_here"] = statistics.median(beside), statistics.median(here)
                row["ones_beside"], row["ones_here"] = beside, here
                other = corpus / "one-more-no-server.txt"
                other.write_text(extra.read_text(encoding="utf-8") + "\n再增。", encoding="utf-8")
                (work / "prefect-alone").mkdir(exist_ok=True)
                alone = without_server(work / "prefect-alone")
                row["one_alone"] = ingest(server, db2, [other], 2, args.batch_size, alone).wall
                row["one_floor"] = statistics.median(empty_flow_run(server) for _ in range(3))
                # its Prefect home is new to the one-page run (as a first-time user's); the floor goes second
                row["one_alone_floor"] = empty_flow_run(server, alone)
                fresh = work / "prefect-fresh"
                fresh.mkdir(exist_ok=True)
                row["one_fresh_floor"] = empty_flow_run(server, without_server(fresh))
                row["traf"] = trafilatura_rate(paths[:1000])  # a rate: the first 1000 pages (all templates) suffice
            if fixed and len(sizes) > 1 and size in (min(sizes), max(sizes)):  # memory apart from the schedule
                at_fixed = ingest(server, work / f"fixed-{size}.duckdb", [corpus], 2, fixed)
                row["fixed_mem"], row["fixed_pss"] = at_fixed.peak_rss, at_fixed.peak_pss
                (work / f"fixed-{size}.duckdb").unlink(missing_ok=True)
            if size == max(sizes) and len(sizes) > 1:  # run size apart from warehouse size
                more = make_corpus(work / "more", min(sizes), start=size)
                row["more"], row["more_mem"], *_ = ingest(server, db2, [work / "more"], 2, args.batch_size)
                row["more_n"] = len(more)
                shutil.rmtree(work / "more", ignore_errors=True)
            rows[size] = row
            msg = f"  {size:>6} pages: --workers 2 {size / t2:6.1f} pages/s ({t2:.1f}s), unchanged re-run {rerun:.1f}s"
            mem = f"peak RSS {mem2 / 2**20:.0f} MiB (PSS {row['pss'] / 2**20:.0f})"
            print(msg + f" ({t2 / rerun:.1f}x faster), {mem}", flush=True)
            each = ", ".join(f"{r:.1f}" for r in reruns)
            print(
                f"          re-runs {each} s (median {rerun:.1f}); an empty Prefect flow run {floor:.1f} s "
                f"(median of {len(floors)}): the re-run's own work {rerun - floor:.1f} s",
                flush=True,
            )
            print(
                f"          CPU of that run: CLI process (writer, Prefect, start-up) {row['cli_cpu']:.1f}s = "
                f"{row['cli_cpu'] / size * 1000:.2f} ms/page, workers {row['worker_cpu']:.1f}s = "
                f"{row['worker_cpu'] / size * 1000:.2f} ms/page",
                flush=True,
            )
            shutil.rmtree(corpus, ignore_errors=True)
        s = rows[scaling]
        w1, w2 = scaling / s["w1"], scaling / s["w2"]
        print(f"\nend to end on {scaling} pages (wall time of `cases ingest`, process start included):")
        w1_cpu = f"CPU {s['w1_cpu']:.1f}s = {s['w1_cpu'] / scaling * 1000:.2f} ms/page"
        print(f"  --workers 1         {w1:8.1f} pages/s   {w1_cpu}")
        eff = f"speed-up {w2 / w1:.2f}x, scaling efficiency {w2 / w1 / 2:.0%}"
        print(f"  --workers 2         {w2:8.1f} pages/s   {eff}")
        if len(s["ones"]) > 1:
            rates = {n: ", ".join(f"{scaling / r.wall:.1f}" for r in s[n]) for n in ("ones", "twos")}
            print(
                f"  {len(s['ones'])} interleaved pairs: {w2_over_w1(s['ones'], s['twos'])} "
                f"(pages/s: w1 {rates['ones']}; w2 {rates['twos']})"
            )
        print("  where the wall time went (bench/timeline.py):")
        print_phases("w1", s["ones"])
        print_phases("w2", s["twos"])
        print(f"  trafilatura alone   {s['traf']:8.1f} pages/s   (extract only, one process, 1000 pages in memory)")
        print(f"  --workers 2 / trafilatura: {w2 / s['traf']:.2f}x")
        print(
            f"  one new page        {s['one']:8.1f} s        (against the running server, derived by its deriver; "
            f"{s['one_here']:.1f} s derived in the run's process, CASES_DERIVER=0; medians of 3 alternated)"
        )
        print(f"  one new page        {s['one_alone']:8.1f} s        (no server: Prefect's temporary API first)")
        print(
            f"  an empty flow run   {s['one_floor']:8.1f} s        (against the server), "
            f"{s['one_alone_floor']:.1f} s (no server; {s['one_fresh_floor']:.1f} s in a new Prefect home, as the "
            "one-page run had): the floors under the two one-page runs"
        )
        for size, row in rows.items():
            print(
                f"  {size:>6} pages: unchanged re-run {row['w2'] / row['rerun']:5.1f}x faster than the first run "
                f"(at most {row['w2'] / row['empty_flow']:.1f}x: an empty flow run); "
                f"peak RSS {row['mem'] / 2**20:.0f} MiB (PSS {row['pss'] / 2**20:.0f}); "
                f"warehouse {row['kib']:.1f} KiB per page"
            )
        smallest, largest = rows[min(rows)], rows[max(rows)]
        if len(rows) > 1:
            growth = largest["mem"] / smallest["mem"] - 1
            verdict = "flat: within 10%" if abs(growth) <= 0.10 else "NOT flat: the target is within 10%"
            pss_growth = largest["pss"] / max(1, smallest["pss"]) - 1
            print(f"  peak RSS at {max(rows)} vs {min(rows)} pages: {growth:+.0%} ({verdict}); PSS {pss_growth:+.0%}")
            if "fixed_mem" in smallest and "fixed_mem" in largest:
                fixed_peaks = {
                    size: (rows[size]["fixed_mem"], rows[size]["fixed_pss"]) for size in (min(rows), max(rows))
                }
                print(fixed_batch_line(fixed, fixed_peaks))
            if "more" in largest:
                n, into = largest["more_n"], largest["more_mem"] / smallest["mem"] - 1
                print(
                    f"  {n} new pages into the {max(rows)}-page warehouse: {n / largest['more']:.1f} pages/s, "
                    f"peak RSS {largest['more_mem'] / 2**20:.0f} MiB, {into:+.0%} vs {min(rows)} pages into an "
                    "empty one (the same run size: what grows with the warehouse alone)"
                )
        if args.json is not None:
            out = {
                str(size): {
                    k: ([r.phases.as_dict() for r in v if r.phases] if k in ("ones", "twos") else v)
                    for k, v in row.items()
                }
                for size, row in rows.items()
            }
            args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
