//! Every text chitieu shows or writes, in two languages: the window, the command line,
//! the exports and the checks all take their words from here.
//!
//! The catalogue (`catalogue.rs`) holds them as typed keys, one enum an area
//! (`terms.rs`, …), with each language's words in a folder of its own (`vi/`, `en/`):
//! `Term::Met.tr(lang)`. `tr(lang, "vi", "en")` is the older way, being replaced area by
//! area (ARCHITECTURE.md, "Words").

pub mod actions;
pub mod app;
mod catalogue;
pub mod columns;
mod en;
pub mod menu;
pub mod terms;
mod vi;

pub use actions::ActionText;
pub use app::{AppMessage, AppText};
pub use catalogue::{Entry, Message, SAME_IN_BOTH, Text, every_text};
pub use columns::ColumnText;
pub use menu::MenuText;
pub use terms::Term;

use crate::format::Notation;
use crate::metrics::Status;
use crate::model::{Direction, Field, Lang, Measure, TargetBasis, TaskStatus};

/// The text in `lang`.
pub fn tr(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// The text in `lang`, formatted: `trf!(lang, "mục \"{id}\" không tồn tại", "section
/// \"{id}\" does not exist")`. Both texts name the same variables, in the order each
/// language needs; an argument that is an expression is bound to a name first.
#[macro_export]
macro_rules! trf {
    ($lang:expr, $vi:literal, $en:literal $(,)?) => {
        match $lang {
            $crate::model::Lang::Vi => format!($vi),
            $crate::model::Lang::En => format!($en),
        }
    };
}
pub use crate::trf;

/// The name of an editable field, as a column title.
pub fn field(lang: Lang, field: Field) -> &'static str {
    match field {
        Field::Actual => tr(lang, "Ước thực hiện", "Actual"),
        Field::YoyGrowthPct => tr(lang, "So cùng kỳ (%)", "YoY (%)"),
        Field::Target => tr(lang, "Chỉ tiêu kỳ", "Period target"),
        Field::AnnualTarget => tr(lang, "Chỉ tiêu năm", "Annual target"),
        Field::Prior => prior_period(lang),
    }
}

/// The name of an editable field in full, as the exports write it: the window's column
/// titles abbreviate the growth ("YoY (%)") where a sheet has room to spell it out.
pub fn field_in_full(lang: Lang, field: Field) -> &'static str {
    match field {
        Field::YoyGrowthPct => tr(lang, "So cùng kỳ (%)", "Growth on a year ago (%)"),
        Field::Actual | Field::Target | Field::AnnualTarget | Field::Prior => {
            self::field(lang, field)
        }
    }
}

/// The achievement of a target (`Field::Target` or `Field::AnnualTarget`), as a column
/// title: "% chỉ tiêu kỳ".
pub fn achievement(lang: Lang, of: Field) -> &'static str {
    match of {
        Field::AnnualTarget => tr(lang, "% chỉ tiêu năm", "% of annual target"),
        Field::Actual | Field::YoyGrowthPct | Field::Target | Field::Prior => {
            tr(lang, "% chỉ tiêu kỳ", "% of period target")
        }
    }
}

/// The value of the same period last year, as a title.
pub fn prior_period(lang: Lang) -> &'static str {
    tr(lang, "Cùng kỳ năm trước", "Same period last year")
}

/// The title of what remains of the annual target after the period: the months left
/// ("Còn lại 6 tháng cuối", "Còn lại quý IV" after nine months).
pub fn remaining_title(lang: Lang, period: crate::model::Period) -> String {
    let left = 12u8.saturating_sub(period.months().1);
    if !crate::metrics::remaining_after(&period) {
        return tr(lang, "Còn lại sau kỳ", "Left after the period").to_owned();
    }
    match left {
        3 => tr(lang, "Còn lại quý IV", "Left for Q4").to_owned(),
        6 => tr(lang, "Còn lại 6 tháng cuối", "Left for H2").to_owned(),
        n => trf!(
            lang,
            "Còn lại {n} tháng cuối",
            "Left for the last {n} months"
        ),
    }
}

