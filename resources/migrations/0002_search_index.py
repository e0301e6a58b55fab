"""Add the full-text search index (PostgreSQL only)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from publishing.operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
    ]

    operations = [
        AddIndexOnPostgreSQL(
            model_name="resource",
            index=GinIndex(
                SearchVector("title", weight="A", config="english")
                + SearchVector("summary", weight="B", config="english"),
                name="resources_resource_search",
            ),
        ),
    ]
