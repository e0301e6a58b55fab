"""The project's URLs plus `/bench/ceiling/`, served only under `bench.settings`."""

from django.http import HttpResponse
from django.urls import include, path


def ceiling(request):
    """Answer with a short fixed text: what Django costs when a page costs nothing."""
    return HttpResponse(b"ceiling\n", content_type="text/plain")


urlpatterns = [
    path("bench/ceiling/", ceiling, name="bench-ceiling"),
    path("", include("dspp.urls")),
]
