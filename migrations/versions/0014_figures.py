"""Reported figures: every count an article gives (the dead, the injured, a crowd, a cost), with
its hedge as written, who gives it (a claimant, an authority, or the article's own voice: NULL
source_name) and where it is said, so a story's figures can be compared whoever gives them.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-02
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE figures (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            counted text NOT NULL,
            low double precision NOT NULL,
            high double precision,
            text text NOT NULL,
            quote text NOT NULL,
            sentence text NOT NULL,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            -- who gives it as the text names them; NULL: the article's own voice
            source_name text,
            source_start integer,
            source_end integer,
            places text[] NOT NULL DEFAULT '{}'
        )
        """
    )
    op.execute("CREATE INDEX figures_article_idx ON figures (article_id, seq)")


def downgrade() -> None:
    op.execute("DROP TABLE figures")
