use image::{AnimationDecoder, DynamicImage, GenericImageView, GrayImage, Luma};

use super::{encode, process, process_unguarded, variant_widths};
use crate::testdata::{self, SECRET, TestResult, contains};
use crate::{Format, Limits, MediaError, Processed};

fn decode(bytes: &[u8]) -> Result<(Format, DynamicImage), Box<dyn std::error::Error>> {
    let format = Format::from_image(image::guess_format(bytes)?).ok_or("unknown format")?;
    Ok((format, image::load_from_memory(bytes)?))
}

/// Checks the variants' widths, heights, formats and that each decodes to what it claims.
fn check_variants(p: &Processed, widths: &[u32]) -> TestResult {
    let mut formats = vec![p.format];
    if p.format != Format::WebP {
        formats.push(Format::WebP);
    }
    let expected: Vec<(u32, Format)> = widths
        .iter()
        .flat_map(|&w| formats.iter().map(move |&f| (w, f)))
        .collect();
    let got: Vec<(u32, Format)> = p.variants.iter().map(|v| (v.width, v.format)).collect();
    assert_eq!(got, expected);
    for v in &p.variants {
        let (format, img) = decode(&v.bytes)?;
        assert_eq!(format, v.format);
        assert_eq!(img.dimensions(), (v.width, v.height), "{v:?}");
        let want_h = (u64::from(p.height) * u64::from(v.width) + u64::from(p.width) / 2)
            / u64::from(p.width);
        assert_eq!(u64::from(v.height), want_h.max(1), "{v:?}");
    }
    Ok(())
}

#[test]
fn widths() {
    assert_eq!(variant_widths(4000), [320, 640, 960, 1280, 1920, 2560]);
    assert_eq!(variant_widths(2560), [320, 640, 960, 1280, 1920, 2560]);
    assert_eq!(variant_widths(1920), [320, 640, 960, 1280, 1920]);
    assert_eq!(variant_widths(1000), [320, 640, 960, 1000]);
    assert_eq!(variant_widths(320), [320]);
    assert_eq!(variant_widths(200), [200]);
    assert_eq!(variant_widths(1), [1]);
}

#[test]
fn every_format_round_trips() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(1000, 600));
    for format in Format::ALL {
        let bytes = testdata::encode(&source, format)?;
        let p = process(&bytes, &Limits::default())?;
        assert_eq!(p.format, format);
        assert_eq!((p.width, p.height), (1000, 600));
        check_variants(&p, &[320, 640, 960, 1000])?;
        assert_eq!(p.largest(Format::WebP).map(|v| v.width), Some(1000));
    }
    Ok(())
}

#[test]
fn wide_images_are_capped() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(3000, 90));
    let p = process(
        &testdata::encode(&source, Format::Jpeg)?,
        &Limits::default(),
    )?;
    check_variants(&p, &[320, 640, 960, 1280, 1920, 2560])?;
    let top = p.largest(Format::Jpeg).ok_or("no jpeg")?;
    assert_eq!((top.width, top.height), (2560, 77));
    Ok(())
}

#[test]
fn small_images_are_not_scaled_up() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(100, 1));
    let p = process(&testdata::encode(&source, Format::Png)?, &Limits::default())?;
    check_variants(&p, &[100])?;
    Ok(())
}

#[test]
fn html_behind_jpeg_magic_is_undecodable() {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend_from_slice(b"<html><script>alert(document.cookie)</script></html>");
    let r = process(&bytes, &Limits::default());
    assert!(matches!(r, Err(MediaError::Undecodable(_))), "{r:?}");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(b"<html><script>alert(1)</script></html>");
    let r = process(&png, &Limits::default());
    assert!(matches!(r, Err(MediaError::Undecodable(_))), "{r:?}");
}

#[test]
fn oversized_upload_is_refused_before_parsing() {
    let limits = Limits::default();
    let big = vec![0u8; 20 * 1024 * 1024 + 1];
    let r = process(&big, &limits);
    assert!(
        matches!(r, Err(MediaError::TooLarge { size, max }) if size == 20 * 1024 * 1024 + 1 && max == 20 * 1024 * 1024),
        "{r:?}"
    );
    let small_limit = Limits {
        max_bytes: 10,
        ..Limits::default()
    };
    let r = process(&testdata::png_flood(1, 1), &small_limit);
    assert!(matches!(r, Err(MediaError::TooLarge { .. })), "{r:?}");
}

