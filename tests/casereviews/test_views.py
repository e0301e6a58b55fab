import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from casereviews.models import DocumentRole, RecommendationState, ReviewType
from publishing.models import Status
from taxonomy.models import AbuseType, AgeBand, Agency
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    LearningPointFactory,
    RecommendationFactory,
    ReviewDocumentFactory,
    ThemeFactory,
)

LIST_URL = reverse("casereviews:list")


def titles_on(response):
    return [review.title for review in response.context["object_list"]]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
class TestLibrary:
    def test_lists_public_reviews_newest_first_under_one_heading(self, client):
        """The library shows public reviews, newest publication first, with one h1."""
        CaseReviewFactory(title="Older", publication_date=datetime.date(2021, 3, 1))
        CaseReviewFactory(title="Newer", publication_date=datetime.date(2024, 3, 1))
        response = client.get(LIST_URL)
        assert response.status_code == 200
        assert titles_on(response) == ["Newer", "Older"]
        assert response.content.decode().count("<h1") == 1

    def test_records_the_public_may_not_see_are_left_out(self, client):
        """Drafts, reviews scheduled for later and expired reviews are never listed."""
        now = timezone.now()
        CaseReviewFactory(title="Public")
        CaseReviewFactory(title="Draft", status=Status.DRAFT)
        CaseReviewFactory(title="In review", status=Status.IN_REVIEW)
        CaseReviewFactory(title="Withdrawn", status=Status.WITHDRAWN)
        CaseReviewFactory(
            title="Scheduled", publish_at=now + datetime.timedelta(days=1)
        )
        CaseReviewFactory(
            title="Expired",
            publish_at=now - datetime.timedelta(days=10),
            expire_at=now - datetime.timedelta(days=1),
        )
        response = client.get(LIST_URL)
        assert titles_on(response) == ["Public"]
        for hidden in ["Draft", "In review", "Withdrawn", "Scheduled", "Expired"]:
            assert hidden not in response.content.decode()

    def test_filters_by_category(self, client):
        """?category= keeps only reviews in that category."""
        CaseReviewFactory(title="About adults", categories=["adults"])
        CaseReviewFactory(title="About children", categories=["children"])
        CaseReviewFactory(title="Life course", categories=["adults", "children"])
        response = client.get(LIST_URL, {"category": "children"})
        assert sorted(titles_on(response)) == ["About children", "Life course"]

    def test_filters_by_review_type(self, client):
        """?review_type= keeps only reviews of that type."""
        CaseReviewFactory(title="A SAR", review_type=ReviewType.SAR_MANDATORY)
        CaseReviewFactory(title="An LCSPR", review_type=ReviewType.LCSPR)
        response = client.get(LIST_URL, {"review_type": "sar_mandatory"})
        assert titles_on(response) == ["A SAR"]

    def test_filters_by_theme(self, client):
        """?theme= keeps only reviews tagged with that theme."""
        theme = ThemeFactory(slug="hoarding-test", name="Hoarding test")
        CaseReviewFactory(title="On the theme", themes=[theme])
        CaseReviewFactory(title="Off the theme")
        response = client.get(LIST_URL, {"theme": "hoarding-test"})
        assert titles_on(response) == ["On the theme"]

    def test_filters_by_abuse_type_agency_and_age_band(self, client):
        """Abuse type, agency involved and age band each narrow the list."""
        neglect = AbuseType.objects.first()
        police = Agency.objects.first()
        infants = AgeBand.objects.get(slug="under-1")
        tagged = CaseReviewFactory(title="Tagged")
        tagged.abuse_types.add(neglect)
        tagged.agencies.add(police)
        tagged.age_bands.add(infants)
        CaseReviewFactory(title="Untagged")
        for field, slug in [
            ("abuse_type", neglect.slug),
            ("agency", police.slug),
            ("age_band", "under-1"),
        ]:
            assert titles_on(client.get(LIST_URL, {field: slug})) == ["Tagged"]

    def test_filters_by_publication_year(self, client):
        """?year= keeps only reviews published in that year."""
        CaseReviewFactory(
            title="2022 review", publication_date=datetime.date(2022, 5, 1)
        )
        CaseReviewFactory(
            title="2024 review", publication_date=datetime.date(2024, 5, 1)
        )
        assert titles_on(client.get(LIST_URL, {"year": "2022"})) == ["2022 review"]

    def test_text_box_matches_title_pseudonym_and_summary(self, client):
        """?q= finds words in the title, the pseudonym or the summary."""
        CaseReviewFactory(title="Review of a home fire", pseudonym="Adult F")
        CaseReviewFactory(
            title="Second review",
            pseudonym="Child R",
            summary="<p>Missed appointments at the dentist.</p>",
        )
        CaseReviewFactory(title="Unrelated", pseudonym="Child Z")
        assert titles_on(client.get(LIST_URL, {"q": "FIRE"})) == [
            "Review of a home fire"
        ]
        assert titles_on(client.get(LIST_URL, {"q": "child r"})) == ["Second review"]
        assert titles_on(client.get(LIST_URL, {"q": "dentist"})) == ["Second review"]

    @pytest.mark.parametrize(
        "params",
        [
            {"year": "abc"},
            {"year": "1850"},
            {"category": "pets"},
            {"review_type": "gossip"},
            {"theme": "no-such-theme"},
            {"abuse_type": "<script>"},
            {"agency": "no-such-agency"},
            {"age_band": "999"},
            {"q": "x" * 500},
        ],
    )
    def test_malformed_filters_are_ignored_not_errors(self, client, params):
        """A filter value that is not understood leaves the list unfiltered and says so."""
        CaseReviewFactory(
            title="Only review", publication_date=datetime.date(2023, 1, 1)
        )
        response = client.get(LIST_URL, params)
        assert response.status_code == 200
        assert titles_on(response) == ["Only review"]
        assert "could not be understood" in response.content.decode()

    @pytest.mark.parametrize("page", ["-1", "0", "abc", "99"])
    def test_malformed_or_missing_pages_are_not_found(self, client, page):
        """A page number that does not exist is a 404, not a server error."""
        CaseReviewFactory()
        assert client.get(LIST_URL, {"page": page}).status_code == 404

    def test_paginates_twenty_a_page_keeping_filters(self, client):
        """Twenty reviews a page; the second page holds the rest and links keep filters."""
        for number in range(25):
            CaseReviewFactory(
                title=f"Review {number:02}", publication_date=datetime.date(2023, 1, 1)
            )
        first = client.get(LIST_URL, {"category": "adults"})
        second = client.get(LIST_URL, {"category": "adults", "page": "2"})
        assert len(first.context["object_list"]) == 20
        assert len(second.context["object_list"]) == 5
        assert "category=adults" in first.content.decode()
        assert "page=2" in first.content.decode()

    def test_empty_library_says_so(self, client):
        """With nothing published the page says so plainly."""
        response = client.get(LIST_URL)
        assert response.status_code == 200
        assert "No case reviews have been published yet." in response.content.decode()

    def test_filters_with_no_match_say_so_and_offer_a_way_back(self, client):
        """A filter that matches nothing explains that and links to the full list."""
        CaseReviewFactory(review_type=ReviewType.LCSPR)
        response = client.get(LIST_URL, {"review_type": "dhr"})
        content = response.content.decode()
        assert "No case reviews match these filters." in content
        assert f'href="{LIST_URL}"' in content

    def test_cards_link_to_each_review_by_title(self, client):
        """Each card's heading links to the review page with its title as the text."""
        review = CaseReviewFactory(title="Learning from Child R")
        response = client.get(LIST_URL)
        assert (
            f'<a href="{review.get_absolute_url()}">Learning from Child R</a>'
            in response.content.decode()
        )

    def test_queries_do_not_grow_with_the_number_of_reviews(self, client):
        """The library costs the same number of queries for 1 review as for 50."""
        theme = ThemeFactory()
        CaseReviewFactory(themes=[theme])
        one = count_queries(client, LIST_URL)
        for _ in range(49):
            CaseReviewFactory(themes=[theme])
        fifty = count_queries(client, LIST_URL)
        assert one == fifty
        assert fifty <= 10


