"""Synthetic content for the benchmark's large size, created through the models.

Rows go in with `bulk_create`, so model `save()` methods and signals do not
run: what `save()` would derive (slugs, reading time) is set here instead, and
rich text is still sanitised because `RichTextField.pre_save` runs for bulk
inserts too. The mix of states (mostly published, some drafts, withdrawn,
expired and scheduled records) makes `public()` filter as it does on a real
site. Text is drawn from a fixed vocabulary with a seeded generator, so every
run builds the same data and full-text search has realistic word frequencies.

Run as `python -m bench.synthetic` with `DATABASE_URL` set.
"""

import datetime
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

BATCH = 2000
LONDON = ZoneInfo("Europe/London")

VOCABULARY = (
    "practitioners professional curiosity neglect home visit school health visitor "
    "social worker police referral assessment information sharing family history "
    "mother father child adult carer housing tenancy alcohol substance misuse "
    "mental health capacity consent self-neglect hoarding hospital discharge "
    "domestic abuse coercive control exploitation county lines missing episodes "
    "trauma person centred practice think family voice of the child escalation "
    "strategy meeting safeguarding plan chronology agencies multi-agency learning "
    "disguised compliance non-engagement was not brought appointments records "
    "supervision management oversight thresholds early help adultification "
    "vicarious trauma executive function transition care leaver probation GP "
    "emergency department ambulance fire service community nurse advocate"
)
WORDS = VOCABULARY.split()
THEME_WORDS = {
    "trauma-informed-practice": "trauma informed practice",
    "person-centred-practice": "person centred practice",
    "professional-curiosity": "professional curiosity",
    "information-sharing": "information sharing",
    "mental-capacity": "mental capacity assessment",
    "neglect": "neglect",
    "self-neglect": "self-neglect",
    "hoarding": "hoarding",
    "domestic-abuse": "domestic abuse",
    "exploitation": "exploitation",
}
SECTION_HEADINGS = [
    "Reviews",
    "Safer7 Briefings",
    "Helpful Resources",
    "Procedures and Pathways",
    "Training and Resources",
    "Helpful links and posters",
]
# How the 40 items of a synthetic circular are spread over its six sections.
ITEMS_PER_SECTION = (8, 8, 6, 6, 6, 6)


@dataclass(frozen=True)
class Scale:
    circulars: int = 1000
    case_reviews: int = 10_000
    briefings: int = 2000
    courses: int = 3000
    sessions: int = 20_000
    resources: int = 20_000


LARGE = Scale()


