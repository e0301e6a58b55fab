"""Add the full-text search index (PostgreSQL only)."""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import migrations

from publishing.operations import AddIndexOnPostgreSQL


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
    ]

    operations = [
        AddIndexOnPostgreSQL(
            model_name="course",
            index=GinIndex(
                SearchVector("title", weight="A", config="english")
                + SearchVector("summary", weight="B", config="english")
                + SearchVector("audience", "description", weight="C", config="english"),
                name="training_course_search",
            ),
        ),
    ]
