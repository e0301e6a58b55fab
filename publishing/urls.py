from django.urls import path

from publishing import documents, uploads, views

app_name = "publishing"
urlpatterns = [
    path(
        "admin/publishing/editor-images/",
        uploads.editor_image_upload,
        name="editor-image-upload",
    ),
    path("documents/<path:name>", documents.document, name="document"),
    path(
        "preview/<int:content_type_id>/<int:pk>/",
        views.staff_preview,
        name="preview",
    ),
    path("preview/link/<str:token>/", views.link_preview, name="preview-link"),
]
