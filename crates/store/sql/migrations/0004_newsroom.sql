-- The newsroom's desk (SPEC N3–N5, N9, N10): SEO fields, revisions kept whole, pending
-- revisions of published articles, translation provenance, corrections and the media library.

ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
-- The revision of the last save that changed the content (status moves do not).
ALTER TABLE articles ADD COLUMN content_revision BIGINT NOT NULL DEFAULT 1;
-- A saved edit of a published article that is not live yet (an `article_revisions` id).
ALTER TABLE articles ADD COLUMN pending_revision_id BIGINT;
-- The article this one was translated from, and that article's content revision then.
ALTER TABLE articles ADD COLUMN source_article_id BIGINT REFERENCES articles (id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN source_revision BIGINT;
CREATE INDEX articles_source ON articles (source_article_id);
-- The scheduler's question, "what is due?", answered from the few scheduled rows.
CREATE INDEX articles_scheduled ON articles (published_at) WHERE status = 'scheduled';

-- More authors of a byline, after `articles.author_id` (SPEC N3 "one or more authors").
CREATE TABLE article_authors (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id BIGINT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    CONSTRAINT article_authors_pkey PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author ON article_authors (author_id, article_id);

-- Every save of an article. `content` is the ArticleContent as JSON (without the rendered
-- HTML), NULL for a status move. `revision` is the article's revision the save produced; for a
-- kept conflicting text or a pending edit, the revision it was based on.
CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    content TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX article_revisions_article ON article_revisions (article_id, id);

-- Dated corrections and updates of published articles (N9).
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX corrections_article ON corrections (article_id, at);
CREATE INDEX corrections_at ON corrections (at);

-- Uploaded images (N5): files are `{stem}-{width}.{ext}` in the media store.
CREATE TABLE media (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stem TEXT NOT NULL UNIQUE,
    format TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    widths TEXT NOT NULL,
    bytes BIGINT NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    original_name TEXT NOT NULL DEFAULT '',
    uploaded_at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX media_uploaded ON media (uploaded_at);
