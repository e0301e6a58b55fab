import nested_admin
from django import forms
from django.contrib import admin
from django.db import models

from casereviews.models import CaseReview, LearningPoint, Recommendation, ReviewDocument
from publishing.admin import (
    PUBLISHING_FIELDSET,
    URL_FORMFIELDS,
    ChildRecordAdmin,
    PublishableAdminMixin,
    SortableInlineMixin,
)

SHORT_TEXT = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})}}


class LearningPointInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    model = LearningPoint
    extra = 0
    formfield_overrides = SHORT_TEXT


class RecommendationInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    model = Recommendation
    extra = 0
    fields = ["position", "text", "addressed_to", "state"]
    formfield_overrides = SHORT_TEXT


class ReviewDocumentInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    model = ReviewDocument
    extra = 0
    fields = ["position", "role", "title", "file", "url"]
    formfield_overrides = URL_FORMFIELDS


@admin.register(CaseReview)
class CaseReviewAdmin(PublishableAdminMixin, nested_admin.NestedModelAdmin):
    list_display = [
        "title",
        "pseudonym",
        "review_type",
        "publication_date",
        "status",
        "is_public_now",
    ]
    list_filter = ["status", "review_type", "categories", "themes", "age_bands"]
    search_fields = ["title", "pseudonym", "slug"]
    date_hierarchy = "publication_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes", "abuse_types", "agencies"]
    inlines = [LearningPointInline, RecommendationInline, ReviewDocumentInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "review_type",
                    "title",
                    "pseudonym",
                    "slug",
                    "publication_date",
                    "commissioning_body",
                ]
            },
        ),
        (
            "Who and what it covers",
            {
                "description": "Only age bands are published, never finer details.",
                "fields": [
                    "categories",
                    "age_bands",
                    "themes",
                    "abuse_types",
                    "agencies",
                ],
            },
        ),
        ("Learning", {"fields": ["summary", "good_practice"]}),
        (
            "Publication checklist",
            {
                "description": "The approving lead confirms each of these before "
                "the review is published.",
                "fields": [
                    "anonymised",
                    "family_informed",
                    "legal_check_done",
                    "home_office_qa_date",
                ],
            },
        ),
        (
            "Report availability",
            {"classes": ["collapse"], "fields": ["report_available_until"]},
        ),
        PUBLISHING_FIELDSET,
    ]

    class Media:
        css = {"all": ["admin-extra/sortable.css"]}


@admin.register(LearningPoint)
class LearningPointAdmin(ChildRecordAdmin):
    list_display = ["text", "case_review", "position"]
    list_select_related = ["case_review"]
    search_fields = ["text", "case_review__title", "case_review__pseudonym"]


@admin.register(Recommendation)
class RecommendationAdmin(ChildRecordAdmin):
    """Recommendations across every review, to follow how far each has got."""

    list_display = ["text", "case_review", "addressed_to", "state"]
    list_filter = ["state", "case_review__review_type"]
    list_select_related = ["case_review"]
    search_fields = [
        "text",
        "addressed_to",
        "case_review__title",
        "case_review__pseudonym",
    ]

    def has_module_permission(self, request):
        return admin.ModelAdmin.has_module_permission(self, request)


@admin.register(ReviewDocument)
class ReviewDocumentAdmin(ChildRecordAdmin):
    list_display = ["__str__", "role", "case_review", "href"]
    list_filter = ["role"]
    list_select_related = ["case_review"]
    search_fields = ["title", "case_review__title", "case_review__pseudonym"]
