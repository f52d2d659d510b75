//! The message catalogue: every word chitieu writes, as typed keys, with the words of
//! each language in a folder of its own (`vi/`, `en/`).
//!
//! A key is a variant of an area's enum (`Term::Met`, …); each language gives its words
//! for every key in an exhaustive `match`, so a message missing in one language does
//! not compile, and no lookup can fail at run time. A message with figures in it
//! (`Message`) is an enum variant that carries them, its words written with `format!`
//! in each language's file. Why typed keys rather than Fluent files: two languages,
//! written by the developers who write the code; the compiler checks both are complete
//! and that every argument is given, with no parser, no run-time lookup and no crate
//! added to a binary that must stay small.

use crate::model::Lang;

/// A fixed text of the catalogue: a key whose words need nothing filled in.
pub trait Text: Copy + std::fmt::Debug + 'static {
    /// The words in Vietnamese.
    fn vi(self) -> &'static str;
    /// The words in English.
    fn en(self) -> &'static str;
    /// The words in `lang`.
    fn tr(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }
}

/// A message of the catalogue with figures, names or paths filled in: an enum variant
/// that carries them.
pub trait Message {
    /// The message in Vietnamese.
    fn vi(&self) -> String;
    /// The message in English.
    fn en(&self) -> String;
    /// The message in `lang`.
    fn tr(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.vi(),
            Lang::En => self.en(),
        }
    }
}

/// Declares an area of fixed texts: the enum of its keys (each with its doc comment,
/// which says where the text is shown), `ALL` listing every key, and `Text` reading the
/// words from the functions named after `in` (one per language, in `vi/` and `en/`).
///
/// ```ignore
/// texts! {
///     /// The words of the domain.
///     pub enum Term in vi::term, en::term {
///         /// A target met.
///         Met,
///     }
/// }
/// ```
#[macro_export]
macro_rules! texts {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident in $vi:path, $en:path {
            $( $(#[$doc:meta])* $key:ident, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$doc])* $key, )*
        }

        impl $name {
            /// Every key of the area, for the tests that read the whole catalogue.
            pub const ALL: &'static [$name] = &[$( $name::$key, )*];
        }

        impl $crate::i18n::Text for $name {
            fn vi(self) -> &'static str {
                $vi(self)
            }
            fn en(self) -> &'static str {
                $en(self)
            }
        }
    };
}

/// One fixed text of the catalogue, for the tests that read it whole.
#[derive(Clone, Debug)]
pub struct Entry {
    /// The key, as `Area::Key`.
    pub key: String,
    /// The words in Vietnamese.
    pub vi: &'static str,
    /// The words in English.
    pub en: &'static str,
}

fn entries<T: Text>(all: &'static [T], area: &str, out: &mut Vec<Entry>) {
    out.extend(all.iter().map(|&t| Entry {
        key: format!("{area}::{t:?}"),
        vi: t.vi(),
        en: t.en(),
    }));
}

/// Every fixed text of the catalogue, area by area. An area declared with `texts!` is
/// added here, so the catalogue's tests read it.
pub fn every_text() -> Vec<Entry> {
    let mut out = Vec::new();
    entries(super::Term::ALL, "Term", &mut out);
    entries(super::Title::ALL, "Title", &mut out);
    entries(super::ExportText::ALL, "ExportText", &mut out);
    entries(super::FindingWord::ALL, "FindingWord", &mut out);
    entries(super::ImportText::ALL, "ImportText", &mut out);
    entries(crate::io::FileKind::ALL, "FileKind", &mut out);
    entries(super::CleaningText::ALL, "CleaningText", &mut out);
    entries(&crate::import::MatchBy::ALL, "MatchBy", &mut out);
    entries(super::Common::ALL, "Common", &mut out);
    entries(super::Detail::ALL, "Detail", &mut out);
    entries(super::Dialog::ALL, "Dialog", &mut out);
    entries(super::Forms::ALL, "Forms", &mut out);
    entries(super::ImportUi::ALL, "ImportUi", &mut out);
    entries(super::Pace::ALL, "Pace", &mut out);
    entries(super::Panel::ALL, "Panel", &mut out);
    entries(super::Plots::ALL, "Plots", &mut out);
    entries(super::ActionText::ALL, "ActionText", &mut out);
    entries(super::MenuText::ALL, "MenuText", &mut out);
    entries(super::ColumnText::ALL, "ColumnText", &mut out);
    entries(super::AppText::ALL, "AppText", &mut out);
    out
}

/// Texts that are the same words in both languages: names, abbreviations, symbols.
pub const SAME_IN_BOTH: &[&str] = &["Excel (.xlsx)…"];

/// English words that are two different words in Vietnamese, each meaning its own
/// thing: "Close" is a status near its target (gần đạt) and the button that closes a
/// window (đóng).
pub const HOMONYMS: &[&str] = &["Close"];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn every_text_has_words_in_both_languages() {
        for e in every_text() {
            assert!(!e.vi.trim().is_empty(), "{} has no Vietnamese", e.key);
            assert!(!e.en.trim().is_empty(), "{} has no English", e.key);
            assert!(
                e.vi != e.en || SAME_IN_BOTH.contains(&e.en),
                "{}: \"{}\" is the same in both languages; translate it or list it in SAME_IN_BOTH",
                e.key,
                e.en
            );
        }
    }

    #[test]
    fn each_text_is_written_once() {
        // Two keys with the same English words are one message written twice (and
        // their Vietnamese drifts apart): one key, used at both places.
        let all = every_text();
        let mut seen: HashMap<(&str, &str), &str> = HashMap::new();
        let mut twice = Vec::new();
        for e in &all {
            if let Some(first) = seen.insert((e.vi, e.en), &e.key) {
                twice.push(format!("{first} and {}: \"{}\"", e.key, e.en));
            }
        }
        assert!(twice.is_empty(), "{twice:#?}");
        let mut by_english: HashMap<&str, &str> = HashMap::new();
        let mut drift = Vec::new();
        for e in &all {
            if let Some(vi) = by_english.insert(e.en, e.vi)
                && vi != e.vi
                && !HOMONYMS.contains(&e.en)
            {
                drift.push(format!("\"{}\": \"{vi}\" / \"{}\"", e.en, e.vi));
            }
        }
        assert!(
            drift.is_empty(),
            "one English text, two Vietnamese: {drift:#?}"
        );
    }
}
