# One task runner. `make extract` and `make test` are the README's quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv extract test lint typecheck unit record record-live bench real-texts real chromium screenshots clean

help:
	@echo "make extract      set up .venv and extract examples/articles offline (no key, no network)"
	@echo "make test         set up .venv, then ruff, mypy (strict on src/), import-linter, pytest"
	@echo "make record       re-record cassettes through the local scripted server"
	@echo "make record-live  re-record 'live' cassettes against a real endpoint (OPENAI_API_KEY)"
	@echo "make bench        run the benchmarks in benchmarks/"
	@echo "make real-texts   fetch the real corpus's page texts (needs internet; checks sha256)"
	@echo "make real         score the offline extractor on the real corpus texts present"
	@echo "make chromium     install Debian chromium for the HTML review test"
	@echo "make screenshots  redraw docs/review-*.png (the review site in chromium)"

# The venv is rebuilt when pyproject.toml changes (stale) or is missing.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

extract: $(STAMP)
	$(BIN)/baocao extract examples/articles -o out/reports.jsonl --offline
	$(BIN)/baocao review out/reports.jsonl --html out/review
	@echo "Reports: out/reports.jsonl (open out/review/index.html in a browser)"

lint: $(STAMP)
	$(BIN)/ruff check src tests schemas benchmarks docs
	$(BIN)/ruff format --check src tests schemas benchmarks docs

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck unit

# Cassette tests (marked vcr) re-record through tests/scripted_server.py, then replay to check.
# Stale cassettes go first, so a renamed scenario leaves no orphan; cassettes/live/ is kept.
record: $(STAMP)
	rm -f cassettes/*.yaml
	$(BIN)/pytest -q --record-mode=rewrite -m "vcr and not live" tests
	$(BIN)/pytest -q tests/test_cassettes.py

# Tests marked live, against OPENAI_BASE_URL (default api.openai.com) and BAOCAO_MODEL; the
# scores against examples/gold are printed (-s). Never run in CI.
record-live: $(STAMP)
	@test -n "$$OPENAI_API_KEY" || { echo "Set OPENAI_API_KEY (and optionally OPENAI_BASE_URL, BAOCAO_MODEL)"; exit 2; }
	$(BIN)/pytest -q -s --record-mode=rewrite -m live tests

bench: $(STAMP)
	$(BIN)/python benchmarks/numerals.py
	$(BIN)/python benchmarks/real_numbers.py
	$(BIN)/python benchmarks/offline.py
	$(BIN)/python benchmarks/batch.py
	$(BIN)/python benchmarks/prompt.py

# The real corpus (benchmarks/real/): texts are third-party pages, fetched, never committed.
real-texts: $(STAMP)
	$(BIN)/python benchmarks/realcorpus.py fetch

real: $(STAMP)
	$(BIN)/python benchmarks/real.py

chromium:
	apt-get update -qq && apt-get install -y -qq chromium

screenshots: $(STAMP)
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
