import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from publishing.models import Status
from tests.factories import CourseFactory, SessionFactory
from training.models import SessionState

NOW = datetime.datetime(2025, 1, 10, 12, tzinfo=datetime.UTC)
ALL_URL = reverse("training:calendar")


def course_url(course):
    return reverse("training:ics", kwargs={"slug": course.slug})


def session(course, days, **kwargs):
    starts_at = NOW + datetime.timedelta(days=days)
    return SessionFactory(
        course=course,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        **kwargs,
    )


def events(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content).walk("VEVENT")


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.mark.django_db
class TestCourseCalendar:
    def test_holds_the_courses_upcoming_sessions_as_events(self, client):
        """Each upcoming session becomes an event with times, place, title and link."""
        course = CourseFactory(title="Self-neglect")
        first = session(course, 3, venue="Dudley Council House")
        session(course, 7, venue="", online=True)
        session(CourseFactory(title="Another course"), 4)
        found = events(client.get(course_url(course)))
        assert [str(event["SUMMARY"]) for event in found] == ["Self-neglect"] * 2
        event = found[0]
        assert event.decoded("DTSTART") == first.starts_at
        assert event.decoded("DTEND") == first.ends_at
        assert str(event["LOCATION"]) == "Dudley Council House"
        assert str(found[1]["LOCATION"]) == "Online"
        assert str(event["URL"]) == f"http://testserver{course.get_absolute_url()}"
        assert str(event["STATUS"]) == "CONFIRMED"

    def test_uids_are_stable_and_distinct_per_session(self, client):
        """Downloading twice gives each session the same UID; sessions never share one."""
        course = CourseFactory()
        session(course, 3)
        session(course, 4)
        first = [str(event["UID"]) for event in events(client.get(course_url(course)))]
        with time_machine.travel(NOW + datetime.timedelta(hours=1)):
            again = [
                str(event["UID"]) for event in events(client.get(course_url(course)))
            ]
        assert first == again
        assert len(set(first)) == 2

    def test_cancelled_sessions_are_marked_cancelled(self, client):
        """A cancelled session stays in the file with STATUS:CANCELLED."""
        course = CourseFactory(title="Hoarding")
        session(course, 3, state=SessionState.CANCELLED)
        (event,) = events(client.get(course_url(course)))
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["SUMMARY"]) == "Cancelled: Hoarding"

    def test_past_sessions_are_left_out(self, client):
        """Sessions that have ended are not in the file."""
        course = CourseFactory()
        session(course, -2)
        later = session(course, 2)
        found = events(client.get(course_url(course)))
        assert [event.decoded("DTSTART") for event in found] == [later.starts_at]

    def test_courses_the_public_may_not_see_have_no_calendar(self, client):
        """Draft, scheduled and expired courses and unknown slugs are a 404."""
        for course in [
            CourseFactory(status=Status.DRAFT),
            CourseFactory(publish_at=NOW + datetime.timedelta(days=1)),
            CourseFactory(
                publish_at=NOW - datetime.timedelta(days=3),
                expire_at=NOW - datetime.timedelta(days=1),
            ),
        ]:
            session(course, 2)
            assert client.get(course_url(course)).status_code == 404
        unknown = reverse("training:ics", kwargs={"slug": "no-such-course"})
        assert client.get(unknown).status_code == 404

    def test_queries_do_not_grow_with_sessions(self, client):
        """A course with 50 sessions costs the same queries as one with 1."""
        small, big = CourseFactory(), CourseFactory()
        session(small, 1)
        for day in range(50):
            session(big, day + 1)
        counts = []
        for course in [small, big]:
            with CaptureQueriesContext(connection) as queries:
                events(client.get(course_url(course)))
            counts.append(len(queries))
        assert counts[0] == counts[1] <= 10


@pytest.mark.django_db
class TestAllTrainingCalendar:
    def test_holds_upcoming_sessions_of_public_courses_only(self, client):
        """Every upcoming session of every public course, and nothing else."""
        session(CourseFactory(title="Public one"), 2)
        session(CourseFactory(title="Public two"), 1)
        session(CourseFactory(title="Public one, past"), -1)
        session(CourseFactory(title="Draft", status=Status.DRAFT), 3)
        found = events(client.get(ALL_URL))
        assert [str(event["SUMMARY"]) for event in found] == [
            "Public two",
            "Public one",
        ]

    def test_is_offered_as_a_download(self, client):
        """The file comes with a filename so browsers save it as .ics."""
        response = client.get(ALL_URL)
        assert response["Content-Disposition"] == (
            'attachment; filename="dspp-training.ics"'
        )
        assert Calendar.from_ical(response.content)["VERSION"] == "2.0"

    def test_queries_do_not_grow_with_sessions(self, client):
        """One session or fifty, across as many courses, cost the same queries."""
        session(CourseFactory(), 1)
        with CaptureQueriesContext(connection) as one:
            events(client.get(ALL_URL))
        for day in range(49):
            session(CourseFactory(), day + 2)
        with CaptureQueriesContext(connection) as fifty:
            found = events(client.get(ALL_URL))
        assert len(found) == 50
        assert len(one) == len(fifty) <= 10
