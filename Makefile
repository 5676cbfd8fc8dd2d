# Two commands on a fresh machine: `make run` (set up, then chat locally or run the bot
# when TELEGRAM_BOT_TOKEN is set) and `make test` (set up, then lint and run every test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
E2E := tests/e2e

.PHONY: run test setup e2e-deps lint bench clean

setup: $(BIN)/.installed

# -qq: errors only. setuptools' notes about editable installs of a flat layout are no news
# to a user; a failed install still prints why.
$(BIN)/.installed: pyproject.toml
	@echo "Setting up $(VENV) (first run only; about a minute)…"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install -qq --upgrade pip
	@$(BIN)/pip install -qq -e '.[test]'
	@touch $@
	@echo "Ready."

run: setup
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then $(BIN)/sipbot run; else $(BIN)/sipbot chat; fi

e2e-deps: $(E2E)/node_modules/.installed

$(E2E)/node_modules/.installed: $(E2E)/package.json
	@echo "Installing the Bot API emulator for the end-to-end tests…"
	@cd $(E2E) && npm install --no-audit --no-fund --loglevel=error
	@touch $@

lint: setup
	$(BIN)/ruff check .

# -n auto: one worker a core (pytest-xdist); each worker ingests its own copy of the store.
test: setup e2e-deps lint
	$(BIN)/pytest -q -n auto

bench: setup
	$(BIN)/sipbot bench

clean:
	rm -rf $(VENV) $(E2E)/node_modules
