//! The breaking strip and the ads (editors and admins, SPEC N1, N6): set or clear an edition's
//! strip, add, change and remove ads. Ads' HTML is for admins only and is sanitized before it
//! is stored (and again when a page shows it); for anybody else an `html` field has no effect.
//! Each write is one transaction with its change-log entry, and one audit entry.

use super::edit::{audit, edition_choices};
use crate::{ServiceError, Site};
use jiff::Timestamp;
use masthead_core::admin::FormState;
use masthead_core::admin::settings::{AdPanel, StripBody, StripPanel};
use masthead_core::settings::{AD_SLOTS, AdInput, FieldError, Strip, StripInput};
use masthead_core::{Actor, Ad, CoreError, Lang, NewAd, Permission};
use masthead_store::StoreError;

/// A refused form of the strip page, to show again as typed with its errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    Strip(Lang, FormState),
    NewAd(FormState),
    Ad(i64, FormState),
}

/// An ad's form values.
fn ad_values(ad: &Ad) -> FormState {
    FormState::with_values([
        ("slot", ad.slot.as_str()),
        ("edition", ad.edition.map_or("", |l| l.code())),
        ("image_url", ad.image_url.as_str()),
        ("link_url", ad.link_url.as_str()),
        ("alt", ad.alt.as_str()),
        ("width", ad.width.to_string().as_str()),
        ("height", ad.height.to_string().as_str()),
        ("html", ad.html.as_deref().unwrap_or_default()),
    ])
}

/// What an ad's HTML is once sanitized; `None` when nothing is left.
fn clean_html(ad: &mut NewAd) {
    ad.html = ad
        .html
        .take()
        .map(|h| masthead_markdown::ad_html(&h).trim().to_owned())
        .filter(|h| !h.is_empty());
}

/// How the audit log names an ad.
fn ad_detail(what: &str, ad: &NewAd) -> String {
    format!(
        "{what}: {} {}{}",
        ad.slot,
        ad.edition.map_or("*", |l| l.code()),
        if ad.html.is_some() { " html" } else { "" }
    )
}

impl Site {
    /// The edition of a strip form, if the site has it.
    fn strip_edition(&self, code: &str) -> Result<Lang, ServiceError> {
        code.parse::<Lang>()
            .ok()
            .filter(|l| self.settings().editions.contains(l))
            .ok_or(ServiceError::Invalid(CoreError::UnknownEdition(
                code.chars().take(16).collect(),
            )))
    }

