"""The content version: a token that changes whenever a public page may change.

Cached public pages are keyed by this token, so changing it retires every
cached page at once and no page is ever served from before a change. The
token lives in the shared `versions` cache (a file cache on one host; Redis
through Django's cache backend when several hosts serve the site), which
every worker reads at the start of each request, before any content: a
request can therefore never see content older than the token it read. It
changes in three ways:

- Writes. Saving or deleting any row of a content app, or changing its
  many-to-many links, sets a new random token once the write's transaction
  commits, before the writer's own response is sent, so the next request
  anyone makes sees the change. A random token needs no atomic increment:
  whichever of two concurrent writers sets it last, both of their commits
  happened before it was set. Writes that skip signals
  (`QuerySet.update()`, `bulk_create()`) must call
  `refresh_content_version()`, which also finds any new scheduled moment.
- The clock. Scheduled go-live and expiry, and sessions starting and ending,
  alter pages with no write at all. The entry records the earliest such
  moment still to come (`next_change`); the first request at or after it
  sets a new token and works the next moment out from the database. Dates
  shown on pages change at midnight; cache keys carry the date for that
  (see `website.middleware`).
- Migrations, and a missing entry (a cleared or restarted cache): the token
  is replaced and the next moment worked out afresh.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connections, transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils import timezone

from publishing.models import Publishable

CACHE_ALIAS = "versions"
# Fields of every public record at which it appears or disappears by itself.
PUBLISHABLE_TIME_FIELDS = ("publish_at", "expire_at")


@dataclass(frozen=True)
class Version:
    token: str
    changed_at: datetime.datetime


def _key() -> str:
    """Name the entry after the database, so that sites sharing a cache (a
    development server beside a test run) never share a version."""
    db = connections["default"].settings_dict
    return f"content-version:{db['HOST']}:{db['PORT']}:{db['NAME']}"


def is_content(model) -> bool:
    """Whether rows of `model` can change what a public page shows.

    Historical models, which data migrations write through, are left out:
    the refresh after `migrate` covers them.
    """
    return model._meta.apps is apps and (
        issubclass(model, Publishable)
        or model._meta.app_label in settings.PUBLIC_CONTENT_APPS
    )


def _time_fields():
    """Yield (model, field name) for every time at which a page may change by itself."""
    for model in apps.get_models():
        if issubclass(model, Publishable):
            for name in PUBLISHABLE_TIME_FIELDS:
                yield model, name
    for label in settings.PUBLIC_CONTENT_TIME_FIELDS:
        app_label, model_name, name = label.split(".")
        yield apps.get_model(app_label, model_name), name


def next_boundary(now: datetime.datetime) -> datetime.datetime | None:
    """Return the earliest moment after `now` at which a record goes live,
    expires, or otherwise changes a public page by itself."""
    moments = []
    for model, name in _time_fields():
        found = (
            model._default_manager.filter(**{f"{name}__gt": now})
            .aggregate(moment=Min(name))
            .get("moment")
        )
        if found is not None:
            moments.append(found)
    return min(moments, default=None)


def _store(now: datetime.datetime, next_change) -> Version:
    entry = {
        "token": secrets.token_hex(8),
        "changed_at": now,
        "next_change": next_change,
    }
    caches[CACHE_ALIAS].set(_key(), entry, None)
    return Version(entry["token"], now)


def refresh_content_version(now: datetime.datetime | None = None) -> Version:
    """Set a new token and work out the next scheduled change from the database."""
    now = now or timezone.now()
    return _store(now, next_boundary(now))


def current_version(now: datetime.datetime | None = None) -> Version:
    """Return the content version in force now, first moving it past any
    scheduled change that has come due."""
    now = now or timezone.now()
    entry = caches[CACHE_ALIAS].get(_key())
    if entry is None:
        return refresh_content_version(now)
    next_change = entry["next_change"]
    if next_change is not None and next_change <= now:
        return refresh_content_version(now)
    return Version(entry["token"], entry["changed_at"])


def bump_content_version(*, boundary: datetime.datetime | None = None) -> Version:
    """Retire every cached public page; `boundary` is a newly scheduled moment
    at which pages will change again by themselves."""
    now = timezone.now()
    entry = caches[CACHE_ALIAS].get(_key())
    if entry is None:
        return refresh_content_version(now)
    moments = [boundary, entry["next_change"]]
    # A moment kept too early only costs one extra refresh; one lost would
    # leave a page stale, so the earliest of both is kept.
    return _store(now, min((m for m in moments if m is not None), default=None))


def _future_boundary(instance, now: datetime.datetime):
    """Return the earliest of `instance`'s own scheduled moments still to come."""
    names = list(PUBLISHABLE_TIME_FIELDS) if isinstance(instance, Publishable) else []
    label = instance._meta.label
    names += [
        field.rsplit(".", 1)[1]
        for field in settings.PUBLIC_CONTENT_TIME_FIELDS
        if field.rsplit(".", 1)[0] == label
    ]
    moments = [getattr(instance, name, None) for name in names]
    future = [moment for moment in moments if moment is not None and moment > now]
    return min(future, default=None)


def content_saved(sender, instance, using=None, **kwargs):
    if is_content(sender):
        boundary = _future_boundary(instance, timezone.now())
        transaction.on_commit(
            lambda: bump_content_version(boundary=boundary), using=using
        )


def content_deleted(sender, instance, using=None, **kwargs):
    if is_content(sender):
        transaction.on_commit(bump_content_version, using=using)


def content_links_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and is_content(type(instance)):
        transaction.on_commit(bump_content_version, using=using)


def refresh_after_migrate(sender, using=None, **kwargs):
    """Replace the token after `migrate`: a deployment may change templates,
    and its data migrations write without signals."""
    if sender.name != "publishing":
        return
    # A partial or backwards migration can leave the tables involved missing.
    tables = set(connections[using].introspection.table_names())
    if {model._meta.db_table for model, _name in _time_fields()} <= tables:
        refresh_content_version()


def connect() -> None:
    post_migrate.connect(
        refresh_after_migrate, dispatch_uid="publishing-cache-after-migrate"
    )
    post_save.connect(content_saved, dispatch_uid="publishing-cache-saved")
    post_delete.connect(content_deleted, dispatch_uid="publishing-cache-deleted")
    m2m_changed.connect(
        content_links_changed, dispatch_uid="publishing-cache-links-changed"
    )
