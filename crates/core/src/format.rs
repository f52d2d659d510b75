//! Numbers in Vietnamese (`14.283,5`) and English (`14,283.5`) notation, both ways.

use serde::{Deserialize, Serialize};

/// How numbers are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Notation {
    /// `14.283,5`: a dot groups thousands, a comma marks decimals.
    #[default]
    Vietnamese,
    /// `14,283.5`: a comma groups thousands, a dot marks decimals.
    English,
}

impl Notation {
    /// The decimal mark.
    pub fn decimal_mark(self) -> char {
        match self {
            Self::Vietnamese => ',',
            Self::English => '.',
        }
    }

    /// The thousands separator.
    pub fn group_separator(self) -> char {
        match self {
            Self::Vietnamese => '.',
            Self::English => ',',
        }
    }
}

/// The most decimals [`format_auto`] shows.
pub const MAX_AUTO_DECIMALS: usize = 3;

/// Formats `value` with exactly `decimals` decimals, grouping thousands if `grouping`.
///
/// Non-finite values print as `—`. A value that rounds to zero never shows a minus sign.
pub fn format(value: f64, notation: Notation, decimals: usize, grouping: bool) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let digits = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits.as_str(), ""),
    };
    let is_zero = digits.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 2);
    if value.is_sign_negative() && !is_zero {
        out.push('-');
    }
    let len = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if grouping && i > 0 && (len - i) % 3 == 0 {
            out.push(notation.group_separator());
        }
        out.push(c);
    }
    if !frac_part.is_empty() {
        out.push(notation.decimal_mark());
        out.push_str(frac_part);
    }
    out
}

/// The number of decimals `value` needs, at most [`MAX_AUTO_DECIMALS`].
pub fn decimals_needed(value: f64) -> usize {
    if !value.is_finite() {
        return 0;
    }
    let rounded = format!("{:.*}", MAX_AUTO_DECIMALS, value);
    match rounded.split_once('.') {
        Some((_, frac)) => frac.trim_end_matches('0').len(),
        None => 0,
    }
}

/// Formats a computed `value` (a difference, a prior value) with as many decimals as
/// the most precise of the figures it was computed `from`, so that float noise and
/// spurious precision do not show: 19.647,2 − 14.283,5 shows as 5.363,7, and
/// 14.283,5 ÷ 1,369 as 10.433,5.
pub fn format_computed(value: f64, from: &[Option<f64>], notation: Notation) -> String {
    let decimals = from
        .iter()
        .flatten()
        .map(|v| decimals_needed(*v))
        .max()
        .unwrap_or(MAX_AUTO_DECIMALS);
    format(value, notation, decimals, true)
}

/// Formats `value` with grouping and as many decimals as it has (at most
/// [`MAX_AUTO_DECIMALS`]): `14283.5` → `14.283,5`, `10.0` → `10`.
pub fn format_auto(value: f64, notation: Notation) -> String {
    format(value, notation, decimals_needed(value), true)
}

/// Why a text is not a number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseNumberError {
    /// Nothing but blanks.
    #[error("no number was entered")]
    Empty,
    /// A character that has no place in a number.
    #[error("'{found}' at position {position} is not part of a number")]
    InvalidCharacter {
        /// The character.
        found: char,
        /// Its position, counting characters from 1.
        position: usize,
    },
    /// More than one decimal mark.
    #[error("the number has more than one decimal mark '{mark}'")]
    TwoDecimalMarks {
        /// The decimal mark of the notation.
        mark: char,
    },
    /// Thousands separators in the wrong places (`1.23.4` in Vietnamese notation).
    #[error("the thousands separator '{separator}' must group digits by three, as in {example}")]
    BadGrouping {
        /// The separator of the notation.
        separator: char,
        /// An example in the notation.
        example: &'static str,
    },
    /// A sign, a separator or a mark but no digit.
    #[error("there are no digits")]
    NoDigits,
    /// Too large to be represented.
    #[error("the number is too large")]
    OutOfRange,
}

