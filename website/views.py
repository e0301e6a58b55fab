"""Pages that span the content: home, themes, accessibility, contrast, health."""

from collections import defaultdict

from django import forms
from django.db import DatabaseError, connection
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe
from django.views.generic import DetailView, ListView

from briefings.models import Briefing
from casereviews.models import CaseReview
from circulars.models import Circular
from resources.models import Resource
from taxonomy.models import Category, Theme
from training.models import Course, Session

CONTRAST_COOKIE = "contrast"
CONTRAST_MAX_AGE = 365 * 24 * 60 * 60
HOME_SESSIONS = 5
HOME_RECORDS = 3


def upcoming_sessions():
    """Return sessions of public courses that have not yet ended, soonest first."""
    return Session.objects.upcoming().filter(course__in=Course.objects.public())


@require_safe
def home(request):
    """Show the latest circular, upcoming training, newest briefings and reviews."""
    latest = (
        Circular.objects.public()
        .select_related("primary_theme")
        .prefetch_related("categories")
        .order_by("-issue_date", "-pk")
        .first()
    )
    context = {
        "latest_circular": latest,
        "sessions": upcoming_sessions().select_related("course")[:HOME_SESSIONS],
        "briefings": Briefing.objects.public()
        .prefetch_related("categories")
        .order_by("-number")[:HOME_RECORDS],
        "reviews": CaseReview.objects.public()
        .prefetch_related("categories")
        .order_by("-publication_date", "-pk")[:HOME_RECORDS],
        "themes": Theme.objects.all(),
    }
    return render(request, "website/home.html", context)


class CategoryFilterForm(forms.Form):
    """Narrow a theme page to records for adults or for children.

    A value that fails to validate is not applied, so a mistyped address
    shows the whole page rather than an error.
    """

    category = forms.ChoiceField(
        required=False, choices=[("", "Any")] + Category.Slug.choices
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    @property
    def chosen(self) -> str:
        """The slug of the category asked for, or "" for everyone."""
        return self.cleaned_data.get("category", "") if self.is_valid() else ""

    @property
    def chosen_label(self) -> str:
        return Category.Slug(self.chosen).label if self.chosen else ""

    def filter(self, queryset):
        if self.chosen:
            return queryset.filter(categories__slug=self.chosen)
        return queryset


class ThemeMixin:
    """Start every theme page from the whole vocabulary; themes are always public.

    Themes are a vocabulary, not published records; what is filtered to the
    public is the content counted or listed on each page.
    """

    model = Theme
    context_object_name = "theme"

    def get_context_data(self, **kwargs):
        self.form = CategoryFilterForm(self.request.GET)
        return super().get_context_data(form=self.form, **kwargs)


class ThemeListView(ThemeMixin, ListView):
    """List the themes with how often each recurs across public case reviews."""

    template_name = "website/theme_list.html"
    context_object_name = "themes"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = (
            self.form.filter(CaseReview.objects.public())
            .filter(themes__isnull=False)
            .annotate(year=ExtractYear("publication_date"))
            .values("themes", "year")
            .annotate(reviews=Count("pk", distinct=True))
            .order_by()
        )
        by_theme = defaultdict(dict)
        for row in counts:
            by_theme[row["themes"]][row["year"]] = row["reviews"]
        years = sorted({year for per_year in by_theme.values() for year in per_year})
        peak = max(
            (n for per_year in by_theme.values() for n in per_year.values()), default=0
        )
        rows = []
        for theme in context["themes"]:
            per_year = by_theme.get(theme.pk, {})
            rows.append(
                {
                    "theme": theme,
                    "total": sum(per_year.values()),
                    "years": [
                        {
                            "year": year,
                            "count": per_year.get(year, 0),
                            "percent": round(100 * per_year.get(year, 0) / peak)
                            if peak
                            else 0,
                        }
                        for year in years
                    ],
                }
            )
        context.update(
            rows=rows,
            charted=sorted(
                (row for row in rows if row["total"]),
                key=lambda row: (-row["total"], row["theme"].name),
            ),
            years=years,
        )
        return context


def newest(queryset, count: int):
    """Return the first `count` rows of `queryset`, and whether there are more.

    One row more than shown is fetched to tell, so no count query is needed.
    """
    rows = list(queryset[: count + 1])
    return rows[:count], len(rows) > count


class ThemeDetailView(ThemeMixin, DetailView):
    """Show the newest public records on one theme, grouped by type, each group
    linking to its full list filtered to the theme."""

    template_name = "website/theme_detail.html"
    # Per group: a hub listing everything on a theme would grow with the
    # libraries; the linked lists paginate.
    per_group = 10

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        theme = self.object
        narrow = self.form.filter
        groups = {
            "circulars": narrow(Circular.objects.public())
            .filter(Q(primary_theme=theme) | Q(themes=theme))
            .distinct()
            .order_by("-issue_date", "-pk"),
            "reviews": narrow(CaseReview.objects.public())
            .filter(themes=theme)
            .prefetch_related("categories")
            .order_by("-publication_date", "-pk"),
            "briefings": narrow(Briefing.objects.public())
            .filter(themes=theme)
            .prefetch_related("categories")
            .order_by("-number"),
            # Next dates are left to the training pages: one more query here
            # would take the hub past its budget of ten.
            "courses": narrow(Course.objects.public())
            .filter(themes=theme)
            .select_related("provider")
            .prefetch_related("categories")
            .order_by("-created_at", "-pk"),
            "resources": narrow(Resource.objects.public())
            .filter(themes=theme)
            .select_related("publisher")
            .prefetch_related("categories")
            .order_by("-created_at", "-pk"),
        }
        for name, queryset in groups.items():
            context[name], context[f"more_{name}"] = newest(queryset, self.per_group)
        return context


@require_safe
def accessibility(request):
    return render(request, "website/accessibility.html")


# Exempt from CSRF on purpose: the form sits on every public page, and a
# token there would set a cookie for every anonymous visitor and make the
# pages differ per visitor, so no page could be cached. A forged post can do
# no more than switch someone's colours; the cookie grants nothing.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def contrast(request):
    """Toggle high contrast in a first-party cookie, then go back where the visitor was.

    Works without JavaScript: every page's "Toggle Contrast" button posts
    here with the page's own address in `next`. Only a same-site address is
    followed, so the form cannot be used to bounce visitors elsewhere.
    """
    if request.method != "POST":
        return render(request, "website/contrast.html")
    high = request.COOKIES.get(CONTRAST_COOKIE) != "high"
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("website:home")
    response = HttpResponseRedirect(target)
    response.set_cookie(
        CONTRAST_COOKIE,
        "high" if high else "normal",
        max_age=CONTRAST_MAX_AGE,
        samesite="Lax",
        httponly=True,
        secure=request.is_secure(),
    )
    return response


@never_cache
@require_safe
def healthz(request):
    """Report whether the application can reach its database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('website:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
