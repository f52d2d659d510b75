//! The rest-of-the-year window: what the rest of the year must do, by quarter, and "what if".

use super::{en, vi};

crate::texts! {
    /// The rest-of-the-year window: a fixed text.
    pub enum Pace in vi::pace::text, en::pace::text {
        /// Shown by `pace::ui`.
        PeriodGrowthG,
        /// Shown by `pace::ui`.
        YearTargetG,
        /// Shown by `pace::ui`.
        ShareFromQuarters,
        /// Shown by `pace::ui`.
        RestNeedsToGrow,
        /// Shown by `pace::ui`.
        NeededToCompute,
        /// Shown by `pace::share_ui`.
        PeriodShareS,
        /// Shown by `pace::quarters_ui`.
        ByQuarter,
        /// Shown by `pace::quarters_ui`.
        ScenarioGrowth,
        /// Shown by `pace::quarters_ui`.
        Needs,
        /// Shown by `pace::quarters_ui`.
        TheScenarioGivesTheYear,
        /// Shown by `pace::what_if_ui`.
        WhatIf,
        /// Shown by `pace::what_if_ui`.
        RestGrowthSlider,
        /// Shown by `pace::what_if_ui`.
        ThenYearGrows,
        /// Shown by `pace::what_if_ui`.
        TakeAsTheAnnualTarget,
        /// Shown by `pace::what_if_ui`.
        YearGrowthSlider,
        /// Shown by `pace::what_if_ui`.
        ThenRestNeeds,
    }
}
