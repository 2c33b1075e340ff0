"""What a process pool's forkserver loads before it forks any worker (flows/worker_pool.py: why).

Forkserver preloads are given as module names, so importing this module is the loading: the ingest
task's module and the derivation stack, a warm-up page derived, the heap frozen. Only the forkserver
imports it; every worker forked from it starts with all of it loaded.
"""

from __future__ import annotations

from tasks.worker_account import account_server
from tasks.worker_start import load_derivation

load_derivation("flows.ingest")
account_server()
