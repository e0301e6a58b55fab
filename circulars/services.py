"""Assembling circulars from the public records on a theme."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser
from django.db import models, transaction
from django.db.models import Max
from django.utils.text import slugify

from briefings.models import Briefing
from casereviews.models import CaseReview
from circulars.models import ITEM_TARGETS, Circular, Item, Section
from publishing.services import record_edited
from resources.models import Resource
from taxonomy.models import Category, Theme
from training.models import Course

# The record kinds offered when assembling a circular on a theme, each with the
# heading of the section its records go into (as the partnership's circulars use).
THEME_RECORD_KINDS = (
    ("case_review", CaseReview, "Reviews"),
    ("briefing", Briefing, "Safer7 Briefings"),
    ("course", Course, "Training"),
    ("resource", Resource, "Helpful Resources"),
)
SECTION_HEADINGS = {kind: heading for kind, _model, heading in THEME_RECORD_KINDS}
KIND_BY_MODEL = {model: kind for kind, model, _heading in THEME_RECORD_KINDS}


@dataclass
class CandidateGroup:
    """The records of one kind an editor may add to a circular."""

    kind: str
    label: str
    records: list[models.Model] = field(default_factory=list)


@dataclass
class ThemeCandidates:
    """What the admin offers for a circular: records on its themes, and the last issue."""

    groups: list[CandidateGroup]
    previous: Circular | None
    previous_records: list[models.Model]

    @property
    def count(self) -> int:
        return sum(len(group.records) for group in self.groups) + len(
            self.previous_records
        )


def record_key(record: models.Model) -> str:
    """Return the "kind:id" a form uses to name a record an item can point at."""
    return f"{KIND_BY_MODEL[type(record)]}:{record.pk}"


def public_records_on_themes(
    *, themes: Iterable[Theme]
) -> list[tuple[str, list[models.Model]]]:
    """Return, per kind, the public records tagged with any of the themes."""
    theme_ids = [theme.pk for theme in themes]
    found = []
    for kind, model, _heading in THEME_RECORD_KINDS:
        records = list(model.objects.public().filter(themes__in=theme_ids).distinct())
        found.append((kind, records))
    return found


def previous_circular(
    *, theme: Theme, before: Circular | None = None
) -> Circular | None:
    """Return the latest other circular whose primary theme is `theme`.

    With `before`, only circulars issued on or before its issue date count.
    Pending changes (working copies) never count.
    """
    circulars = Circular.objects.originals().filter(primary_theme=theme)
    if before is not None:
        # A pending change of a circular is not its own predecessor.
        circulars = circulars.exclude(
            pk__in=[before.pk, before.draft_of_id or before.pk]
        ).filter(issue_date__lte=before.issue_date)
    return circulars.order_by("-issue_date", "-pk").first()


def circular_record_keys(*, circular: Circular) -> set[str]:
    """Return the "kind:id" of every record the circular's items point at."""
    keys = set()
    items = Item.objects.filter(section__circular=circular)
    for values in items.values(*(f"{name}_id" for name in ITEM_TARGETS)):
        for name in ITEM_TARGETS:
            if values[f"{name}_id"]:
                keys.add(f"{name}:{values[f'{name}_id']}")
    return keys


def circular_theme_candidates(*, circular: Circular) -> ThemeCandidates:
    """Return the public records on the circular's themes that it does not yet hold.

    The records of the previous circular on the same primary theme are offered
    too, when they are still public.
    """
    themes = [circular.primary_theme, *circular.themes.all()]
    present = circular_record_keys(circular=circular)
    groups = []
    offered = set(present)
    for kind, records in public_records_on_themes(themes=themes):
        fresh = [record for record in records if record_key(record) not in present]
        offered.update(record_key(record) for record in fresh)
        groups.append(CandidateGroup(kind, SECTION_HEADINGS[kind], fresh))
    previous = previous_circular(theme=circular.primary_theme, before=circular)
    previous_records = []
    if previous is not None:
        for record in _circular_targets(previous):
            key = record_key(record)
            if key not in offered and record.is_public():
                offered.add(key)
                previous_records.append(record)
    return ThemeCandidates(groups, previous, previous_records)


