"""Event candidates and entity key look-ups from the indexes alone.

- `events_speaker_day_class_idx` (speaker, day, class, seq) INCLUDE (id) replaces revision 0013's
  `events_speaker_day_idx` (speaker, day, seq). That one left the class and the event id in the
  table, so the planner, expecting a handful of rows for a speaker's day, read every one of them
  and sorted them instead of walking the index: on a day a speaker made thousands of statements
  the look-up read them all though it keeps at most 50. Now the look-up walks the speaker's
  events of that day and class in `seq` order with an index-only scan and stops at 50 that share
  a participant, reading only those.
- `event_entities_class_long_idx` (participant, class, end) replaces revision 0007's
  `event_entities_long_idx` (participant, end), with the same partial predicate: since the look-up
  asks for one class (revision 0013), the planner preferred the class index and read every
  earlier event of the participant's class to find the few long ones (10,000 rows for a
  participant in many events). With the class in the long index's key it reads only the long
  events of that class ending inside or after the window.
- `event_entities_class_start_idx` (participant, class, start) replaces revision 0013's
  `event_entities_class_idx` and carries the event id and sequence number beside the end date,
  so the short events near a period are chosen on the index alone (no table read per row).

Both participant-row indexes carry the event id and sequence number: the look-up keeps the first
50 by `seq` before it reads any event.

- The four key indexes of `entity_aliases` (name, transliteration, family and acronym keys) carry
  the entity id: the resolver's key look-up needs nothing else from an alias row, so it reads
  them with index-only scans instead of visiting a table page for every alias that shares a key
  (at 100k articles a common name's key or family key is shared by dozens to hundreds of aliases).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# Must equal service.store.timeline.LONG_SPAN_DAYS (the partial index's predicate and the query's
# condition have to be the same for the planner to use it), as in revision 0007.
LONG_SPAN_DAYS = 31


# The key columns of entity_aliases the resolver looks up (service.store.entities.KEY_KINDS),
# with their indexes' names before and after this revision.
ALIAS_KEYS = (
    ("key", "entity_aliases_key_idx", "entity_aliases_key_entity_idx"),
    ("translit_key", "entity_aliases_translit_idx", "entity_aliases_translit_entity_idx"),
    ("family_key", "entity_aliases_family_idx", "entity_aliases_family_entity_idx"),
    ("acronym_key", "entity_aliases_acronym_idx", "entity_aliases_acronym_entity_idx"),
)


def upgrade() -> None:
    for column, old, new in ALIAS_KEYS:
        op.execute(f"CREATE INDEX {new} ON entity_aliases ({column}) INCLUDE (entity_id)")
        op.execute(f"DROP INDEX {old}")
    op.execute(
        """
        CREATE INDEX events_speaker_day_class_idx ON events (speaker_id, start_date, predicate_class, seq)
        INCLUDE (id) WHERE speaker_id IS NOT NULL
        """
    )
    op.execute("DROP INDEX events_speaker_day_idx")
    op.execute(
        f"""
        CREATE INDEX event_entities_class_long_idx ON event_entities (entity_id, predicate_class, end_date)
        INCLUDE (start_date, event_id, event_seq) WHERE end_date - start_date > {LONG_SPAN_DAYS}
        """
    )
    op.execute("DROP INDEX event_entities_long_idx")
    op.execute(
        """
        CREATE INDEX event_entities_class_start_idx ON event_entities (entity_id, predicate_class, start_date)
        INCLUDE (end_date, event_id, event_seq) WHERE start_date IS NOT NULL
        """
    )
    op.execute("DROP INDEX event_entities_class_idx")


def downgrade() -> None:
    for column, old, new in ALIAS_KEYS:
        op.execute(f"CREATE INDEX {old} ON entity_aliases ({column})")
        op.execute(f"DROP INDEX {new}")
    op.execute(
        """
        CREATE INDEX event_entities_class_idx ON event_entities (entity_id, predicate_class, start_date)
        INCLUDE (end_date) WHERE start_date IS NOT NULL
        """
    )
    op.execute("DROP INDEX event_entities_class_start_idx")
    op.execute(
        f"""
        CREATE INDEX event_entities_long_idx ON event_entities (entity_id, end_date)
            INCLUDE (start_date, event_id)
            WHERE end_date - start_date > {LONG_SPAN_DAYS}
        """
    )
    op.execute("DROP INDEX event_entities_class_long_idx")
    op.execute(
        "CREATE INDEX events_speaker_day_idx ON events (speaker_id, start_date, seq) WHERE speaker_id IS NOT NULL"
    )
    op.execute("DROP INDEX events_speaker_day_class_idx")
