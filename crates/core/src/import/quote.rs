//! A value from a sheet as an import's message quotes it: readable, whatever the cell
//! holds. Characters one cannot see (a zero-width space, a control character) or cannot
//! tell from a Latin letter (a Cyrillic `о`) are written as escapes (`\u{200b}`), so
//! that two ids that look the same show where they differ; a value longer than
//! [`QUOTE_CHARS`] characters is cut, with `…` and its full length.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::i18n::{ImportNote, Message as _};
use crate::model::Lang;

/// The most characters of a value a message quotes.
pub const QUOTE_CHARS: usize = 60;

/// True for a character that a message writes as an escape: a control or format
/// character, a blank other than the plain space, or a letter of an alphabet whose
/// letters look like Latin ones (Cyrillic, Greek, Armenian, Cherokee, full-width forms).
fn unseen(c: char) -> bool {
    if c == ' ' {
        return false;
    }
    if c.is_control() || c.is_whitespace() {
        return true;
    }
    matches!(u32::from(c),
        0x00AD                      // soft hyphen
        | 0x034F                    // combining grapheme joiner
        | 0x0370..=0x058F           // Greek, Cyrillic, Armenian
        | 0x061C                    // Arabic letter mark
        | 0x115F..=0x1160           // Hangul fillers
        | 0x13A0..=0x13FF           // Cherokee
        | 0x17B4..=0x17B5
        | 0x180B..=0x180F           // Mongolian variation selectors
        | 0x1D00..=0x1D7F           // phonetic small capitals
        | 0x200B..=0x200F           // zero-width spaces and joiners, direction marks
        | 0x202A..=0x202E           // embeddings and overrides
        | 0x2060..=0x206F           // word joiner, invisible operators, isolates
        | 0x2100..=0x214F           // letterlike symbols (K as a kelvin sign)
        | 0x3164
        | 0xFE00..=0xFE0F           // variation selectors
        | 0xFEFF                    // byte order mark
        | 0xFF00..=0xFFEF           // full-width forms
        | 0xFFF9..=0xFFFB
        | 0xE0000..=0xE007F         // tags
    )
}

/// `text` with every character one cannot see or tell from a Latin letter written as
/// `\u{…}` (a backslash itself as `\\`); borrowed when there is none.
pub fn escape_unseen(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\\' || unseen(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\\' {
            out.push_str("\\\\");
        } else if unseen(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` escaped ([`escape_unseen`]) and cut to [`QUOTE_CHARS`] characters, with `…`
/// and the full length when it is longer, in `lang`.
pub fn cut(lang: Lang, text: &str) -> String {
    let chars = text.chars().count();
    if chars <= QUOTE_CHARS {
        return escape_unseen(text).into_owned();
    }
    let head: String = text.chars().take(QUOTE_CHARS).collect();
    let head = escape_unseen(&head);
    format!("{head}… {}", ImportNote::Length { chars }.tr(lang))
}

/// `text` in double quotes, escaped and cut as [`cut`] does: `"grdp\u{200b}_growth"`,
/// `"123456…" (10485760 characters)`.
pub fn quote(lang: Lang, text: &str) -> String {
    let chars = text.chars().count();
    if chars <= QUOTE_CHARS {
        return format!("\"{}\"", escape_unseen(text));
    }
    let head: String = text.chars().take(QUOTE_CHARS).collect();
    let head = escape_unseen(&head);
    format!("\"{head}…\" {}", ImportNote::Length { chars }.tr(lang))
}

/// The Latin letter a letter of another alphabet is mistaken for, if it is one of
/// those that look the same.
fn latin_twin(c: char) -> Option<char> {
    Some(match c {
        'а' | 'α' => 'a',
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'с' | 'ϲ' => 'c',
        'С' | 'Ϲ' => 'C',
        'ԁ' => 'd',
        'е' => 'e',
        'Е' | 'Ε' => 'E',
        'Н' | 'Η' => 'H',
        'һ' => 'h',
        'і' | 'ι' => 'i',
        'І' | 'Ι' => 'I',
        'ј' => 'j',
        'Ј' => 'J',
        'К' | 'Κ' | '\u{212a}' => 'K',
        'κ' => 'k',
        'ӏ' => 'l',
        'М' | 'Μ' => 'M',
        'Ν' => 'N',
        'о' | 'ο' => 'o',
        'О' | 'Ο' => 'O',
        'р' | 'ρ' => 'p',
        'Р' | 'Ρ' => 'P',
        'ԛ' => 'q',
        'ѕ' => 's',
        'Ѕ' => 'S',
        'Т' | 'Τ' => 'T',
        'ν' => 'v',
        'ԝ' => 'w',
        'х' | 'χ' => 'x',
        'Х' | 'Χ' => 'X',
        'у' | 'γ' => 'y',
        'У' | 'Υ' => 'Y',
        'Ζ' => 'Z',
        _ => return None,
    })
}

/// What `text` looks like on screen: without the characters one cannot see, and with
/// each letter of another alphabet that looks like a Latin one taken as that letter.
/// `None` when that is `text` itself (nothing in it misleads).
pub fn look_alike(text: &str) -> Option<String> {
    let mut changed = false;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if let Some(latin) = latin_twin(c) {
            out.push(latin);
            changed = true;
        } else if c != ' ' && unseen(c) && !c.is_alphabetic() {
            changed = true;
        } else {
            out.push(c);
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_cannot_be_seen_is_escaped_and_vietnamese_is_not() {
        assert_eq!(escape_unseen("grdp\u{200b}_growth"), "grdp\\u{200b}_growth");
        assert_eq!(escape_unseen("grоp"), "gr\\u{43e}p");
        assert_eq!(escape_unseen("a\u{a0}b\tc"), "a\\u{a0}b\\u{9}c");
        assert_eq!(escape_unseen("a\\u{41}"), "a\\\\u{41}");
        let vi = "Tổng thu ngân sách nhà nước (tỷ đồng), 14.283,5 %";
        assert!(matches!(escape_unseen(vi), Cow::Borrowed(_)));
        // Vietnamese written with combining marks stays as it is.
        let decomposed = "To\u{302}\u{309}ng";
        assert_eq!(escape_unseen(decomposed), decomposed);
    }

    #[test]
    fn long_values_are_cut_with_their_length() {
        let long = "1".repeat(10 << 20);
        let q = quote(Lang::En, &long);
        assert_eq!(q, format!("\"{}…\" (10485760 characters)", "1".repeat(60)));
        assert_eq!(
            cut(Lang::Vi, &"x".repeat(61)),
            format!("{}… (61 ký tự)", "x".repeat(60))
        );
        assert_eq!(
            quote(Lang::En, &"y".repeat(60)),
            format!("\"{}\"", "y".repeat(60))
        );
    }

    #[test]
    fn look_alikes_are_what_the_eye_reads() {
        assert_eq!(look_alike("grоp").as_deref(), Some("grop"));
        assert_eq!(
            look_alike("grdp\u{200b}_growth").as_deref(),
            Some("grdp_growth")
        );
        assert_eq!(look_alike("grdp_growth"), None);
        assert_eq!(look_alike("Tổng đàn lợn"), None);
    }
}
