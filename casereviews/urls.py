from django.urls import path

from casereviews import views

app_name = "casereviews"
urlpatterns = [
    path("", views.CaseReviewListView.as_view(), name="list"),
    path("<slug:slug>/", views.CaseReviewDetailView.as_view(), name="detail"),
]
