"""One search over everything the public may see.

On PostgreSQL each kind of record is matched by full-text search against the
weighted vector its GIN index is built on (title A; summary or pseudonym B;
body text C), ranked with ts_rank, and shown with a headline in which the
matches are highlighted. Rich text goes into the vector with its tags: the
english configuration drops tag tokens, so the index needs no HTML stripping.
On SQLite, used for local development, a case-insensitive match on title and
summary stands in, newest first.

Every kind's matches are merged in the database by one UNION ordered by rank,
so a page of results costs a count, the page of keys, and one query per kind
shown on the page, however much content there is.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db import connection, models
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce, Replace, TruncDate
from django.shortcuts import render
from django.utils.functional import cached_property
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.views.decorators.http import require_safe

from briefings.models import Briefing
from casereviews.models import CaseReview
from circulars.models import Circular
from resources.models import Resource
from taxonomy.models import Category
from training.models import Course

PAGE_SIZE = 10
# Long enough for any real question; anything longer is cut rather than
# refused, so a pasted paragraph still searches.
MAX_QUERY_LENGTH = 200
SEARCH_CONFIG = "english"
SNIPPET_WORDS = 40
# Private-use characters mark the matches in a headline. They are turned into
# <mark> only after the text around them has been escaped, so nothing from
# the database reaches the page unescaped.
MARK_START = "\ue000"
MARK_STOP = "\ue001"
MARKS = re.compile(f"([{MARK_START}{MARK_STOP}])")
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"\w+")


def _went_live():
    """The day a record without a date of its own became public."""
    return TruncDate(Coalesce("publish_at", "created_at"))


@dataclass(frozen=True)
class SearchType:
    """One kind of public record the search covers."""

    slug: str
    label: str
    plural: str
    model: type[models.Model]
    sort_day: Callable[[], models.Expression]
    # Fields the SQLite fallback matches with icontains.
    fallback_fields: tuple[str, ...]
    # Fields a snippet may come from, in order of preference, with whether
    # each holds sanitised HTML.
    snippet_fields: tuple[tuple[str, bool], ...]
    date_field: str = ""
    heading: Callable[[models.Model], str] = lambda record: record.title
    details: Callable[[models.Model], list[str]] = lambda record: []


SEARCH_TYPES = {
    search_type.slug: search_type
    for search_type in [
        SearchType(
            slug="circular",
            label="Circular",
            plural="Circulars",
            model=Circular,
            sort_day=lambda: F("issue_date"),
            fallback_fields=("title", "introduction"),
            snippet_fields=(("introduction", True),),
            date_field="issue_date",
        ),
        SearchType(
            slug="casereview",
            label="Case review",
            plural="Case reviews",
            model=CaseReview,
            sort_day=lambda: F("publication_date"),
            fallback_fields=("title", "pseudonym", "summary"),
            snippet_fields=(("summary", True), ("good_practice", True)),
            date_field="publication_date",
            details=lambda record: [
                record.get_review_type_display(),
                *([record.pseudonym] if record.pseudonym else []),
            ],
        ),
        SearchType(
            slug="briefing",
            label="Safer7 briefing",
            plural="Safer7 briefings",
            model=Briefing,
            sort_day=_went_live,
            fallback_fields=("title", "summary"),
            snippet_fields=(("summary", False),),
            heading=str,
        ),
        SearchType(
            slug="course",
            label="Training",
            plural="Training",
            model=Course,
            sort_day=_went_live,
            fallback_fields=("title", "summary"),
            snippet_fields=(("summary", False), ("description", True)),
            details=lambda record: [record.get_kind_display()],
        ),
        SearchType(
            slug="resource",
            label="Resource",
            plural="Resources",
            model=Resource,
            sort_day=_went_live,
            fallback_fields=("title", "summary"),
            snippet_fields=(("summary", False),),
            details=lambda record: [record.get_kind_display()],
        ),
    ]
}


def full_text_search() -> bool:
    return connection.vendor == "postgresql"


def clean_query(raw: str) -> tuple[str, bool]:
    """Return the query to search for, and whether it was cut short.

    NUL bytes are removed because PostgreSQL refuses them in text.
    """
    text = " ".join(raw.replace("\x00", "").split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def search_vector(model) -> models.Expression:
    """Return the weighted search vector the model's GIN index is built on.

    Reading it from the index keeps the query and the index in step: the
    planner only uses an expression index for the identical expression.
    """
    return model.search_index.expressions[0]


def search_query(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)


def matching(search_type: SearchType, text: str, category: str = ""):
    """Return the public records of one type that match `text`."""
    queryset = search_type.model.objects.public().order_by()
    if category:
        queryset = queryset.filter(categories__slug=category)
    if full_text_search():
        return queryset.annotate(search=search_vector(search_type.model)).filter(
            search=search_query(text)
        )
    condition = Q()
    for field in search_type.fallback_fields:
        condition |= Q(**{f"{field}__icontains": text})
    return queryset.filter(condition)


def union(querysets):
    first, *rest = querysets
    return first.union(*rest, all=True) if rest else first


def ranked_matches(search_type: SearchType, text: str, category: str = ""):
    """Return (type, id, rank, day, title) rows for one type's matches, ready
    to be merged with other types' rows.
    """
    if full_text_search():
        rank = SearchRank(search_vector(search_type.model), search_query(text))
    else:
        rank = Value(0.0, output_field=models.FloatField())
    return (
        matching(search_type, text, category)
        .annotate(
            search_type=Value(search_type.slug, output_field=models.CharField()),
            record_id=F("pk"),
            search_rank=rank,
            sort_day=search_type.sort_day(),
            sort_title=F("title"),
        )
        .values_list(
            "search_type", "record_id", "search_rank", "sort_day", "sort_title"
        )
    )


def merged_matches(types: list[SearchType], text: str, category: str = ""):
    """Return every type's matches as one queryset, best first."""
    return union(
        [ranked_matches(search_type, text, category) for search_type in types]
    ).order_by("-search_rank", "-sort_day", "sort_title", "search_type", "record_id")


