app_name = "circulars"
urlpatterns = []