/// The title of the report's tasks: those of the months after the period ("Nhiệm vụ 6
/// tháng cuối năm" after the first half, "Nhiệm vụ quý IV" after nine months, the next
/// year's after a year).
pub fn tasks_title(lang: Lang, period: crate::model::Period) -> String {
    match 12u8.saturating_sub(period.months().1) {
        0 => {
            let next = period.year + 1;
            trf!(lang, "Nhiệm vụ năm {next}", "Tasks for {next}")
        }
        3 => tr(lang, "Nhiệm vụ quý IV", "Fourth-quarter tasks").to_owned(),
        6 => tr(lang, "Nhiệm vụ 6 tháng cuối năm", "Second-half tasks").to_owned(),
        n => trf!(
            lang,
            "Nhiệm vụ {n} tháng cuối năm",
            "Tasks for the last {n} months"
        ),
    }
}

/// The title of the status.
pub fn status_title(lang: Lang) -> &'static str {
    Term::StatusTitle.tr(lang)
}

/// A quarter's short name: "Quý III", "Q3".
pub fn quarter(lang: Lang, q: crate::model::Quarter) -> String {
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    let n = usize::from(q.number());
    match lang {
        Lang::Vi => format!("Quý {}", ROMAN.get(n - 1).unwrap_or(&"")),
        Lang::En => format!("Q{n}"),
    }
}

/// The title of the growth the rest of the year needs to reach the year's target.
pub fn rest_needed_title(lang: Lang) -> &'static str {
    tr(lang, "Phần còn lại cần tăng", "Rest of year must grow")
}

/// The report's own value of a revised figure, as a title.
pub fn report_value(lang: Lang) -> &'static str {
    tr(lang, "Giá trị trong báo cáo", "The report's value")
}

/// A status in words.
pub fn status(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Met => Term::Met,
        Status::Close => Term::Close,
        Status::Behind => Term::Behind,
    }
    .tr(lang)
}

/// A target basis in words.
pub fn basis(lang: Lang, basis: TargetBasis) -> &'static str {
    match basis {
        TargetBasis::Plan => Term::Plan,
        TargetBasis::BudgetEstimate => Term::BudgetEstimate,
        TargetBasis::Scenario => Term::Scenario,
        TargetBasis::Other => Term::OtherBasis,
    }
    .tr(lang)
}

/// A target's basis as a sentence names it, after "đạt 72,7%" or "72.7% of": "dự toán",
/// "kế hoạch năm", "the budget estimate".
pub fn basis_in_sentence(lang: Lang, basis: TargetBasis, annual: bool) -> &'static str {
    match (basis, annual) {
        (TargetBasis::BudgetEstimate, _) => Term::BudgetEstimateInSentence,
        (TargetBasis::Plan, true) => Term::AnnualPlanInSentence,
        (TargetBasis::Plan, false) => Term::PlanInSentence,
        (TargetBasis::Scenario, _) => Term::ScenarioInSentence,
        (TargetBasis::Other, true) => Term::AnnualTargetInSentence,
        (TargetBasis::Other, false) => Term::TargetInSentence,
    }
    .tr(lang)
}

/// A direction in words.
pub fn direction(lang: Lang, direction: Direction) -> &'static str {
    match direction {
        Direction::HigherIsBetter => Term::HigherIsBetter,
        Direction::LowerIsBetter => Term::LowerIsBetter,
        Direction::Neutral => Term::Neutral,
    }
    .tr(lang)
}

/// A measure in words.
pub fn measure(lang: Lang, measure: Measure) -> &'static str {
    match measure {
        Measure::Amount => Term::Amount,
        Measure::Count => Term::Count,
        Measure::Share => Term::Share,
        Measure::Rate => Term::Rate,
    }
    .tr(lang)
}

/// A task status in words.
pub fn task_status(lang: Lang, status: TaskStatus) -> &'static str {
    match status {
        TaskStatus::NotStarted => Term::NotStarted,
        TaskStatus::InProgress => Term::InProgress,
        TaskStatus::Done => Term::Done,
        TaskStatus::Blocked => Term::Blocked,
    }
    .tr(lang)
}

/// A number notation in words.
pub fn notation(lang: Lang, notation: Notation) -> &'static str {
    match notation {
        Notation::Vietnamese => Term::VietnameseNotation,
        Notation::English => Term::EnglishNotation,
    }
    .tr(lang)
}

/// The unit of percentage points.
pub fn points(lang: Lang) -> &'static str {
    Term::Points.tr(lang)
}

