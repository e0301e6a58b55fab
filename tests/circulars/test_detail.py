"""The public page of one circular."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ItemFactory,
    LearningOutcomeFactory,
    OrganisationFactory,
    ResourceFactory,
    SectionFactory,
    SessionFactory,
    SpeakerFactory,
    StandardTextFactory,
    ThemeFactory,
)
from tests.website.support import render_queries
from training.models import CourseKind, SessionState

pytestmark = pytest.mark.django_db


def get(client, circular):
    response = client.get(circular.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def add_mixed_items(section, count):
    """Add `count` items cycling through every kind of target, with their children."""
    for n in range(count):
        kind = n % 7
        if kind == 0:
            ItemFactory(section=section, case_review=CaseReviewFactory())
        elif kind == 1:
            ItemFactory(section=section, briefing=BriefingFactory())
        elif kind == 2:
            course = CourseFactory(provider=OrganisationFactory())
            LearningOutcomeFactory(course=course)
            LearningOutcomeFactory(course=course)
            SessionFactory(course=course)
            ItemFactory(section=section, course=course)
        elif kind == 3:
            event = CourseFactory(kind=CourseKind.EVENT)
            SpeakerFactory(course=event)
            SessionFactory(course=event)
            ItemFactory(section=section, course=event)
        elif kind == 4:
            ItemFactory(
                section=section, course=CourseFactory(kind=CourseKind.ELEARNING)
            )
        elif kind == 5:
            ItemFactory(section=section, session=SessionFactory())
        else:
            ItemFactory(
                section=section,
                resource=ResourceFactory(publisher=OrganisationFactory()),
            )


def test_circular_reads_like_the_seeds_title_date_categories_then_introduction(client):
    """The page opens with the title, the issue date, categories and themes."""
    theme = ThemeFactory(name="Trauma in tests", slug="trauma-in-tests")
    further = ThemeFactory(
        name="Person centred in tests", slug="person-centred-in-tests"
    )
    circular = CircularFactory(
        title="Thematic Learning from Case Reviews – Trauma Informed Practice",
        issue_date=datetime.date(2024, 5, 24),
        primary_theme=theme,
        themes=[further],
        introduction="<p>Following your feedback, circulars now come every other month.</p>",
    )
    html = get(client, circular)

    assert html.count("<h1") == 1
    assert (
        "<h1>Thematic Learning from Case Reviews – Trauma Informed Practice</h1>"
        in html
    )
    assert "Friday, 24th May 2024" in html
    assert "Adults, Children" in html
    assert 'href="/themes/trauma-in-tests/"' in html
    assert 'href="/themes/person-centred-in-tests/"' in html
    assert "Following your feedback" in html


def test_sections_follow_the_editors_order_standard_text_then_body_then_items(client):
    """Headings are the editor's; standard text precedes the body, items keep their order."""
    circular = CircularFactory()
    standard = StandardTextFactory(
        body="<p>Our thematic learning plan is one of the ways learning is shared.</p>"
    )
    second = SectionFactory(circular=circular, position=2, heading="Safer7 Briefings")
    first = SectionFactory(
        circular=circular,
        position=1,
        heading="How do we review multi agency practice and share learning?",
        standard_text=standard,
        body="<p>The following local reviews all link to this theme.</p>",
    )
    ItemFactory(section=first, position=2, resource=ResourceFactory(title="Later item"))
    ItemFactory(
        section=first, position=1, resource=ResourceFactory(title="Earlier item")
    )
    ItemFactory(section=second, briefing=BriefingFactory(title="Vicarious trauma"))

    html = get(client, circular)

    order = [
        "How do we review multi agency practice and share learning?",
        "Our thematic learning plan",
        "The following local reviews",
        "Earlier item",
        "Later item",
        "Safer7 Briefings",
        "Vicarious trauma",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert first.position < second.position


def test_case_review_item_shows_type_title_pseudonym_summary_and_named_link(client):
    review = CaseReviewFactory(
        title="Learning from a local review",
        pseudonym="Child R",
        summary="<p>Child R was known to several agencies.</p>",
    )
    circular = CircularFactory()
    ItemFactory(
        section=SectionFactory(circular=circular, heading="Reviews"), case_review=review
    )

    html = get(client, circular)

    assert "Local child safeguarding practice review (LCSPR)" in html
    assert "(Child R)" in html
    assert "<p>Child R was known to several agencies.</p>" in html
    assert (
        f'<a href="{review.get_absolute_url()}">Read the case review: '
        "Learning from a local review</a>"
    ) in html


def test_pseudonym_already_in_the_title_is_not_repeated(client):
    review = CaseReviewFactory(title="Child R: a local review", pseudonym="Child R")
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), case_review=review)

    html = get(client, circular)

    assert "<h3>Child R: a local review</h3>" in html


