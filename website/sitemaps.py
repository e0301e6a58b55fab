"""Sitemaps of everything public; each starts from the public QuerySet."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from briefings.models import Briefing
from casereviews.models import CaseReview
from circulars.models import Circular
from resources.models import Resource
from taxonomy.models import Theme
from training.models import Course


class PagesSitemap(Sitemap):
    """The fixed pages every visitor can reach."""

    def items(self):
        return [
            "website:home",
            "circulars:list",
            "website:themes",
            "casereviews:list",
            "briefings:list",
            "training:list",
            "resources:list",
            "website:accessibility",
        ]

    def location(self, item):
        return reverse(item)


class PublicSitemap(Sitemap):
    """Public records of one model, with their last change as `lastmod`."""

    model = None
    order_by = ("pk",)
    fields = ("slug", "updated_at")

    def items(self):
        # A list, not a QuerySet: the paginator then counts it in Python
        # instead of spending a COUNT query per section.
        return list(
            self.model.objects.public().only(*self.fields).order_by(*self.order_by)
        )

    def lastmod(self, obj):
        return obj.updated_at


class CircularSitemap(PublicSitemap):
    model = Circular
    order_by = ("-issue_date", "pk")
    fields = ("slug", "updated_at", "issue_date")

    def lastmod(self, obj):
        return max(obj.updated_at.date(), obj.issue_date)


class CaseReviewSitemap(PublicSitemap):
    model = CaseReview


class BriefingSitemap(PublicSitemap):
    model = Briefing


class CourseSitemap(PublicSitemap):
    model = Course


class ResourceSitemap(PublicSitemap):
    model = Resource


class ThemeSitemap(Sitemap):
    """Theme hubs: a vocabulary, so every theme has a public page."""

    def items(self):
        return list(Theme.objects.only("slug"))


SITEMAPS = {
    "pages": PagesSitemap,
    "circulars": CircularSitemap,
    "reviews": CaseReviewSitemap,
    "briefings": BriefingSitemap,
    "training": CourseSitemap,
    "resources": ResourceSitemap,
    "themes": ThemeSitemap,
}
