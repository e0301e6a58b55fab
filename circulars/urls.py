from django.urls import path

from circulars import views
from circulars.feeds import CircularFeed

app_name = "circulars"
urlpatterns = [
    path("", views.CircularListView.as_view(), name="list"),
    # The feed's public address is /feeds/circulars/ (website.urls); this
    # route gives it a name inside the circulars namespace as well.
    path("feed/", CircularFeed(), name="feed"),
    path("<slug:slug>/", views.CircularDetailView.as_view(), name="detail"),
]
