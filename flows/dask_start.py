"""Dask workers start like the local pool's: the derivation loaded and frozen before the first batch.

Why: the local process pool runs `tasks.worker_start.start_worker` as each process's initializer, so its
workers load jieba, the gazetteer and the derivation stack with the collector off and freeze them, and
end when the `cases` process is gone. A Dask worker is started by `dask worker`, not by us: without
this plugin it loaded all of that inside its first batch, collector on, and every later collection
walked it. Registered on the run's client (`Client.register_plugin`), the plugin's `setup` runs once
on every worker of the cluster, on those already up and on those that join later.
"""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin
from prefect_dask import DaskTaskRunner

from tasks.worker_start import start_worker

PLUGIN_NAME = "cases-worker-start"


class WorkerStart(WorkerPlugin):
    """`start_worker` on each Dask worker; idempotent: a worker started by an earlier run keeps its start
    (registering again under the same name is ignored), so a long-lived cluster loads once per worker."""

    idempotent = True
    name = PLUGIN_NAME

    def __init__(self, *modules: str) -> None:
        self.modules = modules

    def setup(self, worker: Any) -> None:
        """Runs in the worker's own process; the watchdog there watches the worker's parent (the nanny)."""
        start_worker(*self.modules)


class StartedDaskTaskRunner(DaskTaskRunner):
    """prefect-dask's runner that registers `WorkerStart` on the cluster when it starts."""

    def __enter__(self) -> StartedDaskTaskRunner:
        super().__enter__()
        self.client.register_plugin(WorkerStart("flows.ingest"), name=PLUGIN_NAME)
        return self
