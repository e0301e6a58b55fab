"""Helpers shared by the public-site tests."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext


def render_queries(client, url, data=None):
    """Return the response to GET `url` and the number of queries it cost.

    A first request settles whatever is worked out once and then reused,
    and every cache is emptied before the measured one, so the count is
    that of a full render at steady state, never of a cache hit.
    """
    client.get(url, data)
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    return response, len(queries)
