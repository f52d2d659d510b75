//! Titles and names of periods, in English.

use crate::i18n::{Title, TitleMessage};
use crate::model::{Period, Span};

/// The words of `t` in English.
pub(crate) fn title(t: Title) -> &'static str {
    match t {
        Title::Actual => "Actual",
        Title::YoyGrowth => "YoY (%)",
        Title::YoyGrowthInFull => "Growth on a year ago (%)",
        Title::PeriodTarget => "Period target",
        Title::AnnualTarget => "Annual target",
        Title::PriorPeriod => "Same period last year",
        Title::OfPeriodTarget => "% of period target",
        Title::OfAnnualTarget => "% of annual target",
        Title::LeftAfterPeriod => "Left after the period",
        Title::LeftForQ4 => "Left for Q4",
        Title::LeftForH2 => "Left for H2",
        Title::Q4Tasks => "Fourth-quarter tasks",
        Title::H2Tasks => "Second-half tasks",
        Title::RestNeeded => "Rest of year must grow",
        Title::ReportValue => "The report's value",
    }
}

/// The message `m` in English.
pub(crate) fn message(m: &TitleMessage) -> String {
    match m {
        TitleMessage::LeftForMonths(n) => format!("Left for the last {n} months"),
        TitleMessage::TasksForYear(year) => format!("Tasks for {year}"),
        TitleMessage::TasksForMonths(n) => format!("Tasks for the last {n} months"),
        TitleMessage::Quarter(q) => format!("Q{}", q.number()),
        TitleMessage::MoreChars(more) => format!("({more} more characters)"),
        TitleMessage::Period(p) => period(*p),
    }
}

/// A number of months in words, from one to twelve.
fn months(n: u8) -> &'static str {
    match n.clamp(1, 12) {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        10 => "ten",
        11 => "eleven",
        _ => "twelve",
    }
}

/// A period in English: "first half of 2024", "third quarter of 2024".
fn period(p: Period) -> String {
    let year = p.year;
    match p.span {
        Span::Year => format!("the year {year}"),
        Span::H1 => format!("first half of {year}"),
        Span::H2 => format!("second half of {year}"),
        Span::Q1 => format!("first quarter of {year}"),
        Span::Q2 => format!("second quarter of {year}"),
        Span::Q3 => format!("third quarter of {year}"),
        Span::Q4 => format!("fourth quarter of {year}"),
        Span::FirstMonths(n) => format!("first {} months of {year}", months(n)),
    }
}
