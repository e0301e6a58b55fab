import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from publishing.models import Status
from tests.factories import (
    CourseFactory,
    LearningOutcomeFactory,
    OrganisationFactory,
    SessionFactory,
    SpeakerFactory,
    ThemeFactory,
)
from training.models import CourseKind, Delivery, SessionState

LIST_URL = reverse("training:list")
NOW = datetime.datetime(2025, 1, 10, 12, tzinfo=datetime.UTC)


def at(days, hour=9):
    """Return a time `days` after the frozen now, at `hour` UTC."""
    return (NOW + datetime.timedelta(days=days)).replace(hour=hour, minute=30)


def session(course, days, **kwargs):
    starts_at = at(days)
    return SessionFactory(
        course=course,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=3),
        **kwargs,
    )


def course_titles(response):
    return [course.title for course in response.context["object_list"]]


def session_courses(response):
    return [s.course.title for s in response.context["sessions_page"].object_list]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.django_db
class TestTrainingPage:
    def test_lists_upcoming_sessions_in_date_order_labelled_by_course(self, client):
        """Sessions come soonest first, each naming and linking its course."""
        later = CourseFactory(title="Neglect")
        sooner = CourseFactory(title="Professional curiosity")
        session(later, 20)
        session(sooner, 5)
        session(later, 2)
        response = client.get(LIST_URL)
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        assert session_courses(response) == [
            "Neglect",
            "Professional curiosity",
            "Neglect",
        ]
        assert f'<a href="{sooner.get_absolute_url()}">Professional curiosity</a>' in (
            content
        )

    def test_past_sessions_drop_off_by_themselves(self, client):
        """Once a session has ended it leaves the page without anyone editing it."""
        course = CourseFactory(title="Mental capacity")
        past_soon = session(course, 1)
        session(course, 30)
        assert len(client.get(LIST_URL).context["sessions_page"].object_list) == 2
        with time_machine.travel(past_soon.ends_at + datetime.timedelta(minutes=1)):
            response = client.get(LIST_URL)
        assert len(response.context["sessions_page"].object_list) == 1
        assert (
            past_soon.starts_at.strftime("%-d %B %Y") not in response.content.decode()
        )

    def test_session_states_are_shown_and_only_open_sessions_offer_booking(
        self, client
    ):
        """Cancelled, fully booked and postponed sessions say so and offer no booking."""
        course = CourseFactory(title="Exploitation", booking_system="Test Bookings")
        session(course, 3, state=SessionState.CANCELLED)
        session(course, 4, state=SessionState.FULLY_BOOKED)
        session(course, 5, state=SessionState.POSTPONED)
        session(course, 6)
        content = client.get(LIST_URL).content.decode()
        assert "This session has been cancelled" in content
        assert "This session is fully booked." in content
        assert "This session has been postponed" in content
        assert content.count("Book Exploitation on") == 1
        assert "Book Exploitation on 16 January 2025 through Test Bookings" in content

    def test_booking_links_are_marked_external_and_prefer_the_sessions_own(
        self, client
    ):
        """A session's own booking link wins over the course's and is marked external."""
        course = CourseFactory(booking_url="https://example.org/course")
        session(course, 3, booking_url="https://example.org/this-session")
        content = client.get(LIST_URL).content.decode()
        assert 'class="external" href="https://example.org/this-session"' in content
        assert "(external site)" in content

    def test_course_cards_give_the_next_date_that_goes_ahead(self, client):
        """A course card's next date skips cancelled and postponed sessions."""
        course = CourseFactory(title="Think family")
        session(course, 2, state=SessionState.CANCELLED)
        session(course, 3, state=SessionState.POSTPONED)
        session(course, 4)
        content = client.get(LIST_URL).content.decode()
        card = content[content.index('<article class="card">') :]
        assert "Next date" in card
        assert "14 January 2025</time>" in card
        assert "12 January 2025</time>" not in card
        assert "13 January 2025</time>" not in card

    def test_courses_follow_grouped_as_courses_elearning_and_events(self, client):
        """Courses are listed after sessions: taught courses, eLearning, then events."""
        CourseFactory(title="A conference", kind=CourseKind.EVENT)
        CourseFactory(title="An eLearning module", kind=CourseKind.ELEARNING)
        CourseFactory(title="A workshop", kind=CourseKind.WORKSHOP)
        response = client.get(LIST_URL)
        content = response.content.decode()
        assert course_titles(response) == [
            "A workshop",
            "An eLearning module",
            "A conference",
        ]
        headings = [
            "<h2>Courses, workshops and webinars</h2>",
            "<h2>eLearning</h2>",
            "<h2>Conferences and events</h2>",
        ]
        positions = [content.index(heading) for heading in headings]
        assert content.index("Upcoming sessions") < positions[0]
        assert positions == sorted(positions)

    def test_unpublished_courses_and_their_sessions_are_left_out(self, client):
        """Drafts, scheduled and expired courses, and their sessions, never appear."""
        now = timezone.now()
        public = CourseFactory(title="Public course")
        session(public, 3)
        for title, overrides in [
            ("Draft course", {"status": Status.DRAFT}),
            ("Scheduled course", {"publish_at": now + datetime.timedelta(days=1)}),
            (
                "Expired course",
                {
                    "publish_at": now - datetime.timedelta(days=5),
                    "expire_at": now - datetime.timedelta(days=1),
                },
            ),
        ]:
            session(CourseFactory(title=title, **overrides), 3)
        response = client.get(LIST_URL)
        content = response.content.decode()
        assert course_titles(response) == ["Public course"]
        assert session_courses(response) == ["Public course"]
        for hidden in ["Draft course", "Scheduled course", "Expired course"]:
            assert hidden not in content

    def test_filters_narrow_courses_and_sessions(self, client):
        """Category, kind, delivery and theme narrow both sessions and courses."""
        theme = ThemeFactory(slug="exploitation-test")
        adults = CourseFactory(title="Adults webinar", categories=["adults"])
        adults.kind = CourseKind.WEBINAR
        adults.delivery = Delivery.ONLINE_LIVE
        adults.save()
        children = CourseFactory(
            title="Children course", categories=["children"], themes=[theme]
        )
        session(adults, 3)
        session(children, 4)
        for params, expected in [
            ({"category": "adults"}, ["Adults webinar"]),
            ({"kind": "webinar"}, ["Adults webinar"]),
            ({"delivery": "face_to_face"}, ["Children course"]),
            ({"theme": "exploitation-test"}, ["Children course"]),
        ]:
            response = client.get(LIST_URL, params)
            assert course_titles(response) == expected
            assert session_courses(response) == expected

    @pytest.mark.parametrize(
        "params",
        [
            {"kind": "circus"},
            {"delivery": "pigeon"},
            {"category": "x" * 300},
            {"theme": "no-such-theme"},
        ],
    )
    def test_malformed_filters_are_ignored_not_errors(self, client, params):
        """Unknown filter values leave the page unfiltered and the page says so."""
        session(CourseFactory(title="Only course"), 3)
        response = client.get(LIST_URL, params)
        assert response.status_code == 200
        assert course_titles(response) == ["Only course"]
        assert "could not be understood" in response.content.decode()

    @pytest.mark.parametrize(
        "params",
        [{"page": "-1"}, {"page": "x"}, {"sessions_page": "0"}, {"sessions_page": "9"}],
    )
    def test_malformed_pages_are_not_found(self, client, params):
        """A page of courses or sessions that does not exist is a 404."""
        session(CourseFactory(), 3)
        assert client.get(LIST_URL, params).status_code == 404

    def test_sessions_and_courses_paginate_separately_keeping_filters(self, client):
        """25 sessions and 25 courses each page by twenty; session links keep filters."""
        many = CourseFactory(title="Often run", categories=["adults"])
        for day in range(1, 26):
            session(many, day)
        for _ in range(24):
            CourseFactory(categories=["adults"])
        first = client.get(LIST_URL, {"category": "adults"})
        assert len(first.context["sessions_page"].object_list) == 20
        assert len(first.context["object_list"]) == 20
        assert "?category=adults&amp;sessions_page=2" in first.content.decode()
        second = client.get(LIST_URL, {"category": "adults", "sessions_page": "2"})
        assert len(second.context["sessions_page"].object_list) == 5
        assert len(client.get(LIST_URL, {"page": "2"}).context["object_list"]) == 5

    def test_empty_states_are_honest(self, client):
        """With nothing published, and with filters matching nothing, the page says so."""
        content = client.get(LIST_URL).content.decode()
        assert "No sessions are scheduled at the moment." in content
        assert "No training has been published yet." in content
        CourseFactory(kind=CourseKind.COURSE)
        content = client.get(LIST_URL, {"kind": "event"}).content.decode()
        assert "No upcoming sessions match these filters." in content
        assert "No training matches these filters." in content

    def test_queries_do_not_grow_with_courses_and_sessions(self, client):
        """The page costs the same queries for 1 course and session as for 50 of each."""
        session(CourseFactory(provider=OrganisationFactory()), 2)
        one = count_queries(client, LIST_URL)
        for day in range(49):
            session(CourseFactory(provider=OrganisationFactory()), day + 3)
        fifty = count_queries(client, LIST_URL)
        assert one == fifty
        assert fifty <= 10


