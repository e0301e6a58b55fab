"""Every registered admin page opens, so options Django ignores cannot hide."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from publishing.admin import PublishableAdminMixin
from publishing.forms import edit_token
from publishing.models import AuditEntry, ReviewRequest
from taxonomy.models import AbuseType, AgeBand, Agency, Category
from tests import factories


def make_audit_entry(user):
    review = factories.CaseReviewFactory()
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(review),
        object_id=review.pk,
        object_repr=str(review),
        action="submit",
        from_status="draft",
        to_status="in_review",
        user=user,
    )


def make_review_request(user):
    review = factories.CaseReviewFactory()
    return ReviewRequest.objects.create(
        content_type=ContentType.objects.get_for_model(review),
        object_id=review.pk,
        submitted_by=user,
    )


def make_version(user):
    from publishing.versions import snapshot

    return snapshot(record=factories.ResourceFactory(), reason="published", user=user)


def make_preview_link(user):
    from publishing.preview import preview_link_create

    return preview_link_create(
        record=factories.ResourceFactory(status="draft"), user=user, note="Police"
    )


# Apps whose records every staff role reads.
CONTENT_APPS = {"casereviews", "briefings", "training", "resources", "circulars"}


# How to get one row of each registered model for its change page.
MAKERS = {
    "auth.user": lambda user: user,
    "auth.group": lambda user: Group.objects.get(name="Editor"),
    "publishing.auditentry": make_audit_entry,
    "publishing.reviewrequest": make_review_request,
    "publishing.version": make_version,
    "publishing.previewlink": make_preview_link,
    "taxonomy.category": lambda user: Category.objects.first(),
    "taxonomy.ageband": lambda user: AgeBand.objects.first(),
    "taxonomy.abusetype": lambda user: AbuseType.objects.first(),
    "taxonomy.agency": lambda user: Agency.objects.first(),
    "taxonomy.theme": lambda user: factories.ThemeFactory(),
    "taxonomy.organisation": lambda user: factories.OrganisationFactory(),
    "casereviews.casereview": lambda user: factories.CaseReviewFactory(),
    "casereviews.learningpoint": lambda user: factories.LearningPointFactory(),
    "casereviews.recommendation": lambda user: factories.RecommendationFactory(),
    "casereviews.reviewdocument": lambda user: factories.ReviewDocumentFactory(),
    "briefings.briefing": lambda user: factories.BriefingFactory(),
    "briefings.briefingsection": lambda user: factories.BriefingSectionFactory(),
    "training.course": lambda user: factories.CourseFactory(),
    "training.learningoutcome": lambda user: factories.LearningOutcomeFactory(),
    "training.session": lambda user: factories.SessionFactory(),
    "training.speaker": lambda user: factories.SpeakerFactory(),
    "resources.resource": lambda user: factories.ResourceFactory(),
    "circulars.circular": lambda user: factories.CircularFactory(),
    "circulars.section": lambda user: factories.SectionFactory(),
    "circulars.item": lambda user: factories.ItemFactory(),
    "circulars.standardtext": lambda user: factories.StandardTextFactory(),
}


@pytest.fixture
def superuser_client(client, administrator):
    client.force_login(administrator)
    return client


def registered():
    return sorted(admin.site._registry.items(), key=lambda pair: pair[0]._meta.label)


def test_every_registered_model_has_a_row_maker():
    """A newly registered model must be added to the smoke test before it passes."""
    labels = {model._meta.label_lower for model, _model_admin in registered()}
    assert labels - set(MAKERS) == set()


@pytest.mark.django_db
def test_every_admin_changelist_add_and_change_page_opens(
    superuser_client, administrator, rf
):
    """Each changelist (plain and searched), add and change page answers 200.

    A record's change page carries the token that detects a clashing save.

    Admins that do not allow adding (fixed vocabularies, rows edited on their
    parent's page) refuse the add page with 403 instead.
    """
    request = rf.get("/admin/")
    request.user = administrator
    for model, model_admin in registered():
        label = model._meta.label_lower
        obj = MAKERS[label](administrator)
        info = (model._meta.app_label, model._meta.model_name)

        changelist = reverse("admin:{}_{}_changelist".format(*info))
        response = superuser_client.get(changelist)
        assert response.status_code == 200, f"{label} changelist"
        if model_admin.get_search_fields(request):
            response = superuser_client.get(changelist, {"q": "test 1"})
            assert response.status_code == 200, f"{label} search"

        add = reverse("admin:{}_{}_add".format(*info))
        expected = 200 if model_admin.has_add_permission(request) else 403
        response = superuser_client.get(add)
        assert response.status_code == expected, f"{label} add page"

        change = reverse("admin:{}_{}_change".format(*info), args=[obj.pk])
        response = superuser_client.get(change)
        assert response.status_code == 200, f"{label} change page"
        if isinstance(model_admin, PublishableAdminMixin):
            # Without the token a second save could overwrite someone else's.
            token = f'name="edit_token" value="{edit_token(obj)}"'
            assert token in response.content.decode(), f"{label} edit token"


@pytest.mark.django_db
def test_admin_names_the_site(superuser_client):
    """The admin's header and page title say DSPP Learning."""
    response = superuser_client.get(reverse("admin:index"))
    assert response.status_code == 200
    content = response.content.decode()
    assert '<a href="/admin/">DSPP Learning</a>' in content
    assert "| DSPP Learning</title>" in content


@pytest.mark.django_db
def test_fixed_vocabularies_cannot_be_added_or_deleted(superuser_client):
    """Categories and age bands are fixed lists, even for a superuser."""
    category = Category.objects.get(slug="adults")
    response = superuser_client.get(
        reverse("admin:taxonomy_category_delete", args=[category.pk])
    )
    assert response.status_code == 403
    response = superuser_client.get(reverse("admin:taxonomy_ageband_changelist"))
    assert reverse("admin:taxonomy_ageband_add").encode() not in response.content


@pytest.mark.django_db
def test_item_target_autocomplete_finds_reviews_by_pseudonym_and_briefings_by_number(
    superuser_client,
):
    """The item pickers search case reviews by pseudonym and briefings by number."""
    factories.CaseReviewFactory(title="Review of care at home", pseudonym="Adult F")
    factories.BriefingFactory(number=42, title="Hoarding")
    url = reverse("admin:autocomplete")
    common = {"app_label": "circulars", "model_name": "item"}

    response = superuser_client.get(
        url, {**common, "field_name": "case_review", "term": "Adult F"}
    )
    assert response.status_code == 200
    texts = [result["text"] for result in response.json()["results"]]
    assert texts == ["Review of care at home (Adult F)"]

    response = superuser_client.get(
        url, {**common, "field_name": "briefing", "term": "42"}
    )
    texts = [result["text"] for result in response.json()["results"]]
    assert texts == ["Safer7 42: Hoarding"]


@pytest.mark.django_db
def test_audit_log_exports_as_csv(superuser_client, administrator):
    """The audit log's export action downloads the chosen entries as CSV."""
    entry = make_audit_entry(administrator)
    entry.comment = "=HYPERLINK()"
    entry.save()
    response = superuser_client.post(
        reverse("admin:publishing_auditentry_changelist"),
        {"action": "export_csv", "_selected_action": [str(entry.pk)]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "when,who,action,record,kind,from,to,comment"
    assert "Submitted for review" in lines[1]
    assert lines[1].endswith(",Draft,In review,'=HYPERLINK()")


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["editor", "lead"])
def test_every_admin_page_answers_staff_roles_without_error(
    client, editor, lead, administrator, username
):
    """Editors and leads get each page or a plain refusal, never an error.

    The pages they may use (every content record) open for them.
    """
    user = {"editor": editor, "lead": lead}[username]
    client.force_login(user)
    for model, _model_admin in registered():
        label = model._meta.label_lower
        obj = MAKERS[label](administrator)
        info = (model._meta.app_label, model._meta.model_name)
        pages = [
            reverse("admin:{}_{}_changelist".format(*info)),
            reverse("admin:{}_{}_add".format(*info)),
            reverse("admin:{}_{}_change".format(*info), args=[obj.pk]),
        ]
        for url in pages:
            response = client.get(url)
            assert response.status_code in (200, 403), url
            if model._meta.app_label in CONTENT_APPS and not url.endswith("/add/"):
                assert response.status_code == 200, url


@pytest.mark.django_db
def test_item_pickers_offer_records_not_their_pending_changes(
    superuser_client, administrator
):
    """A working copy of a published record is never offered as an item's target."""
    from publishing.versions import working_copy_create

    review = factories.CaseReviewFactory(title="Review of neglect", pseudonym="")
    course = factories.CourseFactory(title="Neglect course")
    factories.SessionFactory(course=course)
    working_copy_create(record=review, user=administrator)
    working_copy_create(record=course, user=administrator)
    url = reverse("admin:autocomplete")
    common = {"app_label": "circulars", "model_name": "item"}

    response = superuser_client.get(
        url, {**common, "field_name": "case_review", "term": "neglect"}
    )
    assert [r["id"] for r in response.json()["results"]] == [str(review.pk)]

    response = superuser_client.get(
        url, {**common, "field_name": "session", "term": "Neglect course"}
    )
    sessions = response.json()["results"]
    assert [r["id"] for r in sessions] == [str(course.sessions.get().pk)]
