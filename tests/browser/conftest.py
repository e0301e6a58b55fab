"""Fixtures for tests that drive Chromium against the live Django server."""

import os
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in the test thread, so Django's
# guard against synchronous database calls inside an event loop would refuse
# every ORM call the tests make. Those calls are ordinary synchronous code run
# between browser steps, never from inside a coroutine.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("DSPP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Generous enough for a two-core machine running the live server in-process.
DEFAULT_TIMEOUT_MS = 15_000


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Launch the system Chromium once per test run.

    Playwright must never download a browser of its own here, so a missing
    Chromium is a hard failure with instructions rather than a skip.
    """
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium was not found at {CHROMIUM}. Install the Debian package "
            "(apt-get install -y chromium) or point DSPP_CHROMIUM at a Chromium "
            "executable; the browser tests cannot run without it.",
            pytrace=False,
        )
    # While Playwright's loop is marked running, asgiref hands this thread a
    # second set of database connections. The copy of the seeded rows that the
    # test database setup keeps for serialised rollback lives on the first set,
    # so carry it over or each test would start without roles or vocabularies.
    serialised = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialised.items():
            connections[alias]._test_serialized_contents = contents
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _restore_seeded_rows(django_db_serialized_rollback):
    """Give every browser test the rows the data migrations seed.

    The live server needs transactional tests, which empty the database
    afterwards; serialised rollback reloads the staff roles and vocabularies
    (categories, themes, age bands) before each test.
    """


@pytest.fixture
def new_context(browser, live_server):
    """Return a factory of fresh browser contexts, all closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("locale", "en-GB")
        options.setdefault("timezone_id", "Europe/London")
        context = browser.new_context(**options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    """A fresh browser context (cookies, storage) for one test."""
    return new_context()


@pytest.fixture
def page(context):
    """A page in a fresh context, relative URLs resolved against the live server."""
    return context.new_page()
