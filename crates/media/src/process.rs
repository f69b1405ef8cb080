//! Validation, decoding, metadata stripping and responsive variants.

use std::io::Cursor;

use fast_image_resize as fir;
use image::codecs::gif::GifEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::{CompressionType, FilterType, PngEncoder};
use image::metadata::Orientation;
use image::{ColorType, DynamicImage, ExtendedColorType, ImageDecoder, ImageEncoder, ImageReader};

use crate::{Format, MediaError, MediaName};

/// The standard variant widths, in pixels. An image gets those narrower than itself, plus one
/// at its own width (capped at [`MAX_VARIANT_WIDTH`]); see [`variant_widths`].
pub const VARIANT_WIDTHS: [u32; 5] = [320, 640, 960, 1280, 1920];

/// The widest variant made, in pixels: wider originals are scaled down to this width.
pub const MAX_VARIANT_WIDTH: u32 = 2560;

/// JPEG quality of the JPEG variants (0–100).
pub const JPEG_QUALITY: u8 = 82;

/// Quality of the lossy WebP variants (libwebp's 0–100 scale).
pub const WEBP_QUALITY: f32 = 80.0;

/// NeuQuant sampling speed for GIF variants (1 = best and slowest, 30 = fastest).
const GIF_SPEED: i32 = 10;

/// Slack on top of the decoded image itself that a decoder may allocate, in bytes.
const DECODER_SLACK: u64 = 64 << 20;

/// What [`process`] accepts. `Limits::default()` is the production setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest upload, in bytes. Default 20 MiB.
    pub max_bytes: u64,
    /// Largest width × height the header may declare, in pixels. Default 40,000,000.
    pub max_pixels: u64,
    /// Longest side the header may declare, in pixels. Default 12,000.
    pub max_side: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 20 << 20,
            max_pixels: 40_000_000,
            max_side: 12_000,
        }
    }
}

impl Limits {
    /// The most a decoder may allocate: the largest image at 8 bytes per pixel (16-bit RGBA)
    /// plus 64 MiB.
    fn max_alloc(&self) -> u64 {
        self.max_pixels
            .saturating_mul(8)
            .saturating_add(DECODER_SLACK)
    }
}

/// A validated, re-encoded upload and its responsive variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// Format of the upload (as its magic bytes say).
    pub format: Format,
    /// Width of the upload as displayed (after EXIF orientation), in pixels.
    pub width: u32,
    /// Height of the upload as displayed (after EXIF orientation), in pixels.
    pub height: u32,
    /// The variants, by ascending width; at each width the original format first, then WebP
    /// (a WebP upload has only the WebP one). Never empty.
    pub variants: Vec<Variant>,
}

impl Processed {
    /// The widest variant in `format`, if there is one in that format.
    #[must_use]
    pub fn largest(&self, format: Format) -> Option<&Variant> {
        self.variants.iter().rev().find(|v| v.format == format)
    }
}

