//! Media in S3-compatible object storage (AWS S3, MinIO, Ceph, R2, moto…): [`S3MediaStore`],
//! so that every node of a cluster serves the same files.

use std::fmt;
use std::io;
use std::time::Duration;

use object_store::aws::{AmazonS3, AmazonS3Builder, AmazonS3ConfigKey};
use object_store::path::Path;
use object_store::{ClientConfigKey, ObjectStoreExt, PutPayload, RetryConfig};

use crate::{MediaError, MediaName, MediaStore};

/// Media files as objects in one S3 bucket, under an optional key prefix: the object for a
/// [`MediaName`] is `{prefix}/{name}` (or `{name}` without a prefix).
///
/// Made from a URL (see [`S3MediaStore::from_url`]); credentials come from the environment.
/// An S3 `PUT` replaces an object whole, so readers see the old content or the new one, never
/// part of it. Requests time out after 30 s (5 s to connect) and a failed one is retried up to
/// three times within 30 s; then the operation fails with [`MediaError::Store`], whose message
/// names the operation, the object's key and what S3 said, and never the secret key.
pub struct S3MediaStore {
    s3: AmazonS3,
    prefix: Option<Path>,
    /// `s3://bucket/prefix` and the endpoint, for messages (no credentials).
    location: String,
    /// The secret key, only to scrub it from messages should a server ever echo it.
    secret: Option<String>,
}

