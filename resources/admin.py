from django.contrib import admin

from publishing.admin import PUBLISHING_FIELDSET, PublishableAdminMixin
from resources.models import Resource


@admin.register(Resource)
class ResourceAdmin(PublishableAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "kind",
        "publisher",
        "review_due",
        "status",
        "is_public_now",
    ]
    list_filter = ["status", "kind", "categories", "themes", "publisher"]
    list_select_related = ["publisher"]
    search_fields = ["title", "slug", "summary", "publisher__name"]
    date_hierarchy = "review_due"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["publisher", "themes"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "publisher", "summary"]}),
        (
            "Where to find it",
            {
                "description": "Give a link, upload a PDF, or both.",
                "fields": ["url", "document"],
            },
        ),
        ("Who and what it covers", {"fields": ["categories", "themes"]}),
        ("Review", {"classes": ["collapse"], "fields": ["review_due"]}),
        PUBLISHING_FIELDSET,
    ]
