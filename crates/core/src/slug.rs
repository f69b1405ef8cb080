//! Slugs: the lowercase ASCII words of an address, generated from a title by transliteration.

use crate::CoreError;

pub const MAX_SLUG_LEN: usize = 120;

/// Checks that `s` is a slug Masthead would have made: `a-z`, `0-9` and single inner hyphens.
pub fn validate(s: &str) -> Result<&str, CoreError> {
    let ok = !s.is_empty()
        && s.len() <= MAX_SLUG_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if ok {
        Ok(s)
    } else {
        Err(CoreError::InvalidSlug(s.chars().take(40).collect()))
    }
}

/// Makes a slug from any text: Cyrillic, Armenian and Azerbaijani letters are transliterated,
/// everything that is not a letter or digit becomes a single hyphen.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars().flat_map(char::to_lowercase) {
        let piece: &str = match ch {
            'a'..='z' | '0'..='9' => {
                out.push(ch);
                continue;
            }
            _ => translit(ch),
        };
        if piece.is_empty() {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(piece);
        }
        if out.len() >= MAX_SLUG_LEN {
            break;
        }
    }
    let mut s: String = out.trim_matches('-').chars().take(MAX_SLUG_LEN).collect();
    while s.ends_with('-') {
        s.pop();
    }
    if s.is_empty() { "article".into() } else { s }
}

fn translit(ch: char) -> &'static str {
    match ch {
        // Russian
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ъ' | 'ь' => "x",
        // Armenian
        'ա' => "a",
        'բ' => "b",
        'գ' => "g",
        'դ' => "d",
        'ե' => "e",
        'զ' => "z",
        'է' => "e",
        'ը' => "y",
        'թ' => "t",
        'ժ' => "zh",
        'ի' => "i",
        'լ' => "l",
        'խ' => "kh",
        'ծ' => "ts",
        'կ' => "k",
        'հ' => "h",
        'ձ' => "dz",
        'ղ' => "gh",
        'ճ' => "ch",
        'մ' => "m",
        'յ' => "y",
        'ն' => "n",
        'շ' => "sh",
        'ո' => "o",
        'չ' => "ch",
        'պ' => "p",
        'ջ' => "j",
        'ռ' => "r",
        'ս' => "s",
        'վ' => "v",
        'տ' => "t",
        'ր' => "r",
        'ց' => "ts",
        'ւ' => "v",
        'փ' => "p",
        'ք' => "q",
        'օ' => "o",
        'ֆ' => "f",
        'և' => "ev",
        // Azerbaijani and other Latin letters
        'ə' => "e",
        'ı' => "i",
        'ş' => "sh",
        'ç' => "ch",
        'ğ' => "gh",
        'ö' => "o",
        'ü' => "u",
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'í' | 'ì' | 'î' | 'ï' => "i",
        'ó' | 'ò' | 'ô' | 'õ' => "o",
        'ú' | 'ù' | 'û' => "u",
        'ñ' => "n",
        'ß' => "ss",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_each_script() {
        assert_eq!(slugify("Выборы в Баку: итоги"), "vybory-v-baku-itogi");
        assert_eq!(
            slugify("Japan, South Korea want in on Pillar 2"),
            "japan-south-korea-want-in-on-pillar-2"
        );
        assert_eq!(slugify("Նոր լաստանավ"), "nor-lastanav");
        assert_eq!(slugify("Seçkilər başa çatdı"), "sechkiler-basha-chatdi");
        assert_eq!(slugify("!!!"), "article");
    }

    #[test]
    fn validates() {
        assert!(validate("good-slug-2").is_ok());
        for bad in ["", "Bad", "a--b", "-a", "a-", "a/b", "..", "a%2fb"] {
            assert!(validate(bad).is_err(), "{bad}");
        }
    }
}
