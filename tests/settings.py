"""Settings for the test suite: the project's settings plus test-only speedups."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")

from dspp.settings import *

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploaded files from tests go to a throwaway folder, never the project's media.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="dspp-test-media-"))
DOCUMENT_ROOT = Path(tempfile.mkdtemp(prefix="dspp-test-documents-"))
# WhiteNoise reads STATIC_ROOT at start-up; tests find static files through the finders.
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="dspp-test-static-"))
WHITENOISE_USE_FINDERS = True
