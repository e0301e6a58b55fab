from django.contrib import admin

from publishing.admin import URL_FORMFIELDS
from taxonomy.models import AbuseType, AgeBand, Agency, Category, Organisation, Theme


class TermAdmin(admin.ModelAdmin):
    """An editable vocabulary: name, slug and list position."""

    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


class FixedTermAdmin(admin.ModelAdmin):
    """A fixed vocabulary: its entries are seeded and never added or removed.

    The slugs are fixed by database constraints; names and order may be
    reworded.
    """

    list_display = ["name", "slug", "position"]
    search_fields = ["name"]
    readonly_fields = ["slug"]
    fields = ["name", "slug", "position"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Category)
class CategoryAdmin(FixedTermAdmin):
    pass


@admin.register(AgeBand)
class AgeBandAdmin(FixedTermAdmin):
    pass


@admin.register(Theme)
class ThemeAdmin(TermAdmin):
    list_display = ["name", "summary", "position"]
    search_fields = ["name", "summary"]
    fields = ["name", "slug", "summary", "description", "position"]


@admin.register(AbuseType)
class AbuseTypeAdmin(TermAdmin):
    pass


@admin.register(Agency)
class AgencyAdmin(TermAdmin):
    pass


@admin.register(Organisation)
class OrganisationAdmin(TermAdmin):
    list_display = ["name", "website", "position"]
    fields = ["name", "slug", "website", "position"]
    formfield_overrides = URL_FORMFIELDS
