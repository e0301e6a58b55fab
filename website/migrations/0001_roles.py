"""Create the three staff roles with the permissions each needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_MODELS = {
    "casereviews": ["casereview", "learningpoint", "recommendation", "reviewdocument"],
    "briefings": ["briefing", "briefingsection"],
    "training": ["course", "learningoutcome", "session", "speaker"],
    "resources": ["resource"],
    "circulars": ["circular", "section", "item", "standardtext"],
}
# Children are edited inline on their parent's page, where removing a row needs delete.
CHILD_MODELS = {
    "learningpoint", "recommendation", "reviewdocument", "briefingsection",
    "learningoutcome", "session", "speaker", "section", "item",
}
VOCABULARIES = ["category", "theme", "abusetype", "agency", "organisation", "ageband"]
EDITABLE_VOCABULARIES = ["theme", "organisation"]


def codenames_for_editor():
    names = []
    for models in CONTENT_MODELS.values():
        for model in models:
            names += [f"add_{model}", f"change_{model}", f"view_{model}"]
            if model in CHILD_MODELS:
                names.append(f"delete_{model}")
    names += [f"view_{model}" for model in VOCABULARIES]
    names += [f"{action}_{model}" for model in EDITABLE_VOCABULARIES for action in ("add", "change")]
    return names


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_apps = list(CONTENT_MODELS) + ["taxonomy"]

    editor_perms = Permission.objects.filter(
        content_type__app_label__in=content_apps, codename__in=codenames_for_editor()
    )
    lead_perms = Permission.objects.filter(content_type__app_label__in=content_apps)
    editor, _ = Group.objects.get_or_create(name="Editor")
    editor.permissions.set(editor_perms)
    lead, _ = Group.objects.get_or_create(name="Safeguarding lead")
    lead.permissions.set(lead_perms)
    administrator, _ = Group.objects.get_or_create(name="Administrator")
    administrator.permissions.set(Permission.objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taxonomy", "0002_seed_vocabularies"),
        ("casereviews", "0001_initial"),
        ("briefings", "0001_initial"),
        ("training", "0001_initial"),
        ("resources", "0001_initial"),
        ("circulars", "0001_initial"),
    ]
    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