/// Parses a number written in `notation`.
///
/// Accepts a leading `+`, `-` or `−`, thousands separators grouped by three (or none),
/// blanks and non-breaking spaces as group separators, and one decimal mark. Refuses
/// anything else, with what is wrong and where.
pub fn parse(text: &str, notation: Notation) -> Result<f64, ParseNumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ParseNumberError::Empty);
    }
    let offset = text.chars().take_while(|c| c.is_whitespace()).count();
    let mark = notation.decimal_mark();
    let separator = notation.group_separator();

    let mut negative = false;
    let mut int_groups: Vec<String> = vec![String::new()];
    let mut grouped = false;
    let mut frac = String::new();
    let mut in_frac = false;
    for (i, c) in trimmed.chars().enumerate() {
        let position = offset + i + 1;
        match c {
            '+' | '-' | '−' if i == 0 => negative = c != '+',
            '0'..='9' if in_frac => frac.push(c),
            '0'..='9' => {
                if let Some(group) = int_groups.last_mut() {
                    group.push(c);
                }
            }
            c if c == mark => {
                if in_frac {
                    return Err(ParseNumberError::TwoDecimalMarks { mark });
                }
                in_frac = true;
            }
            c if (c == separator || c == ' ' || c == '\u{a0}' || c == '\u{202f}') && !in_frac => {
                grouped = true;
                int_groups.push(String::new());
            }
            found => return Err(ParseNumberError::InvalidCharacter { found, position }),
        }
    }
    let bad_grouping = ParseNumberError::BadGrouping {
        separator,
        example: match notation {
            Notation::Vietnamese => "1.234.567,8",
            Notation::English => "1,234,567.8",
        },
    };
    if grouped {
        let first_ok = int_groups
            .first()
            .is_some_and(|g| (1..=3).contains(&g.len()));
        let rest_ok = int_groups.iter().skip(1).all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(bad_grouping);
        }
    }
    let int_digits: String = int_groups.concat();
    if int_digits.is_empty() && frac.is_empty() {
        return Err(ParseNumberError::NoDigits);
    }
    let plain = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if int_digits.is_empty() {
            "0"
        } else {
            &int_digits
        },
        if frac.is_empty() { "0" } else { &frac }
    );
    let value: f64 = plain.parse().map_err(|_| ParseNumberError::NoDigits)?;
    if value.is_finite() {
        Ok(value)
    } else {
        Err(ParseNumberError::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VI: Notation = Notation::Vietnamese;
    const EN: Notation = Notation::English;

    #[test]
    fn formats_both_notations() {
        assert_eq!(format(14283.5, VI, 1, true), "14.283,5");
        assert_eq!(format(14283.5, EN, 1, true), "14,283.5");
        assert_eq!(format(14283.5, VI, 1, false), "14283,5");
        assert_eq!(format(6931.695, VI, 3, true), "6.931,695");
        assert_eq!(format(1234567.0, EN, 0, true), "1,234,567");
        assert_eq!(format(999.0, VI, 0, true), "999");
        assert_eq!(format(-0.5, VI, 1, true), "-0,5");
        assert_eq!(format(-24.9, EN, 2, true), "-24.90");
        assert_eq!(format(72.699, VI, 1, true), "72,7");
    }

    #[test]
    fn negative_zero_has_no_sign() {
        assert_eq!(format(-0.04, VI, 1, true), "0,0");
        assert_eq!(format(-0.0, EN, 0, true), "0");
    }

    #[test]
    fn non_finite_values_print_as_a_dash() {
        assert_eq!(format(f64::NAN, VI, 1, true), "—");
        assert_eq!(format_auto(f64::INFINITY, EN), "—");
    }

    #[test]
    fn auto_decimals_follow_the_value() {
        assert_eq!(format_auto(14283.5, VI), "14.283,5");
        assert_eq!(format_auto(10.0, VI), "10");
        assert_eq!(format_auto(1131.76, EN), "1,131.76");
        assert_eq!(format_auto(0.1 + 0.2, EN), "0.3");
    }

    #[test]
    fn computed_values_take_the_precision_of_their_inputs() {
        assert_eq!(
            format_computed(19647.2 - 14283.5, &[Some(19647.2), Some(14283.5)], VI),
            "5.363,7"
        );
        assert_eq!(
            format_computed(14283.5 / 1.369, &[Some(14283.5)], VI),
            "10.433,5"
        );
        assert_eq!(
            format_computed(1087.0 / 1.2, &[Some(1087.0), None], EN),
            "906"
        );
        assert_eq!(format_computed(2.0 / 3.0, &[], EN), "0.667");
    }

    #[test]
    fn parses_both_notations() {
        assert_eq!(parse("14.283,5", VI), Ok(14283.5));
        assert_eq!(parse("14,283.5", EN), Ok(14283.5));
        assert_eq!(parse("14283,5", VI), Ok(14283.5));
        assert_eq!(parse(" 1 234,5 ", VI), Ok(1234.5));
        assert_eq!(parse("-0,5", VI), Ok(-0.5));
        assert_eq!(parse("−24.9", EN), Ok(-24.9));
        assert_eq!(parse("+7", EN), Ok(7.0));
        assert_eq!(parse(",5", VI), Ok(0.5));
        assert_eq!(parse("1.234.567", VI), Ok(1_234_567.0));
    }

    #[test]
    fn the_same_text_means_different_numbers() {
        assert_eq!(parse("1.234", VI), Ok(1234.0));
        assert_eq!(parse("1.234", EN), Ok(1.234));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        assert_eq!(parse("", VI), Err(ParseNumberError::Empty));
        assert_eq!(parse("   ", VI), Err(ParseNumberError::Empty));
        assert_eq!(
            parse("12a", VI),
            Err(ParseNumberError::InvalidCharacter {
                found: 'a',
                position: 3
            })
        );
        assert!(matches!(
            parse("1,2,3", VI),
            Err(ParseNumberError::TwoDecimalMarks { .. })
        ));
        assert!(matches!(
            parse("1.23.4", VI),
            Err(ParseNumberError::BadGrouping { .. })
        ));
        assert!(matches!(
            parse("12,34.5", EN),
            Err(ParseNumberError::BadGrouping { .. })
        ));
        assert_eq!(parse("-", VI), Err(ParseNumberError::NoDigits));
        assert_eq!(
            parse("1e5", EN),
            Err(ParseNumberError::InvalidCharacter {
                found: 'e',
                position: 2
            })
        );
        assert_eq!(
            parse("NaN", EN),
            Err(ParseNumberError::InvalidCharacter {
                found: 'N',
                position: 1
            })
        );
        assert_eq!(
            parse(&"9".repeat(400), EN),
            Err(ParseNumberError::OutOfRange)
        );
        assert!(matches!(
            parse("5-", EN),
            Err(ParseNumberError::InvalidCharacter {
                found: '-',
                position: 2
            })
        ));
    }

    #[test]
    fn messages_say_what_is_wrong() {
        let err = parse("1.23.4", VI).unwrap_err();
        assert_eq!(
            err.to_string(),
            "the thousands separator '.' must group digits by three, as in 1.234.567,8"
        );
    }

    #[test]
    fn format_then_parse_round_trips() {
        for &v in &[0.0, 1.5, -24.9, 14283.5, 6931.695, 1e12, 123456789.125] {
            for notation in [VI, EN] {
                for grouping in [true, false] {
                    let text = format(v, notation, 3, grouping);
                    assert_eq!(parse(&text, notation), Ok(v), "{text}");
                }
            }
        }
    }
}
