-- The write model (revisions), import idempotence (source keys), the kicker kept on the row so
-- listings need no subquery for it, and the durable change log.
ALTER TABLE articles ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN source_key TEXT;
ALTER TABLE articles ADD COLUMN kicker_tag_id BIGINT REFERENCES tags (id);
UPDATE articles SET kicker_tag_id =
    (SELECT k.tag_id FROM article_tags k WHERE k.article_id = articles.id ORDER BY k.position LIMIT 1);
CREATE UNIQUE INDEX articles_source_key ON articles (edition, source_key) WHERE source_key IS NOT NULL;
CREATE INDEX tags_slug ON tags (slug);
CREATE INDEX authors_slug ON authors (slug);

CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL
);
