"""iCalendar files of upcoming training sessions."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from training.models import SessionState

PRODID = "-//Dudley Safeguarding People Partnership//DSPP Learning//EN"
EVENT_STATUS = {
    SessionState.SCHEDULED: "CONFIRMED",
    SessionState.FULLY_BOOKED: "CONFIRMED",
    SessionState.CANCELLED: "CANCELLED",
    SessionState.POSTPONED: "TENTATIVE",
}
# Calendar apps often hide STATUS, so the title says it too.
SUMMARY_PREFIX = {
    SessionState.CANCELLED: "Cancelled: ",
    SessionState.POSTPONED: "Postponed: ",
}


def session_uid(session) -> str:
    """Return the session's event UID.

    It depends only on the session's primary key and the site's domain, so a
    subscribed calendar updates an event (for example when it is cancelled)
    instead of adding a second copy.
    """
    domain = urlsplit(settings.SITE_URL).hostname or "dspp-learning"
    return f"training-session-{session.pk}@{domain}"


def session_event(session, *, request, stamp) -> Event:
    course = session.course
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at.astimezone(datetime.UTC))
    event.add("dtend", session.ends_at.astimezone(datetime.UTC))
    event.add("summary", SUMMARY_PREFIX.get(session.state, "") + course.title)
    location = session.venue or ("Online" if session.online else "")
    if location:
        event.add("location", location)
    event.add("url", request.build_absolute_uri(course.get_absolute_url()))
    description = [session.get_state_display() + "."]
    if course.summary:
        description.append(course.summary)
    if session.state == SessionState.SCHEDULED and session.effective_booking_url:
        system = course.booking_system or "the booking system"
        description.append(f"Book through {system}: {session.effective_booking_url}")
    event.add("description", "\n\n".join(description))
    event.add("status", EVENT_STATUS[session.state])
    return event


def calendar_response(sessions, *, request, name: str, filename: str) -> HttpResponse:
    """Return `sessions` as an iCalendar download; each session needs its course loaded."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(datetime.UTC)
    for session in sessions:
        calendar.add_component(session_event(session, request=request, stamp=stamp))
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