def test_editors_note_replaces_the_records_own_summary(client):
    briefing = BriefingFactory(title="Neglect", summary="The briefing's own summary.")
    circular = CircularFactory()
    ItemFactory(
        section=SectionFactory(circular=circular),
        briefing=briefing,
        note="This Safer7 gives an overview of child neglect.",
    )

    html = get(client, circular)

    assert "This Safer7 gives an overview of child neglect." in html
    assert "The briefing&#x27;s own summary." not in html
    assert "own summary" not in html
    assert "Read the Safer7 briefing: Neglect</a>" in html


def test_course_item_lists_outcomes_next_dates_with_state_and_named_booking_link(
    client,
):
    course = CourseFactory(
        title="Trauma Informed Practice Training",
        booking_system="CPP Booking System",
        booking_url="https://booking.example.org/trauma",
    )
    LearningOutcomeFactory(course=course, text="Understand the impact of trauma.")
    SessionFactory(course=course, state=SessionState.FULLY_BOOKED)
    SessionFactory(
        course=course,
        starts_at=timezone.now() + datetime.timedelta(days=30),
        state=SessionState.CANCELLED,
    )
    SessionFactory(
        course=course,
        starts_at=timezone.now() - datetime.timedelta(days=30),
        venue="A venue in the past",
    )
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), course=course)

    html = get(client, circular)

    assert "<li>Understand the impact of trauma.</li>" in html
    assert "Fully booked" in html
    assert "Cancelled" in html
    assert "A venue in the past" not in html
    assert (
        '<a class="external" href="https://booking.example.org/trauma">'
        "Book Trauma Informed Practice Training on the CPP Booking System"
        '<span class="visually-hidden"> (external site)</span></a>'
    ) in html


def test_event_item_shows_date_venue_and_speakers_with_talk_titles(client):
    event = CourseFactory(kind=CourseKind.EVENT, title="DSPP Annual Conference")
    SessionFactory(
        course=event,
        starts_at=timezone.make_aware(datetime.datetime(2030, 10, 10, 9, 30)),
        ends_at=timezone.make_aware(datetime.datetime(2030, 10, 10, 16, 0)),
        venue="Dudley Town Hall",
    )
    SpeakerFactory(
        course=event, name="Zoe Lodrick", talk_title="Neurobiology of Trauma", role=""
    )
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), course=event)

    html = get(client, circular)

    assert "Thursday, 10th October 2030, 09:30" in html
    assert "16:00" in html
    assert "Dudley Town Hall" in html
    assert "<li>Zoe Lodrick – Neurobiology of Trauma</li>" in html


def test_event_whose_dates_have_passed_says_when_it_took_place_without_booking(client):
    event = CourseFactory(kind=CourseKind.EVENT, title="Annual Conference 2023")
    SessionFactory(
        course=event,
        starts_at=timezone.make_aware(datetime.datetime(2023, 10, 10, 9, 30)),
        ends_at=timezone.make_aware(datetime.datetime(2023, 10, 10, 16, 0)),
    )
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), course=event)

    html = get(client, circular)

    assert "Took place on" in html
    assert "Tuesday, 10th October 2023, 09:30" in html
    assert "Book Annual Conference 2023" not in html


