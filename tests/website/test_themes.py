"""The theme index with its recurrence chart and table, and the theme hubs."""

import datetime

import pytest

from publishing.models import Status
from taxonomy.models import Theme
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ResourceFactory,
    ThemeFactory,
)
from tests.website.support import render_queries

pytestmark = pytest.mark.django_db


def test_theme_index_lists_every_theme(client):
    response = client.get("/themes/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    for theme in Theme.objects.all():
        assert theme.get_absolute_url() in html


def test_theme_index_counts_public_reviews_per_theme_and_year_in_a_table(client):
    theme = ThemeFactory(name="Counted theme")
    for year in (2022, 2023, 2023):
        CaseReviewFactory(themes=[theme], publication_date=datetime.date(year, 3, 1))
    CaseReviewFactory(
        themes=[theme], publication_date=datetime.date(2023, 6, 1), status=Status.DRAFT
    )

    html = client.get("/themes/").content.decode()

    assert "<caption" in html
    assert '<th scope="col" class="number">2022</th>' in html
    assert '<th scope="col" class="number">2023</th>' in html
    row = html[html.index('<th scope="row"><a href="/themes/' + theme.slug) :]
    row = row[: row.index("</tr>")]
    cells = [cell.split("</td>")[0] for cell in row.split('<td class="number">')[1:]]
    assert cells == ["1", "2", "3"]


def test_theme_index_draws_the_same_counts_as_inline_svg_bars(client):
    theme = ThemeFactory(name="Charted theme")
    CaseReviewFactory(themes=[theme], publication_date=datetime.date(2023, 3, 1))
    CaseReviewFactory(themes=[theme], publication_date=datetime.date(2023, 4, 1))
    CaseReviewFactory(
        themes=[ThemeFactory()], publication_date=datetime.date(2023, 4, 1)
    )

    html = client.get("/themes/").content.decode()

    chart = html[
        html.index('class="bars"') : html.index("</ul>", html.index('class="bars"'))
    ]
    assert "Charted theme" in chart
    assert '<rect width="100" height="10">' in chart
    assert '<rect width="50" height="10">' in chart


def test_theme_index_says_so_when_no_review_has_a_theme(client):
    html = client.get("/themes/").content.decode()

    assert "nothing to count" in html
    assert "<table" not in html


def test_theme_hub_groups_public_records_by_type(client):
    theme = ThemeFactory(name="Hub theme")
    CircularFactory(title="Circular on the hub", primary_theme=theme)
    CircularFactory(title="Circular with it as further theme", themes=[theme])
    CaseReviewFactory(title="Review on the hub", themes=[theme])
    BriefingFactory(title="Briefing on the hub", themes=[theme])
    CourseFactory(title="Course on the hub", themes=[theme])
    ResourceFactory(title="Resource on the hub", themes=[theme])
    CaseReviewFactory(title="Review on another theme")

    response = client.get(theme.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    headings = [
        "Circulars",
        "Case reviews",
        "Safer7 briefings",
        "Training",
        "Resources",
    ]
    titles = [
        "Circular on the hub",
        "Review on the hub",
        "Briefing on the hub",
        "Course on the hub",
        "Resource on the hub",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    for heading_at, title in zip(positions, titles, strict=True):
        assert html.index(title) > heading_at
    assert "Circular with it as further theme" in html
    assert "Review on another theme" not in html


def test_theme_hub_leaves_out_records_that_are_not_public(client):
    theme = ThemeFactory()
    CircularFactory(title="Draft circular", primary_theme=theme, status=Status.DRAFT)
    CaseReviewFactory(title="Draft review", themes=[theme], status=Status.DRAFT)
    BriefingFactory(title="Withdrawn briefing", themes=[theme], status=Status.WITHDRAWN)
    CourseFactory(title="Course in review", themes=[theme], status=Status.IN_REVIEW)
    ResourceFactory(title="Draft resource", themes=[theme], status=Status.DRAFT)

    html = client.get(theme.get_absolute_url()).content.decode()

    for title in [
        "Draft circular",
        "Draft review",
        "Withdrawn briefing",
        "Course in review",
        "Draft resource",
    ]:
        assert title not in html
    assert "No circular on" in html


def test_theme_hub_lists_newest_first(client):
    theme = ThemeFactory()
    CaseReviewFactory(
        title="Older review", themes=[theme], publication_date=datetime.date(2021, 1, 1)
    )
    CaseReviewFactory(
        title="Newer review", themes=[theme], publication_date=datetime.date(2024, 1, 1)
    )

    html = client.get(theme.get_absolute_url()).content.decode()

    assert html.index("Newer review") < html.index("Older review")


def test_unknown_theme_is_not_found(client):
    assert client.get("/themes/no-such-theme/").status_code == 404


def make_records(theme, count):
    for _ in range(count):
        CircularFactory(primary_theme=theme)
        CaseReviewFactory(themes=[theme])
        BriefingFactory(themes=[theme])
        CourseFactory(themes=[theme])
        ResourceFactory(themes=[theme])


def test_theme_hub_queries_do_not_grow_with_records(client):
    theme = ThemeFactory()
    make_records(theme, 1)
    _, one = render_queries(client, theme.get_absolute_url())
    make_records(theme, 49)
    response, fifty = render_queries(client, theme.get_absolute_url())

    assert response.status_code == 200
    assert one == fifty
    assert fifty <= 10


def test_theme_index_queries_do_not_grow_with_reviews(client):
    theme = ThemeFactory()
    CaseReviewFactory(themes=[theme])
    _, one = render_queries(client, "/themes/")
    for year in range(1990, 2039):
        CaseReviewFactory(themes=[theme], publication_date=datetime.date(year, 1, 1))
    response, fifty = render_queries(client, "/themes/")

    assert response.status_code == 200
    assert one == fifty
    assert fifty <= 10


def test_theme_index_counts_only_reviews_in_the_chosen_category(client):
    theme = ThemeFactory(name="Category counted theme")
    CaseReviewFactory(themes=[theme], categories=["children"])
    CaseReviewFactory(themes=[theme], categories=["adults"])
    CaseReviewFactory(themes=[theme], categories=["adults", "children"])

    html = client.get("/themes/", {"category": "adults"}).content.decode()

    assert "Published case reviews about adults raising each theme" in html
    row = html[html.index('<th scope="row"><a href="/themes/' + theme.slug) :]
    row = row[: row.index("</tr>")]
    assert row.endswith('<td class="number">2</td>\n      ')


def test_theme_hub_narrows_every_group_to_the_chosen_category(client):
    theme = ThemeFactory()
    CircularFactory(
        title="Circular for adults", primary_theme=theme, categories=["adults"]
    )
    CircularFactory(
        title="Circular for children", primary_theme=theme, categories=["children"]
    )
    CaseReviewFactory(title="Review for adults", themes=[theme], categories=["adults"])
    CaseReviewFactory(
        title="Review for children", themes=[theme], categories=["children"]
    )
    ResourceFactory(title="Resource for all", themes=[theme])

    html = client.get(
        theme.get_absolute_url(), {"category": "children"}
    ).content.decode()

    assert "Circular for children" in html
    assert "Review for children" in html
    assert "Resource for all" in html
    assert "Circular for adults" not in html
    assert "Review for adults" not in html


@pytest.mark.parametrize("value", ["pets", "<b>", "adults'--"])
def test_theme_pages_ignore_an_unknown_category(client, value):
    theme = ThemeFactory()
    CaseReviewFactory(title="Listed review", themes=[theme], categories=["adults"])

    hub = client.get(theme.get_absolute_url(), {"category": value})
    index = client.get("/themes/", {"category": value})

    assert hub.status_code == 200
    assert "Listed review" in hub.content.decode()
    assert index.status_code == 200
