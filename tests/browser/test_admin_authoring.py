"""An editor authors records in the admin with a real browser: themes, Safer7
briefings written in CKEditor 5, and circulars assembled from nested sections
and items picked with autocomplete widgets."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from briefings.models import Briefing
from circulars.models import Circular
from taxonomy.models import Theme
from tests.browser.support import log_in_to_admin
from tests.factories import (
    BriefingFactory,
    CaseReviewFactory,
    CourseFactory,
    ResourceFactory,
    SessionFactory,
    ThemeFactory,
)

HOSTILE_IMAGE = '<p>Hostile image follows.</p><img src="x" onerror="alert(1)">'
HOSTILE_LINK = '<p><a href="javascript:alert(2)">Read the guidance</a></p>'
# Sent as if the editor had been bypassed, straight into the form field.
HOSTILE_RAW = (
    '<p onclick="alert(3)">Raw paragraph.</p><script>alert(4)</script>'
    '<iframe src="https://example.org/"></iframe>'
)


@pytest.fixture
def signed_in(page: Page, editor):
    """The page, logged in to the admin as `editor` of the Editor group."""
    log_in_to_admin(page, editor.username)
    return page


@pytest.fixture
def dialogs(page: Page):
    """Messages of every JavaScript dialog the page opens (none are expected)."""
    opened = []

    def record(dialog):
        opened.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return opened


@pytest.fixture
def static_responses(page: Page):
    """Every response and failed request for a static asset, by URL path."""
    seen = {"responses": {}, "failed": []}

    def on_response(response):
        path = urlsplit(response.url).path
        if path.startswith("/static/"):
            seen["responses"][path] = response.status

    def on_failed(request):
        if "/static/" in request.url:
            seen["failed"].append(request.url)

    page.on("response", on_response)
    page.on("requestfailed", on_failed)
    return seen


def editable_for(page: Page, textarea_id: str):
    """Return CKEditor's editing area for the field whose textarea has this id."""
    page.wait_for_function(
        "id => window.editors && window.editors[id]", arg=textarea_id
    )
    container = page.locator(f".ck-editor-container:has(#{textarea_id})")
    return container.locator(".ck-editor__editable")


def type_into_editor(page: Page, textarea_id: str, text: str) -> None:
    editable = editable_for(page, textarea_id)
    editable.click()
    page.keyboard.type(text)


def set_editor_data(page: Page, textarea_id: str, html: str) -> None:
    """Load HTML through the CKEditor instance, as pasting would."""
    editable_for(page, textarea_id)
    page.evaluate(
        "([id, html]) => window.editors[id].setData(html)", [textarea_id, html]
    )


def bypass_editor(page: Page, textarea_id: str, html: str) -> None:
    """Remove the editor and put raw HTML into the field it was managing.

    This is what a hand-made POST looks like: nothing in the browser filters it.
    """
    editable_for(page, textarea_id)
    page.evaluate(
        """async ([id, html]) => {
            await window.editors[id].destroy();
            delete window.editors[id];
            document.getElementById(id).value = html;
        }""",
        [textarea_id, html],
    )


def choose_autocomplete(page: Page, select_id: str, search: str, option: str):
    """Pick `option` in the admin's select2 autocomplete for the given select."""
    page.locator(f"#{select_id} + .select2-container").click()
    search_box = page.locator(".select2-container--open .select2-search__field")

    def answers_search(response):
        query = parse_qs(urlsplit(response.url).query)
        return "/admin/autocomplete/" in response.url and query.get("term") == [search]

    # The unfiltered list arrives first and is then replaced; a click on it
    # would be lost, so wait for the answer to the search itself.
    with page.expect_response(answers_search):
        search_box.fill(search)
    page.locator(
        ".select2-container--open .select2-results__option", has_text=option
    ).first.click()
    expect(page.locator(f"#{select_id} option:checked")).to_contain_text(option)


def save(page: Page) -> None:
    page.locator('input[name="_save"]').first.click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_admin_pages_load_their_styles_scripts_and_rich_text_editor(
    signed_in: Page, static_responses
):
    """The live server serves the admin's CSS and JavaScript and the CKEditor
    bundle, and the briefing form turns its rich text fields into editors."""
    page = signed_in
    page.goto("/admin/briefings/briefing/add/")
    expect(editable_for(page, "id_sections-0-body")).to_be_visible()
    page.wait_for_load_state("networkidle")

    responses = static_responses["responses"]
    for path in [
        "/static/admin/css/base.css",
        "/static/admin/js/core.js",
        "/static/django_ckeditor_5/dist/bundle.js",
        "/static/django_ckeditor_5/dist/styles.css",
    ]:
        assert responses.get(path) == 200, f"{path} answered {responses.get(path)}"
    broken = {path: status for path, status in responses.items() if status >= 400}
    assert not broken, f"static files not served: {broken}"
    assert not static_responses["failed"], static_responses["failed"]
    assert page.locator(".ck-editor__editable").count() == 7


def test_editor_adds_a_theme(signed_in: Page):
    """An editor adds a theme; the slug is filled in from the name as typed."""
    page = signed_in
    page.goto("/admin/taxonomy/theme/add/")
    page.locator("#id_name").press_sequentially("Parental Mental Health")
    expect(page.locator("#id_slug")).to_have_value("parental-mental-health")
    page.locator("#id_summary").fill(
        "How a parent's mental health shapes a child's safety."
    )
    page.locator("#id_description").fill("Reviews where a parent was unwell.")
    save(page)

    theme = Theme.objects.get(slug="parental-mental-health")
    assert theme.name == "Parental Mental Health"
    assert theme.summary == "How a parent's mental health shapes a child's safety."


