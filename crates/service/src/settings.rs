//! Site settings (N6) as the pages use them, read from the store's key-value settings; the
//! newsroom's settings pages and their writes are in `settings/`.

mod ads;
mod edit;

pub use ads::Typed;
use masthead_core::Lang;
use masthead_core::settings::Strip;
use masthead_i18n::TimeZone;

/// Social networks shown in the chrome, in this order, with their setting keys.
pub use masthead_core::settings::SOCIAL;

#[derive(Debug, Clone)]
pub struct SiteSettings {
    pub site_name: String,
    pub time_zone: TimeZone,
    pub time_zone_name: String,
    /// Enabled editions; the first is the default one, served at `/`.
    pub editions: Vec<Lang>,
    pub raw: Vec<(String, String)>,
}

impl SiteSettings {
    pub fn from_pairs(raw: Vec<(String, String)>) -> Self {
        let get = |k: &str| {
            raw.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.trim().to_owned())
        };
        let tz_name = get("time_zone")
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "Asia/Baku".into());
        let (time_zone, time_zone_name) = match TimeZone::get(&tz_name) {
            Ok(tz) => (tz, tz_name),
            Err(_) => {
                tracing::warn!(time_zone = %tz_name, "unknown time zone setting; using Asia/Baku");
                (
                    TimeZone::get("Asia/Baku").unwrap_or(TimeZone::UTC),
                    "Asia/Baku".into(),
                )
            }
        };
        let mut editions: Vec<Lang> = get("editions")
            .unwrap_or_else(|| "ru,en,hy".into())
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect();
        editions.dedup();
        if editions.is_empty() {
            editions = vec![Lang::Ru, Lang::En, Lang::Hy];
        }
        SiteSettings {
            site_name: get("site_name")
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "Masthead".into()),
            time_zone,
            time_zone_name,
            editions,
            raw,
        }
    }

    /// A setting's value, `None` when missing or empty (empty links are not shown).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.raw
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub fn default_edition(&self) -> Lang {
        self.editions.first().copied().unwrap_or(Lang::Ru)
    }

    /// The breaking strip an editor set for `lang`, shown or expired.
    pub fn strip(&self, lang: Lang) -> Option<Strip> {
        Strip::from_settings(lang, |k| self.get(k))
    }

    pub fn reprint_policy(&self, lang: Lang) -> String {
        self.get(&format!("reprint_policy.{}", lang.code()))
            .unwrap_or_default()
            .to_owned()
    }
}
