"""Names the admin site; the website app has no models of its own."""

from django.contrib import admin

admin.site.site_header = "DSPP Learning"
admin.site.site_title = "DSPP Learning"
admin.site.index_title = "Records, circulars and settings"
