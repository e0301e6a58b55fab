"""Migration operations shared by the content apps."""

from django.db import migrations


class AddIndexOnPostgreSQL(migrations.AddIndex):
    """Create the index on PostgreSQL only, and keep it out of the migration
    state: SQLite has neither GIN indexes nor to_tsvector(), and it rebuilds
    tables from the state's indexes whenever a later migration alters a field.
    """

    def state_forwards(self, app_label, state):
        pass

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
