//! Staff accounts (SPEC N1, N2): the first admin by a one-time link printed at first run,
//! invitations and password resets by one-time links (single use, 24 hours), roles and
//! disabling. Every change is audited; taking rights away ends the account's sessions.

use super::{AuthError, SignedIn, password, secret};
use crate::{ServiceError, Site};
use jiff::{SignedDuration, Timestamp};
use masthead_core::admin::{FormState, IssuedLink, LinkBody, StaffBody, language_choices};
use masthead_core::staff::{LINK_LIFETIME_SECS, normalize_email, normalize_name};
use masthead_core::{
    Actor, AuditAction, CoreError, Lang, LinkPurpose, NewAuditEntry, OneTimeLink, Permission, Role,
    User,
};
use masthead_store::{LinkUse, NewUser, Redeemed, StoreError};

/// What a one-time link's form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkForm {
    pub email: String,
    pub name: String,
    pub password: String,
    pub ui_lang: String,
}

impl Site {
    /// The address of the page a link token opens.
    fn link_url(&self, token: &str) -> String {
        format!("{}/admin/link/{token}", self.base_url)
    }

    async fn issue_link(
        &self,
        purpose: LinkPurpose,
        by: &str,
    ) -> Result<(String, Timestamp), ServiceError> {
        let token = secret::new_token().map_err(AuthError::from)?;
        let now = Timestamp::now();
        let expires_at = now + SignedDuration::from_secs(LINK_LIFETIME_SECS);
        self.store
            .create_link(
                &secret::hash_token(&token),
                &OneTimeLink {
                    purpose,
                    expires_at,
                    created_by: by.to_owned(),
                },
                now,
            )
            .await?;
        Ok((self.link_url(&token), expires_at))
    }

    async fn audit_staff(
        &self,
        actor: &Actor,
        ip: &str,
        action: AuditAction,
        target: String,
        detail: String,
    ) {
        self.audit_entry(NewAuditEntry {
            actor: actor.label(),
            actor_user_id: match actor {
                Actor::Staff { user_id, .. } => Some(*user_id),
                Actor::System { .. } => None,
            },
            action,
            target,
            detail,
            ip: ip.to_owned(),
        })
        .await;
    }

    /// When the site has no active admin: a new one-time link (24 hours) that creates the
    /// first one (SPEC N2). `None` once an admin exists.
    ///
    /// # Errors
    /// The store's.
    pub async fn first_admin_link(&self) -> Result<Option<String>, ServiceError> {
        if self.store.count_active_admins().await? > 0 {
            return Ok(None);
        }
        let (url, _) = self
            .issue_link(LinkPurpose::FirstAdmin, "system:first-run")
            .await?;
        Ok(Some(url))
    }

    /// Invites a person with `role`: a one-time link that creates their account.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; the store's.
    pub async fn invite(
        &self,
        actor: &Actor,
        ip: &str,
        role: Role,
    ) -> Result<IssuedLink, ServiceError> {
        Self::authorize(actor, Permission::ManageStaff)?;
        let (url, expires_at) = self
            .issue_link(LinkPurpose::Invite { role }, &actor.label())
            .await?;
        self.audit_staff(
            actor,
            ip,
            AuditAction::UserInvited,
            String::new(),
            role.as_str().to_owned(),
        )
        .await;
        Ok(IssuedLink {
            kind: "invite",
            url,
            role: Some(role),
            email: None,
            expires_at,
        })
    }

    /// A one-time link that sets a new password for the account.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `NotFound`; the store's.
    pub async fn issue_reset(
        &self,
        actor: &Actor,
        ip: &str,
        user_id: i64,
    ) -> Result<IssuedLink, ServiceError> {
        let user = self.staff_member(actor, user_id).await?;
        let (url, expires_at) = self
            .issue_link(LinkPurpose::Reset { user_id }, &actor.label())
            .await?;
        self.audit_staff(
            actor,
            ip,
            AuditAction::PasswordResetIssued,
            format!("user:{user_id}"),
            String::new(),
        )
        .await;
        Ok(IssuedLink {
            kind: "reset",
            url,
            role: None,
            email: Some(user.email),
            expires_at,
        })
    }

    /// The page a link opens, with its form.
    ///
    /// # Errors
    /// The store's.
    pub async fn link_page(&self, token: &str, form: FormState) -> Result<LinkBody, ServiceError> {
        let link = self
            .store
            .link(&secret::hash_token(token), Timestamp::now())
            .await?;
        let lang = form
            .values
            .get("ui_lang")
            .and_then(|l| l.parse().ok())
            .unwrap_or(self.settings().default_edition());
        let mut body = LinkBody {
            valid: link.is_some(),
            kind: "invite",
            role: None,
            email: None,
            token: token.to_owned(),
            form,
            languages: language_choices(lang),
        };
        match link.map(|l| l.purpose) {
            Some(LinkPurpose::FirstAdmin) => {
                // A first-admin link stops working once an admin exists.
                body.valid = self.store.count_active_admins().await? == 0;
                body.kind = "first_admin";
                body.role = Some(Role::Admin);
            }
            Some(LinkPurpose::Invite { role }) => body.role = Some(role),
            Some(LinkPurpose::Reset { user_id }) => {
                body.kind = "reset";
                let user = self.store.user(user_id).await?;
                body.valid = user.as_ref().is_some_and(|u| !u.disabled);
                body.email = user.map(|u| u.email);
            }
            None => {}
        }
        Ok(body)
    }

