//! Reading the newsroom's forms and filters leniently: the first value of a repeated field
//! wins (a repeated field is never an error page in English, and never drops a filter), unknown
//! fields are ignored, and a body that still does not fit the form reads as an empty form,
//! which the use case then refuses in the person's language.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

/// `k=v&…` with only the first value of each field.
fn first_wins(raw: &[u8]) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(raw) {
        if !seen.iter().any(|s| *s == k) {
            seen.push(k.to_string());
            out.append_pair(&k, &v);
        }
    }
    out.finish()
}

fn read<T: DeserializeOwned + Default>(raw: &[u8]) -> T {
    serde_urlencoded::from_str(&first_wins(raw)).unwrap_or_default()
}

/// An urlencoded form body, whatever its `Content-Type` says (the guard has read it as one).
pub struct LenientForm<T>(pub T);

impl<S, T> FromRequest<S> for LenientForm<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Default,
{
    type Rejection = std::convert::Infallible;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let bytes = Bytes::from_request(req, state).await.unwrap_or_default();
        Ok(LenientForm(read(&bytes)))
    }
}

/// The query string as a filter.
pub struct LenientQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for LenientQuery<T>
where
    S: Send + Sync,
    T: DeserializeOwned + Default,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(LenientQuery(read(
            parts.uri.query().unwrap_or("").as_bytes(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize, PartialEq)]
    #[serde(default)]
    struct F {
        email: String,
        action: String,
    }

    #[test]
    fn the_first_value_wins_and_junk_reads_as_empty() {
        let f: F = read(b"email=a%40x.org&email=b%40x.org&zzz=1&action=login_failed&action=x");
        assert_eq!(f.email, "a@x.org");
        assert_eq!(
            f.action, "login_failed",
            "a repeated filter keeps its first value"
        );
        let f: F = read(b"%%%");
        assert_eq!(f, F::default());
    }
}
