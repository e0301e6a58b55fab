"""Settings for DSPP Learning, read from the environment with safe local defaults.

Production differs from local development only by environment variables; see
`.env.example` for the full list.
"""

import os
import tempfile
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


# --- Core -----------------------------------------------------------------

DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
        )
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else ""
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# Public base URL used in emails and feeds when no request is at hand.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# --- Applications ---------------------------------------------------------

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles so runserver serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
]
THIRD_PARTY_APPS = [
    "django_ckeditor_5",
    "nested_admin",
]
LOCAL_APPS = [
    "publishing",
    "taxonomy",
    "casereviews",
    "briefings",
    "training",
    "resources",
    "circulars",
    "website",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

# Order matters: security first, WhiteNoise straight after it so static files
# skip the rest of the stack, then the public page cache so that a cached page
# or a 304 skips sessions, CSRF and the view (its stored headers already hold
# what the inner middleware added); sessions before CSRF and authentication.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "website.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "dspp.urls"
WSGI_APPLICATION = "dspp.wsgi.application"
ASGI_APPLICATION = "dspp.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "website.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------


def database_from_url(url: str) -> dict:
    """Return a DATABASES entry for a postgres:// URL."""
    from urllib.parse import unquote, urlparse

    parts = urlparse(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL.")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        # Persistent connections, checked before reuse so a restarted database
        # does not leave workers holding dead sockets.
        "CONN_MAX_AGE": int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        "CONN_HEALTH_CHECKS": True,
    }


if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": database_from_url(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": Path(os.environ.get("DJANGO_SQLITE_PATH", BASE_DIR / "db.sqlite3")),
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Caching ----------------------------------------------------------------
# Public pages are cached per worker under the content version
# (publishing.cache). The version itself must be the same for every worker, so
# it lives in a cache they share: files on this host, or Redis through
# Django's RedisCache when several hosts serve the site. Keys carry the
# database's name, so sites on one host never share a version.

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "dspp-pages",
        "OPTIONS": {
            "MAX_ENTRIES": int(os.environ.get("DSPP_CACHE_MAX_ENTRIES", "2000"))
        },
    },
    "versions": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get(
            "DSPP_VERSION_CACHE_DIR",
            str(Path(tempfile.gettempdir()) / "dspp-content-version"),
        ),
    },
}
if os.environ.get("DSPP_VERSION_CACHE_URL"):
    # redis://host:6379/0, for web containers on several hosts; needs the
    # redis package.
    CACHES["versions"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["DSPP_VERSION_CACHE_URL"],
    }
# How long a cached page may be kept; 0 turns the page cache and conditional
# GET off. Freshness never depends on it: it only bounds the damage of a write
# that bypassed the model signals without bumping the version.
PUBLIC_PAGE_CACHE_SECONDS = int(
    os.environ.get("DSPP_PUBLIC_PAGE_CACHE_SECONDS", "3600")
)
# The views whose anonymous GETs are cached and answered 304, by URL name.
# Previews, documents, calendars and the admin are deliberately absent.
PUBLIC_PAGE_VIEWS = {
    "website:home",
    "website:themes",
    "website:theme",
    "website:accessibility",
    "website:search",
    "website:robots",
    "website:sitemap",
    "website:circulars-feed",
    "circulars:list",
    "circulars:detail",
    "circulars:feed",
    "casereviews:list",
    "casereviews:detail",
    "briefings:list",
    "briefings:detail",
    "training:list",
    "training:detail",
    "resources:list",
    "resources:detail",
}
# Apps whose rows public pages show: any write to them bumps the content version.
PUBLIC_CONTENT_APPS = {
    "taxonomy",
    "casereviews",
    "briefings",
    "training",
    "resources",
    "circulars",
    "website",
}
# Besides go-live and expiry, the times at which public pages change by
# themselves (as "app.Model.field"): sessions leave the listings when they end.
PUBLIC_CONTENT_TIME_FIELDS = ["training.Session.starts_at", "training.Session.ends_at"]

# --- Authentication -------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# --- Internationalisation -------------------------------------------------

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and media files -----------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Documents (PDFs) follow their record's visibility, so they live outside
# MEDIA_ROOT and are served by publishing.documents, never by URL path.
DOCUMENT_ROOT = Path(os.environ.get("DJANGO_DOCUMENT_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Upload limits (bytes). Images are re-encoded; documents must be real PDFs.
MAX_IMAGE_UPLOAD_SIZE = int(
    os.environ.get("DSPP_MAX_IMAGE_UPLOAD_SIZE", 5 * 1024 * 1024)
)
MAX_IMAGE_PIXELS = int(os.environ.get("DSPP_MAX_IMAGE_PIXELS", 25_000_000))
MAX_DOCUMENT_UPLOAD_SIZE = int(
    os.environ.get("DSPP_MAX_DOCUMENT_UPLOAD_SIZE", 20 * 1024 * 1024)
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o640

# --- Email ----------------------------------------------------------------

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "DSPP Learning <no-reply@localhost>"
)

# --- Security -------------------------------------------------------------
# Secure by default; local development over plain HTTP relaxes only what
# needs HTTPS.

SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(
    os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000")
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", not DEBUG)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# --- Logging --------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING"),
    },
}

# --- Rich text (CKEditor 5) -------------------------------------------------

CKEDITOR_5_FILE_STORAGE = "publishing.uploads.EditorImageStorage"
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "publishing:editor-image-upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CKEDITOR_5_CONFIGS = {
    "default": {
        "licenseKey": "GPL",
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertTable",
                "imageUpload",
                "|",
                "undo",
                "redo",
            ],
            "shouldNotGroupWhenFull": True,
        },
        "removePlugins": [
            "ImageResize",
            "HtmlEmbed",
            "SourceEditing",
            "GeneralHtmlSupport",
            "FullPage",
            "MediaEmbed",
            "Style",
            # The bundle includes Markdown output; rich text must be stored as HTML
            # so the sanitiser sees what it is cleaning.
            "Markdown",
            "Font",
            "FontColor",
            "FontBackgroundColor",
            "Highlight",
            "CodeBlock",
            "Mention",
        ],
        "heading": {
            "options": [
                {
                    "model": "paragraph",
                    "title": "Paragraph",
                    "class": "ck-heading_paragraph",
                },
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Heading 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Heading 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Heading 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "image": {"toolbar": ["imageTextAlternative"]},
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "link": {"addTargetToExternalLinks": False, "defaultProtocol": "https://"},
    },
}
