"""Admin widgets."""

from urllib.parse import urlencode

from django_ckeditor_5.widgets import CKEditor5Widget


class RichTextWidget(CKEditor5Widget):
    """CKEditor 5 whose image uploads name the model being edited.

    The upload view checks the editor's add or change permission on that model.
    """

    def __init__(self, *args, model_label: str = "", **kwargs):
        self.model_label = model_label
        super().__init__(*args, **kwargs)

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        if not self.model_label:
            return html
        from django.conf import settings
        from django.urls import reverse
        from django.utils.html import escape
        from django.utils.safestring import mark_safe

        base = reverse(settings.CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME)
        target = f"{base}?{urlencode({'model': self.model_label})}"
        old = f'data-upload-url="{escape(base)}"'
        new = f'data-upload-url="{escape(target)}"'
        return mark_safe(html.replace(old, new, 1))
