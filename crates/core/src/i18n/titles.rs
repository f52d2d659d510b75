//! Titles of columns and of parts of the year, and names of periods and quarters: what
//! the table, the detail, the plots and the exports head their figures with.

use super::{Message, en, vi};
use crate::model::{Period, Quarter};

crate::texts! {
    /// A fixed title.
    pub enum Title in vi::titles::title, en::titles::title {
        /// The actual, as a column title.
        Actual,
        /// The growth on a year ago, as a column title (short).
        YoyGrowth,
        /// The growth on a year ago in full, as a sheet titles it.
        YoyGrowthInFull,
        /// The target for the period.
        PeriodTarget,
        /// The annual target.
        AnnualTarget,
        /// The value of the same period last year.
        PriorPeriod,
        /// The achievement of the period target.
        OfPeriodTarget,
        /// The achievement of the annual target.
        OfAnnualTarget,
        /// What remains of the annual target after a period that is not within a year.
        LeftAfterPeriod,
        /// What remains of the annual target for the fourth quarter.
        LeftForQ4,
        /// What remains of the annual target for the second half.
        LeftForH2,
        /// The tasks of the fourth quarter.
        Q4Tasks,
        /// The tasks of the second half.
        H2Tasks,
        /// The growth the rest of the year needs to reach the year's target.
        RestNeeded,
        /// The report's own value of a revised figure.
        ReportValue,
    }
}

/// A title or a name with a number in it.
#[derive(Clone, Debug)]
pub enum TitleMessage {
    /// What remains of the annual target for the last months of the year.
    LeftForMonths(u8),
    /// The tasks of the next year.
    TasksForYear(i32),
    /// The tasks of the last months of the year.
    TasksForMonths(u8),
    /// A quarter's short name: "Quý III", "Q3".
    Quarter(Quarter),
    /// How many characters of a long text are not shown (the count written out).
    MoreChars(String),
    /// A period as reports write it: "6 tháng đầu năm 2024".
    Period(Period),
}

impl Message for TitleMessage {
    fn vi(&self) -> String {
        vi::titles::message(self)
    }
    fn en(&self) -> String {
        en::titles::message(self)
    }
}
