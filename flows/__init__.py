"""Prefect flows, deployments and the `cases` CLI: thin composition over the plain functions in tasks/.

Importing this package sets Prefect's defaults for this project before Prefect itself is imported:
a project-local PREFECT_HOME, analytics off (we are offline), and a start-up timeout that a fresh
machine's first migration fits in. Anything already set in the environment wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Pages per task run at the start of a run; flows/batching.py grows it for large corpora and says why.
# (bench/batch_size.py, 3,000 generated pages, 2 workers: 200 had the best wall clock; larger batches cost less
# CPU per page but make the first batch and the tail wait longer.)
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
