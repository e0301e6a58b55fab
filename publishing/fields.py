"""Model fields shared by every content app."""

from django.core.exceptions import ValidationError
from django.utils.translation import ngettext
from django_ckeditor_5.fields import CKEditor5Field

from publishing.sanitise import images_without_alt, sanitise_html


class RichTextField(CKEditor5Field):
    """HTML authored in CKEditor 5 and sanitised against the allow-list on save.

    `pre_save` keeps the saved instance in step with the database;
    `get_db_prep_save` also covers `QuerySet.update()` and `bulk_update()`,
    which never call `pre_save`. Between them no code path (admin, shell, demo
    loader, import) can store HTML that skipped the allow-list.
    """

    def pre_save(self, model_instance, add):
        value = sanitise_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        missing = images_without_alt(sanitise_html(value))
        if missing:
            raise ValidationError(
                ngettext(
                    "An image has no alternative text. Select it, choose "
                    "“Change image alternative text” and describe what it "
                    "shows.",
                    "%(count)d images have no alternative text. Select each, choose "
                    "“Change image alternative text” and describe what it "
                    "shows.",
                    missing,
                ),
                code="image_without_alt",
                params={"count": missing},
            )

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str):
            value = sanitise_html(value)
        return super().get_db_prep_save(value, connection)

    def formfield(self, **kwargs):
        from publishing.widgets import RichTextWidget

        kwargs.setdefault(
            "widget",
            RichTextWidget(
                config_name=self.config_name, model_label=self.model._meta.label_lower
            ),
        )
        return super().formfield(**kwargs)
