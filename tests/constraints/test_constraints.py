"""Every named constraint on the content models refuses bad rows at the database."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from briefings.models import Briefing, BriefingSection
from casereviews.models import CaseReview, Recommendation, ReviewDocument
from circulars.models import Circular, Item, StandardText
from resources.models import Resource
from taxonomy.models import AgeBand, Category, Theme
from tests.factories import (
    BriefingFactory,
    BriefingSectionFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ItemFactory,
    RecommendationFactory,
    ResourceFactory,
    ReviewDocumentFactory,
    SessionFactory,
    StandardTextFactory,
    ThemeFactory,
)
from training.models import Course, Session

pytestmark = pytest.mark.django_db

PUBLISHABLE = {
    "case review": (CaseReviewFactory, CaseReview),
    "briefing": (BriefingFactory, Briefing),
    "course": (CourseFactory, Course),
    "resource": (ResourceFactory, Resource),
    "circular": (CircularFactory, Circular),
}


def refused(model, pk, **values):
    """Assert the database refuses to give row `pk` these values."""
    with pytest.raises(IntegrityError), transaction.atomic():
        model.objects.filter(pk=pk).update(**values)


def refused_create(create):
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


@pytest.fixture(params=PUBLISHABLE.values(), ids=PUBLISHABLE.keys())
def publishable(request):
    return request.param


class TestEveryPublishableRecord:
    def test_status_outside_the_workflow_is_refused(self, publishable):
        """Only draft, in review, changes requested, published and withdrawn."""
        factory, model = publishable
        record = factory()
        refused(model, record.pk, status="archived")
        refused(model, record.pk, status="")

    def test_every_workflow_status_is_accepted(self, publishable):
        """The constraint lets each real status through."""
        factory, model = publishable
        record = factory()
        for status in ("draft", "in_review", "changes_requested", "withdrawn"):
            model.objects.filter(pk=record.pk).update(status=status)
            assert model.objects.get(pk=record.pk).status == status

    def test_expiry_before_go_live_is_refused(self, publishable):
        """A record cannot expire before, or at, the moment it goes live."""
        factory, model = publishable
        record = factory()
        now = timezone.now()
        refused(model, record.pk, publish_at=now, expire_at=now)
        refused(model, record.pk, publish_at=now, expire_at=now - datetime.timedelta(1))
        model.objects.filter(pk=record.pk).update(
            publish_at=now, expire_at=now + datetime.timedelta(1)
        )

    def test_slug_is_unique_among_originals(self, publishable):
        """Two records of one kind cannot share a slug."""
        factory, model = publishable
        first = factory()
        second = factory()
        refused(model, second.pk, slug=first.slug)

    def test_working_copy_may_share_its_originals_slug(self, publishable):
        """A pending change keeps its original's slug without a clash."""
        factory, model = publishable
        original = factory()
        copy = factory()
        model.objects.filter(pk=copy.pk).update(slug=original.slug, draft_of=original)
        assert model.objects.filter(slug=original.slug).count() == 2

    def test_full_clean_explains_a_slug_clash(self, publishable):
        """Editors see a sentence, not a database error, for a taken slug."""
        factory, model = publishable
        first = factory()
        second = factory()
        second.slug = first.slug
        with pytest.raises(ValidationError) as raised:
            second.full_clean(exclude=["categories", "themes"])
        assert "Another record already uses this slug." in raised.value.messages


class TestCaseReviews:
    def test_review_type_outside_the_fixed_list_is_refused(self):
        """Only the review types the partnership publishes are stored."""
        review = CaseReviewFactory()
        refused(CaseReview, review.pk, review_type="inquest")
        refused(CaseReview, review.pk, review_type="")

    def test_recommendation_state_outside_the_list_is_refused(self):
        """A recommendation is open, in progress, complete or not accepted."""
        recommendation = RecommendationFactory()
        refused(Recommendation, recommendation.pk, state="forgotten")
        Recommendation.objects.filter(pk=recommendation.pk).update(state="not_accepted")

    def test_document_role_outside_the_list_is_refused(self):
        """A document is an overview, summary, learning brief or action plan."""
        document = ReviewDocumentFactory()
        refused(ReviewDocument, document.pk, role="press_release")

    def test_document_with_both_file_and_link_is_refused(self):
        """A document is an upload or a link, never both."""
        document = ReviewDocumentFactory()
        refused(ReviewDocument, document.pk, file="reviews/2024/a.pdf")

    def test_document_with_neither_file_nor_link_is_refused(self):
        """A document with nothing to open cannot be stored."""
        document = ReviewDocumentFactory()
        refused(ReviewDocument, document.pk, url="")

    def test_full_clean_explains_file_and_link_together(self):
        """The editor is told to choose one of upload and link."""
        document = ReviewDocumentFactory.build(
            case_review=CaseReviewFactory(), file="reviews/2024/a.pdf"
        )
        with pytest.raises(ValidationError) as raised:
            document.validate_constraints()
        assert raised.value.messages == [
            "Upload a PDF or give an external link, not both."
        ]


