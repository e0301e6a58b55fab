"""Previews of unpublished records through the public templates."""

from urllib.parse import urlparse

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404, resolve
from django.views.decorators.cache import never_cache

from publishing.context import previewing
from publishing.models import Publishable
from publishing.preview import preview_link_open


def _render_as_public(request, record, kind: str):
    """Render the record's public page as the public would see it once published."""
    try:
        match = resolve(urlparse(record.get_absolute_url()).path)
    except Resolver404:
        raise Http404("This record has no public page.") from None
    request.preview = {"kind": kind, "record": record}
    with previewing(record):
        response = match.func(request, *match.args, **match.kwargs)
        # Template responses render lazily; render while the preview applies.
        if hasattr(response, "render"):
            response.render()
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@never_cache
@staff_member_required
def staff_preview(request, content_type_id: int, pk: int):
    """Show staff who may view a record its public page, whatever its state."""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
    except ContentType.DoesNotExist:
        raise Http404("No such record.") from None
    model = content_type.model_class()
    if model is None or not issubclass(model, Publishable):
        raise Http404("No such record.")
    opts = model._meta
    if not (
        request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        or request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")
    ):
        raise Http404("No such record.")
    record = model._default_manager.filter(pk=pk).first()
    if record is None:
        raise Http404("No such record.")
    return _render_as_public(request, record, "staff")


@never_cache
def link_preview(request, token: str):
    """Show a record to someone holding a valid preview link; log every use."""
    record = preview_link_open(
        token=token,
        ip_address=request.META.get("REMOTE_ADDR"),
        user_agent=request.headers.get("user-agent", ""),
    )
    if record is None:
        raise Http404("This preview link has expired, was withdrawn or is not valid.")
    return _render_as_public(request, record, "link")
