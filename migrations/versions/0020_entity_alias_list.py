"""Entities carry their spellings: `entities.aliases`, the aliases in the order they were stored.

Resolving a name reads up to 50 candidate entities with every spelling of each; the spellings
were read from `entity_aliases` one entity at a time, about half the cost of the key look-ups in
a corpus of 100k articles. An entity's spellings change rarely (a new one now and then, never
removed), while its row is rewritten by every article that names it anyway, so keeping them on
the row costs the writes nothing they did not pay and spares the reads a probe per candidate.
`entity_aliases` stays the look-up index (one row per spelling with its keys); the store
appends to both in one statement.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE entities ADD COLUMN aliases text[] NOT NULL DEFAULT '{}'")
    op.execute(
        """
        UPDATE entities e SET aliases = a.aliases
        FROM (
            SELECT entity_id, array_agg(alias ORDER BY id) AS aliases FROM entity_aliases GROUP BY entity_id
        ) a
        WHERE e.id = a.entity_id
        """
    )


def downgrade() -> None:
    op.execute("ALTER TABLE entities DROP COLUMN aliases")