def _circular_targets(circular: Circular) -> list[models.Model]:
    items = (
        Item.objects.filter(section__circular=circular)
        .exclude(session__isnull=False)
        .select_related("case_review", "briefing", "course", "resource")
        .order_by("section__position", "section_id", "position", "pk")
    )
    return [item.target for item in items]


def resolve_record_keys(*, keys: Iterable[str]) -> list[models.Model]:
    """Return the records named by "kind:id" keys, in the order given.

    Unknown kinds, malformed keys and missing records are left out.
    """
    models_by_kind = {kind: model for kind, model, _heading in THEME_RECORD_KINDS}
    wanted = []
    for key in keys:
        kind, _sep, pk = key.partition(":")
        if kind in models_by_kind and pk.isdigit():
            wanted.append((kind, int(pk)))
    found = {}
    for kind, model in models_by_kind.items():
        pks = [pk for wanted_kind, pk in wanted if wanted_kind == kind]
        if pks:
            for record in model.objects.filter(pk__in=pks):
                found[(kind, record.pk)] = record
    return [found[entry] for entry in dict.fromkeys(wanted) if entry in found]


@transaction.atomic
def circular_add_records(
    *,
    circular: Circular,
    records: Iterable[models.Model],
    user: AbstractBaseUser | None,
) -> int:
    """Append records the circular does not yet hold to the section for their kind.

    A record goes into the first section whose heading matches its kind's
    heading (case review into "Reviews" and so on); a missing section is added
    at the end. Adding to a circular in review restarts its review. Return how
    many items were added.
    """
    present = circular_record_keys(circular=circular)
    sections = {
        section.heading.casefold(): section
        for section in reversed(list(circular.sections.all()))
    }
    next_section = (circular.sections.aggregate(last=Max("position"))["last"] or 0) + 1
    added = 0
    for record in records:
        key = record_key(record)
        if key in present:
            continue
        kind = KIND_BY_MODEL[type(record)]
        heading = SECTION_HEADINGS[kind]
        section = sections.get(heading.casefold())
        if section is None:
            section = Section.objects.create(
                circular=circular, heading=heading, position=next_section
            )
            sections[heading.casefold()] = section
            next_section += 1
        position = (section.items.aggregate(last=Max("position"))["last"] or 0) + 1
        Item.objects.create(section=section, position=position, **{kind: record})
        present.add(key)
        added += 1
    if added:
        circular.updated_by = user
        circular.save(update_fields=["updated_by", "updated_at"])
        if user is not None:
            record_edited(record=circular, user=user)
    return added


@transaction.atomic
def circular_start_from_theme(
    *,
    theme: Theme,
    title: str,
    issue_date: datetime.date,
    user: AbstractBaseUser | None,
) -> Circular:
    """Create a draft circular on a theme, its sections filled with the public records.

    The records are those tagged with the theme; the circular's categories are
    those of the records, or both categories when there are none.
    """
    circular = Circular.objects.create(
        title=title,
        slug=_unique_slug(title),
        issue_date=issue_date,
        primary_theme=theme,
        introduction="",
        created_by=user,
        updated_by=user,
    )
    records = [
        record
        for _kind, found in public_records_on_themes(themes=[theme])
        for record in found
    ]
    category_ids = set()
    for _kind, model, _heading in THEME_RECORD_KINDS:
        pks = [record.pk for record in records if isinstance(record, model)]
        category_ids.update(
            model.categories.through.objects.filter(
                **{f"{model._meta.model_name}_id__in": pks}
            ).values_list("category_id", flat=True)
        )
    circular.categories.set(
        Category.objects.filter(pk__in=category_ids)
        if category_ids
        else Category.objects.all()
    )
    circular_add_records(circular=circular, records=records, user=user)
    return circular


def _unique_slug(title: str) -> str:
    base = slugify(title)[:190] or "circular"
    slug = base
    suffix = 2
    while Circular.objects.filter(slug=slug).exists():
        slug = f"{base}-{suffix}"
        suffix += 1
    return slug