/// One encoded variant, free of metadata.
#[derive(Clone, PartialEq, Eq)]
pub struct Variant {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels (the upload's aspect ratio, rounded, at least 1).
    pub height: u32,
    /// Encoding of `bytes`.
    pub format: Format,
    /// The encoded file.
    pub bytes: Vec<u8>,
}

impl Variant {
    /// Its storage name for an upload with the given stem: `{stem}-{width}.{ext}`. Fails with
    /// [`MediaError::BadName`] if `stem` is not 32 characters of `[a-z0-9]`.
    pub fn name(&self, stem: &str) -> Result<MediaName, MediaError> {
        MediaName::variant(stem, self.width, self.format)
    }
}

impl std::fmt::Debug for Variant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Variant")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("format", &self.format)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The variant widths for an image `width` pixels wide (as displayed), ascending: the
/// [`VARIANT_WIDTHS`] narrower than it, then `min(width, MAX_VARIANT_WIDTH)`. An image is never
/// scaled up. E.g. 4000 → 320, 640, 960, 1280, 1920, 2560; 1000 → 320, 640, 960, 1000;
/// 200 → 200.
#[must_use]
pub fn variant_widths(width: u32) -> Vec<u32> {
    let top = width.min(MAX_VARIANT_WIDTH);
    let mut widths: Vec<u32> = VARIANT_WIDTHS.into_iter().filter(|&w| w < top).collect();
    widths.push(top);
    widths
}

/// Validates an upload and makes its variants. CPU-bound and synchronous: call it from
/// `tokio::task::spawn_blocking`. On one core of the development machine, release build, it
/// takes about 1.3 s for a 9-megapixel camera photo and 2–3 s for a noisy 12-megapixel one
/// (lossy WebP encoding is half of it); it holds the decoded image (3–4 bytes per pixel) in
/// memory meanwhile.
///
/// In order:
/// 1. more than `limits.max_bytes` → [`MediaError::TooLarge`];
/// 2. the format is read from the magic bytes only (never a file name or a declared content
///    type); anything but JPEG, PNG, WebP or GIF → [`MediaError::UnsupportedFormat`];
/// 3. the dimensions are read from the header, and more than `limits.max_pixels` or a side over
///    `limits.max_side` → [`MediaError::TooManyPixels`], before any pixel is decoded; the
///    decoder then runs under the same limits, so a header that lies cannot make it allocate
///    more either;
/// 4. the whole image is decoded; truncated or corrupt data → [`MediaError::Undecodable`]
///    (a JPEG must also end with its end-of-image marker);
/// 5. EXIF orientation is applied (the pixels are rotated as the file says they are to be
///    shown) and an embedded ICC colour profile is converted to sRGB; then everything but the
///    pixels is dropped: EXIF (GPS, camera, dates), XMP, IPTC, ICC profile, comments, PNG
///    text chunks, GIF animation (only the first frame is kept) and WebP animation;
/// 6. the variants ([`variant_widths`] of the displayed width, resized with Lanczos3 on
///    premultiplied alpha) are encoded in the original format (JPEG quality
///    [`JPEG_QUALITY`], 8-bit PNG, single-frame GIF) and in lossy WebP ([`WEBP_QUALITY`]).
///    PNG, WebP and GIF keep transparency; JPEG has none to keep. Grey images stay grey in
///    JPEG and PNG.
///
/// Never panics on any input (a panic inside a decoder would be caught and reported as
/// `Undecodable`). [`MediaError::Encode`] means re-encoding failed, a server-side fault.
pub fn process(bytes: &[u8], limits: &Limits) -> Result<Processed, MediaError> {
    std::panic::catch_unwind(|| process_unguarded(bytes, limits)).unwrap_or_else(|_| {
        Err(MediaError::Undecodable(
            "the decoder failed unexpectedly".into(),
        ))
    })
}

fn process_unguarded(bytes: &[u8], limits: &Limits) -> Result<Processed, MediaError> {
    let size = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if size > limits.max_bytes {
        return Err(MediaError::TooLarge {
            size,
            max: limits.max_bytes,
        });
    }
    let format = image::guess_format(bytes)
        .ok()
        .and_then(Format::from_image)
        .ok_or(MediaError::UnsupportedFormat)?;

    // The header alone, with no dimension limit so that we learn what it declares.
    let (width, height) = reader(bytes, format, header_limits(limits))
        .into_dimensions()
        .map_err(|e| decode_error(e, 0, 0))?;
    check_pixels(width, height, limits)?;
    if format == Format::Jpeg && !jpeg_is_complete(bytes) {
        return Err(MediaError::Undecodable(
            "JPEG data ends before its end-of-image marker".into(),
        ));
    }

    let mut decoder = reader(bytes, format, decode_limits(limits))
        .into_decoder()
        .map_err(|e| decode_error(e, width, height))?;
    let (w, h) = decoder.dimensions();
    check_pixels(w, h, limits)?;
    if decoder.total_bytes() > limits.max_alloc() {
        return Err(MediaError::TooManyPixels { width, height });
    }
    // Metadata that is broken is ignored, not fatal: it is dropped anyway.
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let icc = decoder.icc_profile().ok().flatten();
    let image = DynamicImage::from_decoder(decoder).map_err(|e| decode_error(e, width, height))?;
    if image.width() == 0 || image.height() == 0 {
        return Err(MediaError::Undecodable("the image has no pixels".into()));
    }
    let image = to_8bit(image);

    // Sizes as displayed, i.e. after orientation.
    let swaps = matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    );
    let (shown_w, shown_h) = if swaps {
        (image.height(), image.width())
    } else {
        (image.width(), image.height())
    };
    let widths = variant_widths(shown_w);
    let top_w = widths.last().copied().unwrap_or(shown_w);
    let top_h = scaled_height(shown_w, shown_h, top_w);

    // The widest variant, from the full image; the narrower ones are made from it.
    let (pre_w, pre_h) = if swaps {
        (top_h, top_w)
    } else {
        (top_w, top_h)
    };
    let mut top = if (image.width(), image.height()) == (pre_w, pre_h) {
        image
    } else {
        let resized = resize(&image, pre_w, pre_h)?;
        drop(image); // the full-size pixels are not needed during encoding
        resized
    };
    top.apply_orientation(orientation);
    if let Some(icc) = icc {
        to_srgb(&mut top, &icc);
    }

