"""The home page."""

import datetime

import pytest
from django.utils import timezone

from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    SessionFactory,
)
from tests.website.support import render_queries
from training.models import SessionState

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_public_circular(client):
    CircularFactory(title="Older circular", issue_date=datetime.date(2023, 9, 26))
    CircularFactory(title="Latest circular", issue_date=datetime.date(2024, 5, 24))
    CircularFactory(
        title="Draft circular",
        issue_date=datetime.date(2025, 1, 1),
        status=Status.DRAFT,
    )

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Latest circular" in html
    assert "Older circular" not in html
    assert "Draft circular" not in html


def test_home_lists_upcoming_sessions_of_public_courses_with_their_state(client):
    now = timezone.now()
    SessionFactory(course=CourseFactory(title="Upcoming course"))
    SessionFactory(
        course=CourseFactory(title="Full course"), state=SessionState.FULLY_BOOKED
    )
    SessionFactory(
        course=CourseFactory(title="Past course"),
        starts_at=now - datetime.timedelta(days=3),
        ends_at=now - datetime.timedelta(days=3, hours=-2),
    )
    SessionFactory(course=CourseFactory(title="Draft course", status=Status.DRAFT))

    html = client.get("/").content.decode()

    assert "Upcoming course" in html
    assert "Full course" in html
    assert "Fully booked" in html
    assert "Past course" not in html
    assert "Draft course" not in html


def test_home_shows_newest_public_briefings_and_reviews(client):
    BriefingFactory(title="Public briefing")
    BriefingFactory(title="Draft briefing", status=Status.DRAFT)
    CaseReviewFactory(title="Public review")
    CaseReviewFactory(title="Review in review", status=Status.IN_REVIEW)

    html = client.get("/").content.decode()

    assert "Public briefing" in html
    assert "Draft briefing" not in html
    assert "Public review" in html
    assert "Review in review" not in html


def test_home_links_to_every_theme(client):
    html = client.get("/").content.decode()

    assert 'href="/themes/trauma-informed-practice/"' in html


def test_empty_home_says_honestly_that_nothing_is_published(client):
    html = client.get("/").content.decode()

    assert "No circular has been published yet." in html
    assert "No training sessions are scheduled at the moment." in html


def make_records(count):
    for _ in range(count):
        CircularFactory()
        BriefingFactory()
        CaseReviewFactory()
        SessionFactory()


def test_home_queries_do_not_grow_with_content(client):
    make_records(1)
    _, one = render_queries(client, "/")
    make_records(49)
    response, fifty = render_queries(client, "/")

    assert response.status_code == 200
    assert one == fifty
    assert fifty <= 10
