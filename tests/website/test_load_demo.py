"""`manage.py load_demo` builds both seed circulars and every record behind them."""

import datetime
import re
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from briefings.models import DEFAULT_SECTION_HEADINGS, Briefing, BriefingSection
from casereviews.models import CaseReview
from circulars.models import Circular, Item, Section, StandardText
from publishing.fields import RichTextField
from publishing.models import Status
from publishing.sanitise import sanitise_html
from resources.models import Resource
from taxonomy.models import Organisation, Theme
from training.models import Course, CourseKind, LearningOutcome, Session, Speaker

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# The day these expectations were written; sessions are fixed dates after it.
TODAY = datetime.datetime(2026, 11, 22, 12, 0, tzinfo=LONDON)

SEPTEMBER_2023 = "thematic-learning-trauma-informed-and-person-centred-practice-2023-09"
MAY_2024 = "thematic-learning-trauma-informed-practice-2024-05"
HOW_WE_REVIEW = "How do we review multi agency practice and share learning?"


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("load_demo", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def loaded():
    run("--no-accounts")


def headings(slug):
    return list(
        Section.objects.filter(circular__slug=slug)
        .order_by("position")
        .values_list("heading", flat=True)
    )


def item_titles(slug, heading):
    section = Section.objects.get(circular__slug=slug, heading=heading)
    return [str(item.target.title) for item in section.items.order_by("position")]


def models_with_tables(**kwargs):
    tables = set(connection.introspection.table_names())
    return [m for m in apps.get_models(**kwargs) if m._meta.db_table in tables]


def snapshot():
    """Every row of every table, auto-created many-to-many tables included."""
    return {
        model._meta.label: list(model._default_manager.order_by("pk").values())
        for model in models_with_tables(include_auto_created=True)
    }


def test_counts_per_type_match_the_data_derived_from_the_seeds(loaded):
    """Two circulars, 14 sections and 77 items, with every record they point at."""
    assert Circular.objects.count() == 2
    assert Section.objects.count() == 14
    assert Item.objects.count() == 77
    assert StandardText.objects.count() == 2
    assert CaseReview.objects.count() == 6
    assert Briefing.objects.count() == 11
    assert BriefingSection.objects.count() == 77
    assert Course.objects.count() == 11
    assert Course.objects.filter(kind=CourseKind.COURSE).count() == 6
    assert Course.objects.filter(kind=CourseKind.ELEARNING).count() == 4
    assert Course.objects.filter(kind=CourseKind.EVENT).count() == 1
    assert Session.objects.count() == 9
    assert Speaker.objects.count() == 3
    assert Resource.objects.count() == 27


def test_summary_prints_counts_per_type():
    """The command ends with one line per type giving its count."""
    out, _ = run("--no-accounts")
    assert "Circulars: 2 (2 created, 0 updated, 0 removed)" in out
    assert "Briefings: 11 (11 created" in out
    assert "Resources: 27 (27 created" in out
    assert "Demo accounts skipped (--no-accounts)." in out


def test_circulars_carry_the_seed_titles_dates_categories_and_themes(loaded):
    """Both issues are published with their titles, dates, categories and themes."""
    september = Circular.objects.get(slug=SEPTEMBER_2023)
    may = Circular.objects.get(slug=MAY_2024)
    assert september.title == (
        "Thematic Learning from Case Reviews – Trauma Informed & Person Centred "
        "Practice"
    )
    assert september.issue_date == datetime.date(2023, 9, 26)
    assert september.primary_theme.name == "Trauma Informed Practice"
    assert [t.name for t in september.themes.all()] == ["Person Centred Practice"]
    assert may.title == "Thematic Learning from Case Reviews – Trauma Informed Practice"
    assert may.issue_date == datetime.date(2024, 5, 24)
    for circular in (september, may):
        assert circular.status == Status.PUBLISHED
        assert {c.name for c in circular.categories.all()} == {"Adults", "Children"}
        assert circular.introduction.startswith("<p>")
    assert list(Circular.objects.public()) == [may, september]


def test_sections_follow_the_seed_order_and_headings(loaded):
    """Each circular's sections carry the seed's headings in the seed's order."""
    assert headings(SEPTEMBER_2023) == [
        HOW_WE_REVIEW,
        "Reviews",
        "Helpful Resources",
        "Procedures and Pathways",
        "Training and Resources",
        "eLearning",
        "Safer7 Briefings",
        "Helpful links and posters",
    ]
    assert headings(MAY_2024) == [
        HOW_WE_REVIEW,
        "What is trauma?",
        "Information and resources",
        "Procedures and Pathways",
        "Safer7 Briefings",
        "Learning and Development Opportunities",
    ]


def test_items_follow_the_seed_order(loaded):
    """Items keep the order in which each seed lists them."""
    assert item_titles(SEPTEMBER_2023, "Safer7 Briefings") == [
        "Trauma Informed Practice",
        "Mental Capacity Act",
        "MCA Executive Functioning",
        "Professional Curiosity",
        "Information Sharing",
        "Disguised Compliance",
        "Neglect",
        "Exploitation",
        "Child Sexual Abuse",
    ]
    assert item_titles(MAY_2024, "Safer7 Briefings") == [
        "Trauma Informed Practice",
        "Vicarious Trauma",
        "Adultification",
        "Mental Capacity Act",
        "MCA Executive Functioning",
        "Professional Curiosity",
        "Information Sharing",
        "Neglect",
        "Exploitation",
        "Child Sexual Abuse",
    ]
    assert item_titles(SEPTEMBER_2023, "eLearning") == [
        "Child Abuse and Neglect eLearning",
        "Safeguarding Adults Awareness eLearning",
        "Introduction to DSPP Support Level Guidance and Framework (Children's)",
        "Mental Capacity Act Awareness eLearning",
    ]
    assert item_titles(SEPTEMBER_2023, "Training and Resources") == [
        "DSPP Annual Conference 2023: Trauma Informed Practice",
        "Trauma Informed Practice Training",
        "Intra-familial Child Sexual Abuse Awareness",
        "Safeguarding Vulnerable Adults and when to refer to Adult Social Care",
        "Professional Curiosity",
        "Neglect",
        "Exploitation – Harm Outside the Home",
    ]
    assert item_titles(SEPTEMBER_2023, "Procedures and Pathways") == [
        "DSPP Support Level Guidance and Framework",
        "Adult Safeguarding Procedures",
    ]
    posters = item_titles(SEPTEMBER_2023, "Helpful links and posters")
    assert posters[2:6] == [
        "Vicarious Trauma Temperature Check Tool",
        "Misogyny Temperature Check Tool",
        "Victim Blaming Temperature Check Tool",
        "Pathologisation Temperature Check Tool",
    ]
    assert posters[-4:] == [
        "Capacity Assessment Examples",
        "Trauma Informed Practice: Adults",
        "Person Centred Positive Approach",
        "Person Centred Positive Questioning",
    ]


def test_every_item_points_at_exactly_one_published_record(loaded):
    """No section of a published circular leads to a record the public cannot see."""
    items = Item.objects.all()
    assert items.exists()
    for item in items:
        item.clean()
        target = item.target
        assert type(target).objects.public().filter(pk=target.pk).exists(), item


def test_reviews_sections_list_every_case_review(loaded):
    """Every case review appears in a circular, the self-neglect review in 2023."""
    linked = set(
        Item.objects.filter(case_review__isnull=False).values_list(
            "case_review__slug", flat=True
        )
    )
    assert linked == set(CaseReview.objects.values_list("slug", flat=True))
    assert "Dudley Self-neglect Case Review (Adult F)" in item_titles(
        SEPTEMBER_2023, "Reviews"
    )


def test_standard_texts_are_written_once_and_placed_into_sections(loaded):
    """Both circulars reuse the same two standard texts."""
    how = StandardText.objects.get(title=HOW_WE_REVIEW)
    safer7 = StandardText.objects.get(title="What is a Safer7 briefing?")
    for slug in (SEPTEMBER_2023, MAY_2024):
        attached = Section.objects.filter(
            circular__slug=slug, standard_text__isnull=False
        )
        assert {(s.heading, s.standard_text) for s in attached} == {
            (HOW_WE_REVIEW, how),
            ("Safer7 Briefings", safer7),
        }


def test_conference_has_its_three_speakers_on_10_october_2023(loaded):
    """The annual conference is an event held on 10 October 2023, London time."""
    conference = Course.objects.get(slug="dspp-annual-conference-2023")
    assert conference.kind == CourseKind.EVENT
    (session,) = conference.sessions.all()
    starts = timezone.localtime(session.starts_at, LONDON)
    assert starts.date() == datetime.date(2023, 10, 10)
    assert starts.hour == 9
    assert [(s.name, s.talk_title) for s in conference.speakers.all()] == [
        (
            "Zoe Lodrick",
            "Neurobiology of Trauma, and the consequential potential impact for "
            "those working with individuals who have experienced trauma",
        ),
        (
            "Kayley Hyman",
            "Approaches to Trauma Informed Practice with People who Hoard",
        ),
        (
            "West Midlands Violence Reduction Partnership",
            "Think Family – Trauma Informed Practice",
        ),
    ]


def test_seed_courses_have_their_learning_outcomes(loaded):
    """Trauma Informed Practice has three outcomes, Neglect seven, every course some."""
    counts = {
        course.slug: course.learning_outcomes.count() for course in Course.objects.all()
    }
    assert counts["trauma-informed-practice-training"] == 3
    assert counts["neglect"] == 7
    assert all(count >= 2 for count in counts.values())
    assert LearningOutcome.objects.count() == 29


def test_courses_name_providers_and_booking_systems_from_the_seeds(loaded):
    """The CSA course is run by the Centre of Expertise; booking systems are named."""
    csa = Course.objects.get(slug="intra-familial-child-sexual-abuse-awareness")
    assert csa.provider.name == "Centre of Expertise on Child Sexual Abuse"
    systems = dict(Course.objects.values_list("slug", "booking_system"))
    assert systems["trauma-informed-practice-training"] == "CPP Booking System"
    assert (
        systems["safeguarding-vulnerable-adults-and-when-to-refer"]
        == "DSPP Booking System"
    )
    assert Course.objects.get(slug="child-abuse-and-neglect-elearning").level == (
        "Level 1"
    )


def test_face_to_face_and_live_courses_have_upcoming_sessions(loaded):
    """Every non-eLearning course except the past conference has a future session."""
    upcoming = Session.objects.upcoming(now=TODAY)
    assert upcoming.count() == 8
    with_future = set(upcoming.values_list("course__slug", flat=True))
    expected = set(
        Course.objects.filter(kind=CourseKind.COURSE).values_list("slug", flat=True)
    )
    assert with_future == expected


def test_briefings_have_seven_default_sections_and_a_reading_time(loaded):
    """Each Safer7 has a number, seven default-headed sections and reading minutes."""
    numbers = sorted(Briefing.objects.values_list("number", flat=True))
    assert numbers == list(range(1, 12))
    for briefing in Briefing.objects.all():
        assert [s.heading for s in briefing.sections.all()] == DEFAULT_SECTION_HEADINGS
        assert briefing.reading_minutes == briefing.compute_reading_minutes() >= 1


def test_case_reviews_are_fictional_anonymised_and_complete(loaded):
    """Reviews carry pseudonyms, learning, recommendations and a document link."""
    pseudonyms = set(CaseReview.objects.values_list("pseudonym", flat=True))
    assert pseudonyms == {
        "Child R",
        "Adult F",
        "Child M",
        "Adult K",
        "Child J",
        "Adult H",
    }
    for review in CaseReview.objects.all():
        assert review.anonymised and review.family_informed and review.legal_check_done
        assert review.age_bands.exists()
        assert review.learning_points.exists()
        assert review.recommendations.exists()
        assert all(doc.url.startswith("https://") for doc in review.documents.all())
        assert review.documents.exists()
        assert review.themes.filter(
            slug__in=["trauma-informed-practice", "person-centred-practice"]
        ).exists()
    expired = [
        r.pseudonym
        for r in CaseReview.objects.all()
        if not r.report_available(today=TODAY.date())
    ]
    assert expired == ["Child M"]


def test_resources_named_in_the_seeds_are_present(loaded):
    """Seed URLs are kept and publishers come from the Organisation vocabulary."""
    urls = set(Resource.objects.values_list("url", flat=True))
    assert (
        "https://www.youngminds.org.uk/media/ojpon1ut/addressing-adversity-"
        "infographic-poster.pdf" in urls
    )
    assert "https://www.youtube.com/watch?v=XHgLYI9KZ-A" in urls
    ohid = Resource.objects.get(slug="working-definition-of-trauma-informed-practice")
    assert ohid.publisher.name == "Office for Health Improvement and Disparities"
    assert Organisation.objects.filter(slug="uk-trauma-council").exists()
    titles = set(Resource.objects.values_list("title", flat=True))
    assert {
        "DSPP Language Matters Guidance",
        "Mental Capacity Act Code of Practice",
        "Think Family Hoarding Toolkit",
        "Developing and Leading Trauma Informed Practice",
        "Childhood Trauma and the Brain (video)",
    } <= titles


def test_every_public_record_is_categorised_and_themed(loaded):
    """Filters and theme hubs find every demo record."""
    for model in (Circular, CaseReview, Briefing, Course, Resource):
        for record in model.objects.all():
            assert record.categories.exists(), record
            assert record.themes.exists(), record


def test_second_run_changes_nothing(settings):
    """Loading again leaves every row of every table, accounts included, as it was."""
    settings.DEBUG = True
    run()
    before = snapshot()
    assert before["auth.User"]
    out, _ = run()
    assert snapshot() == before
    tallies = re.findall(r"\((\d+) created, (\d+) updated, (\d+) removed\)", out)
    assert len(tallies) == 16
    assert set(tallies) == {("0", "0", "0")}


def test_rerun_restores_edited_demo_rows():
    """A changed or extra child row is put back to the demo data on rerun."""
    run("--no-accounts")
    before = snapshot()
    section = Section.objects.get(circular__slug=MAY_2024, heading="What is trauma?")
    section.items.order_by("position").first().delete()
    outcome = LearningOutcome.objects.filter(course__slug="neglect").first()
    outcome.text = "Changed by hand"
    outcome.save()
    course = Course.objects.get(slug="neglect")
    LearningOutcome.objects.create(course=course, position=99, text="Extra")
    run("--no-accounts")
    after = snapshot()
    assert after["training.LearningOutcome"] == before["training.LearningOutcome"]

    def section_items(rows):
        rows = [row for row in rows if row["section_id"] == section.pk]
        return sorted(
            ({k: v for k, v in row.items() if k != "id"} for row in rows),
            key=lambda row: row["position"],
        )

    assert section_items(after["circulars.Item"]) == section_items(
        before["circulars.Item"]
    )


def test_rich_text_is_stored_sanitised(loaded):
    """Every rich-text value is already in the allow-listed form nh3 produces."""
    checked = 0
    for model in models_with_tables():
        fields = [f for f in model._meta.fields if isinstance(f, RichTextField)]
        for row in model._default_manager.all():
            for field in fields:
                value = getattr(row, field.attname)
                assert sanitise_html(value) == value
                assert "<script" not in value
                checked += 1
    assert checked > 100


def test_accounts_are_created_in_debug_mode_with_their_roles(settings):
    """editor, lead and admin get staff access, their groups and a printed password."""
    settings.DEBUG = True
    out, _ = run()
    User = get_user_model()
    expected = {
        "editor": ("Editor", False),
        "lead": ("Safeguarding lead", False),
        "admin": ("Administrator", True),
    }
    for username, (group, superuser) in expected.items():
        user = User.objects.get(username=username)
        assert user.is_staff
        assert user.is_superuser is superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        line = next(
            line
            for line in out.splitlines()
            if line.startswith(f"Account '{username}'")
        )
        password = line.rsplit(" ", 1)[1]
        assert len(password) >= 20
        assert user.check_password(password)


def test_rerun_leaves_existing_accounts_alone_unless_asked(settings):
    """Existing accounts keep their passwords; --reset-passwords replaces them."""
    settings.DEBUG = True
    run()
    User = get_user_model()
    hashes = dict(User.objects.values_list("username", "password"))
    out, _ = run()
    assert out.count("already exists and was left unchanged") == 3
    assert dict(User.objects.values_list("username", "password")) == hashes
    out, _ = run("--reset-passwords")
    assert out.count("password reset; password (shown only now)") == 3
    changed = dict(User.objects.values_list("username", "password"))
    assert all(changed[name] != hashes[name] for name in hashes)


def test_accounts_are_refused_in_production_but_content_still_loads(settings):
    """With DEBUG off no account is created and the command says why."""
    settings.DEBUG = False
    out, err = run()
    assert get_user_model().objects.count() == 0
    assert "Demo accounts were NOT created: DEBUG is off" in err
    assert Circular.objects.count() == 2
    assert "Demo content loaded." in out


def test_no_accounts_flag_skips_accounts(settings):
    """--no-accounts loads content only, even in DEBUG mode."""
    settings.DEBUG = True
    run("--no-accounts")
    assert get_user_model().objects.count() == 0
    assert Circular.objects.count() == 2


def test_rerun_keeps_an_extra_session_that_a_circular_points_at():
    """Sessions not in the demo data are removed, unless a circular item uses one."""
    run("--no-accounts")
    course = Course.objects.get(slug="neglect")
    starts = datetime.datetime(2027, 9, 1, 9, 30, tzinfo=LONDON)
    used = Session.objects.create(
        course=course, starts_at=starts, ends_at=starts + datetime.timedelta(hours=3)
    )
    unused = Session.objects.create(
        course=course,
        starts_at=starts + datetime.timedelta(days=7),
        ends_at=starts + datetime.timedelta(days=7, hours=3),
    )
    own = Circular.objects.create(
        title="An editor's own circular",
        slug="an-editors-own-circular",
        issue_date=datetime.date(2026, 11, 1),
        primary_theme=Theme.objects.get(slug="neglect"),
        introduction="<p>Made by hand.</p>",
    )
    section = Section.objects.create(circular=own, heading="Training")
    Item.objects.create(section=section, session=used)
    run("--no-accounts")
    assert Session.objects.filter(pk=used.pk).exists()
    assert not Session.objects.filter(pk=unused.pk).exists()
