"""Working copies, snapshots and diffs of public records with their child rows.

Pending changes use a working-copy row per record (as djangocms-versioning
does): editing a published record edits a copy that shares its slug, while the
public keeps reading the original. Approval merges the copy back into the
original, updating child rows in place so their ids, and anything pointing at
them, survive. Every published state is also kept as a JSON snapshot
(`Version`), which gives the reviewer's diff, history with restore, and
recovery of deleted records.
"""

import difflib
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.deletion import ProtectedError
from django.utils.html import strip_tags

from publishing.models import Publishable, Status, Version

# Bookkeeping that belongs to the row, not to the content an editor changes.
_NOT_CONTENT = {
    "id",
    "status",
    "publish_at",
    "expire_at",
    "created_at",
    "updated_at",
    "created_by",
    "updated_by",
    "draft_of",
    "copy_map",
}


class MergeRefused(Exception):
    """Approval cannot apply a working copy; the message says what blocks it."""


def _content_fields(model):
    return [
        f
        for f in model._meta.concrete_fields
        if f.name not in _NOT_CONTENT and not f.primary_key
    ]


def _child_relations(obj):
    for name in getattr(obj, "workflow_children", ()):
        rel = obj._meta.get_field(name)
        yield name, rel.related_model, rel.field


def _clone(obj, **overrides):
    model = type(obj)
    values = {f.attname: getattr(obj, f.attname) for f in _content_fields(model)}
    values.update(overrides)
    clone = model(**values)
    clone.save()
    for field in model._meta.many_to_many:
        getattr(clone, field.name).set(getattr(obj, field.name).all())
    return clone


def _clone_children(source, target, copy_map: dict) -> None:
    for name, model, fk in _child_relations(source):
        for child in getattr(source, name).all():
            clone = _clone(child, **{fk.attname: target.pk})
            copy_map.setdefault(model._meta.label_lower, {})[str(clone.pk)] = child.pk
            _clone_children(child, clone, copy_map)


def working_copy_for(record: Publishable) -> Publishable | None:
    """Return the pending working copy of a record, if an editor has started one."""
    return type(record).objects.filter(draft_of=record).first()


def working_copy_create(*, record: Publishable, user) -> Publishable:
    """Return the working copy of a published record, making it if there is none."""
    if record.draft_of_id is not None:
        return record
    existing = working_copy_for(record)
    if existing is not None:
        return existing
    with transaction.atomic():
        copy = _clone(
            record,
            status=Status.DRAFT,
            draft_of_id=record.pk,
            publish_at=record.publish_at,
            expire_at=record.expire_at,
            created_by_id=user.pk,
            updated_by_id=user.pk,
        )
        copy_map: dict = {}
        _clone_children(record, copy, copy_map)
        copy.copy_map = copy_map
        copy.save(update_fields=["copy_map"])
    return copy


def _copy_values(source, target) -> None:
    for field in _content_fields(type(source)):
        setattr(target, field.attname, getattr(source, field.attname))


def _merge_children(source, target, copy_map: dict) -> None:
    for name, model, fk in _child_relations(source):
        twins = copy_map.get(model._meta.label_lower, {})
        kept = []
        for child in list(getattr(source, name).all()):
            twin_pk = twins.get(str(child.pk))
            twin = (
                model.objects.filter(pk=twin_pk, **{fk.attname: target.pk}).first()
                if twin_pk
                else None
            )
            if twin is None:
                setattr(child, fk.attname, target.pk)
                child.save()
                kept.append(child.pk)
                continue
            _copy_values(child, twin)
            setattr(twin, fk.attname, target.pk)
            twin.save()
            _merge_children(child, twin, copy_map)
            kept.append(twin.pk)
            child.delete()
        try:
            getattr(target, name).exclude(pk__in=kept).delete()
        except ProtectedError as exc:
            used = ", ".join(sorted({str(obj) for obj in exc.protected_objects}))
            raise MergeRefused(
                f"Some {model._meta.verbose_name_plural} this change removes are still "
                f"used elsewhere ({used}). Keep them, or remove them from there first."
            ) from None


def working_copy_apply(*, copy: Publishable) -> Publishable:
    """Merge an approved working copy into its original and delete the copy.

    The original keeps its id, slug history and status; child rows the copy
    kept are updated in place, new ones move across and removed ones go.
    """
    original = type(copy).objects.select_for_update().get(pk=copy.draft_of_id)
    with transaction.atomic():
        _copy_values(copy, original)
        original.updated_by_id = copy.updated_by_id
        original.publish_at = copy.publish_at
        original.expire_at = copy.expire_at
        original.save()
        for field in type(copy)._meta.many_to_many:
            getattr(original, field.name).set(getattr(copy, field.name).all())
        _merge_children(copy, original, copy.copy_map or {})
        copy.delete()
    return original


# --- Snapshots -----------------------------------------------------------------


