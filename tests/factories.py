"""factory_boy factories for every record, public (published) by default."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from briefings.models import Briefing, BriefingSection
from casereviews.models import (
    CaseReview,
    LearningPoint,
    Recommendation,
    ReviewDocument,
    ReviewType,
)
from circulars.models import Circular, Item, Section, StandardText
from publishing.models import Status
from resources.models import Resource, ResourceKind
from taxonomy.models import Category, Organisation, Theme
from training.models import Course, CourseKind, LearningOutcome, Session, Speaker


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))
        if create:
            self.save()


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test theme {n}")
    slug = factory.Sequence(lambda n: f"test-theme-{n}")
    summary = "A theme used in tests."


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Test organisation {n}")
    slug = factory.Sequence(lambda n: f"test-organisation-{n}")


def _categories(obj, create, extracted, **kwargs):
    if not create:
        return
    slugs = extracted if extracted is not None else ["adults", "children"]
    obj.categories.set(Category.objects.filter(slug__in=slugs))


def _m2m(field):
    def hook(obj, create, extracted, **kwargs):
        if create and extracted:
            getattr(obj, field).set(extracted)

    return hook


class PublishableFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True

    status = Status.PUBLISHED
    categories = factory.PostGeneration(_categories)
    themes = factory.PostGeneration(_m2m("themes"))


class CaseReviewFactory(PublishableFactory):
    class Meta:
        model = CaseReview

    review_type = ReviewType.LCSPR
    title = factory.Sequence(lambda n: f"Local review {n}")
    slug = factory.Sequence(lambda n: f"local-review-{n}")
    pseudonym = factory.Sequence(lambda n: f"Child {chr(65 + n % 26)}")
    publication_date = factory.LazyFunction(lambda: datetime.date(2023, 6, 1))
    summary = "<p>What happened, and why it matters for practice.</p>"


class LearningPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningPoint

    case_review = factory.SubFactory(CaseReviewFactory)
    position = factory.Sequence(int)
    text = "Check what you are told against what you see."


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation

    case_review = factory.SubFactory(CaseReviewFactory)
    position = factory.Sequence(int)
    text = "Partners should review their guidance on home visits."
    addressed_to = "All partners"


class ReviewDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewDocument

    case_review = factory.SubFactory(CaseReviewFactory)
    role = "learning_brief"
    title = "Learning brief"
    url = "https://example.org/brief.pdf"


class BriefingFactory(PublishableFactory):
    class Meta:
        model = Briefing

    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Briefing {n}")
    slug = factory.Sequence(lambda n: f"briefing-{n}")
    summary = "A short read on one safeguarding topic."


class BriefingSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BriefingSection

    briefing = factory.SubFactory(BriefingFactory)
    position = 1
    heading = "Background"
    body = "<p>Some background.</p>"


class CourseFactory(PublishableFactory):
    class Meta:
        model = Course

    kind = CourseKind.COURSE
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A course for practitioners."
    description = "<p>A course for practitioners.</p>"
    booking_url = "https://example.org/book"
    booking_system = "DSPP Booking System"


class LearningOutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearningOutcome

    course = factory.SubFactory(CourseFactory)
    position = factory.Sequence(int)
    text = "Recognise the signs of neglect."


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    course = factory.SubFactory(CourseFactory)
    starts_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=14)
    )
    ends_at = factory.LazyAttribute(lambda s: s.starts_at + datetime.timedelta(hours=3))
    venue = "Dudley Council House"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    course = factory.SubFactory(CourseFactory, kind=CourseKind.EVENT)
    position = factory.Sequence(int)
    name = factory.Sequence(lambda n: f"Speaker {n}")
    talk_title = "A talk"


class ResourceFactory(PublishableFactory):
    class Meta:
        model = Resource

    kind = ResourceKind.GUIDANCE
    title = factory.Sequence(lambda n: f"Resource {n}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    summary = "Guidance for practitioners."
    url = "https://example.org/guidance"


class StandardTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StandardText

    title = factory.Sequence(lambda n: f"Standard text {n}")
    slug = factory.Sequence(lambda n: f"standard-text-{n}")
    body = "<p>How the partnership shares learning.</p>"


class CircularFactory(PublishableFactory):
    class Meta:
        model = Circular

    title = factory.Sequence(lambda n: f"Thematic learning {n}")
    slug = factory.Sequence(lambda n: f"thematic-learning-{n}")
    issue_date = factory.LazyFunction(lambda: datetime.date(2024, 5, 24))
    primary_theme = factory.SubFactory(ThemeFactory)
    introduction = "<p>This month's theme.</p>"


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    circular = factory.SubFactory(CircularFactory)
    position = factory.Sequence(int)
    heading = factory.Sequence(lambda n: f"Section {n}")


class ItemFactory(factory.django.DjangoModelFactory):
    """An item pointing at a resource unless another target is given."""

    class Meta:
        model = Item

    section = factory.SubFactory(SectionFactory)
    position = factory.Sequence(int)
    resource = factory.Maybe(
        factory.LazyAttribute(
            lambda o: not any([o.case_review, o.briefing, o.course, o.session])
        ),
        factory.SubFactory(ResourceFactory),
        None,
    )
    case_review = None
    briefing = None
    course = None
    session = None
