"""The editorial life every public record shares."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from publishing.context import previewed


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class PublishableQuerySet(models.QuerySet):
    def public(self, now=None):
        """Return the records a practitioner may see now.

        A record is public when a lead has published it, its go-live time has
        passed and it has not expired. Scheduling needs no job runner because
        the clock is read here, at request time.
        """
        now = now or timezone.now()
        public = self.filter(
            Q(publish_at__isnull=True) | Q(publish_at__lte=now),
            Q(expire_at__isnull=True) | Q(expire_at__gt=now),
            status=Status.PUBLISHED,
            draft_of__isnull=True,
        )
        preview = previewed(self.model)
        if preview is None:
            return public
        # A preview shows one record as if public, in place of its original.
        return public.exclude(pk=preview.draft_of_id or 0) | self.filter(pk=preview.pk)

    def originals(self):
        """Return records that are not working copies of another record."""
        return self.filter(draft_of__isnull=True)


class Publishable(models.Model):
    """Abstract base of every record the public site shows."""

    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        "go live at",
        null=True,
        blank=True,
        help_text="Leave empty to go live as soon as a lead approves.",
    )
    expire_at = models.DateTimeField(
        "expire at",
        null=True,
        blank=True,
        help_text="Optional: the record leaves the public site at this time.",
    )
    draft_of = models.OneToOneField(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="working_copy",
        help_text="The published record this pending change will replace when approved.",
    )
    # Which child row of the published record each child of this working copy
    # was copied from ({"app.model": {copy_pk: original_pk}}), so approval
    # updates children in place and keeps their ids (circular items point at
    # course sessions, for one).
    copy_map = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=Status.values),
                name="%(app_label)s_%(class)s_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(publish_at__isnull=True)
                | Q(expire_at__isnull=True)
                | Q(expire_at__gt=models.F("publish_at")),
                name="%(app_label)s_%(class)s_expiry_after_go_live",
            ),
            # Every public record has a slug; a working copy shares its original's.
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(draft_of__isnull=True),
                name="%(app_label)s_%(class)s_slug_unique",
                violation_error_message="Another record already uses this slug.",
            ),
        ]

    # Reverse relations holding this record's child rows, copied into a working
    # copy and merged back on approval. Children may declare their own.
    workflow_children: tuple[str, ...] = ()

    def is_public(self, now=None) -> bool:
        """Mirror `PublishableQuerySet.public()` for one loaded record."""
        now = now or timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.draft_of_id is None
            and (self.publish_at is None or self.publish_at <= now)
            and (self.expire_at is None or self.expire_at > now)
        )


class Action(models.TextChoices):
    SUBMIT = "submit", "Submitted for review"
    REQUEST_CHANGES = "request_changes", "Changes requested"
    APPROVE = "approve", "Approved and published"
    SCHEDULE = "schedule", "Approved, scheduled to go live"
    WITHDRAW = "withdraw", "Withdrawn"
    EDIT_IN_REVIEW = "edit_in_review", "Edited during review; review restarted"


class ReviewRequest(models.Model):
    """The open or closed request for a lead to review one record."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField(default=timezone.now)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="review_requests",
        help_text="Leave empty for any safeguarding lead to review.",
    )
    due = models.DateField("review due by", null=True, blank=True)
    is_open = models.BooleanField(default=True, db_index=True)

    class Meta:
        ordering = ["due", "submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(is_open=True),
                name="publishing_reviewrequest_one_open_per_record",
            )
        ]
        permissions = [
            ("publish_records", "Can approve, publish, request changes and withdraw")
        ]

    def __str__(self):
        return f"Review of {self.content_type.model} #{self.object_id}"


class AuditEntry(models.Model):
    """One editorial action on one record: who, when, from which state to which."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(db_index=True)
    object_repr = models.CharField(max_length=300)
    action = models.CharField(max_length=20, choices=Action.choices)
    from_status = models.CharField(max_length=20, choices=Status.choices)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    comment = models.TextField(blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"
        constraints = [
            models.CheckConstraint(
                condition=Q(action__in=Action.values),
                name="publishing_auditentry_action_valid",
            ),
            models.CheckConstraint(
                condition=Q(from_status__in=Status.values, to_status__in=Status.values),
                name="publishing_auditentry_statuses_valid",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.object_repr}"


class Version(models.Model):
    """A snapshot of one record with its children, taken when it was published or deleted."""

    class Reason(models.TextChoices):
        PUBLISHED = "published", "Published"
        DELETED = "deleted", "Deleted"

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(db_index=True)
    object_repr = models.CharField(max_length=300)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    data = models.JSONField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)
    recovered = models.BooleanField(
        default=False,
        help_text="A deleted record that has been recovered from this snapshot.",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reason__in=["published", "deleted"]),
                name="publishing_version_reason_valid",
            )
        ]

    def __str__(self):
        return f"{self.object_repr} ({self.get_reason_display().lower()} {self.created_at:%d %b %Y %H:%M})"


class PreviewLink(models.Model):
    """A signed, expiring link showing one unpublished record to someone without an account."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    object_repr = models.CharField(max_length=300)
    note = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who the link is for, e.g. a partner agency.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__gt=models.F("created_at")),
                name="publishing_previewlink_expires_after_creation",
            )
        ]

    def __str__(self):
        return f"Preview of {self.object_repr}"

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and now < self.expires_at


class PreviewLinkUse(models.Model):
    """One opening of a preview link."""

    link = models.ForeignKey(PreviewLink, on_delete=models.CASCADE, related_name="uses")
    used_at = models.DateTimeField(default=timezone.now)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    allowed = models.BooleanField(
        help_text="False when the link had expired or was revoked."
    )

    class Meta:
        ordering = ["-used_at"]

    def __str__(self):
        return f"{self.link} used {self.used_at:%d %b %Y %H:%M}"
