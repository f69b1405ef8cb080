-- Per-integration API tokens (SPEC A2): created by an admin for one integration, scoped to a
-- role, revocable. Only the SHA-256 of each token is kept; `prefix` (its first characters)
-- lets people tell tokens apart without storing them.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    prefix TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT,
    CONSTRAINT api_tokens_hash_key UNIQUE (token_hash)
);
