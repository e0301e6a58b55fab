"""The public search at /search/: what it finds, what it never shows, what it costs.

Behaviour common to both databases is asserted unconditionally. Ranking,
websearch syntax and highlighted headlines exist only on PostgreSQL; those
tests assert the SQLite fallback's behaviour in their other branch.
"""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from briefings.models import Briefing
from casereviews.models import CaseReview
from publishing.models import Status
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ResourceFactory,
)
from website.search import SEARCH_TYPES, merged_matches

pytestmark = pytest.mark.django_db

URL = reverse("website:search")
POSTGRESQL = "postgresql"


def result_titles(response) -> list[str]:
    """Return the linked titles of the result cards, in page order."""
    html = response.content.decode()
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def heading(record) -> str:
    """Return the title a result card shows for a record."""
    return str(record) if isinstance(record, Briefing) else record.title


def one_of_each(word: str, *, where: str = "title", **extra):
    """Create a public circular, case review, briefing, course and resource
    with `word` in their title, or in the text a snippet is drawn from.
    """
    if where == "title":
        return [
            CircularFactory(title=f"{word} circular", **extra),
            CaseReviewFactory(title=f"{word} review", **extra),
            BriefingFactory(title=f"{word} briefing", **extra),
            CourseFactory(title=f"{word} course", **extra),
            ResourceFactory(title=f"{word} resource", **extra),
        ]
    sentence = f"Practitioners discussed {word} with the family."
    return [
        CircularFactory(introduction=f"<p>{sentence}</p>", **extra),
        CaseReviewFactory(summary=f"<p>{sentence}</p>", **extra),
        BriefingFactory(summary=sentence, **extra),
        CourseFactory(summary=sentence, **extra),
        ResourceFactory(summary=sentence, **extra),
    ]


def test_empty_query_shows_the_form_and_a_prompt(client):
    """Without a query the page offers a labelled form and says what to do."""
    CaseReviewFactory(title="Hoarding review")
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "<h1>Search</h1>" in html
    assert '<form class="filters" method="get"' in html
    assert '<label for="search-q">Search for</label>' in html
    assert 'id="search-q" name="q"' in html
    assert '<label for="search-type">Type</label>' in html
    assert '<label for="search-category">For</label>' in html
    assert "Enter a word or phrase to search" in html
    assert "Hoarding review" not in html
    assert "noindex" not in html


def test_blank_query_is_treated_as_empty(client):
    """A query of spaces searches nothing and shows the prompt."""
    CaseReviewFactory(title="Hoarding review")
    response = client.get(URL, {"q": "   "})
    assert response.status_code == 200
    assert "Enter a word or phrase to search" in response.content.decode()
    assert result_titles(response) == []


