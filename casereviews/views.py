"""Public pages of the case review library."""

from django import forms
from django.db.models import CharField, Prefetch, Q, Value
from django.views.generic import DetailView, ListView

from briefings.models import Briefing
from casereviews.models import CaseReview, ReviewType
from taxonomy.models import AbuseType, AgeBand, Agency, Category, Theme

ANY = [("", "Any")]
# The vocabularies a review is described with, keyed as the filters name them.
VOCABULARIES = {
    "category": Category,
    "age_band": AgeBand,
    "theme": Theme,
    "abuse_type": AbuseType,
    "agency": Agency,
}


def vocabulary_terms(vocabularies, **lookups):
    """Return the terms of several vocabularies, keyed by vocabulary, in one query.

    The lookup tables are small but many; reading them with a single UNION
    keeps the review pages well inside their query budget.
    """
    parts = [
        model.objects.filter(**lookups)
        .order_by()
        .annotate(vocabulary=Value(key, output_field=CharField()))
        .values("vocabulary", "position", "name", "slug")
        for key, model in vocabularies.items()
    ]
    terms = {key: [] for key in vocabularies}
    rows = parts[0].union(*parts[1:], all=True).order_by("position", "name")
    for row in rows:
        terms[row["vocabulary"]].append(row)
    return terms


class CaseReviewFilterForm(forms.Form):
    """The library's filters; a value that fails to validate is simply not applied."""

    q = forms.CharField(
        label="Title, pseudonym or summary contains", required=False, max_length=200
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
        terms = vocabulary_terms(
            {
                key: VOCABULARIES[key]
                for key in ["theme", "abuse_type", "agency", "age_band"]
            }
        )
        for key, vocabulary in terms.items():
            self.fields[key].choices = ANY + [
                (term["slug"], term["name"]) for term in vocabulary
            ]
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
                "learning_points",
                "recommendations",
                "documents",
                Prefetch("briefings", queryset=Briefing.objects.public()),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report_available=self.object.report_available(),
            terms=vocabulary_terms(VOCABULARIES, case_reviews=self.object),
            **kwargs,
        )
