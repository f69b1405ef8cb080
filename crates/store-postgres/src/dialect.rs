//! PostgreSQL's spelling of what the shared queries (`crates/store/sql`) write through macros.
//! Each expands to a string literal, so queries stay `concat!` constants.

/// A JSON array text of one array per row of `$cols` (`[]` when there are no rows).
macro_rules! json_rows {
    ($cols:literal) => {
        concat!(
            "COALESCE(json_agg(json_build_array(",
            $cols,
            ")), '[]'::json)::text"
        )
    };
}

/// A JSON array text of `$col` over the rows (`[]` when there are none).
macro_rules! json_values {
    ($col:literal) => {
        concat!("COALESCE(json_agg(", $col, "), '[]'::json)::text")
    };
}

/// `$col` over the rows, joined with commas (NULL when there are none).
macro_rules! text_list {
    ($col:literal) => {
        concat!("string_agg(", $col, ", ',')")
    };
}

/// The four-digit UTC year of a Unix time in seconds, as text.
macro_rules! utc_year {
    ($col:literal) => {
        concat!(
            "to_char(to_timestamp(",
            $col,
            ") AT TIME ZONE 'UTC', 'YYYY')"
        )
    };
}

/// The two-digit UTC month of a Unix time in seconds, as text.
macro_rules! utc_month {
    ($col:literal) => {
        concat!("to_char(to_timestamp(", $col, ") AT TIME ZONE 'UTC', 'MM')")
    };
}

/// The larger of two values of a row.
macro_rules! greatest {
    ($a:literal, $b:literal) => {
        concat!("GREATEST(", $a, ", ", $b, ")")
    };
}

/// Case-insensitive `LIKE`.
macro_rules! ilike {
    () => {
        "ILIKE"
    };
}

/// No index hints on PostgreSQL: its planner chooses from its statistics.
macro_rules! indexed_by {
    ($index:literal) => {
        ""
    };
}

/// A plain join (PostgreSQL has no `CROSS JOIN … ON`; its planner orders joins itself).
macro_rules! cross_join {
    () => {
        "JOIN"
    };
}
