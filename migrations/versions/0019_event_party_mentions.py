"""Event participants: how many of an event's mentions name each one as a party.

A mention's parties are the entities its statements are about; the outlet reporting it, its
places and the owners of things in it are shown with the event but are no party (0). An
event's title names the parties most of its mentions name, so one article's aside ("the call,
first reported by the Post from the estate in Florida") no longer lists a newspaper and a
state among the callers. Rows stored before this revision count as one mention each: their
roles were not kept, so every participant stays named until new mentions outweigh them.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE event_entities ADD COLUMN party_mentions integer NOT NULL DEFAULT 1")


def downgrade() -> None:
    op.execute("ALTER TABLE event_entities DROP COLUMN party_mentions")
