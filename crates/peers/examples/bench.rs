//! Times `scan` and `posts` (parsing and HTML → Markdown) on an export:
//! `cargo run --release -p masthead-peers --example bench -- wordpress|ghost FILE`.

use masthead_peers::{Platform, posts, scan};
use std::path::Path;
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("usage: bench wordpress|ghost FILE");
        std::process::exit(2);
    };
    let platform = if kind == "ghost" {
        Platform::Ghost
    } else {
        Platform::WordPress
    };
    let path = Path::new(file);
    let t0 = Instant::now();
    let s = match scan(platform, path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("scan: {e}");
            std::process::exit(1);
        }
    };
    let t_scan = t0.elapsed();
    let t1 = Instant::now();
    let (mut ok, mut bad, mut md_bytes) = (0u64, 0u64, 0usize);
    match posts(platform, path, &s) {
        Ok(iter) => {
            for p in iter {
                match p {
                    Ok(p) => {
                        ok += 1;
                        md_bytes += p.body_markdown.len();
                    }
                    Err(_) => bad += 1,
                }
            }
        }
        Err(e) => {
            eprintln!("posts: {e}");
            std::process::exit(1);
        }
    }
    let t_posts = t1.elapsed();
    let total = t0.elapsed();
    println!(
        "{ok} posts ({bad} errors, {md_bytes} bytes of Markdown): scan {:.3}s, posts {:.3}s, \
         total {:.3}s = {:.0} posts/s",
        t_scan.as_secs_f64(),
        t_posts.as_secs_f64(),
        total.as_secs_f64(),
        ok as f64 / total.as_secs_f64()
    );
}
