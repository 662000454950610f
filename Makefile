# Two commands: `make site` builds the briefing into site/, `make test` runs every check and test.
# Both create .venv on first use and (re)install from the lock file when it or pyproject.toml changes.
# `make lock` regenerates requirements.lock (pinned, with hashes) from pyproject.toml's ranges.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LOCK := requirements.lock

.PHONY: site test lint serve lock clean

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/briefing build

serve: $(STAMP)
	$(BIN)/mkdocs serve

lint: $(STAMP)
	$(BIN)/ruff check build_site
	$(BIN)/ruff format --check build_site
	$(BIN)/mypy

test: lint
	bash tests/setup_browser.sh
	$(BIN)/python -m pytest

# After adding or changing a dependency in pyproject.toml (the lock covers the test extra too).
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "pip-tools>=7.4,<8"
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url \
		--no-emit-find-links --extra test --output-file $(LOCK) pyproject.toml

clean:
	rm -rf site .venv node_modules
