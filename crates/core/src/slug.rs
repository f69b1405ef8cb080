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
///
/// One scheme per script, used for every slug Masthead makes (docs/slugs.md):
/// - Russian: BGN/PCGN 1947 without diacritics or apostrophes: `й` → `y`, `ё` → `e`,
///   `х` → `kh`, `ц` → `ts`, `щ` → `shch`; the hard and soft signs are dropped (`вдоль` → `vdol`).
/// - Armenian: BGN/PCGN 1981 without apostrophes: `ու` → `u` (`Բաքուն` → `baqun`), `ե` → `ye`
///   and `ո` → `vo` at the start of a word, `և` → `ev`, `ք` → `q`, `ը` → `y`.
/// - Azerbaijani: `ə` → `e`, `ş` → `sh`, `ç` → `ch`, `ğ` → `gh`, `ı` → `i`, `ö` → `o`, `ü` → `u`.
///
/// Other characters (punctuation, symbols) separate words. The result is at most
/// [`MAX_SLUG_LEN`] bytes and never empty (`"article"` when nothing is left).
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lower: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut i = 0;
    while i < lower.len() {
        let ch = lower[i];
        let next = lower.get(i + 1).copied();
        let word_start = i == 0 || !lower[i - 1].is_alphanumeric();
        i += 1;
        let piece: &str = match ch {
            'a'..='z' | '0'..='9' => {
                out.push(ch);
                continue;
            }
            // Armenian digraph ու is one sound, u.
            'ո' if next == Some('ւ') => {
                i += 1;
                "u"
            }
            'ե' if word_start => "ye",
            'ո' if word_start => "vo",
            _ => translit(ch),
        };
        if piece.is_empty() {
            // Signs with no Latin form (ь, ъ, apostrophes) vanish; anything else separates words.
            if !matches!(ch, 'ь' | 'ъ' | '\'' | '’' | 'ʼ') && !out.is_empty() && !out.ends_with('-')
            {
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
        // Russian (BGN/PCGN 1947, simplified)
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "y",
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
        // Ukrainian and Belarusian letters that turn up in Russian text
        'і' => "i",
        'ї' => "yi",
        'є' => "ye",
        'ґ' => "g",
        'ў' => "w",
        // Armenian (BGN/PCGN 1981, simplified); ու, word-initial ե and ո are handled above
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
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => "a",
        'é' | 'è' | 'ê' | 'ë' | 'ē' => "e",
        'í' | 'ì' | 'î' | 'ï' | 'ī' => "i",
        'ó' | 'ò' | 'ô' | 'õ' | 'ø' | 'ō' => "o",
        'ú' | 'ù' | 'û' | 'ū' => "u",
        'ñ' => "n",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
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
    fn one_scheme_per_script() {
        // Russian: й is y, the soft and hard signs vanish, ё is e.
        assert_eq!(
            slugify("Волонтёры вдоль набережной"),
            "volontery-vdol-naberezhnoy"
        );
        assert_eq!(slugify("Подъезд и объём"), "podezd-i-obem");
        assert_eq!(slugify("Щука, цапля, хорёк"), "shchuka-tsaplya-khorek");
        // Armenian: ու is u, word-initial ե and ո are ye and vo, և is ev.
        assert_eq!(slugify("Բաքուն և Ակտաուն"), "baqun-ev-aktaun");
        assert_eq!(slugify("Երեք ոսկե մեդալ"), "yereq-voske-medal");
        assert_eq!(slugify("Երևան"), "yerevan");
        assert_eq!(slugify("Ուսանողներ"), "usanoghner");
        // Symbols separate words; they never merge into letters.
        assert_eq!(slugify("C++"), "c");
        assert_eq!(slugify("Rock & Roll"), "rock-roll");
        assert_eq!(slugify("Don’t panic"), "dont-panic");
    }

    #[test]
    fn validates() {
        assert!(validate("good-slug-2").is_ok());
        for bad in ["", "Bad", "a--b", "-a", "a-", "a/b", "..", "a%2fb"] {
            assert!(validate(bad).is_err(), "{bad}");
        }
    }
}
