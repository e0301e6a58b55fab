"""Template tags shared by every public page."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()

# Header navigation in display order: (URL name, label).
NAV_LINKS = [
    ("website:home", "Home"),
    ("circulars:list", "Circulars"),
    ("website:themes", "Themes"),
    ("casereviews:list", "Reviews"),
    ("briefings:list", "Briefings"),
    ("training:list", "Training"),
    ("resources:list", "Resources"),
    ("website:search", "Search"),
]


@register.simple_tag(takes_context=True)
def query_transform(context, **kwargs):
    """Return the current query string with `kwargs` replaced.

    Pagination links keep the visitor's filters; a value of None drops the
    parameter.
    """
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.inclusion_tag("includes/nav.html", takes_context=True)
def site_nav(context):
    """Render the header navigation, marking the section the visitor is in.

    A section whose URL is not routed is left out rather than breaking every
    page, so the site keeps rendering while an app is switched off.
    """
    request = context.get("request")
    path = request.path if request else ""
    links = []
    for name, label in NAV_LINKS:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        current = path == url if url == "/" else path.startswith(url)
        links.append({"url": url, "label": label, "current": current})
    return {"links": links}
