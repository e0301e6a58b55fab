import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    BriefingSectionFactory,
    CaseReviewFactory,
    ThemeFactory,
)

LIST_URL = reverse("briefings:list")
HEADINGS = [
    "Background",
    "Why it matters",
    "Information",
    "Information",
    "What to do",
    "Questions for reflection",
    "Further information",
]


def numbers_on(response):
    return [briefing.number for briefing in response.context["object_list"]]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def seven_sections(briefing, words_each=10):
    for position, heading in enumerate(HEADINGS, start=1):
        BriefingSectionFactory(
            briefing=briefing,
            position=position,
            heading=heading,
            body=f"<p>{'word ' * words_each}in section {position}.</p>",
        )


@pytest.mark.django_db
class TestLibrary:
    def test_lists_public_briefings_newest_number_first(self, client):
        """Briefings are listed by number, newest first, under one h1."""
        for number in [3, 12, 7]:
            BriefingFactory(number=number)
        response = client.get(LIST_URL)
        assert response.status_code == 200
        assert numbers_on(response) == [12, 7, 3]
        assert response.content.decode().count("<h1") == 1

    def test_briefings_the_public_may_not_see_are_left_out(self, client):
        """Drafts, scheduled and expired briefings never appear in the list."""
        now = timezone.now()
        BriefingFactory(number=1, title="Public briefing")
        BriefingFactory(number=2, title="Draft briefing", status=Status.DRAFT)
        BriefingFactory(
            number=3, title="Scheduled briefing", publish_at=now + datetime.timedelta(1)
        )
        BriefingFactory(
            number=4,
            title="Expired briefing",
            publish_at=now - datetime.timedelta(days=5),
            expire_at=now - datetime.timedelta(days=1),
        )
        response = client.get(LIST_URL)
        content = response.content.decode()
        assert numbers_on(response) == [1]
        for hidden in ["Draft briefing", "Scheduled briefing", "Expired briefing"]:
            assert hidden not in content

    def test_filters_by_category(self, client):
        """?category= keeps only briefings in that category."""
        BriefingFactory(number=1, categories=["adults"])
        BriefingFactory(number=2, categories=["children"])
        assert numbers_on(client.get(LIST_URL, {"category": "adults"})) == [1]

    def test_filters_by_theme(self, client):
        """?theme= keeps only briefings on that theme."""
        theme = ThemeFactory(slug="vicarious-trauma-test")
        BriefingFactory(number=1, themes=[theme])
        BriefingFactory(number=2)
        assert numbers_on(client.get(LIST_URL, {"theme": theme.slug})) == [1]

    @pytest.mark.parametrize(
        "params", [{"category": "everyone"}, {"theme": "no-such-theme"}]
    )
    def test_malformed_filters_are_ignored_not_errors(self, client, params):
        """Unknown filter values leave the list unfiltered and the page says so."""
        BriefingFactory(number=5)
        response = client.get(LIST_URL, params)
        assert response.status_code == 200
        assert numbers_on(response) == [5]
        assert "could not be understood" in response.content.decode()

    @pytest.mark.parametrize("page", ["-1", "abc", "3"])
    def test_malformed_pages_are_not_found(self, client, page):
        """A page that does not exist is a 404."""
        BriefingFactory()
        assert client.get(LIST_URL, {"page": page}).status_code == 404

    def test_paginates_twenty_a_page(self, client):
        """Twenty briefings a page, the rest on the next."""
        for _ in range(23):
            BriefingFactory()
        assert len(client.get(LIST_URL).context["object_list"]) == 20
        assert len(client.get(LIST_URL, {"page": 2}).context["object_list"]) == 3

    def test_empty_states_are_honest(self, client):
        """An empty library and a filter with no match each say so."""
        assert "No Safer7 briefings have been published yet." in (
            client.get(LIST_URL).content.decode()
        )
        BriefingFactory(categories=["adults"])
        assert "No briefings match these filters." in (
            client.get(LIST_URL, {"category": "children"}).content.decode()
        )

    def test_queries_do_not_grow_with_the_number_of_briefings(self, client):
        """The library costs the same queries for 1 briefing as for 50."""
        BriefingFactory(themes=[ThemeFactory()])
        one = count_queries(client, LIST_URL)
        for _ in range(49):
            BriefingFactory(themes=[ThemeFactory()])
        fifty = count_queries(client, LIST_URL)
        assert one == fifty
        assert fifty <= 10


