"""Editorial transitions shared by every public record: submit, review, publish, withdraw.

Each function is the only way its transition happens, so the rules (who may act,
from which state, what must be said) hold whether the request came from the
admin, a crafted POST or the shell.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from publishing import versions
from publishing.models import (
    Action,
    AuditEntry,
    Publishable,
    ReviewRequest,
    Status,
    Version,
)

PUBLISH_PERMISSION = "publishing.publish_records"


class TransitionRefused(Exception):
    """A transition that may not happen; the message is written for the person acting."""


def can_publish(user) -> bool:
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def can_edit(user, record: Publishable) -> bool:
    opts = record._meta
    return user.is_active and user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def open_review(record: Publishable) -> ReviewRequest | None:
    return (
        ReviewRequest.objects.filter(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            is_open=True,
        )
        .select_related("submitted_by", "reviewer")
        .first()
    )


def _log(*, record, user, action, from_status, comment="") -> AuditEntry:
    # A working copy's actions belong to the history of the record it changes.
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.draft_of_id or record.pk,
        object_repr=str(record)[:300],
        action=action,
        from_status=from_status,
        to_status=record.status,
        comment=comment,
        user=user,
    )


def _set_status(record: Publishable, status: str, user, **fields) -> None:
    record.status = status
    record.updated_by = user
    for name, value in fields.items():
        setattr(record, name, value)
    record.save(update_fields=["status", "updated_by", "updated_at", *fields])


def _close_reviews(record: Publishable) -> None:
    ReviewRequest.objects.filter(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        is_open=True,
    ).update(is_open=False)


def record_submit(
    *,
    record: Publishable,
    user,
    reviewer=None,
    due: datetime.date | None = None,
    comment: str = "",
) -> AuditEntry:
    """Send a draft (or a record a lead sent back) to the safeguarding leads."""
    if not can_edit(user, record):
        raise TransitionRefused("You do not have permission to edit this record.")
    if record.status not in (Status.DRAFT, Status.CHANGES_REQUESTED, Status.WITHDRAWN):
        raise TransitionRefused(
            f"Only drafts and records with changes requested can be submitted; "
            f"this one is {record.get_status_display().lower()}."
        )
    if reviewer is not None and not can_publish(reviewer):
        raise TransitionRefused(f"{reviewer} is not a safeguarding lead.")
    if reviewer is not None and reviewer.pk == user.pk:
        raise TransitionRefused("Choose a reviewer other than yourself.")
    with transaction.atomic():
        from_status = record.status
        _close_reviews(record)
        request = ReviewRequest.objects.create(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            submitted_by=user,
            reviewer=reviewer,
            due=due,
        )
        _set_status(record, Status.IN_REVIEW, user)
        entry = _log(
            record=record,
            user=user,
            action=Action.SUBMIT,
            from_status=from_status,
            comment=comment,
        )
        transaction.on_commit(lambda: _notify_submitted(record, request, comment))
    return entry


def record_request_changes(*, record: Publishable, user, comment: str) -> AuditEntry:
    """Send a record under review back to its editor with a comment saying what to change."""
    _require_lead(user)
    if record.status != Status.IN_REVIEW:
        raise TransitionRefused("Changes can only be requested on a record in review.")
    comment = (comment or "").strip()
    if not comment:
        raise TransitionRefused("Say what needs to change: a comment is required.")
    with transaction.atomic():
        request = open_review(record)
        _close_reviews(record)
        _set_status(record, Status.CHANGES_REQUESTED, user)
        entry = _log(
            record=record,
            user=user,
            action=Action.REQUEST_CHANGES,
            from_status=Status.IN_REVIEW,
            comment=comment,
        )
        transaction.on_commit(lambda: _notify_decision(record, request, entry))
    return entry


def record_approve(
    *,
    record: Publishable,
    user,
    publish_at: datetime.datetime | None = None,
    expire_at: datetime.datetime | None = None,
    comment: str = "",
) -> AuditEntry:
    """Approve a record in review and publish it now or at `publish_at`."""
    _require_lead(user)
    if record.status != Status.IN_REVIEW:
        raise TransitionRefused("Only a record in review can be approved.")
    request = open_review(record)
    if request is not None and request.submitted_by_id == user.pk:
        raise TransitionRefused(
            "You submitted this record, so another safeguarding lead must approve it."
        )
    problems = publication_problems(record)
    if problems:
        raise TransitionRefused(
            "Complete the publication checklist first: " + "; ".join(problems) + "."
        )
    now = timezone.now()
    if expire_at is not None and expire_at <= (publish_at or now):
        raise TransitionRefused("The expiry time must be after the go-live time.")
    scheduled = publish_at is not None and publish_at > now
    with transaction.atomic():
        _close_reviews(record)
        if record.draft_of_id is not None:
            # A pending change to a published record: the original takes the
            # copy's content and stays published; the copy goes.
            if scheduled:
                raise TransitionRefused(
                    "A change to a published record goes live when it is approved; "
                    "it cannot be scheduled."
                )
            if expire_at is not None:
                record.expire_at = expire_at
            record.updated_by = user
            record.save(update_fields=["expire_at", "updated_by"])
            copy = record
            try:
                record = versions.working_copy_apply(copy=copy)
            except versions.MergeRefused as exc:
                raise TransitionRefused(str(exc)) from None
            entry = _log(
                record=record,
                user=user,
                action=Action.APPROVE,
                from_status=Status.IN_REVIEW,
                comment=comment,
            )
        else:
            _set_status(
                record,
                Status.PUBLISHED,
                user,
                publish_at=publish_at,
                expire_at=expire_at,
            )
            entry = _log(
                record=record,
                user=user,
                action=Action.SCHEDULE if scheduled else Action.APPROVE,
                from_status=Status.IN_REVIEW,
                comment=comment,
            )
        versions.snapshot(record=record, reason=Version.Reason.PUBLISHED, user=user)
        transaction.on_commit(lambda: _notify_decision(record, request, entry))
    return entry


def record_withdraw(*, record: Publishable, user, reason: str) -> AuditEntry:
    """Take a published record off the public site, saying why."""
    _require_lead(user)
    if record.status != Status.PUBLISHED:
        raise TransitionRefused("Only a published record can be withdrawn.")
    reason = (reason or "").strip()
    if not reason:
        raise TransitionRefused("Give the reason for withdrawing this record.")
    with transaction.atomic():
        _set_status(record, Status.WITHDRAWN, user)
        return _log(
            record=record,
            user=user,
            action=Action.WITHDRAW,
            from_status=Status.PUBLISHED,
            comment=reason,
        )


def record_edited(*, record: Publishable, user) -> AuditEntry | None:
    """Restart the review of a record edited after it was submitted.

    An approval must cover what the public will see, so an edit to a record in
    review, or to one approved but not yet live, sends it back to review.
    """
    now = timezone.now()
    scheduled = (
        record.status == Status.PUBLISHED
        and record.publish_at is not None
        and record.publish_at > now
    )
    if record.status != Status.IN_REVIEW and not scheduled:
        return None
    with transaction.atomic():
        from_status = record.status
        ReviewRequest.objects.filter(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            is_open=True,
        ).update(submitted_at=now)
        if scheduled:
            ReviewRequest.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(record),
                object_id=record.pk,
                is_open=True,
                defaults={"submitted_by": user},
            )
            _set_status(record, Status.IN_REVIEW, user)
        return _log(
            record=record,
            user=user,
            action=Action.EDIT_IN_REVIEW,
            from_status=from_status,
        )


def publication_problems(record: Publishable) -> list[str]:
    """Return what still blocks publication, from the record's own checklist if it has one."""
    checklist = getattr(record, "publication_checklist_problems", None)
    return list(checklist()) if callable(checklist) else []


