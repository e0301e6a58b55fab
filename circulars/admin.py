import nested_admin
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from circulars.models import ITEM_TARGETS, Circular, Item, Section, StandardText
from circulars.services import (
    circular_add_records,
    circular_start_from_theme,
    circular_theme_candidates,
    record_key,
    resolve_record_keys,
)
from publishing.admin import (
    PUBLISHING_FIELDSET,
    ChildRecordAdmin,
    PublishableAdminMixin,
    SortableInlineMixin,
    SortableRowForm,
)
from taxonomy.models import Theme


class ItemForm(SortableRowForm):
    """An item row that states the one-record rule once.

    The model's `clean()` and its check constraint both refuse an item without
    exactly one record; the constraint's shorter message is dropped when the
    fuller one is already shown.
    """

    def full_clean(self):
        super().full_clean()
        errors = self._errors.get(NON_FIELD_ERRORS) if self._errors else None
        if not errors:
            return
        constraint = next(
            c
            for c in Item._meta.constraints
            if c.name == "circulars_item_exactly_one_target"
        )
        short = constraint.get_violation_error_message()
        kept = [error for error in errors.as_data() if error.messages != [short]]
        if kept and len(kept) < len(errors):
            self._errors[NON_FIELD_ERRORS] = self.error_class(
                kept, error_class="nonfield", renderer=self.renderer
            )


class ItemInline(SortableInlineMixin, nested_admin.NestedTabularInline):
    """A section's items; each points at exactly one record."""

    model = Item
    form = ItemForm
    extra = 0
    fields = [
        "position",
        "case_review",
        "briefing",
        "course",
        "session",
        "resource",
        "note",
    ]
    autocomplete_fields = ["case_review", "briefing", "course", "session", "resource"]
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})},
    }
    verbose_name = "item"
    verbose_name_plural = "items (choose one record per row)"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ITEM_TARGETS:
            # Records are written on their own pages; a row only picks one, and
            # five sets of add, change and delete icons would crowd it.
            widget = formfield.widget
            widget.can_add_related = False
            widget.can_change_related = False
            widget.can_delete_related = False
            widget.can_view_related = False
        return formfield


class SectionInline(nested_admin.SortableHiddenMixin, nested_admin.NestedStackedInline):
    model = Section
    extra = 0
    fields = ["position", "heading", "standard_text", "body"]
    autocomplete_fields = ["standard_text"]
    inlines = [ItemInline]


class StartFromThemeForm(forms.Form):
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.all(),
        help_text="The circular's primary theme. Its public case reviews, "
        "briefings, courses and resources are placed into sections for you.",
    )
    title = forms.CharField(
        max_length=200,
        help_text='e.g. "Thematic Learning from Case Reviews – Neglect".',
    )
    issue_date = forms.DateField(
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        initial=timezone.localdate,
    )


@admin.register(Circular)
class CircularAdmin(PublishableAdminMixin, nested_admin.NestedModelAdmin):
    list_display = ["title", "issue_date", "primary_theme", "status", "is_public_now"]
    list_filter = ["status", "primary_theme", "themes", "categories"]
    list_select_related = ["primary_theme"]
    search_fields = ["title", "slug", "primary_theme__name"]
    date_hierarchy = "issue_date"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["primary_theme", "themes"]
    inlines = [SectionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "issue_date"]}),
        ("Themes and audience", {"fields": ["primary_theme", "themes", "categories"]}),
        ("Introduction", {"fields": ["introduction"]}),
        PUBLISHING_FIELDSET,
    ]

    class Media:
        css = {"all": ["admin-extra/sortable.css", "admin-extra/circulars.css"]}

    def get_urls(self):
        opts = self.opts
        name = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "start-from-theme/",
                self.admin_site.admin_view(self.start_from_theme_view),
                name=f"{name}_start_from_theme",
            ),
            path(
                "<path:object_id>/add-records/",
                self.admin_site.admin_view(self.add_records_view),
                name=f"{name}_add_records",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        circular = self.get_object(request, object_id)
        if circular is not None and self.has_change_permission(request, circular):
            candidates = circular_theme_candidates(circular=circular)
            extra_context["theme_candidates"] = candidates
            extra_context["candidate_groups"] = [
                (group.label, [(record_key(r), r) for r in group.records])
                for group in candidates.groups
                if group.records
            ]
            extra_context["previous_candidates"] = [
                (record_key(r), r) for r in candidates.previous_records
            ]
        return super().change_view(request, object_id, form_url, extra_context)

    def add_records_view(self, request, object_id):
        """Add the records ticked in the theme panel to the circular."""
        circular = get_object_or_404(Circular, pk=object_id)
        if not self.has_change_permission(request, circular):
            raise PermissionDenied
        change_url = reverse("admin:circulars_circular_change", args=[circular.pk])
        if request.method != "POST":
            return HttpResponseRedirect(change_url)
        records = [
            record
            for record in resolve_record_keys(keys=request.POST.getlist("record"))
            if record.is_public()
        ]
        if not records:
            self.message_user(
                request, "Tick at least one record to add.", messages.WARNING
            )
            return HttpResponseRedirect(change_url)
        added = circular_add_records(
            circular=circular, records=records, user=request.user
        )
        if added:
            self.log_change(request, circular, f"Added {added} records on its themes.")
        self.message_user(
            request,
            f"Added {added} record{'s' if added != 1 else ''} to the circular. "
            "Drag them into the order you want, then save.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(change_url)

    def start_from_theme_view(self, request):
        """Ask for a theme, title and date; create a draft circular from them."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = StartFromThemeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            circular = circular_start_from_theme(
                theme=form.cleaned_data["theme"],
                title=form.cleaned_data["title"],
                issue_date=form.cleaned_data["issue_date"],
                user=request.user,
            )
            self.log_addition(
                request, circular, f"Started from the theme {circular.primary_theme}."
            )
            self.message_user(
                request,
                format_html(
                    "Started “{}” as a draft with the public records on {}. "
                    "Write the introduction, arrange the sections, then save.",
                    circular.title,
                    circular.primary_theme.name,
                ),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(
                reverse("admin:circulars_circular_change", args=[circular.pk])
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Start a circular from a theme",
            "form": form,
        }
        return TemplateResponse(
            request, "admin/circulars/circular/start_from_theme.html", context
        )


@admin.register(StandardText)
class StandardTextAdmin(admin.ModelAdmin):
    list_display = ["title", "slug"]
    search_fields = ["title", "slug"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(Section)
class SectionAdmin(ChildRecordAdmin):
    list_display = ["heading", "circular", "position"]
    list_select_related = ["circular"]
    search_fields = ["heading", "circular__title"]


@admin.register(Item)
class ItemAdmin(ChildRecordAdmin):
    """Where each record is used across circulars."""

    list_display = ["__str__", "kind", "section", "circular"]
    list_select_related = [
        "section__circular",
        "case_review",
        "briefing",
        "course",
        "session__course",
        "resource",
    ]
    search_fields = [
        "case_review__title",
        "case_review__pseudonym",
        "briefing__title",
        "course__title",
        "resource__title",
        "section__circular__title",
    ]

    @admin.display(description="kind")
    def kind(self, obj):
        return obj.target_kind.replace("_", " ")

    @admin.display(description="circular", ordering="section__circular__title")
    def circular(self, obj):
        return obj.section.circular