    let mut variants = Vec::with_capacity(widths.len() * 2);
    for &w in &widths {
        let scaled;
        let img = if w == top_w {
            &top
        } else {
            scaled = resize(&top, w, scaled_height(shown_w, shown_h, w))?;
            &scaled
        };
        let mut formats = vec![format];
        if format != Format::WebP {
            formats.push(Format::WebP);
        }
        for f in formats {
            variants.push(Variant {
                width: img.width(),
                height: img.height(),
                format: f,
                bytes: encode(img, f)?,
            });
        }
    }
    Ok(Processed {
        format,
        width: shown_w,
        height: shown_h,
        variants,
    })
}

fn reader(bytes: &[u8], format: Format, limits: image::Limits) -> ImageReader<Cursor<&[u8]>> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.to_image());
    reader.limits(limits);
    reader
}

fn header_limits(limits: &Limits) -> image::Limits {
    let mut l = image::Limits::no_limits();
    l.max_alloc = Some(limits.max_alloc());
    l
}

fn decode_limits(limits: &Limits) -> image::Limits {
    let mut l = image::Limits::no_limits();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc());
    l
}

fn check_pixels(width: u32, height: u32, limits: &Limits) -> Result<(), MediaError> {
    if u64::from(width) * u64::from(height) > limits.max_pixels
        || width > limits.max_side
        || height > limits.max_side
    {
        return Err(MediaError::TooManyPixels { width, height });
    }
    Ok(())
}

fn decode_error(e: image::ImageError, width: u32, height: u32) -> MediaError {
    match e {
        image::ImageError::Limits(_) => MediaError::TooManyPixels { width, height },
        e => MediaError::Undecodable(e.to_string()),
    }
}

/// Whether a JPEG has an end-of-image marker (FF D9) after its first start-of-scan (FF DA).
/// The decoder fills a truncated JPEG with grey rather than failing, so a file cut short is
/// caught here. The marker segments before the scan are walked by their lengths (an EXIF
/// thumbnail is a whole JPEG of its own inside one); in entropy-coded data an FF byte is always
/// followed by 00 or a restart marker, so FF D9 there can only be the real end. Data after it
/// (some cameras append some) is ignored.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let mut i = 2; // after SOI
    loop {
        let (Some(&0xFF), Some(&marker)) = (bytes.get(i), bytes.get(i + 1)) else {
            return false;
        };
        match marker {
            0xFF => i += 1, // fill byte
            0x01 | 0xD0..=0xD7 => i += 2,
            0xD8 | 0xD9 => return false,
            _ => {
                let Some(len) = bytes.get(i + 2..i + 4) else {
                    return false;
                };
                let next = i + 2 + usize::from(u16::from_be_bytes([len[0], len[1]]));
                if marker == 0xDA {
                    return bytes
                        .get(next..)
                        .is_some_and(|scan| scan.windows(2).any(|w| w == [0xFF, 0xD9]));
                }
                i = next;
            }
        }
    }
}

/// Converts to 8 bits per channel, keeping grey as grey and alpha where there is any.
fn to_8bit(image: DynamicImage) -> DynamicImage {
    match image.color() {
        ColorType::L8 | ColorType::La8 | ColorType::Rgb8 | ColorType::Rgba8 => image,
        ColorType::L16 => DynamicImage::ImageLuma8(image.into_luma8()),
        ColorType::La16 => DynamicImage::ImageLumaA8(image.into_luma_alpha8()),
        c if c.has_alpha() => DynamicImage::ImageRgba8(image.into_rgba8()),
        _ => DynamicImage::ImageRgb8(image.into_rgb8()),
    }
}

/// The height of a `width`-wide version of a `w`×`h` image, rounded, at least 1.
fn scaled_height(w: u32, h: u32, width: u32) -> u32 {
    if w == 0 {
        return h.max(1);
    }
    let scaled = (u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w);
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

/// Lanczos3 resize (SIMD, on premultiplied alpha); returns a copy when the size is unchanged.
fn resize(image: &DynamicImage, width: u32, height: u32) -> Result<DynamicImage, MediaError> {
    if (image.width(), image.height()) == (width, height) {
        return Ok(image.clone());
    }
    let mut out = DynamicImage::new(width, height, image.color());
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3));
    fir::Resizer::new()
        .resize(image, &mut out, &options)
        .map_err(|e| MediaError::Encode(format!("resize: {e}")))?;
    Ok(out)
}

