"""Look-ups that stay flat as the corpus grows: a proposition report's scope as a column, and a
speaker's statements by day.

- `conflicts.scope_id`: the story (or, for an article placed in none, the article) whose claims
  raised a proposition report, the id inside its key (`existence:story:<scope>:<claim>`); NULL
  for the reports on an event. Re-detecting a story's reports drops its stale ones by this
  column's index instead of scanning every proposition report by key prefix. Filled here from
  the keys of the reports already stored.
- `events_speaker_day_idx`: a statement merges only into one by the same speaker on the same
  day, so its candidates are read from that speaker's events of that day alone, in `seq` order
  (the candidates' order), so a busy day is not read whole.
- `event_entities.predicate_class`: a participant row carries its event's class (copied at
  insert by the trigger of revision 0006, which now copies it too; an event's class never
  changes), and `event_entities_class_idx` serves the event candidates of one class: a meeting's
  look-up no longer reads every statement its participants made in the window.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

# The key prefix of proposition reports when this revision was written
# (service/reconcile/propositions/model.py KEY_PREFIX).
KEY_PREFIX = "existence:story:"
UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


def upgrade() -> None:
    op.execute("ALTER TABLE conflicts ADD COLUMN scope_id uuid")
    op.execute(
        f"""
        UPDATE conflicts
        SET scope_id = substring(key FROM '^{KEY_PREFIX}({UUID_PATTERN}):')::uuid
        WHERE key ~ '^{KEY_PREFIX}{UUID_PATTERN}:'
        """
    )
    op.execute("CREATE INDEX conflicts_scope_idx ON conflicts (scope_id) WHERE scope_id IS NOT NULL")
    op.execute(
        "CREATE INDEX events_speaker_day_idx ON events (speaker_id, start_date, seq) WHERE speaker_id IS NOT NULL"
    )
    op.execute("ALTER TABLE event_entities ADD COLUMN predicate_class text")
    op.execute(
        """
        UPDATE event_entities x SET predicate_class = ev.predicate_class
        FROM events ev WHERE ev.id = x.event_id
        """
    )
    op.execute(_copy_event_function("NEW.predicate_class", "ev.predicate_class"))
    op.execute(
        """
        CREATE INDEX event_entities_class_idx ON event_entities (entity_id, predicate_class, start_date)
        INCLUDE (end_date) WHERE start_date IS NOT NULL
        """
    )


def _copy_event_function(extra_target: str | None = None, extra_source: str | None = None) -> str:
    """Revision 0006's trigger function, which copies an event's period and sequence number into
    a participant row as it is added (and here its class too)."""
    targets = ", ".join(
        ["NEW.start_date", "NEW.end_date", "NEW.event_seq", *([extra_target] if extra_target else [])]
    )
    sources = ", ".join(["ev.start_date", "ev.end_date", "ev.seq", *([extra_source] if extra_source else [])])
    return f"""
        CREATE OR REPLACE FUNCTION event_entities_copy_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT {sources} INTO {targets}
            FROM events ev WHERE ev.id = NEW.event_id;
            RETURN NEW;
        END
        $$
    """


def downgrade() -> None:
    op.execute("DROP INDEX event_entities_class_idx")
    op.execute(_copy_event_function())
    op.execute("ALTER TABLE event_entities DROP COLUMN predicate_class")
    op.execute("DROP INDEX events_speaker_day_idx")
    op.execute("DROP INDEX conflicts_scope_idx")
    op.execute("ALTER TABLE conflicts DROP COLUMN scope_id")
