"""Helpers shared by the browser tests: admin log-in and axe-core checks."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

PASSWORD = "correct-horse-battery"

# WCAG 2.2 level AA, with the level A and 2.1 criteria it includes.
WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_axe = Axe()


def log_in_to_admin(page: Page, username: str, password: str = PASSWORD) -> None:
    """Log in through the admin login form and wait for the admin index."""
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("body.dashboard")).to_be_visible()


def format_axe_violations(violations: list[dict]) -> str:
    """Describe each violation by rule, impact and the nodes that break it."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact') or 'no impact given'}): "
            f"{violation['help']} <{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").strip()
            for detail in summary.splitlines():
                lines.append(f"      {detail.strip()}")
    return "\n".join(lines)


def axe_violations(page: Page) -> list[dict]:
    """Run axe-core on the page against WCAG 2.2 AA and return the violations."""
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_22_AA_TAGS},
            "resultTypes": ["violations"],
        },
    )
    return results.response["violations"]


def assert_no_axe_violations(page: Page) -> None:
    """Fail with a readable list when axe-core finds any WCAG 2.2 AA violation."""
    violations = axe_violations(page)
    assert not violations, (
        f"{len(violations)} accessibility rule(s) violated on {page.url}:\n"
        + format_axe_violations(violations)
    )


# Every public page type, as named in the public_site fixture.
PUBLIC_PAGES = [
    "home",
    "circulars list",
    "circular detail",
    "themes index",
    "theme hub",
    "reviews list",
    "review detail",
    "briefings list",
    "briefing detail",
    "training list",
    "course detail",
    "resources list",
    "resource detail",
    "search results",
    "accessibility statement",
    "404 page",
]


def high_contrast_cookie(base_url: str) -> dict:
    """The cookie the contrast toggle sets, for the live server's address."""
    return {"name": "contrast", "value": "high", "url": base_url}
