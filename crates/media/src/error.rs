//! The one error type of this crate.

/// Everything that can go wrong while validating, processing or storing media.
///
/// Each variant maps to a stable message-catalog key through [`MediaError::key`], which the web
/// layer looks up in its Fluent catalogs; the `Display` text is for logs, in English.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    /// The upload is larger than [`Limits::max_bytes`](crate::Limits::max_bytes). Checked before
    /// anything is parsed. `size` and `max` are in bytes.
    #[error("file is {size} bytes, more than the {max} allowed")]
    TooLarge {
        /// Size of the upload, in bytes.
        size: u64,
        /// The limit in force, in bytes.
        max: u64,
    },
    /// The bytes are not JPEG, PNG, WebP or GIF (judged by their magic bytes only; SVG, HTML,
    /// PDF, HEIC, AVIF, TIFF, BMP… all end here).
    #[error("not a JPEG, PNG, WebP or GIF image")]
    UnsupportedFormat,
    /// The header declares more pixels than [`Limits::max_pixels`](crate::Limits::max_pixels)
    /// or a side longer than [`Limits::max_side`](crate::Limits::max_side) (a "pixel flood"),
    /// or the decoder would have had to allocate more than the limits allow. `width` and
    /// `height` are the dimensions the header declares, in pixels.
    #[error("image declares {width}x{height} pixels, more than allowed")]
    TooManyPixels {
        /// Declared width, in pixels.
        width: u32,
        /// Declared height, in pixels.
        height: u32,
    },
    /// The file has the magic bytes of a supported format but cannot be decoded: truncated,
    /// corrupt, or another kind of file behind image magic bytes. The string is the decoder's
    /// message, for logs only.
    #[error("image cannot be decoded: {0}")]
    Undecodable(String),
    /// Re-encoding a decoded image failed. This is a server-side fault rather than a bad upload
    /// (log it as an error); to the user it reads like [`MediaError::Undecodable`] and shares its
    /// catalog key.
    #[error("image cannot be encoded: {0}")]
    Encode(String),
    /// Reading, writing or deleting in a [`MediaStore`](crate::MediaStore) failed (or the
    /// system's random number generator did, when naming a file).
    #[error("media storage failed: {0}")]
    Store(#[source] std::io::Error),
    /// A string is not a server-generated media name (see [`MediaName`](crate::MediaName)).
    #[error("not a valid media name")]
    BadName,
}

impl MediaError {
    /// The stable message-catalog key of this error:
    ///
    /// | variant | key |
    /// | --- | --- |
    /// | `TooLarge` | `media-too-large` |
    /// | `UnsupportedFormat` | `media-unsupported` |
    /// | `TooManyPixels` | `media-too-many-pixels` |
    /// | `Undecodable`, `Encode` | `media-undecodable` |
    /// | `Store` | `media-store` |
    /// | `BadName` | `media-bad-name` |
    #[must_use]
    pub fn key(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "media-too-large",
            Self::UnsupportedFormat => "media-unsupported",
            Self::TooManyPixels { .. } => "media-too-many-pixels",
            Self::Undecodable(_) | Self::Encode(_) => "media-undecodable",
            Self::Store(_) => "media-store",
            Self::BadName => "media-bad-name",
        }
    }

    /// Whether the fault lies with the upload or the request (a 4xx in HTTP terms) rather than
    /// with the server (`Encode`, `Store`: a 5xx).
    #[must_use]
    pub fn is_client_error(&self) -> bool {
        !matches!(self, Self::Encode(_) | Self::Store(_))
    }
}

#[cfg(test)]
mod tests {
    use super::MediaError;

    #[test]
    fn keys_are_stable() {
        let cases = [
            (MediaError::TooLarge { size: 2, max: 1 }, "media-too-large"),
            (MediaError::UnsupportedFormat, "media-unsupported"),
            (
                MediaError::TooManyPixels {
                    width: 1,
                    height: 1,
                },
                "media-too-many-pixels",
            ),
            (MediaError::Undecodable("x".into()), "media-undecodable"),
            (MediaError::Encode("x".into()), "media-undecodable"),
            (MediaError::Store(std::io::Error::other("x")), "media-store"),
            (MediaError::BadName, "media-bad-name"),
        ];
        for (error, key) in cases {
            assert_eq!(error.key(), key, "{error}");
        }
        assert!(MediaError::BadName.is_client_error());
        assert!(!MediaError::Store(std::io::Error::other("x")).is_client_error());
    }
}
