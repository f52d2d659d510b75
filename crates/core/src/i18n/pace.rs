//! The rest-of-the-year window: what the rest of the year must do, by quarter, and "what if".

use super::{en, vi};

crate::texts! {
    /// The rest-of-the-year window: a fixed text.
    pub enum Pace in vi::pace::text, en::pace::text {
        /// Shown by `pace::ui`.
        ThisPeriodsGrowthG,
        /// Shown by `pace::ui`.
        TheYearsGrowthTargetG,
        /// Shown by `pace::ui`.
        FromThePeriodsQuarters,
        /// Shown by `pace::ui`.
        TheRestOfTheYearNeeds,
        /// Shown by `pace::ui`.
        NeededToCompute,
        /// Shown by `pace::share_ui`.
        ThisPeriodsShareOfLastYear,
        /// Shown by `pace::quarters_ui`.
        ByQuarter,
        /// Shown by `pace::quarters_ui`.
        ShareOfLastYear,
        /// Shown by `pace::quarters_ui`.
        ScenarioGrowth,
        /// Shown by `pace::quarters_ui`.
        Needs,
        /// Shown by `pace::quarters_ui`.
        TheScenarioGivesTheYear,
        /// Shown by `pace::what_if_ui`.
        WhatIf,
        /// Shown by `pace::what_if_ui`.
        GrowthOfTheRest,
        /// Shown by `pace::what_if_ui`.
        TheYearGrowsBy,
        /// Shown by `pace::what_if_ui`.
        TakeAsTheAnnualTarget,
        /// Shown by `pace::what_if_ui`.
        GrowthWantedForTheYear,
        /// Shown by `pace::what_if_ui`.
        TheRestNeedsToGrowBy,
    }
}
