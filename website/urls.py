app_name = "website"
urlpatterns = []
