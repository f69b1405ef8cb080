//! Passwords (SPEC N1; OWASP ASVS 5.0 V6.2): at least 12 characters, up to 1,024, no
//! composition rules; passwords that are common or easy to guess are refused, judged by
//! `zxcvbn` (its dictionaries hold the most common passwords; fewer than 10^10 estimated
//! guesses is refused) with the person's name, e-mail and the site's name as context. A
//! password typed on a Russian keyboard is also judged as the keys it uses (`йцукен` is
//! `qwerty`, `пароль` is `gfhjkm`, both on every list of common passwords). Stored as Argon2id PHC strings with the crate's defaults (19 MiB, t=2,
//! p=1: OWASP's Password Storage Cheat Sheet minimum).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use masthead_core::CoreError;
use masthead_core::staff::check_password_length;

/// Passwords longer than this are not given to `zxcvbn` (its work grows with length, and a
/// passphrase this long is not a common password).
const GUESS_CHECK_CHARS: usize = 64;
/// The lowest `zxcvbn` score accepted (0–4; 4 is "very unguessable", at least 10^10
/// estimated guesses: 3 let `P@ssw0rd2024!!` and the person's name plus a year through).
const MIN_SCORE: u8 = 4;

/// The Latin key under each letter of the Russian ЙЦУКЕН layout (lowercase).
const RU_KEYS: [(char, char); 33] = [
    ('й', 'q'),
    ('ц', 'w'),
    ('у', 'e'),
    ('к', 'r'),
    ('е', 't'),
    ('н', 'y'),
    ('г', 'u'),
    ('ш', 'i'),
    ('щ', 'o'),
    ('з', 'p'),
    ('х', '['),
    ('ъ', ']'),
    ('ф', 'a'),
    ('ы', 's'),
    ('в', 'd'),
    ('а', 'f'),
    ('п', 'g'),
    ('р', 'h'),
    ('о', 'j'),
    ('л', 'k'),
    ('д', 'l'),
    ('ж', ';'),
    ('э', '\''),
    ('я', 'z'),
    ('ч', 'x'),
    ('с', 'c'),
    ('м', 'v'),
    ('и', 'b'),
    ('т', 'n'),
    ('ь', 'm'),
    ('б', ','),
    ('ю', '.'),
    ('ё', '`'),
];

/// The password as the keys of a Latin keyboard that type it on a Russian one; `None` when
/// it has no Russian letter.
fn as_latin_keys(password: &str) -> Option<String> {
    let mut changed = false;
    let out = password
        .chars()
        .map(|c| {
            let lower = c.to_lowercase().next().unwrap_or(c);
            match RU_KEYS.iter().find(|(ru, _)| *ru == lower) {
                Some((_, key)) => {
                    changed = true;
                    *key
                }
                None => c,
            }
        })
        .collect();
    changed.then_some(out)
}

/// Whether `password` may be used by a person with these `context` words (name, e-mail).
///
/// # Errors
/// `password-too-short`, `password-too-long` or `password-common`.
pub fn check(password: &str, context: &[&str]) -> Result<(), CoreError> {
    check_password_length(password)?;
    if password.chars().count() <= GUESS_CHECK_CHARS {
        let mut words: Vec<String> = Vec::new();
        for c in context {
            let c = c.to_lowercase();
            words.push(c.clone());
            words.push(c.replace([' ', '-', '_', '.'], ""));
            words.extend(
                c.split(['@', '.', ' ', '-', '_'])
                    .filter(|w| w.chars().count() > 2)
                    .map(str::to_owned),
            );
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        if only_context_words(password, &words) {
            return Err(CoreError::Invalid {
                field: "password",
                key: "password-common",
            });
        }
        let score = |p: &str| zxcvbn::zxcvbn(p, &words).score() as u8;
        let weakest = as_latin_keys(password)
            .map_or(score(password), |keys| score(password).min(score(&keys)));
        if weakest < MIN_SCORE {
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

/// Whether the password's letters, with digits, punctuation and spaces taken out, are nothing
/// but context words (the person's name parts, e-mail, the site's name) one after another:
/// `Zara.Quill.1990` is `zara` + `quill` whatever `zxcvbn` scores it.
fn only_context_words(password: &str, words: &[&str]) -> bool {
    let letters: Vec<char> = password
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.is_empty() {
        return false;
    }
    let words: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().filter(|c| c.is_alphabetic()).collect::<Vec<_>>())
        .filter(|w| w.len() >= 3)
        .collect();
    // ends[i]: the first i letters are a sequence of words.
    let mut ends = vec![false; letters.len() + 1];
    ends[0] = true;
    for i in 0..letters.len() {
        if !ends[i] {
            continue;
        }
        for w in &words {
            if letters[i..].starts_with(w) {
                ends[i + w.len()] = true;
            }
        }
    }
    ends[letters.len()]
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
            "P@ssw0rd2024!!",
            "йцукенгшщзхъ",
            "пароль123456789",
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
        let me = ["Zara Quill", "zquill@example.org", "Meridian"];
        for own in [
            "petrovapetrova",
            "zaraquill12345",
            "zquill@example.org",
            "Meridian2024!!",
        ] {
            let ctx: &[&str] = if own.starts_with("petrova") {
                &["Anna Petrova", "anna@example.org"]
            } else {
                &me
            };
            assert_eq!(
                check(own, ctx).map_err(|e| e.key()),
                Err("password-common"),
                "{own}: the person's name, address or the site's name is guessable"
            );
        }
        for own in [
            "Zara.Quill.1990",
            "Quill.Zara.1990",
            "zara-quill-1985",
            "Zara!Quill!2024",
            "zara.quill.77777",
        ] {
            assert_eq!(
                check(own, &me).map_err(|e| e.key()),
                Err("password-common"),
                "{own}"
            );
        }
        assert!(check("mango tractor velvet", &me).is_ok());
        assert!(check("Xk9#mQ2$pL7!", &me).is_ok(), "12 random characters");
        assert!(check("зеленый чайник в полдень", &me).is_ok());
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
