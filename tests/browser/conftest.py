"""Fixtures for tests that drive Chromium against the live Django server."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from playwright.sync_api import expect, sync_playwright

from tests.browser.support import PUBLIC_PAGES

# Playwright's sync API runs an event loop in the test thread, so Django's
# guard against synchronous database calls inside an event loop would refuse
# every ORM call the tests make. Those calls are ordinary synchronous code run
# between browser steps, never from inside a coroutine.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("DSPP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Generous enough for a two-core machine running the live server in-process.
DEFAULT_TIMEOUT_MS = 15_000
expect.set_options(timeout=DEFAULT_TIMEOUT_MS)


@pytest.fixture(scope="session")
def playwright(django_db_setup):
    """Start Playwright's driver once per test run, after the test database exists."""
    # While Playwright's loop is marked running, asgiref hands this thread a
    # second set of database connections. The copy of the seeded rows that the
    # test database setup keeps for serialised rollback lives on the first set,
    # so carry it over or each test would start without roles or vocabularies.
    serialised = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as driver:
        for alias, contents in serialised.items():
            connections[alias]._test_serialized_contents = contents
        yield driver


@pytest.fixture(scope="session")
def live_server(playwright, live_server):
    """pytest-django's live server, started once Playwright runs.

    Started after the driver, the server shares the test's own database
    connection; requested by the browser, it stops only after Chromium has
    closed, so no request is still being served when the server goes away.
    """
    return live_server


@pytest.fixture(scope="session")
def browser(playwright, live_server):
    """Launch the system Chromium once per test run.

    Playwright must never download a browser of its own here, so a missing
    Chromium is a hard failure with instructions rather than a skip.
    """
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium was not found at {CHROMIUM}. Install the Debian package "
            "(apt-get install -y chromium) or point DSPP_CHROMIUM at a Chromium "
            "executable; the browser tests cannot run without it.",
            pytrace=False,
        )
    chromium = playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
    )
    yield chromium
    chromium.close()


@pytest.fixture(autouse=True)
def _restore_seeded_rows(django_db_serialized_rollback):
    """Give every browser test the rows the data migrations seed.

    The live server needs transactional tests, which empty the database
    afterwards; serialised rollback reloads the staff roles and vocabularies
    (categories, themes, age bands) before each test.
    """


