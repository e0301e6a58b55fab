"""Public pages of the resource library."""

from django import forms
from django.db.models import Case, Value, When
from django.views.generic import DetailView, ListView

from resources.models import Resource, ResourceKind
from taxonomy.models import Category, Theme

ANY = [("", "Any")]
# Kinds are listed in the order editors know them (guidance first), not A to Z.
KIND_ORDER = Case(
    *[When(kind=kind, then=Value(index)) for index, kind in enumerate(ResourceKind)]
)


class ResourceFilterForm(forms.Form):
    """The library's filters; a value that fails to validate is simply not applied."""

    category = forms.ChoiceField(required=False, choices=ANY + Category.Slug.choices)
    kind = forms.ChoiceField(
        label="Kind of resource", required=False, choices=ANY + ResourceKind.choices
    )
    theme = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = ANY + [
            (theme.slug, theme.name) for theme in Theme.objects.all()
        ]

    def filter(self, queryset):
        """Narrow `queryset` by every filter that validated."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("category"):
            queryset = queryset.filter(categories__slug=data["category"])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("theme"):
            queryset = queryset.filter(themes__slug=data["theme"])
        return queryset

    @property
    def applied(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


class ResourceMixin:
    """Start every resource page from the resources the public may see."""

    model = Resource
    paginate_by = 20

    def get_queryset(self):
        return Resource.objects.public().select_related("publisher")


class ResourceListView(ResourceMixin, ListView):
    def get_queryset(self):
        self.form = ResourceFilterForm(self.request.GET)
        return (
            self.form.filter(super().get_queryset())
            .prefetch_related("categories")
            .order_by(KIND_ORDER, "title")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class ResourceDetailView(ResourceMixin, DetailView):
    def get_queryset(self):
        return super().get_queryset().prefetch_related("categories", "themes")
