"""A speaker's statements of a day, read in creation order from the index alone.

Revision 0013's `events_speaker_day_idx` (speaker, day, seq) left the class and the event id in
the table, so the planner, expecting a handful of rows for a speaker's day, read every one of
them and sorted them instead of walking the index: on a day a speaker made thousands of
statements the look-up read them all though it keeps at most 50. `events_speaker_day_class_idx`
carries the class in its key (so `seq` order holds for the speaker, day and class the look-up
asks for) and the id beside it: the look-up walks it in `seq` order with an index-only scan and
stops at 50 events that share a participant, reading only those. It replaces the older index.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE INDEX events_speaker_day_class_idx ON events (speaker_id, start_date, predicate_class, seq)
        INCLUDE (id) WHERE speaker_id IS NOT NULL
        """
    )
    op.execute("DROP INDEX events_speaker_day_idx")


def downgrade() -> None:
    op.execute(
        "CREATE INDEX events_speaker_day_idx ON events (speaker_id, start_date, seq) WHERE speaker_id IS NOT NULL"
    )
    op.execute("DROP INDEX events_speaker_day_class_idx")
