"""Public training pages and calendar files."""

from django import forms
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Case, CharField, IntegerField, Prefetch, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from taxonomy.models import Category, Theme
from training.calendar import calendar_response
from training.models import Course, CourseKind, Delivery, Session, SessionState

ANY = [("", "Any")]
# The training page lists taught courses first, then eLearning, then events.
CATALOGUE_ORDER = Case(
    When(kind=CourseKind.ELEARNING, then=Value(1)),
    When(kind=CourseKind.EVENT, then=Value(2)),
    default=Value(0),
    output_field=IntegerField(),
)
CATALOGUE_HEADING = Case(
    When(kind=CourseKind.ELEARNING, then=Value("eLearning")),
    When(kind=CourseKind.EVENT, then=Value("Conferences and events")),
    default=Value("Courses, workshops and webinars"),
    output_field=CharField(),
)


class TrainingFilterForm(forms.Form):
    """The training filters; a value that fails to validate is simply not applied."""

    category = forms.ChoiceField(required=False, choices=ANY + Category.Slug.choices)
    kind = forms.ChoiceField(
        label="Kind of training", required=False, choices=ANY + CourseKind.choices
    )
    delivery = forms.ChoiceField(
        label="How it is delivered", required=False, choices=ANY + Delivery.choices
    )
    theme = forms.ChoiceField(required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = ANY + [
            (theme.slug, theme.name) for theme in Theme.objects.all()
        ]

    def filter(self, queryset):
        """Narrow a course `queryset` by every filter that validated."""
        self.is_valid()
        data = self.cleaned_data
        if data.get("category"):
            queryset = queryset.filter(categories__slug=data["category"])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("delivery"):
            queryset = queryset.filter(delivery=data["delivery"])
        if data.get("theme"):
            queryset = queryset.filter(themes__slug=data["theme"])
        return queryset

    @property
    def applied(self) -> bool:
        return any(self.cleaned_data.get(name) for name in self.fields)


def upcoming_sessions_prefetch(*, bookable_only=False):
    """Load each course's upcoming sessions into `upcoming_sessions`.

    Course cards show the first as the next date, so for them a cancelled or
    postponed session must not count.
    """
    sessions = Session.objects.upcoming()
    if bookable_only:
        sessions = sessions.exclude(
            state__in=[SessionState.CANCELLED, SessionState.POSTPONED]
        )
    return Prefetch("sessions", queryset=sessions, to_attr="upcoming_sessions")


class CourseMixin:
    """Start every training page from the courses the public may see."""

    model = Course
    paginate_by = 20

    def get_queryset(self):
        return Course.objects.public().select_related("provider")


class CourseListView(CourseMixin, ListView):
    """List upcoming sessions by date, then the courses, eLearning and events."""

    sessions_page_param = "sessions_page"

    def get_queryset(self):
        self.form = TrainingFilterForm(self.request.GET)
        self.courses = self.form.filter(super().get_queryset())
        return (
            self.courses.prefetch_related(
                "categories", upcoming_sessions_prefetch(bookable_only=True)
            )
            .annotate(
                catalogue_order=CATALOGUE_ORDER, catalogue_heading=CATALOGUE_HEADING
            )
            .order_by("catalogue_order", "title")
        )

    def get_context_data(self, **kwargs):
        sessions = (
            Session.objects.upcoming()
            .filter(course__in=self.courses.values("pk"))
            .select_related("course")
        )
        paginator = Paginator(sessions, self.paginate_by)
        try:
            sessions_page = paginator.page(
                self.request.GET.get(self.sessions_page_param) or 1
            )
        except InvalidPage as error:
            raise Http404("No such page of sessions.") from error
        return super().get_context_data(
            form=self.form,
            sessions_page=sessions_page,
            sessions_previous_url=self.sessions_page_url(sessions_page, -1),
            sessions_next_url=self.sessions_page_url(sessions_page, 1),
            **kwargs,
        )

    def sessions_page_url(self, page, step) -> str:
        """Return the link to the neighbouring page of sessions, keeping the filters."""
        if (step < 0 and not page.has_previous()) or (step > 0 and not page.has_next()):
            return ""
        params = self.request.GET.copy()
        params[self.sessions_page_param] = page.number + step
        return "?" + params.urlencode()


class CourseDetailView(CourseMixin, DetailView):
    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "categories",
                "themes",
                "learning_outcomes",
                "speakers",
                upcoming_sessions_prefetch(),
            )
        )


def course_calendar(request, slug):
    """Return one public course's upcoming sessions as an iCalendar file."""
    course = get_object_or_404(Course.objects.public(), slug=slug)
    return calendar_response(
        course.sessions.upcoming(),
        request=request,
        name=f"{course.title} (DSPP training)",
        filename=f"{course.slug}.ics",
    )


def calendar(request):
    """Return every upcoming session of every public course as an iCalendar file."""
    sessions = (
        Session.objects.upcoming()
        .filter(course__in=Course.objects.public().values("pk"))
        .select_related("course")
    )
    return calendar_response(
        sessions,
        request=request,
        name="DSPP training",
        filename="dspp-training.ics",
    )
