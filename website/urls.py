from django.contrib.sitemaps.views import sitemap
from django.urls import path

from circulars.feeds import CircularFeed
from website import search, views
from website.sitemaps import SITEMAPS

app_name = "website"
urlpatterns = [
    path("", views.home, name="home"),
    path("themes/", views.ThemeListView.as_view(), name="themes"),
    path("themes/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("search/", search.search, name="search"),
    path("contrast/", views.contrast, name="contrast"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("feeds/circulars/", CircularFeed(), name="circulars-feed"),
]
