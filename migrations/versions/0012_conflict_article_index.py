"""The reports that cite an article: a GIN index on `conflicts.article_ids`.

A story's reports include those with no event (claims grouped by proposition within the story);
they are found through the articles they cite, which this index makes a look-up, not a scan.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX conflicts_article_ids_idx ON conflicts USING gin (article_ids)")


def downgrade() -> None:
    op.execute("DROP INDEX conflicts_article_ids_idx")
