"""Public pages of the circular archive and of one circular."""

from django import forms
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from django.views.generic import DetailView, ListView

from briefings.models import Briefing
from casereviews.models import CaseReview
from circulars.models import Circular, Item, Section
from resources.models import Resource
from taxonomy.models import Category, Theme
from training.models import Course, Session

ANY = [("", "Any")]


class CircularFilterForm(forms.Form):
    """The archive's filters; a value that fails to validate is simply not applied."""

    theme = forms.ChoiceField(required=False)
    category = forms.ChoiceField(required=False, choices=ANY + Category.Slug.choices)
    year = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label="Year"
    )

    def __init__(self, *args, themes, years, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = ANY + [(t.slug, t.name) for t in themes]
        self.fields["year"].choices = ANY + [(year, year) for year in years]

    def filter(self, queryset):
        """Narrow `queryset` by every filter that validated."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("theme"):
            queryset = queryset.filter(
                Q(primary_theme__slug=data["theme"]) | Q(themes__slug=data["theme"])
            ).distinct()
        if data.get("category"):
            queryset = queryset.filter(categories__slug=data["category"])
        if data.get("year"):
            queryset = queryset.filter(issue_date__year=data["year"])
        return queryset

    @property
    def active(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


def public_items():
    """Return circular items whose target a practitioner may see now.

    The public check runs in SQL against each target's own `public()`, and
    every target is joined into the same query, so a circular costs the
    same number of queries however many items it holds. Each check is a
    correlated EXISTS, which the database answers by looking up the one
    record an item points at; `IN (subquery)` would read every public record
    of every kind, and so grow with the libraries.
    """

    def visible(public, **link):
        return Exists(
            public.filter(**{key: OuterRef(field) for key, field in link.items()})
        )

    public_courses = Course.objects.public()
    return (
        Item.objects.filter(
            visible(CaseReview.objects.public(), pk="case_review")
            | visible(Briefing.objects.public(), pk="briefing")
            | visible(public_courses, pk="course")
            | visible(public_courses, sessions="session")
            | visible(Resource.objects.public(), pk="resource")
        )
        .select_related(
            "case_review",
            "briefing",
            "course__provider",
            "session__course",
            "resource__publisher",
        )
        .prefetch_related(
            "course__learning_outcomes",
            "course__speakers",
            Prefetch(
                "course__sessions",
                queryset=Session.objects.order_by("starts_at"),
                to_attr="session_list",
            ),
        )
    )


def split_sessions(course, now):
    """Set a course's upcoming sessions, and its last one if none is to come.

    A circular stays readable after its events: one whose dates have all
    passed says when it took place instead of offering a booking.
    """
    course.upcoming_sessions = [s for s in course.session_list if s.ends_at > now]
    past = [s for s in course.session_list if s.ends_at <= now]
    course.last_session = past[-1] if past and not course.upcoming_sessions else None


class CircularMixin:
    """Start every circular page from the circulars the public may see."""

    model = Circular

    def get_queryset(self):
        return Circular.objects.public().select_related("primary_theme")


class CircularListView(CircularMixin, ListView):
    """The archive of circulars, newest first, filterable by theme, category, year."""

    paginate_by = 20
    context_object_name = "circulars"

    def get_queryset(self):
        public = super().get_queryset()
        years = public.dates("issue_date", "year", order="DESC")
        self.form = CircularFilterForm(
            self.request.GET,
            themes=Theme.objects.all(),
            years=[day.year for day in years],
        )
        return (
            self.form.filter(public)
            .prefetch_related("categories")
            .order_by("-issue_date", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, **kwargs)


class CircularDetailView(CircularMixin, DetailView):
    """One circular: introduction, then each section's text and public items."""

    def get_queryset(self):
        sections = Section.objects.select_related("standard_text").prefetch_related(
            Prefetch("items", queryset=public_items(), to_attr="public_items")
        )
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "categories",
                "themes",
                Prefetch("sections", queryset=sections, to_attr="section_list"),
            )
        )

    def get_context_data(self, **kwargs):
        circular = self.object
        # A section with nothing to show (no text and every item withdrawn)
        # would be an empty heading; leave it out.
        sections = [
            section
            for section in circular.section_list
            if section.standard_text or section.body or section.public_items
        ]
        now = timezone.now()
        for section in sections:
            for item in section.public_items:
                if item.course_id:
                    split_sessions(item.course, now)
        further_themes = [
            theme for theme in circular.themes.all() if theme != circular.primary_theme
        ]
        return super().get_context_data(
            sections=sections,
            further_themes=further_themes,
            now=now,
            **kwargs,
        )
