"""Claims: an article's opening sentence told straight, as its own account of the story, is
stored as the outlet's assertion marked `lead` (with `own_voice`): when other coverage of its
story denies the story, it puts the outlet on the asserting side. Articles stored before this
revision have no lead until they are analysed again.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claims ADD COLUMN lead boolean NOT NULL DEFAULT false")


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN lead")
