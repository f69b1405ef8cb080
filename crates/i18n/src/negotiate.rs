//! Accept-Language negotiation: which of the site's editions a browser prefers.

use masthead_core::Lang;

/// The best of `available` for an Accept-Language header, by quality then order; `None` when the
/// header names none of them.
pub fn negotiate(header: &str, available: &[Lang]) -> Option<Lang> {
    let mut best: Option<(f32, Lang)> = None;
    for part in header.split(',').take(20) {
        let mut it = part.trim().split(';');
        let tag = it.next().unwrap_or("").trim().to_ascii_lowercase();
        let q = it
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|v| v.parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        let Some(lang) = available.iter().copied().find(|l| l.code() == primary) else {
            continue;
        };
        if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, lang));
        }
    }
    best.map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_by_quality() {
        let av = [Lang::Ru, Lang::En, Lang::Hy];
        assert_eq!(negotiate("en-US,en;q=0.9,ru;q=0.8", &av), Some(Lang::En));
        assert_eq!(negotiate("de, hy;q=0.5, ru;q=0.7", &av), Some(Lang::Ru));
        assert_eq!(negotiate("de-DE", &av), None);
        assert_eq!(negotiate("", &av), None);
        assert_eq!(negotiate("ru;q=0", &av), None);
    }
}
