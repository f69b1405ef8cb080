//! Page models of the newsroom at `/admin` (SPEC N1, N2, N7, N8): data the use cases build and
//! `web` renders in the staff member's language. Messages are catalog keys, never text.

use crate::{AuditAction, AuditEntry, Lang, Role, Status, User};
use jiff::Timestamp;
use serde::Serialize;
use std::collections::BTreeMap;

pub mod pages;
pub mod settings;

/// An article as the newsroom's lists show it, whatever its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeskItem {
    pub id: i64,
    pub revision: i64,
    pub edition: Lang,
    pub slug: String,
    pub title: String,
    pub status: Status,
    pub updated_at: Timestamp,
    pub published_at: Option<Timestamp>,
    pub owner_id: Option<i64>,
    pub views: i64,
}

/// One entry of the admin navigation, shown only to roles that may open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdminNav {
    /// Catalog key of the label.
    pub key: &'static str,
    pub href: &'static str,
    pub current: bool,
}

/// A notice shown once above a page after an action (`saved`, `failed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// `ok` or `error`.
    pub kind: &'static str,
    /// Catalog key of the message.
    pub key: String,
}

/// Everything around an admin page: who is signed in, where they may go, the form token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdminShell {
    pub site_name: String,
    /// `None` on the sign-in pages.
    pub user: Option<User>,
    pub nav: Vec<AdminNav>,
    /// The CSRF token every form of the page carries.
    pub csrf: String,
    pub notice: Option<Notice>,
    /// The site's time zone (IANA name), for dates.
    pub time_zone: String,
}

/// An admin page: its shell, the language it speaks and its body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AdminPage<B> {
    pub lang: Lang,
    /// Catalog key of the page title.
    pub title_key: &'static str,
    pub shell: AdminShell,
    pub body: B,
}

/// A form answered again: the values typed (never a password) and, per field, the catalog
/// key of what is wrong with it (`_form` for the form as a whole).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FormState {
    pub values: BTreeMap<String, String>,
    pub errors: BTreeMap<String, String>,
    /// Seconds to wait before trying again, when the form was refused for too many attempts.
    pub retry_after: Option<u64>,
}

impl FormState {
    /// A form with these values kept.
    pub fn with_values<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        FormState {
            values: pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
            ..Default::default()
        }
    }

    /// Marks `field` as wrong for the reason `key`.
    pub fn error(mut self, field: &str, key: &str) -> Self {
        self.errors.insert(field.to_owned(), key.to_owned());
        self
    }
}

/// The sign-in page (and the second-factor step after it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoginBody {
    /// `password` or `totp`.
    pub step: &'static str,
    pub form: FormState,
}

/// A page opened from a one-time link: create the first admin, accept an invitation, set a
/// new password. `valid` is false for an unknown, used or expired link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkBody {
    pub valid: bool,
    /// `first_admin`, `invite` or `reset`.
    pub kind: &'static str,
    pub role: Option<Role>,
    /// The account a reset is for.
    pub email: Option<String>,
    pub token: String,
    pub form: FormState,
    pub languages: Vec<LanguageChoice>,
}

/// A language the admin can speak, for pickers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageChoice {
    pub code: &'static str,
    pub native: &'static str,
    pub selected: bool,
}

/// A desk list of the dashboard with its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeskList {
    pub status: Status,
    pub count: u64,
    pub items: Vec<DeskRow>,
}

/// A desk item with its public address (when readers can see it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeskRow {
    #[serde(flatten)]
    pub item: DeskItem,
    pub url: Option<String>,
    /// Whether the person may act on it (their own, or they may edit all).
    pub actionable: bool,
}

/// A most-read entry: the article and its views in the window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadRow {
    pub title: String,
    pub url: String,
    pub edition: Lang,
    pub views: i64,
}

/// The dashboard (SPEC N7 with what exists now).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DashboardBody {
    /// Whether the lists are only the person's own articles (contributors and authors).
    pub own_only: bool,
    pub desks: Vec<DeskList>,
    /// The scheduled queue, soonest first (the first rows), and how many are scheduled.
    pub scheduled: Vec<DeskRow>,
    pub scheduled_count: u64,
    pub read_today: Vec<ReadRow>,
    pub read_week: Vec<ReadRow>,
    /// The person's own drafts, newest first.
    pub mine: Vec<DeskRow>,
    /// Translations whose source changed since they were made (SPEC N10).
    pub stale: Vec<crate::newsroom::TranslationState>,
    /// Recent published stories missing in some edition.
    pub missing: Vec<crate::editor::MissingRow>,
}

/// The staff page (admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffBody {
    pub users: Vec<User>,
    pub roles: Vec<Role>,
    /// A link just made (an invitation or a password reset), shown once.
    pub new_link: Option<IssuedLink>,
    /// The id of the person looking (they cannot disable or demote themselves here).
    pub me: i64,
    /// Roles that must use a second factor.
    pub totp_required: Vec<Role>,
}

/// A one-time link just issued, with what it is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssuedLink {
    /// `invite` or `reset`.
    pub kind: &'static str,
    pub url: String,
    pub role: Option<Role>,
    pub email: Option<String>,
    pub expires_at: Timestamp,
}

/// A second factor being enrolled: the QR code and the secret to type by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TotpEnrolment {
    /// A PNG as base64, for a `data:` URL.
    pub qr_png_base64: String,
    /// The secret in base32, grouped for reading.
    pub secret: String,
}

/// The person's own profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProfileBody {
    pub user: User,
    pub languages: Vec<LanguageChoice>,
    pub profile_form: FormState,
    pub password_form: FormState,
    pub totp_form: FormState,
    pub enrolment: Option<TotpEnrolment>,
    /// Recovery codes just made, shown once.
    pub recovery_codes: Vec<String>,
    pub recovery_left: u64,
    /// The person's role requires a second factor and none is enrolled yet.
    pub totp_required: bool,
}

/// The audit log page (admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditBody {
    pub entries: Vec<AuditEntry>,
    pub actions: Vec<AuditAction>,
    pub users: Vec<User>,
    /// The filter as typed, to keep in the form and in the export link.
    pub action: String,
    pub user: String,
    pub from: String,
    pub to: String,
    pub page: u32,
    pub pages: u32,
    /// The query string of this filter (for the export and the pager).
    pub query: String,
    /// Actor labels (`user:3`) to names.
    pub names: BTreeMap<String, String>,
}

/// A page that only says something: a refusal, an expired sign-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageBody {
    pub title_key: &'static str,
    /// The message, already in the page's language.
    pub text: String,
    pub back_href: &'static str,
    pub back_key: &'static str,
}

/// The languages the newsroom speaks (each person picks one).
pub const ADMIN_LANGS: [Lang; 3] = [Lang::Ru, Lang::En, Lang::Hy];

/// The language pickers' entries, `selected` marking `current`.
pub fn language_choices(current: Lang) -> Vec<LanguageChoice> {
    ADMIN_LANGS
        .iter()
        .map(|l| LanguageChoice {
            code: l.code(),
            native: l.native_name(),
            selected: *l == current,
        })
        .collect()
}

/// A token just made, shown once (SPEC A2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MadeToken {
    pub name: String,
    pub token: String,
}

/// The integration tokens page (admins).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokensBody {
    pub tokens: Vec<crate::token::ApiToken>,
    /// Role codes a token may have.
    pub roles: Vec<&'static str>,
    pub form: FormState,
    pub made: Option<MadeToken>,
}
