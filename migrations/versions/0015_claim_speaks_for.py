"""Claims: the organisation a named claimant speaks for ("Jane Doe, chief executive of Acme
Corp, said ..." is Acme's word too), so a conflict report names the organisation whose officer
takes a side.

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
        "ALTER TABLE claims ADD COLUMN speaks_for_entity_id uuid REFERENCES entities (id) ON DELETE SET NULL"
    )


def downgrade() -> None:
    op.execute("ALTER TABLE claims DROP COLUMN speaks_for_entity_id")
