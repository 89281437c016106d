"""Events longer than a month, per participant, indexed by their end.

The resolver looks for a stored event near a new one through the participants' rows: events
starting up to LONG_SPAN_DAYS before the window (any event that short and overlapping the window
starts there, on revision 0006's index), plus the longer ones (a quarter, a year, a decade),
found here by participant and end date. Without this index the look-up had no lower bound on
start dates and read every earlier event of a participant.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Must equal service.store.timeline.LONG_SPAN_DAYS (the partial index's predicate and the query's
# condition have to be the same for the planner to use it).
LONG_SPAN_DAYS = 31


def upgrade() -> None:
    op.execute(
        f"""
        CREATE INDEX event_entities_long_idx ON event_entities (entity_id, end_date)
            INCLUDE (start_date, event_id)
            WHERE end_date - start_date > {LONG_SPAN_DAYS}
        """
    )


def downgrade() -> None:
    op.execute("DROP INDEX event_entities_long_idx")