    /// Uses a link: creates the account it invites (or the first admin) or sets the password
    /// it resets. All or nothing: a refused form leaves the link unused.
    ///
    /// # Errors
    /// `LinkInvalid` for an unknown, used or expired link; `Invalid` for a field the rules
    /// refuse; `Conflict::EmailTaken`.
    ///
    /// Returns the account and what was done: `account-created` or `password-set`.
    pub async fn redeem_link(
        &self,
        token: &str,
        form: &LinkForm,
        ip: &str,
    ) -> Result<(User, &'static str), ServiceError> {
        let hash = secret::hash_token(token);
        let now = Timestamp::now();
        let link = self
            .store
            .link(&hash, now)
            .await?
            .ok_or(AuthError::LinkInvalid)?;
        let (then, target_email, role) = match link.purpose {
            LinkPurpose::FirstAdmin | LinkPurpose::Invite { .. } => {
                let role = match link.purpose {
                    LinkPurpose::Invite { role } => role,
                    _ => Role::Admin,
                };
                let email = normalize_email(&form.email)?;
                let name = normalize_name(&form.name)?;
                let ui_lang = parse_ui_lang(&form.ui_lang)?;
                password::check(&form.password, &[&name, &email, &self.settings().site_name])?;
                let password_hash = password::hash_blocking(form.password.clone())
                    .await
                    .map_err(AuthError::Crypto)?;
                (
                    LinkUse::CreateUser(NewUser {
                        email: email.clone(),
                        name,
                        role,
                        ui_lang,
                        password_hash: Some(password_hash),
                    }),
                    email,
                    Some(role),
                )
            }
            LinkPurpose::Reset { user_id } => {
                let user = self
                    .store
                    .user(user_id)
                    .await?
                    .ok_or(AuthError::LinkInvalid)?;
                password::check(
                    &form.password,
                    &[&user.name, &user.email, &self.settings().site_name],
                )?;
                let password_hash = password::hash_blocking(form.password.clone())
                    .await
                    .map_err(AuthError::Crypto)?;
                (
                    LinkUse::SetPassword {
                        user_id,
                        password_hash,
                    },
                    user.email,
                    None,
                )
            }
        };
        let done = self
            .store
            .redeem_link(&hash, now, &then)
            .await?
            .ok_or(AuthError::LinkInvalid)?;
        let actor = Actor::system("link");
        match done {
            Redeemed::Created(user) => {
                self.audit_staff(
                    &actor,
                    ip,
                    AuditAction::UserCreated,
                    format!("user:{}", user.id),
                    role.map_or(String::new(), |r| r.as_str().to_owned()),
                )
                .await;
                Ok((user, "account-created"))
            }
            Redeemed::PasswordSet => {
                let creds = self
                    .store
                    .credentials_by_email(&target_email)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                self.audit_staff(
                    &actor,
                    ip,
                    AuditAction::PasswordChanged,
                    format!("user:{}", creds.user.id),
                    "reset-link".to_owned(),
                )
                .await;
                Ok((creds.user, "password-set"))
            }
        }
    }

    /// Creates an account directly (`masthead user add`). Without a password the account
    /// cannot sign in until a reset link ([`Site::issue_reset`]) sets one.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `Invalid` for a field the rules refuse;
    /// `Conflict::EmailTaken`.
    pub async fn add_user(
        &self,
        actor: &Actor,
        email: &str,
        name: &str,
        role: Role,
        password_typed: Option<&str>,
    ) -> Result<User, ServiceError> {
        Self::authorize(actor, Permission::ManageStaff)?;
        let email = normalize_email(email)?;
        let name = normalize_name(name)?;
        let password_hash = match password_typed {
            Some(p) => {
                password::check(p, &[&name, &email, &self.settings().site_name])?;
                Some(
                    password::hash_blocking(p.to_owned())
                        .await
                        .map_err(AuthError::Crypto)?,
                )
            }
            None => None,
        };
        let user = self
            .store
            .create_user(
                &NewUser {
                    email: email.clone(),
                    name,
                    role,
                    ui_lang: self.settings().default_edition(),
                    password_hash,
                },
                Timestamp::now(),
            )
            .await?;
        self.audit_staff(
            actor,
            "",
            AuditAction::UserCreated,
            format!("user:{}", user.id),
            role.as_str().to_owned(),
        )
        .await;
        Ok(user)
    }

    /// Every account.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; the store's.
    pub async fn users(&self, actor: &Actor) -> Result<Vec<User>, ServiceError> {
        Self::authorize(actor, Permission::ManageStaff)?;
        Ok(self.store.users().await?)
    }

