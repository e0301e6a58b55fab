"""Pending changes to published records, snapshots, restore, recovery and the diff."""

import datetime

import pytest

from circulars.models import Circular, Item, Section
from publishing.models import Status, Version
from publishing.services import (
    TransitionRefused,
    record_approve,
    record_submit,
    record_withdraw,
)
from publishing.versions import (
    diff,
    record_recover,
    version_restore,
    working_copy_create,
)
from tests.factories import (
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ItemFactory,
    ResourceFactory,
    SectionFactory,
    SessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _publish(record, editor, lead):
    record_submit(record=record, user=editor)
    record.refresh_from_db()
    record_approve(record=record, user=lead)


@pytest.fixture
def published_circular(editor, lead):
    circular = CircularFactory(status=Status.DRAFT, title="Original title")
    section = SectionFactory(circular=circular, heading="Reviews", position=0)
    ItemFactory(section=section, position=0, note="First note")
    ItemFactory(section=section, position=1, note="Second note")
    _publish(circular, editor, lead)
    circular.refresh_from_db()
    return circular


def test_edit_to_published_circular_stays_invisible_until_approved(
    client, editor, lead, published_circular
):
    """The public keeps the approved title and notes while a change waits for review."""
    copy = working_copy_create(record=published_circular, user=editor)
    copy.title = "Changed title"
    copy.save()
    copy_item = Item.objects.get(section__circular=copy, note="First note")
    copy_item.note = "Changed note"
    copy_item.save()

    public = Circular.objects.public()
    assert list(public) == [published_circular]
    live = public.get()
    assert live.title == "Original title"
    assert Item.objects.filter(section__circular=live, note="First note").exists()

    record_submit(record=copy, user=editor)
    copy.refresh_from_db()
    record_approve(record=copy, user=lead)

    live = Circular.objects.public().get()
    assert live.pk == published_circular.pk
    assert live.title == "Changed title"
    notes = list(
        Item.objects.filter(section__circular=live).values_list("note", flat=True)
    )
    assert notes == ["Changed note", "Second note"]
    assert Circular.objects.count() == 1, "the working copy is gone after approval"


def test_approval_keeps_child_ids_that_other_records_point_at(editor, lead):
    """Sessions kept by a course change keep their ids, so circular items still work."""
    course = CourseFactory(status=Status.DRAFT)
    session = SessionFactory(course=course)
    _publish(course, editor, lead)
    item = ItemFactory(session=session, section=SectionFactory())
    course.refresh_from_db()
    copy = working_copy_create(record=course, user=editor)
    copy_session = copy.sessions.get()
    copy_session.venue = "Brierley Hill Civic Hall"
    copy_session.save()
    record_submit(record=copy, user=editor)
    copy.refresh_from_db()
    record_approve(record=copy, user=lead)
    session.refresh_from_db()
    item.refresh_from_db()
    assert session.venue == "Brierley Hill Civic Hall"
    assert item.session_id == session.pk


def test_approval_refused_when_removed_child_is_still_used(editor, lead):
    """Removing a session a circular points at is refused with a clear message."""
    course = CourseFactory(status=Status.DRAFT)
    session = SessionFactory(course=course)
    _publish(course, editor, lead)
    ItemFactory(session=session, section=SectionFactory())
    course.refresh_from_db()
    copy = working_copy_create(record=course, user=editor)
    copy.sessions.all().delete()
    record_submit(record=copy, user=editor)
    copy.refresh_from_db()
    with pytest.raises(TransitionRefused, match="still used elsewhere"):
        record_approve(record=copy, user=lead)
    assert course.sessions.filter(pk=session.pk).exists()


def test_diff_shows_changes_since_last_published_version_with_children(
    editor, published_circular
):
    """The reviewer's diff names changed fields and changed child rows."""
    copy = working_copy_create(record=published_circular, user=editor)
    copy.title = "Changed title"
    copy.save()
    Item.objects.filter(section__circular=copy, note="Second note").update(
        note="A better note"
    )
    lines = diff(copy)
    added = [line.text for line in lines if line.kind == "added"]
    removed = [line.text for line in lines if line.kind == "removed"]
    assert "Title: Changed title" in added
    assert "Title: Original title" in removed
    assert any("A better note" in text for text in added)
    assert any("Second note" in text for text in removed)
    assert not any("First note" in line.text for line in lines if line.kind != "same")


def test_first_submission_diff_shows_everything_as_added(editor):
    """A record never published is compared with nothing."""
    circular = CircularFactory(status=Status.DRAFT, title="Brand new")
    lines = diff(circular)
    assert lines and all(line.kind == "added" for line in lines)


def test_restore_puts_an_old_version_into_review_not_onto_the_site(
    editor, lead, published_circular
):
    """Restoring a version makes a pending change; the public page is unchanged."""
    first = Version.objects.get(reason=Version.Reason.PUBLISHED)
    copy = working_copy_create(record=published_circular, user=editor)
    copy.title = "Second edition"
    copy.save()
    record_submit(record=copy, user=editor)
    copy.refresh_from_db()
    record_approve(record=copy, user=lead)
    live = Circular.objects.public().get()
    assert live.title == "Second edition"

    restored = version_restore(record=live, version=first, user=editor)
    assert restored.draft_of_id == live.pk
    assert restored.title == "Original title"
    assert Circular.objects.public().get().title == "Second edition"
    assert [i.note for i in Item.objects.filter(section__circular=restored)] == [
        "First note",
        "Second note",
    ]


def test_deleted_record_can_be_recovered_with_its_children(editor, lead):
    """Deleting a record keeps a snapshot from which it comes back as a draft."""
    review = CaseReviewFactory(status=Status.DRAFT, title="Adult F review")
    review.learning_points.create(position=0, text="Ask about daily routines.")
    review.delete()
    version = Version.objects.get(reason=Version.Reason.DELETED)
    recovered = record_recover(version=version, user=editor)
    assert recovered.title == "Adult F review"
    assert recovered.status == Status.DRAFT
    assert [p.text for p in recovered.learning_points.all()] == [
        "Ask about daily routines."
    ]
    version.refresh_from_db()
    assert version.recovered


def test_case_review_approval_refused_until_checklist_complete(editor, lead):
    """A lead cannot publish a case review until the checklist is confirmed."""
    review = CaseReviewFactory(status=Status.DRAFT, review_type="dhr")
    record_submit(record=review, user=editor)
    review.refresh_from_db()
    with pytest.raises(TransitionRefused, match="Home Office"):
        record_approve(record=review, user=lead)
    review.anonymised = review.family_informed = review.legal_check_done = True
    review.home_office_qa_date = datetime.date(2024, 1, 10)
    review.save()
    record_approve(record=review, user=lead)
    review.refresh_from_db()
    assert review.is_public()


def test_withdrawn_record_leaves_public_lists_but_its_working_copy_stays(
    editor, lead, published_circular
):
    """Withdrawal hides the record; an editor's pending change is not lost."""
    copy = working_copy_create(record=published_circular, user=editor)
    record_withdraw(record=published_circular, user=lead, reason="Out of date.")
    assert not Circular.objects.public().exists()
    assert Circular.objects.filter(pk=copy.pk).exists()


def test_working_copy_shares_the_slug_and_resource_targets(editor, lead):
    """A copy keeps the original's slug and points at the same records."""
    resource = ResourceFactory()
    circular = CircularFactory(status=Status.DRAFT)
    ItemFactory(section=SectionFactory(circular=circular), resource=resource)
    _publish(circular, editor, lead)
    circular.refresh_from_db()
    copy = working_copy_create(record=circular, user=editor)
    assert copy.slug == circular.slug
    assert Section.objects.filter(circular=copy).count() == 1
    assert Item.objects.get(section__circular=copy).resource_id == resource.pk
    assert working_copy_create(record=circular, user=editor) == copy
    other = UserFactory(username="another-editor", groups=["Editor"])
    assert working_copy_create(record=circular, user=other) == copy
