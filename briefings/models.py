"""Safer7 briefings: seven-minute reads on one safeguarding topic."""

import math
import re

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import slugify

from publishing.fields import RichTextField
from publishing.models import Publishable
from publishing.storage import document_storage
from publishing.validators import validate_pdf

DEFAULT_SECTION_HEADINGS = [
    "Background",
    "Why it matters",
    "Information",
    "Information",
    "What to do",
    "Questions for reflection",
    "Further information",
]
# A comfortable reading pace for guidance text.
WORDS_PER_MINUTE = 200


class Briefing(Publishable):
    """A Safer7 briefing: seven short sections readable in about seven minutes."""

    number = models.PositiveIntegerField(
        help_text="The briefing's number in the Safer7 series."
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    summary = models.TextField(
        help_text="The paragraph circulars show about this briefing (about 60 words)."
    )
    pdf = models.FileField(
        "PDF version",
        upload_to="briefings/%Y/",
        storage=document_storage,
        blank=True,
        validators=[validate_pdf],
    )
    source_reviews = models.ManyToManyField(
        "casereviews.CaseReview",
        blank=True,
        related_name="briefings",
        help_text="The case reviews whose learning this briefing draws on.",
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme", blank=True, related_name="briefings"
    )
    categories = models.ManyToManyField("taxonomy.Category", related_name="briefings")
    review_due = models.DateField("review due", null=True, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(
        default=0, editable=False, help_text="Worked out from the text when saved."
    )

    workflow_children = ("sections",)

    # Full-text search on PostgreSQL: website.search ranks with this same
    # expression so the planner uses the index. It is kept out of Meta.indexes
    # (a migration creates it on PostgreSQL only) because SQLite rebuilds
    # tables from Meta.indexes and has no to_tsvector().
    search_index = GinIndex(
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english"),
        name="briefings_briefing_search",
    )

    class Meta(Publishable.Meta):
        ordering = ["-number"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(number__gte=1), name="briefings_briefing_number_positive"
            ),
            models.UniqueConstraint(
                fields=["number"],
                condition=Q(draft_of__isnull=True),
                name="briefings_briefing_number_unique",
                violation_error_message="Another Safer7 briefing already has this number.",
            ),
        ]

    def __str__(self):
        return f"Safer7 {self.number}: {self.title}"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200]
        if self.pk:
            self.reading_minutes = self.compute_reading_minutes()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("briefings:detail", kwargs={"slug": self.slug})

    def compute_reading_minutes(self) -> int:
        """Estimate reading time from the summary and the seven sections."""
        texts = [self.summary]
        for section in self.sections.all():
            texts.extend([section.heading, strip_tags(section.body)])
        words = len(re.findall(r"\w+", " ".join(texts)))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))


class BriefingSection(models.Model):
    """One of a briefing's seven sections, numbered 1 to 7."""

    briefing = models.ForeignKey(
        Briefing, on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveSmallIntegerField()
    heading = models.CharField(max_length=120)
    body = RichTextField()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(
                fields=["briefing", "position"],
                name="briefings_section_unique_position",
            ),
            models.CheckConstraint(
                condition=Q(position__gte=1, position__lte=7),
                name="briefings_section_position_1_to_7",
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.heading}"
