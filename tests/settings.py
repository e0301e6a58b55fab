"""Settings for the test suite: the project's settings plus test-only speedups."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
# A content version of this run's own, shared with the servers it starts.
os.environ.setdefault(
    "DSPP_VERSION_CACHE_DIR", tempfile.mkdtemp(prefix="dspp-test-versions-")
)

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

# Test-case transactions never commit, so the content version is not bumped
# after a write inside a test; rendering every page afresh keeps tests that
# read, write and read again honest. tests/performance turns the cache on
# where it tests it, and gives its servers the cache through the environment.
PUBLIC_PAGE_CACHE_SECONDS = int(os.environ.get("DSPP_PUBLIC_PAGE_CACHE_SECONDS", "0"))
