"""Preview links for people without accounts: signed, expiring, revocable, logged."""

import datetime

import pytest

from publishing.models import PreviewLinkUse, Status
from publishing.preview import (
    PreviewLinkRefused,
    preview_link_create,
    preview_link_open,
    preview_link_revoke,
    preview_link_token,
)
from tests.factories import CircularFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return CircularFactory(status=Status.DRAFT)


def test_link_opens_the_record_and_logs_the_use(lead, draft):
    """A fresh link shows its record, and the opening is recorded."""
    link = preview_link_create(record=draft, user=lead, days=3, note="Police")
    record = preview_link_open(
        token=preview_link_token(link), ip_address="127.0.0.1", user_agent="Browser"
    )
    assert record == draft
    use = PreviewLinkUse.objects.get()
    assert (use.link, use.allowed, use.ip_address) == (link, True, "127.0.0.1")


def test_link_lasts_at_most_seven_days(lead, draft, time_machine):
    """Links longer than seven days are refused; a link stops working when it expires."""
    with pytest.raises(PreviewLinkRefused):
        preview_link_create(record=draft, user=lead, days=8)
    time_machine.move_to(datetime.datetime(2026, 5, 1, 12, tzinfo=datetime.UTC))
    link = preview_link_create(record=draft, user=lead, days=7)
    token = preview_link_token(link)
    time_machine.move_to(datetime.datetime(2026, 5, 8, 11, 59, tzinfo=datetime.UTC))
    assert preview_link_open(token=token) == draft
    time_machine.move_to(datetime.datetime(2026, 5, 8, 12, 1, tzinfo=datetime.UTC))
    assert preview_link_open(token=token) is None
    assert list(PreviewLinkUse.objects.values_list("allowed", flat=True)) == [
        False,
        True,
    ]


def test_revoked_link_stops_working(lead, draft):
    """A lead can revoke a link before it expires."""
    link = preview_link_create(record=draft, user=lead)
    preview_link_revoke(link=link)
    assert preview_link_open(token=preview_link_token(link)) is None


def test_forged_or_altered_token_finds_nothing(lead, draft):
    """Only tokens this site signed are accepted."""
    link = preview_link_create(record=draft, user=lead)
    token = preview_link_token(link)
    assert preview_link_open(token=token[:-2] + "xx") is None
    assert preview_link_open(token=str(link.pk)) is None
    assert not PreviewLinkUse.objects.exists()
