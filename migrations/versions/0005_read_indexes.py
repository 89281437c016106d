"""Indexes the growth benchmark asked for: events by period (GiST on the date range).

A timeline page from a date reads the events still running on that date with a containment
look-up on their period, instead of every event that started before it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX events_period_idx ON events USING gist (daterange(start_date, end_date, '[]'))"
        " WHERE start_date IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX events_period_idx")
