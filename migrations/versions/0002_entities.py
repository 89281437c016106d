"""Entities, their aliases and search keys, and their mentions in articles.

PostgreSQL's pg_trgm is a contrib extension that not every server has (the embedded one
does not), so typo-tolerant search keeps its own trigram postings: one row per (trigram,
alias), looked up through a btree index exactly as pg_trgm's GIN index would be.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE entities (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            name text NOT NULL,
            type text NOT NULL,
            article_count integer NOT NULL DEFAULT 0,
            mention_count integer NOT NULL DEFAULT 0,
            first_seen date,
            last_seen date,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX entities_type_idx ON entities (type, seq)")
    op.execute(
        """
        CREATE TABLE entity_aliases (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            alias text NOT NULL,
            key text NOT NULL,
            translit_key text NOT NULL,
            family_key text,
            acronym_key text,
            gram_count integer NOT NULL DEFAULT 0,
            UNIQUE (entity_id, alias)
        )
        """
    )
    op.execute("CREATE INDEX entity_aliases_key_idx ON entity_aliases (key)")
    op.execute("CREATE INDEX entity_aliases_translit_idx ON entity_aliases (translit_key)")
    op.execute("CREATE INDEX entity_aliases_family_idx ON entity_aliases (family_key)")
    op.execute("CREATE INDEX entity_aliases_acronym_idx ON entity_aliases (acronym_key)")
    op.execute("CREATE INDEX entity_aliases_entity_idx ON entity_aliases (entity_id)")
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
    op.execute(
        """
        CREATE TABLE article_entities (
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            name text NOT NULL,
            mentions integer NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        )
        """
    )
    op.execute("CREATE INDEX article_entities_entity_idx ON article_entities (entity_id, article_id)")
    op.execute(
        """
        CREATE TABLE mentions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            sentence integer NOT NULL,
            surface text NOT NULL
        )
        """
    )
    op.execute("CREATE INDEX mentions_article_idx ON mentions (article_id)")
    op.execute("CREATE INDEX mentions_entity_idx ON mentions (entity_id)")


def downgrade() -> None:
    op.execute("DROP TABLE mentions")
    op.execute("DROP TABLE article_entities")
    op.execute("DROP TABLE alias_grams")
    op.execute("DROP TABLE entity_aliases")
    op.execute("DROP TABLE entities")
