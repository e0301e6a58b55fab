"""Add the full-text search index (PostgreSQL only)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from publishing.operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("casereviews", "0001_initial"),
    ]

    operations = [
        AddIndexOnPostgreSQL(
            model_name="casereview",
            index=GinIndex(
                SearchVector("title", weight="A", config="english")
                + SearchVector("pseudonym", "summary", weight="B", config="english")
                + SearchVector("good_practice", weight="C", config="english"),
                name="casereviews_casereview_search",
            ),
        ),
    ]
