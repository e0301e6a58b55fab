import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from publishing.models import Status
from resources.models import ResourceKind
from tests.factories import OrganisationFactory, ResourceFactory, ThemeFactory

LIST_URL = reverse("resources:list")


def titles_on(response):
    return [resource.title for resource in response.context["object_list"]]


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
class TestLibrary:
    def test_groups_public_resources_by_kind(self, client):
        """Resources are grouped under a heading per kind, guidance before posters."""
        ResourceFactory(title="A poster", kind=ResourceKind.POSTER)
        ResourceFactory(title="Some guidance", kind=ResourceKind.GUIDANCE)
        response = client.get(LIST_URL)
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        assert titles_on(response) == ["Some guidance", "A poster"]
        assert content.index("<h2>Guidance</h2>") < content.index("<h2>Poster</h2>")

    def test_cards_show_publisher_kind_summary_and_a_marked_external_link(self, client):
        """Each card names its publisher and kind and marks the link off the site."""
        publisher = OrganisationFactory(name="Test charity")
        resource = ResourceFactory(
            title="Childhood trauma and the brain",
            kind=ResourceKind.VIDEO,
            publisher=publisher,
            summary="A general introduction for practitioners.",
            url="https://example.org/video",
        )
        content = client.get(LIST_URL).content.decode()
        assert f'href="{resource.get_absolute_url()}">Childhood trauma' in content
        assert "Test charity" in content
        assert "A general introduction for practitioners." in content
        assert (
            '<a class="external" href="https://example.org/video">Open Childhood '
            'trauma and the brain<span class="visually-hidden"> (external site)'
            "</span></a>"
        ) in content

    def test_resources_the_public_may_not_see_are_left_out(self, client):
        """Drafts, scheduled and expired resources never appear in the list."""
        now = timezone.now()
        ResourceFactory(title="Public resource")
        ResourceFactory(title="Draft resource", status=Status.DRAFT)
        ResourceFactory(
            title="Scheduled resource", publish_at=now + datetime.timedelta(days=1)
        )
        ResourceFactory(
            title="Expired resource",
            publish_at=now - datetime.timedelta(days=9),
            expire_at=now - datetime.timedelta(days=1),
        )
        response = client.get(LIST_URL)
        assert titles_on(response) == ["Public resource"]
        for hidden in ["Draft resource", "Scheduled resource", "Expired resource"]:
            assert hidden not in response.content.decode()

    def test_filters_by_category_kind_and_theme(self, client):
        """Category, kind and theme each narrow the list."""
        theme = ThemeFactory(slug="hoarding-test")
        ResourceFactory(title="Adults pathway", kind="pathway", categories=["adults"])
        ResourceFactory(
            title="Children toolkit", kind="toolkit", categories=["children"]
        )
        ResourceFactory(title="On the theme", themes=[theme], categories=["children"])
        assert titles_on(client.get(LIST_URL, {"category": "adults"})) == [
            "Adults pathway"
        ]
        assert titles_on(client.get(LIST_URL, {"kind": "toolkit"})) == [
            "Children toolkit"
        ]
        assert titles_on(client.get(LIST_URL, {"theme": "hoarding-test"})) == [
            "On the theme"
        ]

    @pytest.mark.parametrize(
        "params",
        [{"kind": "podcast"}, {"category": "0"}, {"theme": "../etc/passwd"}],
    )
    def test_malformed_filters_are_ignored_not_errors(self, client, params):
        """Unknown filter values leave the list unfiltered and the page says so."""
        ResourceFactory(title="Only resource")
        response = client.get(LIST_URL, params)
        assert response.status_code == 200
        assert titles_on(response) == ["Only resource"]
        assert "could not be understood" in response.content.decode()

    @pytest.mark.parametrize("page", ["-1", "one", "2"])
    def test_malformed_pages_are_not_found(self, client, page):
        """A page that does not exist is a 404."""
        ResourceFactory()
        assert client.get(LIST_URL, {"page": page}).status_code == 404

    def test_paginates_twenty_a_page(self, client):
        """Twenty resources a page, the rest on the next."""
        for _ in range(21):
            ResourceFactory()
        assert len(client.get(LIST_URL).context["object_list"]) == 20
        assert len(client.get(LIST_URL, {"page": "2"}).context["object_list"]) == 1

    def test_empty_states_are_honest(self, client):
        """An empty library and a filter with no match each say so."""
        assert "No resources have been published yet." in (
            client.get(LIST_URL).content.decode()
        )
        ResourceFactory(kind="guidance")
        assert "No resources match these filters." in (
            client.get(LIST_URL, {"kind": "poster"}).content.decode()
        )

    def test_queries_do_not_grow_with_the_number_of_resources(self, client):
        """The library costs the same queries for 1 resource as for 50."""
        ResourceFactory(publisher=OrganisationFactory())
        one = count_queries(client, LIST_URL)
        for number in range(49):
            ResourceFactory(
                publisher=OrganisationFactory(), kind=list(ResourceKind)[number % 12]
            )
        fifty = count_queries(client, LIST_URL)
        assert one == fifty
        assert fifty <= 10


