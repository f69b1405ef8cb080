//! Page numbers for paginated listings, validated so that no input can cause a huge offset.

/// A 1-based page of a listing with a fixed size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub page: u32,
    pub per_page: u32,
}

impl Paging {
    /// Listings never go deeper than this many pages; beyond it a reader gets a 404.
    pub const MAX_PAGE: u32 = 10_000;

    /// Parses a `page` query value: absent means 1; anything that is not a number from 1 to
    /// [`Self::MAX_PAGE`] is `None` (the caller answers 404).
    pub fn parse(raw: Option<&str>, per_page: u32) -> Option<Paging> {
        let page = match raw {
            None | Some("") => 1,
            Some(s) if s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok()?,
            Some(_) => return None,
        };
        (1..=Self::MAX_PAGE)
            .contains(&page)
            .then_some(Paging { page, per_page })
    }

    pub fn offset(&self) -> u64 {
        u64::from(self.page - 1) * u64::from(self.per_page)
    }

    pub fn last_page(total: u64, per_page: u32) -> u32 {
        let pages = total.div_ceil(u64::from(per_page.max(1)));
        u32::try_from(pages.max(1)).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_sane_pages() {
        assert_eq!(Paging::parse(None, 10).map(|p| p.page), Some(1));
        assert_eq!(Paging::parse(Some("3"), 10).map(|p| p.offset()), Some(20));
        for bad in [
            "0",
            "-1",
            "abc",
            "99999999999999999999",
            "1e3",
            " 2",
            "10001",
        ] {
            assert_eq!(Paging::parse(Some(bad), 10), None, "{bad}");
        }
        assert_eq!(Paging::last_page(0, 10), 1);
        assert_eq!(Paging::last_page(21, 10), 3);
    }
}
