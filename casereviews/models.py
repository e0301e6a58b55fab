"""Case reviews (CSPR, SAR, DHR …) and the learning drawn from them."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from publishing.fields import RichTextField
from publishing.models import Publishable
from publishing.storage import document_storage
from publishing.validators import validate_pdf


class ReviewType(models.TextChoices):
    """The kinds of review the partnership publishes (a fixed list)."""

    LCSPR = "lcspr", "Local child safeguarding practice review (LCSPR)"
    NATIONAL_CSPR = "national_cspr", "National child safeguarding practice review"
    RAPID_REVIEW = "rapid_review", "Rapid review"
    SCR = "scr", "Serious case review (legacy)"
    SAR_MANDATORY = "sar_mandatory", "Safeguarding adults review (mandatory)"
    SAR_DISCRETIONARY = (
        "sar_discretionary",
        "Safeguarding adults review (discretionary)",
    )
    DHR = "dhr", "Domestic homicide review / domestic abuse related death review"
    JOINT = "joint", "Joint review"
    LEARNING = "learning", "Learning review"
    THEMATIC = "thematic", "Thematic review"
    AUDIT = "audit", "Multi-agency audit"


class CaseReview(Publishable):
    """A published review of multi-agency practice."""

    review_type = models.CharField(max_length=30, choices=ReviewType.choices)
    title = models.CharField(max_length=200, help_text="The title as published.")
    slug = models.SlugField(max_length=200)
    pseudonym = models.CharField(
        max_length=80,
        blank=True,
        help_text='How the person is known in the review, e.g. "Child R" or "Adult F".',
    )
    commissioning_body = models.CharField(
        max_length=200, default="Dudley Safeguarding People Partnership"
    )
    categories = models.ManyToManyField(
        "taxonomy.Category", related_name="case_reviews"
    )
    age_bands = models.ManyToManyField(
        "taxonomy.AgeBand", blank=True, related_name="case_reviews"
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme", blank=True, related_name="case_reviews"
    )
    abuse_types = models.ManyToManyField(
        "taxonomy.AbuseType", blank=True, related_name="case_reviews"
    )
    agencies = models.ManyToManyField(
        "taxonomy.Agency",
        blank=True,
        related_name="case_reviews",
        verbose_name="agencies involved",
    )
    publication_date = models.DateField(db_index=True)
    summary = RichTextField(
        help_text="A plain-English summary of what happened and why it matters."
    )
    good_practice = RichTextField(blank=True)
    report_available_until = models.DateField(
        null=True,
        blank=True,
        help_text="After this date the full report is no longer offered; the page says "
        "it is available on request. The summary and learning stay published.",
    )
    # Publication checklist, confirmed by the approving lead.
    anonymised = models.BooleanField(
        default=False,
        help_text="Pseudonym and age bands only; nothing that identifies anyone.",
    )
    family_informed = models.BooleanField(default=False)
    legal_check_done = models.BooleanField(default=False)
    home_office_qa_date = models.DateField(
        "Home Office quality assurance approval",
        null=True,
        blank=True,
        help_text="Required before a DHR is published.",
    )

    workflow_children = ("learning_points", "recommendations", "documents")

    # Full-text search on PostgreSQL: website.search ranks with this same
    # expression so the planner uses the index. It is kept out of Meta.indexes
    # (a migration creates it on PostgreSQL only) because SQLite rebuilds
    # tables from Meta.indexes and has no to_tsvector().
    search_index = GinIndex(
        SearchVector("title", weight="A", config="english")
        + SearchVector("pseudonym", "summary", weight="B", config="english")
        + SearchVector("good_practice", weight="C", config="english"),
        name="casereviews_casereview_search",
    )

    class Meta(Publishable.Meta):
        ordering = ["-publication_date", "title"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(review_type__in=ReviewType.values),
                name="casereviews_casereview_review_type_valid",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.pseudonym})" if self.pseudonym else self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:200]
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("casereviews:detail", kwargs={"slug": self.slug})

    def publication_checklist_problems(self) -> list[str]:
        """Return what the approving lead must still confirm before publication."""
        problems = []
        if not self.anonymised:
            problems.append(
                "confirm the review is anonymised (pseudonym and age bands only)"
            )
        if not self.family_informed:
            problems.append("confirm the family has been informed")
        if not self.legal_check_done:
            problems.append("confirm the legal check is done")
        if self.review_type == ReviewType.DHR and self.home_office_qa_date is None:
            problems.append("give the date of Home Office quality assurance approval")
        return problems

    def report_available(self, today=None) -> bool:
        """Whether the full report is still offered to the public."""
        today = today or timezone.localdate()
        return (
            self.report_available_until is None or today <= self.report_available_until
        )


class LearningPoint(models.Model):
    """One point of learning from a case review, in the order the editor set."""

    case_review = models.ForeignKey(
        CaseReview, on_delete=models.CASCADE, related_name="learning_points"
    )
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.text[:80]


class RecommendationState(models.TextChoices):
    OPEN = "open", "Open"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"
    NOT_ACCEPTED = "not_accepted", "Not accepted"


class Recommendation(models.Model):
    """A recommendation a review made, to whom, and how far it has got."""

    case_review = models.ForeignKey(
        CaseReview, on_delete=models.CASCADE, related_name="recommendations"
    )
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField()
    addressed_to = models.CharField(max_length=200, blank=True)
    state = models.CharField(
        max_length=20,
        choices=RecommendationState.choices,
        default=RecommendationState.OPEN,
    )

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=RecommendationState.values),
                name="casereviews_recommendation_state_valid",
            )
        ]

    def __str__(self):
        return self.text[:80]


class DocumentRole(models.TextChoices):
    OVERVIEW = "overview", "Overview report"
    EXECUTIVE_SUMMARY = "executive_summary", "Executive summary"
    LEARNING_BRIEF = "learning_brief", "Learning brief"
    ACTION_PLAN = "action_plan", "Action plan"


class ReviewDocument(models.Model):
    """A report or brief belonging to a review: an uploaded PDF or an external link."""

    case_review = models.ForeignKey(
        CaseReview, on_delete=models.CASCADE, related_name="documents"
    )
    position = models.PositiveSmallIntegerField(default=0)
    role = models.CharField(max_length=30, choices=DocumentRole.choices)
    title = models.CharField(max_length=200, blank=True)
    file = models.FileField(
        upload_to="reviews/%Y/",
        storage=document_storage,
        blank=True,
        validators=[validate_pdf],
    )
    url = models.URLField("external link", blank=True)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(role__in=DocumentRole.values),
                name="casereviews_reviewdocument_role_valid",
            ),
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="casereviews_reviewdocument_file_xor_url",
                violation_error_message="Upload a PDF or give an external link, not both.",
            ),
        ]

    def __str__(self):
        return self.title or self.get_role_display()

    @property
    def href(self) -> str:
        return self.file.url if self.file else self.url

    def file_owner(self):
        """The record whose visibility this document follows."""
        return self.case_review
