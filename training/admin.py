import nested_admin
from django.contrib import admin

from publishing.admin import (
    PUBLISHING_FIELDSET,
    URL_FORMFIELDS,
    ChildRecordAdmin,
    PublishableAdminMixin,
    SortableInlineMixin,
)
from training.models import Course, LearningOutcome, Session, Speaker


class LearningOutcomeInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    model = LearningOutcome
    extra = 0


class SessionInline(nested_admin.NestedTabularInline):
    """Dated sessions, kept in date order rather than dragged."""

    model = Session
    extra = 0
    is_sortable = False
    fields = ["starts_at", "ends_at", "venue", "online", "state", "booking_url"]
    formfield_overrides = URL_FORMFIELDS


class SpeakerInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    model = Speaker
    extra = 0
    fields = ["position", "name", "role", "talk_title"]


@admin.register(Course)
class CourseAdmin(PublishableAdminMixin, nested_admin.NestedModelAdmin):
    list_display = ["title", "kind", "delivery", "provider", "status", "is_public_now"]
    list_filter = ["status", "kind", "delivery", "categories", "themes"]
    list_select_related = ["provider"]
    search_fields = ["title", "slug", "summary", "provider__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["provider", "themes"]
    inlines = [LearningOutcomeInline, SessionInline, SpeakerInline]
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "provider", "summary"]}),
        ("Who and what it covers", {"fields": ["categories", "themes"]}),
        (
            "About the course",
            {"fields": ["level", "audience", "delivery", "duration", "description"]},
        ),
        (
            "Booking",
            {
                "description": "Booking stays in the external booking system; "
                "the public page links to it.",
                "fields": ["booking_url", "booking_system", "cost_note"],
            },
        ),
        PUBLISHING_FIELDSET,
    ]

    class Media:
        css = {"all": ["admin-extra/sortable.css"]}


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["course", "starts_at", "ends_at", "venue", "online", "state"]
    list_filter = ["state", "online", "course__kind"]
    list_select_related = ["course"]
    search_fields = ["course__title", "venue"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["course"]
    formfield_overrides = URL_FORMFIELDS
    fieldsets = [
        (None, {"fields": ["course", ("starts_at", "ends_at"), "venue", "online"]}),
        ("Availability", {"fields": ["state", "booking_url"]}),
    ]

    def get_queryset(self, request):
        # A session's name includes its course's title, also in autocomplete.
        # Sessions copied into a course's pending change are edited there.
        return (
            super()
            .get_queryset(request)
            .select_related("course")
            .filter(course__draft_of__isnull=True)
        )


@admin.register(LearningOutcome)
class LearningOutcomeAdmin(ChildRecordAdmin):
    list_display = ["text", "course"]
    list_select_related = ["course"]
    search_fields = ["text", "course__title"]


@admin.register(Speaker)
class SpeakerAdmin(ChildRecordAdmin):
    list_display = ["name", "role", "talk_title", "course"]
    list_select_related = ["course"]
    search_fields = ["name", "role", "talk_title", "course__title"]
