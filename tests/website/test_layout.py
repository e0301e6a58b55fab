"""The layout every public page shares: skip link, header, footer, pagination."""

from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.core.paginator import Paginator
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/circulars/", "/themes/", "/accessibility/", "/contrast/"]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_page_has_one_h1_a_skip_link_and_a_focusable_main(client, url):
    html = client.get(url).content.decode()

    assert html.count("<h1") == 1
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main" tabindex="-1">' in html


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_page_links_to_the_accessibility_statement(client, url):
    html = client.get(url).content.decode()

    assert '<a href="/accessibility/">Accessibility statement</a>' in html


def test_header_navigation_links_every_section_and_marks_the_current_one(client):
    html = client.get("/circulars/").content.decode()

    nav = html[html.index('<nav class="site-nav"') : html.index("</nav>")]
    for label in ["Home", "Circulars", "Themes", "Reviews", "Briefings", "Training"]:
        assert f">{label}</a>" in nav
    assert '<a href="/circulars/" aria-current="page">Circulars</a>' in nav
    assert '<a href="/" aria-current' not in nav


def test_header_has_a_no_javascript_contrast_form_returning_to_this_page(client):
    html = client.get("/themes/?x=1").content.decode()

    assert '<form class="contrast-form" method="post" action="/contrast/">' in html
    assert '<input type="hidden" name="next" value="/themes/?x=1">' in html
    assert "Toggle Contrast</button>" in html


def test_header_has_an_exit_link_to_a_neutral_site(client):
    html = client.get("/").content.decode()

    assert 'href="https://www.bbc.co.uk/weather"' in html
    assert "Exit this page" in html


def test_pages_load_no_third_party_scripts_styles_or_fonts(client):
    html = client.get("/").content.decode()

    for tag in html.split("<script")[1:] + html.split("<link")[1:]:
        src = tag.split(">")[0]
        assert "http" not in src or 'rel="alternate"' in src


def test_query_transform_replaces_one_parameter_and_keeps_the_rest():
    request = RequestFactory().get("/circulars/", {"theme": "neglect", "page": "3"})
    template = Template("{% load website_tags %}{% query_transform page=4 %}")

    assert template.render(Context({"request": request})) == "theme=neglect&amp;page=4"


def test_query_transform_escapes_what_visitors_typed():
    request = RequestFactory().get("/circulars/", {"theme": '"><script>'})
    template = Template("{% load website_tags %}{% query_transform page=2 %}")

    rendered = template.render(Context({"request": request}))

    assert "<script>" not in rendered
    assert "page=2" in rendered


def test_static_assets_stay_within_budget():
    css = Path(finders.find("css/site.css"))
    js = Path(finders.find("js/exit.js"))

    assert css.stat().st_size < 30 * 1024
    assert js.stat().st_size < 10 * 1024


def test_base_layout_shows_a_draft_banner_when_rendering_a_preview():
    request = RequestFactory().get("/")

    preview = render_to_string("website/contrast.html", {"preview": True}, request)
    public = render_to_string("website/contrast.html", {}, request)

    assert "Draft – not published." in preview
    assert "Draft – not published." not in public


def test_pagination_shows_neighbouring_pages_and_elides_the_rest():
    request = RequestFactory().get("/circulars/", {"category": "adults", "page": "6"})
    page_obj = Paginator(range(200), 20).page(6)

    html = render_to_string(
        "includes/pagination.html", {"page_obj": page_obj}, request=request
    )

    assert "Page 6 of 10" in html
    assert 'href="?category=adults&amp;page=5" rel="prev"' in html
    assert 'href="?category=adults&amp;page=7" rel="next"' in html
    for shown in (1, 4, 5, 7, 8, 10):
        assert (
            f'page={shown}"><span class="visually-hidden">Page </span>{shown}<' in html
        )
    assert 'aria-current="page"><span class="visually-hidden">Page </span>6<' in html
    assert 'page=2"' not in html
    assert html.count("…") == 2


def test_pagination_is_absent_when_everything_fits_on_one_page():
    request = RequestFactory().get("/circulars/")
    page_obj = Paginator(range(5), 20).page(1)

    html = render_to_string(
        "includes/pagination.html", {"page_obj": page_obj}, request=request
    )

    assert html.strip() == ""
