from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("publishing.urls")),
    path("admin/", admin.site.urls),
    path("circulars/", include("circulars.urls")),
    path("reviews/", include("casereviews.urls")),
    path("briefings/", include("briefings.urls")),
    path("training/", include("training.urls")),
    path("resources/", include("resources.urls")),
    path("", include("website.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
