"""Training: courses, their dated sessions, and speakers at events."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from publishing.fields import RichTextField
from publishing.models import Publishable


class CourseKind(models.TextChoices):
    COURSE = "course", "Multi-agency course"
    WORKSHOP = "workshop", "Workshop"
    WEBINAR = "webinar", "Webinar"
    ELEARNING = "elearning", "eLearning"
    EVENT = "event", "Conference or event"


class Delivery(models.TextChoices):
    FACE_TO_FACE = "face_to_face", "Face to face"
    ONLINE_LIVE = "online_live", "Online, live"
    SELF_PACED = "self_paced", "Self-paced online"


class SessionState(models.TextChoices):
    SCHEDULED = "scheduled", "Places available"
    FULLY_BOOKED = "fully_booked", "Fully booked"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"


class Course(Publishable):
    """A course, workshop, webinar, eLearning package or event practitioners can book."""

    kind = models.CharField(
        max_length=20, choices=CourseKind.choices, default=CourseKind.COURSE
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    provider = models.ForeignKey(
        "taxonomy.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="courses",
        help_text="Leave empty when the partnership runs it.",
    )
    level = models.CharField(
        max_length=80, blank=True, help_text='e.g. "Level 1" or "Advanced".'
    )
    audience = models.CharField(
        max_length=300, blank=True, help_text="Who the course is for."
    )
    delivery = models.CharField(
        max_length=20, choices=Delivery.choices, default=Delivery.FACE_TO_FACE
    )
    categories = models.ManyToManyField("taxonomy.Category", related_name="courses")
    themes = models.ManyToManyField(
        "taxonomy.Theme", blank=True, related_name="courses"
    )
    summary = models.TextField(
        blank=True, help_text="A short paragraph for lists and circulars."
    )
    description = RichTextField(blank=True)
    booking_url = models.URLField("booking link", blank=True)
    booking_system = models.CharField(
        max_length=100,
        blank=True,
        help_text='The name of the external booking system, e.g. "DSPP Booking System".',
    )
    duration = models.CharField(
        max_length=80, blank=True, help_text='e.g. "One day" or "2 hours".'
    )
    cost_note = models.CharField(
        max_length=200, blank=True, help_text='e.g. "Free to Dudley partners".'
    )

    workflow_children = ("learning_outcomes", "sessions", "speakers")

    # Full-text search on PostgreSQL: website.search ranks with this same
    # expression so the planner uses the index. It is kept out of Meta.indexes
    # (a migration creates it on PostgreSQL only) because SQLite rebuilds
    # tables from Meta.indexes and has no to_tsvector().
    search_index = GinIndex(
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english")
        + SearchVector("audience", "description", weight="C", config="english"),
        name="training_course_search",
    )

    class Meta(Publishable.Meta):
        ordering = ["title"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(kind__in=CourseKind.values),
                name="training_course_kind_valid",
            ),
            models.CheckConstraint(
                condition=Q(delivery__in=Delivery.values),
                name="training_course_delivery_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("training:detail", kwargs={"slug": self.slug})


class LearningOutcome(models.Model):
    """What a practitioner will be able to do after the course."""

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="learning_outcomes"
    )
    position = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(max_length=400)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.text


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        """Return sessions that have not yet ended, soonest first."""
        return self.filter(ends_at__gt=now or timezone.now()).order_by("starts_at")


class Session(models.Model):
    """A dated run of a course (times are Europe/London)."""

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="sessions"
    )
    starts_at = models.DateTimeField(db_index=True)
    ends_at = models.DateTimeField()
    venue = models.CharField(
        max_length=200, blank=True, help_text='A venue, or "Online" for a live session.'
    )
    online = models.BooleanField(default=False)
    state = models.CharField(
        max_length=20, choices=SessionState.choices, default=SessionState.SCHEDULED
    )
    booking_url = models.URLField(
        "booking link",
        blank=True,
        help_text="Only when this session books differently.",
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")),
                name="training_session_ends_after_start",
                violation_error_message="A session must end after it starts.",
            ),
            models.CheckConstraint(
                condition=Q(state__in=SessionState.values),
                name="training_session_state_valid",
            ),
        ]

    def __str__(self):
        local = timezone.localtime(self.starts_at)
        return f"{self.course.title} — {local:%d %b %Y %H:%M}"

    @property
    def effective_booking_url(self) -> str:
        return self.booking_url or self.course.booking_url


class Speaker(models.Model):
    """A speaker at an event, with the talk they give."""

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="speakers"
    )
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    talk_title = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.name
