"""Pages whose cost must not grow with the libraries behind them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import CaseReviewFactory, ResourceFactory, ThemeFactory
from website.views import ThemeDetailView

pytestmark = pytest.mark.django_db

PER_GROUP = ThemeDetailView.per_group


def reviews_on(theme, count, start=0):
    first = datetime.date(2020, 1, 1)
    for n in range(start, start + count):
        CaseReviewFactory(
            themes=[theme],
            title=f"Hub review {n:03d}",
            publication_date=first + datetime.timedelta(days=n),
        )


def test_the_theme_hub_shows_the_newest_of_a_kind_and_links_to_the_rest(client):
    theme = ThemeFactory(name="Hub theme", slug="hub-theme")
    reviews_on(theme, PER_GROUP + 2)
    page = client.get(theme.get_absolute_url()).text
    shown = [n for n in range(PER_GROUP + 2) if f"Hub review {n:03d}" in page]
    assert shown == list(range(2, PER_GROUP + 2))
    assert 'href="/reviews/?theme=hub-theme">All case reviews on Hub theme</a>' in page


def test_the_theme_hub_links_to_a_full_list_only_when_there_is_more(client):
    theme = ThemeFactory(name="Small theme", slug="small-theme")
    reviews_on(theme, 2)
    ResourceFactory(themes=[theme])
    page = client.get(theme.get_absolute_url()).text
    assert "All case reviews on Small theme" not in page
    assert "All resources on Small theme" not in page


def test_the_theme_hub_keeps_the_chosen_category_in_its_links(client):
    theme = ThemeFactory(name="Children theme", slug="children-theme")
    reviews_on(theme, PER_GROUP + 1)
    page = client.get(theme.get_absolute_url(), {"category": "children"}).text
    assert (
        'href="/reviews/?theme=children-theme&amp;category=children">'
        "All case reviews on Children theme</a>"
    ) in page


def test_the_theme_hub_costs_the_same_and_weighs_the_same_however_much_is_on_it(
    client,
):
    theme = ThemeFactory()
    reviews_on(theme, PER_GROUP)
    client.get(theme.get_absolute_url())
    with CaptureQueriesContext(connection) as few:
        small = client.get(theme.get_absolute_url())
    reviews_on(theme, 4 * PER_GROUP, start=PER_GROUP)
    with CaptureQueriesContext(connection) as many:
        large = client.get(theme.get_absolute_url())
    assert len(many) == len(few)
    # Only the "all case reviews" link is added; the cards shown are as many.
    assert len(large.content) - len(small.content) < 400
