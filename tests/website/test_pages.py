"""Accessibility statement, contrast toggle, health check, robots, sitemap, errors."""

import pytest
from django.db import DatabaseError, connection, transaction
from django.template.loader import get_template
from django.test import Client

from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ResourceFactory,
)
from tests.website.support import render_queries

pytestmark = pytest.mark.django_db


def test_accessibility_statement_follows_the_model_statement(client):
    response = client.get("/accessibility/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for heading in [
        "How accessible this website is",
        "Reporting accessibility problems with this website",
        "Enforcement procedure",
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ]:
        assert heading in html


def test_contrast_get_shows_a_form_that_works_without_javascript(client):
    response = client.get("/contrast/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert 'action="/contrast/"' in html
    assert 'name="next"' in html


def test_contrast_post_turns_high_contrast_on_and_returns_to_the_page(client):
    response = client.post("/contrast/", {"next": "/circulars/?year=2024"})

    assert response.status_code == 302
    assert response["Location"] == "/circulars/?year=2024"
    cookie = response.cookies["contrast"]
    assert cookie.value == "high"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]


def test_contrast_post_turns_high_contrast_off_again(client):
    client.cookies["contrast"] = "high"

    response = client.post("/contrast/", {"next": "/"})

    assert response.cookies["contrast"].value == "normal"


@pytest.mark.parametrize(
    "target",
    ["https://evil.example.com/", "//evil.example.com/", "javascript:alert(1)", ""],
)
def test_contrast_post_sends_off_site_or_missing_next_home(client, target):
    response = client.post("/contrast/", {"next": target})

    assert response.status_code == 302
    assert response["Location"] == "/"


def test_high_contrast_cookie_marks_the_body(client):
    client.cookies["contrast"] = "high"

    html = client.get("/accessibility/").content.decode()

    assert '<body class="high-contrast">' in html


def test_normal_contrast_leaves_the_body_unmarked(client):
    html = client.get("/accessibility/").content.decode()

    assert "<body>" in html


def test_healthz_reports_ok_and_is_never_cached(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_healthz_reports_an_unusable_database_with_503(client):
    """A connection stuck in a failed transaction cannot run SELECT 1."""
    with transaction.atomic():
        with pytest.raises(DatabaseError), transaction.atomic(savepoint=False):
            connection.cursor().execute("SELECT * FROM no_such_table")
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert "no-store" in response["Cache-Control"]


def test_robots_allows_all_but_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")

    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in body
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_public_records_of_every_kind_and_no_drafts(client):
    public = [
        CircularFactory(),
        CaseReviewFactory(),
        BriefingFactory(),
        CourseFactory(),
        ResourceFactory(),
    ]
    drafts = [
        CircularFactory(status=Status.DRAFT),
        CaseReviewFactory(status=Status.DRAFT),
        BriefingFactory(status=Status.IN_REVIEW),
        CourseFactory(status=Status.WITHDRAWN),
        ResourceFactory(status=Status.DRAFT),
    ]

    response = client.get("/sitemap.xml")

    body = response.content.decode()
    assert response.status_code == 200
    for record in public:
        assert f"http://testserver{record.get_absolute_url()}</loc>" in body
    for record in drafts:
        assert f"{record.get_absolute_url()}</loc>" not in body
    assert "http://testserver/themes/trauma-informed-practice/</loc>" in body
    assert "http://testserver/accessibility/</loc>" in body


def test_unknown_page_uses_the_site_404_page(client):
    response = client.get("/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert html.count("<h1") == 1
    assert "Page not found" in html
    assert 'href="#main"' in html


def test_500_page_stands_alone_without_database_or_context_processors():
    """The error page renders with no request, no context and no base template."""
    template = get_template("500.html")

    html = template.render()

    assert "Sorry, there is a problem with the service" in html
    assert "Exit this page" in html
    assert "{%" not in template.template.source.split("\n", 1)[0]
    assert "extends" not in template.template.source


def test_sitemap_queries_do_not_grow_with_records(client):
    CircularFactory()
    CaseReviewFactory()
    _, one = render_queries(client, "/sitemap.xml")
    for _ in range(20):
        CircularFactory()
        CaseReviewFactory()
        BriefingFactory()
        CourseFactory()
        ResourceFactory()
    response, many = render_queries(client, "/sitemap.xml")

    assert response.status_code == 200
    assert one == many
    assert many <= 10


def test_healthz_answers_head_requests_from_load_balancers(client):
    assert client.head("/healthz").status_code == 200


def test_contrast_toggle_works_without_a_csrf_token_so_pages_set_no_cookie():
    """Public pages stay identical for every anonymous visitor and cacheable."""
    client = Client(enforce_csrf_checks=True)

    page = client.get("/circulars/")
    toggled = client.post("/contrast/", {"next": "/circulars/"})

    assert not page.cookies
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert toggled.status_code == 302
    assert toggled.cookies["contrast"].value == "high"