@pytest.mark.django_db
class TestReviewPage:
    def test_shows_the_review_and_its_learning(self, client):
        """The review page shows its facts, summary, learning in order and recommendations."""
        theme = ThemeFactory(name="Professional curiosity test")
        review = CaseReviewFactory(
            title="Learning from Adult F",
            pseudonym="Adult F",
            review_type=ReviewType.SAR_DISCRETIONARY,
            publication_date=datetime.date(2024, 5, 24),
            summary="<p>Adult F lived alone.</p>",
            good_practice="<p>The GP followed up every missed appointment.</p>",
            themes=[theme],
            categories=["adults"],
        )
        review.age_bands.add(AgeBand.objects.get(slug="65-plus"))
        review.agencies.add(Agency.objects.first())
        LearningPointFactory(case_review=review, position=2, text="Second point")
        LearningPointFactory(case_review=review, position=1, text="First point")
        RecommendationFactory(
            case_review=review,
            text="Review the home visit guidance.",
            addressed_to="Adult social care",
            state=RecommendationState.IN_PROGRESS,
        )
        response = client.get(review.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        assert "<h1>Learning from Adult F</h1>" in content
        for text in [
            "Safeguarding adults review (discretionary)",
            "Adult F",
            "24 May 2024",
            "Adults",
            "65 and over",
            escape(Agency.objects.first().name),
            "Professional curiosity test",
            "<p>Adult F lived alone.</p>",
            "The GP followed up every missed appointment.",
            "Addressed to Adult social care",
            "In progress",
        ]:
            assert text in content
        assert content.index("First point") < content.index("Second point")

    def test_shows_only_its_own_terms(self, client):
        """Themes, agencies and age bands of other reviews never appear on a review."""
        own, other = ThemeFactory(name="Own theme"), ThemeFactory(name="Other theme")
        review = CaseReviewFactory(themes=[own], categories=["children"])
        neighbour = CaseReviewFactory(themes=[other], categories=["adults"])
        neighbour.agencies.add(Agency.objects.get(slug="police"))
        neighbour.age_bands.add(AgeBand.objects.get(slug="25-64"))
        content = client.get(review.get_absolute_url()).content.decode()
        assert f'href="{own.get_absolute_url()}">Own theme</a>' in content
        for absent in ["Other theme", "Police", "25 to 64", ">Adults<"]:
            assert absent not in content

    def test_documents_name_their_role_and_review_and_mark_external_links(self, client):
        """While the report is offered, document links say what they are and where they go."""
        review = CaseReviewFactory(
            title="Learning from Child R",
            report_available_until=datetime.date(2030, 1, 1),
        )
        ReviewDocumentFactory(
            case_review=review,
            role=DocumentRole.OVERVIEW,
            url="https://example.org/overview.pdf",
        )
        content = client.get(review.get_absolute_url()).content.decode()
        assert 'class="external" href="https://example.org/overview.pdf"' in content
        assert "Overview report: Learning from Child R" in content
        assert "(external site)" in content
        assert "available on request" not in content

    def test_report_is_available_on_request_after_its_date(self, client):
        """After the report date the documents go and the page says how to ask for it."""
        review = CaseReviewFactory(report_available_until=datetime.date(2025, 3, 31))
        ReviewDocumentFactory(case_review=review, url="https://example.org/brief.pdf")
        with time_machine.travel(
            datetime.datetime(2025, 3, 31, 12, tzinfo=datetime.UTC)
        ):
            before = client.get(review.get_absolute_url()).content.decode()
        with time_machine.travel(
            datetime.datetime(2025, 4, 1, 12, tzinfo=datetime.UTC)
        ):
            after = client.get(review.get_absolute_url()).content.decode()
        assert "https://example.org/brief.pdf" in before
        assert "available on request" not in before
        assert "https://example.org/brief.pdf" not in after
        assert "available on request" in after
        assert "31 March 2025" in after
        assert "What happened, and why it matters for practice." in after

    def test_lists_only_public_briefings_drawn_from_it(self, client):
        """Related Safer7 briefings are linked; unpublished ones are not mentioned."""
        review = CaseReviewFactory()
        public = BriefingFactory(number=41, title="Vicarious trauma")
        draft = BriefingFactory(number=42, title="Draft briefing", status=Status.DRAFT)
        public.source_reviews.add(review)
        draft.source_reviews.add(review)
        content = client.get(review.get_absolute_url()).content.decode()
        assert f'href="{public.get_absolute_url()}"' in content
        assert "Safer7 41: Vicarious trauma" in content
        assert "Draft briefing" not in content

    @pytest.mark.parametrize(
        "overrides",
        [
            {"status": Status.DRAFT},
            {"status": Status.CHANGES_REQUESTED},
            {"status": Status.WITHDRAWN},
            {"publish_at": "future"},
            {"expire_at": "past"},
        ],
    )
    def test_reviews_the_public_may_not_see_are_not_found(self, client, overrides):
        """Drafts, scheduled, withdrawn and expired reviews are a 404."""
        now = timezone.now()
        if overrides.get("publish_at") == "future":
            overrides = {"publish_at": now + datetime.timedelta(hours=1)}
        if overrides.get("expire_at") == "past":
            overrides = {
                "publish_at": now - datetime.timedelta(days=2),
                "expire_at": now - datetime.timedelta(hours=1),
            }
        review = CaseReviewFactory(**overrides)
        assert client.get(review.get_absolute_url()).status_code == 404

    def test_scheduled_review_appears_when_its_time_comes(self, client):
        """A review set to go live later is a 404 until then and public afterwards."""
        go_live = datetime.datetime(2025, 6, 1, 9, tzinfo=datetime.UTC)
        review = CaseReviewFactory(publish_at=go_live)
        with time_machine.travel(go_live - datetime.timedelta(minutes=1)):
            assert client.get(review.get_absolute_url()).status_code == 404
            assert review.title not in client.get(LIST_URL).content.decode()
        with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
            assert client.get(review.get_absolute_url()).status_code == 200
            assert review.title in client.get(LIST_URL).content.decode()

    def test_unknown_slug_is_not_found(self, client):
        """A slug that matches no review is a 404."""
        url = reverse("casereviews:detail", kwargs={"slug": "no-such-review"})
        assert client.get(url).status_code == 404

    def test_queries_do_not_grow_with_the_review_contents(self, client):
        """A review with 50 of each child record costs what a review with one does."""
        small = CaseReviewFactory()
        big = CaseReviewFactory(report_available_until=datetime.date(2100, 1, 1))
        for review, count in [(small, 1), (big, 50)]:
            for _ in range(count):
                LearningPointFactory(case_review=review)
                RecommendationFactory(case_review=review)
                ReviewDocumentFactory(case_review=review)
                BriefingFactory().source_reviews.add(review)
                review.themes.add(ThemeFactory())
        review_small = count_queries(client, small.get_absolute_url())
        review_big = count_queries(client, big.get_absolute_url())
        assert review_small == review_big
        assert review_big <= 10
