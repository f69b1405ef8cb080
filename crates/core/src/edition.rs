//! Editions: one language of the site each. The set of languages Masthead ships catalogs for.

use crate::CoreError;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language Masthead has an interface catalog for. An edition of the site is one of these.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ru,
    En,
    Hy,
    Az,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Ru, Lang::En, Lang::Hy, Lang::Az];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
            Lang::Hy => "hy",
            Lang::Az => "az",
        }
    }

    /// The language's own name for itself, as shown in the edition switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ru => "Русский",
            Lang::En => "English",
            Lang::Hy => "Հայերեն",
            Lang::Az => "Azərbaycanca",
        }
    }

    /// Short label for the edition switch ("ru", "en", "arm", as on the seed page).
    pub fn short_label(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
            Lang::Hy => "arm",
            Lang::Az => "az",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "ru" => Ok(Lang::Ru),
            "en" => Ok(Lang::En),
            "hy" => Ok(Lang::Hy),
            "az" => Ok(Lang::Az),
            other => Err(CoreError::UnknownEdition(other.chars().take(16).collect())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
        }
        assert!("EN".parse::<Lang>().is_err());
        assert!("arm".parse::<Lang>().is_err());
    }
}