class SearchPaginator(Paginator):
    """Count the matches without ranking them, which would read the text of
    every matching row a second time."""

    def __init__(self, types: list[SearchType], text: str, category: str = ""):
        super().__init__(merged_matches(types, text, category), PAGE_SIZE)
        self.unranked = union(
            [matching(t, text, category).values_list("pk") for t in types]
        )

    @cached_property
    def count(self) -> int:
        return self.unranked.count()


def as_html(field: str) -> Replace:
    """Escape a plain-text field so ts_headline reads "<" as text, not a tag."""
    escaped = Replace(F(field), Value("&"), Value("&amp;"))
    escaped = Replace(escaped, Value("<"), Value("&lt;"))
    return Replace(escaped, Value(">"), Value("&gt;"))


def highlight(headline: str) -> SafeString:
    """Return a headline as HTML: its text escaped, its matches in <mark>.

    ts_headline drops the tags of the HTML it is given but keeps entities, so
    the text is unescaped once and then escaped again piece by piece. Marks are
    balanced whatever the text holds, so a stray marker character in stored
    content cannot leave an element open.
    """
    headline = " ".join(html.unescape(headline).split())
    parts, open_mark = [], False
    for piece in MARKS.split(headline):
        if piece == MARK_START:
            if not open_mark:
                parts.append("<mark>")
                open_mark = True
        elif piece == MARK_STOP:
            if open_mark:
                parts.append("</mark>")
                open_mark = False
        else:
            parts.append(str(escape(piece)))
    if open_mark:
        parts.append("</mark>")
    return mark_safe("".join(parts))


def plain_snippet(record, search_type: SearchType) -> SafeString:
    for field, rich in search_type.snippet_fields:
        text = getattr(record, field)
        if rich:
            text = html.unescape(strip_tags(text))
        text = " ".join(text.split())
        if text:
            return escape(Truncator(text).words(SNIPPET_WORDS))
    return mark_safe("")


