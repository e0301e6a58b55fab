"""Assembling a circular's sections and items on the circular's own admin page."""

import pytest
from django.urls import reverse

from circulars.models import Circular, Item
from publishing.forms import edit_token
from taxonomy.models import Category
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CircularFactory,
    CourseFactory,
    ResourceFactory,
    ThemeFactory,
)

TARGETS = ("case_review", "briefing", "course", "session", "resource")


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def circular_data(theme, sections):
    """Return add-form data for a circular.

    `sections` is a list of (position, heading, items), each item a
    (position, {target: pk}, note) triple, in the order the rows appear on
    the page.
    """
    data = {
        "title": "Thematic Learning – Neglect",
        "slug": "thematic-learning-neglect",
        "issue_date": "2024-05-24",
        "primary_theme": str(theme.pk),
        "categories": [str(pk) for pk in Category.objects.values_list("pk", flat=True)],
        "introduction": "<p>This issue looks at neglect.</p>",
        "_save": "Save",
        **management("sections", len(sections)),
    }
    for s_index, (s_position, heading, items) in enumerate(sections):
        prefix = f"sections-{s_index}"
        data.update(
            {
                f"{prefix}-id": "",
                f"{prefix}-circular": "",
                f"{prefix}-position": str(s_position),
                f"{prefix}-heading": heading,
                f"{prefix}-standard_text": "",
                f"{prefix}-body": "",
                **management(f"{prefix}-items", len(items)),
            }
        )
        for i_index, (i_position, targets, note) in enumerate(items):
            item = f"{prefix}-items-{i_index}"
            data.update(
                {
                    f"{item}-id": "",
                    f"{item}-section": "",
                    f"{item}-position": str(i_position),
                    f"{item}-note": note,
                }
            )
            for name in TARGETS:
                data[f"{item}-{name}"] = str(targets.get(name, ""))
    return data


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
def test_circular_with_two_sections_of_two_items_keeps_their_order(
    editor_client, editor
):
    """Sections and items are stored in the order their positions give.

    Dragging rows rewrites the hidden positions, so rows whose positions run
    against the page order must be stored by position.
    """
    theme = ThemeFactory()
    review_1, review_2 = CaseReviewFactory(), CaseReviewFactory()
    briefing, resource = BriefingFactory(), ResourceFactory()
    data = circular_data(
        theme,
        [
            (
                1,
                "Helpful Resources",
                [
                    (1, {"briefing": briefing.pk}, ""),
                    (0, {"resource": resource.pk}, "Read this first."),
                ],
            ),
            (
                0,
                "Reviews",
                [
                    (0, {"case_review": review_2.pk}, ""),
                    (1, {"case_review": review_1.pk}, ""),
                ],
            ),
        ],
    )
    response = editor_client.post(reverse("admin:circulars_circular_add"), data)
    assert response.status_code == 302, response.context["errors"]

    circular = Circular.objects.get(slug="thematic-learning-neglect")
    assert circular.created_by == editor
    assert circular.updated_by == editor
    sections = list(circular.sections.all())
    assert [section.heading for section in sections] == ["Reviews", "Helpful Resources"]
    assert [item.target for item in sections[0].items.all()] == [review_2, review_1]
    assert [item.target for item in sections[1].items.all()] == [resource, briefing]
    assert sections[1].items.first().note == "Read this first."


@pytest.mark.django_db
def test_reordering_on_the_change_page_is_saved(editor_client):
    """Moving the second item above the first on an existing circular sticks."""
    circular = CircularFactory(status="draft")
    section = circular.sections.create(heading="Training", position=0)
    first = section.items.create(course=CourseFactory(), position=0)
    second = section.items.create(course=CourseFactory(), position=1)
    data = circular_data(circular.primary_theme, [])
    data.update(
        {
            "title": circular.title,
            "slug": circular.slug,
            "edit_token": edit_token(circular),
            **management("sections", 1, initial=1),
            "sections-0-id": str(section.pk),
            "sections-0-circular": str(circular.pk),
            "sections-0-position": "0",
            "sections-0-heading": "Training",
            "sections-0-standard_text": "",
            "sections-0-body": "",
            **management("sections-0-items", 2, initial=2),
        }
    )
    for index, (item, position) in enumerate([(first, 1), (second, 0)]):
        prefix = f"sections-0-items-{index}"
        data.update(
            {
                f"{prefix}-id": str(item.pk),
                f"{prefix}-section": str(section.pk),
                f"{prefix}-position": str(position),
                f"{prefix}-note": "",
                **{f"{prefix}-{name}": "" for name in TARGETS},
                f"{prefix}-course": str(item.course_id),
            }
        )
    response = editor_client.post(
        reverse("admin:circulars_circular_change", args=[circular.pk]), data
    )
    assert response.status_code == 302, response.context["errors"]
    assert list(section.items.all()) == [second, first]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "targets",
    [
        pytest.param("two", id="two-targets"),
        pytest.param("none", id="no-target"),
    ],
)
def test_item_without_exactly_one_target_is_refused_with_a_message(
    editor_client, targets
):
    """An item naming two records, or none, redisplays the form with the reason."""
    theme = ThemeFactory()
    if targets == "two":
        chosen = {
            "case_review": CaseReviewFactory().pk,
            "resource": ResourceFactory().pk,
        }
    else:
        chosen = {}
    data = circular_data(
        theme, [(0, "Reviews", [(0, chosen, "A note without a record.")])]
    )
    response = editor_client.post(reverse("admin:circulars_circular_add"), data)
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count("Choose exactly one record for this item") == 1
    assert "Choose exactly one record for each item." not in content
    assert not Circular.objects.exists()
    assert not Item.objects.exists()


@pytest.mark.django_db
def test_blank_item_row_with_only_a_position_is_skipped(editor_client):
    """A row added and left empty (its position set by dragging) is not refused."""
    theme = ThemeFactory()
    resource = ResourceFactory()
    data = circular_data(
        theme,
        [
            (
                0,
                "Helpful Resources",
                [(0, {"resource": resource.pk}, ""), (1, {}, "")],
            )
        ],
    )
    response = editor_client.post(reverse("admin:circulars_circular_add"), data)
    assert response.status_code == 302, response.context["errors"]
    section = Circular.objects.get().sections.get()
    assert [item.target for item in section.items.all()] == [resource]


@pytest.mark.django_db
def test_saving_over_someone_elses_later_save_is_refused_with_a_message(
    editor_client, lead
):
    """A form opened before another person's save does not silently overwrite it."""
    circular = CircularFactory(status="draft")
    data = circular_data(circular.primary_theme, [])
    data.update(
        {
            "title": "My title",
            "slug": circular.slug,
            "edit_token": edit_token(circular),
        }
    )
    circular.title = "Their title"
    circular.updated_by = lead
    circular.save()

    url = reverse("admin:circulars_circular_change", args=[circular.pk])
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "lead saved changes to this record at" in response.content.decode()
    assert 'value="My title"' in response.content.decode()
    circular.refresh_from_db()
    assert circular.title == "Their title"
