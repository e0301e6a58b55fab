"""Allow-list HTML sanitising for rich text, fitted to what CKEditor 5 produces."""

import re

import nh3
from django.conf import settings

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "colgroup",
    "col",
    "figure",
    "figcaption",
    "img",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
# CKEditor marks figures as images or tables; nothing else may ride on `class`.
ALLOWED_CLASSES = {"figure": {"image", "table"}}


def _keep_relative_url(url: str) -> str | None:
    """Keep site paths ("/media/…") and fragments; drop every other relative URL.

    Anything else without an allowed scheme is a mistyped link at best and an
    obfuscated scheme at worst.
    """
    # Browsers drop tabs and newlines from URLs and read "\\" as "/", so
    # "/\\host" and "/<tab>/host" lead off the site like "//host".
    path = url.replace("\t", "").replace("\n", "").replace("\r", "")
    if path.startswith("#"):
        return url
    if path.startswith("/") and not path.startswith(("//", "/\\")):
        return url
    return None


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Keep an image only when it came through the editor's upload view.

    Those files were re-encoded by Pillow without metadata; anything else
    would be a request to another site from every reader (a tracker) or a
    path the upload view never checked.
    """
    if tag == "img" and attribute == "src":
        pattern = (
            rf"{re.escape(settings.MEDIA_URL)}editor/[A-Za-z0-9_-]+\.(?:jpg|png|webp)"
        )
        return value if re.fullmatch(pattern, value) else None
    return value


_IMAGE = re.compile(r"<img\b[^>]*>")
_ALT = re.compile(r'\salt="([^"]*)"')


def _drop_images_without_source(html: str) -> str:
    # nh3 escapes quotes and angle brackets inside attribute values, so a tag
    # ends at its first ">" and ' src="' can only be the attribute itself.
    return _IMAGE.sub(lambda match: match[0] if ' src="' in match[0] else "", html)


def images_without_alt(html: str) -> int:
    """Return how many images in sanitised `html` have no alternative text."""
    count = 0
    for tag in _IMAGE.findall(html):
        alt = _ALT.search(tag)
        if alt is None or not alt[1].strip():
            count += 1
    return count


def sanitise_html(value: str | None) -> str:
    """Return `value` with everything outside the allow-list removed.

    Links get `rel="noopener noreferrer"`; scripts, styles, event handlers,
    iframes and unknown URL schemes (javascript:, data:, vbscript:) are dropped;
    images are kept only when their source is an upload from the editor.
    """
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        allowed_classes=ALLOWED_CLASSES,
        link_rel="noopener noreferrer",
        url_relative=_keep_relative_url,
        attribute_filter=_keep_attribute,
        strip_comments=True,
    )
    return _drop_images_without_source(cleaned).strip()
