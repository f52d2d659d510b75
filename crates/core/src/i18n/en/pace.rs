//! The rest-of-the-year window, in English.

use crate::i18n::pace::Pace;

/// The words of `t` in English.
pub(crate) fn text(t: Pace) -> &'static str {
    match t {
        Pace::PeriodGrowthG => "This period's growth (g)",
        Pace::YearTargetG => "The year's growth target (G)",
        Pace::ShareFromQuarters => "From the period's quarters:",
        Pace::RestNeedsToGrow => "The rest of the year needs to grow by",
        Pace::NeededToCompute => {
            "This period's growth, the year's target and this period's share of last year are needed."
        }
        Pace::PeriodShareS => "This period's share of last year (s, %)",
        Pace::ByQuarter => "By quarter",
        Pace::ScenarioGrowth => "Scenario growth (%)",
        Pace::Needs => "Needs (%)",
        Pace::TheScenarioGivesTheYear => "The scenario gives the year",
        Pace::WhatIf => "What if…",
        Pace::RestGrowthSlider => "% growth of the rest",
        Pace::ThenYearGrows => "→ the year grows by",
        Pace::TakeAsTheAnnualTarget => "Take as the annual target",
        Pace::YearGrowthSlider => "% growth wanted for the year",
        Pace::ThenRestNeeds => "→ the rest needs to grow by",
    }
}
