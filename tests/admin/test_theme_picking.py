"""Offering the public records on a circular's themes, and starting one from a theme."""

import datetime

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.urls import reverse

from circulars.models import Circular
from circulars.services import (
    circular_add_records,
    circular_start_from_theme,
    circular_theme_candidates,
)
from taxonomy.models import Category
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ItemFactory,
    ResourceFactory,
    SectionFactory,
    ThemeFactory,
)


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Neglect at home", slug="neglect-at-home")


@pytest.fixture
def records(theme):
    """Public records on the theme, plus drafts and off-theme records that must not show."""
    return {
        "review": CaseReviewFactory(themes=[theme], categories=["children"]),
        "briefing": BriefingFactory(themes=[theme], categories=["children"]),
        "course": CourseFactory(themes=[theme], categories=["children"]),
        "resource": ResourceFactory(themes=[theme], categories=["children"]),
        "draft": CaseReviewFactory(themes=[theme], status="draft"),
        "elsewhere": ResourceFactory(themes=[ThemeFactory()]),
    }


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
def test_start_from_theme_fills_sections_with_the_public_records(
    theme, records, editor
):
    """The new draft holds each public record on the theme in its kind's section."""
    circular = circular_start_from_theme(
        theme=theme,
        title="Thematic Learning – Neglect",
        issue_date=datetime.date(2025, 3, 1),
        user=editor,
    )
    assert circular.status == "draft"
    assert circular.primary_theme == theme
    assert circular.created_by == editor
    sections = {
        section.heading: [item.target for item in section.items.all()]
        for section in circular.sections.all()
    }
    assert sections == {
        "Reviews": [records["review"]],
        "Safer7 Briefings": [records["briefing"]],
        "Training": [records["course"]],
        "Helpful Resources": [records["resource"]],
    }
    assert list(circular.categories.values_list("slug", flat=True)) == ["children"]


@pytest.mark.django_db
def test_start_from_theme_gives_each_circular_its_own_slug(theme, editor):
    """Two circulars with the same title do not clash."""
    first = circular_start_from_theme(
        theme=theme, title="Neglect", issue_date=datetime.date(2025, 1, 1), user=editor
    )
    second = circular_start_from_theme(
        theme=theme, title="Neglect", issue_date=datetime.date(2025, 3, 1), user=editor
    )
    assert (first.slug, second.slug) == ("neglect", "neglect-2")
    assert set(second.categories.values_list("slug", flat=True)) == {
        "adults",
        "children",
    }


@pytest.mark.django_db
def test_start_from_theme_view_creates_the_draft_and_opens_it(
    editor_client, theme, records
):
    """The admin form asks for theme, title and date, then opens the new circular."""
    url = reverse("admin:circulars_circular_start_from_theme")
    assert editor_client.get(url).status_code == 200
    response = editor_client.post(
        url,
        {"theme": theme.pk, "title": "Neglect again", "issue_date": "2025-03-01"},
    )
    circular = Circular.objects.get(title="Neglect again")
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:circulars_circular_change", args=[circular.pk]
    )
    assert circular.sections.count() == 4
    assert LogEntry.objects.filter(
        object_id=str(circular.pk), action_flag=ADDITION
    ).exists()


