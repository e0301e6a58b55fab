"""Documents follow their record: downloadable only while it is public, or by staff."""

import pytest
from django.core.files.base import ContentFile

from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    ResourceFactory,
    ReviewDocumentFactory,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _with_pdf(record, field, name="report.pdf"):
    getattr(record, field).save(name, ContentFile(PDF), save=True)
    return getattr(record, field).url


@pytest.mark.parametrize("status", [Status.DRAFT, Status.IN_REVIEW, Status.WITHDRAWN])
def test_unpublished_resource_document_is_404_for_the_public(client, status):
    """Anonymous visitors cannot download a document whose record is not public."""
    resource = ResourceFactory(status=status)
    url = _with_pdf(resource, "document")
    assert url.startswith("/documents/")
    assert client.get(url).status_code == 404


def test_public_resource_document_downloads_as_pdf(client):
    """Once the record is public its document is served, as a PDF, never sniffed."""
    resource = ResourceFactory(status=Status.PUBLISHED)
    response = client.get(_with_pdf(resource, "document"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PDF


def test_staff_who_may_view_the_record_can_download_a_draft_document(client, editor):
    """Editors checking a draft can open its documents, uncached."""
    briefing = BriefingFactory(status=Status.DRAFT)
    url = _with_pdf(briefing, "pdf")
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


def test_review_document_follows_its_case_review(client):
    """A review's documents are hidden while the review is a draft."""
    review = CaseReviewFactory(status=Status.DRAFT)
    document = ReviewDocumentFactory.build(case_review=review, url="")
    url = _with_pdf(document, "file")
    assert client.get(url).status_code == 404
    review.status = Status.PUBLISHED
    review.save()
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/documents/nothing-here.pdf", "/documents/../dspp/settings.py", "/documents/%00"],
)
def test_unknown_or_hostile_document_paths_are_404(client, path):
    """Paths that name no stored document give a 404, never a file or an error."""
    assert client.get(path).status_code == 404


def test_documents_are_not_under_the_media_url(client, settings):
    """No public media path reaches a stored document."""
    resource = ResourceFactory(status=Status.DRAFT)
    _with_pdf(resource, "document")
    stored = resource.document.path
    assert not stored.startswith(str(settings.MEDIA_ROOT))