impl fmt::Debug for S3MediaStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3MediaStore")
            .field("location", &self.location)
            .field("secret", &self.secret.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

/// Query parameters [`S3MediaStore::from_url`] takes, with the builder setting each one sets.
const PARAMS: [(&str, AmazonS3ConfigKey); 3] = [
    ("endpoint", AmazonS3ConfigKey::Endpoint),
    ("region", AmazonS3ConfigKey::Region),
    (
        "allow_http",
        AmazonS3ConfigKey::Client(ClientConfigKey::AllowHttp),
    ),
];

impl S3MediaStore {
    /// A store for `s3://BUCKET[/PREFIX][?endpoint=URL&region=REGION&allow_http=true]`, for
    /// example `s3://media/site?endpoint=http://127.0.0.1:9000&region=us-east-1&allow_http=true`.
    ///
    /// Without `endpoint` it is AWS itself; `allow_http=true` is needed for a plain-HTTP
    /// endpoint; `region` defaults to `us-east-1`. The credentials (and defaults for the
    /// settings above) come from the standard environment variables through
    /// [`AmazonS3Builder::from_env`]: `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, or the
    /// other sources it knows (session token, web identity, container or instance
    /// credentials). Nothing is sent here: [`S3MediaStore::check`] asks the server.
    ///
    /// # Errors
    /// [`MediaError::Store`] (kind `InvalidInput`) for a URL that is not `s3://` with a bucket,
    /// has a user, password, port, fragment or unknown parameter, a prefix with other characters
    /// than ASCII letters, digits, `-`, `_`, `.` and `/` or with empty, `.` or `..` segments
    /// (`..` in the URL itself is resolved as in any URL), or that the S3 client refuses (an endpoint that is not a URL, `http`
    /// without `allow_http=true`…).
    pub fn from_url(url: &str) -> Result<Self, MediaError> {
        Self::with_builder(AmazonS3Builder::from_env(), url)
    }

    /// [`S3MediaStore::from_url`] on a given builder (tests set credentials on it instead of
    /// in the environment).
    fn with_builder(mut builder: AmazonS3Builder, url: &str) -> Result<Self, MediaError> {
        let invalid = |why: String| {
            MediaError::Store(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("media URL {}: {why}", shown(url)),
            ))
        };
        let parsed = url::Url::parse(url).map_err(|e| invalid(e.to_string()))?;
        if parsed.scheme() != "s3" {
            return Err(invalid("the scheme must be s3://".into()));
        }
        let bucket = parsed.host_str().unwrap_or_default();
        if bucket.is_empty() {
            return Err(invalid("no bucket (s3://BUCKET/…)".into()));
        }
        if !parsed.username().is_empty()
            || parsed.password().is_some()
            || parsed.port().is_some()
            || parsed.fragment().is_some()
        {
            return Err(invalid(
                "only s3://BUCKET/PREFIX?PARAMS (credentials come from the environment)".into(),
            ));
        }
        let prefix = parsed.path().trim_matches('/');
        let prefix = if prefix.is_empty() {
            None
        } else {
            let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/');
            if !prefix.chars().all(plain) {
                return Err(invalid(
                    "the prefix may have only ASCII letters, digits, - _ . and /".into(),
                ));
            }
            Some(Path::parse(prefix).map_err(|e| invalid(format!("prefix: {e}")))?)
        };
        builder = builder.with_bucket_name(bucket);
        for (key, value) in parsed.query_pairs() {
            let Some((_, setting)) = PARAMS.iter().find(|(name, _)| *name == key) else {
                return Err(invalid(format!(
                    "unknown parameter {key:?} (known: endpoint, region, allow_http)"
                )));
            };
            builder = builder.with_config(*setting, value.into_owned());
        }
        if builder
            .get_config_value(&AmazonS3ConfigKey::Region)
            .is_none()
        {
            builder = builder.with_region("us-east-1");
        }
        let endpoint = builder.get_config_value(&AmazonS3ConfigKey::Endpoint);
        if let Some(endpoint) = &endpoint {
            let allow_http = builder
                .get_config_value(&AmazonS3ConfigKey::Client(ClientConfigKey::AllowHttp))
                .is_some_and(|v| v.eq_ignore_ascii_case("true"));
            check_endpoint(endpoint, allow_http)
                .map_err(|why| invalid(format!("endpoint: {why}")))?;
        }
        let secret = builder
            .get_config_value(&AmazonS3ConfigKey::SecretAccessKey)
            .filter(|s| !s.is_empty());
        let s3 = builder
            .with_retry(RetryConfig {
                max_retries: 3,
                retry_timeout: Duration::from_secs(30),
                ..RetryConfig::default()
            })
            .build()
            .map_err(|e| invalid(scrub(e.to_string(), secret.as_deref())))?;
        let location = match endpoint {
            Some(e) => format!("{} at {e}", shown(url)),
            None => shown(url),
        };
        Ok(Self {
            s3,
            prefix,
            location,
            secret,
        })
    }

    /// Where the files are: `s3://bucket/prefix`, and the endpoint if one is set.
    #[must_use]
    pub fn location(&self) -> &str {
        &self.location
    }

    /// Asks the server whether the bucket can be read with these credentials (a `GET` of a key
    /// no [`MediaName`] can have), so that a wrong bucket, key or endpoint shows at start rather
    /// than at the first upload.
    ///
    /// # Errors
    /// [`MediaError::Store`] with what the server said (or why it could not be reached).
    pub async fn check(&self) -> Result<(), MediaError> {
        let key = match &self.prefix {
            Some(prefix) => prefix.clone().join(".masthead-check"),
            None => Path::from(".masthead-check"),
        };
        match self.s3.get(&key).await {
            Ok(_) => Ok(()),
            Err(e) if no_such_key(&e) => Ok(()),
            Err(e) => Err(self.fail("GET", &key, &e)),
        }
    }

    fn key(&self, name: &MediaName) -> Path {
        // A MediaName is one plain path segment (see its pattern), so this is never escaped.
        match &self.prefix {
            Some(prefix) => prefix.clone().join(name.as_str()),
            None => Path::from(name.as_str()),
        }
    }

    fn fail(&self, op: &str, key: &Path, e: &object_store::Error) -> MediaError {
        let kind = match e {
            object_store::Error::NotFound { .. } => io::ErrorKind::NotFound,
            object_store::Error::PermissionDenied { .. }
            | object_store::Error::Unauthenticated { .. } => io::ErrorKind::PermissionDenied,
            _ => io::ErrorKind::Other,
        };
        let message = format!("S3 {op} of {key} in {}: {e}", self.location);
        MediaError::Store(io::Error::new(kind, scrub(message, self.secret.as_deref())))
    }
}

