"""Claims say whether they are about a plan: `claims.planned`, true when the claim's statement is
what will or would happen ("X will resign next week", "she would not resign", "has no intention
of resigning") rather than what happened. A story's claims of plans meet each other, never the
claims of happenings: "will not resign" is no denial of a resignation reported as done. Claims
stored before this revision are read as about happenings, as they were.

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claims ADD COLUMN planned boolean NOT NULL DEFAULT false")


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN planned")