#[test]
fn pixel_floods_are_refused_from_the_header() -> TestResult {
    let limits = Limits::default();
    let png = testdata::png_flood(60_000, 60_000);
    assert!(png.len() < 100);
    let r = process(&png, &limits);
    assert!(
        matches!(
            r,
            Err(MediaError::TooManyPixels {
                width: 60_000,
                height: 60_000
            })
        ),
        "{r:?}"
    );

    let gif = testdata::gif_flood(60_000, 60_000);
    let r = process(&gif, &limits);
    assert!(
        matches!(
            r,
            Err(MediaError::TooManyPixels {
                width: 60_000,
                height: 60_000
            })
        ),
        "{r:?}"
    );

    let jpeg = testdata::encode(
        &DynamicImage::ImageRgb8(testdata::picture(16, 16)),
        Format::Jpeg,
    )?;
    let jpeg = testdata::jpeg_with_dimensions(&jpeg, 50_000, 50_000).ok_or("no SOF0")?;
    let r = process(&jpeg, &limits);
    assert!(
        matches!(
            r,
            Err(MediaError::TooManyPixels {
                width: 50_000,
                height: 50_000
            })
        ),
        "{r:?}"
    );

    // Under the pixel budget but one side too long.
    let r = process(&testdata::png_flood(12_001, 10), &limits);
    assert!(matches!(r, Err(MediaError::TooManyPixels { .. })), "{r:?}");

    // Custom limits apply to real images too.
    let png = testdata::encode(
        &DynamicImage::ImageRgb8(testdata::picture(20, 20)),
        Format::Png,
    )?;
    let tight = Limits {
        max_pixels: 399,
        ..Limits::default()
    };
    let r = process(&png, &tight);
    assert!(
        matches!(
            r,
            Err(MediaError::TooManyPixels {
                width: 20,
                height: 20
            })
        ),
        "{r:?}"
    );
    let narrow = Limits {
        max_side: 19,
        ..Limits::default()
    };
    assert!(matches!(
        process(&png, &narrow),
        Err(MediaError::TooManyPixels { .. })
    ));
    assert!(
        process(
            &png,
            &Limits {
                max_pixels: 400,
                max_side: 20,
                ..Limits::default()
            }
        )
        .is_ok()
    );
    Ok(())
}

#[test]
fn other_formats_are_unsupported() {
    let cases: [&[u8]; 10] = [
        b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        b"<!DOCTYPE html><html><body>hi</body></html>",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
        b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf",
        b"BM\x3a\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0",
        b"II*\0\x08\0\0\0",
        b"",
        b"\xFF",
    ];
    for bytes in cases {
        let r = process(bytes, &Limits::default());
        assert!(
            matches!(r, Err(MediaError::UnsupportedFormat)),
            "{:?}: {r:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn truncated_files_are_undecodable() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(300, 200));
    for format in Format::ALL {
        let bytes = testdata::encode(&source, format)?;
        // Half the file, and just short of the end of the pixel data (a PNG that loses only
        // its IEND chunk still has all its pixels, so 20 bytes, not 2).
        for cut in [bytes.len() / 2, bytes.len() - 20] {
            let r = process(&bytes[..cut], &Limits::default());
            assert!(
                matches!(r, Err(MediaError::Undecodable(_))),
                "{format} cut at {cut}/{}: {r:?}",
                bytes.len()
            );
        }
    }
    Ok(())
}

#[test]
fn jpeg_end_marker_check_is_not_fooled() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(300, 200));
    let jpeg = testdata::encode(&source, Format::Jpeg)?;
    // Data appended after the end-of-image marker (as some cameras do) is fine.
    let mut trailing = jpeg.clone();
    trailing.extend_from_slice(&[0u8; 64]);
    assert!(process(&trailing, &Limits::default()).is_ok());
    // A complete thumbnail JPEG inside an APP1 segment does not make a truncated image pass.
    let thumb = testdata::encode(
        &DynamicImage::ImageRgb8(testdata::picture(8, 8)),
        Format::Jpeg,
    )?;
    let mut with_thumb = jpeg[..2].to_vec();
    with_thumb.extend_from_slice(&[0xFF, 0xE1]);
    with_thumb.extend_from_slice(&u16::try_from(thumb.len() + 2)?.to_be_bytes());
    with_thumb.extend_from_slice(&thumb);
    with_thumb.extend_from_slice(&jpeg[2..]);
    assert!(process(&with_thumb, &Limits::default()).is_ok());
    let cut = &with_thumb[..with_thumb.len() - 100];
    let r = process(cut, &Limits::default());
    assert!(matches!(r, Err(MediaError::Undecodable(_))), "{r:?}");
    Ok(())
}

