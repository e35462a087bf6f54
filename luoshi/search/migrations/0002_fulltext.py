"""The full-text index over SearchEntry.bigrams, one per database vendor.

SQLite: an external-content FTS5 table kept in step by triggers (so bulk_create and queryset
deletes need no Python hook). PostgreSQL: a stored generated tsvector column with a GIN index.
The ORM knows neither; luoshi.search.query reaches them through raw SQL.

PostgreSQL keeps word positions up to 16,383 only: a row longer than that (content and progress
together) may miss a phrase near its end. Rows of real reports are a few hundred characters.

A later migration that rebuilds search_searchentry on SQLite (Django's table remake on an
AlterField) drops the triggers: such a migration must run these statements again.
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "bigrams, content='search_searchentry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER search_fts_ai AFTER INSERT ON search_searchentry BEGIN "
    "INSERT INTO search_fts(rowid, bigrams) VALUES (new.id, new.bigrams); END",
    "CREATE TRIGGER search_fts_ad AFTER DELETE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, bigrams) VALUES ('delete', old.id, old.bigrams); END",
    "CREATE TRIGGER search_fts_au AFTER UPDATE ON search_searchentry BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, bigrams) VALUES ('delete', old.id, old.bigrams); "
    "INSERT INTO search_fts(rowid, bigrams) VALUES (new.id, new.bigrams); END",
    # Rows that existed before the index (none on a fresh database).
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_au",
    "DROP TRIGGER IF EXISTS search_fts_ad",
    "DROP TRIGGER IF EXISTS search_fts_ai",
    "DROP TABLE IF EXISTS search_fts",
]
POSTGRES_FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, bigrams)) STORED",
    "CREATE INDEX search_searchentry_tsv ON search_searchentry USING GIN (tsv)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_searchentry_tsv",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS tsv",
]


def _run(statements):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor not in statements:
            raise NotImplementedError(f"luoshi search needs SQLite or PostgreSQL, not {vendor}")
        for sql in statements[vendor]:
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        ),
    ]
