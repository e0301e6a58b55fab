from django import forms
from django.contrib import admin

from briefings.models import DEFAULT_SECTION_HEADINGS, Briefing, BriefingSection
from publishing.admin import (
    PUBLISHING_FIELDSET,
    ChildRecordAdmin,
    PublishableAdminMixin,
)

SECTION_COUNT = len(DEFAULT_SECTION_HEADINGS)


class BriefingSectionInline(admin.StackedInline):
    """The seven numbered sections; a new briefing starts with the default headings."""

    model = BriefingSection
    fields = [("position", "heading"), "body"]
    max_num = SECTION_COUNT
    ordering = ["position"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "position":
            return forms.TypedChoiceField(
                label="Number",
                choices=[(n, str(n)) for n in range(1, SECTION_COUNT + 1)],
                coerce=int,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_extra(self, request, obj=None, **kwargs):
        existing = obj.sections.count() if obj and obj.pk else 0
        return max(0, SECTION_COUNT - existing)


@admin.register(Briefing)
class BriefingAdmin(PublishableAdminMixin, admin.ModelAdmin):
    list_display = [
        "number",
        "title",
        "reading_minutes",
        "review_due",
        "status",
        "is_public_now",
    ]
    list_display_links = ["number", "title"]
    list_filter = ["status", "categories", "themes", "review_due"]
    search_fields = ["title", "slug", "summary"]
    date_hierarchy = "review_due"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["themes", "source_reviews"]
    readonly_fields = [*PublishableAdminMixin.readonly_fields, "reading_minutes"]
    inlines = [BriefingSectionInline]
    fieldsets = [
        (None, {"fields": ["number", "title", "slug", "summary", "reading_minutes"]}),
        ("Who and what it covers", {"fields": ["categories", "themes"]}),
        (
            "Sources and documents",
            {
                "classes": ["collapse"],
                "fields": ["source_reviews", "pdf", "review_due"],
            },
        ),
        PUBLISHING_FIELDSET,
    ]

    def get_search_results(self, request, queryset, search_term):
        candidates = queryset
        queryset, may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        # Editors often know a briefing by its number in the series.
        number = search_term.strip().removeprefix("Safer7").strip()
        if number.isdigit():
            queryset |= candidates.filter(number=int(number))
        return queryset, may_have_duplicates

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        if isinstance(inline, BriefingSectionInline) and not (obj and obj.pk):
            kwargs["initial"] = [
                {"position": number, "heading": heading}
                for number, heading in enumerate(DEFAULT_SECTION_HEADINGS, start=1)
            ]
        return kwargs

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        briefing = form.instance
        briefing.reading_minutes = briefing.compute_reading_minutes()
        briefing.save(update_fields=["reading_minutes"])


@admin.register(BriefingSection)
class BriefingSectionAdmin(ChildRecordAdmin):
    list_display = ["__str__", "briefing"]
    list_select_related = ["briefing"]
    search_fields = ["heading", "briefing__title"]