/// Whether `e` says the object does not exist. The client reports every 404 as `NotFound`,
/// also a missing bucket (S3's code `NoSuchBucket`), which is a fault of the setup that must
/// not read as "no such file".
fn no_such_key(e: &object_store::Error) -> bool {
    matches!(e, object_store::Error::NotFound { .. }) && !e.to_string().contains("NoSuchBucket")
}

/// Refuses an endpoint that is not an `http(s)://` URL with a host, has credentials in it, or
/// is plain HTTP without `allow_http`; the S3 client would only find out at the first request.
fn check_endpoint(endpoint: &str, allow_http: bool) -> Result<(), &'static str> {
    let url = url::Url::parse(endpoint).map_err(|_| "not a URL")?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err("not an http:// or https:// URL");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("credentials come from the environment, not the URL");
    }
    if url.scheme() == "http" && !allow_http {
        return Err("plain http:// needs allow_http=true");
    }
    Ok(())
}

/// `message` with every occurrence of `secret` replaced by `***`.
fn scrub(message: String, secret: Option<&str>) -> String {
    match secret {
        Some(s) if message.contains(s) => message.replace(s, "***"),
        _ => message,
    }
}

/// The URL for messages: without its query, and without a user or password (which the URL
/// must not have, but one refused for having them is still shown).
fn shown(url: &str) -> String {
    let base = url.split_once('?').map_or(url, |(base, _)| base);
    match base.split_once("://") {
        Some((scheme, rest)) => {
            let host_end = rest.find('/').unwrap_or(rest.len());
            match rest[..host_end].rfind('@') {
                Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
                None => base.to_owned(),
            }
        }
        None => base.to_owned(),
    }
}

#[async_trait::async_trait]
impl MediaStore for S3MediaStore {
    async fn put(&self, name: &MediaName, bytes: Vec<u8>) -> Result<(), MediaError> {
        let key = self.key(name);
        self.s3
            .put(&key, PutPayload::from(bytes))
            .await
            .map(|_| ())
            .map_err(|e| self.fail("PUT", &key, &e))
    }

    async fn get(&self, name: &MediaName) -> Result<Option<Vec<u8>>, MediaError> {
        let key = self.key(name);
        let result = match self.s3.get(&key).await {
            Ok(r) => r,
            Err(e) if no_such_key(&e) => return Ok(None),
            Err(e) => return Err(self.fail("GET", &key, &e)),
        };
        match result.bytes().await {
            Ok(bytes) => Ok(Some(bytes.into())),
            // Deleted between the answer's head and its body.
            Err(e) if no_such_key(&e) => Ok(None),
            Err(e) => Err(self.fail("GET", &key, &e)),
        }
    }