def _require_lead(user) -> None:
    if not can_publish(user):
        raise TransitionRefused(
            "Only a safeguarding lead can approve, request changes or withdraw."
        )


def _leads():
    User = get_user_model()
    return User.objects.filter(
        Q(groups__permissions__codename="publish_records")
        | Q(user_permissions__codename="publish_records")
        | Q(is_superuser=True),
        is_active=True,
    ).distinct()


def _admin_url(record: Publishable) -> str:
    opts = record._meta
    path = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
    return f"{settings.SITE_URL}{path}"


def _send(*, subject: str, template: str, context: dict, recipients: list[str]) -> None:
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return
    text = render_to_string(f"publishing/email/{template}.txt", context)
    html = render_to_string(f"publishing/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, to=recipients)
    message.attach_alternative(html, "text/html")
    message.send()


def _notify_submitted(record, request, comment) -> None:
    if request.reviewer is not None:
        recipients = [request.reviewer.email]
    else:
        recipients = [
            lead.email for lead in _leads() if lead.pk != request.submitted_by_id
        ]
    _send(
        subject=f"For review: {record}",
        template="submitted",
        context={
            "record": record,
            "kind": record._meta.verbose_name,
            "request": request,
            "comment": comment,
            "admin_url": _admin_url(record),
        },
        recipients=recipients,
    )


def _notify_decision(record, request, entry) -> None:
    if request is None:
        return
    _send(
        subject=f"{entry.get_action_display()}: {record}",
        template="decision",
        context={
            "record": record,
            "kind": record._meta.verbose_name,
            "entry": entry,
            "admin_url": _admin_url(record),
        },
        recipients=[request.submitted_by.email],
    )
