"""The circular archive and its RSS feed."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from publishing.models import Status
from tests.factories import CircularFactory, ThemeFactory
from tests.website.support import render_queries

pytestmark = pytest.mark.django_db


def test_archive_lists_public_circulars_newest_first(client):
    CircularFactory(title="Older circular", issue_date=datetime.date(2023, 9, 26))
    CircularFactory(title="Newer circular", issue_date=datetime.date(2024, 5, 24))

    response = client.get("/circulars/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert html.index("Newer circular") < html.index("Older circular")


def test_archive_leaves_out_circulars_that_are_not_public(client):
    CircularFactory(title="Published circular")
    CircularFactory(title="Draft circular", status=Status.DRAFT)
    CircularFactory(title="Withdrawn circular", status=Status.WITHDRAWN)

    html = client.get("/circulars/").content.decode()

    assert "Published circular" in html
    assert "Draft circular" not in html
    assert "Withdrawn circular" not in html


def test_archive_filters_by_primary_or_further_theme(client):
    theme = ThemeFactory()
    CircularFactory(title="Primary on theme", primary_theme=theme)
    CircularFactory(title="Further on theme", themes=[theme])
    CircularFactory(title="Off theme")

    html = client.get("/circulars/", {"theme": theme.slug}).content.decode()

    assert "Primary on theme" in html
    assert "Further on theme" in html
    assert "Off theme" not in html


def test_archive_filters_by_category(client):
    CircularFactory(title="For adults", categories=["adults"])
    CircularFactory(title="For children", categories=["children"])

    html = client.get("/circulars/", {"category": "children"}).content.decode()

    assert "For children" in html
    assert "For adults" not in html


def test_archive_filters_by_year(client):
    CircularFactory(title="From 2023", issue_date=datetime.date(2023, 9, 26))
    CircularFactory(title="From 2024", issue_date=datetime.date(2024, 5, 24))

    html = client.get("/circulars/", {"year": "2023"}).content.decode()

    assert "From 2023" in html
    assert "From 2024" not in html
    assert '<option value="2024">2024</option>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"year": "1850"},
        {"category": "pets"},
        {"theme": "no-such-theme"},
        {"theme": "<script>"},
    ],
)
def test_malformed_filters_show_the_unfiltered_archive(client, params):
    CircularFactory(title="Still listed")

    response = client.get("/circulars/", params)

    assert response.status_code == 200
    assert "Still listed" in response.content.decode()


@pytest.mark.parametrize("page", ["-1", "0", "abc", "99"])
def test_malformed_or_missing_pages_are_not_found(client, page):
    CircularFactory()

    assert client.get("/circulars/", {"page": page}).status_code == 404


def test_archive_paginates_by_twenty_and_keeps_filters_in_page_links(client):
    for day in range(1, 23):
        CircularFactory(issue_date=datetime.date(2024, 1, day), categories=["adults"])

    first = client.get("/circulars/", {"category": "adults"})
    second = client.get("/circulars/", {"category": "adults", "page": "2"})

    assert first.content.decode().count('class="card"') == 20
    assert "?category=adults&amp;page=2" in first.content.decode()
    assert second.content.decode().count('class="card"') == 2


def test_empty_archive_says_so_honestly(client):
    html = client.get("/circulars/").content.decode()

    assert "No circular has been published yet." in html


def test_filters_that_match_nothing_say_so(client):
    CircularFactory(issue_date=datetime.date(2024, 5, 24), categories=["adults"])

    html = client.get("/circulars/", {"category": "children"}).content.decode()

    assert "No published circular matches these choices." in html


def test_archive_queries_do_not_grow_with_circulars(client):
    CircularFactory(themes=[ThemeFactory()])
    _, one = render_queries(client, "/circulars/", {"category": "adults"})
    for _ in range(49):
        CircularFactory(themes=[ThemeFactory()])
    response, fifty = render_queries(client, "/circulars/", {"category": "adults"})

    assert response.status_code == 200
    assert one == fifty
    assert fifty <= 10


def test_feed_lists_public_circulars_only(client):
    circular = CircularFactory(title="Published in the feed")
    CircularFactory(title="Draft kept out of the feed", status=Status.DRAFT)

    response = client.get("/feeds/circulars/")

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "Published in the feed" in body
    assert circular.get_absolute_url() in body
    assert "Draft kept out of the feed" not in body


def test_feed_is_also_reachable_by_its_name_in_the_circulars_namespace(client):
    CircularFactory(title="Published in the feed")

    response = client.get("/circulars/feed/")

    assert response.status_code == 200
    assert "Published in the feed" in response.content.decode()
    assert 'href="http://testserver/feeds/circulars/" rel="self"' in (
        response.content.decode()
    )


def test_scheduled_circular_joins_the_archive_and_feed_at_its_go_live_time(client):
    go_live = timezone.make_aware(datetime.datetime(2030, 2, 3, 9, 0))
    CircularFactory(title="Scheduled circular", publish_at=go_live)

    with time_machine.travel(go_live - datetime.timedelta(seconds=1), tick=False):
        archive_before = client.get("/circulars/").content.decode()
        feed_before = client.get("/feeds/circulars/").content.decode()
    with time_machine.travel(go_live, tick=False):
        archive_after = client.get("/circulars/").content.decode()
        feed_after = client.get("/feeds/circulars/").content.decode()

    assert "Scheduled circular" not in archive_before
    assert "Scheduled circular" not in feed_before
    assert "Scheduled circular" in archive_after
    assert "Scheduled circular" in feed_after
