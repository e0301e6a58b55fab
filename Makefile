# DSPP Learning: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-16)
DEV_ENV := DJANGO_DEBUG=1

.PHONY: run test lint format migrations-check check-deploy install browser lock clean bench

install: $(STAMP)

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	rm -f $(VENV)/.installed-* && touch $@

run: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_demo
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

browser:
	@scripts/ensure-chromium

test: install browser
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

migrations-check: install
	$(DEV_ENV) $(PY) manage.py makemigrations --check --dry-run

# Production mode: DEBUG off, a real secret and hosts, as a deployment sets them.
check-deploy: install
	DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=learning.example.org \
	$(PY) manage.py check --deploy --fail-level WARNING

# Public pages under gunicorn and PostgreSQL at two sizes, as ratios to a
# trivial view; writes bench/results/latest.json (README, "Performance").
bench: install
	$(PY) bench/run.py

# Re-pin every dependency, with hashes, from pyproject.toml.
lock:
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
