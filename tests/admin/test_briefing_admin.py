"""Authoring a Safer7 briefing in the admin."""

import re

import pytest
from django.urls import reverse

from briefings.models import DEFAULT_SECTION_HEADINGS, Briefing
from publishing.forms import edit_token
from taxonomy.models import Category


def briefing_post_data(**overrides):
    """Return add-form data for a briefing whose seven sections hold 700 words."""
    data = {
        "number": "12",
        "title": "Professional curiosity",
        "slug": "professional-curiosity",
        "summary": "Why asking one more question matters.",
        "categories": [str(Category.objects.get(slug="adults").pk)],
        "publish_at_0": "",
        "publish_at_1": "",
        "expire_at_0": "",
        "expire_at_1": "",
        "sections-TOTAL_FORMS": "7",
        "sections-INITIAL_FORMS": "0",
        "sections-MIN_NUM_FORMS": "0",
        "sections-MAX_NUM_FORMS": "7",
        "_save": "Save",
    }
    for index, heading in enumerate(DEFAULT_SECTION_HEADINGS):
        data[f"sections-{index}-position"] = str(index + 1)
        data[f"sections-{index}-heading"] = heading
        data[f"sections-{index}-body"] = "<p>" + " ".join(["word"] * 100) + "</p>"
    data.update(overrides)
    return data


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.mark.django_db
def test_add_form_offers_seven_numbered_sections_with_default_headings(editor_client):
    """A new briefing starts with rows 1 to 7 headed Background … Further information."""
    response = editor_client.get(reverse("admin:briefings_briefing_add"))
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="sections-TOTAL_FORMS" value="7"' in content
    for index, heading in enumerate(DEFAULT_SECTION_HEADINGS):
        number = re.search(
            rf'<select name="sections-{index}-position"[^>]*>.*?</select>',
            content,
            re.DOTALL,
        ).group()
        assert f'<option value="{index + 1}" selected>' in number
        assert f'name="sections-{index}-heading" value="{heading}"' in content
    assert 'name="sections-7-heading"' not in content


@pytest.mark.django_db
def test_saving_through_the_admin_computes_reading_time(editor_client, editor):
    """Seven 100-word sections and the summary read in four minutes at 200 words a minute."""
    response = editor_client.post(
        reverse("admin:briefings_briefing_add"), briefing_post_data()
    )
    assert response.status_code == 302, response.context["errors"]
    briefing = Briefing.objects.get(number=12)
    assert briefing.sections.count() == 7
    assert list(briefing.sections.values_list("position", flat=True)) == list(
        range(1, 8)
    )
    assert briefing.reading_minutes == 4
    assert briefing.created_by == editor
    assert briefing.updated_by == editor


@pytest.mark.django_db
def test_editing_a_section_recomputes_reading_time(editor_client):
    """Lengthening a section on the change page updates the reading time."""
    editor_client.post(reverse("admin:briefings_briefing_add"), briefing_post_data())
    briefing = Briefing.objects.get(number=12)
    sections = list(briefing.sections.all())
    data = briefing_post_data(
        **{
            "sections-INITIAL_FORMS": "7",
            "edit_token": edit_token(briefing),
            "sections-0-body": "<p>" + " ".join(["word"] * 900) + "</p>",
        }
    )
    for index, section in enumerate(sections):
        data[f"sections-{index}-id"] = str(section.pk)
        data[f"sections-{index}-briefing"] = str(briefing.pk)
    response = editor_client.post(
        reverse("admin:briefings_briefing_change", args=[briefing.pk]), data
    )
    assert response.status_code == 302, response.context["errors"]
    briefing.refresh_from_db()
    assert briefing.reading_minutes == 8


@pytest.mark.django_db
def test_untouched_default_rows_are_not_saved(editor_client):
    """Rows the editor left as offered (heading only, no text) are not stored."""
    data = briefing_post_data()
    for index in range(3, 7):
        data[f"sections-{index}-body"] = ""
    response = editor_client.post(reverse("admin:briefings_briefing_add"), data)
    assert response.status_code == 302, response.context["errors"]
    briefing = Briefing.objects.get(number=12)
    assert list(briefing.sections.values_list("heading", flat=True)) == [
        "Background",
        "Why it matters",
        "Information",
    ]
    assert briefing.reading_minutes == 2


@pytest.mark.django_db
def test_section_numbers_outside_one_to_seven_are_refused(editor_client):
    """A section numbered 8 is refused with a message, not stored or crashed on."""
    data = briefing_post_data(**{"sections-6-position": "8"})
    response = editor_client.post(reverse("admin:briefings_briefing_add"), data)
    assert response.status_code == 200
    assert "Select a valid choice. 8 is not one of the available choices." in (
        response.content.decode()
    )
    assert not Briefing.objects.exists()