#[test]
fn jpeg_exif_and_gps_are_dropped_and_orientation_applied() -> TestResult {
    let source = DynamicImage::ImageRgb8(testdata::picture(400, 200));
    let plain = testdata::encode(&source, Format::Jpeg)?;
    // Orientation 6: the stored pixels are to be rotated 90° clockwise for display.
    let jpeg = testdata::jpeg_with_exif(&plain, 6);
    assert!(contains(&jpeg, SECRET.as_bytes()));
    assert_eq!(testdata::jpeg_markers(&jpeg)[0], 0xE1);
    let p = process(&jpeg, &Limits::default())?;
    assert_eq!((p.width, p.height), (200, 400), "rotated for display");
    check_variants(&p, &[200])?;
    for v in &p.variants {
        assert!(!contains(&v.bytes, SECRET.as_bytes()), "{v:?}");
        assert!(!contains(&v.bytes, b"Exif"), "{v:?}");
        match v.format {
            Format::Jpeg => {
                let markers = testdata::jpeg_markers(&v.bytes);
                // Only JFIF APP0, tables, frame and scan headers.
                assert!(
                    markers
                        .iter()
                        .all(|m| matches!(m, 0xE0 | 0xDB | 0xC0 | 0xC4 | 0xDD | 0xDA)),
                    "{markers:x?}"
                );
            }
            Format::WebP => {
                let chunks = testdata::webp_chunks(&v.bytes);
                assert!(
                    chunks.iter().all(|c| c.starts_with("VP8") || c == "ALPH"),
                    "{chunks:?}"
                );
            }
            _ => unreachable!(),
        }
    }
    // The top-left corner of the display is the bottom-left of the stored pixels: there the
    // stored picture is red 0, green high.
    let (_, img) = decode(&p.variants[0].bytes)?;
    let px = img.to_rgb8().get_pixel(2, 2).0;
    assert!(px[0] < 40 && px[1] > 200, "{px:?}");
    Ok(())
}

#[test]
fn png_text_and_exif_chunks_are_dropped() -> TestResult {
    let source = DynamicImage::ImageRgba8(testdata::transparent(64, 32));
    let png = testdata::encode(&source, Format::Png)?;
    let mut text = b"Comment\0".to_vec();
    text.extend_from_slice(SECRET.as_bytes());
    let png = testdata::png_with_chunks(
        &png,
        &[
            testdata::png_chunk(b"tEXt", &text),
            testdata::png_chunk(b"eXIf", &testdata::exif_block(1)),
        ],
    );
    assert!(testdata::png_chunk_types(&png).contains(&"tEXt".to_string()));
    let p = process(&png, &Limits::default())?;
    check_variants(&p, &[64])?;
    for v in &p.variants {
        assert!(!contains(&v.bytes, SECRET.as_bytes()), "{v:?}");
    }
    let out = p.largest(Format::Png).ok_or("no png")?;
    let types = testdata::png_chunk_types(&out.bytes);
    assert!(
        types
            .iter()
            .all(|t| matches!(t.as_str(), "IHDR" | "PLTE" | "tRNS" | "IDAT" | "IEND")),
        "{types:?}"
    );
    Ok(())
}

#[test]
fn alpha_is_kept_in_png_and_webp_and_flattened_on_white_in_jpeg() -> TestResult {
    let source = DynamicImage::ImageRgba8(testdata::transparent(64, 32));
    for format in [Format::Png, Format::WebP, Format::Gif] {
        let p = process(&testdata::encode(&source, format)?, &Limits::default())?;
        for v in &p.variants {
            let (_, img) = decode(&v.bytes)?;
            assert!(img.color().has_alpha(), "{v:?}");
            let rgba = img.to_rgba8();
            assert_eq!(rgba.get_pixel(2, 16).0[3], 0, "transparent side, {v:?}");
            assert_eq!(rgba.get_pixel(60, 16).0[3], 255, "opaque side, {v:?}");
        }
    }
    let jpeg = encode(&source, Format::Jpeg)?;
    let (_, img) = decode(&jpeg)?;
    let rgb = img.to_rgb8();
    assert!(
        rgb.get_pixel(2, 16).0.iter().all(|&c| c > 245),
        "white where transparent"
    );
    let red = rgb.get_pixel(60, 16).0;
    assert!(red[0] > 190 && red[1] < 70, "{red:?}");
    Ok(())
}

#[test]
fn grey_stays_grey() -> TestResult {
    let grey = DynamicImage::ImageLuma8(GrayImage::from_fn(50, 40, |x, _| Luma([(x * 5) as u8])));
    let png = testdata::encode(&grey, Format::Png)?;
    let p = process(&png, &Limits::default())?;
    let (_, img) = decode(&p.variants[0].bytes)?;
    assert_eq!(img.color(), image::ColorType::L8);
    let jpeg = encode(&grey, Format::Jpeg)?;
    assert_eq!(decode(&jpeg)?.1.color(), image::ColorType::L8);
    Ok(())
}

