"""The query pass: what each benchmarked page costs in queries and bytes.

Run as `python -m bench.queries PATH...` with the benchmark's environment; it
prints one JSON object. Pages are fetched with Django's test client, first
with the page cache off (the queries a render makes) and then twice with it
on (the queries a cached copy costs). Placeholders in the paths are filled in
from the database: `{circular}` is the newest public circular and `{theme}`
its primary theme, so both sizes measure the same page.
"""

import gzip
import json
import os
import sys


def resolve_paths(paths: list[str]) -> list[str]:
    from circulars.models import Circular

    latest = (
        Circular.objects.public()
        .select_related("primary_theme")
        .order_by("-issue_date", "-pk")
        .first()
    )
    values = {"circular": latest.slug, "theme": latest.primary_theme.slug}
    return [path.format(**values) for path in paths]


def measure(paths: list[str]) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client = Client(SERVER_NAME="127.0.0.1")
    pages = {}
    for path in resolve_paths(paths):
        # Counted as soon as each context closes: the next request clears
        # the connection's query log.
        with override_settings(PUBLIC_PAGE_CACHE_SECONDS=0):
            client.get(path)
            with CaptureQueriesContext(connection) as rendered:
                response = client.get(path)
            queries = len(rendered.captured_queries)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}.")
        client.get(path)
        with CaptureQueriesContext(connection) as cached:
            client.get(path)
        pages[path] = {
            "queries": queries,
            "queries_cached": len(cached.captured_queries),
            "bytes": len(response.content),
            "bytes_gzip": len(gzip.compress(response.content, compresslevel=6)),
        }
    return pages


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    paths = sys.argv[1:]
    json.dump({"paths": resolve_paths(paths), "pages": measure(paths)}, sys.stdout)


if __name__ == "__main__":
    main()
