"""Drop the whole-alias trigram postings: every name look-up goes through the word index now.

The resolver's spelling look-up was the last reader of `alias_grams` (and of
`entity_aliases.gram_count`); it uses revision 0008's word index, as search does. Writing about
18 postings per new alias cost every ingest, and the table held 11.5 M rows at 100k articles.
Downgrading rebuilds both from the aliases' transliteration keys.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP TABLE alias_grams")
    op.execute("ALTER TABLE entity_aliases DROP COLUMN gram_count")


def downgrade() -> None:
    op.execute("ALTER TABLE entity_aliases ADD COLUMN gram_count int")
    op.execute(
        """
        CREATE TABLE alias_grams (
            gram text NOT NULL,
            alias_id bigint NOT NULL REFERENCES entity_aliases (id) ON DELETE CASCADE,
            PRIMARY KEY (gram, alias_id)
        )
        """
    )
    op.execute("CREATE INDEX alias_grams_alias_idx ON alias_grams (alias_id)")
    # pg_trgm's trigrams of each word of the transliteration key (see revision 0008)
    op.execute(
        """
        INSERT INTO alias_grams (gram, alias_id)
        SELECT DISTINCT substr('  ' || w.word || ' ', i, 3), a.id
        FROM entity_aliases a
        CROSS JOIN LATERAL regexp_split_to_table(a.translit_key, '[^a-z0-9]+') AS w (word)
        CROSS JOIN LATERAL generate_series(1, length(w.word) + 1) AS i
        WHERE w.word <> ''
        """
    )
    op.execute(
        """
        UPDATE entity_aliases a SET gram_count = coalesce(
            (SELECT count(*) FROM alias_grams g WHERE g.alias_id = a.id), 0)
        """
    )
    op.execute("ALTER TABLE entity_aliases ALTER COLUMN gram_count SET NOT NULL")
