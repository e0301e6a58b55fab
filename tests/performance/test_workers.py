"""Every server process sees a published change on its very next request.

Two gunicorn servers, each its own process with its own page cache, serve the
test database. Both cache a page; a third process withdraws a record on it;
each server's next answer no longer shows it.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from django.db import connection

from tests.factories import ItemFactory, ResourceFactory, SectionFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))

WITHDRAW = """
import django
django.setup()
from django.contrib.auth import get_user_model
from publishing.services import record_withdraw
from resources.models import Resource

record_withdraw(
    record=Resource.objects.get(slug="curiosity-toolkit"),
    user=get_user_model().objects.get(username="worker-test-lead"),
    reason="Superseded",
)
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def shared_database():
    """Yield environment variables that open the test database from another process.

    PostgreSQL's test database is reachable as it is; SQLite's lives in this
    process's memory, so it is copied to a file first.
    """
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        url = (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or 'localhost'}"
            f":{db['PORT'] or 5432}/{db['NAME']}"
        )
        yield {"DATABASE_URL": url}
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shared.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        yield {"DJANGO_SQLITE_PATH": str(path)}


def server_env(database: dict) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "DJANGO_SQLITE_PATH")
    }
    return {
        **env,
        **database,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DSPP_PUBLIC_PAGE_CACHE_SECONDS": "3600",
    }


@contextmanager
def server(env: dict):
    """Run one single-worker gunicorn; yield its base URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [GUNICORN, "dspp.wsgi:application", "--bind", f"127.0.0.1:{port}", "-w", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz").close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("The test server did not start.") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch(url: str) -> tuple[str, str]:
    with urllib.request.urlopen(url) as response:
        return response.read().decode(), response.headers["ETag"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_withdrawal_reaches_every_worker_on_its_next_request():
    UserFactory(username="worker-test-lead", groups=["Safeguarding lead"])
    resource = ResourceFactory(
        title="Professional curiosity toolkit", slug="curiosity-toolkit"
    )
    circular = ItemFactory(resource=resource, section=SectionFactory()).section.circular
    path = circular.get_absolute_url()

    with shared_database() as database, ExitStack() as servers:
        env = server_env(database)
        bases = [servers.enter_context(server(env)) for _ in range(2)]
        for base in bases:
            first, etag = fetch(base + path)
            again, cached_etag = fetch(base + path)
            assert "Professional curiosity toolkit" in first
            assert again == first
            assert cached_etag == etag

        subprocess.run([sys.executable, "-c", WITHDRAW], cwd=ROOT, env=env, check=True)

        for base in bases:
            page, new_etag = fetch(base + path)
            assert "Professional curiosity toolkit" not in page
            assert new_etag != etag
