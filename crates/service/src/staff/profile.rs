//! One's own profile: name, language, password and the TOTP second factor (enrol with a QR
//! code and single-use recovery codes; RFC 6238 with SHA-1, 6 digits, 30-second steps, one
//! step of skew, which every authenticator app reads).

use super::limit::LoginLimiter;
use super::{AuthError, SignedIn, password, secret};
use crate::{ServiceError, Site};
use masthead_core::admin::{ADMIN_LANGS, FormState, ProfileBody, TotpEnrolment, language_choices};
use masthead_core::staff::normalize_name;
use masthead_core::{AuditAction, CoreError, Lang, NewAuditEntry, Permission};
use masthead_store::Credentials;
use totp_rs::{Builder, Secret, Totp};

/// How many recovery codes enrolment gives.
const RECOVERY_CODES: usize = 10;

/// The TOTP of a base32 secret, labelled with the account's e-mail for authenticator apps.
pub(crate) fn totp_for(secret_b32: &str, email: &str) -> Result<Totp, String> {
    let secret = Secret::try_from_base32(secret_b32).map_err(|e| e.to_string())?;
    Builder::new()
        .with_secret(secret)
        .with_issuer(Some("Masthead"))
        .with_account_name(email.replace(':', ""))
        .build()
        .map_err(|e| e.to_string())
}

/// A new recovery code: 10 base32 characters (50 bits), shown as `XXXXX-XXXXX`.
fn recovery_code() -> Result<String, AuthError> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut b = [0u8; 10];
    getrandom::fill(&mut b)?;
    let s: String = b
        .iter()
        .map(|x| ALPHABET[usize::from(*x) % ALPHABET.len()] as char)
        .collect();
    Ok(format!("{}-{}", &s[..5], &s[5..]))
}

