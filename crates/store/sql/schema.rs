//! The schema's migrations, one list for both SQL backends: numbered SQL files applied in
//! order, each in its own transaction, recorded in `schema_migrations`. They are written in
//! the SQL both databases read; the PostgreSQL backend only spells SQLite's row ids
//! (`INTEGER PRIMARY KEY`) as identity columns (`store-postgres/src/migrate.rs`). Migrations
//! are expand/contract: one only adds (tables, columns with defaults, indexes), so nodes still
//! on the previous release keep working while others are upgraded.

/// `(version, name, sql)` of every migration, in order. Numbers only grow; a gap is a
/// migration being written on another branch.
pub const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, "init", include_str!("migrations/0001_init.sql")),
    (
        2,
        "write_model",
        include_str!("migrations/0002_write_model.sql"),
    ),
    (3, "staff", include_str!("migrations/0003_staff.sql")),
    (4, "newsroom", include_str!("migrations/0004_newsroom.sql")),
    (
        5,
        "settings_ads",
        include_str!("migrations/0005_settings_ads.sql"),
    ),
    (6, "search", include_str!("migrations/0006_search.sql")),
    (
        7,
        "api_tokens",
        include_str!("migrations/0007_api_tokens.sql"),
    ),
    (
        8,
        "login_failures",
        include_str!("migrations/0008_login_failures.sql"),
    ),
    (
        9,
        "pages_redirects",
        include_str!("migrations/0009_pages_redirects.sql"),
    ),
];
