//! Every text chitieu shows or writes, in two languages: the window, the command line,
//! the exports and the checks all take their words from here.
//!
//! The catalogue (`catalogue.rs`) holds them as typed keys, one enum an area
//! (`terms.rs`, `titles.rs`, `findings.rs`, `import.rs`, `io.rs`, `errors.rs`, …), with
//! each language's words in a folder of its own (`vi/`, `en/`): `Term::Met.tr(lang)`; a
//! message with figures is a value implementing [`Message`] (`finding.message(lang,
//! notation)`, `error.message(lang)`). There is no other way to write a word: no
//! text is written inline at its place of use (ARCHITECTURE.md, "i18n").

pub mod actions;
pub mod app;
mod catalogue;
pub mod cleaning;
pub mod cli;
pub mod columns;
pub mod common;
pub mod detail;
pub mod dialog;
mod en;
pub mod errors;
#[cfg(test)]
pub(crate) mod every_message;
pub mod export;
pub mod findings;
pub mod forms;
pub mod import;
pub mod import_ui;
pub mod io;
pub mod menu;
pub mod pace;
pub mod panel;
pub mod plot;
pub mod prose;
pub mod reports;
pub mod session;
pub mod terms;
pub mod titles;
mod vi;

pub use actions::ActionText;
pub use app::{AppMessage, AppText};
pub use catalogue::{Entry, HOMONYMS, Message, SAME_IN_BOTH, Text, every_text};
pub use cleaning::CleaningText;
pub use cli::CliMessage;
pub use columns::ColumnText;
pub use common::Common;
pub use detail::{Detail, DetailMsg};
pub use dialog::{Dialog, DialogMsg};
pub use export::ExportText;
pub use findings::{FindingText, FindingWord};
pub use forms::{Forms, FormsMsg};
pub use import::{ImportNote, ImportText};
pub use import_ui::{ImportUi, ImportUiMsg};
pub use menu::MenuText;
pub use pace::Pace;
pub use panel::{Panel, PanelMsg};
pub use plot::{Plots, PlotsMsg};
pub use reports::NewReport;
pub use session::SessionMessage;
pub use terms::Term;
pub use titles::{Title, TitleMessage};

use crate::format::Notation;
use crate::metrics::Status;
use crate::model::{Direction, Field, Lang, Measure, TargetBasis, TaskStatus};

/// The name of an editable field, as a column title.
pub fn field(lang: Lang, field: Field) -> &'static str {
    match field {
        Field::Actual => Title::Actual,
        Field::YoyGrowthPct => Title::YoyGrowth,
        Field::Target => Title::PeriodTarget,
        Field::AnnualTarget => Title::AnnualTarget,
        Field::Prior => Title::PriorPeriod,
    }
    .tr(lang)
}

/// The name of an editable field in full, as the exports write it: the window's column
/// titles abbreviate the growth ("YoY (%)") where a sheet has room to spell it out.
pub fn field_in_full(lang: Lang, field: Field) -> &'static str {
    match field {
        Field::YoyGrowthPct => Title::YoyGrowthInFull.tr(lang),
        Field::Actual | Field::Target | Field::AnnualTarget | Field::Prior => {
            self::field(lang, field)
        }
    }
}

/// The achievement of a target (`Field::Target` or `Field::AnnualTarget`), as a column
/// title: "% chỉ tiêu kỳ".
pub fn achievement(lang: Lang, of: Field) -> &'static str {
    match of {
        Field::AnnualTarget => Title::OfAnnualTarget,
        Field::Actual | Field::YoyGrowthPct | Field::Target | Field::Prior => Title::OfPeriodTarget,
    }
    .tr(lang)
}

/// The value of the same period last year, as a title.
pub fn prior_period(lang: Lang) -> &'static str {
    Title::PriorPeriod.tr(lang)
}

/// The title of what remains of the annual target after the period: the months left
/// ("Còn lại 6 tháng cuối", "Còn lại quý IV" after nine months).
pub fn remaining_title(lang: Lang, period: crate::model::Period) -> String {
    let left = 12u8.saturating_sub(period.months().1);
    if !crate::metrics::remaining_after(&period) {
        return Title::LeftAfterPeriod.tr(lang).to_owned();
    }
    match left {
        3 => Title::LeftForQ4.tr(lang).to_owned(),
        6 => Title::LeftForH2.tr(lang).to_owned(),
        n => TitleMessage::LeftForMonths(n).tr(lang),
    }
}

/// The title of the report's tasks: those of the months after the period ("Nhiệm vụ 6
/// tháng cuối năm" after the first half, "Nhiệm vụ quý IV" after nine months, the next
/// year's after a year).
pub fn tasks_title(lang: Lang, period: crate::model::Period) -> String {
    match 12u8.saturating_sub(period.months().1) {
        0 => TitleMessage::TasksForYear(period.year + 1).tr(lang),
        3 => Title::Q4Tasks.tr(lang).to_owned(),
        6 => Title::H2Tasks.tr(lang).to_owned(),
        n => TitleMessage::TasksForMonths(n).tr(lang),
    }
}

/// The title of the status.
pub fn status_title(lang: Lang) -> &'static str {
    Term::StatusTitle.tr(lang)
}

/// A quarter's short name: "Quý III", "Q3".
pub fn quarter(lang: Lang, q: crate::model::Quarter) -> String {
    TitleMessage::Quarter(q).tr(lang)
}

/// The title of the growth the rest of the year needs to reach the year's target.
pub fn rest_needed_title(lang: Lang) -> &'static str {
    Title::RestNeeded.tr(lang)
}

/// The report's own value of a revised figure, as a title.
pub fn report_value(lang: Lang) -> &'static str {
    Title::ReportValue.tr(lang)
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
    let more = TitleMessage::MoreChars(more).tr(lang);
    std::borrow::Cow::Owned(format!("{shown}… {more}"))
}

/// A number parsing error, in words (the catalogue's area `errors`).
pub fn parse_error(lang: Lang, err: &crate::format::ParseNumberError) -> String {
    err.tr(lang)
}

/// A period in words, as reports write it: "6 tháng đầu năm 2024", "first half of 2024".
pub fn period(lang: Lang, period: crate::model::Period) -> String {
    TitleMessage::Period(period).tr(lang)
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