/// Groups a base32 secret in fours for reading aloud or typing.
fn grouped(s: &str) -> String {
    s.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every use case here declares `ViewNewsroom`: any staff member, on their own account only
/// (the account is always the signed-in person's, never one named by the request).
impl Site {
    /// The signed-in person's own account with its secrets.
    async fn my_credentials(&self, me: &SignedIn) -> Result<Credentials, ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewNewsroom)?;
        Ok(self
            .store
            .credentials(me.user.id)
            .await?
            .ok_or(masthead_store::StoreError::NotFound)?)
    }

    /// Checks the person's current password (to change it or turn the second factor off).
    /// Wrong guesses count against the account like failed sign-ins, so a stolen session
    /// cannot be used to guess the password.
    async fn confirm_password(&self, me: &SignedIn, current: &str) -> Result<(), ServiceError> {
        let creds = self.my_credentials(me).await?;
        let keys = LoginLimiter::account_key(&me.user.email);
        let _turn = self.limiter.turn(&keys).await;
        if let Some(wait) = self.login_refused(&keys).await {
            return Err(AuthError::Limited(wait).into());
        }
        if !password::verify_blocking(
            current.to_owned(),
            creds.password_hash,
            self.dummy_hash().await,
        )
        .await
        {
            if let Some(wait) = self.login_failed(&keys).await {
                return Err(AuthError::Limited(wait).into());
            }
            return Err(AuthError::WrongPassword.into());
        }
        Ok(())
    }

    async fn audit_self(&self, me: &SignedIn, action: AuditAction, detail: &str) {
        self.audit_entry(NewAuditEntry {
            actor: format!("user:{}", me.user.id),
            actor_user_id: Some(me.user.id),
            action,
            target: format!("user:{}", me.user.id),
            detail: detail.to_owned(),
            ip: me.ip.clone(),
        })
        .await;
    }

    /// The profile page: forms as given, and a TOTP enrolment in progress (its QR code) when
    /// a secret is waiting for confirmation.
    ///
    /// # Errors
    /// The store's.
    pub async fn profile_page(
        &self,
        me: &SignedIn,
        forms: [FormState; 3],
        recovery_codes: Vec<String>,
    ) -> Result<ProfileBody, ServiceError> {
        let creds = self.my_credentials(me).await?;
        let enrolment = match (&creds.totp_secret, creds.user.totp_enabled) {
            (Some(s), false) => {
                let totp = totp_for(s, &creds.user.email).map_err(AuthError::Crypto)?;
                Some(TotpEnrolment {
                    qr_png_base64: totp
                        .to_qr_base64()
                        .map_err(|e| AuthError::Crypto(e.to_string()))?,
                    secret: grouped(s),
                })
            }
            _ => None,
        };
        let [profile_form, password_form, totp_form] = forms;
        Ok(ProfileBody {
            languages: language_choices(creds.user.ui_lang),
            recovery_left: self.store.recovery_codes_left(me.user.id).await?,
            totp_required: self.totp_required_roles().contains(&creds.user.role),
            user: creds.user,
            profile_form,
            password_form,
            totp_form,
            enrolment,
            recovery_codes,
        })
    }

    /// Sets one's name and language.
    ///
    /// # Errors
    /// `Invalid` (`invalid-name`, `invalid-language`); the store's.
    pub async fn update_profile(
        &self,
        me: &SignedIn,
        name: &str,
        lang: &str,
    ) -> Result<(), ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewNewsroom)?;
        let name = normalize_name(name)?;
        let lang: Lang = lang
            .parse()
            .ok()
            .filter(|l| ADMIN_LANGS.contains(l))
            .ok_or(CoreError::Invalid {
                field: "ui_lang",
                key: "invalid-language",
            })?;
        self.store.set_profile(me.user.id, &name, lang).await?;
        self.audit_self(me, AuditAction::ProfileChanged, "").await;
        Ok(())
    }

    /// Changes one's password, given the current one; every other session of the account
    /// ends.
    ///
    /// # Errors
    /// `WrongPassword`; `Invalid` for a new password the rules refuse; the store's.
    pub async fn change_password(
        &self,
        me: &SignedIn,
        current: &str,
        new: &str,
    ) -> Result<(), ServiceError> {
        self.confirm_password(me, current).await?;
        password::check(
            new,
            &[&me.user.name, &me.user.email, &self.settings().site_name],
        )?;
        let hash = password::hash_blocking(new.to_owned())
            .await
            .map_err(AuthError::Crypto)?;
        self.store
            .set_password(me.user.id, &hash, Some(&me.token_hash))
            .await?;
        self.audit_self(me, AuditAction::PasswordChanged, "").await;
        Ok(())
    }

    /// Starts TOTP enrolment: a new secret waits for its first code.
    ///
    /// # Errors
    /// The store's.
    pub async fn begin_totp(&self, me: &SignedIn) -> Result<(), ServiceError> {
        Self::authorize(&me.actor(), Permission::ViewNewsroom)?;
        let secret = Secret::generate().to_base32();
        self.store
            .set_totp_secret(me.user.id, Some(&secret))
            .await?;
        Ok(())
    }

    /// Confirms enrolment with a code from the app; returns the recovery codes (shown once;
    /// only their hashes are kept).
    ///
    /// # Errors
    /// `CodeInvalid`; the store's.
    pub async fn confirm_totp(
        &self,
        me: &SignedIn,
        code: &str,
    ) -> Result<Vec<String>, ServiceError> {
        let creds = self.my_credentials(me).await?;
        let Some(secret_b32) = creds.totp_secret.filter(|_| !creds.user.totp_enabled) else {
            return Err(AuthError::CodeInvalid.into());
        };
        let totp = totp_for(&secret_b32, &creds.user.email).map_err(AuthError::Crypto)?;
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let step = totp
            .check(&code, jiff::Timestamp::now().as_second().max(0) as u64)
            .ok_or(AuthError::CodeInvalid)?;
        if !self.store.accept_totp_step(me.user.id, step as i64).await? {
            return Err(AuthError::CodeInvalid.into());
        }
        let codes = (0..RECOVERY_CODES)
            .map(|_| recovery_code())
            .collect::<Result<Vec<_>, _>>()?;
        let hashes: Vec<String> = codes
            .iter()
            .map(|c| secret::hash_token(&c.replace('-', "")))
            .collect();
        if !self
            .store
            .set_totp_enabled(me.user.id, Some(&secret_b32), &hashes)
            .await?
        {
            // Another tab began a new enrolment meanwhile: this code was for the old secret.
            return Err(AuthError::CodeInvalid.into());
        }
        self.audit_self(me, AuditAction::TotpEnabled, "").await;
        Ok(codes)
    }

    /// Turns the second factor off, given the password.
    ///
    /// # Errors
    /// `Invalid` (`totp-required-for-role`) when the person's role must use it; `WrongPassword`;
    /// `Limited` after too many wrong passwords; the store's.
    pub async fn disable_totp(&self, me: &SignedIn, current: &str) -> Result<(), ServiceError> {
        if self.totp_required_roles().contains(&me.user.role) {
            return Err(CoreError::Invalid {
                field: "current",
                key: "totp-required-for-role",
            }
            .into());
        }
        self.confirm_password(me, current).await?;
        self.store.set_totp_enabled(me.user.id, None, &[]).await?;
        self.audit_self(me, AuditAction::TotpDisabled, "").await;
        Ok(())
    }
}
