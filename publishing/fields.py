"""Model fields shared by every content app."""

from django_ckeditor_5.fields import CKEditor5Field

from publishing.sanitise import sanitise_html


class RichTextField(CKEditor5Field):
    """HTML authored in CKEditor 5 and sanitised against the allow-list on save.

    Sanitising in `pre_save` means no code path (admin, shell, demo loader,
    import) can store HTML that skipped the allow-list.
    """

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        from publishing.widgets import RichTextWidget

        kwargs.setdefault(
            "widget",
            RichTextWidget(
                config_name=self.config_name, model_label=self.model._meta.label_lower
            ),
        )
        return super().formfield(**kwargs)
