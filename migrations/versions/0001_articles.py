"""Articles: the stored, cleaned text of every ingested article.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE articles (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            external_id text UNIQUE,
            url text UNIQUE,
            -- sha256 of the normalised cleaned text: the same story re-sent is found by it
            content_hash text NOT NULL UNIQUE,
            source text,
            title text,
            published_at date,
            published_at_inferred boolean NOT NULL DEFAULT false,
            language text NOT NULL DEFAULT 'und',
            raw_text text NOT NULL,
            text text NOT NULL,
            clean_offset integer NOT NULL DEFAULT 0,
            word_count integer NOT NULL,
            warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
            time_expressions jsonb NOT NULL DEFAULT '[]'::jsonb,
            ingested_at timestamptz NOT NULL DEFAULT now(),
            search tsvector GENERATED ALWAYS AS (
                to_tsvector('english', coalesce(title, '') || ' ' || text)
            ) STORED
        )
        """
    )
    op.execute("CREATE INDEX articles_search_idx ON articles USING gin (search)")
    op.execute("CREATE INDEX articles_source_idx ON articles (source, seq)")
    op.execute("CREATE INDEX articles_published_idx ON articles (published_at, seq)")


def downgrade() -> None:
    op.execute("DROP TABLE articles")
