# grassroots-cases: `make run` and `make test` are all a new user needs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: run test test-fast bench lint venv clean server serve runs

venv: $(STAMP)

# Rebuilt whenever the lock or the project metadata changes. requirements.lock is `pip freeze` of a venv
# made from pyproject.toml with the `dev` and `bench` extras: every version pinned, one file.
$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	@touch $@

run: $(STAMP)
	$(BIN)/cases ingest

test: $(STAMP)
	$(BIN)/python -m pytest

# While working: everything but the tests that start a Prefect server, a browser or subprocess runs (< 1 min).
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not server and not browser"

lint: $(STAMP)
	$(BIN)/ruff check .

# Scheduled runs (docs/schedules.md): `make server` in one terminal, `make serve` in another.
PORT ?= 4200
server: $(STAMP)
	$(BIN)/cases server --port $(PORT)

serve: $(STAMP)
	PREFECT_API_URL=$${PREFECT_API_URL:-http://127.0.0.1:$(PORT)/api} $(BIN)/cases serve

runs: $(STAMP)
	$(BIN)/cases runs

# Not part of `make test`; each line prints figures to quote, side by side in one run (ratios: machines are noisy).
# bench.devset: the reader on real pages (bench/devset; pages kept out of the repo are read from $$DEVSET_CACHE
# when present: `python -m bench.devset_pages` brings them back from fetch's mirrors). bench.case_gold: case
# structure against the hand-written gold (seeds, development, held-out and real texts apart; the real ones from
# $$CASES_REAL_CACHE when present: `python -m bench.real_cases restore`). bench.search: queries on a generated 10k-article warehouse.
# bench.scale: end to end on generated 1k/10k corpora, --workers 1 vs 2, re-runs, memory. bench.real_scale: the same
# end to end against trafilatura on 10k copies of the devset's real pages (from $$DEVSET_CACHE; skipped without). The anchors (trafilatura, readability-lxml: the `bench` extra in
# pyproject.toml) are pinned in requirements.lock with everything else.
bench: $(STAMP)
	$(BIN)/python -m bench.pipeline
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.devset
	$(BIN)/python -m bench.case_gold
	$(BIN)/python -m bench.brand_evidence --sets heldout
	$(BIN)/python -m bench.search
	$(BIN)/python -m bench.scale
	$(BIN)/python -m bench.real_scale --pages 10000

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/raw
