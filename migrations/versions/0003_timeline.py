"""Timeline events, their participants and their evidence; claims.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE events (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            predicate text NOT NULL,
            predicate_class text NOT NULL,
            date_value text,
            granularity text,
            start_date date,
            end_date date,
            summary text NOT NULL,
            -- who speaks, for speech events (statements merge per speaker and day)
            speaker_id uuid REFERENCES entities (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    # Candidate look-up for merging: same class, overlapping period.
    op.execute("CREATE INDEX events_class_period_idx ON events (predicate_class, start_date, end_date)")
    # Timeline order.
    op.execute("CREATE INDEX events_start_idx ON events (start_date, seq)")
    op.execute(
        """
        CREATE TABLE event_entities (
            event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, entity_id)
        )
        """
    )
    op.execute("CREATE INDEX event_entities_entity_idx ON event_entities (entity_id, event_id)")
    op.execute(
        """
        CREATE TABLE event_evidence (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            sentence text NOT NULL,
            time_expression text,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            date_value text,
            alternative_value text,
            polarity boolean NOT NULL DEFAULT true,
            UNIQUE (event_id, article_id, start_offset)
        )
        """
    )
    op.execute("CREATE INDEX event_evidence_article_idx ON event_evidence (article_id)")
    op.execute(
        """
        CREATE TABLE claims (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            event_id uuid REFERENCES events (id) ON DELETE SET NULL,
            claimant_name text NOT NULL,
            claimant_entity_id uuid REFERENCES entities (id) ON DELETE SET NULL,
            stance text NOT NULL CHECK (stance IN ('asserts', 'denies', 'declines_to_comment')),
            quote text NOT NULL,
            sentence text NOT NULL,
            start_offset integer NOT NULL,
            end_offset integer NOT NULL,
            predicate_class text,
            date_value text,
            alternative_value text,
            quantity_low double precision,
            quantity_high double precision,
            quantity_text text,
            counted text
        )
        """
    )
    op.execute("CREATE INDEX claims_article_idx ON claims (article_id, seq)")
    op.execute("CREATE INDEX claims_event_idx ON claims (event_id)")


def downgrade() -> None:
    op.execute("DROP TABLE claims")
    op.execute("DROP TABLE event_evidence")
    op.execute("DROP TABLE event_entities")
    op.execute("DROP TABLE events")
