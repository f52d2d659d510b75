//! Titles and names of periods, in Vietnamese.

use crate::i18n::{Title, TitleMessage};
use crate::model::{Period, Span};

/// The words of `t` in Vietnamese.
pub(crate) fn title(t: Title) -> &'static str {
    match t {
        Title::Actual => "Ước thực hiện",
        Title::YoyGrowth | Title::YoyGrowthInFull => "So cùng kỳ (%)",
        Title::PeriodTarget => "Chỉ tiêu kỳ",
        Title::AnnualTarget => "Chỉ tiêu năm",
        Title::PriorPeriod => "Cùng kỳ năm trước",
        Title::OfPeriodTarget => "% chỉ tiêu kỳ",
        Title::OfAnnualTarget => "% chỉ tiêu năm",
        Title::LeftAfterPeriod => "Còn lại sau kỳ",
        Title::LeftForQ4 => "Còn lại quý IV",
        Title::LeftForH2 => "Còn lại 6 tháng cuối",
        Title::Q4Tasks => "Nhiệm vụ quý IV",
        Title::H2Tasks => "Nhiệm vụ 6 tháng cuối năm",
        Title::RestNeeded => "Phần còn lại cần tăng",
        Title::ReportValue => "Giá trị trong báo cáo",
    }
}

/// The Roman numeral of a quarter, from 1.
fn roman(q: u8) -> &'static str {
    match q {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    }
}

/// The message `m` in Vietnamese.
pub(crate) fn message(m: &TitleMessage) -> String {
    match m {
        TitleMessage::LeftForMonths(n) => format!("Còn lại {n} tháng cuối"),
        TitleMessage::TasksForYear(year) => format!("Nhiệm vụ năm {year}"),
        TitleMessage::TasksForMonths(n) => format!("Nhiệm vụ {n} tháng cuối năm"),
        TitleMessage::Quarter(q) => format!("Quý {}", roman(q.number())),
        TitleMessage::MoreChars(more) => format!("(còn {more} ký tự)"),
        TitleMessage::Period(p) => period(*p),
    }
}

/// A period as Vietnamese reports write it: "6 tháng đầu năm 2024", "quý III năm 2024".
fn period(p: Period) -> String {
    let year = p.year;
    match p.span {
        Span::Year => format!("năm {year}"),
        Span::H1 => format!("6 tháng đầu năm {year}"),
        Span::H2 => format!("6 tháng cuối năm {year}"),
        Span::Q1 => format!("quý I năm {year}"),
        Span::Q2 => format!("quý II năm {year}"),
        Span::Q3 => format!("quý III năm {year}"),
        Span::Q4 => format!("quý IV năm {year}"),
        Span::FirstMonths(n) => format!("{n} tháng năm {year}"),
    }
}
