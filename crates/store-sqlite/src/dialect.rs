//! SQLite's spelling of what the shared queries (`crates/store/sql`) write through macros.
//! Each expands to a string literal, so queries stay `concat!` constants.

/// A JSON array text of one array per row of `$cols` (`[]` when there are no rows).
macro_rules! json_rows {
    ($cols:literal) => {
        concat!("json_group_array(json_array(", $cols, "))")
    };
}

/// A JSON array text of `$col` over the rows (`[]` when there are none).
macro_rules! json_values {
    ($col:literal) => {
        concat!("json_group_array(", $col, ")")
    };
}

/// `$col` over the rows, joined with commas (NULL when there are none).
macro_rules! text_list {
    ($col:literal) => {
        concat!("group_concat(", $col, ")")
    };
}

/// The four-digit UTC year of a Unix time in seconds, as text.
macro_rules! utc_year {
    ($col:literal) => {
        concat!("strftime('%Y', ", $col, ", 'unixepoch')")
    };
}

/// The two-digit UTC month of a Unix time in seconds, as text.
macro_rules! utc_month {
    ($col:literal) => {
        concat!("strftime('%m', ", $col, ", 'unixepoch')")
    };
}

/// The larger of two values of a row.
macro_rules! greatest {
    ($a:literal, $b:literal) => {
        concat!("MAX(", $a, ", ", $b, ")")
    };
}

/// Case-insensitive (ASCII) `LIKE`.
macro_rules! ilike {
    () => {
        "LIKE"
    };
}

/// A hint naming the index the planner must use: SQLite's statistics can favour a table walk
/// where the index is far cheaper.
macro_rules! indexed_by {
    ($index:literal) => {
        concat!(" INDEXED BY ", $index)
    };
}

/// A join whose order the planner keeps (the left table is walked first).
macro_rules! cross_join {
    () => {
        "CROSS JOIN"
    };
}

/// Opens a transaction that reads one snapshot (`masthead export`): in WAL mode a deferred
/// transaction sees the database as of its first read until it ends, and writers go on.
macro_rules! begin_snapshot {
    () => {
        "BEGIN"
    };
}

/// Moves `$table`'s id generator past rows inserted with explicit ids: nothing to do on
/// SQLite, whose next row id is always the largest plus one (an empty statement is skipped).
macro_rules! sync_identity {
    ($table:literal) => {
        ""
    };
}
