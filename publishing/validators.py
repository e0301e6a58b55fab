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
# Only object streams can hold actions; page and image streams are skipped.
_OBJECT_STREAM = re.compile(rb"/Type\s*/ObjStm\b")
# How far back from "stream" the stream's dictionary is looked for.
_DICTIONARY_WINDOW = 1024
# Inflated bytes searched in all, so a zip bomb costs little and refuses itself.
_MAX_INFLATED = 64 * 1024 * 1024


class _TooComplex(Exception):
    pass


def _unescape_names(data: bytes) -> bytes:
    return _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), data)


def _has_active_content(content: bytes) -> bool:
    """Search the file, and every compressed object stream in it, for actions.

    Raise `_TooComplex` when the object streams inflate past `_MAX_INFLATED`.
    """
    if _ACTIVE_PDF_CONTENT.search(_unescape_names(content)):
        return True
    budget = _MAX_INFLATED
    for match in _STREAM.finditer(content):
        dictionary = content[max(0, match.start() - _DICTIONARY_WINDOW) : match.start()]
        if not _OBJECT_STREAM.search(_unescape_names(dictionary)):
            continue
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(match[1], budget + 1)
        except zlib.error:
            continue
        budget -= len(inflated)
        if budget < 0:
            raise _TooComplex
        if _ACTIVE_PDF_CONTENT.search(_unescape_names(inflated)):
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
    try:
        active = _has_active_content(content)
    except _TooComplex:
        raise ValidationError(
            "This PDF expands to too much data to be checked safely. Save it again "
            "(for example with 'Print to PDF') and re-upload it.",
            code="unchecked_pdf",
        ) from None
    if active:
        raise ValidationError(
            "This PDF contains scripts, attachments or other active content, which "
            "cannot be published. Save it again without them (for example with "
            "'Print to PDF').",
            code="active_pdf",
        )
