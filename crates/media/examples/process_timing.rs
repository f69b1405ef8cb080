//! Times `process` on a synthetic 4000×3000 photo-like JPEG (12 MP, noisy gradients).
//!
//! `cargo run -p masthead-media --release --example process_timing [RUNS] [FILE]`
//! (with FILE, times that image instead of the synthetic one).
//! Prints figures; asserts nothing (timings are not tests).

use std::time::Instant;

use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage};
use masthead_media::{Limits, process};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runs: usize = std::env::args()
        .nth(1)
        .map(|s| s.parse())
        .transpose()?
        .unwrap_or(3);
    if let Some(path) = std::env::args().nth(2) {
        let bytes = std::fs::read(&path)?;
        println!("input: {path}, {} bytes", bytes.len());
        return time(&bytes, runs);
    }
    let (w, h) = (4000u32, 3000u32);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let img = RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 25) as f32 - 12.0;
        let fx = x as f32 / w as f32;
        let fy = y as f32 / h as f32;
        let wave = ((x as f32 / 37.0).sin() * (y as f32 / 53.0).cos()) * 40.0;
        let c = |base: f32| (base + wave + noise).clamp(0.0, 255.0) as u8;
        Rgb([
            c(200.0 * fx + 30.0),
            c(180.0 * fy + 20.0),
            c(120.0 * (1.0 - fx) + 60.0),
        ])
    });
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).write_image(
        img.as_raw(),
        w,
        h,
        ExtendedColorType::Rgb8,
    )?;
    drop(img);
    println!("input: {w}x{h} JPEG, {} bytes", jpeg.len());
    time(&jpeg, runs)
}

fn time(bytes: &[u8], runs: usize) -> Result<(), Box<dyn std::error::Error>> {
    for run in 1..=runs {
        let start = Instant::now();
        let p = process(bytes, &Limits::default())?;
        let elapsed = start.elapsed();
        let total: usize = p.variants.iter().map(|v| v.bytes.len()).sum();
        println!(
            "run {run}: {:.0} ms, {} variants, {total} bytes",
            elapsed.as_secs_f64() * 1000.0,
            p.variants.len()
        );
        if run == runs {
            for v in &p.variants {
                println!(
                    "  {:>4}x{:<4} {:<4} {:>8} bytes",
                    v.width,
                    v.height,
                    v.format,
                    v.bytes.len()
                );
            }
        }
    }
    Ok(())
}
