"""Previews of unpublished records: for staff, and by signed link for people without accounts."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils import timezone

from publishing.models import PreviewLink, PreviewLinkUse, Publishable

MAX_LINK_DAYS = 7
_SALT = "publishing.preview-link"


class PreviewLinkRefused(Exception):
    """A preview link that cannot be made as asked; the message is for the lead."""


def preview_link_create(
    *, record: Publishable, user, days: int = MAX_LINK_DAYS, note: str = ""
) -> PreviewLink:
    """Make a link to the record's preview that expires within at most seven days."""
    if not 1 <= days <= MAX_LINK_DAYS:
        raise PreviewLinkRefused(
            f"A preview link may last from 1 to {MAX_LINK_DAYS} days."
        )
    now = timezone.now()
    return PreviewLink.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        object_repr=str(record)[:300],
        note=note,
        created_by=user,
        created_at=now,
        expires_at=now + datetime.timedelta(days=days),
    )


def preview_link_token(link: PreviewLink) -> str:
    return signing.dumps(link.pk, salt=_SALT, compress=True)


def preview_link_revoke(*, link: PreviewLink) -> None:
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def preview_link_open(
    *, token: str, ip_address=None, user_agent=""
) -> Publishable | None:
    """Return the record a valid link shows, logging every use, or None.

    A forged token finds nothing; an expired or revoked link is logged as refused.
    """
    try:
        pk = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    link = PreviewLink.objects.select_related("content_type").filter(pk=pk).first()
    if link is None:
        return None
    allowed = link.is_active()
    PreviewLinkUse.objects.create(
        link=link,
        ip_address=ip_address,
        user_agent=(user_agent or "")[:300],
        allowed=allowed,
    )
    if not allowed:
        return None
    model = link.content_type.model_class()
    return model._default_manager.filter(pk=link.object_id).first()