    async fn delete(&self, name: &MediaName) -> Result<(), MediaError> {
        let key = self.key(name);
        match self.s3.delete(&key).await {
            Ok(()) => Ok(()),
            Err(e) if no_such_key(&e) => Ok(()),
            Err(e) => Err(self.fail("DELETE", &key, &e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use object_store::aws::AmazonS3Builder;

    use super::S3MediaStore;
    use crate::{Format, MediaError, MediaName, MediaStore, new_stem};

    const SECRET: &str = "SeCrEt/KeY+0123456789abcdefghijklmnopqrstu";

    fn builder() -> AmazonS3Builder {
        AmazonS3Builder::new()
            .with_access_key_id("AKIDEXAMPLE")
            .with_secret_access_key(SECRET)
    }

    fn refused(url: &str) -> String {
        match S3MediaStore::with_builder(builder(), url) {
            Err(MediaError::Store(e)) if e.kind() == io::ErrorKind::InvalidInput => e.to_string(),
            other => panic!("{url}: expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn urls_are_parsed() -> Result<(), MediaError> {
        let s = S3MediaStore::with_builder(
            builder(),
            "s3://bucket/some/prefix/?endpoint=http://127.0.0.1:9000&region=eu-west-1&allow_http=true",
        )?;
        assert_eq!(
            s.location(),
            "s3://bucket/some/prefix/ at http://127.0.0.1:9000"
        );
        let name = MediaName::variant(&new_stem()?, 640, Format::WebP)?;
        assert_eq!(
            s.key(&name).as_ref(),
            format!("some/prefix/{}", name.as_str())
        );
        let s = S3MediaStore::with_builder(builder(), "s3://bucket")?;
        assert_eq!(s.key(&name).as_ref(), name.as_str());
        assert_eq!(s.location(), "s3://bucket");
        let debug = format!("{s:?}");
        assert!(!debug.contains(SECRET) && debug.contains("***"), "{debug}");
        Ok(())
    }

    #[test]
    fn bad_urls_are_refused_clearly() {
        assert!(refused("https://bucket/x").contains("s3://"));
        assert!(refused("s3:///x").contains("bucket"));
        let message = refused("s3://key:hush@bucket/x?endpoint=http://u:p@h");
        assert!(message.contains("environment"), "{message}");
        assert!(message.contains("s3://***@bucket/x"), "{message}");
        assert!(
            !message.contains("hush") && !message.contains("u:p"),
            "{message}"
        );
        assert!(refused("s3://bucket:9000/x").contains("s3://BUCKET"));
        assert!(refused("s3://bucket/a//b").contains("prefix"));
        assert!(refused("s3://bucket/caf%C3%A9").contains("prefix"));
        assert!(refused("s3://bucket?aws_secret_access_key=x").contains("unknown parameter"));
        assert!(refused("s3://bucket?allow_http=maybe").contains("s3://bucket"));
        assert!(refused("s3://bucket?endpoint=not%20a%20url").contains("endpoint: not a URL"));
        assert!(refused("s3://bucket?endpoint=ftp://h").contains("endpoint: not an http"));
        assert!(refused("s3://bucket?endpoint=http://u:p@h").contains("environment"));
        assert!(refused("s3://bucket?endpoint=http://h").contains("allow_http=true"));
        assert!(refused("s3://bucket?endpoint=http://h&allow_http=false").contains("allow_http"));
    }

    /// A store whose server refuses connections at once: errors name the operation and key,
    /// and never the secret.
    #[tokio::test]
    async fn failures_are_store_errors_without_the_secret() -> Result<(), MediaError> {
        let s = S3MediaStore::with_builder(
            builder(),
            "s3://bucket/p?endpoint=http://127.0.0.1:1&allow_http=true",
        )?;
        let name = MediaName::new(&new_stem()?, None, Format::Png)?;
        let errors = [
            s.put(&name, b"x".to_vec()).await.err(),
            s.get(&name).await.err(),
            s.delete(&name).await.err(),
        ];
        for (op, error) in ["PUT", "GET", "DELETE"].into_iter().zip(errors) {
            let Some(MediaError::Store(e)) = error else {
                panic!("{op}: expected a store error, got {error:?}");
            };
            let message = e.to_string();
            assert!(
                message.starts_with(&format!("S3 {op} of p/{name}")),
                "{message}"
            );
            assert!(message.contains("127.0.0.1:1"), "{message}");
            assert!(!message.contains(SECRET), "{message}");
        }
        Ok(())
    }

    #[test]
    fn the_secret_is_scrubbed() {
        assert_eq!(
            super::scrub(format!("echo {SECRET}!"), Some(SECRET)),
            "echo ***!"
        );
        assert_eq!(super::scrub("plain".into(), None), "plain");
    }
}
