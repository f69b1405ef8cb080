//! Test images, made in code.

use image::codecs::gif::GifEncoder;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::codecs::webp::WebPEncoder;
use image::{DynamicImage, ExtendedColorType, Frame, ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

use crate::Format;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

/// A colourful opaque image: a gradient with a few hard edges.
pub fn picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let r = (x * 255 / width.max(1)) as u8;
        let g = (y * 255 / height.max(1)) as u8;
        let b = if (x / 16 + y / 16) % 2 == 0 { 40 } else { 200 };
        Rgb([r, g, b])
    })
}

/// An image with a transparent left half and a red opaque right half.
pub fn transparent(width: u32, height: u32) -> RgbaImage {
    RgbaImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([220, 30, 30, 255])
        }
    })
}

/// `image` encoded as `format` with the `image` crate (WebP lossless).
pub fn encode(image: &DynamicImage, format: Format) -> Result<Vec<u8>, image::ImageError> {
    let mut out = Vec::new();
    let (w, h) = (image.width(), image.height());
    match format {
        Format::Jpeg => {
            let rgb = image.to_rgb8();
            JpegEncoder::new_with_quality(&mut out, 90).write_image(
                rgb.as_raw(),
                w,
                h,
                ExtendedColorType::Rgb8,
            )?;
        }
        Format::Png => {
            PngEncoder::new(&mut out).write_image(image.as_bytes(), w, h, image.color().into())?;
        }
        Format::WebP => {
            let rgba = image.to_rgba8();
            WebPEncoder::new_lossless(&mut out).write_image(
                rgba.as_raw(),
                w,
                h,
                ExtendedColorType::Rgba8,
            )?;
        }
        Format::Gif => {
            let rgba = image.to_rgba8();
            let mut enc = GifEncoder::new_with_speed(&mut out, 30);
            enc.encode(rgba.as_raw(), w, h, ExtendedColorType::Rgba8)?;
            drop(enc);
        }
    }
    Ok(out)
}

/// A two-frame animated GIF: first frame red, second blue.
pub fn animated_gif(width: u32, height: u32) -> Result<Vec<u8>, image::ImageError> {
    let mut out = Vec::new();
    {
        let mut enc = GifEncoder::new_with_speed(&mut out, 30);
        enc.set_repeat(image::codecs::gif::Repeat::Infinite)?;
        let red = RgbaImage::from_pixel(width, height, Rgba([255, 0, 0, 255]));
        let blue = RgbaImage::from_pixel(width, height, Rgba([0, 0, 255, 255]));
        enc.encode_frames([Frame::new(red), Frame::new(blue)])?;
    }
    Ok(out)
}

/// CRC-32 (IEEE) as PNG uses it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG chunk with its length and CRC.
pub fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut chunk = Vec::with_capacity(data.len() + 12);
    chunk.extend_from_slice(&(data.len() as u32).to_be_bytes());
    chunk.extend_from_slice(kind);
    chunk.extend_from_slice(data);
    let mut crc_input = kind.to_vec();
    crc_input.extend_from_slice(data);
    chunk.extend_from_slice(&crc32(&crc_input).to_be_bytes());
    chunk
}

/// The chunk types of a PNG, in order.
pub fn png_chunk_types(png: &[u8]) -> Vec<String> {
    let mut types = Vec::new();
    let mut i = 8;
    while i + 8 <= png.len() {
        let len = u32::from_be_bytes([png[i], png[i + 1], png[i + 2], png[i + 3]]) as usize;
        types.push(String::from_utf8_lossy(&png[i + 4..i + 8]).into_owned());
        i += 12 + len;
    }
    types
}

/// Inserts chunks right after IHDR (which is always 25 bytes after the 8-byte signature).
pub fn png_with_chunks(png: &[u8], chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = png[..33].to_vec();
    for c in chunks {
        out.extend_from_slice(c);
    }
    out.extend_from_slice(&png[33..]);
    out
}