def test_editor_writes_a_safer7_briefing_and_the_saved_html_is_sanitised(
    signed_in: Page, dialogs
):
    """Text typed into CKEditor 5 is saved with its formatting; script carried
    in by pasted HTML or by a request that skips the editor is removed."""
    page = signed_in
    theme = ThemeFactory(name="Professional Curiosity", slug="professional-curiosity")
    page.goto("/admin/briefings/briefing/add/")

    page.locator("#id_number").fill("42")
    page.locator("#id_title").press_sequentially("Seeing the child")
    expect(page.locator("#id_slug")).to_have_value("seeing-the-child")
    page.locator("#id_summary").fill("Why every visit should include the child.")
    page.locator("#id_categories_1").check()
    choose_autocomplete(page, "id_themes", "Curiosity", "Professional Curiosity")

    type_into_editor(page, "id_sections-0-body", "Practitioners rarely saw ")
    page.keyboard.press("Control+B")
    page.keyboard.type("the child alone")
    page.keyboard.press("Control+B")
    page.keyboard.type(".")
    type_into_editor(page, "id_sections-1-body", "Children show what words miss.")
    set_editor_data(page, "id_sections-2-body", HOSTILE_IMAGE)
    set_editor_data(page, "id_sections-3-body", HOSTILE_LINK)
    type_into_editor(page, "id_sections-4-body", "Ask to see the child's room.")
    bypass_editor(page, "id_sections-5-body", HOSTILE_RAW)
    type_into_editor(page, "id_sections-6-body", "See the multi-agency procedures.")
    save(page)

    briefing = Briefing.objects.get(number=42)
    assert briefing.title == "Seeing the child"
    assert list(briefing.themes.all()) == [theme]
    sections = list(briefing.sections.order_by("position"))
    assert [s.position for s in sections] == [1, 2, 3, 4, 5, 6, 7]
    assert [s.heading for s in sections] == [
        "Background",
        "Why it matters",
        "Information",
        "Information",
        "What to do",
        "Questions for reflection",
        "Further information",
    ]
    bodies = [s.body for s in sections]
    assert bodies[0] == (
        "<p>Practitioners rarely saw <strong>the child alone</strong>.</p>"
    )
    assert "Children show what words miss." in bodies[1]
    assert "Hostile image follows." in bodies[2]
    assert "Read the guidance" in bodies[3]
    assert "Raw paragraph." in bodies[5]
    saved = "\n".join(bodies).lower()
    for forbidden in ["onerror", "onclick", "javascript:", "<script", "<iframe"]:
        assert forbidden not in saved, f"{forbidden!r} survived in {saved}"
    assert briefing.reading_minutes >= 1
    assert dialogs == []


def test_editor_assembles_a_circular_whose_sections_and_items_keep_their_order(
    signed_in: Page, dialogs
):
    """Two sections of two items each, targets picked with autocomplete, are
    saved in the order entered; the introduction typed in CKEditor is stored
    as HTML, and script pasted into a section's text is removed."""
    page = signed_in
    ThemeFactory(name="Neglect", slug="neglect")
    review = CaseReviewFactory(title="Learning from Child T", pseudonym="Child T")
    briefing = BriefingFactory(number=7, title="Home conditions")
    session = SessionFactory(course=CourseFactory(title="Neglect toolkit training"))
    resource = ResourceFactory(title="Graded Care Profile 2")

    page.goto("/admin/circulars/circular/add/")
    page.locator("#id_title").press_sequentially("Thematic learning: neglect")
    expect(page.locator("#id_slug")).to_have_value("thematic-learning-neglect")
    page.locator("#id_issue_date").fill("2025-03-14")
    choose_autocomplete(page, "id_primary_theme", "Negl", "Neglect")
    page.locator("#id_categories_1").check()
    type_into_editor(page, "id_introduction", "Neglect is the theme this month.")

    add_section = page.locator(".djn-add-handler.djn-model-circulars-section")
    plan = [
        (
            "Reviews",
            [
                ("case_review", "Child T", "Learning from Child T"),
                ("briefing", "Home", "Home conditions"),
            ],
        ),
        (
            "Training and Resources",
            [
                ("session", "toolkit", "Neglect toolkit training"),
                ("resource", "Graded", "Graded Care Profile 2"),
            ],
        ),
    ]
    for s, (heading, items) in enumerate(plan):
        add_section.click()
        page.locator(f"#id_sections-{s}-heading").fill(heading)
        add_item = page.locator(
            f"#sections-{s}-items-group .djn-add-handler.djn-model-circulars-item"
        )
        for i, (field, search, label) in enumerate(items):
            add_item.click()
            choose_autocomplete(
                page, f"id_sections-{s}-items-{i}-{field}", search, label
            )
    set_editor_data(page, "id_sections-0-body", HOSTILE_IMAGE + HOSTILE_LINK)
    page.locator("#id_sections-1-items-1-note").fill("The tool every visit uses.")
    save(page)

    circular = Circular.objects.get(slug="thematic-learning-neglect")
    assert circular.primary_theme.slug == "neglect"
    assert circular.introduction == "<p>Neglect is the theme this month.</p>"

    sections = list(circular.sections.all())
    assert [s.heading for s in sections] == ["Reviews", "Training and Resources"]
    body = sections[0].body.lower()
    assert "hostile image follows." in body
    assert "read the guidance" in body
    for forbidden in ["onerror", "javascript:", "<script"]:
        assert forbidden not in body, body
    assert sections[0].position < sections[1].position
    targets = [[item.target for item in section.items.all()] for section in sections]
    assert targets == [[review, briefing], [session, resource]]
    for section in sections:
        positions = [item.position for item in section.items.all()]
        assert positions == sorted(set(positions))
    last = sections[1].items.all()[1]
    assert last.note == "The tool every visit uses."
    assert dialogs == []