class TestBriefings:
    def test_briefing_number_must_be_positive(self):
        """Safer7 numbers start at 1."""
        briefing = BriefingFactory()
        refused(Briefing, briefing.pk, number=0)

    def test_briefing_number_is_unique_among_originals(self):
        """Two briefings cannot share a number; the editor is told why."""
        first = BriefingFactory()
        second = BriefingFactory()
        refused(Briefing, second.pk, number=first.number)
        second.number = first.number
        with pytest.raises(ValidationError) as raised:
            second.validate_constraints()
        assert raised.value.messages == [
            "Another Safer7 briefing already has this number."
        ]

    @pytest.mark.parametrize("position", [0, 8, 100])
    def test_section_position_outside_one_to_seven_is_refused(self, position):
        """A briefing has seven sections, numbered 1 to 7."""
        section = BriefingSectionFactory()
        refused(BriefingSection, section.pk, position=position)

    def test_each_position_is_used_once_per_briefing(self):
        """Two sections of one briefing cannot share a position."""
        briefing = BriefingFactory()
        BriefingSectionFactory(briefing=briefing, position=1)
        refused_create(lambda: BriefingSectionFactory(briefing=briefing, position=1))

    def test_other_briefings_may_use_the_same_positions(self):
        """Positions are unique within a briefing, not across briefings."""
        BriefingSectionFactory(position=1)
        BriefingSectionFactory(position=1)
        assert BriefingSection.objects.filter(position=1).count() == 2


class TestTraining:
    def test_course_kind_outside_the_list_is_refused(self):
        """A course is a course, workshop, webinar, eLearning or event."""
        course = CourseFactory()
        refused(Course, course.pk, kind="lecture")

    def test_course_delivery_outside_the_list_is_refused(self):
        """Delivery is face to face, online live or self-paced."""
        course = CourseFactory()
        refused(Course, course.pk, delivery="carrier_pigeon")

    def test_session_ending_before_or_when_it_starts_is_refused(self):
        """A session ends strictly after it starts."""
        session = SessionFactory()
        refused(Session, session.pk, ends_at=session.starts_at)
        refused(
            Session, session.pk, ends_at=session.starts_at - datetime.timedelta(hours=1)
        )

    def test_full_clean_explains_a_session_ending_too_early(self):
        """The editor sees a sentence about the times."""
        session = SessionFactory.build(course=CourseFactory())
        session.ends_at = session.starts_at
        with pytest.raises(ValidationError) as raised:
            session.full_clean()
        assert raised.value.messages == ["A session must end after it starts."]

    def test_session_state_outside_the_list_is_refused(self):
        """A session is scheduled, fully booked, cancelled or postponed."""
        session = SessionFactory()
        refused(Session, session.pk, state="maybe")


class TestResources:
    def test_resource_kind_outside_the_list_is_refused(self):
        """Only the listed kinds of resource are stored."""
        resource = ResourceFactory()
        refused(Resource, resource.pk, kind="rumour")

    def test_resource_without_link_or_document_is_refused(self):
        """A resource must lead somewhere."""
        resource = ResourceFactory()
        refused(Resource, resource.pk, url="", document="")

    def test_resource_with_a_document_and_no_link_is_accepted(self):
        """An uploaded document alone is enough."""
        resource = ResourceFactory()
        Resource.objects.filter(pk=resource.pk).update(
            url="", document="resources/2024/toolkit.pdf"
        )

    def test_full_clean_explains_a_resource_with_nothing_to_open(self):
        """The editor is asked for a link or a document."""
        resource = ResourceFactory.build(url="")
        with pytest.raises(ValidationError) as raised:
            resource.full_clean()
        assert raised.value.messages == ["Give a link or upload a document."]


class TestTaxonomy:
    def test_categories_are_a_fixed_list(self):
        """Only Adults and Children exist as categories."""
        refused_create(
            lambda: Category.objects.create(name="Families", slug="families")
        )
        adults = Category.objects.get(slug="adults")
        refused(Category, adults.pk, slug="everyone")

    def test_age_bands_are_a_fixed_list(self):
        """Finer age groups than the published bands cannot be added."""
        refused_create(lambda: AgeBand.objects.create(name="Age 7", slug="7"))
        band = AgeBand.objects.get(slug="5-10")
        refused(AgeBand, band.pk, slug="5-7")

    def test_theme_slugs_are_unique(self):
        """Two themes cannot share an address."""
        ThemeFactory(slug="neglect", name="Neglect")
        refused_create(lambda: Theme.objects.create(name="Neglect 2", slug="neglect"))

    def test_standard_text_slugs_are_unique(self):
        """Two standard texts cannot share a slug."""
        first = StandardTextFactory()
        second = StandardTextFactory()
        refused(StandardText, second.pk, slug=first.slug)


class TestCircularItems:
    def test_item_with_no_target_is_refused(self):
        """An item must point at a record."""
        item = ItemFactory()
        refused(Item, item.pk, resource=None)

    @pytest.mark.parametrize(
        "second",
        [
            ("case_review", CaseReviewFactory),
            ("briefing", BriefingFactory),
            ("course", CourseFactory),
            ("session", SessionFactory),
        ],
        ids=lambda pair: pair[0],
    )
    def test_item_with_two_targets_is_refused(self, second):
        """An item points at exactly one record."""
        field, factory = second
        item = ItemFactory()
        refused(Item, item.pk, **{field: factory()})

    @pytest.mark.parametrize(
        ("field", "factory"),
        [
            ("case_review", CaseReviewFactory),
            ("briefing", BriefingFactory),
            ("course", CourseFactory),
            ("session", SessionFactory),
            ("resource", ResourceFactory),
        ],
    )
    def test_item_with_one_target_of_any_kind_is_accepted(self, field, factory):
        """Each of the five kinds of record can be an item's only target."""
        item = ItemFactory(**{field: factory()})
        assert item.target_kind == field

    def test_full_clean_explains_an_item_with_two_targets(self):
        """The editor is told to pick exactly one record."""
        item = ItemFactory()
        item.course = CourseFactory()
        with pytest.raises(ValidationError) as raised:
            item.validate_constraints()
        assert raised.value.messages == ["Choose exactly one record for each item."]
