"""`cases serve`: register the project's deployments with the Prefect server and run them on schedule.

One long-lived process (a Prefect Runner): it applies the deployments in flows/deployments.py with
their schedules (seeds/schedules.toml unless --interval/--cron), polls the server for due runs and
executes each in a child process that inherits this process's environment, so CASES_DB (or --db)
decides which warehouse the served runs write. SIGTERM and Ctrl-C stop it in order: no new runs,
in-flight ones get `--grace` seconds to finish, then are cancelled; the deployments' schedules are
paused (so the server does not pile up runs nobody will execute; the next `cases serve` resumes
them) and it exits 0 with no child process left.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import flows  # noqa: F401  (project Prefect defaults before any Prefect import)
from flows.runs import DEFAULT_API_URL


def wait_for_api(api_url: str, wait_seconds: float) -> str | None:
    """None when the API answers /health within `wait_seconds`; else why not."""
    import httpx
    from tenacity import retry_if_result

    from tasks.backoff import until_deadline

    def unhealthy() -> str | None:
        try:
            response = httpx.get(api_url.rstrip("/") + "/health", timeout=3.0, trust_env=False)
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"
        return None if response.status_code == 200 else f"HTTP {response.status_code}"

    last_reason = lambda state: state.outcome.result()  # noqa: E731  (the deadline passed: say why)
    retrying = until_deadline(
        wait_seconds, first=0.25, cap=2.0, retry=retry_if_result(bool), retry_error_callback=last_reason
    )
    return retrying(unhealthy)


IN_FLIGHT = ("PENDING", "RUNNING", "CANCELLING")


async def in_flight(deployment_ids: list[Any], since: datetime) -> int:
    """Runs of these deployments that this server started and that have not finished, as the Prefect API sees them.

    `since`: when this `cases serve` began; a run that entered its state before then is a leftover of an
    earlier process (killed without a goodbye), not ours to wait for.
    """
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    if not deployment_ids:
        return 0
    async with get_client() as client:
        runs = await client.read_flow_runs(
            deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=deployment_ids)),
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType(t) for t in IN_FLIGHT]))
            ),
        )
    return sum(1 for run in runs if run.state is None or run.state.timestamp >= since)


def running_flow_runs() -> int:
    """Processes of this one still executing a flow run, until they have exited.

    A run's state turns final in the API a moment before its process exits; stopping the runner in
    between would kill that process and overwrite the final state with Cancelled. The runner starts a
    served flow as a multiprocessing child (counted by `active_children`, which also reaps finished
    ones) and a flow from storage as a subprocess running Prefect's engine (PREFECT__FLOW_RUN_ID in its
    environment); other children, such as multiprocessing's resource tracker, are not runs.
    """
    import multiprocessing

    import psutil

    n = len(multiprocessing.active_children())
    for child in psutil.Process().children():
        try:
            if "PREFECT__FLOW_RUN_ID" in child.environ():
                n += 1
        except (psutil.NoSuchProcess, psutil.AccessDenied):  # gone meanwhile, or not a process we started
            continue
    return n


async def _serve(planned: list[Any], poll_seconds: float | None, grace: float) -> None:
    from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
    from prefect.runner import Runner
    from tenacity import retry_if_exception_type, retry_if_result

    from flows.deployments import with_alert_hooks
    from tasks.backoff import until_deadline_async

    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None
    stopping: list[str] = []
    tasks: list[asyncio.Task[None]] = []  # keeps the stop tasks referenced

    class CasesRunner(Runner):
        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            request_stop(signal.SIGTERM)

    runner = CasesRunner(name="cases-serve", query_seconds=poll_seconds, pause_on_shutdown=True)
    since = datetime.now(UTC) - timedelta(seconds=1)
    deployment_ids: list[Any] = []

    async def drain_then_stop() -> None:
        """Take no new runs, let in-flight ones finish (up to `grace` seconds), then stop the runner.

        Pausing the deployments makes the server delete their scheduled runs, so the runner finds none
        to start; what is already running is counted through the API and the OS (public, unlike the
        Runner's own bookkeeping) until none is left or the grace period ends. Stopping cancels the rest.
        """
        await _pause(planned)
        waiting = until_deadline_async(
            grace,
            first=0.25,
            cap=1.0,
            retry=retry_if_result(bool) | retry_if_exception_type(Exception),  # an API hiccup: ask again
            retry_error_callback=lambda state: None,  # grace is over: stop anyway
        )

        async def busy() -> int:  # children first: awaiting the API lets the runner note an exit meanwhile
            return running_flow_runs() + await in_flight(deployment_ids, since)

        await waiting(busy)
        await runner.astop()

    def request_stop(signum: int, frame: Any = None) -> None:
        """Ctrl-C/SIGTERM: finish in-flight runs, then stop; a second one cancels them now; a third forces."""
        stopping.append(signal.Signals(signum).name)
        if len(stopping) > 2:  # forced
            raise KeyboardInterrupt
        if not runner.started:  # still registering: stop that (pausing what was registered)
            loop.call_soon_threadsafe(main.cancel)
            return
        if len(stopping) == 1:
            print(
                f"cases serve: {stopping[0]} received: no new runs; waiting up to {grace:g}s for running ones "
                "(again to cancel them now) ...",
                file=sys.stderr,
                flush=True,
            )
            loop.call_soon_threadsafe(lambda: tasks.append(loop.create_task(drain_then_stop())))
        else:
            print("cases serve: cancelling running flow runs ...", file=sys.stderr, flush=True)
            loop.call_soon_threadsafe(lambda: tasks.append(loop.create_task(runner.astop())))

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)  # Runner.start() re-routes it through handle_sigterm
    try:
        for p in planned:
            deployment_id = await runner.aadd_flow(
                with_alert_hooks(p.flow),
                name=p.spec.name,
                schedules=p.schedule.to_prefect(),
                parameters=p.parameters,
                description=p.spec.description,
                tags=list(p.spec.tags),
                # A run still going when the next is due: the new one is cancelled, never stacked.
                concurrency_limit=ConcurrencyLimitConfig(
                    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
                ),
            )
            deployment_ids.append(deployment_id)
        print(f"serving {len(planned)} deployment(s); stop with Ctrl-C or SIGTERM", flush=True)
        await runner.start()
    finally:
        # The runner pauses the schedules when it shuts down; if it was stopped before it got that far,
        # do it here, so that the server does not schedule runs that nobody will execute.
        await _pause(planned)


async def _pause(planned: list[Any]) -> None:
    """Pause the served deployments' schedules (by name: one may exist on the server before its id came back)."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    async with get_client() as client:
        for p in planned:
            name = f"{p.flow.name}/{p.spec.name}"
            try:
                deployment = await client.read_deployment_by_name(name)
                if not deployment.paused:
                    await client.pause_deployment(deployment.id)
            except ObjectNotFound:
                continue
            except Exception as exc:
                print(f"cases serve: could not pause {name}: {exc}", file=sys.stderr)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def configured_api_url() -> str:
    """$PREFECT_API_URL, else the active Prefect profile's (`prefect config set ...`), else the default.

    Read without importing Prefect: its settings are fixed when it is imported.
    """
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    import tomllib
    from pathlib import Path

    home = Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return DEFAULT_API_URL
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    url = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(url) if url else DEFAULT_API_URL


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.deployments import ScheduleError, plan

    if args.db:
        os.environ["CASES_DB"] = str(os.path.abspath(os.path.expanduser(args.db)))
    elif os.environ.get("CASES_DB"):  # the runs' working directory need not be ours
        os.environ["CASES_DB"] = str(os.path.abspath(os.path.expanduser(os.environ["CASES_DB"])))
    api_url = os.environ["PREFECT_API_URL"] = configured_api_url()
    try:
        planned = plan(args.only or None, args.interval, args.cron, args.sources or None, timezone=args.timezone)
    except ScheduleError as exc:
        print(f"cases serve: {exc}", file=sys.stderr)
        return 2

    from warehouse.db import db_path

    served = [p for p in planned if not p.skipped]
    print(f"warehouse   {db_path(None)}", flush=True)
    print(f"Prefect API {api_url}", flush=True)
    for p in planned:
        if p.skipped:
            print(f"  - {p.spec.name:15} skipped: {p.skipped}", flush=True)
            continue
        params = ", ".join(f"{k}={v}" for k, v in p.parameters.items()) or "defaults"
        print(f"  + {p.flow.name}/{p.spec.name}: {p.schedule.describe()}; parameters: {params}", flush=True)
    if not served:
        print("cases serve: nothing to serve", file=sys.stderr)
        return 2
    if args.dry_run:
        return 0

    signal.signal(signal.SIGTERM, _interrupt)  # until the runner takes over: stop like Ctrl-C would
    try:
        problem = wait_for_api(api_url, args.wait_server)
    except KeyboardInterrupt:
        return 130
    if problem is not None:
        print(
            f"cases serve: no Prefect server answers at {api_url} ({problem}). Start one in another terminal "
            "with `cases server`, or point PREFECT_API_URL at yours.",
            file=sys.stderr,
        )
        return 2
    ui = api_url.rstrip("/").removesuffix("/api")
    print(f"UI          {ui}/deployments  (runs, logs, 'Quick run' to run one now)", flush=True)
    with contextlib.suppress(KeyboardInterrupt, asyncio.CancelledError):
        asyncio.run(_serve(served, args.poll, args.grace))
    print("cases serve: stopped; schedules paused until the next `cases serve`", flush=True)
    return 0


def add_serve_parser(sub: Any) -> None:
    from flows.deployments import DEPLOYMENTS

    names = ", ".join(d.name for d in DEPLOYMENTS)
    p = sub.add_parser(
        "serve",
        help="register the deployments and run them on their schedules (needs `cases server`)",
        description=(
            "Register the project's deployments with the Prefect server at $PREFECT_API_URL (default "
            f"{DEFAULT_API_URL}) and run them on their schedules (seeds/schedules.toml, or $CASES_SCHEDULES) "
            f"until Ctrl-C or SIGTERM. Deployments: {names}; those whose flow does not exist yet are skipped."
        ),
    )
    p.add_argument(
        "sources", nargs="*", metavar="SOURCES", help="files and folders for ingest-pages (default seeds/pages)"
    )
    when = p.add_mutually_exclusive_group()
    when.add_argument(
        "--interval", type=float, metavar="SECONDS", help="run every SECONDS instead of the configured schedule"
    )
    when.add_argument("--cron", metavar="EXPR", help="run on this cron schedule instead of the configured one")
    p.add_argument(
        "--timezone", metavar="TZ", help="IANA timezone of --cron/--interval (default UTC), e.g. Asia/Shanghai"
    )
    p.add_argument("--only", action="append", metavar="NAME", help=f"serve only this deployment (repeatable): {names}")
    p.add_argument("--db", default=None, help="warehouse the served runs write (sets CASES_DB for them)")
    p.add_argument(
        "--poll",
        type=float,
        default=None,
        metavar="SECONDS",
        help="how often to ask the server for due runs (default 10)",
    )
    p.add_argument(
        "--wait-server",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="wait this long for the server to answer (default 30)",
    )
    p.add_argument(
        "--grace",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="on Ctrl-C/SIGTERM, wait this long for running flow runs to finish before cancelling them (default 60)",
    )
    p.add_argument("--dry-run", action="store_true", help="print what would be served, then exit")
    p.set_defaults(func=cmd_serve)
