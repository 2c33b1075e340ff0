"""Prefect flows, deployments and the `cases` CLI: thin composition over the plain functions in tasks/.

Importing this package sets Prefect's defaults for this project before Prefect itself is imported:
a project-local PREFECT_HOME, analytics off (we are offline), and a start-up timeout that a fresh
machine's first migration fits in. Anything already set in the environment wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Pages per task run. Every batch pays fixed costs (Prefect's task run in the worker, pickling, pandera's
# and the writer's per-table statements, a COMMIT), so bigger batches cost less CPU per page
# (bench/batch_size.py, 3,000 generated pages, 2 workers, workers + writer: 13.1 ms/page at 100, 12.1 at
# 200, 11.5 at 400, 10.7 at 800; a later run 10.85 at 200, 10.58 at 400), but the first batch and the
# tail take longer, so a 3,000-page run's wall time was no better at 400 (median 45.3 s against 39.8 s at
# 200), and memory grows with the batch (peak RSS per worker ~630 MiB at 200, ~740 at 400, ~970 at 800;
# never with the corpus). 200 stays; 400-800 suit corpora of tens of thousands of pages.
DEFAULT_BATCH_SIZE = 200

os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")  # the temporary server needs no UI build


def _skip_pandera_dask_typing() -> None:
    """Keep pandera from importing dask.dataframe (0.3-0.6 s at every start of the CLI and of a worker).

    pandera imports `pandera.typing.dask` (hence dask.dataframe) the first time it builds a model's
    schema, only to learn whether Dask frames exist; dask is installed here for prefect-dask's
    cluster runner, but no contract ever validates a Dask frame. A stand-in that answers "no Dask"
    is placed under that module name unless pandera already imported the real one.
    """
    import sys
    import types

    name = "pandera.typing.dask"
    if name not in sys.modules:
        stand_in = types.ModuleType(name, "pandera's Dask typing, left out: no contract validates Dask frames")
        stand_in.DASK_INSTALLED = False  # type: ignore[attr-defined]
        sys.modules[name] = stand_in


_skip_pandera_dask_typing()
