-- Static pages (About, Contacts, …) at {e}/page/{slug}, one per edition, translations sharing
-- a key; the redirects table (old address → new path, answered with 301); source keys on
-- media, and the import ledger (a fingerprint of each imported record as it was last read), so
-- that an import run twice adds nothing and updates only what changed at the source.
CREATE TABLE static_pages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    edition TEXT NOT NULL,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    body_md TEXT NOT NULL,
    body_html TEXT NOT NULL,
    translation_key TEXT,
    in_footer BOOLEAN NOT NULL DEFAULT FALSE,
    position BIGINT NOT NULL DEFAULT 100,
    source_key TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT static_pages_slug_key UNIQUE (edition, slug)
);
CREATE UNIQUE INDEX static_pages_source ON static_pages (edition, source_key)
    WHERE source_key IS NOT NULL;
CREATE INDEX static_pages_translation ON static_pages (translation_key)
    WHERE translation_key IS NOT NULL;

CREATE TABLE redirects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_path TEXT NOT NULL,
    to_path TEXT NOT NULL,
    source_key TEXT,
    created_at BIGINT NOT NULL,
    CONSTRAINT redirects_from_key UNIQUE (from_path)
);

ALTER TABLE media ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX media_source ON media (source_key) WHERE source_key IS NOT NULL;

CREATE TABLE import_ledger (
    edition TEXT NOT NULL,
    source_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    -- The article's revision as the import left it: a later one was saved in the newsroom,
    -- and the next import leaves it alone.
    revision BIGINT NOT NULL DEFAULT 0,
    imported_at BIGINT NOT NULL,
    PRIMARY KEY (edition, source_key)
);
