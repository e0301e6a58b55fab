"""axe-core finds no WCAG 2.2 AA violation on any public page type: in the
default colours, with the high contrast toggle on, and when the visitor's
system asks for more contrast."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.support import (
    PUBLIC_PAGES,
    assert_no_axe_violations,
    high_contrast_cookie,
)

# "more contrast" is a visitor whose system asks for it, without the cookie.
MODES = ["normal", "high contrast", "more contrast"]
HIGH_CONTRAST = re.compile(r"\bhigh-contrast\b")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_name", PUBLIC_PAGES)
def test_public_page_has_no_wcag_violations(
    new_context, live_server, public_site, page_name, mode
):
    """The page passes axe-core's WCAG 2.2 AA rules in the given contrast mode."""
    context = new_context(contrast="more" if mode == "more contrast" else None)
    if mode == "high contrast":
        context.add_cookies([high_contrast_cookie(live_server.url)])
    page = context.new_page()

    response = page.goto(public_site[page_name])
    expected_status = 404 if page_name == "404 page" else 200
    assert response.status == expected_status, f"{page.url} answered {response.status}"
    if mode == "high contrast":
        expect(page.locator("body")).to_have_class(HIGH_CONTRAST)
    else:
        expect(page.locator("body")).not_to_have_class(HIGH_CONTRAST)
    assert page.evaluate("matchMedia('(prefers-contrast: more)').matches") == (
        mode == "more contrast"
    )
    page.wait_for_load_state("networkidle")

    assert_no_axe_violations(page)


def test_axe_check_names_the_rule_impact_and_element_that_fail(page):
    """The check is not vacuous: an image without alternative text fails it,
    and the message says which rule, how serious, and where."""
    page.set_content(
        '<!doctype html><html lang="en-GB"><head><title>Broken</title></head>'
        '<body><main><h1>Broken</h1><img id="chart" src="data:,"></main></body></html>'
    )

    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(page)

    message = str(failure.value)
    assert "image-alt (critical)" in message
    assert "at #chart" in message
