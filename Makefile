# Two commands: `make site` builds the briefing into site/, `make test` runs every test.
# Both create .venv on first use and (re)install the project when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site test serve clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/briefing build

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: $(STAMP)
	bash tests/setup_browser.sh
	$(BIN)/python -m pytest

clean:
	rm -rf site .venv node_modules