@pytest.mark.django_db
class TestCoursePage:
    def test_shows_the_course_facts_outcomes_and_booking(self, client):
        """The course page gives every fact a practitioner needs before booking."""
        course = CourseFactory(
            title="Trauma informed practice",
            kind=CourseKind.WORKSHOP,
            provider=OrganisationFactory(name="Test provider"),
            level="Level 2",
            audience="Practitioners working with families",
            duration="Half a day",
            cost_note="Free to Dudley partners",
            description="<p>Understanding trauma.</p>",
            booking_url="https://example.org/book/trauma",
            booking_system="Test Bookings",
        )
        LearningOutcomeFactory(course=course, position=2, text="Second outcome")
        LearningOutcomeFactory(course=course, position=1, text="First outcome")
        response = client.get(course.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        for text in [
            "<h1>Trauma informed practice</h1>",
            "Workshop",
            "Test provider",
            "Level 2",
            "Practitioners working with families",
            "Face to face",
            "Half a day",
            "Free to Dudley partners",
            "<p>Understanding trauma.</p>",
            "Book Trauma informed practice through Test Bookings",
        ]:
            assert text in content
        assert 'href="https://example.org/book/trauma"' in content
        assert content.index("First outcome") < content.index("Second outcome")

    def test_session_times_are_shown_in_london_time(self, client):
        """A summer session at 08:30 UTC reads 09:30, and its state is shown."""
        course = CourseFactory()
        SessionFactory(
            course=course,
            starts_at=datetime.datetime(2025, 6, 10, 8, 30, tzinfo=datetime.UTC),
            ends_at=datetime.datetime(2025, 6, 10, 11, 30, tzinfo=datetime.UTC),
            venue="Saltwells Education Centre",
        )
        session(course, 3, state=SessionState.CANCELLED, venue="Online", online=True)
        content = client.get(course.get_absolute_url()).content.decode()
        assert "Tuesday 10 June 2025, 09:30" in content
        assert "to <time" in content and "12:30</time>" in content
        assert "Saltwells Education Centre" in content
        assert "Places available" in content
        assert "Cancelled" in content
        assert reverse("training:ics", kwargs={"slug": course.slug}) in content

    def test_past_sessions_leave_the_course_page(self, client):
        """Only sessions that have not ended are listed on the course page."""
        course = CourseFactory()
        SessionFactory(
            course=course,
            starts_at=at(-3),
            ends_at=at(-3) + datetime.timedelta(hours=2),
            venue="Yesterday's venue",
        )
        content = client.get(course.get_absolute_url()).content.decode()
        assert "Yesterday&#x27;s venue" not in content
        assert "No dates are scheduled at the moment." in content

    def test_events_list_speakers_with_roles_and_talks(self, client):
        """An event's speakers are listed with their role and talk title."""
        event = CourseFactory(kind=CourseKind.EVENT, title="Annual conference")
        SpeakerFactory(
            course=event, name="Dr Test", role="Consultant", talk_title="Why it matters"
        )
        content = client.get(event.get_absolute_url()).content.decode()
        assert "<strong>Dr Test</strong>, Consultant: <cite>Why it matters</cite>" in (
            content
        )

    def test_courses_the_public_may_not_see_are_not_found(self, client):
        """Draft, scheduled and expired courses and unknown slugs are a 404."""
        now = timezone.now()
        for course in [
            CourseFactory(status=Status.DRAFT),
            CourseFactory(status=Status.CHANGES_REQUESTED),
            CourseFactory(publish_at=now + datetime.timedelta(hours=2)),
            CourseFactory(
                publish_at=now - datetime.timedelta(days=2),
                expire_at=now - datetime.timedelta(hours=2),
            ),
        ]:
            assert client.get(course.get_absolute_url()).status_code == 404
        unknown = reverse("training:detail", kwargs={"slug": "no-such-course"})
        assert client.get(unknown).status_code == 404

    def test_queries_do_not_grow_with_sessions_outcomes_and_speakers(self, client):
        """A course with 50 sessions, outcomes and speakers costs what one with 1 does."""
        small = CourseFactory(kind=CourseKind.EVENT)
        big = CourseFactory(kind=CourseKind.EVENT)
        for course, count in [(small, 1), (big, 50)]:
            for day in range(count):
                session(course, day + 1)
                LearningOutcomeFactory(course=course)
                SpeakerFactory(course=course)
                course.themes.add(ThemeFactory())
        assert count_queries(client, small.get_absolute_url()) == count_queries(
            client, big.get_absolute_url()
        )
        assert count_queries(client, big.get_absolute_url()) <= 10
