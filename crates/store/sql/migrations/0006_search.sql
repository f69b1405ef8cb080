-- Readers' searches (SPEC R6): how often each query was asked, per edition and day, so the
-- search overlay can offer what readers of the edition look for (with a floor, so nobody can
-- plant a phrase with a few requests).
CREATE TABLE search_queries (
    edition TEXT NOT NULL,
    day BIGINT NOT NULL,
    query TEXT NOT NULL,
    searches BIGINT NOT NULL,
    CONSTRAINT search_queries_pkey PRIMARY KEY (edition, day, query)
);
CREATE INDEX search_queries_day ON search_queries (day);
