from django.urls import path

from briefings import views

app_name = "briefings"
urlpatterns = [
    path("", views.BriefingListView.as_view(), name="list"),
    path("<slug:slug>/", views.BriefingDetailView.as_view(), name="detail"),
]
