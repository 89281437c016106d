"""Claims: a happening the article narrates in its own voice, no frame attributing it ("A
hiker was found alive by a search drone."), is stored as the outlet's assertion, marked `own_voice`:
it puts the outlet on the asserting side of a dispute in the article's story that it tells in
the same words, and is read by nothing else (not by the event rules, not in the article's
claims).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claims ADD COLUMN own_voice boolean NOT NULL DEFAULT false")


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN own_voice")
