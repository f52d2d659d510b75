//! The phrases of the report's prose, in Vietnamese: the report's own style.

use std::cmp::Ordering;

use crate::export::prose::Kind;
use crate::i18n::prose::{Phrase, Verb};
use crate::model::{Lang, Period, Span};

/// The verb phrase of an indicator's actual, in Vietnamese: "ước đạt 14.283,5 tỷ đồng".
pub(crate) fn verb(v: &Verb<'_>) -> String {
    let (a, value) = (v.actual, v.value);
    match v.kind {
        // A part after "Trong đó," is its value, with no verb ("thu nội địa 12.366,7 tỷ
        // đồng"), except a rank or a growth rate.
        Kind::Plan | Kind::Stock | Kind::Count | Kind::Estimate if v.part => value(a),
        Kind::Rank => format!("đứng thứ {}", (v.number)(a)),
        Kind::Plan | Kind::Count => format!("là {}", value(a)),
        Kind::Stock => format!("ước đạt {}", value(a)),
        // A growth rate "ước tăng" or "ước giảm".
        Kind::Rate if v.growth_rate && v.judged && a < 0.0 => format!("ước giảm {}", value(-a)),
        Kind::Rate if v.growth_rate && v.judged => format!("ước tăng {}", value(a)),
        Kind::Estimate | Kind::Rate if v.part && !v.growth_rate => value(a),
        Kind::Estimate | Kind::Rate if v.judged => format!("ước đạt {}", value(a)),
        Kind::Estimate | Kind::Rate => format!("là {}", value(a)),
    }
}

/// The period as a Vietnamese sentence names it.
fn when(period: &Period) -> String {
    match period.span {
        Span::H1 => "6 tháng đầu năm".to_owned(),
        Span::H2 => "6 tháng cuối năm".to_owned(),
        Span::Year => format!("năm {}", period.year),
        Span::FirstMonths(n) => format!("{n} tháng đầu năm"),
        Span::Q1 => "quý I".to_owned(),
        Span::Q2 => "quý II".to_owned(),
        Span::Q3 => "quý III".to_owned(),
        Span::Q4 => "quý IV".to_owned(),
    }
}

/// " so với cùng kỳ năm trước", or nothing.
fn than(said: bool) -> &'static str {
    if said {
        " so với cùng kỳ năm trước"
    } else {
        ""
    }
}

/// A phrase of the prose in Vietnamese.
pub(crate) fn phrase(p: &Phrase) -> String {
    match p {
        Phrase::When(period) => when(period),
        Phrase::Against {
            cmp,
            basis,
            scenario,
            target,
        } => {
            let comparison = match cmp {
                Some(Ordering::Greater) => "cao hơn",
                Some(Ordering::Less) => "thấp hơn",
                _ => "bằng",
            };
            let suffix = if *scenario { " đề ra" } else { "" };
            format!(", {comparison} {basis}{suffix} ({target}%)")
        }
        Phrase::Achieved { pct, basis } => format!(", đạt {pct}% {basis}"),
        Phrase::Growth {
            cmp,
            size,
            sep,
            than: said,
        } => match cmp {
            Some(Ordering::Greater) => format!("{sep} tăng {size}%{}", than(*said)),
            Some(Ordering::Less) => format!("{sep} giảm {size}%{}", than(*said)),
            _ => format!("{sep} tương đương cùng kỳ năm trước"),
        },
        Phrase::Change {
            up,
            size,
            unit,
            than: said,
        } => {
            let verb = if *up { "tăng" } else { "giảm" };
            format!(", {verb} {size} {unit}{}", than(*said))
        }
        Phrase::Prior { sep, amount, unit } => format!("{sep} năm trước đạt {amount} {unit}"),
        Phrase::TasksFor(period) => format!(
            "Nhiệm vụ trọng tâm {}",
            crate::i18n::period(Lang::Vi, *period)
        ),
        Phrase::Points => "điểm %".to_owned(),
    }
}