@pytest.mark.django_db
class TestResourcePage:
    def test_shows_the_resource_with_its_link_marked_external(self, client):
        """The page gives title, kind, publisher, summary, themes and the marked link."""
        theme = ThemeFactory(name="Trauma test")
        resource = ResourceFactory(
            title="Working definition of trauma-informed practice",
            publisher=OrganisationFactory(name="Test office"),
            summary="Guidance for staff.",
            url="https://example.org/trauma",
            themes=[theme],
        )
        response = client.get(resource.get_absolute_url())
        content = response.content.decode()
        assert response.status_code == 200
        assert content.count("<h1") == 1
        assert "<h1>Working definition of trauma-informed practice</h1>" in content
        for text in ["Guidance", "Test office", "Guidance for staff.", "Trauma test"]:
            assert text in content
        assert 'class="button external" href="https://example.org/trauma"' in content

    def test_uploaded_documents_are_offered_as_a_download(self, client):
        """A resource with an uploaded PDF links to the file, not off the site."""
        resource = ResourceFactory(url="", document="documents/resources/toolkit.pdf")
        content = client.get(resource.get_absolute_url()).content.decode()
        assert f'href="{resource.document.url}"' in content
        assert f"Download {resource.title} (PDF)" in content

    def test_resources_the_public_may_not_see_are_not_found(self, client):
        """Draft, scheduled and expired resources and unknown slugs are a 404."""
        now = timezone.now()
        for resource in [
            ResourceFactory(status=Status.DRAFT),
            ResourceFactory(status=Status.WITHDRAWN),
            ResourceFactory(publish_at=now + datetime.timedelta(minutes=5)),
            ResourceFactory(
                publish_at=now - datetime.timedelta(days=1),
                expire_at=now - datetime.timedelta(minutes=5),
            ),
        ]:
            assert client.get(resource.get_absolute_url()).status_code == 404
        unknown = reverse("resources:detail", kwargs={"slug": "no-such-resource"})
        assert client.get(unknown).status_code == 404

    def test_scheduled_resource_goes_live_at_its_time(self, client):
        """A resource set to go live later is a 404 until its time, then public."""
        go_live = datetime.datetime(2025, 2, 3, 8, tzinfo=datetime.UTC)
        resource = ResourceFactory(publish_at=go_live)
        with time_machine.travel(go_live - datetime.timedelta(seconds=30)):
            assert client.get(resource.get_absolute_url()).status_code == 404
        with time_machine.travel(go_live + datetime.timedelta(seconds=30)):
            assert client.get(resource.get_absolute_url()).status_code == 200

    def test_queries_do_not_grow_with_the_number_of_themes(self, client):
        """A resource on 50 themes costs the same queries as one on a single theme."""
        small = ResourceFactory(themes=[ThemeFactory()])
        big = ResourceFactory(themes=[ThemeFactory() for _ in range(50)])
        assert count_queries(client, small.get_absolute_url()) == count_queries(
            client, big.get_absolute_url()
        )
        assert count_queries(client, big.get_absolute_url()) <= 10
