-- Failed sign-ins (SPEC N1), kept in the database so that every node behind a load balancer
-- counts them: a guesser spreading attempts over the nodes meets one limit. `at` is in
-- milliseconds; rows older than the counting window are deleted as new ones arrive.
CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);
CREATE INDEX login_failures_at ON login_failures (at);
