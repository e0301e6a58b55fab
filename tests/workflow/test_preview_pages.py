"""Previews render the public template with a draft banner and never leak."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from publishing.models import PreviewLinkUse, Status
from publishing.preview import preview_link_create, preview_link_token
from publishing.versions import working_copy_create
from tests.factories import (
    CircularFactory,
    ItemFactory,
    ResourceFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db


def _staff_url(record):
    content_type = ContentType.objects.get_for_model(record)
    return reverse("publishing:preview", args=[content_type.pk, record.pk])


def test_staff_preview_of_a_draft_shows_the_banner_and_is_not_cached(client, editor):
    """Staff see a draft through the public template, marked and uncached."""
    circular = CircularFactory(status=Status.DRAFT, title="Draft circular on neglect")
    assert client.get(circular.get_absolute_url()).status_code == 404
    client.force_login(editor)
    response = client.get(_staff_url(circular))
    assert response.status_code == 200
    assert "Draft circular on neglect" in response.content.decode()
    assert "Draft – not published" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_preview_of_a_pending_change_shows_the_change_not_the_original(client, editor):
    """The working copy replaces its original in the preview; the public page does not."""
    circular = CircularFactory(status=Status.PUBLISHED, title="Approved title")
    copy = working_copy_create(record=circular, user=editor)
    copy.title = "Proposed title"
    copy.save()
    client.force_login(editor)
    body = client.get(_staff_url(copy)).content.decode()
    assert "Proposed title" in body and "Approved title" not in body
    client.logout()
    public = client.get(circular.get_absolute_url()).content.decode()
    assert "Approved title" in public and "Proposed title" not in public


def test_anonymous_visitors_cannot_use_the_staff_preview(client):
    """The staff preview sends anonymous visitors to log in."""
    circular = CircularFactory(status=Status.DRAFT)
    response = client.get(_staff_url(circular))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_preview_link_shows_the_draft_to_someone_without_an_account(client, lead):
    """A valid link shows the draft with the banner, marked noindex, and logs the use."""
    circular = CircularFactory(status=Status.DRAFT, title="For the police to check")
    section = SectionFactory(circular=circular)
    ItemFactory(section=section, resource=ResourceFactory(title="Public guidance"))
    link = preview_link_create(record=circular, user=lead, days=2)
    url = reverse("publishing:preview-link", args=[preview_link_token(link)])
    response = client.get(url, HTTP_USER_AGENT="Partner browser")
    body = response.content.decode()
    assert response.status_code == 200
    assert "For the police to check" in body and "Public guidance" in body
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert PreviewLinkUse.objects.get().user_agent == "Partner browser"


def test_bad_preview_link_is_404(client):
    """A made-up token is a 404, not an error."""
    response = client.get(reverse("publishing:preview-link", args=["not-a-token"]))
    assert response.status_code == 404
