"""Serve uploaded documents only to those allowed to see the record that owns them."""

import mimetypes
from pathlib import PurePosixPath

from django.apps import apps
from django.http import FileResponse, Http404

from publishing.storage import DocumentStorage


def _document_fields():
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(getattr(field, "storage", None), DocumentStorage):
                yield model, field


def _may_see(user, record) -> bool:
    if record.is_public():
        return True
    opts = record._meta
    return (
        user.is_active
        and user.is_staff
        and (
            user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
            or user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
        )
    )


def document(request, name: str):
    """Return the document stored as `name`, or 404 if its record is not visible."""
    if ".." in PurePosixPath(name).parts or "\x00" in name:
        raise Http404("No such document.")
    for model, field in _document_fields():
        owner = model._default_manager.filter(**{field.name: name}).first()
        if owner is None:
            continue
        record = owner.file_owner() if hasattr(owner, "file_owner") else owner
        if not _may_see(request.user, record):
            raise Http404("No such document.")
        handle = getattr(owner, field.name)
        try:
            stream = handle.open("rb")
        except FileNotFoundError:
            raise Http404("No such document.") from None
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        response = FileResponse(
            stream, content_type=content_type, filename=PurePosixPath(name).name
        )
        response["X-Content-Type-Options"] = "nosniff"
        if not record.is_public():
            response["Cache-Control"] = "private, no-store"
        return response
    raise Http404("No such document.")
