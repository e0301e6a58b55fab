"""Validators for uploaded documents."""

import re
import zlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

# Active content a safeguarding document never needs, and a reader might run.
_ACTIVE_PDF_CONTENT = re.compile(
    rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b"
)
# PDF names may spell any byte as #xx ("/J#61vaScript"), and objects may sit
# inside compressed object streams, so both are undone before searching.
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
# Bounds the inflated bytes searched per stream, so a zip bomb costs nothing.
_MAX_INFLATED = 16 * 1024 * 1024


def _has_active_content(content: bytes) -> bool:
    def search(data: bytes) -> bool:
        unescaped = _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), data)
        return bool(_ACTIVE_PDF_CONTENT.search(unescaped))

    if search(content):
        return True
    for match in _STREAM.finditer(content):
        try:
            inflated = zlib.decompressobj().decompress(match[1], _MAX_INFLATED)
        except zlib.error:
            continue
        if search(inflated):
            return True
    return False


def validate_pdf(upload) -> None:
    """Accept only a real PDF under the size limit, judged by content, not by name."""
    limit = settings.MAX_DOCUMENT_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            "This file is %(size)s; documents may be at most %(limit)s.",
            code="too_large",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(limit),
            },
        )
    upload.seek(0)
    head = upload.read(1024)
    if not head.startswith(b"%PDF-"):
        raise ValidationError(
            "This file is not a PDF. Upload the document saved as a PDF.",
            code="not_pdf",
        )
    upload.seek(0)
    content = upload.read()
    upload.seek(0)
    if b"%%EOF" not in content[-2048:]:
        raise ValidationError(
            "This PDF looks incomplete or damaged. Save it again and re-upload it.",
            code="damaged_pdf",
        )
    if _has_active_content(content):
        raise ValidationError(
            "This PDF contains scripts, attachments or other active content, which "
            "cannot be published. Save it again without them (for example with "
            "'Print to PDF').",
            code="active_pdf",
        )
