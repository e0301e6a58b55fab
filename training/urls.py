from django.urls import path

from training import views

app_name = "training"
urlpatterns = [
    path("", views.CourseListView.as_view(), name="list"),
    path("calendar.ics", views.calendar, name="calendar"),
    path("<slug:slug>/", views.CourseDetailView.as_view(), name="detail"),
    path("<slug:slug>/calendar.ics", views.course_calendar, name="ics"),
]
