"""What an editor can and cannot do in the admin."""

import pytest
from django.urls import reverse

from tests.factories import BriefingFactory, CaseReviewFactory, CircularFactory

MAIN_RECORDS = [
    ("casereviews", "casereview", CaseReviewFactory),
    ("briefings", "briefing", BriefingFactory),
    ("circulars", "circular", CircularFactory),
]


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
def test_editor_can_open_the_circular_add_page(editor_client):
    """An editor starts a circular with sections and items on one page."""
    response = editor_client.get(reverse("admin:circulars_circular_add"))
    assert response.status_code == 200
    assert b'name="sections-TOTAL_FORMS"' in response.content
    assert b"Start a circular from a theme" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(("app", "model", "factory"), MAIN_RECORDS)
def test_editor_sees_no_delete_for_main_records(editor_client, app, model, factory):
    """Editors cannot delete a main record: no link, no bulk action, no delete page."""
    record = factory()
    delete_url = reverse(f"admin:{app}_{model}_delete", args=[record.pk])
    change = editor_client.get(reverse(f"admin:{app}_{model}_change", args=[record.pk]))
    assert change.status_code == 200
    assert delete_url.encode() not in change.content
    assert b'class="deletelink"' not in change.content

    changelist = editor_client.get(reverse(f"admin:{app}_{model}_changelist"))
    assert changelist.status_code == 200
    assert b"delete_selected" not in changelist.content

    delete = editor_client.get(delete_url)
    assert delete.status_code == 403


@pytest.mark.django_db
def test_editor_cannot_set_status_or_go_live_times_in_the_form(editor_client, editor):
    """Status and times are shown but not editable: they move only through review."""
    review = CaseReviewFactory(status="draft")
    response = editor_client.get(
        reverse("admin:casereviews_casereview_change", args=[review.pk])
    )
    assert b'name="status"' not in response.content
    assert b'name="publish_at_0"' not in response.content
    assert b"Draft" in response.content


@pytest.mark.django_db
def test_lead_may_set_go_live_and_expiry_times(client, lead):
    """A safeguarding lead sees the go-live and expiry times as fields."""
    client.force_login(lead)
    review = CaseReviewFactory(status="draft")
    response = client.get(
        reverse("admin:casereviews_casereview_change", args=[review.pk])
    )
    assert b'name="status"' not in response.content
    assert b'name="publish_at_0"' in response.content