#[test]
fn gif_animation_is_reduced_to_its_first_frame() -> TestResult {
    let gif = testdata::animated_gif(40, 30)?;
    let p = process(&gif, &Limits::default())?;
    check_variants(&p, &[40])?;
    let out = p.largest(Format::Gif).ok_or("no gif")?;
    let decoder = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(&out.bytes))?;
    let frames = decoder.into_frames().collect_frames()?;
    assert_eq!(frames.len(), 1);
    let px = frames[0].buffer().get_pixel(20, 15).0;
    assert!(px[0] > 200 && px[2] < 50, "the first (red) frame: {px:?}");
    assert!(!contains(&out.bytes, b"NETSCAPE2.0"), "no loop extension");
    Ok(())
}

#[test]
fn icc_profiles_are_converted_to_srgb_and_dropped() -> TestResult {
    use image::ImageEncoder;
    use moxcms::{ColorProfile, Layout, TransformOptions};
    let p3 = ColorProfile::new_display_p3();
    let icc = p3.encode()?;
    let colour = [180u8, 120, 60];
    let source = image::RgbImage::from_pixel(64, 48, image::Rgb(colour));
    let mut jpeg = Vec::new();
    let mut encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 95);
    encoder.set_icc_profile(icc.clone())?;
    encoder.write_image(source.as_raw(), 64, 48, image::ExtendedColorType::Rgb8)?;
    assert!(contains(&jpeg, b"ICC_PROFILE"));

    let mut expected = [0u8; 3];
    ColorProfile::new_from_slice(&icc)?
        .create_transform_8bit(
            Layout::Rgb,
            &ColorProfile::new_srgb(),
            Layout::Rgb,
            TransformOptions::default(),
        )?
        .transform(&colour, &mut expected)?;
    assert!(
        expected[0] > colour[0] + 8,
        "P3 {colour:?} is sRGB {expected:?}"
    );

    let p = process(&jpeg, &Limits::default())?;
    for v in &p.variants {
        assert!(
            !contains(&v.bytes, b"ICC_PROFILE") && !contains(&v.bytes, b"ICCP"),
            "{v:?}"
        );
        let (_, img) = decode(&v.bytes)?;
        let got = img.to_rgb8().get_pixel(32, 24).0;
        for c in 0..3 {
            assert!(
                got[c].abs_diff(expected[c]) <= 6,
                "{v:?}: {got:?} vs {expected:?}"
            );
        }
    }
    Ok(())
}

#[test]
fn broken_icc_profiles_are_ignored() -> TestResult {
    // A broken profile is ignored; the image still processes and no profile is written.
    let source = DynamicImage::ImageRgb8(testdata::picture(32, 32));
    let png = testdata::encode(&source, Format::Png)?;
    let mut iccp = b"junk\0\0".to_vec();
    iccp.extend_from_slice(&[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    let png = testdata::png_with_chunks(&png, &[testdata::png_chunk(b"iCCP", &iccp)]);
    let p = process(&png, &Limits::default())?;
    for v in &p.variants {
        assert!(
            !contains(&v.bytes, b"iCCP") && !contains(&v.bytes, b"ICCP"),
            "{v:?}"
        );
    }
    Ok(())
}

/// A few hundred prefixes and mutations of valid files: every one must give Ok or Err, never a
/// panic (this calls the unguarded function, so a panic would fail the test).
#[test]
fn mangled_inputs_never_panic() -> TestResult {
    let limits = Limits {
        max_pixels: 250_000,
        max_side: 2_000,
        ..Limits::default()
    };
    let opaque = DynamicImage::ImageRgb8(testdata::picture(48, 32));
    let alpha = DynamicImage::ImageRgba8(testdata::transparent(24, 16));
    let mut sources = Vec::new();
    for format in Format::ALL {
        sources.push(testdata::encode(&opaque, format)?);
    }
    sources.push(testdata::encode(&alpha, Format::Png)?);
    sources.push(testdata::jpeg_with_exif(&sources[0], 6));
    sources.push(testdata::animated_gif(16, 16)?);

    let mut rng = testdata::Rng(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut err, mut cases) = (0, 0, 0);
    for source in &sources {
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for i in 0..25 {
            inputs.push(source[..source.len() * i / 25].to_vec());
        }
        for _ in 0..40 {
            let mut m = source.clone();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(m.len());
                m[at] = match rng.below(3) {
                    0 => 0xFF,
                    1 => 0x00,
                    _ => rng.next() as u8,
                };
            }
            inputs.push(m);
        }
        for input in inputs {
            cases += 1;
            match process_unguarded(&input, &limits) {
                Ok(_) => ok += 1,
                Err(_) => err += 1,
            }
        }
    }
    assert!(cases >= 400, "{cases}");
    assert_eq!(ok + err, cases);
    assert!(err > 0 && ok > 0, "ok {ok}, err {err}");
    Ok(())
}