/// Converts RGB(A) pixels from an embedded ICC profile to sRGB, so that dropping the profile
/// keeps the colours. A profile that cannot be parsed or is not an RGB one is ignored.
fn to_srgb(image: &mut DynamicImage, icc: &[u8]) {
    use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions};
    let layout = match image {
        DynamicImage::ImageRgb8(_) => Layout::Rgb,
        DynamicImage::ImageRgba8(_) => Layout::Rgba,
        _ => return,
    };
    let Ok(source) = ColorProfile::new_from_slice(icc) else {
        return;
    };
    if source.color_space != DataColorSpace::Rgb {
        return;
    }
    let srgb = ColorProfile::new_srgb();
    let Ok(transform) =
        source.create_transform_8bit(layout, &srgb, layout, TransformOptions::default())
    else {
        return;
    };
    let mut converted = vec![0u8; image.as_bytes().len()];
    if transform
        .transform(image.as_bytes(), &mut converted)
        .is_err()
    {
        return;
    }
    let (w, h) = (image.width(), image.height());
    let rebuilt = match layout {
        Layout::Rgb => image::RgbImage::from_raw(w, h, converted).map(DynamicImage::ImageRgb8),
        _ => image::RgbaImage::from_raw(w, h, converted).map(DynamicImage::ImageRgba8),
    };
    if let Some(rebuilt) = rebuilt {
        *image = rebuilt;
    }
}

/// Encodes an 8-bit L, LA, RGB or RGBA image, writing no metadata.
pub(crate) fn encode(image: &DynamicImage, format: Format) -> Result<Vec<u8>, MediaError> {
    let fail = |e: image::ImageError| MediaError::Encode(format!("{format}: {e}"));
    let (w, h) = (image.width(), image.height());
    let mut out = Vec::new();
    match format {
        Format::Jpeg => {
            let flat = flatten_on_white(image);
            JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
                .write_image(flat.as_bytes(), w, h, flat.color().into())
                .map_err(fail)?;
        }
        Format::Png => {
            PngEncoder::new_with_quality(&mut out, CompressionType::Default, FilterType::Adaptive)
                .write_image(image.as_bytes(), w, h, image.color().into())
                .map_err(fail)?;
        }
        Format::Gif => {
            let rgba = image.to_rgba8();
            let mut encoder = GifEncoder::new_with_speed(&mut out, GIF_SPEED);
            encoder
                .encode(rgba.as_raw(), w, h, ExtendedColorType::Rgba8)
                .map_err(fail)?;
            drop(encoder); // writes the trailer
        }
        Format::WebP => {
            let memory = if image.color().has_alpha() {
                let rgba = image.to_rgba8();
                webp::Encoder::from_rgba(rgba.as_raw(), w, h).encode_simple(false, WEBP_QUALITY)
            } else {
                let rgb = image.to_rgb8();
                webp::Encoder::from_rgb(rgb.as_raw(), w, h).encode_simple(false, WEBP_QUALITY)
            }
            .map_err(|e| MediaError::Encode(format!("webp: {e:?}")))?;
            out = memory.to_vec();
        }
    }
    Ok(out)
}

/// The image composited on white, without alpha (grey stays grey).
fn flatten_on_white(image: &DynamicImage) -> DynamicImage {
    fn blend(c: u8, a: u8) -> u8 {
        let (c, a) = (u16::from(c), u16::from(a));
        // c·a + 255·(255 − a), divided by 255 with rounding; always ≤ 255.
        u8::try_from((c * a + 255 * (255 - a) + 127) / 255).unwrap_or(u8::MAX)
    }
    match image {
        DynamicImage::ImageRgba8(rgba) => {
            let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
            for (dst, src) in rgb.pixels_mut().zip(rgba.pixels()) {
                let [r, g, b, a] = src.0;
                dst.0 = [blend(r, a), blend(g, a), blend(b, a)];
            }
            DynamicImage::ImageRgb8(rgb)
        }
        DynamicImage::ImageLumaA8(la) => {
            let mut l = image::GrayImage::new(la.width(), la.height());
            for (dst, src) in l.pixels_mut().zip(la.pixels()) {
                let [v, a] = src.0;
                dst.0 = [blend(v, a)];
            }
            DynamicImage::ImageLuma8(l)
        }
        DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => image.clone(),
        other => DynamicImage::ImageRgb8(other.to_rgb8()),
    }
}

#[cfg(test)]
mod tests;