class Text:
    """Seeded sentences and paragraphs built from the safeguarding vocabulary."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)

    def words(self, count: int) -> str:
        return " ".join(self.random.choice(WORDS) for _ in range(count))

    def title(self) -> str:
        return self.words(self.random.randint(3, 7)).capitalize()

    def sentence(self, theme_slugs=()) -> str:
        words = [self.random.choice(WORDS) for _ in range(self.random.randint(8, 16))]
        for slug in theme_slugs:
            if slug in THEME_WORDS and self.random.random() < 0.5:
                words.insert(self.random.randrange(len(words)), THEME_WORDS[slug])
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences: int, theme_slugs=()) -> str:
        return " ".join(self.sentence(theme_slugs) for _ in range(sentences))

    def html(self, paragraphs: int, theme_slugs=()) -> str:
        return "".join(
            f"<p>{self.paragraph(3, theme_slugs)}</p>" for _ in range(paragraphs)
        )


def _state(rng: random.Random, now: datetime.datetime) -> dict:
    """Return the editorial fields of one record, mostly published."""
    roll = rng.random()
    if roll < 0.90:
        return {"status": "published"}
    if roll < 0.94:
        return {"status": "draft"}
    if roll < 0.96:
        return {"status": "in_review"}
    if roll < 0.98:
        return {"status": "withdrawn"}
    if roll < 0.99:
        # Expired a while ago: published but no longer public.
        return {"status": "published", "expire_at": now - datetime.timedelta(days=30)}
    # Scheduled far enough ahead that no go-live falls inside a bench run.
    return {"status": "published", "publish_at": now + datetime.timedelta(days=400)}


def _day(rng: random.Random, start: datetime.date, end: datetime.date):
    return start + datetime.timedelta(days=rng.randrange((end - start).days))


def _link(through, owner_field: str, term_field: str, pairs) -> None:
    through.objects.bulk_create(
        [through(**{owner_field: a, term_field: b}) for a, b in pairs],
        batch_size=BATCH,
    )


def load(scale: Scale = LARGE, *, seed: int = 2024) -> dict[str, int]:
    """Add `scale` synthetic records of every kind; return the rows added per model."""
    from django.db import transaction
    from django.utils import timezone

    from briefings.models import DEFAULT_SECTION_HEADINGS, Briefing, BriefingSection
    from casereviews.models import (
        CaseReview,
        LearningPoint,
        Recommendation,
        ReviewType,
    )
    from circulars.models import Circular, Item, Section
    from resources.models import Resource, ResourceKind
    from taxonomy.models import (
        AbuseType,
        AgeBand,
        Agency,
        Category,
        Organisation,
        Theme,
    )
    from training.models import (
        Course,
        CourseKind,
        Delivery,
        LearningOutcome,
        Session,
    )

    rng = random.Random(seed)
    text = Text(seed)
    now = timezone.now()
    counts: dict[str, int] = {}
    categories = list(Category.objects.values_list("pk", flat=True))
    themes = dict(Theme.objects.values_list("pk", "slug"))
    theme_ids = list(themes)
    age_bands = list(AgeBand.objects.values_list("pk", flat=True))
    abuse_types = list(AbuseType.objects.values_list("pk", flat=True))
    agencies = list(Agency.objects.values_list("pk", flat=True))
    organisations = list(Organisation.objects.values_list("pk", flat=True))

    def pick(ids, low, high):
        return rng.sample(ids, min(len(ids), rng.randint(low, high)))

    def tag(model, records, **vocabularies):
        """Link each record to random terms of each vocabulary (bounds per record)."""
        for field, (ids, low, high) in vocabularies.items():
            through = getattr(model, field).through
            owner = f"{model._meta.model_name}_id"
            term = f"{getattr(model, field).field.related_model._meta.model_name}_id"
            pairs = [(r.pk, t) for r in records for t in pick(ids, low, high)]
            _link(through, owner, term, pairs)
            counts[f"{model._meta.label}.{field}"] = len(pairs)

    with transaction.atomic():
        # Case reviews, with learning points and recommendations.
        reviews = []
        review_themes = {}
        for n in range(scale.case_reviews):
            chosen = pick(theme_ids, 1, 3)
            slugs = [themes[t] for t in chosen]
            review = CaseReview(
                review_type=rng.choice(ReviewType.values),
                title=f"{text.title()} review {n}",
                slug=f"synthetic-review-{n:05d}",
                pseudonym=f"{rng.choice(['Child', 'Adult'])} {chr(65 + n % 26)}{n}",
                publication_date=_day(
                    rng, datetime.date(2005, 1, 1), datetime.date(2024, 3, 1)
                ),
                summary=text.html(2, slugs),
                good_practice=text.html(1, slugs),
                anonymised=True,
                family_informed=True,
                legal_check_done=True,
                **_state(rng, now),
            )
            reviews.append(review)
            review_themes[n] = chosen
        reviews = CaseReview.objects.bulk_create(reviews, batch_size=BATCH)
        counts["casereviews.CaseReview"] = len(reviews)
        _link(
            CaseReview.themes.through,
            "casereview_id",
            "theme_id",
            [(r.pk, t) for n, r in enumerate(reviews) for t in review_themes[n]],
        )
        tag(
            CaseReview,
            reviews,
            categories=(categories, 1, 2),
            age_bands=(age_bands, 1, 2),
            abuse_types=(abuse_types, 1, 2),
            agencies=(agencies, 2, 4),
        )
        LearningPoint.objects.bulk_create(
            [
                LearningPoint(case_review=r, position=p, text=text.sentence())
                for r in reviews
                for p in range(3)
            ],
            batch_size=BATCH,
        )
        Recommendation.objects.bulk_create(
            [
                Recommendation(
                    case_review=r,
                    position=p,
                    text=text.sentence(),
                    addressed_to="All partners",
                )
                for r in reviews
                for p in range(2)
            ],
            batch_size=BATCH,
        )

        # Safer7 briefings, numbered after the demo's, each with seven sections.
        first_number = (
            Briefing.objects.order_by("-number")
            .values_list("number", flat=True)
            .first()
            or 0
        ) + 1
        briefings = Briefing.objects.bulk_create(
            [
                Briefing(
                    number=first_number + n,
                    title=f"{text.title()} briefing {n}",
                    slug=f"synthetic-briefing-{n:05d}",
                    summary=text.paragraph(3),
                    reading_minutes=7,
                    **_state(rng, now),
                )
                for n in range(scale.briefings)
            ],
            batch_size=BATCH,
        )
        counts["briefings.Briefing"] = len(briefings)
        BriefingSection.objects.bulk_create(
            [
                BriefingSection(
                    briefing=b, position=p, heading=heading, body=text.html(2)
                )
                for b in briefings
                for p, heading in enumerate(DEFAULT_SECTION_HEADINGS, start=1)
            ],
            batch_size=BATCH,
        )
        tag(
            Briefing,
            briefings,
            categories=(categories, 1, 2),
            themes=(theme_ids, 1, 3),
        )
        source_pairs = [(b.pk, r.pk) for b in briefings for r in rng.sample(reviews, 2)]
        _link(
            Briefing.source_reviews.through,
            "briefing_id",
            "casereview_id",
            source_pairs,
        )

        # Courses, their outcomes, and sessions from two years ago to a year ahead.
        courses = Course.objects.bulk_create(
            [
                Course(
                    kind=rng.choice(CourseKind.values),
                    title=f"{text.title()} course {n}",
                    slug=f"synthetic-course-{n:05d}",
                    provider_id=rng.choice(organisations + [None]),
                    level=rng.choice(["Level 1", "Level 2", "Level 3", "Advanced"]),
                    audience="Practitioners across the partnership",
                    delivery=rng.choice(Delivery.values),
                    summary=text.paragraph(2),
                    description=text.html(2),
                    booking_url="https://booking.example.org/course",
                    booking_system="DSPP Booking System",
                    duration=rng.choice(["2 hours", "Half a day", "One day"]),
                    cost_note="Free to Dudley partners",
                    **_state(rng, now),
                )
                for n in range(scale.courses)
            ],
            batch_size=BATCH,
        )
        counts["training.Course"] = len(courses)
        tag(Course, courses, categories=(categories, 1, 2), themes=(theme_ids, 1, 3))
        LearningOutcome.objects.bulk_create(
            [
                LearningOutcome(course=c, position=p, text=text.sentence())
                for c in courses
                for p in range(3)
            ],
            batch_size=BATCH,
        )
        taught = [c for c in courses if c.kind != CourseKind.ELEARNING] or courses
        today = timezone.localdate()
        sessions = []
        for _ in range(scale.sessions):
            day = today + datetime.timedelta(days=rng.randint(-730, 365))
            starts = datetime.datetime.combine(
                day, datetime.time(rng.choice([9, 10, 13, 14]), 30), tzinfo=LONDON
            )
            sessions.append(
                Session(
                    course=rng.choice(taught),
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(hours=rng.choice([2, 3])),
                    venue=rng.choice(["Dudley Council House", "Online"]),
                    state=rng.choice(
                        ["scheduled", "scheduled", "scheduled", "fully_booked"]
                    ),
                )
            )
        sessions = Session.objects.bulk_create(sessions, batch_size=BATCH)
        counts["training.Session"] = len(sessions)

        # Resources.
        resources = Resource.objects.bulk_create(
            [
                Resource(
                    kind=rng.choice(ResourceKind.values),
                    title=f"{text.title()} resource {n}",
                    slug=f"synthetic-resource-{n:05d}",
                    publisher_id=rng.choice(organisations + [None]),
                    summary=text.paragraph(3),
                    url=f"https://example.org/resources/{n}",
                    **_state(rng, now),
                )
                for n in range(scale.resources)
            ],
            batch_size=BATCH,
        )
        counts["resources.Resource"] = len(resources)
        tag(
            Resource, resources, categories=(categories, 1, 2), themes=(theme_ids, 1, 3)
        )

        # Circulars, dated before the demo issues, each with six sections of items.
        targets = (
            [("case_review", r) for r in reviews]
            + [("briefing", b) for b in briefings]
            + [("course", c) for c in courses]
            + [("session", s) for s in sessions]
            + [("resource", r) for r in resources]
        )
        circulars = []
        for n in range(scale.circulars):
            theme = rng.choice(theme_ids)
            circulars.append(
                Circular(
                    title=f"Thematic learning: {text.title()} {n}",
                    slug=f"synthetic-circular-{n:04d}",
                    issue_date=datetime.date(2023, 6, 1)
                    - datetime.timedelta(days=7 * n),
                    primary_theme_id=theme,
                    introduction=text.html(2, [themes[theme]]),
                    **_state(rng, now),
                )
            )
        circulars = Circular.objects.bulk_create(circulars, batch_size=BATCH)
        counts["circulars.Circular"] = len(circulars)
        tag(
            Circular, circulars, categories=(categories, 1, 2), themes=(theme_ids, 0, 2)
        )
        sections = Section.objects.bulk_create(
            [
                Section(circular=c, position=p, heading=heading)
                for c in circulars
                for p, heading in enumerate(SECTION_HEADINGS)
            ],
            batch_size=BATCH,
        )
        counts["circulars.Section"] = len(sections)
        items = []
        for index, section in enumerate(sections):
            for p in range(ITEMS_PER_SECTION[index % len(ITEMS_PER_SECTION)]):
                kind, record = rng.choice(targets)
                items.append(Item(section=section, position=p, **{kind: record}))
        Item.objects.bulk_create(items, batch_size=BATCH)
        counts["circulars.Item"] = len(items)
    return counts


def main() -> None:
    import os
    import time

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dspp.settings")
    django.setup()
    started = time.monotonic()
    counts = load()
    # Bulk inserts send no signals: retire cached pages and take the new
    # records' go-live, expiry and session times into account by hand.
    from publishing.cache import refresh_content_version

    refresh_content_version()
    for name, count in counts.items():
        print(f"  {name}: {count}")
    print(f"Synthetic content loaded in {time.monotonic() - started:.0f} s.")


if __name__ == "__main__":
    main()
