"""The editorial state machine, role by role and transition by transition."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from publishing.models import Action, AuditEntry, ReviewRequest, Status
from publishing.services import (
    TransitionRefused,
    record_approve,
    record_edited,
    record_request_changes,
    record_submit,
    record_withdraw,
)
from tests.factories import CircularFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_lead(db):
    return UserFactory(username="lead2", groups=["Safeguarding lead"])


@pytest.fixture
def draft(db):
    return CircularFactory(status=Status.DRAFT)


def _submit(record, user, **kwargs):
    record_submit(record=record, user=user, **kwargs)
    record.refresh_from_db()
    return record


# (role fixture, transition, allowed)
ROLE_MATRIX = [
    ("editor", "submit", True),
    ("lead", "submit", True),
    ("administrator", "submit", True),
    ("editor", "request_changes", False),
    ("lead", "request_changes", True),
    ("administrator", "request_changes", True),
    ("editor", "approve", False),
    ("lead", "approve", True),
    ("administrator", "approve", True),
    ("editor", "withdraw", False),
    ("lead", "withdraw", True),
    ("administrator", "withdraw", True),
]


@pytest.mark.parametrize(("role", "transition", "allowed"), ROLE_MATRIX)
def test_role_matrix(request, role, transition, allowed, second_lead):
    """Each role may take exactly the transitions its job needs."""
    user = request.getfixturevalue(role)
    submitter = UserFactory(username="author", groups=["Editor"])
    record = CircularFactory(status=Status.DRAFT)
    if transition != "submit":
        _submit(record, submitter)
    if transition == "withdraw":
        record_approve(record=record, user=second_lead)
        record.refresh_from_db()
    actions = {
        "submit": lambda: record_submit(record=record, user=user),
        "request_changes": lambda: record_request_changes(
            record=record, user=user, comment="Please check the dates."
        ),
        "approve": lambda: record_approve(record=record, user=user),
        "withdraw": lambda: record_withdraw(
            record=record, user=user, reason="Superseded by a new review."
        ),
    }
    before = record.status
    if allowed:
        actions[transition]()
        record.refresh_from_db()
        assert record.status != before
    else:
        with pytest.raises(TransitionRefused):
            actions[transition]()
        record.refresh_from_db()
        assert record.status == before


def test_submit_then_approve_publishes_and_logs_every_step(editor, lead, draft):
    """Submission then approval makes the record public, with both steps audited."""
    _submit(draft, editor, comment="Ready for a look.")
    assert draft.status == Status.IN_REVIEW
    assert not type(draft).objects.public().filter(pk=draft.pk).exists()
    record_approve(record=draft, user=lead)
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    assert type(draft).objects.public().filter(pk=draft.pk).exists()
    entries = list(AuditEntry.objects.order_by("created_at", "id"))
    assert [(e.action, e.from_status, e.to_status, e.user) for e in entries] == [
        (Action.SUBMIT, Status.DRAFT, Status.IN_REVIEW, editor),
        (Action.APPROVE, Status.IN_REVIEW, Status.PUBLISHED, lead),
    ]
    assert entries[0].comment == "Ready for a look."


def test_nobody_approves_their_own_submission(lead, draft):
    """A lead who submitted a record cannot also approve it."""
    _submit(draft, lead)
    with pytest.raises(TransitionRefused, match="another safeguarding lead"):
        record_approve(record=draft, user=lead)
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW


def test_request_changes_needs_a_comment(editor, lead, draft):
    """A lead must say what to change; an empty comment is refused."""
    _submit(draft, editor)
    with pytest.raises(TransitionRefused, match="comment is required"):
        record_request_changes(record=draft, user=lead, comment="   ")
    record_request_changes(record=draft, user=lead, comment="Add the review date.")
    draft.refresh_from_db()
    assert draft.status == Status.CHANGES_REQUESTED
    assert AuditEntry.objects.filter(comment="Add the review date.").exists()


def test_withdraw_needs_a_reason(editor, lead, draft):
    """Withdrawing without a reason is refused; with one, the record leaves the site."""
    _submit(draft, editor)
    record_approve(record=draft, user=lead)
    draft.refresh_from_db()
    with pytest.raises(TransitionRefused, match="reason"):
        record_withdraw(record=draft, user=lead, reason="")
    record_withdraw(record=draft, user=lead, reason="Facts under review.")
    draft.refresh_from_db()
    assert draft.status == Status.WITHDRAWN
    assert not type(draft).objects.public().filter(pk=draft.pk).exists()


def test_scheduled_approval_goes_live_at_the_set_time(
    editor, lead, draft, time_machine
):
    """A scheduled record is hidden until its go-live time, then public, then expires."""
    time_machine.move_to(datetime.datetime(2026, 3, 1, 9, tzinfo=datetime.UTC))
    _submit(draft, editor)
    go_live = timezone.now() + datetime.timedelta(days=2)
    expiry = go_live + datetime.timedelta(days=30)
    record_approve(record=draft, user=lead, publish_at=go_live, expire_at=expiry)
    model = type(draft)
    assert not model.objects.public().filter(pk=draft.pk).exists()
    assert AuditEntry.objects.filter(action=Action.SCHEDULE).exists()
    time_machine.move_to(go_live + datetime.timedelta(minutes=1))
    assert model.objects.public().filter(pk=draft.pk).exists()
    time_machine.move_to(expiry + datetime.timedelta(minutes=1))
    assert not model.objects.public().filter(pk=draft.pk).exists()


def test_edit_of_scheduled_record_sends_it_back_to_review(editor, lead, draft):
    """An approval covers what was reviewed: editing before go-live needs a new one."""
    _submit(draft, editor)
    record_approve(
        record=draft, user=lead, publish_at=timezone.now() + datetime.timedelta(days=1)
    )
    draft.refresh_from_db()
    draft.title = "A changed title"
    draft.save()
    record_edited(record=draft, user=editor)
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW
    assert ReviewRequest.objects.filter(object_id=draft.pk, is_open=True).exists()


def test_submission_emails_the_named_reviewer_else_all_leads(
    editor, lead, second_lead, draft, django_capture_on_commit_callbacks
):
    """Submission mails the named reviewer only, or every lead when none is named."""
    with django_capture_on_commit_callbacks(execute=True):
        _submit(draft, editor, reviewer=second_lead, due=datetime.date(2026, 12, 1))
    assert [m.to for m in mail.outbox] == [[second_lead.email]]
    assert "1 December 2026" in mail.outbox[0].body
    assert mail.outbox[0].alternatives[0][1] == "text/html"
    other = CircularFactory(status=Status.DRAFT)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _submit(other, editor)
    assert sorted(mail.outbox[0].to) == sorted([lead.email, second_lead.email])


def test_decision_emails_the_submitter(
    editor, lead, draft, django_capture_on_commit_callbacks
):
    """Requesting changes mails the editor who submitted, with the comment."""
    _submit(draft, editor)
    with django_capture_on_commit_callbacks(execute=True):
        record_request_changes(
            record=draft, user=lead, comment="Shorten the introduction."
        )
    assert mail.outbox[0].to == [editor.email]
    assert "Shorten the introduction." in mail.outbox[0].body
    assert "/admin/circulars/circular/" in mail.outbox[0].body