@pytest.fixture(autouse=True)
def _empty_caches():
    """Start every test with empty caches.

    The live server runs in this process for the whole session, and each test
    rebuilds the database from the same starting point, so a page cached by
    an earlier test could otherwise be served for the same content version.
    """
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def new_context(browser, live_server):
    """Return a factory of fresh browser contexts, all closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("base_url", live_server.url)
        options.setdefault("locale", "en-GB")
        options.setdefault("timezone_id", "Europe/London")
        context = browser.new_context(**options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def context(new_context):
    """A fresh browser context (cookies, storage) for one test."""
    return new_context()


@pytest.fixture
def page(context):
    """A page in a fresh context, relative URLs resolved against the live server."""
    return context.new_page()


@pytest.fixture
def public_site(live_server):
    """Publish demo-like content and return the address of every public page type.

    A circular on neglect holds a case review, a Safer7 briefing, a course with
    an upcoming session and learning outcomes, an event with speakers and a
    resource, so that each page renders its fullest form.
    """
    from tests.factories import (
        BriefingFactory,
        BriefingSectionFactory,
        CaseReviewFactory,
        CircularFactory,
        CourseFactory,
        ItemFactory,
        LearningOutcomeFactory,
        LearningPointFactory,
        RecommendationFactory,
        ResourceFactory,
        ReviewDocumentFactory,
        SectionFactory,
        SessionFactory,
        SpeakerFactory,
        ThemeFactory,
    )
    from training.models import CourseKind, Delivery

    neglect = ThemeFactory(
        name="Neglect",
        slug="neglect",
        summary="Persistent failure to meet a child's or adult's basic needs.",
    )
    curiosity = ThemeFactory(
        name="Professional Curiosity", slug="professional-curiosity"
    )

    review = CaseReviewFactory(
        title="Learning from the review about Child T",
        slug="child-t",
        pseudonym="Child T",
        summary=(
            "<p>Child T lived with neglect for several years before agencies "
            "shared what each of them knew.</p>"
            "<h2>What happened</h2><p>Visits were announced and the home was "
            "tidied before each one.</p>"
        ),
        good_practice="<p>The school nurse recorded the child's own words.</p>",
        themes=[neglect, curiosity],
    )
    for position, text in enumerate(
        [
            "See the child alone and in their bedroom on every home visit.",
            "Check what parents tell you against what you see.",
        ]
    ):
        LearningPointFactory(case_review=review, position=position, text=text)
    RecommendationFactory(case_review=review, position=0)
    ReviewDocumentFactory(case_review=review)

    briefing = BriefingFactory(
        number=12,
        title="Neglect: seeing the whole picture",
        slug="neglect-seeing-the-whole-picture",
        summary="How small signs of neglect add up, and what to do about them.",
        themes=[neglect],
    )
    briefing.source_reviews.set([review])
    for position, heading in enumerate(
        ["Background", "Why it matters", "Information", "What to do"], start=1
    ):
        BriefingSectionFactory(
            briefing=briefing,
            position=position,
            heading=heading,
            body=f"<p>{heading}: what practitioners in Dudley should know.</p>",
        )
    briefing.save()

    course = CourseFactory(
        title="Neglect toolkit training",
        slug="neglect-toolkit-training",
        level="Level 2",
        audience="Practitioners working with children and families",
        duration="Half a day",
        cost_note="Free to Dudley partners",
        themes=[neglect],
    )
    for position, text in enumerate(
        [
            "Recognise the signs of neglect in babies and older children.",
            "Use the Graded Care Profile 2 with a family.",
        ]
    ):
        LearningOutcomeFactory(course=course, position=position, text=text)
    session = SessionFactory(course=course)

    event = CourseFactory(
        kind=CourseKind.EVENT,
        title="Neglect learning event",
        slug="neglect-learning-event",
        delivery=Delivery.ONLINE_LIVE,
        themes=[neglect],
    )
    SessionFactory(course=event, venue="Online", online=True)
    SpeakerFactory(
        course=event,
        name="Dr Amira Patel",
        role="Designated doctor",
        talk_title="Health neglect",
    )
    SpeakerFactory(course=event, name="Sam Jones", role="Head teacher")

    resource = ResourceFactory(
        title="Graded Care Profile 2",
        slug="graded-care-profile-2",
        summary="An assessment tool that helps practitioners measure the quality "
        "of care a child receives.",
        themes=[neglect],
    )

    circular = CircularFactory(
        title="Thematic learning from case reviews: neglect",
        slug="neglect-2025",
        primary_theme=neglect,
        themes=[curiosity],
        introduction="<p>This circular brings together the learning on neglect.</p>",
    )
    reviews = SectionFactory(circular=circular, position=0, heading="Reviews")
    ItemFactory(section=reviews, position=0, case_review=review)
    briefings = SectionFactory(
        circular=circular, position=1, heading="Safer7 Briefings"
    )
    ItemFactory(section=briefings, position=0, briefing=briefing)
    training = SectionFactory(
        circular=circular, position=2, heading="Training and Resources"
    )
    ItemFactory(section=training, position=0, session=session)
    ItemFactory(section=training, position=1, course=event)
    ItemFactory(
        section=training,
        position=2,
        resource=resource,
        note="The tool practitioners in Dudley use to assess neglect.",
    )

    pages = {
        "home": "/",
        "circulars list": "/circulars/",
        "circular detail": circular.get_absolute_url(),
        "themes index": "/themes/",
        "theme hub": neglect.get_absolute_url(),
        "reviews list": "/reviews/",
        "review detail": review.get_absolute_url(),
        "briefings list": "/briefings/",
        "briefing detail": briefing.get_absolute_url(),
        "training list": "/training/",
        "course detail": course.get_absolute_url(),
        "resources list": "/resources/",
        "resource detail": resource.get_absolute_url(),
        "search results": "/search/?q=neglect",
        "accessibility statement": "/accessibility/",
        "404 page": "/no-such-page/",
    }
    assert list(pages) == PUBLIC_PAGES
    return pages
