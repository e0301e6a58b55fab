"""Public pages of the Safer7 briefing library."""

from django import forms
from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from briefings.models import Briefing
from casereviews.models import CaseReview
from taxonomy.models import Category, Theme

ANY = [("", "Any")]


class BriefingFilterForm(forms.Form):
    """The library's filters; a value that fails to validate is simply not applied."""

    category = forms.ChoiceField(required=False, choices=ANY + Category.Slug.choices)
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
        if self.cleaned_data.get("category"):
            queryset = queryset.filter(categories__slug=self.cleaned_data["category"])
        if self.cleaned_data.get("theme"):
            queryset = queryset.filter(themes__slug=self.cleaned_data["theme"])
        return queryset

    @property
    def applied(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


class BriefingMixin:
    """Start every briefing page from the briefings the public may see."""

    model = Briefing
    paginate_by = 20

    def get_queryset(self):
        return Briefing.objects.public()


class BriefingListView(BriefingMixin, ListView):
    def get_queryset(self):
        self.form = BriefingFilterForm(self.request.GET)
        return self.form.filter(super().get_queryset()).prefetch_related("categories")

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class BriefingDetailView(BriefingMixin, DetailView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "sections",
                "categories",
                "themes",
                Prefetch("source_reviews", queryset=CaseReview.objects.public()),
            )
        )

    def get_context_data(self, **kwargs):
        # The stored estimate is worked out before the admin saves the
        # sections, so it can lag one edit behind; the prefetched sections
        # give the current figure at no extra cost.
        return super().get_context_data(
            reading_minutes=self.object.compute_reading_minutes(), **kwargs
        )
