//! [`S3MediaStore`] against a real S3-compatible server: the round trip the local store's tests
//! make, through the public API. Runs when `MASTHEAD_TEST_S3_URL` names a bucket to use (with
//! `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` set); `tools/s3/start-moto.sh` starts a local
//! server and prints such a URL. Without it each test prints a note and passes.

use masthead_media::{Format, MediaError, MediaName, MediaStore, S3MediaStore, new_stem};

type TestResult = Result<(), Box<dyn std::error::Error>>;

/// The server's URL with `/{path}` added to its prefix (so that runs and tests do not meet),
/// or `None` after noting (once, on the terminal even while output is captured) that the tests
/// are skipped.
fn url(path: &str) -> Option<String> {
    static NOTE: std::sync::Once = std::sync::Once::new();
    let Ok(base) = std::env::var("MASTHEAD_TEST_S3_URL") else {
        NOTE.call_once(|| {
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "tests/s3.rs: S3 tests skipped, MASTHEAD_TEST_S3_URL is not set (start a local \
                 server with tools/s3/start-moto.sh)"
            );
        });
        return None;
    };
    let (location, query) = base.split_once('?').unwrap_or((&base, ""));
    Some(format!("{}/{path}?{query}", location.trim_end_matches('/')))
}

#[tokio::test]
async fn s3_store_round_trips() -> TestResult {
    let Some(url) = url(&format!("round-trip-{}", new_stem()?)) else {
        return Ok(());
    };
    let store = S3MediaStore::from_url(&url)?;
    let stem = new_stem()?;
    let a = MediaName::variant(&stem, 320, Format::WebP)?;
    let b = MediaName::variant(&stem, 320, Format::Jpeg)?;
    assert_eq!(store.get(&a).await?, None);
    store.put(&a, b"first".to_vec()).await?;
    store.put(&b, b"other".to_vec()).await?;
    assert_eq!(store.get(&a).await?.as_deref(), Some(&b"first"[..]));
    store.put(&a, b"second".to_vec()).await?;
    assert_eq!(store.get(&a).await?.as_deref(), Some(&b"second"[..]));
    store.delete(&a).await?;
    assert_eq!(store.get(&a).await?, None);
    store.delete(&a).await?; // deleting again is fine
    assert_eq!(store.get(&b).await?.as_deref(), Some(&b"other"[..]));
    store.delete(&b).await?;
    Ok(())
}

#[tokio::test]
async fn s3_store_keeps_every_kind_of_name_and_size() -> TestResult {
    let Some(url) = url("names") else {
        return Ok(());
    };
    let store = S3MediaStore::from_url(&url)?;
    let stem = new_stem()?;
    // Every extension, with and without a width, up to the widest name the pattern allows;
    // an empty file; a variant-sized file with every byte value.
    let big: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
    let mut names = Vec::new();
    for (i, format) in [Format::Jpeg, Format::Png, Format::WebP, Format::Gif]
        .into_iter()
        .enumerate()
    {
        let bytes = if i == 0 {
            Vec::new()
        } else {
            vec![i as u8; i * 10]
        };
        names.push((MediaName::new(&stem, None, format)?, bytes.clone()));
        names.push((MediaName::new(&stem, Some(99_999), format)?, bytes));
    }
    names.push((MediaName::variant(&stem, 2560, Format::Jpeg)?, big));
    for (name, bytes) in &names {
        store.put(name, bytes.clone()).await?;
    }
    for (name, bytes) in &names {
        assert_eq!(store.get(name).await?.as_ref(), Some(bytes), "{name}");
        store.delete(name).await?;
        assert_eq!(store.get(name).await?, None, "{name}");
    }
    Ok(())
}

#[tokio::test]
async fn s3_stores_with_other_prefixes_do_not_meet() -> TestResult {
    let (Some(one), Some(two)) = (url("one"), url("two")) else {
        return Ok(());
    };
    let (one, two) = (S3MediaStore::from_url(&one)?, S3MediaStore::from_url(&two)?);
    let name = MediaName::variant(&new_stem()?, 640, Format::Png)?;
    one.put(&name, b"one".to_vec()).await?;
    assert_eq!(two.get(&name).await?, None);
    two.delete(&name).await?;
    assert_eq!(one.get(&name).await?.as_deref(), Some(&b"one"[..]));
    one.delete(&name).await?;
    Ok(())
}

#[tokio::test]
async fn s3_store_reports_a_missing_bucket() -> TestResult {
    let Some(good) = url("x") else {
        return Ok(());
    };
    S3MediaStore::from_url(&good)?.check().await?;
    // The same server and settings, another bucket.
    let rest = good.strip_prefix("s3://").unwrap_or(&good);
    let path_and_query = &rest[rest.find(['/', '?']).unwrap_or(rest.len())..];
    let url = format!("s3://masthead-no-such-bucket{path_and_query}");
    let store = S3MediaStore::from_url(&url)?;
    assert!(matches!(store.check().await, Err(MediaError::Store(_))));
    let name = MediaName::variant(&new_stem()?, 320, Format::Gif)?;
    // A missing bucket is a fault of the setup, not a missing file: reading fails too.
    let put = store.put(&name, b"x".to_vec()).await.err();
    let get = store.get(&name).await.err();
    for (op, error) in [("PUT", put), ("GET", get)] {
        let Some(MediaError::Store(e)) = error else {
            panic!("{op}: expected a store error, got {error:?}");
        };
        let message = e.to_string();
        assert!(message.starts_with(&format!("S3 {op} of ")), "{message}");
        assert!(message.contains(&format!("/x/{name}")), "{message}");
        assert!(message.contains("NoSuchBucket"), "{message}");
    }
    Ok(())
}
