"""Build the demo content and staff accounts so that a rerun changes nothing.

Rows are matched on natural keys (slugs, numbers) and children on their
position, and a row is saved only when a value differs: saving an unchanged row
would still move its `updated_at`, so a rerun would not be a true no-op.
"""

import secrets
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction

from briefings.models import DEFAULT_SECTION_HEADINGS, Briefing, BriefingSection
from casereviews.models import (
    CaseReview,
    LearningPoint,
    Recommendation,
    ReviewDocument,
)
from circulars.models import ITEM_TARGETS, Circular, Item, Section, StandardText
from publishing.fields import RichTextField
from publishing.models import Status
from publishing.sanitise import sanitise_html
from resources.models import Resource
from taxonomy.models import AbuseType, AgeBand, Agency, Category, Organisation, Theme
from training.models import Course, LearningOutcome, Session, Speaker
from website.demo import briefings, issues, resources, reviews, training

PUBLISHED = {"status": Status.PUBLISHED, "publish_at": None, "expire_at": None}

# Types in the order the summary lists them.
SUMMARY_MODELS = [
    Circular,
    Section,
    Item,
    StandardText,
    CaseReview,
    LearningPoint,
    Recommendation,
    ReviewDocument,
    Briefing,
    BriefingSection,
    Course,
    LearningOutcome,
    Session,
    Speaker,
    Resource,
    Organisation,
]

DEMO_ACCOUNTS = [
    # (username, group, superuser)
    ("editor", "Editor", False),
    ("lead", "Safeguarding lead", False),
    ("admin", "Administrator", True),
]


class DemoDataError(Exception):
    """The demo data names a vocabulary term or record that does not exist."""


