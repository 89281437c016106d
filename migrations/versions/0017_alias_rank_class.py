"""Key look-ups that read a common key's best namesakes, not all of them.

Each alias row carries its entity's rank class and its entity's sequence number. The class of an
article count is the count itself up to three (0, 1, 2, 3), then half an octave each: 4 for
four or five articles, 5 for six or seven, 6 for eight to eleven, 7 for twelve to fifteen, and
so on (twice the position of the count's leading bit, plus its next bit). The classes of one
count keep the most common counts (a few articles) apart, so a look-up whose best 50 end
among them reads no more of that class than it keeps. The four key indexes (name, transliteration, family and acronym keys) are
ordered by (key, rank class descending, entity sequence) and carry the entity id, so the
resolver's look-up walks a key's entities from the highest class down and stops once it holds
enough of them (service.store.entities.candidates_by_keys): an entity of a lower class is in
fewer articles than any of a higher one, so the best by article count are all among the classes
read.

The class changes only when an entity's count crosses a class boundary, about twice each time
the count doubles, so the alias rows and their index entries are rewritten that often, not on every article
that names the entity (a count kept beside the keys was tried and lost for that reason: every
article rewrote the popular entities' rows, which every walk of a common key reads first).

- `entity_rank_class(n)` is the class of a count (IMMUTABLE, for the trigger's condition).
- A BEFORE INSERT trigger on `entity_aliases` sets a new alias's class and entity sequence from
  its entity; an AFTER UPDATE trigger on `entities` rewrites an entity's aliases' class when its
  article count moves to another class.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# The key columns of entity_aliases the resolver looks up (service.store.entities.KEY_KINDS),
# with revision 0016's index names and this revision's.
ALIAS_KEYS = (
    ("key", "entity_aliases_key_entity_idx", "entity_aliases_key_rank_idx"),
    ("translit_key", "entity_aliases_translit_entity_idx", "entity_aliases_translit_rank_idx"),
    ("family_key", "entity_aliases_family_entity_idx", "entity_aliases_family_rank_idx"),
    ("acronym_key", "entity_aliases_acronym_entity_idx", "entity_aliases_acronym_rank_idx"),
)


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION entity_rank_class(n integer) RETURNS smallint
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE WHEN n < 4 THEN greatest(n, 0)
                    ELSE 2 * (length(ltrim(n::bit(32)::text, '0')) - 1)
                         + substr(ltrim(n::bit(32)::text, '0'), 2, 1)::integer END
        """
    )
    op.execute("ALTER TABLE entity_aliases ADD COLUMN rank_class smallint, ADD COLUMN entity_seq bigint")
    op.execute(
        """
        UPDATE entity_aliases a SET rank_class = entity_rank_class(e.article_count), entity_seq = e.seq
        FROM entities e WHERE e.id = a.entity_id
        """
    )
    op.execute("ALTER TABLE entity_aliases ALTER COLUMN rank_class SET NOT NULL")
    op.execute("ALTER TABLE entity_aliases ALTER COLUMN entity_seq SET NOT NULL")
    op.execute(
        """
        CREATE FUNCTION entity_aliases_rank() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            SELECT entity_rank_class(e.article_count), e.seq INTO NEW.rank_class, NEW.entity_seq
            FROM entities e WHERE e.id = NEW.entity_id;
            RETURN NEW;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER entity_aliases_rank BEFORE INSERT OR UPDATE OF entity_id ON entity_aliases
        FOR EACH ROW EXECUTE FUNCTION entity_aliases_rank()
        """
    )
    op.execute(
        """
        CREATE FUNCTION entities_rank_class() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE entity_aliases SET rank_class = entity_rank_class(NEW.article_count)
            WHERE entity_id = NEW.id;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER entities_rank_class AFTER UPDATE OF article_count ON entities
        FOR EACH ROW
        WHEN (entity_rank_class(OLD.article_count) <> entity_rank_class(NEW.article_count))
        EXECUTE FUNCTION entities_rank_class()
        """
    )
    for column, old, new in ALIAS_KEYS:
        op.execute(
            f"CREATE INDEX {new} ON entity_aliases ({column}, rank_class DESC, entity_seq) INCLUDE (entity_id)"
        )
        op.execute(f"DROP INDEX {old}")


def downgrade() -> None:
    for column, old, new in ALIAS_KEYS:
        op.execute(f"CREATE INDEX {old} ON entity_aliases ({column}) INCLUDE (entity_id)")
        op.execute(f"DROP INDEX {new}")
    op.execute("DROP TRIGGER entities_rank_class ON entities")
    op.execute("DROP FUNCTION entities_rank_class()")
    op.execute("DROP TRIGGER entity_aliases_rank ON entity_aliases")
    op.execute("DROP FUNCTION entity_aliases_rank()")
    op.execute("ALTER TABLE entity_aliases DROP COLUMN rank_class, DROP COLUMN entity_seq")
    op.execute("DROP FUNCTION entity_rank_class(integer)")
