"""Finer statistics on trigram postings: the planner's 1,000 most common trigrams.

Trigram look-ups skip the query's most common trigrams (see service/store/entities.py); which
those are comes from pg_stats' most common values, so more of them are known.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE alias_grams ALTER COLUMN gram SET STATISTICS 1000")


def downgrade() -> None:
    op.execute("ALTER TABLE alias_grams ALTER COLUMN gram SET STATISTICS -1")
