"""Public pages of the case review library."""

from django import forms
from django.db.models import Prefetch, Q
from django.views.generic import DetailView, ListView

from briefings.models import Briefing
from casereviews.models import CaseReview, ReviewType
from taxonomy.models import AbuseType, AgeBand, Agency, Category, Theme

ANY = [("", "Any")]


def term_choices(model):
    return ANY + [(term.slug, term.name) for term in model.objects.all()]


class CaseReviewFilterForm(forms.Form):
    """The library's filters; a value that fails to validate is simply not applied."""

    q = forms.CharField(
        label="Words in the title or summary", required=False, max_length=200
    )
    category = forms.ChoiceField(required=False, choices=ANY + Category.Slug.choices)
    review_type = forms.ChoiceField(
        label="Type of review", required=False, choices=ANY + ReviewType.choices
    )
    theme = forms.ChoiceField(required=False)
    abuse_type = forms.ChoiceField(label="Type of abuse", required=False)
    agency = forms.ChoiceField(label="Agency involved", required=False)
    age_band = forms.ChoiceField(label="Age", required=False)
    year = forms.TypedChoiceField(
        label="Year published", required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, years, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = term_choices(Theme)
        self.fields["abuse_type"].choices = term_choices(AbuseType)
        self.fields["agency"].choices = term_choices(Agency)
        self.fields["age_band"].choices = term_choices(AgeBand)
        self.fields["year"].choices = ANY + [(year, year) for year in years]

    def filter(self, queryset):
        """Narrow `queryset` by every filter that validated."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("q"):
            words = data["q"]
            queryset = queryset.filter(
                Q(title__icontains=words)
                | Q(pseudonym__icontains=words)
                | Q(summary__icontains=words)
            )
        lookups = {
            "category": "categories__slug",
            "review_type": "review_type",
            "theme": "themes__slug",
            "abuse_type": "abuse_types__slug",
            "agency": "agencies__slug",
            "age_band": "age_bands__slug",
            "year": "publication_date__year",
        }
        for field, lookup in lookups.items():
            if data.get(field):
                queryset = queryset.filter(**{lookup: data[field]})
        return queryset

    @property
    def applied(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


class CaseReviewMixin:
    """Start every case review page from the reviews the public may see."""

    model = CaseReview
    paginate_by = 20

    def get_queryset(self):
        return CaseReview.objects.public()


class CaseReviewListView(CaseReviewMixin, ListView):
    def get_queryset(self):
        public = super().get_queryset()
        years = [day.year for day in public.dates("publication_date", "year", "DESC")]
        self.form = CaseReviewFilterForm(self.request.GET, years=years)
        return self.form.filter(public).prefetch_related("categories")

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class CaseReviewDetailView(CaseReviewMixin, DetailView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "categories",
                "age_bands",
                "themes",
                "abuse_types",
                "agencies",
                "learning_points",
                "recommendations",
                "documents",
                Prefetch("briefings", queryset=Briefing.objects.public()),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report_available=self.object.report_available(), **kwargs
        )
