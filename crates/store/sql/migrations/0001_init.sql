CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    position BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT sections_edition_slug_key UNIQUE (edition, slug)
);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    CONSTRAINT tags_edition_slug_key UNIQUE (edition, slug)
);

CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    slug TEXT NOT NULL,
    name TEXT NOT NULL,
    bio TEXT NOT NULL DEFAULT '',
    CONSTRAINT authors_edition_slug_key UNIQUE (edition, slug)
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    edition TEXT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    lead TEXT NOT NULL DEFAULT '',
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    section_id BIGINT NOT NULL REFERENCES sections (id),
    author_id BIGINT REFERENCES authors (id),
    status TEXT NOT NULL,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    is_breaking BOOLEAN NOT NULL DEFAULT FALSE,
    is_top BOOLEAN NOT NULL DEFAULT FALSE,
    is_important BOOLEAN NOT NULL DEFAULT FALSE,
    source_name TEXT,
    source_url TEXT,
    cover_url TEXT,
    cover_alt TEXT,
    cover_caption TEXT,
    cover_credit TEXT,
    translation_key TEXT,
    views BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT articles_edition_slug_key UNIQUE (edition, slug)
);
CREATE INDEX articles_edition_published ON articles (edition, status, published_at);
-- `edition` trails so that listings, which also filter by edition, never read the table to check it.
CREATE INDEX articles_section_published ON articles (section_id, status, published_at, edition);
CREATE INDEX articles_author_published ON articles (author_id, status, published_at, edition);
-- Flags are rare: partial indexes find the latest breaking, top or important articles without
-- reading every row of an edition. They carry the same columns as the general indexes so that
-- the planner, seeing the same terms, takes the smaller one.
CREATE INDEX articles_breaking ON articles (edition, status, published_at) WHERE is_breaking = TRUE;
CREATE INDEX articles_top ON articles (edition, status, published_at) WHERE is_top = TRUE;
CREATE INDEX articles_important ON articles (section_id, status, published_at, edition) WHERE is_important = TRUE;
CREATE INDEX articles_translation ON articles (translation_key);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

CREATE TABLE slug_redirects (
    edition TEXT NOT NULL,
    old_slug TEXT NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    CONSTRAINT slug_redirects_pkey PRIMARY KEY (edition, old_slug)
);

CREATE TABLE article_view_hours (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hour BIGINT NOT NULL,
    views BIGINT NOT NULL,
    PRIMARY KEY (article_id, hour)
);
CREATE INDEX article_view_hours_hour ON article_view_hours (hour);

CREATE TABLE ads (
    id INTEGER PRIMARY KEY,
    edition TEXT,
    slot TEXT NOT NULL,
    image_url TEXT NOT NULL,
    link_url TEXT NOT NULL,
    alt TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE
);
