"""Admin building blocks shared by every content app's admin."""

from django import forms
from django.contrib import admin
from django.db import models

# The collapsed group every record's form ends with.
PUBLISHING_FIELDSET = (
    "Publishing",
    {
        "classes": ["collapse"],
        "description": "Go-live and expiry times are optional. The status changes "
        "only through submission, review and approval.",
        "fields": [
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
# Short lists that read better as tick boxes than as a search box.
CHECKBOX_RELATIONS = {"categories", "age_bands"}


class PublishableAdminMixin:
    """Options shared by the admin of every record with an editorial life.

    Mix in before `admin.ModelAdmin` or `nested_admin.NestedModelAdmin`.
    """

    list_per_page = 50
    readonly_fields = PUBLISHING_READONLY_FIELDS
    save_on_top = True

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in CHECKBOX_RELATIONS:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

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
