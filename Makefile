# Two commands on a fresh machine: `make run` (set up, then chat locally or run the bot
# when TELEGRAM_BOT_TOKEN is set) and `make test` (set up, then lint and run every test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
E2E := tests/e2e

.PHONY: run test setup e2e-deps lint bench clean

setup: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/sipbot run; else $(BIN)/sipbot chat; fi

e2e-deps: $(E2E)/node_modules/.installed

$(E2E)/node_modules/.installed: $(E2E)/package.json
	cd $(E2E) && npm install --no-audit --no-fund --loglevel=error
	touch $@

lint: setup
	$(BIN)/ruff check .

test: setup e2e-deps lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/sipbot bench

clean:
	rm -rf $(VENV) $(E2E)/node_modules
