"""Public pages served from a cache that is never stale, with conditional GET.

A public page is a function of the content, the address and the contrast
preference, and of nothing else once the visitor is anonymous. The content is
summed up by the content version (`publishing.cache`), so a page is cached
under (version, date, address, contrast) and an old entry can never be found
once the version has moved on. The same key gives the page's ETag, so a
browser's conditional request is answered 304 before any view runs. Each
page is stored plain and gzip-compressed, so a browser that accepts gzip gets
the smaller copy without the page being compressed again for every request.

Only views named in `PUBLIC_PAGE_VIEWS` take part, and only for requests
without a session cookie or credentials: staff, previews and preview links are
never cached, here or by browsers.
"""

import datetime
import functools
import gzip
import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_vary_headers,
)
from django.utils.http import http_date, quote_etag

from publishing.cache import current_version
from website.views import CONTRAST_COOKIE

# A response may vary on these and still be cached: the key carries the one
# cookie public pages read, and the page is stored both plain and compressed.
# Any other Vary makes a response uncacheable.
HANDLED_VARY = {"cookie", "accept-encoding"}
CACHE_ALIAS = "default"
# As django.middleware.gzip: shorter bodies are not worth compressing.
GZIP_MIN_LENGTH = 200
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


@functools.lru_cache(maxsize=4096)
def _view_name(urlconf: str, path: str) -> str:
    """Return the URL name `path` resolves to; a URL map never changes while
    the process runs, and resolving costs more than serving a cached page."""
    try:
        return resolve(path, urlconf).view_name
    except Resolver404:
        return ""


def _public_view(request) -> bool:
    urlconf = getattr(request, "urlconf", None) or settings.ROOT_URLCONF
    return _view_name(urlconf, request.path_info) in settings.PUBLIC_PAGE_VIEWS


def _signed_in(request) -> bool:
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
    )


def page_key(request, version, today: datetime.date) -> str:
    """Return the cache key of the page `request` asks for.

    The local date is part of it because pages show dates ("report available
    until", upcoming sessions by day) that change at midnight with no write.
    """
    contrast = "high" if request.COOKIES.get(CONTRAST_COOKIE) == "high" else "normal"
    address = hashlib.sha256(
        request.build_absolute_uri().encode("utf-8", "surrogateescape")
    ).hexdigest()
    return f"page:{version.token}:{today.isoformat()}:{contrast}:{address}"


def last_modified(version, today: datetime.date) -> datetime.datetime:
    """Return when the page last changed: at the last content change, or at
    midnight if that came later."""
    midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    return max(version.changed_at, midnight)


def _storable(response) -> bool:
    """Whether `response` is the same for every anonymous visitor."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {
        part.strip().lower()
        for part in response.get("Vary", "").split(",")
        if part.strip()
    }
    return vary <= HANDLED_VARY


class PublicPageCacheMiddleware:
    """Serve anonymous GETs of public pages from the page cache, or 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not _public_view(request):
            return self.get_response(request)
        if _signed_in(request):
            response = self.get_response(request)
            add_never_cache_headers(response)
            return response
        timeout = settings.PUBLIC_PAGE_CACHE_SECONDS
        if not timeout:
            # Caching off means every page is rendered and nothing is read
            # for it: no version, no ETag.
            return self.get_response(request)

        version = current_version()
        today = timezone.localdate()
        key = page_key(request, version, today)
        gzipped = bool(
            ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        )
        # Each encoding is its own representation, with its own ETag.
        representation = f"{key}:{'gzip' if gzipped else 'identity'}"
        etag = quote_etag(hashlib.sha256(representation.encode()).hexdigest()[:32])
        modified = last_modified(version, today)
        not_modified = get_conditional_response(
            request,
            etag=etag,
            # Whole seconds, as HTTP dates have them, or If-Modified-Since
            # would never match.
            last_modified=int(modified.timestamp()),
        )
        if not_modified is not None:
            return self._validators(not_modified, etag, modified)

        cache = caches[CACHE_ALIAS]
        if request.method == "GET":
            stored = cache.get(key)
            if stored is not None:
                response = self._from_store(stored, gzipped)
                return self._validators(response, etag, modified)

        response = self.get_response(request)
        if not _storable(response):
            return response
        if request.method != "GET":
            return self._validators(response, etag, modified)
        content = response.content
        # Compressed once per content version rather than once per request.
        compressed = (
            gzip.compress(content, compresslevel=6, mtime=0)
            if len(content) >= GZIP_MIN_LENGTH
            else None
        )
        stored = (response.status_code, dict(response.items()), content, compressed)
        cache.set(key, stored, timeout)
        return self._validators(self._from_store(stored, gzipped), etag, modified)

    @staticmethod
    def _from_store(stored, gzipped: bool) -> HttpResponse:
        status, headers, content, compressed = stored
        response = HttpResponse(status=status, headers=headers)
        if gzipped and compressed is not None:
            response.content = compressed
            response["Content-Encoding"] = "gzip"
        else:
            response.content = content
        response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def _validators(response, etag, modified):
        response["ETag"] = etag
        response["Last-Modified"] = http_date(modified.timestamp())
        # Shared caches and browsers may keep the page but must revalidate
        # it: the answer is a cheap 304 until the content version moves on.
        response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
        return response