@pytest.mark.django_db
def test_start_from_theme_view_explains_missing_answers(editor_client):
    """Leaving the form empty shows what is needed, not an error page."""
    response = editor_client.post(
        reverse("admin:circulars_circular_start_from_theme"),
        {"theme": "", "title": "", "issue_date": "not a date"},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "This field is required." in content
    assert "Enter a valid date." in content
    assert not Circular.objects.exists()


@pytest.mark.django_db
def test_change_page_offers_records_not_yet_in_the_circular(
    editor_client, theme, records
):
    """The panel lists public records on the themes, by kind, minus those included."""
    previous = CircularFactory(
        primary_theme=theme, issue_date=datetime.date(2024, 1, 1), title="Neglect 2024"
    )
    older_resource = ResourceFactory(title="Older poster")
    ItemFactory(section=SectionFactory(circular=previous), resource=older_resource)
    circular = CircularFactory(
        primary_theme=theme, issue_date=datetime.date(2025, 1, 1), status="draft"
    )
    ItemFactory(section=SectionFactory(circular=circular), resource=records["resource"])

    candidates = circular_theme_candidates(circular=circular)
    offered = {group.label: group.records for group in candidates.groups}
    assert offered == {
        "Reviews": [records["review"]],
        "Safer7 Briefings": [records["briefing"]],
        "Training": [records["course"]],
        "Helpful Resources": [],
    }
    assert candidates.previous == previous
    assert candidates.previous_records == [older_resource]

    response = editor_client.get(
        reverse("admin:circulars_circular_change", args=[circular.pk])
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert f'value="case_review:{records["review"].pk}"' in content
    assert f'value="resource:{older_resource.pk}"' in content
    assert f'value="resource:{records["resource"].pk}"' not in content
    assert f'value="case_review:{records["draft"].pk}"' not in content
    assert "Neglect 2024" in content
    assert "Add these records" in content


@pytest.mark.django_db
def test_add_these_records_appends_the_ticked_public_records(
    editor_client, theme, records
):
    """Ticked records join the matching sections; drafts posted by hand are ignored."""
    circular = CircularFactory(primary_theme=theme, status="draft")
    reviews = SectionFactory(circular=circular, heading="Reviews", position=0)
    ItemFactory(section=reviews, case_review=CaseReviewFactory(), position=0)
    response = editor_client.post(
        reverse("admin:circulars_circular_add_records", args=[circular.pk]),
        {
            "record": [
                f"case_review:{records['review'].pk}",
                f"briefing:{records['briefing'].pk}",
                f"case_review:{records['draft'].pk}",
                "nonsense",
                "course:999999",
            ]
        },
    )
    assert response.status_code == 302
    sections = list(circular.sections.all())
    assert [section.heading for section in sections] == ["Reviews", "Safer7 Briefings"]
    assert [item.target for item in sections[0].items.all()][1:] == [records["review"]]
    assert [item.target for item in sections[1].items.all()] == [records["briefing"]]


@pytest.mark.django_db
def test_staff_without_change_permission_cannot_add_records(client, theme, records):
    """Only someone who may edit circulars can add records to one."""
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="visitor"))
    circular = CircularFactory(primary_theme=theme, status="draft")
    response = client.post(
        reverse("admin:circulars_circular_add_records", args=[circular.pk]),
        {"record": [f"course:{records['course'].pk}"]},
    )
    assert response.status_code == 403
    assert not circular.sections.exists()
    response = client.get(reverse("admin:circulars_circular_start_from_theme"))
    assert response.status_code == 403


@pytest.mark.django_db
def test_adding_a_record_twice_adds_it_once(theme, records, editor):
    """A record already in the circular is not added again."""
    circular = CircularFactory(primary_theme=theme, status="draft")
    assert (
        circular_add_records(
            circular=circular, records=[records["course"]], user=editor
        )
        == 1
    )
    assert (
        circular_add_records(
            circular=circular, records=[records["course"]], user=editor
        )
        == 0
    )
    assert circular.sections.get().items.count() == 1


@pytest.mark.django_db
def test_adding_records_to_a_circular_in_review_restarts_its_review(
    theme, records, editor
):
    """Adding records is an edit, so a circular in review goes back to review."""
    from publishing.models import AuditEntry

    circular = CircularFactory(primary_theme=theme, status="in_review")
    circular_add_records(circular=circular, records=[records["course"]], user=editor)
    entry = AuditEntry.objects.get(object_id=circular.pk)
    assert entry.action == "edit_in_review"


def test_categories_are_seeded():
    """The fixed categories exist for the services to copy."""
    assert Category.Slug.values == ["adults", "children"]