    /// The account with this e-mail.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `NotFound`; the store's.
    pub async fn user_by_email(&self, actor: &Actor, email: &str) -> Result<User, ServiceError> {
        Self::authorize(actor, Permission::ManageStaff)?;
        let email = normalize_email(email)?;
        Ok(self
            .store
            .credentials_by_email(&email)
            .await?
            .ok_or(StoreError::NotFound)?
            .user)
    }

    /// The account a staff change is about, once the actor may make staff changes.
    async fn staff_member(&self, actor: &Actor, user_id: i64) -> Result<User, ServiceError> {
        Self::authorize(actor, Permission::ManageStaff)?;
        Ok(self
            .store
            .user(user_id)
            .await?
            .ok_or(StoreError::NotFound)?)
    }

    /// Refuses a change that would leave no active admin.
    async fn keep_an_admin(&self, target: &User) -> Result<(), ServiceError> {
        if target.role == Role::Admin
            && !target.disabled
            && self.store.count_active_admins().await? <= 1
        {
            return Err(AuthError::LastAdmin.into());
        }
        Ok(())
    }

    /// Changes a person's role; their sessions end (they sign in again with the new rights).
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `LastAdmin`; `NotFound`; the store's.
    pub async fn set_role(
        &self,
        actor: &Actor,
        ip: &str,
        user_id: i64,
        role: Role,
    ) -> Result<(), ServiceError> {
        let user = self.staff_member(actor, user_id).await?;
        if user.role == role {
            return Ok(());
        }
        if role != Role::Admin {
            self.keep_an_admin(&user).await?;
        }
        self.store.set_role(user_id, role).await?;
        self.audit_staff(
            actor,
            ip,
            AuditAction::RoleChanged,
            format!("user:{user_id}"),
            format!("{}→{}", user.role.as_str(), role.as_str()),
        )
        .await;
        Ok(())
    }

    /// Disables (ending every session) or enables an account.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `LastAdmin`; `NotFound`; the store's.
    pub async fn set_disabled(
        &self,
        actor: &Actor,
        ip: &str,
        user_id: i64,
        disabled: bool,
    ) -> Result<(), ServiceError> {
        let user = self.staff_member(actor, user_id).await?;
        if disabled {
            self.keep_an_admin(&user).await?;
        }
        self.store.set_disabled(user_id, disabled).await?;
        let action = if disabled {
            AuditAction::UserDisabled
        } else {
            AuditAction::UserEnabled
        };
        self.audit_staff(actor, ip, action, format!("user:{user_id}"), user.email)
            .await;
        Ok(())
    }

    /// Turns off a person's second factor (they lost their phone and their recovery codes);
    /// their sessions end, and they enrol again at their next sign-in if their role requires it.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; `NotFound`; the store's.
    pub async fn reset_totp(
        &self,
        actor: &Actor,
        ip: &str,
        user_id: i64,
    ) -> Result<(), ServiceError> {
        let user = self.staff_member(actor, user_id).await?;
        // One's own second factor is turned off on one's profile, with the password.
        if matches!(actor, Actor::Staff { user_id: me, .. } if *me == user_id) {
            return Err(ServiceError::Forbidden(Permission::ManageStaff));
        }
        self.store.set_totp_enabled(user_id, None, &[]).await?;
        self.store.end_user_sessions(user_id).await?;
        self.audit_staff(
            actor,
            ip,
            AuditAction::TotpDisabled,
            format!("user:{user_id}"),
            user.email,
        )
        .await;
        Ok(())
    }

    /// Sets which roles must use a second factor.
    ///
    /// # Errors
    /// `Forbidden` without `ManageSite`; the store's.
    pub async fn set_totp_roles(
        &self,
        actor: &Actor,
        ip: &str,
        roles: &[Role],
    ) -> Result<(), ServiceError> {
        let value = roles
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(",");
        self.set_settings(
            actor,
            &[(super::login::TOTP_ROLES_KEY.to_owned(), value.clone())],
        )
        .await?;
        self.reload_settings().await?;
        self.audit_staff(
            actor,
            ip,
            AuditAction::SettingsChanged,
            super::login::TOTP_ROLES_KEY.to_owned(),
            value,
        )
        .await;
        Ok(())
    }

    /// The staff page.
    ///
    /// # Errors
    /// `Forbidden` without `ManageStaff`; the store's.
    pub async fn staff_page(
        &self,
        me: &SignedIn,
        new_link: Option<IssuedLink>,
    ) -> Result<StaffBody, ServiceError> {
        Ok(StaffBody {
            users: self.users(&me.actor()).await?,
            roles: Role::ALL.to_vec(),
            new_link,
            me: me.user.id,
            totp_required: self.totp_required_roles(),
        })
    }
}

fn parse_ui_lang(raw: &str) -> Result<Lang, CoreError> {
    raw.parse()
        .ok()
        .filter(|l| masthead_core::admin::ADMIN_LANGS.contains(l))
        .ok_or(CoreError::Invalid {
            field: "ui_lang",
            key: "invalid-language",
        })
}
