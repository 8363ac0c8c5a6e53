# twilio-proxy: every target sets up what it needs, from a fresh clone.
# Only python3 (3.11+) and make are assumed on the machine; `make test` (Prism's
# contract tests) and `make record` also use node/npm.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
# Never let uv fetch a Python build (the machines have no internet but the
# package registries): use the interpreter on PATH.
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
RUN := $(UV) run --frozen --no-sync

.PHONY: help install generate check-generated lint test demo record bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet "uv==$(UV_VERSION)"

.venv/.synced: $(UV) pyproject.toml uv.lock
	# Compiled bytecode, as a pip install has it: without it every process
	# (the CLI, each test subprocess) recompiles ~300 modules.
	$(UV) sync --frozen --quiet --compile-bytecode
	$(UV) run --frozen --no-sync python -m compileall -q wrapper generated scripts
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: .venv/.synced node_modules/.installed ## Create .venv and node_modules from the lock files

generate: .venv/.synced ## Regenerate generated/ from openapi/ (run after every spec change)
	rm -rf .generated.tmp
	$(RUN) python openapi/generate.py openapi/proxy_v1.yaml .generated.tmp
	rm -rf generated
	mv .generated.tmp generated
	$(RUN) python -m compileall -q generated

check-generated: .venv/.synced ## Fail if generated/ differs from what the spec generates
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(RUN) python openapi/generate.py openapi/proxy_v1.yaml "$$tmp/generated" >/dev/null; \
	if ! diff -r -x __pycache__ "$$tmp/generated" generated; then \
	  echo "check-generated: generated/ does not match the spec; run 'make generate' and commit" >&2; exit 1; \
	fi
	$(RUN) mypy --strict generated/twilio_proxy_api
	@echo "check-generated: generated/ matches openapi/ and passes mypy --strict"

lint: .venv/.synced ## ruff + mypy --strict on the hand-written code
	$(RUN) ruff check wrapper tests scripts benchmarks openapi
	$(RUN) ruff format --check wrapper tests scripts benchmarks openapi
	$(RUN) mypy --strict
	$(RUN) mypy --strict scripts openapi/generate.py openapi/spec_view.py

test: install check-generated lint ## Everything CI runs: drift check, lint, the whole offline suite with coverage
	$(RUN) pytest --block-network --allowed-hosts='^127\.0\.0\.1$$' --record-mode=none \
	  --cov --cov-report=term --cov-fail-under=100

demo: .venv/.synced ## A whole Proxy story on the embedded Proxy (Python only), or reading real Twilio with TWILIO_* set
	$(RUN) python scripts/demo.py

record: install ## Re-record the cassettes (real Twilio with TWILIO_* set, else the mock server)
	$(RUN) python scripts/record.py

bench: install ## Benchmark import, construction and per-call cost against the raw transports and twilio-python (BENCH_ARGS=--quick)
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
	  echo "bench: installing nginx-light from Debian's packages"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
	$(RUN) python benchmarks/run.py $(BENCH_ARGS)

clean: ## Remove everything the targets create
	rm -rf $(TOOLS) .venv node_modules .generated.tmp .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov benchmarks/.venv
	rm -rf .hypothesis benchmarks/.work dist build .coverage.*
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find . -name '*.egg-info' -prune -exec rm -rf {} +
