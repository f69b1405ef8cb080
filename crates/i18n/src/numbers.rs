//! Numbers written the edition's way: "18,400" in English, "18 400" in Russian and Armenian,
//! "18.400" in Azerbaijani. Fractions are left as Fluent writes them.

use masthead_core::Lang;

fn separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Az => '.',
        Lang::Ru | Lang::Hy => '\u{a0}',
    }
}

/// An integer with thousands grouped; numbers under 10,000 in Russian are not grouped, as
/// Russian typography prefers ("5000", "18 400").
pub fn format_number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let min_grouped = if lang == Lang::Ru { 5 } else { 4 };
    let mut out = String::with_capacity(digits.len() + 4);
    if n < 0 {
        out.push('-');
    }
    if digits.len() < min_grouped {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator(lang));
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(format_number(Lang::En, 18400), "18,400");
        assert_eq!(format_number(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(format_number(Lang::En, 999), "999");
        assert_eq!(format_number(Lang::Ru, 5000), "5000");
        assert_eq!(format_number(Lang::Ru, 18400), "18\u{a0}400");
        assert_eq!(format_number(Lang::Hy, 1200), "1\u{a0}200");
        assert_eq!(format_number(Lang::Az, 1200), "1.200");
        assert_eq!(format_number(Lang::En, -1200), "-1,200");
    }
}
