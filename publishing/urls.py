from django.urls import path

from publishing import documents, uploads

app_name = "publishing"
urlpatterns = [
    path(
        "admin/publishing/editor-images/",
        uploads.editor_image_upload,
        name="editor-image-upload",
    ),
    path("documents/<path:name>", documents.document, name="document"),
]
