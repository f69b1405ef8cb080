//! The site settings page (admins, SPEC N6): name, editions, time zone, links and reprint
//! policies. A save is checked whole by `core::settings` first, writes only the keys that
//! changed in one transaction (one change-log entry: every cached page goes, its chrome
//! changed) and leaves one audit entry naming them.

use crate::{ServiceError, Site};
use masthead_core::admin::FormState;
use masthead_core::admin::settings::{EditionChoice, NamedField, SettingsBody};
use masthead_core::settings::{APP_LINKS, SOCIAL, SettingsInput, reprint_key};
use masthead_core::{Actor, AuditAction, Lang, NewAuditEntry, Permission};

/// The editions of the form: those in `ticked` first, in that order, then the others.
pub(super) fn edition_choices(ticked: &[Lang], default: Option<Lang>) -> Vec<EditionChoice> {
    let rest = Lang::ALL.into_iter().filter(|l| !ticked.contains(l));
    ticked
        .iter()
        .copied()
        .chain(rest)
        .map(|l| EditionChoice {
            code: l.code(),
            native: l.native_name(),
            enabled: ticked.contains(&l),
            default: default == Some(l),
        })
        .collect()
}

/// The audit entry of a settings write by `actor`.
pub(super) fn audit(actor: &Actor, ip: &str, target: String, detail: String) -> NewAuditEntry {
    NewAuditEntry {
        actor: actor.label(),
        actor_user_id: match actor {
            Actor::Staff { user_id, .. } => Some(*user_id),
            Actor::System { .. } => None,
        },
        action: AuditAction::SettingsChanged,
        target,
        detail,
        ip: ip.to_owned(),
    }
}

impl Site {
    /// The settings form's values as stored.
    fn stored_settings_form(&self) -> FormState {
        let s = self.settings();
        let mut values = vec![
            ("site_name".to_owned(), s.site_name.clone()),
            ("time_zone".to_owned(), s.time_zone_name.clone()),
            (
                "editions".to_owned(),
                s.editions
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            (
                "default_edition".to_owned(),
                s.default_edition().code().to_owned(),
            ),
        ];
        for key in SOCIAL.iter().map(|(_, k, _)| *k).chain(APP_LINKS) {
            values.push((key.to_owned(), s.get(key).unwrap_or_default().to_owned()));
        }
        for lang in Lang::ALL {
            values.push((reprint_key(lang), s.reprint_policy(lang)));
        }
        values.push((
            masthead_core::settings::FEED_FULL_TEXT.to_owned(),
            s.get(masthead_core::settings::FEED_FULL_TEXT)
                .unwrap_or("0")
                .to_owned(),
        ));
        FormState {
            values: values.into_iter().collect(),
            ..Default::default()
        }
    }

    /// The settings page: the stored values, or a refused form as typed with its errors
    /// (`editions` in its values is the ticked codes joined with commas).
    ///
    /// # Errors
    /// `Forbidden` without `ManageSite`.
    pub fn settings_page(
        &self,
        actor: &Actor,
        typed: Option<FormState>,
    ) -> Result<SettingsBody, ServiceError> {
        Self::authorize(actor, Permission::ManageSite)?;
        let form = typed.unwrap_or_else(|| self.stored_settings_form());
        let value = |k: &str| form.values.get(k).map_or("", String::as_str);
        let mut ticked: Vec<Lang> = Vec::new();
        for l in value("editions").split(',').filter_map(|c| c.parse().ok()) {
            if !ticked.contains(&l) {
                ticked.push(l);
            }
        }
        let default = value("default_edition").parse().ok();
        let field = |name: &str, label: &str, label_key, lang| NamedField {
            id: format!("f-{}", name.replace('.', "-")),
            name: name.to_owned(),
            label: label.to_owned(),
            label_key,
            lang,
        };
        let mut time_zones: Vec<String> = jiff::tz::db()
            .available()
            .map(|n| n.as_str().to_owned())
            .filter(|n| n.contains('/') || n == "UTC")
            .collect();
        time_zones.sort();
        Ok(SettingsBody {
            editions: edition_choices(&ticked, default),
            social: SOCIAL
                .iter()
                .map(|(_, key, label)| field(key, label, None, None))
                .collect(),
            apps: vec![
                field(APP_LINKS[0], "App Store", Some("app-store"), None),
                field(APP_LINKS[1], "Google Play", Some("google-play"), None),
            ],
            reprint: Lang::ALL
                .iter()
                .map(|l| field(&reprint_key(*l), l.native_name(), None, Some(l.code())))
                .collect(),
            time_zones,
            form,
        })
    }

    /// Saves the general settings; returns the keys that changed (none: nothing written).
    ///
    /// # Errors
    /// `Forbidden` without `ManageSite`; `InvalidFields` naming every field that breaks a rule
    /// (nothing written); the store's.
    pub async fn save_settings(
        &self,
        actor: &Actor,
        ip: &str,
        input: &SettingsInput,
    ) -> Result<Vec<String>, ServiceError> {
        Self::authorize(actor, Permission::ManageSite)?;
        let valid = input.validate().map_err(ServiceError::InvalidFields)?;
        let current = self.store.settings().await?;
        let stored = |k: &str| {
            current
                .iter()
                .find(|(key, _)| key == k)
                .map_or("", |(_, v)| v.as_str())
        };
        let changed: Vec<(String, String)> = valid
            .pairs()
            .into_iter()
            .filter(|(k, v)| stored(k) != v)
            .collect();
        if changed.is_empty() {
            return Ok(Vec::new());
        }
        self.write_settings(actor, &changed).await?;
        let keys: Vec<String> = changed.into_iter().map(|(k, _)| k).collect();
        self.audit_entry(audit(actor, ip, "settings".into(), keys.join(", ")))
            .await;
        Ok(keys)
    }

    /// Writes settings pairs (one transaction, one change-log entry) and reads them back at
    /// once, so that the next page shows them.
    pub(super) async fn write_settings(
        &self,
        actor: &Actor,
        pairs: &[(String, String)],
    ) -> Result<i64, ServiceError> {
        let seq = self.store.set_settings(actor, pairs).await?;
        self.written();
        self.reload_settings().await?;
        Ok(seq)
    }
}
