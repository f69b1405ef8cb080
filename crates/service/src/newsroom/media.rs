//! The media library (SPEC N5): uploads validated by decoding under limits, re-encoded without
//! metadata into responsive variants (WebP and the original format), stored under
//! server-generated names in a media store, recorded with their alt text, found again by
//! words of their alt text, caption, credit or file name.

use crate::staff::SignedIn;
use crate::{ServiceError, Site};
use masthead_core::admin::FormState;
use masthead_core::editor::{MediaBody, MediaItem};
use masthead_core::newsroom::{MAX_MEDIA_TEXT, Media, NewMedia, media_path};
use masthead_core::{CoreError, Permission};
use masthead_media::{Format, Limits, MediaName, MediaStore};
use std::sync::Arc;

/// Largest upload, in bytes (the web layer answers 413 above it).
pub const MAX_UPLOAD: usize = 20 << 20;
/// Images per page of the library.
const PER_PAGE: u32 = 48;

/// An uploaded file with what the person wrote about it.
#[derive(Debug, Clone, Default)]
pub struct Upload {
    pub bytes: Vec<u8>,
    /// The name the browser sent: kept for finding it again, never used to store it.
    pub file_name: String,
    pub alt: String,
    pub caption: String,
    pub credit: String,
}

fn text(field: &'static str, value: &str, required: bool) -> Result<String, CoreError> {
    let v = value.trim();
    let bad = (required && v.is_empty())
        || v.chars().count() > MAX_MEDIA_TEXT
        || v.chars().any(char::is_control);
    if bad {
        return Err(CoreError::Invalid {
            field,
            key: if field == "alt" {
                "invalid-alt"
            } else {
                "invalid-media-text"
            },
        });
    }
    Ok(v.to_owned())
}

fn item(m: Media) -> MediaItem {
    let url = m.url();
    let thumb = media_path(
        &m.stem,
        m.widths.first().copied().unwrap_or(m.width),
        "webp",
    );
    let esc = |s: &str| s.replace(['[', ']'], "").replace('"', "'");
    let markdown = if m.caption.is_empty() {
        format!("![{}]({url})", esc(&m.alt))
    } else {
        format!("![{}]({url} \"{}\")", esc(&m.alt), esc(&m.caption))
    };
    MediaItem {
        media: m,
        url,
        thumb,
        markdown,
    }
}

impl Site {
    /// Sets where media files are kept (a local directory or S3-compatible storage).
    pub fn set_media_store(&self, store: Arc<dyn MediaStore>) {
        // A second call keeps the first store: the site has one media store for its life.
        let _ = self.media.set(store);
    }

    fn media_store(&self) -> Result<&Arc<dyn MediaStore>, ServiceError> {
        self.media
            .get()
            .ok_or_else(|| ServiceError::Media(masthead_media::MediaError::BadName))
    }

    /// Validates, re-encodes and stores an upload, and records it in the library.
    ///
    /// # Errors
    /// `Invalid` for a missing alt text; `Media` for a file refused (too large, not an image
    /// we take, undecodable, a pixel flood) or a storage failure; `Forbidden` without
    /// `WriteArticles`; the store's. Nothing is recorded for a refused file, and files
    /// already written for it are removed.
    pub async fn upload_media(&self, me: &SignedIn, up: Upload) -> Result<Media, ServiceError> {
        let actor = me.actor();
        Self::authorize(&actor, Permission::WriteArticles)?;
        self.store_media(&actor, up, None).await
    }

    /// What [`Site::upload_media`] does once the actor is allowed: also for imports, which
    /// name where the image came from in `source_key`.
    pub(crate) async fn store_media(
        &self,
        actor: &masthead_core::Actor,
        up: Upload,
        source_key: Option<String>,
    ) -> Result<Media, ServiceError> {
        let alt = text("alt", &up.alt, true)?;
        let caption = text("caption", &up.caption, false)?;
        let credit = text("credit", &up.credit, false)?;
        let original_name: String = up
            .file_name
            .chars()
            .filter(|c| !c.is_control())
            .take(200)
            .collect();
        let size = up.bytes.len() as i64;
        let processed = tokio::task::spawn_blocking(move || {
            masthead_media::process(&up.bytes, &Limits::default())
        })
        .await
        .map_err(|e| ServiceError::Media(masthead_media::MediaError::Encode(e.to_string())))?
        .map_err(ServiceError::Media)?;
        let stem = masthead_media::new_stem().map_err(ServiceError::Media)?;
        let store = self.media_store()?;
        let mut written: Vec<MediaName> = Vec::new();
        for v in &processed.variants {
            let name = v.name(&stem).map_err(ServiceError::Media)?;
            if let Err(e) = store.put(&name, v.bytes.clone()).await {
                for n in &written {
                    let _ = store.delete(n).await;
                }
                return Err(ServiceError::Media(e));
            }
            written.push(name);
        }
        let mut widths: Vec<u32> = processed.variants.iter().map(|v| v.width).collect();
        widths.dedup();
        let ext = processed.format.extension().to_owned();
        let recorded = self
            .store
            .add_media(
                actor,
                &NewMedia {
                    stem,
                    ext,
                    width: processed.width,
                    height: processed.height,
                    widths,
                    bytes: size,
                    alt,
                    caption,
                    credit,
                    original_name,
                    source_key,
                },
            )
            .await;
        match recorded {
            Ok(m) => Ok(m),
            Err(e) => {
                for n in &written {
                    let _ = store.delete(n).await;
                }
                Err(e.into())
            }
        }
    }

    /// The library, newest first, narrowed by `query`.
    ///
    /// # Errors
    /// `Forbidden` without `WriteArticles`; the store's.
    pub async fn media_page(
        &self,
        me: &SignedIn,
        query: &str,
        page: u64,
        form: FormState,
    ) -> Result<MediaBody, ServiceError> {
        Self::authorize(&me.actor(), Permission::WriteArticles)?;
        let query: String = query.trim().chars().take(100).collect();
        let page = page.max(1);
        let (items, total) = self
            .store
            .find_media(&query, PER_PAGE, (page - 1) * u64::from(PER_PAGE))
            .await?;
        Ok(MediaBody {
            query,
            items: items.into_iter().map(item).collect(),
            total,
            page,
            pages: total.div_ceil(u64::from(PER_PAGE)).max(1),
            form,
            max_bytes: MAX_UPLOAD as u64,
        })
    }

    /// One uploaded image of the library, as the editor inserts it.
    pub fn media_item(m: Media) -> MediaItem {
        item(m)
    }

    /// A media file by its public name (`{stem}-{width}.{ext}`) with its content type;
    /// `None` for a name we never made or a file that is gone.
    ///
    /// # Errors
    /// `Media` when the store fails.
    pub async fn media_file(
        &self,
        name: &str,
    ) -> Result<Option<(Vec<u8>, &'static str)>, ServiceError> {
        let Ok(name) = MediaName::parse(name) else {
            return Ok(None);
        };
        let Ok(store) = self.media_store() else {
            return Ok(None);
        };
        let content_type: &'static str = name.format().content_type();
        let _: Format = name.format();
        Ok(store
            .get(&name)
            .await
            .map_err(ServiceError::Media)?
            .map(|b| (b, content_type)))
    }
}
