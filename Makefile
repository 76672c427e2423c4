# export-assist: two commands on a fresh machine.
#   make run    set up .venv, ingest regulations/, serve the API and widget on 127.0.0.1:8000
#   make test   set up .venv with test tools, then ruff, mypy and pytest
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= ./data
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite in parallel, a whole test file per worker (its module fixtures built once);
# PYTEST_ARGS= runs it in one process.
PYTEST_ARGS ?= -n auto --maxprocesses=4 --dist loadfile

export EXPORT_ASSIST_DATA_DIR ?= $(DATA_DIR)
# Chroma must never phone home; HF hubs are unreachable here anyway.
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: help install install-dev run serve ingest vectors test lint typecheck pytest browser-deps postgres-deps scaleout-test bench eval clean

help:
	@echo "make run   - install, ingest regulations/ and serve on http://$(HOST):$(PORT)"
	@echo "make test  - install test tools, run ruff, mypy and pytest"
	@echo "make bench - run the benchmarks (writes bench/results/)"
	@echo "make vectors - regenerate the shipped corpus vectors after the corpus changed"
	@echo "make eval  - run the evaluation datasets (writes eval/results/)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

ingest: install
	$(BIN)/export-assist ingest regulations

# Regenerate the corpus vectors shipped beside the corpus (regulations/.embeddings/), so a
# fresh machine's first ingest embeds only what changed since. Commit the file it writes.
vectors: install
	$(BIN)/export-assist ingest regulations
	$(BIN)/export-assist vectors export
	$(BIN)/export-assist vectors check --strict

serve: install
	$(BIN)/export-assist serve --host $(HOST) --port $(PORT)

# The PDF fonts are converted beside the starting server (about 20 CPU-seconds, once per
# machine; a PDF asked for meanwhile waits for them), so a first run serves without waiting.
run: install
	$(BIN)/export-assist ingest regulations
	EXPORT_ASSIST_API__HOST=$(HOST) $(BIN)/export-assist keys demo
	$(BIN)/export-assist docs fonts >/dev/null & $(BIN)/export-assist serve --host $(HOST) --port $(PORT)

# The same app against a local model served by llama.cpp (see scripts/run-llm.sh).
.PHONY: run-llm
run-llm: install
	HOST=$(HOST) PORT=$(PORT) BIN=$(BIN) bash scripts/run-llm.sh

browser-deps:
	@bash scripts/ensure-chromium.sh
	@bash scripts/ensure-poppler.sh

postgres-deps:
	@bash scripts/ensure-postgres.sh

lint: install-dev
	$(BIN)/ruff check src tests eval bench scripts
	$(BIN)/ruff format --check src tests eval bench scripts

typecheck: install-dev
	$(BIN)/mypy

pytest: install-dev browser-deps postgres-deps
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck pytest

# The scale-out tests alone (also part of `make test`): PostgreSQL for every table, a Chroma
# server and two API worker processes; each test starts the servers it needs.
scaleout-test: install-dev postgres-deps
	$(BIN)/pytest tests/postgres tests/scaleout tests/matching/test_postgres.py tests/retrieval/test_chroma_server.py

# Benchmarks and evaluations need an index (make ingest) and, for some, ../shared/data.
bench: install-dev
	$(BIN)/python -m bench.obliqa
	$(BIN)/python -m bench.search_latency
	$(BIN)/python -m bench.ingest
	$(BIN)/python -m bench.checklist_latency
	$(BIN)/python -m bench.shortlist_latency
	$(BIN)/python -m bench.import_customs
	$(BIN)/python -m bench.translation_throughput
	$(BIN)/python -m bench.documents_render
	$(BIN)/python -m bench.chat_nollm
	$(BIN)/python -m bench.load

eval: install-dev ingest
	$(BIN)/export-assist eval regulation-qa --modes hybrid,dense,lexical
	$(BIN)/export-assist eval retrieval
	$(BIN)/export-assist eval checklist
	$(BIN)/export-assist eval hs
	$(BIN)/export-assist eval translation --backends none
	$(BIN)/export-assist eval buyers
	$(BIN)/export-assist eval screening
	$(BIN)/export-assist eval qa --modes no-llm

clean:
	rm -rf $(VENV) $(DATA_DIR) .pytest_cache .mypy_cache .ruff_cache
