"""The workflow's records in the admin: snapshots to recover from, preview links."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from publishing.models import PreviewLink, Version
from publishing.preview import preview_link_create
from publishing.versions import snapshot
from resources.models import Resource
from tests.factories import ResourceFactory


@pytest.fixture
def superuser_client(client, administrator):
    client.force_login(administrator)
    return client


@pytest.mark.django_db
def test_recover_action_brings_a_deleted_record_back_as_a_draft(superuser_client):
    """A deleted resource comes back from its snapshot, as a draft for review."""
    resource = ResourceFactory(title="Hoarding toolkit")
    version = snapshot(record=resource, reason=Version.Reason.DELETED)
    resource.delete()
    response = superuser_client.post(
        reverse("admin:publishing_version_changelist"),
        {"action": "recover", "_selected_action": [str(version.pk)]},
        follow=True,
    )
    assert response.status_code == 200
    assert "Recovered 1 record as drafts" in response.content.decode()
    recovered = Resource.objects.get(title="Hoarding toolkit")
    assert recovered.status == "draft"
    version.refresh_from_db()
    assert version.recovered


@pytest.mark.django_db
def test_recovering_twice_explains_why_not(superuser_client):
    """A snapshot already recovered is refused with the reason, not an error page."""
    resource = ResourceFactory()
    version = snapshot(record=resource, reason=Version.Reason.DELETED)
    resource.delete()
    url = reverse("admin:publishing_version_changelist")
    data = {"action": "recover", "_selected_action": [str(version.pk)]}
    superuser_client.post(url, data)
    response = superuser_client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "has not been recovered can be" in response.content.decode()
    assert Resource.objects.count() == 1


@pytest.mark.django_db
def test_lead_revokes_a_preview_link_from_the_admin(client, lead, administrator):
    """A revoked link stops working; revoking needs the right to publish."""
    link = preview_link_create(
        record=ResourceFactory(status="draft"), user=administrator, note="Police"
    )
    client.force_login(lead)
    # Leads are given the preview link pages by the publishing roles.
    lead.user_permissions.add(Permission.objects.get(codename="view_previewlink"))
    response = client.post(
        reverse("admin:publishing_previewlink_changelist"),
        {"action": "revoke", "_selected_action": [str(link.pk)]},
        follow=True,
    )
    assert response.status_code == 200
    link.refresh_from_db()
    assert link.revoked_at is not None
    assert not link.is_active()
    assert PreviewLink.objects.count() == 1
