//! The four accepted image formats.

use std::fmt;
use std::str::FromStr;

use crate::MediaError;

/// An accepted image format, of an upload or of a variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// JPEG (JFIF), baseline output.
    Jpeg,
    /// PNG, 8 bits per channel on output.
    Png,
    /// WebP; variants are lossy (libwebp), with alpha where the source has it.
    WebP,
    /// GIF; only the first frame is kept.
    Gif,
}

impl Format {
    /// All four formats.
    pub const ALL: [Format; 4] = [Format::Jpeg, Format::Png, Format::WebP, Format::Gif];

    /// The file-name extension used in [`MediaName`](crate::MediaName)s, without the dot:
    /// `"jpg"`, `"png"`, `"webp"`, `"gif"`.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::WebP => "webp",
            Self::Gif => "gif",
        }
    }

    /// The MIME type to serve it with: `image/jpeg`, `image/png`, `image/webp`, `image/gif`.
    #[must_use]
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::WebP => "image/webp",
            Self::Gif => "image/gif",
        }
    }

    /// The canonical lowercase name, for storing in a database: `"jpeg"`, `"png"`, `"webp"`,
    /// `"gif"`. [`FromStr`] reads it back.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Jpeg => "jpeg",
            Self::Png => "png",
            Self::WebP => "webp",
            Self::Gif => "gif",
        }
    }

    /// The format of a file-name extension as [`Format::extension`] writes it (exact, lowercase).
    #[must_use]
    pub fn from_extension(ext: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.extension() == ext)
    }

    pub(crate) fn from_image(format: image::ImageFormat) -> Option<Self> {
        match format {
            image::ImageFormat::Jpeg => Some(Self::Jpeg),
            image::ImageFormat::Png => Some(Self::Png),
            image::ImageFormat::WebP => Some(Self::WebP),
            image::ImageFormat::Gif => Some(Self::Gif),
            _ => None,
        }
    }

    pub(crate) fn to_image(self) -> image::ImageFormat {
        match self {
            Self::Jpeg => image::ImageFormat::Jpeg,
            Self::Png => image::ImageFormat::Png,
            Self::WebP => image::ImageFormat::WebP,
            Self::Gif => image::ImageFormat::Gif,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = MediaError;

    /// Parses [`Format::as_str`] or [`Format::extension`] output, ASCII case-insensitively
    /// (`"jpeg"`, `"JPG"`, `"webp"`…); anything else is [`MediaError::UnsupportedFormat`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(s) || f.extension().eq_ignore_ascii_case(s))
            .ok_or(MediaError::UnsupportedFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::Format;

    #[test]
    fn names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>().ok(), Some(f));
            assert_eq!(f.extension().parse::<Format>().ok(), Some(f));
            assert_eq!(Format::from_extension(f.extension()), Some(f));
            assert!(f.content_type().starts_with("image/"));
            assert_eq!(f.to_string(), f.as_str());
            assert_eq!(Format::from_image(f.to_image()), Some(f));
        }
        assert_eq!("JPG".parse::<Format>().ok(), Some(Format::Jpeg));
        assert!("svg".parse::<Format>().is_err());
        assert!("".parse::<Format>().is_err());
        assert_eq!(Format::from_extension("jpeg"), None);
    }
}
