"""RSS feed of public circulars."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator

from circulars.models import Circular

FEED_ITEMS = 20


class CircularFeed(Feed):
    title = (
        "Thematic Learning from Case Reviews – Dudley Safeguarding People Partnership"
    )
    description = (
        "New thematic learning circulars from the Dudley Safeguarding People "
        "Partnership: learning from case reviews, briefings, training and resources."
    )

    def link(self):
        return reverse("circulars:list")

    def feed_url(self):
        # Served at two addresses; readers are told the public one.
        return reverse("website:circulars-feed")

    def items(self):
        return (
            Circular.objects.public()
            .select_related("primary_theme")
            .order_by("-issue_date", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return Truncator(strip_tags(item.introduction)).words(60)

    def item_pubdate(self, item):
        # Circulars carry an issue date, not a time; noon avoids the date
        # shifting when a reader converts time zones.
        return timezone.make_aware(
            datetime.datetime.combine(item.issue_date, datetime.time(12))
        )

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.primary_theme.name]
