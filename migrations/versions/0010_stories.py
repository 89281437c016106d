"""Stories: every outlet's coverage of one news development, assigned at ingest.

`stories` holds each story's bounded TF-IDF vector (its heaviest terms as JSON) and what the
reads show; `story_terms` indexes each story by its most distinctive terms (words and resolved
entity ids) in order of recent activity, so a new article finds candidate stories without a
scan; `term_df` and `term_corpus` keep the corpus's document frequencies incrementally;
`article_bands` is the locality-sensitive index over each article's MinHash signature that finds
near-duplicates. A merged story keeps its row with `merged_into` pointing at the survivor.

Articles stored before this revision get their stories from `python -m service backfill-stories`
(it reads their stored text and entities, in ingest order), not from this migration.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE SEQUENCE story_activity_seq")
    op.execute(
        """
        CREATE TABLE stories (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            -- raised on every change: the list's "most recent activity first" order
            activity bigint NOT NULL DEFAULT nextval('story_activity_seq'),
            title text,
            -- how representative the title's article is (its similarity to the story on joining)
            title_score double precision NOT NULL DEFAULT 0,
            first_published date,
            last_published date,
            article_count integer NOT NULL DEFAULT 0,
            weights jsonb NOT NULL DEFAULT '{}'::jsonb,
            merged_into uuid REFERENCES stories (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    op.execute("CREATE INDEX stories_activity_idx ON stories (activity) WHERE merged_into IS NULL")
    op.execute("CREATE INDEX stories_merged_idx ON stories (merged_into) WHERE merged_into IS NOT NULL")
    op.execute(
        """
        CREATE TABLE story_terms (
            term text NOT NULL,
            story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            activity bigint NOT NULL,
            PRIMARY KEY (term, story_id)
        )
        """
    )
    op.execute("CREATE INDEX story_terms_recent_idx ON story_terms (term, activity DESC)")
    op.execute("CREATE INDEX story_terms_story_idx ON story_terms (story_id)")
    op.execute(
        """
        CREATE TABLE story_entities (
            entity_id uuid NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            story_id uuid NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            PRIMARY KEY (entity_id, story_id)
        )
        """
    )
    op.execute("CREATE INDEX story_entities_story_idx ON story_entities (story_id)")
    op.execute("CREATE TABLE term_df (term text PRIMARY KEY, df bigint NOT NULL)")
    op.execute(
        """
        CREATE TABLE term_corpus (
            id boolean PRIMARY KEY DEFAULT true CHECK (id),
            documents bigint NOT NULL
        )
        """
    )
    op.execute("INSERT INTO term_corpus (id, documents) VALUES (true, 0)")
    op.execute(
        """
        ALTER TABLE articles
            ADD COLUMN story_id uuid REFERENCES stories (id) ON DELETE SET NULL,
            ADD COLUMN near_duplicate_of uuid REFERENCES articles (id) ON DELETE SET NULL,
            ADD COLUMN signature bigint[]
        """
    )
    op.execute("CREATE INDEX articles_story_idx ON articles (story_id, seq)")
    op.execute(
        """
        CREATE TABLE article_bands (
            band bigint NOT NULL,
            article_id uuid NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            PRIMARY KEY (band, article_id)
        )
        """
    )
    op.execute("CREATE INDEX article_bands_article_idx ON article_bands (article_id)")


def downgrade() -> None:
    op.execute("DROP TABLE article_bands")
    op.execute("DROP INDEX articles_story_idx")
    op.execute(
        "ALTER TABLE articles DROP COLUMN signature, DROP COLUMN near_duplicate_of, DROP COLUMN story_id"
    )
    op.execute("DROP TABLE term_corpus")
    op.execute("DROP TABLE term_df")
    op.execute("DROP TABLE story_entities")
    op.execute("DROP TABLE story_terms")
    op.execute("DROP TABLE stories")
    op.execute("DROP SEQUENCE story_activity_seq")
