"""Uploaded documents must be real, inert PDFs under the size limit."""

import zlib

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from casereviews.models import DocumentRole, ReviewDocument
from resources.models import Resource, ResourceKind
from tests.factories import CaseReviewFactory
from tests.publishing.test_uploads import image_bytes

pytestmark = pytest.mark.django_db


def minimal_pdf(extra_objects=b""):
    """A small, well-formed one-page PDF with a cross-reference table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    body = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    body += extra_objects
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    body += b"startxref\n%d\n%%%%EOF\n" % xref
    return body


def pdf_with(action):
    return minimal_pdf(b"9 0 obj\n<< /Type /Action %s >>\nendobj\n" % action)


class ResourceForm(forms.ModelForm):
    url = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = Resource
        fields = ["kind", "title", "slug", "summary", "url", "document"]


class ReviewDocumentForm(forms.ModelForm):
    url = forms.URLField(required=False, assume_scheme="https")

    class Meta:
        model = ReviewDocument
        fields = ["role", "title", "file", "url"]


def resource_form(data, name="guidance.pdf"):
    form = ResourceForm(
        data={
            "kind": ResourceKind.GUIDANCE,
            "title": "Neglect toolkit",
            "slug": "neglect-toolkit",
            "summary": "A toolkit for home visits.",
            "url": "",
        },
        files={"document": SimpleUploadedFile(name, data, "application/pdf")},
    )
    form.instance.status = "draft"
    return form


def review_document_form(data, name="overview.pdf"):
    form = ReviewDocumentForm(
        data={"role": DocumentRole.OVERVIEW, "title": "Overview report", "url": ""},
        files={"file": SimpleUploadedFile(name, data, "application/pdf")},
    )
    form.instance.case_review = CaseReviewFactory()
    return form


FORMS = {
    "resource document": (resource_form, "document"),
    "review document file": (review_document_form, "file"),
}


@pytest.fixture(params=FORMS.values(), ids=FORMS.keys())
def make_form(request):
    build, field = request.param

    def make(data, name="document.pdf"):
        return build(data, name), field

    return make


def errors_for(make_form, data, name="document.pdf"):
    form, field = make_form(data, name)
    assert not form.is_valid()
    return form.errors[field]


def test_a_real_pdf_is_accepted_and_saved(make_form):
    """A well-formed PDF passes validation and is stored with its record."""
    form, field = make_form(minimal_pdf())
    assert form.is_valid(), form.errors
    record = form.save()
    stored = getattr(record, field)
    assert stored.name.endswith(".pdf")
    with stored.open("rb") as handle:
        assert handle.read() == minimal_pdf()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (image_bytes("PNG"), "chart.pdf"),
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "page.pdf"),
        (b"PK\x03\x04 a zipped Word document", "minutes.pdf"),
        (b"  %PDF-1.4 hidden behind spaces", "report.pdf"),
        (b"", "empty.pdf"),
    ],
    ids=["png", "html", "docx", "late-header", "empty"],
)
def test_files_that_are_not_pdfs_are_refused_whatever_their_name(make_form, data, name):
    """The content decides, not the .pdf on the name."""
    errors = errors_for(make_form, data, name)
    assert any("not a PDF" in error or "empty" in error for error in errors), errors


def test_oversized_pdf_is_refused(make_form, settings):
    """A PDF over MAX_DOCUMENT_UPLOAD_SIZE is refused, naming both sizes."""
    settings.MAX_DOCUMENT_UPLOAD_SIZE = 100
    assert errors_for(make_form, minimal_pdf()) == [
        f"This file is {len(minimal_pdf())}\xa0bytes; documents may be at most "
        "100\xa0bytes."
    ]


@pytest.mark.parametrize(
    "action",
    [
        b"/S /JavaScript /JS (app.alert(1))",
        b"/S /Launch /F (cmd.exe)",
        b"/S /J#61vaScript /JS (app.alert(1))",
        b"/EmbeddedFiles << /Names [(a.exe) 10 0 R] >> /EmbeddedFile 10 0 R",
        b"/XFA 11 0 R",
    ],
    ids=["javascript", "launch", "escaped-name", "attachment", "xfa"],
)
def test_pdf_with_active_content_is_refused(make_form, action):
    """Scripts, launch actions, attachments and forms are refused with a reason."""
    errors = errors_for(make_form, pdf_with(action))
    assert errors == [
        "This PDF contains scripts, attachments or other active content, which "
        "cannot be published. Save it again without them (for example with "
        "'Print to PDF')."
    ]


def compressed_stream(data, kind=b"/Type /ObjStm /N 1 /First 4"):
    packed = zlib.compress(data)
    return (
        b"10 0 obj\n<< %s /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n"
        % (
            kind,
            len(packed),
            packed,
        )
    )


@pytest.mark.parametrize(
    "kind",
    [b"/Type /ObjStm /N 1 /First 4", b"/Type /Obj#53tm /N 1 /First 4"],
    ids=["plain", "escaped-type"],
)
def test_javascript_inside_a_compressed_object_stream_is_refused(make_form, kind):
    """Active content is found even when compressed inside an object stream."""
    stream = compressed_stream(b"9 0 << /S /JavaScript /JS (app.alert(1)) >>", kind)
    assert b"JavaScript" not in stream
    errors = errors_for(make_form, minimal_pdf(stream))
    assert "active content" in errors[0]


def test_page_text_mentioning_javascript_is_not_mistaken_for_a_script(make_form):
    """Words drawn on a page live in content streams, which cannot run."""
    page = compressed_stream(b"BT /F1 12 Tf (Beware /JavaScript links) Tj ET", b"")
    form, _ = make_form(minimal_pdf(page))
    assert form.is_valid(), form.errors


def test_object_streams_inflating_to_too_much_data_are_refused(make_form):
    """A compressed bomb is refused after bounded work, with a reason."""
    bomb = compressed_stream(b"\0" * (65 * 1024 * 1024))
    assert len(bomb) < 200_000
    assert errors_for(make_form, minimal_pdf(bomb)) == [
        "This PDF expands to too much data to be checked safely. Save it again "
        "(for example with 'Print to PDF') and re-upload it."
    ]


def test_truncated_pdf_is_refused(make_form):
    """A PDF cut off before its end marker is refused as incomplete."""
    data = minimal_pdf()
    assert errors_for(make_form, data[: len(data) // 2]) == [
        "This PDF looks incomplete or damaged. Save it again and re-upload it."
    ]


def test_full_clean_refuses_an_html_file_on_a_saved_record():
    """Validation also runs on model full_clean, not only in forms."""
    document = ReviewDocument(
        case_review=CaseReviewFactory(),
        role=DocumentRole.OVERVIEW,
        file=SimpleUploadedFile("x.pdf", b"<html></html>", "application/pdf"),
    )
    with pytest.raises(ValidationError) as raised:
        document.full_clean()
    assert raised.value.message_dict["file"] == [
        "This file is not a PDF. Upload the document saved as a PDF."
    ]