def serialise(obj) -> dict:
    """Return the record's content and its children's, as JSON-ready data."""
    model = type(obj)
    data = {
        "fields": {
            f.name: None if f.value_from_object(obj) is None else f.value_to_string(obj)
            for f in _content_fields(model)
        },
        "m2m": {
            f.name: sorted(getattr(obj, f.name).values_list("pk", flat=True))
            for f in model._meta.many_to_many
        },
        "children": {},
    }
    for name, _, _ in _child_relations(obj):
        data["children"][name] = [
            serialise(child) for child in getattr(obj, name).all()
        ]
    return data


def snapshot(*, record: Publishable, reason: str, user=None) -> Version:
    """Keep the record's current content as a version."""
    return Version.objects.create(
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.draft_of_id or record.pk,
        object_repr=str(record)[:300],
        reason=reason,
        data=serialise(record),
        created_by=user,
    )


def last_published(record: Publishable) -> Version | None:
    return (
        Version.objects.filter(
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.draft_of_id or record.pk,
            reason=Version.Reason.PUBLISHED,
        )
        .order_by("-created_at", "-id")
        .first()
    )


def _apply_data(obj, data: dict, **parent) -> None:
    model = type(obj)
    for field in _content_fields(model):
        if field.name in data["fields"]:
            raw = data["fields"][field.name]
            setattr(obj, field.attname, None if raw is None else field.to_python(raw))
    # A child belongs to the row it is restored under, not the one it was copied from.
    for attname, value in parent.items():
        setattr(obj, attname, value)
    obj.save()
    for field in model._meta.many_to_many:
        if field.name in data["m2m"]:
            related = field.remote_field.model.objects.filter(
                pk__in=data["m2m"][field.name]
            )
            getattr(obj, field.name).set(related)
    for name, child_model, fk in _child_relations(obj):
        getattr(obj, name).all().delete()
        for child_data in data["children"].get(name, []):
            _apply_data(child_model(), child_data, **{fk.attname: obj.pk})


def version_restore(*, record: Publishable, version: Version, user) -> Publishable:
    """Put a version's content back for review: into the working copy if published.

    The public never sees a restored version until a lead approves it.
    """
    with transaction.atomic():
        target = record
        if record.status == Status.PUBLISHED and record.draft_of_id is None:
            target = working_copy_create(record=record, user=user)
            # Restored children are new rows; nothing maps them to the originals.
            target.copy_map = {}
        elif record.status not in (Status.DRAFT, Status.CHANGES_REQUESTED):
            target.status = Status.DRAFT
        target.updated_by = user
        _apply_data(target, version.data)
    return target


def record_recover(*, version: Version, user) -> Publishable:
    """Recreate a deleted record from its snapshot, as a draft for review."""
    if version.reason != Version.Reason.DELETED or version.recovered:
        raise MergeRefused("Only a deleted record that has not been recovered can be.")
    model = version.content_type.model_class()
    with transaction.atomic():
        record = model(status=Status.DRAFT, created_by=user, updated_by=user)
        _apply_data(record, version.data)
        version.recovered = True
        version.save(update_fields=["recovered"])
    return record


# --- Diff ------------------------------------------------------------------------


@dataclass(frozen=True)
class DiffLine:
    kind: str  # "added", "removed" or "same"
    text: str


def _describe(model, data: dict, indent: str = "") -> list[str]:
    lines = []
    for field in _content_fields(model):
        raw = data["fields"].get(field.name)
        if raw in (None, ""):
            continue
        if isinstance(field, models.ForeignKey):
            target = field.remote_field.model.objects.filter(pk=raw).first()
            raw = str(target) if target else f"#{raw}"
        elif field.choices:
            raw = dict(field.flatchoices).get(field.to_python(raw), raw)
        text = " ".join(strip_tags(str(raw)).split())
        lines.append(f"{indent}{field.verbose_name.capitalize()}: {text}")
    for field in model._meta.many_to_many:
        pks = data["m2m"].get(field.name) or []
        if pks:
            names = ", ".join(
                str(o) for o in field.remote_field.model.objects.filter(pk__in=pks)
            )
            lines.append(f"{indent}{field.verbose_name.capitalize()}: {names}")
    for name in getattr(model, "workflow_children", ()):
        rel = model._meta.get_field(name)
        child_model = rel.related_model
        for number, child in enumerate(data["children"].get(name, []), start=1):
            lines.append(
                f"{indent}{child_model._meta.verbose_name.capitalize()} {number}"
            )
            lines.extend(_describe(child_model, child, indent + "    "))
    return lines


def diff(record: Publishable) -> list[DiffLine]:
    """Return what changed since the last published version, children included.

    A record never published is compared with nothing, so all of it shows as added.
    """
    model = type(record)
    before = last_published(record)
    old = _describe(model, before.data) if before else []
    new = _describe(model, serialise(record))
    lines = []
    for row in difflib.ndiff(old, new):
        code, text = row[:2], row[2:]
        if code == "+ ":
            lines.append(DiffLine("added", text))
        elif code == "- ":
            lines.append(DiffLine("removed", text))
        elif code == "  ":
            lines.append(DiffLine("same", text))
    return lines
