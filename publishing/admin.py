"""Admin building blocks shared by every content app's admin, and the workflow's logs."""

import csv

import nested_admin
from django import forms
from django.contrib import admin, messages
from django.db import models
from django.http import HttpResponse
from django.utils import timezone

from publishing.forms import ConcurrentEditForm
from publishing.models import (
    AuditEntry,
    PreviewLink,
    PreviewLinkUse,
    ReviewRequest,
    Version,
)
from publishing.preview import preview_link_revoke
from publishing.services import can_publish, record_edited
from publishing.versions import MergeRefused, record_recover

# The collapsed group every record's form ends with.
PUBLISHING_FIELDSET = (
    "Publishing",
    {
        "classes": ["collapse"],
        "description": "The status changes only through submission, review and "
        "approval. A safeguarding lead sets the go-live and expiry times.",
        "fields": [
            "edit_token",
            "status",
            "publish_at",
            "expire_at",
            ("created_at", "created_by"),
            ("updated_at", "updated_by"),
        ],
    },
)
PUBLISHING_READONLY_FIELDS = [
    "status",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
]
SCHEDULE_FIELDS = ["publish_at", "expire_at"]
# Links typed without a scheme are read as https, as Django 6.0 will by default.
URL_FORMFIELDS = {models.URLField: {"assume_scheme": "https"}}
# Short lists that read better as tick boxes than as a search box.
CHECKBOX_RELATIONS = {"categories", "age_bands"}


class SortableRowForm(forms.ModelForm):
    """An inline row whose hidden position the drag-and-drop script fills in.

    A new row that only has a position is still blank: it is skipped on save
    rather than refused for missing fields. Moving an existing row counts as a
    change.
    """

    def has_changed(self):
        if self.instance.pk is not None:
            return super().has_changed()
        return any(name != "position" for name in self.changed_data)


class SortableInlineMixin(nested_admin.SortableHiddenMixin):
    """Rows ordered by drag and drop on `position`, with no children of their own.

    Rows that hold nested rows keep the default form: a new parent left blank
    must be reported, or the rows inside it would have nowhere to go.
    """

    form = SortableRowForm


class PublishableAdminMixin:
    """Options shared by the admin of every record with an editorial life.

    Mix in before `admin.ModelAdmin` or `nested_admin.NestedModelAdmin`.
    """

    form = ConcurrentEditForm
    formfield_overrides = URL_FORMFIELDS
    list_per_page = 50
    readonly_fields = PUBLISHING_READONLY_FIELDS
    save_on_top = True

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        match = request.resolver_match
        if match is not None and match.url_name == "autocomplete":
            # Pickers link to the record itself, never to a pending change of it.
            queryset = queryset.originals()
        return queryset

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user):
            fields += [name for name in SCHEDULE_FIELDS if name not in fields]
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in CHECKBOX_RELATIONS:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        edited = form.has_changed() or any(
            formset.has_changed() for formset in formsets
        )
        if change and edited:
            record_edited(record=form.instance, user=request.user)

    @admin.display(boolean=True, description="public now")
    def is_public_now(self, obj):
        return obj.is_public()


class ChildRecordAdmin(admin.ModelAdmin):
    """A read-only list of rows that are edited on their parent record's page.

    Editing stays on the parent's page so that every change to a record and
    its children is saved, and reviewed, together.
    """

    list_per_page = 100
    formfield_overrides = {
        **URL_FORMFIELDS,
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3})},
    }

    def has_module_permission(self, request):
        return False

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class LogAdmin(admin.ModelAdmin):
    """A read-only record written by the workflow; nobody edits history."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(LogAdmin):
    list_display = [
        "created_at",
        "user",
        "action",
        "object_repr",
        "content_type",
        "from_status",
        "to_status",
    ]
    list_filter = ["action", "to_status", "content_type", "user"]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr", "comment", "user__username"]
    date_hierarchy = "created_at"
    actions = ["export_csv"]

    @admin.action(description="Export the chosen entries as CSV", permissions=["view"])
    def export_csv(self, request, queryset):
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["when", "who", "action", "record", "kind", "from", "to", "comment"]
        )
        for entry in queryset.select_related("user", "content_type"):
            writer.writerow(
                [
                    timezone.localtime(entry.created_at).isoformat(),
                    entry.user.get_username(),
                    entry.get_action_display(),
                    _csv_safe(entry.object_repr),
                    entry.content_type.name,
                    entry.get_from_status_display(),
                    entry.get_to_status_display(),
                    _csv_safe(entry.comment),
                ]
            )
        return response


def _csv_safe(text: str) -> str:
    # A spreadsheet runs a cell that starts with one of these as a formula.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.register(ReviewRequest)
class ReviewRequestAdmin(LogAdmin):
    list_display = ["__str__", "submitted_by", "submitted_at", "reviewer", "due"]
    list_filter = ["is_open", "content_type", "reviewer"]
    list_select_related = ["content_type", "submitted_by", "reviewer"]
    search_fields = ["submitted_by__username", "reviewer__username"]
    date_hierarchy = "submitted_at"


@admin.register(Version)
class VersionAdmin(LogAdmin):
    """Snapshots taken on publication and deletion; deleted records recover from here."""

    list_display = ["object_repr", "content_type", "reason", "created_at", "recovered"]
    list_filter = ["reason", "recovered", "content_type"]
    list_select_related = ["content_type", "created_by"]
    search_fields = ["object_repr"]
    date_hierarchy = "created_at"
    exclude = ["data"]
    actions = ["recover"]

    @admin.action(description="Recover the chosen deleted records as drafts")
    def recover(self, request, queryset):
        recovered = 0
        for version in queryset.select_related("content_type"):
            opts = version.content_type.model_class()._meta
            if not request.user.has_perm(f"{opts.app_label}.add_{opts.model_name}"):
                self.message_user(
                    request,
                    f"You may not add {opts.verbose_name_plural}, so "
                    f"“{version.object_repr}” was not recovered.",
                    messages.ERROR,
                )
                continue
            try:
                record_recover(version=version, user=request.user)
            except MergeRefused as refusal:
                self.message_user(
                    request, f"“{version.object_repr}”: {refusal}", messages.WARNING
                )
            else:
                recovered += 1
        if recovered:
            self.message_user(
                request,
                f"Recovered {recovered} record{'s' if recovered != 1 else ''} as "
                "drafts; submit them for review to publish them again.",
                messages.SUCCESS,
            )


class PreviewLinkUseInline(admin.TabularInline):
    model = PreviewLinkUse
    extra = 0
    can_delete = False
    readonly_fields = ["used_at", "allowed", "ip_address", "user_agent"]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PreviewLink)
class PreviewLinkAdmin(LogAdmin):
    """Preview links given to people without an account, and every use of them."""

    list_display = [
        "object_repr",
        "note",
        "created_by",
        "created_at",
        "expires_at",
        "is_live",
    ]
    list_filter = ["content_type", "created_by"]
    list_select_related = ["content_type", "created_by"]
    search_fields = ["object_repr", "note"]
    date_hierarchy = "created_at"
    inlines = [PreviewLinkUseInline]
    actions = ["revoke"]

    @admin.display(boolean=True, description="usable now")
    def is_live(self, obj):
        return obj.is_active()

    @admin.action(description="Revoke the chosen preview links", permissions=["revoke"])
    def revoke(self, request, queryset):
        for link in queryset:
            preview_link_revoke(link=link)
        self.message_user(
            request,
            "The chosen links no longer open their previews.",
            messages.SUCCESS,
        )

    def has_revoke_permission(self, request):
        return can_publish(request.user)
