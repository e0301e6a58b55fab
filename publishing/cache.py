"""The content version: one number that changes whenever a public page may change.

Cached public pages are keyed by this number, so changing it retires every
cached page at once and no page is ever served from before a change. It
changes in two ways:

- Writes. Saving or deleting any row of a content app, or changing its
  many-to-many links, bumps the number once the write's transaction commits.
  Bumping after commit keeps the single version row out of editors'
  transactions (no lock held across an approval, no deadlock between two
  editors), and the bump has happened before the editor's own response is
  sent, so the next request anyone makes sees the change. Writes that skip
  signals (`QuerySet.update()`, `bulk_create()`) must call
  `bump_content_version()` themselves.
- The clock. Scheduled go-live and expiry, and sessions starting and ending,
  alter pages with no write at all. The row stores the earliest such moment
  still to come (`next_change`); the first request at or after it bumps the
  number and works out the next one. The bump is conditional on the number it
  read, so when several workers get there at once only one of them advances
  it. Dates shown on pages change at midnight; cache keys carry the date for
  that (see `website.middleware`).
- Migrations. After `migrate` the row is refreshed: a deployment may change
  templates, and its data migrations write without signals.
"""

import datetime
from dataclasses import dataclass
from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import IntegrityError, connections, transaction
from django.db.models import Case, F, Min, Value, When
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.utils import timezone

from publishing.models import ContentVersion, Publishable

ROW = 1
# Fields of every public record at which it appears or disappears by itself.
PUBLISHABLE_TIME_FIELDS = ("publish_at", "expire_at")


@dataclass(frozen=True)
class Version:
    number: int
    changed_at: datetime.datetime

    @property
    def token(self) -> str:
        """Identify this version for cache keys and ETags.

        The time of the change is part of it, so that a database emptied and
        refilled (a test run, a restored backup) cannot meet pages cached
        under the same number for different content.
        """
        return f"{self.number}.{self.changed_at.timestamp():.6f}"


def is_content(model) -> bool:
    """Whether rows of `model` can change what a public page shows.

    Historical models, which data migrations write through, are left out:
    migrations may run before the version table exists, and a deployment's
    caches start empty anyway.
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


def _create_row(now: datetime.datetime) -> Version:
    try:
        with transaction.atomic():
            row = ContentVersion.objects.create(
                pk=ROW, changed_at=now, next_change=next_boundary(now)
            )
    except IntegrityError:
        # Another worker created it first.
        row = ContentVersion.objects.get(pk=ROW)
    return Version(row.number, row.changed_at)


def current_version(now: datetime.datetime | None = None) -> Version:
    """Return the content version in force now, first advancing it past any
    scheduled change that has come due."""
    now = now or timezone.now()
    row = (
        ContentVersion.objects.filter(pk=ROW)
        .values_list("number", "changed_at", "next_change")
        .first()
    )
    if row is None:
        return _create_row(now)
    number, changed_at, next_change = row
    if next_change is not None and next_change <= now:
        ContentVersion.objects.filter(pk=ROW, number=number).update(
            number=F("number") + 1,
            changed_at=next_change,
            next_change=next_boundary(now),
        )
        row = ContentVersion.objects.get(pk=ROW)
        return Version(row.number, row.changed_at)
    return Version(number, changed_at)


def bump_content_version(
    *, boundary: datetime.datetime | None = None, now: datetime.datetime | None = None
) -> None:
    """Retire every cached public page; `boundary` is a newly scheduled moment
    at which pages will change again by themselves."""
    now = now or timezone.now()
    changes = {"number": F("number") + 1, "changed_at": now}
    if boundary is not None:
        changes["next_change"] = Case(
            When(next_change__isnull=True, then=Value(boundary)),
            When(next_change__gt=boundary, then=Value(boundary)),
            default=F("next_change"),
        )
    if not ContentVersion.objects.filter(pk=ROW).update(**changes):
        _create_row(now)


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


def _bump_after_commit(*, boundary=None, using=None) -> None:
    transaction.on_commit(partial(bump_content_version, boundary=boundary), using=using)


def content_saved(sender, instance, using=None, **kwargs):
    if is_content(sender):
        _bump_after_commit(
            boundary=_future_boundary(instance, timezone.now()), using=using
        )


def content_deleted(sender, instance, using=None, **kwargs):
    if is_content(sender):
        _bump_after_commit(using=using)


def content_links_changed(sender, instance, action, using=None, **kwargs):
    if action.startswith("post_") and is_content(type(instance)):
        _bump_after_commit(using=using)


def refresh_after_migrate(sender, using=None, **kwargs):
    """Bump the version and work out the next scheduled change afresh."""
    if sender.name != "publishing":
        return
    # A partial or backwards migration can leave the tables involved missing.
    tables = set(connections[using].introspection.table_names())
    needed = {ContentVersion._meta.db_table}
    needed |= {model._meta.db_table for model, _name in _time_fields()}
    if not needed <= tables:
        return
    now = timezone.now()
    ContentVersion.objects.using(using).update_or_create(
        pk=ROW,
        defaults={
            "number": F("number") + 1,
            "changed_at": now,
            "next_change": next_boundary(now),
        },
        create_defaults={"changed_at": now, "next_change": next_boundary(now)},
    )


def connect() -> None:
    post_migrate.connect(
        refresh_after_migrate, dispatch_uid="publishing-cache-after-migrate"
    )
    post_save.connect(content_saved, dispatch_uid="publishing-cache-saved")
    post_delete.connect(content_deleted, dispatch_uid="publishing-cache-deleted")
    m2m_changed.connect(
        content_links_changed, dispatch_uid="publishing-cache-links-changed"
    )