    /// The strip and ads page; `typed` is a refused form to show again.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; the store's.
    pub async fn strip_page(
        &self,
        actor: &Actor,
        typed: Option<Typed>,
    ) -> Result<StripBody, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let s = self.settings();
        let now = Timestamp::now();
        let (mut typed_strip, mut typed_new, mut typed_ad) = (None, None, None);
        match typed {
            Some(Typed::Strip(l, f)) => typed_strip = Some((l, f)),
            Some(Typed::NewAd(f)) => typed_new = Some(f),
            Some(Typed::Ad(id, f)) => typed_ad = Some((id, f)),
            None => {}
        }
        let strips = s
            .editions
            .iter()
            .map(|&lang| {
                let current = s.strip(lang);
                let form = match typed_strip.take_if(|(l, _)| *l == lang) {
                    Some((_, f)) => f,
                    None => {
                        let until = current.as_ref().and_then(|c| c.until).map(|u| {
                            u.to_zoned_datetime(s.time_zone.clone())
                                .strftime("%Y-%m-%dT%H:%M")
                                .to_string()
                        });
                        FormState::with_values([
                            ("text", current.as_ref().map_or("", |c| c.text.as_str())),
                            (
                                "link",
                                current
                                    .as_ref()
                                    .and_then(|c| c.link.as_deref())
                                    .unwrap_or(""),
                            ),
                            ("until", until.as_deref().unwrap_or("")),
                        ])
                    }
                };
                StripPanel {
                    code: lang.code(),
                    native: lang.native_name(),
                    expired: current.as_ref().is_some_and(|c| !c.shown_at(now)),
                    current,
                    form,
                }
            })
            .collect();
        let ads = self
            .store
            .all_ads()
            .await?
            .into_iter()
            .map(|ad| AdPanel {
                id: ad.id,
                has_html: ad.html.is_some(),
                form: match typed_ad.take_if(|(id, _)| *id == ad.id) {
                    Some((_, f)) => f,
                    None => ad_values(&ad),
                },
            })
            .collect();
        Ok(StripBody {
            strips,
            ads,
            new_ad: typed_new.unwrap_or_else(|| {
                FormState::with_values([("slot", "home"), ("width", "300"), ("height", "250")])
            }),
            slots: AD_SLOTS.to_vec(),
            editions: edition_choices(&s.editions, None),
            may_html: actor.allows(Permission::ManageSite),
            time_zone: s.time_zone_name.clone(),
        })
    }

    /// Sets the breaking strip of the edition `code` (`Some`) or clears it (`None`).
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `Invalid(UnknownEdition)` for an edition the
    /// site does not have; `InvalidFields` (nothing written); the store's.
    pub async fn set_strip(
        &self,
        actor: &Actor,
        ip: &str,
        code: &str,
        input: Option<&StripInput>,
    ) -> Result<(), ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let lang = self.strip_edition(code)?;
        let pairs = match input {
            Some(i) => i
                .validate(&self.settings().time_zone, Timestamp::now())
                .map_err(ServiceError::InvalidFields)?
                .pairs(lang),
            None => Strip::cleared(lang),
        };
        self.write_settings(actor, &pairs).await?;
        let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
        self.audit_entry(audit(actor, ip, "settings".into(), keys.join(", ")))
            .await;
        Ok(())
    }

    /// The ad a form describes, checked and with its HTML sanitized. `keep_html` is the HTML
    /// the ad has now, kept when the person may not set HTML.
    fn checked_ad(
        actor: &Actor,
        input: &AdInput,
        keep_html: Option<String>,
    ) -> Result<NewAd, ServiceError> {
        let mut input = input.clone();
        if !actor.allows(Permission::ManageSite) {
            input.html = keep_html;
        }
        let mut ad = input.validate().map_err(ServiceError::InvalidFields)?;
        let typed_html = ad.html.is_some();
        clean_html(&mut ad);
        if typed_html && ad.html.is_none() && ad.image_url.is_empty() {
            // Nothing of the HTML was allowed, and there is no image to show instead.
            return Err(ServiceError::InvalidFields(vec![FieldError {
                field: "html".into(),
                key: "invalid-ad-html",
            }]));
        }
        Ok(ad)
    }

    /// Adds an ad; its id.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `InvalidFields` (nothing written); the store's.
    pub async fn add_ad(
        &self,
        actor: &Actor,
        ip: &str,
        input: &AdInput,
    ) -> Result<i64, ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let ad = Self::checked_ad(actor, input, None)?;
        let w = self.store.create_ad(actor, &ad).await?;
        self.written();
        self.audit_entry(audit(
            actor,
            ip,
            format!("ad:{}", w.id),
            ad_detail("added", &ad),
        ))
        .await;
        Ok(w.id)
    }

    /// Changes an ad.
    ///
    /// # Errors
    /// As [`Site::add_ad`], and `NotFound`.
    pub async fn update_ad(
        &self,
        actor: &Actor,
        ip: &str,
        id: i64,
        input: &AdInput,
    ) -> Result<(), ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        let current = self.store.ad(id).await?.ok_or(StoreError::NotFound)?;
        let ad = Self::checked_ad(actor, input, current.html)?;
        self.store.update_ad(actor, id, &ad).await?;
        self.written();
        self.audit_entry(audit(
            actor,
            ip,
            format!("ad:{id}"),
            ad_detail("changed", &ad),
        ))
        .await;
        Ok(())
    }

    /// Removes an ad.
    ///
    /// # Errors
    /// `Forbidden` without `ManageTaxonomy`; `NotFound`; the store's.
    pub async fn remove_ad(&self, actor: &Actor, ip: &str, id: i64) -> Result<(), ServiceError> {
        Self::authorize(actor, Permission::ManageTaxonomy)?;
        self.store.delete_ad(actor, id).await?;
        self.written();
        self.audit_entry(audit(actor, ip, format!("ad:{id}"), "removed".into()))
            .await;
        Ok(())
    }
}
