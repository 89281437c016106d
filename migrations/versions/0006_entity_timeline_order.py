"""An entity's timeline in timeline order straight from an index.

`event_entities` rows carry their event's period and sequence number (kept in step by triggers),
and an index on (entity_id, start_date, event_seq) gives an entity's dated events in timeline
order: a page reads `limit` index entries and their events, however many events the entity is in,
instead of fetching and sorting all of them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        ALTER TABLE event_entities
            ADD COLUMN start_date date,
            ADD COLUMN end_date date,
            ADD COLUMN event_seq bigint
        """
    )
    op.execute(
        """
        UPDATE event_entities x SET start_date = ev.start_date, end_date = ev.end_date, event_seq = ev.seq
        FROM events ev WHERE ev.id = x.event_id
        """
    )
    op.execute("ALTER TABLE event_entities ALTER COLUMN event_seq SET NOT NULL")
    # A participant row takes its event's period and sequence number when it is added...
    op.execute(
        """
        CREATE FUNCTION event_entities_copy_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT ev.start_date, ev.end_date, ev.seq INTO NEW.start_date, NEW.end_date, NEW.event_seq
            FROM events ev WHERE ev.id = NEW.event_id;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER event_entities_copy_event BEFORE INSERT ON event_entities
        FOR EACH ROW EXECUTE FUNCTION event_entities_copy_event()
        """
    )
    # ...and follows it when a better-dated report moves the event.
    op.execute(
        """
        CREATE FUNCTION events_period_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE event_entities SET start_date = NEW.start_date, end_date = NEW.end_date
            WHERE event_id = NEW.id;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER events_period_to_participants AFTER UPDATE OF start_date, end_date ON events
        FOR EACH ROW
        WHEN (OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.end_date IS DISTINCT FROM NEW.end_date)
        EXECUTE FUNCTION events_period_to_participants()
        """
    )
    op.execute(
        """
        CREATE INDEX event_entities_timeline_idx ON event_entities (entity_id, start_date, event_seq)
        INCLUDE (end_date) WHERE start_date IS NOT NULL
        """
    )


def downgrade() -> None:
    op.execute("DROP INDEX event_entities_timeline_idx")
    op.execute("DROP TRIGGER events_period_to_participants ON events")
    op.execute("DROP FUNCTION events_period_to_participants()")
    op.execute("DROP TRIGGER event_entities_copy_event ON event_entities")
    op.execute("DROP FUNCTION event_entities_copy_event()")
    op.execute(
        "ALTER TABLE event_entities DROP COLUMN start_date, DROP COLUMN end_date, DROP COLUMN event_seq"
    )