/// How many characters of a long text (a source sentence, a note) the window shows: a
/// few paragraphs, which egui lays out in no time, where a whole 10 MB text would take
/// gigabytes.
pub const SHOWN_CHARS: usize = 2_000;

/// `text` cut to its first `max_chars` characters followed by "… (N more characters)"
/// in `lang`, or the whole `text` when it is no longer than that.
pub fn shortened(
    lang: Lang,
    notation: Notation,
    text: &str,
    max_chars: usize,
) -> std::borrow::Cow<'_, str> {
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let (shown, rest) = text.split_at(cut);
    let more = crate::format::format(rest.chars().count() as f64, notation, 0, true);
    let more = trf!(lang, "(còn {more} ký tự)", "({more} more characters)");
    std::borrow::Cow::Owned(format!("{shown}… {more}"))
}

/// A number parsing error, in words.
pub fn parse_error(lang: Lang, err: &crate::format::ParseNumberError) -> String {
    use crate::format::ParseNumberError as E;
    match (lang, err) {
        (Lang::En, _) => {
            let mut s = err.to_string();
            if let Some(first) = s.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            s
        }
        (Lang::Vi, E::Empty) => "Chưa nhập số".to_owned(),
        (Lang::Vi, E::InvalidCharacter { found, position }) => {
            format!("Ký tự '{found}' ở vị trí {position} không phải là số")
        }
        (Lang::Vi, E::TwoDecimalMarks { mark }) => {
            format!("Có nhiều hơn một dấu thập phân '{mark}'")
        }
        (Lang::Vi, E::BadGrouping { separator, example }) => {
            format!(
                "Dấu phân cách hàng nghìn '{separator}' phải chia nhóm ba chữ số, ví dụ {example}"
            )
        }
        (Lang::Vi, E::NoDigits) => "Không có chữ số nào".to_owned(),
        (Lang::Vi, E::OutOfRange) => "Số quá lớn".to_owned(),
    }
}

/// A period in words, as reports write it: "6 tháng đầu năm 2024", "first half of 2024".
pub fn period(lang: Lang, period: crate::model::Period) -> String {
    use crate::model::Span;
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    const ORDINAL: [&str; 4] = ["first", "second", "third", "fourth"];
    const MONTHS_EN: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    let year = period.year;
    let quarter = |q: usize| match lang {
        Lang::Vi => format!("quý {} năm {year}", ROMAN.get(q).unwrap_or(&"")),
        Lang::En => format!("{} quarter of {year}", ORDINAL.get(q).unwrap_or(&"")),
    };
    match period.span {
        Span::Year => match lang {
            Lang::Vi => format!("năm {year}"),
            Lang::En => format!("the year {year}"),
        },
        Span::H1 => match lang {
            Lang::Vi => format!("6 tháng đầu năm {year}"),
            Lang::En => format!("first half of {year}"),
        },
        Span::H2 => match lang {
            Lang::Vi => format!("6 tháng cuối năm {year}"),
            Lang::En => format!("second half of {year}"),
        },
        Span::Q1 => quarter(0),
        Span::Q2 => quarter(1),
        Span::Q3 => quarter(2),
        Span::Q4 => quarter(3),
        Span::FirstMonths(n) => match lang {
            Lang::Vi => format!("{n} tháng năm {year}"),
            Lang::En => format!(
                "first {} months of {year}",
                MONTHS_EN
                    .get(usize::from(n.clamp(1, 12)) - 1)
                    .unwrap_or(&"")
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_and_says_how_much_is_left() {
        // Two-byte letters: the cut counts characters, not bytes.
        let text = "ổ".repeat(2_500);
        assert_eq!(
            shortened(Lang::En, Notation::English, &text, 2_000),
            format!("{}… (500 more characters)", "ổ".repeat(2_000))
        );
        let long = "a".repeat(1_234_567);
        let cut = shortened(Lang::Vi, Notation::Vietnamese, &long, 10);
        assert_eq!(cut, "aaaaaaaaaa… (còn 1.234.557 ký tự)");
    }

    #[test]
    fn a_short_text_is_shown_whole() {
        for text in ["", "Tổng thu", &"x".repeat(2_000)] {
            let shown = shortened(Lang::En, Notation::English, text, 2_000);
            assert!(matches!(shown, std::borrow::Cow::Borrowed(t) if t == text));
        }
    }
}