def test_elearning_item_links_to_the_package_by_name(client):
    course = CourseFactory(
        kind=CourseKind.ELEARNING,
        title="Mental Capacity Act eLearning",
        booking_system="DSPP eLearning portal",
    )
    circular = CircularFactory()
    ItemFactory(
        section=SectionFactory(circular=circular, heading="eLearning"), course=course
    )

    html = get(client, circular)

    assert "Access Mental Capacity Act eLearning on the DSPP eLearning portal" in html


def test_session_item_shows_its_date_state_and_booking_link(client):
    course = CourseFactory(
        title="Professional Curiosity", booking_system="DSPP Booking System"
    )
    session = SessionFactory(
        course=course,
        starts_at=timezone.make_aware(datetime.datetime(2030, 3, 5, 10, 0)),
        ends_at=timezone.make_aware(datetime.datetime(2030, 3, 5, 13, 0)),
    )
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), session=session)

    html = get(client, circular)

    assert "Tuesday, 5th March 2030, 10:00" in html
    assert (
        "Book this session of Professional Curiosity on the DSPP Booking System" in html
    )


def test_cancelled_session_item_says_so_and_offers_no_booking(client):
    session = SessionFactory(state=SessionState.CANCELLED)
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), session=session)

    html = get(client, circular)

    assert "Cancelled" in html
    assert "Book this session" not in html


def test_resource_item_shows_kind_publisher_and_marks_external_link(client):
    resource = ResourceFactory(
        title="Working definition of trauma-informed practice",
        publisher=OrganisationFactory(name="OHID"),
        url="https://www.gov.uk/trauma",
    )
    circular = CircularFactory()
    ItemFactory(section=SectionFactory(circular=circular), resource=resource)

    html = get(client, circular)

    assert "Guidance, OHID" in html
    assert (
        '<a class="external" href="https://www.gov.uk/trauma">Open Working definition '
        'of trauma-informed practice<span class="visually-hidden"> (external site)'
    ) in html


def test_items_whose_target_is_not_public_are_left_out(client):
    """Drafts, scheduled and expired records never show in a published circular."""
    now = timezone.now()
    circular = CircularFactory()
    section = SectionFactory(circular=circular, heading="Reviews")
    ItemFactory(section=section, case_review=CaseReviewFactory(title="Public review"))
    ItemFactory(
        section=section,
        case_review=CaseReviewFactory(title="Draft review", status=Status.DRAFT),
    )
    ItemFactory(
        section=section,
        briefing=BriefingFactory(
            title="Scheduled briefing", publish_at=now + datetime.timedelta(days=1)
        ),
    )
    ItemFactory(
        section=section,
        resource=ResourceFactory(
            title="Expired resource",
            publish_at=now - datetime.timedelta(days=2),
            expire_at=now - datetime.timedelta(days=1),
        ),
    )
    ItemFactory(
        section=section,
        course=CourseFactory(title="Course in review", status=Status.IN_REVIEW),
    )
    draft_course = CourseFactory(title="Withdrawn course", status=Status.WITHDRAWN)
    ItemFactory(section=section, session=SessionFactory(course=draft_course))

    html = get(client, circular)

    assert "Public review" in html
    for hidden in [
        "Draft review",
        "Scheduled briefing",
        "Expired resource",
        "Course in review",
        "Withdrawn course",
    ]:
        assert hidden not in html


def test_sections_with_nothing_public_to_show_are_left_out(client):
    circular = CircularFactory()
    empty = SectionFactory(circular=circular, heading="Nothing public here")
    ItemFactory(section=empty, resource=ResourceFactory(status=Status.DRAFT))
    SectionFactory(circular=circular, heading="No items at all")
    SectionFactory(
        circular=circular, heading="Text only", body="<p>A paragraph of text.</p>"
    )

    html = get(client, circular)

    assert "Nothing public here" not in html
    assert "No items at all" not in html
    assert "Text only" in html


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Status.DRAFT},
        {"status": Status.IN_REVIEW},
        {"status": Status.WITHDRAWN},
        {"publish_at": timezone.now() + datetime.timedelta(days=1)},
    ],
    ids=["draft", "in-review", "withdrawn", "scheduled"],
)
def test_a_circular_that_is_not_public_is_not_found(client, fields):
    circular = CircularFactory(**fields)

    assert client.get(circular.get_absolute_url()).status_code == 404


