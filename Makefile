# Onward: `make run` to try it, `make test` to check it. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_EMAIL ?= demo@onward.local
DEMO_PASSWORD ?= onward-demo
export ONWARD_DATA_DIR ?= $(CURDIR)/var

# Django 6 needs Python 3.12 or newer: take the first one found.
PYTHON ?= $(shell for c in python3.14 python3.13 python3.12 python3 \
	$(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3) \
	$(wildcard /usr/local/bin/python3.1[2-9]); do \
	command -v $$c >/dev/null 2>&1 && $$c -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v $$c; break; }; done)

.PHONY: run test test-pg lint install demo worker clean readme-images

$(BIN)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Onward needs Python 3.12 or newer (Django 6). Install one, or run: make PYTHON=/path/to/python3.12"; exit 1; }
	@echo "Setting up $(VENV) with $(PYTHON)…"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip >$(VENV)/install.log 2>&1 || { cat $(VENV)/install.log; exit 1; }
	@$(BIN)/python -m pip install -e '.[dev]' >>$(VENV)/install.log 2>&1 || { tail -40 $(VENV)/install.log; exit 1; }
	@touch $@

# axe-core for the accessibility tests comes from the npm registry; without npm
# those tests are skipped with a message.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility tests will be skipped"; fi

install: $(BIN)/.installed

run: install
	@mkdir -p "$(ONWARD_DATA_DIR)"
	@fresh=$$(test -f "$(ONWARD_DATA_DIR)/onward.sqlite3" || echo yes); \
	$(BIN)/onward migrate --verbosity 0; \
	if [ -n "$$fresh" ]; then $(BIN)/onward demo --email "$(DEMO_EMAIL)" --password "$(DEMO_PASSWORD)" >/dev/null; fi; \
	echo ""; \
	echo "  Onward:   http://127.0.0.1:$(PORT)/"; \
	echo "  Demo:     $(DEMO_EMAIL) / $(DEMO_PASSWORD)"; \
	echo "  (reset the demo any time with: $(BIN)/onward demo)"; \
	echo ""; \
	$(BIN)/onward worker >"$(ONWARD_DATA_DIR)/worker.log" 2>&1 & worker=$$!; \
	trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	ONWARD_DEMO_LOGIN="$(DEMO_EMAIL):$(DEMO_PASSWORD)" $(BIN)/onward serve --no-migrate --port $(PORT)

demo: install
	$(BIN)/onward migrate --verbosity 0
	$(BIN)/onward demo --email "$(DEMO_EMAIL)" --password "$(DEMO_PASSWORD)"

worker: install
	$(BIN)/onward worker

# In parallel, one process per core (pytest-xdist); PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= auto
# Every test process, and every `onward` process the tests start, imports some 600
# modules, and pytest rewrites the asserts of 400 of them (its plugins' own packages):
# keep the compiled form in __pycache__ even where PYTHONDONTWRITEBYTECODE is set, or
# each of them is compiled again every time (half of what collecting the tests costs).
PYTEST := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest

test: install node_modules/.installed
	$(PYTEST) -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

# The same suite against PostgreSQL (CI runs this too).
test-pg: install node_modules/.installed
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PYTEST) -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy onward

# The README's screenshots, refreshed from the ones the browser tests just took.
readme-images:
	@test -d test-artifacts/screenshots || { echo "Run make test first (it takes the screenshots)."; exit 1; }
	cp test-artifacts/screenshots/today-desktop.png docs/images/today.png
	cp test-artifacts/screenshots/note-desktop.png docs/images/note.png
	cp test-artifacts/screenshots/plan-phone.png docs/images/plan-phone.png
	cp test-artifacts/screenshots/welcome-desktop.png docs/images/welcome.png
	cp test-artifacts/screenshots/note-count-screen-phone.png docs/images/tone-phone.png
	cp test-artifacts/screenshots/send-confirm-serious-phone.png docs/images/send-serious-phone.png
	cp test-artifacts/screenshots/note-no-mail-desktop.png docs/images/note-no-mail.png
	cp test-artifacts/screenshots/mentor-link-local-desktop.png docs/images/mentor-link-local.png
	cp test-artifacts/screenshots/chapter-closed-desktop.png docs/images/chapter.png

clean:
	rm -rf $(VENV) var node_modules test-artifacts .pytest_cache .mypy_cache .ruff_cache
