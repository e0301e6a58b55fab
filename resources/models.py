"""Guidance, procedures, toolkits, videos and posters practitioners can use."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify

from publishing.models import Publishable
from publishing.storage import document_storage
from publishing.validators import validate_pdf


class ResourceKind(models.TextChoices):
    GUIDANCE = "guidance", "Guidance"
    NATIONAL_REVIEW = "national_review", "National review"
    PROCEDURE = "procedure", "Local or regional procedure"
    PATHWAY = "pathway", "Pathway"
    STRATEGY = "strategy", "Strategy"
    TOOLKIT = "toolkit", "Toolkit or checklist"
    POSTER = "poster", "Poster"
    LEAFLET = "leaflet", "Leaflet"
    VIDEO = "video", "Video"
    WEBINAR = "webinar", "Webinar recording"
    RESEARCH = "research", "Research"
    WEBSITE = "website", "Website"


class Resource(Publishable):
    """A piece of guidance, a procedure, a toolkit, a video or a poster."""

    kind = models.CharField(max_length=20, choices=ResourceKind.choices)
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    publisher = models.ForeignKey(
        "taxonomy.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="resources",
    )
    summary = models.TextField(
        help_text="About 50 words on what it is and who it helps."
    )
    url = models.URLField("link", max_length=500, blank=True)
    document = models.FileField(
        upload_to="resources/%Y/",
        storage=document_storage,
        blank=True,
        validators=[validate_pdf],
    )
    categories = models.ManyToManyField("taxonomy.Category", related_name="resources")
    themes = models.ManyToManyField(
        "taxonomy.Theme", blank=True, related_name="resources"
    )
    review_due = models.DateField("review due", null=True, blank=True)

    # Full-text search on PostgreSQL: website.search ranks with this same
    # expression so the planner uses the index. It is kept out of Meta.indexes
    # (a migration creates it on PostgreSQL only) because SQLite rebuilds
    # tables from Meta.indexes and has no to_tsvector().
    search_index = GinIndex(
        SearchVector("title", weight="A", config="english")
        + SearchVector("summary", weight="B", config="english"),
        name="resources_resource_search",
    )

    class Meta(Publishable.Meta):
        ordering = ["title"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(kind__in=ResourceKind.values),
                name="resources_resource_kind_valid",
            ),
            models.CheckConstraint(
                condition=~Q(url="") | ~Q(document=""),
                name="resources_resource_has_link_or_document",
                violation_error_message="Give a link or upload a document.",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("resources:detail", kwargs={"slug": self.slug})

    @property
    def href(self) -> str:
        return self.document.url if self.document else self.url
