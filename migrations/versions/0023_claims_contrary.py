"""Claims say whether they assert that a deed was not done: `claims.contrary`, true when a
claimant reports as fact that a particular deed did not take place ("the union had not called
off the strike", "the engineers had not been freed"). Such a claim stays an assertion, but in its
story it answers another article's assertion of the same deed as a denial of it. Claims stored
before this revision are read as they were: assertions that answer nothing.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05
"""

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claims ADD COLUMN contrary boolean NOT NULL DEFAULT false")


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN contrary")
