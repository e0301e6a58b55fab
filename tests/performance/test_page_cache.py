"""The public page cache: served from memory, never stale, never for staff."""

import datetime
import gzip

import pytest
import time_machine
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casereviews.models import CaseReview
from publishing.cache import current_version
from publishing.models import Status
from publishing.preview import preview_link_create, preview_link_token
from publishing.services import record_approve, record_submit, record_withdraw
from tests.factories import (
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ItemFactory,
    ResourceFactory,
    SectionFactory,
    SessionFactory,
)

pytestmark = pytest.mark.django_db

REVIEWS = "/reviews/"
TRAINING = "/training/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    """Turn the page cache on, empty, as production runs it."""
    settings.PUBLIC_PAGE_CACHE_SECONDS = 3600
    for alias in ("default", "versions"):
        caches[alias].clear()
    yield
    for alias in ("default", "versions"):
        caches[alias].clear()


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what a write defers to its commit, as a real request's commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def get_counting(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


@pytest.fixture
def circular_with_resource():
    resource = ResourceFactory(title="Professional curiosity toolkit")
    item = ItemFactory(resource=resource, section=SectionFactory())
    return item.section.circular, resource


def test_a_repeated_anonymous_request_is_served_from_the_cache(
    client, circular_with_resource
):
    """The second request reads the content version and the stored page, and
    never the database."""
    circular, _resource = circular_with_resource
    first, rendered = get_counting(client, circular.get_absolute_url())
    second, cached = get_counting(client, circular.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    assert rendered > 1
    assert cached == 0


def test_withdrawing_a_record_takes_it_off_the_next_page_served(
    client, circular_with_resource, lead, commit
):
    """A withdrawal retires the cached circular that showed the record."""
    circular, resource = circular_with_resource
    assert (
        "Professional curiosity toolkit" in client.get(circular.get_absolute_url()).text
    )
    with commit():
        record_withdraw(record=resource, user=lead, reason="Superseded")
    assert (
        "Professional curiosity toolkit"
        not in client.get(circular.get_absolute_url()).text
    )


def test_approving_a_record_puts_it_on_the_next_page_served(
    client, editor, lead, commit
):
    """Publishing through the workflow retires the cached library page."""
    review = CaseReviewFactory(
        title="Learning from Adult Q",
        status=Status.DRAFT,
        anonymised=True,
        family_informed=True,
        legal_check_done=True,
    )
    assert "Learning from Adult Q" not in client.get(REVIEWS).text
    with commit():
        record_submit(record=review, user=editor)
        record_approve(record=review, user=lead)
    assert "Learning from Adult Q" in client.get(REVIEWS).text


def test_editing_a_vocabulary_term_retires_cached_pages(client, commit):
    """Theme names appear on many pages, so renaming one changes them all."""
    circular = CircularFactory(primary_theme__name="Neglect early signs")
    assert "Neglect early signs" in client.get(circular.get_absolute_url()).text
    with commit():
        theme = circular.primary_theme
        theme.name = "Neglect: early signs"
        theme.save()
    page = client.get(circular.get_absolute_url()).text
    assert "Neglect: early signs" in page


def test_scheduled_go_live_and_expiry_need_no_write(client, commit):
    """Pages change at a record's go-live and expiry times by themselves."""
    now = timezone.now()
    with commit():
        CaseReviewFactory(
            title="Learning from Child V",
            publish_at=now + datetime.timedelta(hours=1),
            expire_at=now + datetime.timedelta(hours=3),
        )
    with time_machine.travel(now, tick=False):
        assert "Learning from Child V" not in client.get(REVIEWS).text
    with time_machine.travel(now + datetime.timedelta(hours=1, seconds=1), tick=False):
        assert "Learning from Child V" in client.get(REVIEWS).text
    with time_machine.travel(now + datetime.timedelta(hours=3, seconds=1), tick=False):
        assert "Learning from Child V" not in client.get(REVIEWS).text