/// A valid PNG header declaring `width`×`height` RGB with a tiny (empty) IDAT: a pixel flood.
pub fn png_flood(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    // zlib stream of an empty deflate block.
    png.extend(png_chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

/// A GIF whose logical screen and single frame are `width`×`height`, with one byte of data.
pub fn gif_flood(width: u16, height: u16) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&width.to_le_bytes());
    gif.extend_from_slice(&height.to_le_bytes());
    gif.extend_from_slice(&[0x80, 0, 0]); // global colour table of 2 entries
    gif.extend_from_slice(&[0, 0, 0, 255, 255, 255]);
    gif.push(0x2C); // image descriptor
    gif.extend_from_slice(&[0, 0, 0, 0]);
    gif.extend_from_slice(&width.to_le_bytes());
    gif.extend_from_slice(&height.to_le_bytes());
    gif.push(0);
    gif.extend_from_slice(&[2, 2, 0x4C, 0x01, 0, 0x3B]);
    gif
}

/// Replaces the dimensions in a JPEG's SOF0 header.
pub fn jpeg_with_dimensions(jpeg: &[u8], width: u16, height: u16) -> Option<Vec<u8>> {
    let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0])?;
    let mut out = jpeg.to_vec();
    out[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    out[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    Some(out)
}

pub const SECRET: &str = "SECRET-GPS-40.7128N-74.0060W";

/// A little-endian TIFF/EXIF block: IFD0 with Orientation, ImageDescription (the secret) and a
/// GPS IFD pointer; the GPS IFD with a latitude reference and latitude.
pub fn exif_block(orientation: u16) -> Vec<u8> {
    let desc = format!("{SECRET}\0");
    // Layout: header(8) | IFD0: count(2) + 3 entries(36) + next(4) = 42 → ends at 50
    // | GPS IFD at 50: count(2) + 2 entries(24) + next(4) = 30 → ends at 80
    // | latitude rationals at 80 (24 bytes) → 104 | description at 104.
    let mut t = Vec::new();
    t.extend_from_slice(b"II*\0");
    t.extend_from_slice(&8u32.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        t.extend_from_slice(&tag.to_le_bytes());
        t.extend_from_slice(&kind.to_le_bytes());
        t.extend_from_slice(&count.to_le_bytes());
        t.extend_from_slice(&value.to_le_bytes());
    };
    t.extend_from_slice(&3u16.to_le_bytes());
    entry(&mut t, 0x010E, 2, desc.len() as u32, 104); // ImageDescription
    entry(&mut t, 0x0112, 3, 1, u32::from(orientation)); // Orientation (SHORT, left-justified)
    entry(&mut t, 0x8825, 4, 1, 50); // GPS IFD pointer
    t.extend_from_slice(&0u32.to_le_bytes());
    t.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut t, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0")); // GPSLatitudeRef
    entry(&mut t, 0x0002, 5, 3, 80); // GPSLatitude
    t.extend_from_slice(&0u32.to_le_bytes());
    for (n, d) in [(40u32, 1u32), (42, 1), (4608, 100)] {
        t.extend_from_slice(&n.to_le_bytes());
        t.extend_from_slice(&d.to_le_bytes());
    }
    t.extend_from_slice(desc.as_bytes());
    t
}

/// A JPEG with an APP1 EXIF segment (see [`exif_block`]) right after SOI.
pub fn jpeg_with_exif(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(exif_block(orientation));
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
    out.extend(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The markers of a JPEG's segments before its first scan.
pub fn jpeg_markers(jpeg: &[u8]) -> Vec<u8> {
    let mut markers = Vec::new();
    let mut i = 2;
    while i + 4 <= jpeg.len() && jpeg[i] == 0xFF {
        let marker = jpeg[i + 1];
        markers.push(marker);
        if marker == 0xDA {
            break;
        }
        i += 2 + usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
    }
    markers
}

/// The chunk FourCCs of a WebP (RIFF) file.
pub fn webp_chunks(webp: &[u8]) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut i = 12;
    while i + 8 <= webp.len() {
        chunks.push(String::from_utf8_lossy(&webp[i..i + 4]).into_owned());
        let len = u32::from_le_bytes([webp[i + 4], webp[i + 5], webp[i + 6], webp[i + 7]]);
        i += 8 + len as usize + (len as usize & 1);
    }
    chunks
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A tiny deterministic PRNG (xorshift64*) for mutations.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
