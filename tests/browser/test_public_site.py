"""The public site works for practitioners without JavaScript, by keyboard
alone and on a narrow phone screen, with one h1 on every page."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.support import PUBLIC_PAGES

HIGH_CONTRAST = re.compile(r"\bhigh-contrast\b")


@pytest.fixture(params=["rendered afresh", "cached"])
def page_cache(request, settings):
    """Run the test with the public page cache off, and again on as in production.

    The cached copy of a page must never carry the other contrast mode.
    """
    settings.PUBLIC_PAGE_CACHE_SECONDS = 3600 if request.param == "cached" else 0
    return request.param


def contrast_cookie(context):
    return next(
        (c["value"] for c in context.cookies() if c["name"] == "contrast"), None
    )


def test_contrast_toggle_works_without_javascript(
    new_context, live_server, public_site, page_cache
):
    """Pressing Toggle Contrast with scripts off reloads the same page in high
    contrast and remembers it in a cookie; pressing it again goes back."""
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    address = live_server.url + public_site["circular detail"]
    page.goto(address)
    expect(page.locator("body")).not_to_have_class(HIGH_CONTRAST)
    toggle = page.get_by_role("button", name="Toggle Contrast")
    expect(toggle).to_have_attribute("aria-pressed", "false")

    with page.expect_navigation():
        toggle.click()
    assert page.url == address
    expect(page.locator("body")).to_have_class(HIGH_CONTRAST)
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert contrast_cookie(context) == "high"

    with page.expect_navigation():
        toggle.click()
    assert page.url == address
    expect(page.locator("body")).not_to_have_class(HIGH_CONTRAST)
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert contrast_cookie(context) != "high"


def test_high_contrast_is_remembered_on_the_next_page(
    new_context, public_site, page_cache
):
    """The cookie set by the toggle keeps high contrast on later pages, also on
    a page first seen, and perhaps cached, in the default colours."""
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(public_site["reviews list"])
    expect(page.locator("body")).not_to_have_class(HIGH_CONTRAST)
    page.goto(public_site["home"])
    with page.expect_navigation():
        page.get_by_role("button", name="Toggle Contrast").click()

    page.goto(public_site["reviews list"])
    expect(page.locator("body")).to_have_class(HIGH_CONTRAST)


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_main(page, public_site):
    """A keyboard user's first Tab lands on the skip link; Enter moves focus to
    the main content."""
    for name in ["home", "circular detail"]:
        page.goto(public_site[name])
        page.keyboard.press("Tab")
        skip_link = page.locator(".skip-link")
        expect(skip_link).to_be_focused()
        expect(skip_link).to_be_visible()
        expect(skip_link).to_have_attribute("href", "#main")
        page.keyboard.press("Enter")
        expect(page.locator("#main")).to_be_focused()


def test_circular_fits_a_320_pixel_wide_screen(new_context, public_site):
    """At 320 CSS pixels wide the circular page needs no sideways scrolling."""
    context = new_context(viewport={"width": 320, "height": 720})
    page = context.new_page()
    page.goto(public_site["circular detail"])
    page.wait_for_load_state("networkidle")

    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 320, (
        f"the page is {scroll_width}px wide; widest elements: "
        + ", ".join(
            page.evaluate(
                """() => [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > 320)
                    .slice(0, 5)
                    .map(el => `${el.tagName.toLowerCase()}.${el.className}`)"""
            )
        )
    )


def test_every_public_page_has_exactly_one_h1(page, public_site):
    """Each page type has a single top-level heading."""
    counts = {}
    for name in PUBLIC_PAGES:
        page.goto(public_site[name])
        counts[name] = page.locator("h1").count()
    assert counts == dict.fromkeys(PUBLIC_PAGES, 1)


def test_public_pages_load_only_their_own_assets(page, live_server, public_site):
    """The site stylesheet is served, and no page asks any other host for a
    script, font, image or tracker."""
    requests = []
    failed = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("requestfailed", lambda request: failed.append(request.url))
    statuses = {}
    page.on(
        "response",
        lambda response: statuses.__setitem__(
            urlsplit(response.url).path, response.status
        ),
    )
    for name in ["home", "circular detail", "course detail"]:
        page.goto(public_site[name])
        page.wait_for_load_state("networkidle")

    assert statuses.get("/static/css/site.css") == 200
    own = urlsplit(live_server.url).netloc
    foreign = [url for url in requests if urlsplit(url).netloc != own]
    assert foreign == []
    assert failed == []
    assert page.evaluate(
        """() => [...document.styleSheets].some(
            sheet => (sheet.href || "").endsWith("/static/css/site.css")
                && sheet.cssRules.length > 0)"""
    )
