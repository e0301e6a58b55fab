"""Storage for documents that belong to a record and follow its visibility."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse
from django.utils.deconstruct import deconstructible


@deconstructible
class DocumentStorage(FileSystemStorage):
    """Documents kept outside MEDIA_ROOT, so no web server path reaches them.

    Their URLs point at `publishing:document`, which serves a file only while
    the record owning it is public (or to staff who may view that record).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.DOCUMENT_ROOT)

    def url(self, name):
        return reverse("publishing:document", kwargs={"name": name})


document_storage = DocumentStorage()
