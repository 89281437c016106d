"""A word index over entity aliases, for search whose cost follows the vocabulary, not the corpus.

Search used trigram postings of whole aliases; a common trigram has postings in proportion to
the corpus (about 38,000 each at 100k articles). Here every alias is indexed by the words of its
transliteration key (`alias_words`), and the distinct words (`name_words`) by their trigrams
(`word_grams`) and by their one-letter deletions (`word_deletes`, for typos trigrams miss): a
query's words find close vocabulary words through a few hundred postings, and each such word a
bounded number of aliases (see `service.store.entities.search_candidates`).

The words of an alias are indexed by `alias_words_add(ids)`, run by a statement trigger on
every insert into `entity_aliases` and by anything that loads aliases with triggers off. Words are
the runs of [a-z0-9] of the transliteration key, and a word's trigrams are pg_trgm's (the word
padded with two spaces in front and one behind, cut in threes), as `service.pipeline.names`
makes them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Must equal service.pipeline.name_search.EDIT_MIN_LENGTH (the query's variants and the stored
# ones have to be cut the same way).
EDIT_MIN_LENGTH = 4


def upgrade() -> None:
    op.execute(
        """
        CREATE TABLE name_words (
            word text PRIMARY KEY,
            gram_count int NOT NULL
        )
        """
    )
    # Postings carry the word's trigram count: a look-up reads only the words whose length allows
    # the similarity it asks for, and needs no other table.
    op.execute(
        """
        CREATE TABLE word_grams (
            gram text NOT NULL,
            gram_count int NOT NULL,
            word text NOT NULL REFERENCES name_words (word) ON DELETE CASCADE,
            PRIMARY KEY (gram, gram_count, word)
        )
        """
    )
    # Each alias under each of its words, with what search scores it by: the aliases of a word
    # are one index range, read without visiting the aliases themselves.
    op.execute(
        """
        CREATE TABLE alias_words (
            word text NOT NULL,
            alias_id bigint NOT NULL REFERENCES entity_aliases (id) ON DELETE CASCADE,
            entity_id uuid NOT NULL,
            translit_key text NOT NULL,
            PRIMARY KEY (word, alias_id) INCLUDE (entity_id, translit_key)
        )
        """
    )
    op.execute("CREATE INDEX alias_words_alias_idx ON alias_words (alias_id)")
    # Typos trigrams miss in short words ("Brwon" shares 2 of 10 trigrams with "Brown"): a word
    # of at least EDIT_MIN_LENGTH letters under itself and each way of deleting one letter; two
    # words meet here when deleting at most one letter from each makes them equal (an insertion,
    # deletion, substitution or swap of neighbours).
    op.execute(
        """
        CREATE TABLE word_deletes (
            variant text NOT NULL,
            word text NOT NULL REFERENCES name_words (word) ON DELETE CASCADE,
            PRIMARY KEY (variant, word)
        )
        """
    )
    # Words in sorted order: two transactions adding the same new words wait for each other in
    # one order, never in a cycle.
    op.execute(
        f"""
        CREATE FUNCTION alias_words_add(ids bigint[]) RETURNS void LANGUAGE sql AS $$
            WITH pairs AS (
                SELECT DISTINCT w.word, a.id AS alias_id, a.entity_id, a.translit_key
                FROM entity_aliases a
                CROSS JOIN LATERAL regexp_split_to_table(a.translit_key, '[^a-z0-9]+') AS w (word)
                WHERE a.id = ANY(ids) AND w.word <> ''
            ),
            new_words AS (
                INSERT INTO name_words (word, gram_count)
                SELECT p.word, (
                    SELECT count(DISTINCT substr('  ' || p.word || ' ', i, 3))
                    FROM generate_series(1, length(p.word) + 1) AS i
                )
                FROM (SELECT DISTINCT word FROM pairs) p
                ORDER BY p.word
                ON CONFLICT (word) DO NOTHING
                RETURNING word, gram_count
            ),
            new_grams AS (
                INSERT INTO word_grams (gram, gram_count, word)
                SELECT DISTINCT substr('  ' || n.word || ' ', i, 3), n.gram_count, n.word
                FROM new_words n CROSS JOIN LATERAL generate_series(1, length(n.word) + 1) AS i
            ),
            new_deletes AS (
                INSERT INTO word_deletes (variant, word)
                SELECT DISTINCT v.variant, n.word
                FROM new_words n
                CROSS JOIN LATERAL (
                    SELECT n.word AS variant
                    UNION ALL
                    SELECT left(n.word, i - 1) || substr(n.word, i + 1) FROM generate_series(1, length(n.word)) AS i
                ) v
                WHERE length(n.word) >= {EDIT_MIN_LENGTH}
            )
            INSERT INTO alias_words (word, alias_id, entity_id, translit_key)
            SELECT word, alias_id, entity_id, translit_key FROM pairs ORDER BY word, alias_id
            ON CONFLICT DO NOTHING
        $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION entity_aliases_add_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM alias_words_add(ARRAY(SELECT id FROM added));
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER entity_aliases_add_words AFTER INSERT ON entity_aliases
        REFERENCING NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION entity_aliases_add_words()
        """
    )
    op.execute("SELECT alias_words_add(ARRAY(SELECT id FROM entity_aliases))")
    op.execute("ANALYZE name_words")
    op.execute("ANALYZE word_grams")
    op.execute("ANALYZE alias_words")
    op.execute("ANALYZE word_deletes")


def downgrade() -> None:
    op.execute("DROP TRIGGER entity_aliases_add_words ON entity_aliases")
    op.execute("DROP FUNCTION entity_aliases_add_words()")
    op.execute("DROP FUNCTION alias_words_add(bigint[])")
    op.execute("DROP TABLE alias_words")
    op.execute("DROP TABLE word_deletes")
    op.execute("DROP TABLE word_grams")
    op.execute("DROP TABLE name_words")