def test_a_session_leaves_the_training_page_when_it_ends(client, commit):
    """Upcoming sessions drop off a cached listing at their end time."""
    now = timezone.now()
    with commit():
        course = CourseFactory(title="Working with hoarding")
        SessionFactory(
            course=course,
            starts_at=now + datetime.timedelta(minutes=30),
            ends_at=now + datetime.timedelta(hours=2),
            venue="Brierley Hill Civic Hall",
        )
    with time_machine.travel(now, tick=False):
        assert "Brierley Hill Civic Hall" in client.get(TRAINING).text
    with time_machine.travel(now + datetime.timedelta(hours=2, seconds=1), tick=False):
        assert "Brierley Hill Civic Hall" not in client.get(TRAINING).text


def test_the_scheduled_change_is_counted_once_however_many_requests_see_it(
    client, commit
):
    """Requests arriving after a go-live move to one new version between them."""
    now = timezone.now()
    with commit():
        CaseReviewFactory(publish_at=now + datetime.timedelta(minutes=5))
    before = current_version(now)
    after = now + datetime.timedelta(minutes=6)
    first = current_version(after)
    second = current_version(after)
    assert first.token == second.token != before.token


def test_an_unchanged_page_answers_304_to_its_etag_without_rendering(client):
    """A conditional GET is answered from the content version alone."""
    CaseReviewFactory()
    first = client.get(REVIEWS)
    etag = first["ETag"]
    response, queries = get_counting(client, REVIEWS, **{"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert queries == 0


def test_an_unchanged_page_answers_304_to_its_last_modified_date(client):
    CaseReviewFactory()
    first = client.get(REVIEWS)
    response = client.get(
        REVIEWS, headers={"If-Modified-Since": first["Last-Modified"]}
    )
    assert response.status_code == 304


def test_a_changed_page_answers_200_to_the_old_etag(client, commit):
    review = CaseReviewFactory(title="Learning from Child W")
    etag = client.get(REVIEWS)["ETag"]
    with commit():
        CaseReview.objects.get(pk=review.pk).delete()
    response = client.get(REVIEWS, headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "Learning from Child W" not in response.text


def test_public_pages_tell_browsers_to_revalidate(client):
    """Browsers and proxies may keep a page but must check it is current."""
    response = client.get(REVIEWS)
    assert response["Cache-Control"] == "no-cache"
    assert "Cookie" in response["Vary"]
    assert "Set-Cookie" not in response.headers


def test_high_contrast_visitors_get_their_own_cached_copy(client):
    normal = client.get(REVIEWS)
    client.cookies["contrast"] = "high"
    high = client.get(REVIEWS)
    assert 'class="high-contrast"' in high.text
    assert 'class="high-contrast"' not in normal.text
    assert high["ETag"] != normal["ETag"]


def test_signed_in_staff_are_never_served_a_cached_page(client, editor):
    """Staff always get a fresh render, which nobody may store."""
    CaseReviewFactory()
    client.get(REVIEWS)
    client.force_login(editor)
    response, queries = get_counting(client, REVIEWS)
    assert response.status_code == 200
    assert "ETag" not in response
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert queries > 1


def test_a_preview_link_page_is_never_cached(client, lead):
    """A revoked or expired link must stop working at once, so nothing keeps it."""
    review = CaseReviewFactory(title="Draft learning", status=Status.DRAFT)
    link = preview_link_create(record=review, user=lead, days=1)
    url = reverse("publishing:preview-link", kwargs={"token": preview_link_token(link)})
    first = client.get(url)
    second, queries = get_counting(client, url)
    assert first.status_code == second.status_code == 200
    assert "no-store" in second["Cache-Control"]
    assert "ETag" not in second
    assert queries > 1


def test_pages_outside_the_public_list_are_not_cached(client):
    """The health check must reach the database every time."""
    response, queries = get_counting(client, "/healthz")
    assert "ETag" not in response
    assert queries >= 1


def test_browsers_that_accept_gzip_get_the_stored_page_compressed(client):
    """The page is compressed once when stored, and both copies say the same."""
    CaseReviewFactory(title="Learning from Child Z")
    plain = client.get(REVIEWS)
    first = client.get(REVIEWS, headers={"Accept-Encoding": "gzip, deflate, br"})
    second, queries = get_counting(client, REVIEWS, **{"Accept-Encoding": "gzip"})
    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    assert gzip.decompress(second.content) == plain.content
    assert int(second["Content-Length"]) == len(second.content) < len(plain.content)
    assert second["ETag"] != plain["ETag"]
    assert "Accept-Encoding" in second["Vary"]
    assert queries == 0
    assert "Content-Encoding" not in plain
