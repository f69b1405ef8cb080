//! Prints what the readers make of an export: `cargo run -p masthead-peers --example dump --
//! wordpress|ghost FILE [SLUG…]` (the scan, then every post with one of the slugs in full, or
//! a line per post without slugs).

use masthead_peers::{Platform, posts, scan};
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(file)) = (args.first(), args.get(1)) else {
        eprintln!("usage: dump wordpress|ghost FILE [SLUG…]");
        std::process::exit(2);
    };
    let platform = if kind == "ghost" {
        Platform::Ghost
    } else {
        Platform::WordPress
    };
    let path = Path::new(file);
    let s = match scan(platform, path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("scan: {e}");
            std::process::exit(1);
        }
    };
    println!(
        "title {:?} base {:?} posts {} authors {:?}\ncategories {:?}\ntags {}\nattachments {:#?}\nskipped {:?}\nproblems {:?}",
        s.site_title,
        s.base_url,
        s.posts,
        s.authors,
        s.categories,
        s.tags.len(),
        s.attachments,
        s.skipped,
        s.problems
    );
    let slugs = &args[2..];
    let iter = match posts(platform, path, &s) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("posts: {e}");
            std::process::exit(1);
        }
    };
    for p in iter {
        match p {
            Ok(p) if slugs.is_empty() => println!(
                "{:?} {:?} {} {:?} pub={:?} cats={:?} tags={:?} paths={:?}",
                p.kind,
                p.status,
                p.slug,
                p.title,
                p.published_at,
                p.categories,
                p.tags,
                p.old_paths
            ),
            Ok(p) if slugs.contains(&p.slug) => println!("{p:#?}\n----\n{}\n----", p.body_markdown),
            Ok(_) => {}
            Err(e) => println!("ERR {e:?}"),
        }
    }
}
