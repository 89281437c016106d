"""Figures keep the day they stand at when the text gives one: `figures.as_of` ("as of Friday",
"by the end of Friday 21 November", "the toll stood at six on Monday"). Two counts are compared
at these days rather than at their articles' dates, so a count an article recalls from earlier
in the week is not set against another source's count of today. Figures stored before this
revision have none and stand at their article's date, as before.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE figures ADD COLUMN as_of date")


def downgrade() -> None:
    op.execute("ALTER TABLE figures DROP COLUMN as_of")