def test_an_unknown_circular_is_not_found(client):
    assert client.get("/circulars/no-such-circular/").status_code == 404


def test_query_count_is_the_same_for_one_item_and_fifty_and_at_most_ten(client):
    """Targets are joined and prefetched per kind, never fetched per item."""
    small = CircularFactory()
    course = CourseFactory()
    LearningOutcomeFactory(course=course)
    SessionFactory(course=course)
    ItemFactory(section=SectionFactory(circular=small), course=course)

    large = CircularFactory()
    for position in range(5):
        add_mixed_items(SectionFactory(circular=large, position=position), 10)

    small_response, one = render_queries(client, small.get_absolute_url())
    response, fifty = render_queries(client, large.get_absolute_url())

    assert small_response.status_code == 200
    assert response.status_code == 200
    assert response.content.decode().count('class="circular-item"') == 50
    assert one == fifty
    assert fifty <= 10


def test_a_circular_with_only_resources_costs_no_more_queries(client):
    """Kinds that are absent cost nothing; the count never grows with items."""
    mixed = CircularFactory()
    add_mixed_items(SectionFactory(circular=mixed), 7)
    resources = CircularFactory()
    ItemFactory(section=SectionFactory(circular=resources))

    _, mixed_queries = render_queries(client, mixed.get_absolute_url())
    _, resource_queries = render_queries(client, resources.get_absolute_url())

    assert resource_queries <= mixed_queries


def test_a_seed_sized_circular_is_under_100_kb(client):
    """The larger seed has about forty items in seven sections."""
    circular = CircularFactory(introduction="<p>" + "Introduction text. " * 60 + "</p>")
    for position in range(7):
        section = SectionFactory(
            circular=circular,
            position=position,
            body="<p>" + "Section text. " * 40 + "</p>",
        )
        add_mixed_items(section, 6)

    response = client.get(circular.get_absolute_url())

    assert len(response.content) < 100 * 1024


def test_scheduled_circular_and_its_scheduled_items_go_live_on_time(client):
    """Visibility is decided at request time; no job has to run at go-live."""
    go_live = timezone.make_aware(datetime.datetime(2030, 1, 6, 9, 0))
    circular = CircularFactory(publish_at=go_live)
    section = SectionFactory(circular=circular, heading="Reviews")
    ItemFactory(
        section=section,
        case_review=CaseReviewFactory(
            title="Review going live later", publish_at=go_live
        ),
    )
    ItemFactory(
        section=section, case_review=CaseReviewFactory(title="Review already live")
    )

    with time_machine.travel(go_live - datetime.timedelta(minutes=1), tick=False):
        before = client.get(circular.get_absolute_url())
    with time_machine.travel(go_live, tick=False):
        after = client.get(circular.get_absolute_url())

    assert before.status_code == 404
    assert after.status_code == 200
    assert "Review going live later" in after.content.decode()


def test_expired_items_leave_a_published_circular_when_they_expire(client):
    expiry = timezone.make_aware(datetime.datetime(2030, 3, 1, 0, 0))
    circular = CircularFactory()
    ItemFactory(
        section=SectionFactory(circular=circular),
        resource=ResourceFactory(title="Resource that expires", expire_at=expiry),
    )

    with time_machine.travel(expiry - datetime.timedelta(days=1), tick=False):
        before = client.get(circular.get_absolute_url()).content.decode()
    with time_machine.travel(expiry, tick=False):
        after = client.get(circular.get_absolute_url()).content.decode()

    assert "Resource that expires" in before
    assert "Resource that expires" not in after
