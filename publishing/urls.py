from django.urls import path

from publishing import uploads

app_name = "publishing"
urlpatterns = [
    path("editor-images/", uploads.editor_image_upload, name="editor-image-upload"),
]
