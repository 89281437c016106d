"""Claims carry the parties of what they say: `claims.party_ids`, the entities the analysis found
taking part in the claim's statement, where the sentence may not name them ("the chief
executive had lied to them", told of the one the article introduced as its chief executive; "he
denied it"). A story's claims meet on the parties they share; the entities named inside a
claim's sentence were all it had, so a charge told of a title met no denial told by name.
Claims stored before this revision have none, and meet on the entities their sentence names, as
they did.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE claims ADD COLUMN party_ids uuid[] NOT NULL DEFAULT '{}'")


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN party_ids")
