"""Give safeguarding leads and administrators the right to publish; editors never have it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LEAD_EXTRA = ["publish_records", "view_auditentry", "view_reviewrequest"]
EDITOR_EXTRA = ["view_reviewrequest"]


def grant(apps, schema_editor):
    publishing = apps.get_app_config("publishing")
    publishing.models_module = True
    create_permissions(publishing, apps=apps, verbosity=0)
    publishing.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    perms = Permission.objects.filter(content_type__app_label="publishing")
    Group.objects.get(name="Safeguarding lead").permissions.add(
        *perms.filter(codename__in=LEAD_EXTRA)
    )
    Group.objects.get(name="Editor").permissions.add(
        *perms.filter(codename__in=EDITOR_EXTRA)
    )
    Group.objects.get(name="Administrator").permissions.add(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_roles"),
        ("publishing", "0001_initial"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
