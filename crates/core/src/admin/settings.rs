//! Page models of the settings pages (SPEC N6): the site settings (admins) and the breaking
//! strip with the ads (editors and admins). Every field's value, as stored or as typed, is in a
//! [`FormState`], with the catalog key of what is wrong with it.

use super::FormState;
use crate::settings::Strip;
use serde::Serialize;

/// An edition as the settings form offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EditionChoice {
    pub code: &'static str,
    pub native: &'static str,
    /// Ticked (the site has it, or the form said so).
    pub enabled: bool,
    /// The edition served at `/`.
    pub default: bool,
}

/// A text field of a group of the form: its name (the setting key), the `id` of its input,
/// and its label (a brand name, or an edition's own name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NamedField {
    pub name: String,
    pub id: String,
    pub label: String,
    /// The catalog key of the label, when it is a message rather than a name.
    pub label_key: Option<&'static str>,
    /// The language the field's text is written in, for reprint policies.
    pub lang: Option<&'static str>,
}

/// The site settings page (admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsBody {
    /// `site_name`, `time_zone`, every link and reprint key; errors by field name.
    pub form: FormState,
    /// Ticked editions first, in their order, then the others.
    pub editions: Vec<EditionChoice>,
    pub social: Vec<NamedField>,
    pub apps: Vec<NamedField>,
    pub reprint: Vec<NamedField>,
    /// Every time zone name jiff knows, for the field's suggestions.
    pub time_zones: Vec<String>,
}

/// One edition's breaking strip with its form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StripPanel {
    pub code: &'static str,
    pub native: &'static str,
    /// What is stored (shown or expired).
    pub current: Option<Strip>,
    /// The stored strip's expiry has passed: readers no longer see it.
    pub expired: bool,
    /// `text`, `link`, `until` (in the site's time zone, as a `datetime-local` value).
    pub form: FormState,
}

/// An ad with its edit form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdPanel {
    pub id: i64,
    /// `slot`, `edition`, `image_url`, `link_url`, `alt`, `width`, `height`, `html`.
    pub form: FormState,
    /// The ad shows HTML (only admins change it).
    pub has_html: bool,
}

/// The breaking strip and ads page (editors and admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StripBody {
    pub strips: Vec<StripPanel>,
    pub ads: Vec<AdPanel>,
    /// The form that adds an ad.
    pub new_ad: FormState,
    pub slots: Vec<&'static str>,
    /// Editions an ad may be for (an empty code is every edition).
    pub editions: Vec<EditionChoice>,
    /// Whether the person may set an ad's HTML (admins).
    pub may_html: bool,
    /// The site's time zone (IANA name), named beside the expiry field.
    pub time_zone: String,
}

impl FormState {
    /// Marks every field of `errors` (the first reason of each field is kept).
    pub fn field_errors(mut self, errors: &[crate::settings::FieldError]) -> Self {
        for e in errors {
            self.errors
                .entry(e.field.clone())
                .or_insert_with(|| e.key.to_owned());
        }
        self
    }
}
