//! The phrases of the report's prose, in English.

use std::cmp::Ordering;

use crate::export::prose::Kind;
use crate::i18n::prose::{Phrase, Verb};
use crate::model::{Lang, Period, Span};

/// An English ordinal: 1st, 2nd, 3rd, 7th, 11th.
fn ordinal(n: f64) -> String {
    let whole = n.round();
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a rank is a small whole number"
    )]
    let i = whole as i64;
    let suffix = match (i % 10, i % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{i}{suffix}")
}

/// The verb phrase of an indicator's actual, in English: "is estimated at 14,283.5
/// billion VND".
pub(crate) fn verb(v: &Verb<'_>) -> String {
    let (a, value) = (v.actual, v.value);
    let (is, was) = if v.plural {
        ("are", "were")
    } else {
        ("is", "was")
    };
    match v.kind {
        // A part after "Of which:" is its value, with no verb, except a rank.
        Kind::Plan | Kind::Stock | Kind::Count | Kind::Estimate | Kind::Rate if v.part => value(a),
        Kind::Rank => format!("{was} {}", ordinal(a)),
        Kind::Plan => format!("{is} {}", value(a)),
        Kind::Stock => format!("stood at an estimated {}", value(a)),
        Kind::Count => format!("numbered {}", (v.number)(a)),
        // A judged rate or amount "is estimated at"; other rates simply are.
        Kind::Estimate | Kind::Rate if v.judged => format!("{is} estimated at {}", value(a)),
        Kind::Estimate | Kind::Rate => format!("{was} {}", value(a)),
    }
}

/// The period as an English sentence names it.
fn when(period: &Period) -> String {
    let year = period.year;
    match period.span {
        Span::H1 => format!("in the first half of {year}"),
        Span::H2 => format!("in the second half of {year}"),
        Span::Year => format!("in {year}"),
        Span::FirstMonths(n) => format!("in the first {n} months of {year}"),
        Span::Q1 => format!("in Q1 {year}"),
        Span::Q2 => format!("in Q2 {year}"),
        Span::Q3 => format!("in Q3 {year}"),
        Span::Q4 => format!("in Q4 {year}"),
    }
}

/// " on the same period last year", or nothing.
fn than(said: bool) -> &'static str {
    if said {
        " on the same period last year"
    } else {
        ""
    }
}

/// A phrase of the prose in English.
pub(crate) fn phrase(p: &Phrase) -> String {
    match p {
        Phrase::When(period) => when(period),
        Phrase::Against {
            cmp, basis, target, ..
        } => {
            let comparison = match cmp {
                Some(Ordering::Greater) => "above",
                Some(Ordering::Less) => "below",
                _ => "in line with",
            };
            format!(", {comparison} {basis} ({target}%)")
        }
        Phrase::Achieved { pct, basis } => format!(", {pct}% of {basis}"),
        Phrase::Growth {
            cmp,
            size,
            sep,
            than: said,
        } => match cmp {
            Some(Ordering::Greater) => format!("{sep} up {size}%{}", than(*said)),
            Some(Ordering::Less) => format!("{sep} down {size}%{}", than(*said)),
            _ => format!("{sep} level with the same period last year"),
        },
        Phrase::Change {
            up,
            size,
            unit,
            than: said,
        } => {
            let verb = if *up { "up" } else { "down" };
            format!(", {verb} {size} {unit}{}", than(*said))
        }
        Phrase::Prior { sep, amount, unit } => format!("{sep} against {amount} {unit} last year"),
        Phrase::TasksFor(period) => format!(
            "Key tasks for the {}",
            crate::i18n::period(Lang::En, *period)
        ),
        Phrase::Points => "points".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_are_ordinals() {
        assert_eq!(ordinal(1.0), "1st");
        assert_eq!(ordinal(3.0), "3rd");
        assert_eq!(ordinal(7.0), "7th");
        assert_eq!(ordinal(12.0), "12th");
        assert_eq!(ordinal(22.0), "22nd");
    }
}
