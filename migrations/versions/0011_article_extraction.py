"""What an article's page gave: `articles.extraction`, for articles read from HTML or a URL.

The JSON object the ingest answer carries (the fields whose values came from the page, the
author, site name, canonical URL, where the date was found, the fetched URL, the declared
language), kept so that reading the article, or posting it again, answers with it. NULL for
articles given as text, and for those stored before this revision (their pages were not kept).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles ADD COLUMN extraction jsonb")


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN extraction")
