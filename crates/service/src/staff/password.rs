//! Passwords (SPEC N1; OWASP ASVS 5.0 V6.2): at least 12 characters, up to 1,024, no
//! composition rules; passwords that are common or easy to guess are refused, judged by
//! `zxcvbn` (its dictionaries hold the most common passwords) with the person's name and
//! e-mail as context. Stored as Argon2id PHC strings with the crate's defaults (19 MiB, t=2,
//! p=1: OWASP's Password Storage Cheat Sheet minimum).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use masthead_core::CoreError;
use masthead_core::staff::check_password_length;

/// Passwords longer than this are not given to `zxcvbn` (its work grows with length, and a
/// passphrase this long is not a common password).
const GUESS_CHECK_CHARS: usize = 64;
/// The lowest `zxcvbn` score accepted (0–4; 3 is "safely unguessable").
const MIN_SCORE: u8 = 3;

/// Whether `password` may be used by a person with these `context` words (name, e-mail).
///
/// # Errors
/// `password-too-short`, `password-too-long` or `password-common`.
pub fn check(password: &str, context: &[&str]) -> Result<(), CoreError> {
    check_password_length(password)?;
    if password.chars().count() <= GUESS_CHECK_CHARS {
        let mut words: Vec<String> = Vec::new();
        for c in context {
            words.extend(
                c.to_lowercase()
                    .split(['@', '.', ' ', '-', '_'])
                    .filter(|w| w.chars().count() > 2)
                    .map(str::to_owned),
            );
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let score = zxcvbn::zxcvbn(password, &words).score();
        if (score as u8) < MIN_SCORE {
            return Err(CoreError::Invalid {
                field: "password",
                key: "password-common",
            });
        }
    }
    Ok(())
}

/// The Argon2id hash of `password` (a PHC string). Slow on purpose: call it off the async
/// threads ([`hash_blocking`]).
///
/// # Errors
/// Argon2's, as text (only when the OS gives no randomness for the salt).
pub fn hash(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

static VERIFICATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// How many password verifications this process has run (every sign-in attempt runs one,
/// whether its account exists or not; tests read it).
pub fn verifications() -> u64 {
    VERIFICATIONS.load(std::sync::atomic::Ordering::Relaxed)
}

/// Whether `password` matches the stored PHC string. A string that does not parse matches
/// nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    VERIFICATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// [`hash`] on the blocking pool.
///
/// # Errors
/// As [`hash`], or the task's failure.
pub async fn hash_blocking(password: String) -> Result<String, String> {
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .map_err(|e| e.to_string())?
}

/// [`verify`] on the blocking pool; a stored hash of `None` is checked against `dummy`, so that
/// an unknown account costs the same time as a known one (ASVS V6.3.8).
pub async fn verify_blocking(password: String, stored: Option<String>, dummy: &str) -> bool {
    let known = stored.is_some();
    let against = stored.unwrap_or_else(|| dummy.to_owned());
    tokio::task::spawn_blocking(move || verify(&password, &against))
        .await
        .unwrap_or(false)
        && known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_and_short_passwords_are_refused() {
        for bad in [
            "password1234",
            "123456789012",
            "qwertyuiopasdf",
            "aaaaaaaaaaaaaaaa",
            "iloveyou12345",
        ] {
            assert_eq!(
                check(bad, &[]).map_err(|e| e.key()),
                Err("password-common"),
                "{bad}"
            );
        }
        assert_eq!(
            check("short", &[]).map_err(|e| e.key()),
            Err("password-too-short")
        );
        assert_eq!(
            check("petrovapetrova", &["Anna Petrova", "anna@example.org"]).map_err(|e| e.key()),
            Err("password-common"),
            "the person's own name is guessable"
        );
        assert!(check("violet kettle drums at noon", &[]).is_ok());
        assert!(
            check(&"long passphrase ".repeat(10), &[]).is_ok(),
            "160 characters"
        );
    }

    #[test]
    fn hashes_are_argon2id_and_verify() -> Result<(), String> {
        let h = hash("violet kettle drums at noon")?;
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("violet kettle drums at noon", &h));
        assert!(!verify("violet kettle drums at noon!", &h));
        assert!(!verify("anything", "not a hash"));
        Ok(())
    }
}
