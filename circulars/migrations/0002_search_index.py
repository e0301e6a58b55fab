"""Add the full-text search index (PostgreSQL only)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from publishing.operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("circulars", "0001_initial"),
    ]

    operations = [
        AddIndexOnPostgreSQL(
            model_name="circular",
            index=GinIndex(
                SearchVector("title", weight="A", config="english")
                + SearchVector("introduction", weight="C", config="english"),
                name="circulars_circular_search",
            ),
        ),
    ]