@pytest.mark.django_db
class TestBriefingPage:
    def test_shows_number_title_summary_and_seven_sections_in_order(self, client):
        """The page reads as HTML: seven h2 sections in their numbered order."""
        briefing = BriefingFactory(
            number=41, title="Vicarious trauma", summary="When work hurts."
        )
        seven_sections(briefing)
        response = client.get(briefing.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        assert "<h1>Vicarious trauma</h1>" in content
        assert "Safer7 briefing 41" in content
        assert "When work hurts." in content
        positions = [content.index(f"in section {n}.") for n in range(1, 8)]
        assert positions == sorted(positions)
        for heading in ["Background", "What to do", "Questions for reflection"]:
            assert f"</span> {heading}</h2>" in content

    def test_reading_time_follows_the_text(self, client):
        """About 1,370 words read in about seven minutes."""
        briefing = BriefingFactory()
        seven_sections(briefing, words_each=190)
        content = client.get(briefing.get_absolute_url()).content.decode()
        assert "About 7 minutes to read" in content

    def test_links_the_pdf_when_there_is_one(self, client):
        """A briefing with a PDF offers it, named by number and title."""
        briefing = BriefingFactory(number=9, title="Adultification", pdf="x/a.pdf")
        content = client.get(briefing.get_absolute_url()).content.decode()
        assert f'href="{briefing.pdf.url}"' in content
        assert "Download Safer7 9: Adultification (PDF)" in content

    def test_links_only_public_source_reviews(self, client):
        """Source case reviews link to their pages; unpublished ones are left out."""
        briefing = BriefingFactory()
        public = CaseReviewFactory(title="Learning from Child R")
        draft = CaseReviewFactory(title="Unpublished review", status=Status.DRAFT)
        briefing.source_reviews.add(public, draft)
        content = client.get(briefing.get_absolute_url()).content.decode()
        assert f'<a href="{public.get_absolute_url()}">Learning from Child R</a>' in (
            content
        )
        assert "Unpublished review" not in content

    def test_briefings_the_public_may_not_see_are_not_found(self, client):
        """Draft, scheduled and expired briefings and unknown slugs are a 404."""
        now = timezone.now()
        hidden = [
            BriefingFactory(status=Status.DRAFT),
            BriefingFactory(status=Status.IN_REVIEW),
            BriefingFactory(publish_at=now + datetime.timedelta(hours=1)),
            BriefingFactory(
                publish_at=now - datetime.timedelta(days=3),
                expire_at=now - datetime.timedelta(hours=1),
            ),
        ]
        for briefing in hidden:
            assert client.get(briefing.get_absolute_url()).status_code == 404
        unknown = reverse("briefings:detail", kwargs={"slug": "no-such-briefing"})
        assert client.get(unknown).status_code == 404

    def test_expiry_takes_the_briefing_down_at_its_time(self, client):
        """A briefing is public until its expiry time and a 404 after it."""
        expiry = datetime.datetime(2025, 9, 1, 9, tzinfo=datetime.UTC)
        briefing = BriefingFactory(expire_at=expiry)
        with time_machine.travel(expiry - datetime.timedelta(minutes=1)):
            assert client.get(briefing.get_absolute_url()).status_code == 200
        with time_machine.travel(expiry + datetime.timedelta(minutes=1)):
            assert client.get(briefing.get_absolute_url()).status_code == 404
            assert briefing.title not in client.get(LIST_URL).content.decode()

    def test_queries_do_not_grow_with_the_briefing_contents(self, client):
        """A briefing drawing on 50 reviews and themes costs what one with 1 does."""
        small, big = BriefingFactory(), BriefingFactory()
        seven_sections(small)
        seven_sections(big)
        for briefing, count in [(small, 1), (big, 50)]:
            for _ in range(count):
                briefing.source_reviews.add(CaseReviewFactory())
                briefing.themes.add(ThemeFactory())
        assert count_queries(client, small.get_absolute_url()) == count_queries(
            client, big.get_absolute_url()
        )
        assert count_queries(client, big.get_absolute_url()) <= 10
