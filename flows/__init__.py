"""Prefect flows, deployments and the `cases` CLI: thin composition over the plain functions in tasks/.

Importing this package sets Prefect's defaults for this project before Prefect itself is imported:
a project-local PREFECT_HOME, analytics off (we are offline), and a start-up timeout that a fresh
machine's first migration fits in. Anything already set in the environment wins.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

os.environ.setdefault("PREFECT_HOME", str(PROJECT_ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_UI_ENABLED", "false")  # the temporary server needs no UI build