@dataclass
class DemoReport:
    """What a load did: rows created, updated and removed per model."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)

    def summary_lines(self) -> list[str]:
        lines = []
        for model in SUMMARY_MODELS:
            name = str(model._meta.verbose_name_plural).capitalize()
            lines.append(
                f"{name}: {_rows(model).count()} "
                f"({self.created[model]} created, {self.updated[model]} updated, "
                f"{self.deleted[model]} removed)"
            )
        return lines


@dataclass
class AccountOutcome:
    """One demo account and what happened to it, with any password just set."""

    username: str
    action: str
    password: str = ""


def _normalise(model_field: models.Field, value):
    if model_field.is_relation:
        return value.pk if value is not None else None
    if isinstance(model_field, RichTextField):
        return sanitise_html(value)
    return value


def _rows(model):
    rows = model._default_manager.all()
    # A pending working copy shares its original's slug; only originals match.
    if hasattr(rows, "originals"):
        rows = rows.originals()
    return rows


def _upsert(report: DemoReport, model, lookup: dict, values: dict):
    """Return the row matching `lookup`, created or brought up to `values`."""
    obj = _rows(model).filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        obj.save()
        report.created[model] += 1
        return obj
    changed = False
    for name, value in values.items():
        model_field = model._meta.get_field(name)
        if getattr(obj, model_field.attname) != _normalise(model_field, value):
            setattr(obj, name, value)
            changed = True
    if changed:
        obj.save()
        report.updated[model] += 1
    return obj


def _sync_positioned(report, model, parent_field, parent, rows, *, start=0):
    """Match child rows to `rows` by position and remove any left over."""
    for position, values in enumerate(rows, start=start):
        _upsert(report, model, {parent_field: parent, "position": position}, values)
    surplus = model._default_manager.filter(
        **{parent_field: parent, "position__gte": start + len(rows)}
    )
    _, deleted = surplus.delete()
    report.deleted[model] += deleted.get(model._meta.label, 0)


def _terms(model, slugs):
    found = list(model._default_manager.filter(slug__in=slugs))
    missing = set(slugs) - {term.slug for term in found}
    if missing:
        raise DemoDataError(
            f"Unknown {model._meta.verbose_name} slugs: {', '.join(sorted(missing))}."
        )
    return found


def _get(model, **lookup):
    try:
        return _rows(model).get(**lookup)
    except model.DoesNotExist as error:
        raise DemoDataError(f"No {model._meta.verbose_name} with {lookup}.") from error


def _organisation(slug):
    return _get(Organisation, slug=slug) if slug else None


def _load_organisations(report):
    for slug, name, website in resources.EXTRA_ORGANISATIONS:
        _upsert(
            report, Organisation, {"slug": slug}, {"name": name, "website": website}
        )


def _load_case_reviews(report):
    for data in reviews.CASE_REVIEWS:
        review = _upsert(
            report,
            CaseReview,
            {"slug": data["slug"]},
            {
                **PUBLISHED,
                "title": data["title"],
                "pseudonym": data["pseudonym"],
                "review_type": data["review_type"],
                "publication_date": data["publication_date"],
                "summary": data["summary"],
                "good_practice": data["good_practice"],
                "report_available_until": data["report_available_until"],
                "anonymised": True,
                "family_informed": True,
                "legal_check_done": True,
            },
        )
        review.categories.set(_terms(Category, data["categories"]))
        review.age_bands.set(_terms(AgeBand, data["age_bands"]))
        review.themes.set(_terms(Theme, data["themes"]))
        review.abuse_types.set(_terms(AbuseType, data["abuse_types"]))
        review.agencies.set(_terms(Agency, data["agencies"]))
        _sync_positioned(
            report,
            LearningPoint,
            "case_review",
            review,
            [{"text": text} for text in data["learning_points"]],
        )
        _sync_positioned(
            report,
            Recommendation,
            "case_review",
            review,
            [
                {"text": text, "addressed_to": addressed_to, "state": state}
                for text, addressed_to, state in data["recommendations"]
            ],
        )
        _sync_positioned(
            report,
            ReviewDocument,
            "case_review",
            review,
            [
                {"role": role, "title": title, "url": url, "file": ""}
                for role, title, url in data["documents"]
            ],
        )


def _load_briefings(report):
    for data in briefings.BRIEFINGS:
        if len(data["sections"]) != len(DEFAULT_SECTION_HEADINGS):
            raise DemoDataError(f"Briefing {data['slug']} needs seven sections.")
        briefing = _upsert(
            report,
            Briefing,
            {"slug": data["slug"]},
            {
                **PUBLISHED,
                "number": data["number"],
                "title": data["title"],
                "summary": data["summary"],
            },
        )
        briefing.categories.set(_terms(Category, data["categories"]))
        briefing.themes.set(_terms(Theme, data["themes"]))
        briefing.source_reviews.set(
            [_get(CaseReview, slug=slug) for slug in data["source_reviews"]]
        )
        _sync_positioned(
            report,
            BriefingSection,
            "briefing",
            briefing,
            [
                {"heading": heading, "body": body}
                for heading, body in zip(
                    DEFAULT_SECTION_HEADINGS, data["sections"], strict=True
                )
            ],
            start=1,
        )
        minutes = briefing.compute_reading_minutes()
        if briefing.reading_minutes != minutes:
            briefing.reading_minutes = minutes
            briefing.save(update_fields=["reading_minutes", "updated_at"])


def _load_courses(report):
    for data in training.COURSES:
        course = _upsert(
            report,
            Course,
            {"slug": data["slug"]},
            {
                **PUBLISHED,
                "kind": data["kind"],
                "title": data["title"],
                "provider": _organisation(data["provider"]),
                "level": data["level"],
                "audience": data["audience"],
                "delivery": data["delivery"],
                "summary": data["summary"],
                "description": data["description"],
                "booking_url": data["booking_url"],
                "booking_system": data["booking_system"],
                "duration": data["duration"],
                "cost_note": data["cost_note"],
            },
        )
        course.categories.set(_terms(Category, data["categories"]))
        course.themes.set(_terms(Theme, data["themes"]))
        _sync_positioned(
            report,
            LearningOutcome,
            "course",
            course,
            [{"text": text} for text in data["outcomes"]],
        )
        _sync_positioned(
            report,
            Speaker,
            "course",
            course,
            [
                {"name": name, "role": role, "talk_title": talk_title}
                for name, role, talk_title in data["speakers"]
            ],
        )
        # Sessions have no position: a session is known by its start time.
        for values in data["sessions"]:
            _upsert(
                report,
                Session,
                {"course": course, "starts_at": values["starts_at"]},
                {key: value for key, value in values.items() if key != "starts_at"},
            )
        # A session a circular points at is kept: the item protects it.
        stale = Session.objects.filter(
            course=course, circular_items__isnull=True
        ).exclude(starts_at__in=[values["starts_at"] for values in data["sessions"]])
        _, deleted = stale.delete()
        report.deleted[Session] += deleted.get(Session._meta.label, 0)


def _load_resources(report):
    for data in resources.RESOURCES:
        resource = _upsert(
            report,
            Resource,
            {"slug": data["slug"]},
            {
                **PUBLISHED,
                "kind": data["kind"],
                "title": data["title"],
                "publisher": _organisation(data["publisher"]),
                "summary": data["summary"],
                "url": data["url"],
            },
        )
        resource.categories.set(_terms(Category, data["categories"]))
        resource.themes.set(_terms(Theme, data["themes"]))


TARGET_MODELS = {
    "case_review": CaseReview,
    "briefing": Briefing,
    "course": Course,
    "resource": Resource,
}


def _item_values(entry):
    kind, slug, *rest = entry
    values = dict.fromkeys(ITEM_TARGETS)
    values[kind] = _get(TARGET_MODELS[kind], slug=slug)
    values["note"] = rest[0] if rest else ""
    return values


def _load_circulars(report):
    standard_texts = {
        data["slug"]: _upsert(
            report,
            StandardText,
            {"slug": data["slug"]},
            {"title": data["title"], "body": data["body"]},
        )
        for data in issues.STANDARD_TEXTS
    }
    for data in issues.CIRCULARS:
        circular = _upsert(
            report,
            Circular,
            {"slug": data["slug"]},
            {
                **PUBLISHED,
                "title": data["title"],
                "issue_date": data["issue_date"],
                "primary_theme": _get(Theme, slug=data["primary_theme"]),
                "introduction": data["introduction"],
            },
        )
        circular.categories.set(_terms(Category, data["categories"]))
        circular.themes.set(_terms(Theme, data["themes"]))
        _sync_positioned(
            report,
            Section,
            "circular",
            circular,
            [
                {
                    "heading": section["heading"],
                    "body": section["body"],
                    "standard_text": standard_texts.get(section["standard_text"]),
                }
                for section in data["sections"]
            ],
        )
        for position, section_data in enumerate(data["sections"]):
            section = Section.objects.get(circular=circular, position=position)
            _sync_positioned(
                report,
                Item,
                "section",
                section,
                [_item_values(entry) for entry in section_data["items"]],
            )


@transaction.atomic
def load_demo_content() -> DemoReport:
    """Create or refresh the two seed circulars and every record behind them."""
    report = DemoReport()
    _load_organisations(report)
    _load_case_reviews(report)
    _load_briefings(report)
    _load_courses(report)
    _load_resources(report)
    _load_circulars(report)
    return report


def new_password() -> str:
    return secrets.token_urlsafe(18)


@transaction.atomic
def ensure_demo_accounts(*, reset_passwords: bool = False) -> list[AccountOutcome]:
    """Create the editor, lead and admin demo accounts that do not exist yet.

    Existing accounts are left exactly as they are, unless `reset_passwords`
    asks for a fresh password on each.
    """
    User = get_user_model()
    outcomes = []
    for username, group_name, superuser in DEMO_ACCOUNTS:
        group = _get(Group, name=group_name)
        user = User.objects.filter(username=username).first()
        if user is None:
            password = new_password()
            user = User.objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=password,
                is_staff=True,
                is_superuser=superuser,
            )
            user.groups.add(group)
            outcomes.append(AccountOutcome(username, "created", password))
        elif reset_passwords:
            password = new_password()
            user.set_password(password)
            user.save(update_fields=["password"])
            outcomes.append(AccountOutcome(username, "password reset", password))
        else:
            outcomes.append(AccountOutcome(username, "left unchanged"))
    return outcomes