def test_finds_every_kind_of_record_by_title(client):
    """One query finds circulars, case reviews, briefings, courses and resources."""
    records = one_of_each("Hoarding")
    response = client.get(URL, {"q": "hoarding"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "5 results for “hoarding”" in html
    assert sorted(result_titles(response)) == sorted(heading(r) for r in records)
    for record in records:
        assert f'href="{record.get_absolute_url()}"' in html
    for label in ["Circular", "Case review", "Safer7 briefing", "Training", "Resource"]:
        assert f'<span class="tag">{label}</span>' in html
    review = records[1]
    assert f"<span>{review.pseudonym}</span>" in html
    assert "<span>Local child safeguarding practice review (LCSPR)</span>" in html
    assert '<meta name="robots" content="noindex">' in html


def test_finds_every_kind_of_record_by_summary(client):
    """The summary (or a circular's introduction) is searched as well as the title."""
    records = one_of_each("cuckooing", where="summary")
    response = client.get(URL, {"q": "cuckooing"})
    assert response.status_code == 200
    assert sorted(result_titles(response)) == sorted(heading(r) for r in records)
    assert "Practitioners discussed" in response.content.decode()


def test_unpublished_records_never_appear(client):
    """Drafts, records in review, withdrawn, scheduled and expired records are
    never found, whatever their type."""
    now = timezone.now()
    hidden = [
        *one_of_each("Adultification", status=Status.DRAFT),
        CaseReviewFactory(title="Adultification in review", status=Status.IN_REVIEW),
        CaseReviewFactory(
            title="Adultification changes", status=Status.CHANGES_REQUESTED
        ),
        ResourceFactory(title="Adultification withdrawn", status=Status.WITHDRAWN),
        BriefingFactory(
            title="Adultification scheduled",
            publish_at=now + datetime.timedelta(days=1),
        ),
        CourseFactory(
            title="Adultification expired",
            publish_at=now - datetime.timedelta(days=10),
            expire_at=now - datetime.timedelta(days=1),
        ),
    ]
    shown = CaseReviewFactory(title="Adultification published")
    response = client.get(URL, {"q": "adultification"})
    assert response.status_code == 200
    assert result_titles(response) == [heading(shown)]
    html = response.content.decode()
    for record in hidden:
        assert record.get_absolute_url() not in html
    for search_type in ["circular", "casereview", "briefing", "course", "resource"]:
        response = client.get(URL, {"q": "adultification", "type": search_type})
        titles = result_titles(response)
        assert titles == ([heading(shown)] if search_type == "casereview" else [])


def test_scheduled_records_appear_at_go_live_and_leave_at_expiry(client):
    """Visibility follows the clock at request time: a scheduled briefing is
    found only between its go-live and expiry times."""
    go_live = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    briefing = BriefingFactory(
        title="Vicarious trauma",
        publish_at=go_live,
        expire_at=go_live + datetime.timedelta(days=30),
    )
    with time_machine.travel(go_live - datetime.timedelta(minutes=1), tick=False):
        assert result_titles(client.get(URL, {"q": "vicarious"})) == []
    with time_machine.travel(go_live, tick=False):
        titles = result_titles(client.get(URL, {"q": "vicarious"}))
        assert titles == [heading(briefing)]
    with time_machine.travel(go_live + datetime.timedelta(days=30), tick=False):
        assert result_titles(client.get(URL, {"q": "vicarious"})) == []


def test_pending_changes_to_a_published_record_never_appear(client):
    """A working copy awaiting approval is not found; the published record is."""
    published = CaseReviewFactory(title="Hoarding and fire risk")
    CaseReviewFactory(
        title="Hoarding and fire risk (revised)",
        slug=published.slug,
        draft_of=published,
        summary="<p>Hoarding text a lead has not approved yet.</p>",
    )
    response = client.get(URL, {"q": "hoarding"})
    assert result_titles(response) == [heading(published)]
    assert "1 result for" in response.content.decode()
    assert "not approved yet" not in response.content.decode()


def test_type_filter_limits_results_to_one_kind(client):
    """?type= narrows the results to one kind of record and keeps it selected."""
    records = one_of_each("Neglect")
    for record, search_type in zip(
        records,
        ["circular", "casereview", "briefing", "course", "resource"],
        strict=True,
    ):
        response = client.get(URL, {"q": "neglect", "type": search_type})
        assert response.status_code == 200
        assert result_titles(response) == [heading(record)]
        assert f'<option value="{search_type}" selected>' in response.content.decode()


def test_unknown_type_and_category_search_everything(client):
    """Filters that name nothing known are ignored rather than failing."""
    one_of_each("Neglect")
    response = client.get(
        URL, {"q": "neglect", "type": "admin", "category": "<b>", "page": "x"}
    )
    assert response.status_code == 200
    assert len(result_titles(response)) == 5


def test_category_filter(client):
    """?category= keeps only records for adults, or for children."""
    adults = ResourceFactory(title="Self-neglect adults", categories=["adults"])
    children = CaseReviewFactory(title="Self-neglect children", categories=["children"])
    both = BriefingFactory(title="Self-neglect life course")
    response = client.get(URL, {"q": "self-neglect", "category": "adults"})
    assert sorted(result_titles(response)) == sorted([heading(adults), heading(both)])
    assert '<option value="adults" selected>' in response.content.decode()
    response = client.get(URL, {"q": "self-neglect", "category": "children"})
    assert sorted(result_titles(response)) == sorted([heading(children), heading(both)])
    response = client.get(
        URL, {"q": "self-neglect", "category": "adults", "type": "casereview"}
    )
    assert result_titles(response) == []
    assert "search everything" in response.content.decode()


def test_results_are_paginated_and_pages_keep_the_query(client):
    """Ten results a page; the next page's link keeps the query and filters."""
    for n in range(8):
        ResourceFactory(title=f"Exploitation toolkit {n}")
        CourseFactory(title=f"Exploitation course {n}")
    first = client.get(URL, {"q": "exploitation", "category": "adults"})
    assert "16 results" in first.content.decode()
    assert len(result_titles(first)) == 10
    assert "q=exploitation&amp;category=adults&amp;page=2" in first.content.decode()
    second = client.get(URL, {"q": "exploitation", "category": "adults", "page": 2})
    assert len(result_titles(second)) == 6
    assert not set(result_titles(first)) & set(result_titles(second))
    beyond = client.get(URL, {"q": "exploitation", "page": 99})
    assert result_titles(beyond) == result_titles(second)


def test_no_results_says_so_with_the_query_escaped(client):
    CaseReviewFactory(title="Hoarding review")
    response = client.get(URL, {"q": "<i>zebra</i>"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing published matches “&lt;i&gt;zebra&lt;/i&gt;”" in html
    assert "<i>zebra</i>" not in html


HOSTILE_QUERIES = [
    "a" * 1000,
    "safeguarding " * 90,
    '"',
    '"unterminated phrase',
    "''",
    "<script>alert(1)</script>",
    "'; DROP TABLE casereviews_casereview; --",
    "1 OR 1=1",
    "review\x00child",
    "\x00",
    "-",
    "or",
    "!!! & | :* ()",
    "\\",
    "%_%",
    "\ue000mark\ue001",
    "the and of",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_never_fail_and_are_escaped(client, query):
    """Long, quoted, HTML, SQL-like and NUL-laden queries answer 200 and
    appear in the page only escaped."""
    CaseReviewFactory(title="Child review", summary="<p>Safeguarding review.</p>")
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "\x00" not in html
    assert CaseReview.objects.count() == 1


def test_script_query_is_shown_escaped(client):
    response = client.get(URL, {"q": "<script>alert(1)</script>"})
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html


def test_nul_bytes_are_removed_before_searching(client):
    """A NUL byte is dropped, so the rest of the query still searches."""
    record = ResourceFactory(title="Hoarding toolkit")
    response = client.get(URL, {"q": "hoard\x00ing"})
    assert response.status_code == 200
    assert result_titles(response) == [heading(record)]


def test_long_query_is_cut_and_the_visitor_told(client):
    response = client.get(URL, {"q": "x" * 1000})
    html = response.content.decode()
    assert "Only the first 200 characters of your search were used." in html
    assert 'name="q" value="' + "x" * 200 + '" maxlength' in html
    assert "<title>Search: " + "x" * 200 + " –" in html


def test_snippet_escapes_stored_text(client):
    """Text from the database is escaped in snippets; entities are not escaped twice."""
    BriefingFactory(
        title="Information sharing",
        summary="Sharing <b>is</b> caring & safe: information sharing matters.",
    )
    CaseReviewFactory(
        title="Child Q",
        summary="<p>Agencies shared information &amp; acted <strong>together</strong>.</p>",
    )
    response = client.get(URL, {"q": "information"})
    html = response.content.decode()
    assert len(result_titles(response)) == 2
    assert "&lt;b&gt;is&lt;/b&gt;" in html
    assert "<b>is</b>" not in html
    assert "&amp;amp;" not in html
    assert "<strong>together</strong>" not in html
    assert "together" in html


def test_snippet_highlights_matches(client):
    """PostgreSQL marks each match in the snippet; SQLite shows the plain summary."""
    CourseFactory(
        title="Working with families",
        summary="A course on professional curiosity when <families> disengage.",
    )
    response = client.get(URL, {"q": "curiosity"})
    html = response.content.decode()
    assert "&lt;families&gt;" in html
    if connection.vendor == POSTGRESQL:
        assert "professional <mark>curiosity</mark> when" in html
    else:
        assert "<mark>" not in html
        assert "A course on professional curiosity when &lt;families&gt;" in html


def test_snippet_comes_from_the_field_that_matched(client):
    """When only the description matches, the snippet shows that passage."""
    CourseFactory(
        title="Think Family workshop",
        summary="A workshop for practitioners.",
        description="<p>Covers parental mental health and hoarding.</p>",
    )
    response = client.get(URL, {"q": "hoarding"})
    html = response.content.decode()
    if connection.vendor == POSTGRESQL:
        assert result_titles(response) == ["Think Family workshop"]
        assert "Covers parental mental health and <mark>hoarding</mark>" in html
    else:
        # The fallback searches titles and summaries only.
        assert result_titles(response) == []


def test_long_snippet_shows_where_it_was_cut(client):
    """A snippet taken from the middle of a long text says so with "…"."""
    filler = " ".join(f"word{n}" for n in range(60))
    ResourceFactory(
        title="Practice guide",
        summary=f"Opening words of the guide. {filler} gaslighting {filler} End.",
    )
    response = client.get(URL, {"q": "gaslighting"})
    html = response.content.decode()
    if connection.vendor == POSTGRESQL:
        assert re.search(r"<p>… [^<]*<mark>gaslighting</mark>[^<]* …</p>", html)
    else:
        # The fallback searches the summary and shows its opening words.
        assert re.search(r"<p>Opening words of the guide\. word0 [^<]*…</p>", html)


def test_ranking_puts_title_matches_first(client):
    """PostgreSQL ranks a title match above a body match; the SQLite fallback
    lists the newest first."""
    in_title = CaseReviewFactory(
        title="Disguised compliance",
        summary="<p>Professionals accepted what the family told them.</p>",
        publication_date=datetime.date(2019, 3, 1),
    )
    in_summary = CaseReviewFactory(
        title="Child T",
        summary="<p>A review that touches on compliance at the very end.</p>",
        publication_date=datetime.date(2024, 3, 1),
    )
    response = client.get(URL, {"q": "compliance"})
    if connection.vendor == POSTGRESQL:
        assert result_titles(response) == [heading(in_title), heading(in_summary)]
    else:
        assert result_titles(response) == [heading(in_summary), heading(in_title)]


def test_results_merge_across_types_by_rank(client):
    """Matches of different kinds are ordered together, not kind by kind:
    PostgreSQL by rank, then newest first; the fallback newest first."""
    circular = CircularFactory(
        title="Mental capacity in practice", issue_date=datetime.date(2030, 1, 1)
    )
    in_title = ResourceFactory(title="Mental capacity toolkit")
    in_summary = ResourceFactory(
        title="Legal literacy", summary="Covers mental capacity briefly."
    )
    titles = result_titles(client.get(URL, {"q": "mental capacity"}))
    if connection.vendor == POSTGRESQL:
        assert titles == [heading(circular), heading(in_title), heading(in_summary)]
    else:
        assert titles == [heading(circular), heading(in_summary), heading(in_title)]


def test_websearch_syntax(client):
    """PostgreSQL understands quotes, minus and OR and matches word forms; the
    fallback matches the query as a literal string."""
    both = ResourceFactory(title="Professional curiosity and neglect")
    curiosity = ResourceFactory(title="Professional curiosity toolkit")
    stems = ResourceFactory(title="Safeguarding adults")
    excluding = client.get(URL, {"q": "curiosity -neglect"})
    phrase = client.get(URL, {"q": '"curiosity toolkit"'})
    either = client.get(URL, {"q": "toolkit or neglect"})
    word_form = client.get(URL, {"q": "safeguards"})
    for response in [excluding, phrase, either, word_form]:
        assert response.status_code == 200
    if connection.vendor == POSTGRESQL:
        assert result_titles(excluding) == [heading(curiosity)]
        assert result_titles(phrase) == [heading(curiosity)]
        assert sorted(result_titles(either)) == sorted(
            [heading(both), heading(curiosity)]
        )
        assert result_titles(word_form) == [heading(stems)]
    else:
        assert result_titles(excluding) == []
        assert result_titles(phrase) == []
        assert result_titles(either) == []
        assert result_titles(word_form) == []
        literal = client.get(URL, {"q": "curiosity and"})
        assert result_titles(literal) == [heading(both)]


def count_queries(client, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, params)
    assert response.status_code == 200
    return len(queries)


def test_query_count_is_bounded_and_constant(client):
    """A results page costs a count, the page of keys and one query per kind of
    record on it: at most seven, however much content matches."""
    assert count_queries(client, {}) == 0
    one_of_each("Trauma")
    params = {"q": "trauma"}
    assert count_queries(client, params) == 2 + 5
    one_kind = {**params, "type": "course"}
    assert count_queries(client, one_kind) == 3
    for _ in range(6):
        one_of_each("Trauma")
    assert count_queries(client, params) <= 2 + 5
    assert count_queries(client, {**params, "page": 2}) <= 2 + 5
    assert count_queries(client, {**params, "page": 3}) <= 2 + 5
    assert count_queries(client, one_kind) == 3


def test_search_uses_the_gin_index():
    """On PostgreSQL the search repeats the indexed expression exactly, so the
    planner answers a selective query from the GIN index; SQLite has no such
    index and searches without it."""
    CaseReviewFactory(title="Hoarding review")
    matching = merged_matches([SEARCH_TYPES["casereview"]], "hoarding")
    with connection.cursor() as cursor:
        if connection.vendor == POSTGRESQL:
            CaseReview.objects.bulk_create(
                CaseReview(
                    review_type="lcspr",
                    title=f"Review {n}",
                    slug=f"review-{n}",
                    publication_date=datetime.date(2020, 1, 1),
                    summary=f"<p>Agencies met {n} times to share information.</p>",
                    status=Status.PUBLISHED,
                )
                for n in range(2000)
            )
            cursor.execute("ANALYZE casereviews_casereview")
            sql, params = matching.query.sql_with_params()
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Bitmap Index Scan on casereviews_casereview_search" in plan
        else:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE %s",
                ["%_search"],
            )
            assert cursor.fetchall() == []
    assert [row[4] for row in matching] == ["Hoarding review"]
