"""Claims: a happening the article narrates in its own voice, no frame attributing it ("A
fisherman was saved by his ringtone."), is stored as the outlet's assertion, marked `own_voice`:
it answers a denial in the article's story that nobody else's claim answers, and is read by
nothing else (not by the event rules, not in the article's claims).

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
