# Two commands matter: `make run` (set up everything and serve on http://127.0.0.1:8000) and
# `make test` (the whole test suite). Both create the virtualenv when it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# Development defaults; production sets its own environment (see README).
export DEBUG ?= true
export DJANGO_ALLOW_ASYNC_UNSAFE ?= true

.DEFAULT_GOAL := help
.PHONY: help install migrate seed run test test-postgres lint format bench clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(BIN)/.installed ## Create .venv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(MANAGE) migrate --noinput

seed: migrate ## Add the demo content and accounts (idempotent)
	$(MANAGE) seed_demo

run: seed ## Set up everything and serve the site on http://127.0.0.1:8000
	$(MANAGE) runserver 127.0.0.1:8000

# Extra pytest arguments, e.g. make test PYTEST_ARGS='-m "not browser"'.
PYTEST_ARGS ?=

test: install ## Run the whole test suite in parallel (browser tests need /usr/bin/chromium)
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

test-postgres: install ## Run the test suite against the local PostgreSQL
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/var_mensenhandel} $(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: install ## Check code style (ruff)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format the code (ruff)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: seed ## Measure page speed and query counts (see bench/), with production settings
	DEBUG=false $(MANAGE) collectstatic --noinput --verbosity 0
	DEBUG=false SECRET_KEY=bench-only-$$(date +%s)-not-a-real-deployment ALLOWED_HOSTS=testserver \
		$(BIN)/python bench/pages.py

clean: ## Remove the virtualenv, the SQLite database and uploaded files
	rm -rf $(VENV) db.sqlite3 media staticfiles
