//! The rest-of-the-year window, in English.

use crate::i18n::pace::Pace;

/// The words of `t` in English.
pub(crate) fn text(t: Pace) -> &'static str {
    match t {
        Pace::ThisPeriodsGrowthG => "This period's growth (g)",
        Pace::TheYearsGrowthTargetG => "The year's growth target (G)",
        Pace::FromThePeriodsQuarters => "From the period's quarters:",
        Pace::TheRestOfTheYearNeeds => "The rest of the year needs to grow by",
        Pace::NeededToCompute => {
            "This period's growth, the year's target and this period's share of last year are needed."
        }
        Pace::ThisPeriodsShareOfLastYear => "This period's share of last year (s, %)",
        Pace::ByQuarter => "By quarter",
        Pace::ShareOfLastYear => "Share of last year (%)",
        Pace::ScenarioGrowth => "Scenario growth (%)",
        Pace::Needs => "Needs (%)",
        Pace::TheScenarioGivesTheYear => "The scenario gives the year",
        Pace::WhatIf => "What if…",
        Pace::GrowthOfTheRest => "% growth of the rest",
        Pace::TheYearGrowsBy => "→ the year grows by",
        Pace::TakeAsTheAnnualTarget => "Take as the annual target",
        Pace::GrowthWantedForTheYear => "% growth wanted for the year",
        Pace::TheRestNeedsToGrowBy => "→ the rest needs to grow by",
    }
}