def words(text: str) -> list[str]:
    return WORD.findall(html.unescape(TAG.sub(" ", text)))


def with_ellipses(headline: SafeString, text: str) -> SafeString:
    """Show with "…" where the headline starts or ends inside the text."""
    shown, whole = words(headline), words(text)
    if not shown:
        return headline
    start = "" if whole[:3] == shown[:3] else "… "
    end = "" if whole[-3:] == shown[-3:] else " …"
    return mark_safe(f"{start}{headline}{end}")


def headline_snippet(record, search_type: SearchType) -> SafeString:
    """Prefer the first field whose headline contains a match."""
    headlines = [
        (getattr(record, f"headline_{n}") or "", getattr(record, field))
        for n, (field, _rich) in enumerate(search_type.snippet_fields)
    ]
    for headline, text in headlines:
        if MARK_START in headline:
            return with_ellipses(highlight(headline), text)
    for headline, text in headlines:
        if headline.strip():
            return with_ellipses(highlight(headline), text)
    return mark_safe("")


def load_records(search_type: SearchType, ids: list[int], text: str) -> dict:
    """Return the public records with these ids, by id, with their headlines."""
    queryset = search_type.model.objects.public().filter(pk__in=ids)
    if full_text_search():
        query = search_query(text)
        queryset = queryset.annotate(
            **{
                f"headline_{n}": SearchHeadline(
                    F(field) if rich else as_html(field),
                    query,
                    config=SEARCH_CONFIG,
                    start_sel=MARK_START,
                    stop_sel=MARK_STOP,
                    max_words=SNIPPET_WORDS,
                    min_words=15,
                )
                for n, (field, rich) in enumerate(search_type.snippet_fields)
            }
        )
    return {record.pk: record for record in queryset}


@dataclass
class Result:
    search_type: SearchType
    record: models.Model
    snippet: SafeString

    @property
    def date(self):
        field = self.search_type.date_field
        return getattr(self.record, field) if field else None

    @property
    def heading(self) -> str:
        return self.search_type.heading(self.record)

    @property
    def details(self) -> list[str]:
        return self.search_type.details(self.record)


def build_results(rows, text: str) -> list[Result]:
    ids_by_type: dict[str, list[int]] = {}
    for slug, record_id, *_rest in rows:
        ids_by_type.setdefault(slug, []).append(record_id)
    records = {
        slug: load_records(SEARCH_TYPES[slug], ids, text)
        for slug, ids in ids_by_type.items()
    }
    results = []
    for slug, record_id, *_rest in rows:
        record = records[slug].get(record_id)
        # A record withdrawn between the two queries is left out.
        if record is None:
            continue
        search_type = SEARCH_TYPES[slug]
        if full_text_search():
            snippet = headline_snippet(record, search_type)
        else:
            snippet = plain_snippet(record, search_type)
        results.append(Result(search_type, record, snippet))
    return results


@require_safe
def search(request):
    """Search every kind of public record, or show the form when asked nothing."""
    text, truncated = clean_query(request.GET.get("q", ""))
    type_slug = request.GET.get("type", "")
    if type_slug not in SEARCH_TYPES:
        type_slug = ""
    category = request.GET.get("category", "")
    if category not in Category.Slug.values:
        category = ""

    page_obj = None
    results = []
    if text:
        types = [SEARCH_TYPES[type_slug]] if type_slug else list(SEARCH_TYPES.values())
        paginator = SearchPaginator(types, text, category)
        page_obj = paginator.get_page(request.GET.get("page"))
        results = build_results(list(page_obj.object_list), text)

    return render(
        request,
        "website/search.html",
        {
            "query": text,
            "full_text": full_text_search(),
            "truncated": truncated,
            "max_query_length": MAX_QUERY_LENGTH,
            "type_choices": [(t.slug, t.plural) for t in SEARCH_TYPES.values()],
            "selected_type": type_slug,
            "category_choices": Category.Slug.choices,
            "selected_category": category,
            "page_obj": page_obj,
            "results": results,
        },
    )
