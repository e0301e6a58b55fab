"""Thematic learning circulars, their ordered sections and items, and standard texts."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify

from publishing.fields import RichTextField
from publishing.models import Publishable


class StandardText(models.Model):
    """A paragraph that recurs in many circulars, written once and placed into sections."""

    title = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=200, unique=True)
    body = RichTextField()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class Circular(Publishable):
    """One issue of the Thematic Learning from Case Reviews circular."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    issue_date = models.DateField(db_index=True)
    primary_theme = models.ForeignKey(
        "taxonomy.Theme", on_delete=models.PROTECT, related_name="primary_circulars"
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme",
        blank=True,
        related_name="circulars",
        verbose_name="further themes",
    )
    categories = models.ManyToManyField("taxonomy.Category", related_name="circulars")
    introduction = RichTextField()

    workflow_children = ("sections",)

    # Full-text search on PostgreSQL: website.search ranks with this same
    # expression so the planner uses the index. It is kept out of Meta.indexes
    # (a migration creates it on PostgreSQL only) because SQLite rebuilds
    # tables from Meta.indexes and has no to_tsvector().
    search_index = GinIndex(
        SearchVector("title", weight="A", config="english")
        + SearchVector("introduction", weight="C", config="english"),
        name="circulars_circular_search",
    )

    class Meta(Publishable.Meta):
        ordering = ["-issue_date", "title"]
        get_latest_by = "issue_date"

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("circulars:detail", kwargs={"slug": self.slug})


class Section(models.Model):
    """A headed part of a circular, holding ordered items."""

    circular = models.ForeignKey(
        Circular, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(max_length=200)
    standard_text = models.ForeignKey(
        StandardText,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sections",
        help_text="Optional: a standard paragraph shown at the start of the section.",
    )
    body = RichTextField(blank=True)

    workflow_children = ("items",)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.heading


# The record kinds an item may point at, in the order the admin offers them.
ITEM_TARGETS = ("case_review", "briefing", "course", "session", "resource")


class Item(models.Model):
    """A pointer from a section to exactly one record, with an optional note."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(default=0)
    case_review = models.ForeignKey(
        "casereviews.CaseReview",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="circular_items",
    )
    briefing = models.ForeignKey(
        "briefings.Briefing",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="circular_items",
    )
    course = models.ForeignKey(
        "training.Course",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="circular_items",
    )
    session = models.ForeignKey(
        "training.Session",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="circular_items",
    )
    resource = models.ForeignKey(
        "resources.Resource",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="circular_items",
    )
    note = models.TextField(
        "editor's note",
        blank=True,
        help_text="Shown instead of the record's own summary.",
    )

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        case_review__isnull=False,
                        briefing=None,
                        course=None,
                        session=None,
                        resource=None,
                    )
                    | Q(
                        case_review=None,
                        briefing__isnull=False,
                        course=None,
                        session=None,
                        resource=None,
                    )
                    | Q(
                        case_review=None,
                        briefing=None,
                        course__isnull=False,
                        session=None,
                        resource=None,
                    )
                    | Q(
                        case_review=None,
                        briefing=None,
                        course=None,
                        session__isnull=False,
                        resource=None,
                    )
                    | Q(
                        case_review=None,
                        briefing=None,
                        course=None,
                        session=None,
                        resource__isnull=False,
                    )
                ),
                name="circulars_item_exactly_one_target",
                violation_error_message="Choose exactly one record for each item.",
            )
        ]

    def __str__(self):
        target = self.target
        return str(target) if target else "(empty item)"

    def clean(self):
        chosen = [name for name in ITEM_TARGETS if getattr(self, f"{name}_id")]
        if len(chosen) != 1:
            raise ValidationError(
                "Choose exactly one record for this item: a case review, briefing, "
                "course, session or resource."
            )

    @property
    def target_kind(self) -> str:
        for name in ITEM_TARGETS:
            if getattr(self, f"{name}_id"):
                return name
        return ""

    @property
    def target(self):
        kind = self.target_kind
        return getattr(self, kind) if kind else None
