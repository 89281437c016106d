"""Conflict reports: one row per disagreement, found again by its natural key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE conflicts (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            -- kind + event + subject: re-detection updates this row instead of adding one
            key text NOT NULL UNIQUE,
            kind text NOT NULL,
            event_id uuid REFERENCES events (id) ON DELETE CASCADE,
            summary text NOT NULL,
            sides jsonb NOT NULL,
            article_ids uuid[] NOT NULL,
            detected_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX conflicts_kind_idx ON conflicts (kind, seq)")
    op.execute("CREATE INDEX conflicts_event_idx ON conflicts (event_id)")
    op.execute(
        """
        CREATE TABLE conflict_entities (
            conflict_id uuid NOT NULL REFERENCES conflicts (id) ON DELETE CASCADE,
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            PRIMARY KEY (conflict_id, entity_id)
        )
        """
    )
    op.execute("CREATE INDEX conflict_entities_entity_idx ON conflict_entities (entity_id, conflict_id)")


def downgrade() -> None:
    op.execute("DROP TABLE conflict_entities")
    op.execute("DROP TABLE conflicts")
